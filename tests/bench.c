/*
 * bench — the speed and memory benchmark (`make bench`).  For each size N
 * it writes a synthetic round of N bodies (the sample's five categories,
 * two stages, six indicators, last year's scores, long names, a few
 * non-respondents), builds every document with build/anugerah, and prints
 * wall time, CPU time (user and system, which other load on the machine
 * disturbs less than wall time), CPU time per body, documents per second,
 * peak memory (maximum resident set of the build) and bytes written.
 * Before the builds, what the disk under WORKDIR costs a 22 KB file
 * apart from anugerah (a floor under every wall time it prints).
 * Then each goal of the second round with its figure: 10 000 bodies under
 * 5 s, 30 000 under 20 s and 150 MB, the CPU per body at 30 000 against
 * 3 000, the largest scorecard, and the CPU per body against a TCPDF
 * script making the scorecards alone (BENCH_TCPDF, run side by side on the
 * given round when PHP and php-tcpdf are installed).  Every build writes
 * into an empty folder, the previous one removed and the disk synced
 * before the clock starts.  It prints figures; it does not pass or fail.
 *
 * Usage: bench ANUGERAH EVENT WORKDIR JOBS N|FILE.csv...
 * (an existing scores file is built as it is, e.g. the sample)
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *const categories[] = {"opd", "pemda", "lnsv", "bumd", "parpol"};
static const char *const kinds[] = {"Dinas", "Badan", "Kantor", "Perusahaan Umum Daerah",
                                    "Dewan Pimpinan Wilayah Partai"};
static const char *const words[] = {"Pendidikan",  "Kesehatan",  "Pekerjaan Umum", "Penataan Ruang",
                                    "Perhubungan", "Komunikasi", "Informatika",    "Statistik",
                                    "Pariwisata",  "Kebudayaan", "Air Minum",      "Pasar"};

/* A score 30,00 .. 100,00 from a simple generator (the same every run). */
static unsigned long seed = 20211124;
static void score(char *buf, size_t size)
{
    seed = seed * 6364136223846793005UL + 1442695040888963407UL;
    unsigned v = 3000 + (unsigned)((seed >> 33) % 7001);
    snprintf(buf, size, "%u,%02u", v / 100, v % 100);
}

static void write_round(const char *path, long n)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    fputs("id;nama;kategori;status;saq;visitasi;jenis_informasi;digitalisasi;"
          "kualitas_informasi;pelayanan_informasi;komitmen_organisasi;sarana_prasarana;"
          "nilai_sebelumnya;wilayah\n",
          f);
    for (long i = 0; i < n; i++) {
        size_t c = (size_t)(i % 5);
        bool absent = i % 53 == 7;
        /* the first three Pemda carry the ids the sample event's special
         * award names, so that the round has every kind of certificate */
        char id[32];
        if (c == 1 && i / 5 < 3)
            snprintf(id, sizeof id, "PEMDA-%02ld", i / 5 + 1);
        else
            snprintf(id, sizeof id, "B%06ld", i);
        fprintf(f, "%s;%s %s dan %s Kabupaten Contoh Nomor %ld Provinsi Sintetis;%s;%s", id,
                kinds[c], words[i % 12], words[(i / 12) % 12], i, categories[c],
                absent ? "tidak_mengisi_saq" : "dinilai");
        for (int k = 0; k < 8; k++) {
            char s[16] = "";
            if (!absent)
                score(s, sizeof s);
            fprintf(f, ";%s", s);
        }
        char prev[16];
        score(prev, sizeof prev);
        fprintf(f, ";%s;Kabupaten Contoh\n", prev);
    }
    fclose(f);
}

/* What a build wrote under dir: its bytes, its files, and the largest
 * file under any folder named kartu-nilai (a scorecard). */
typedef struct {
    long long bytes, largest_card;
    long files;
} tree_figures;

static void walk_tree(const char *dir, bool in_cards, tree_figures *t)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk_tree(path, in_cards || strcmp(e->d_name, "kartu-nilai") == 0, t);
        } else {
            t->bytes += st.st_size;
            t->files++;
            if (in_cards && st.st_size > t->largest_card)
                t->largest_card = st.st_size;
        }
    }
    closedir(d);
}

/* One run of a program: wall and CPU seconds (user + system of the child),
 * peak resident memory in KB; false when it failed. */
typedef struct {
    double wall, cpu;
    long peak_kb;
} run_figures;

static bool run(char *const argv[], bool quiet, run_figures *f)
{
    struct timespec t0, t1;
    fflush(stdout);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        if (quiet && !freopen("/dev/null", "w", stdout))
            _exit(127);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    f->wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    f->cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6
             + (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    f->peak_kb = ru.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Removes a build's folder and waits until the disk has taken the
 * removal in (not timed): otherwise the next build pays for freeing the
 * previous one's blocks, which is not its work. */
static void clear(const char *dir)
{
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && sync", dir);
    if (system(cmd) != 0)
        printf("could not remove %s\n", dir);
}

/* What the disk under `work` costs a file, apart from anugerah: 1 000
 * files of 22 KB (a scorecard's size) written and closed, the time a file
 * printed, then removed.  A round writes about two files a body, so this
 * much a file is a floor under its wall time that no program changes. */
static void probe_disk(const char *work)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/disk-probe", work);
    clear(dir);
    if (mkdir(dir, 0777) != 0) {
        perror(dir);
        return;
    }
    static char data[22 * 1024];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (char)(i * 2654435761u >> 24);
    enum { FILES = 1000 };
    struct timespec t0, t1;
    struct rusage r0, r1;
    getrusage(RUSAGE_SELF, &r0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < FILES; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/f%d", dir, i);
        FILE *f = fopen(path, "w");
        if (!f || fwrite(data, 1, sizeof data, f) != sizeof data || fclose(f) != 0) {
            perror(path);
            return;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    getrusage(RUSAGE_SELF, &r1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double sys = (double)(r1.ru_stime.tv_sec - r0.ru_stime.tv_sec)
                 + (double)(r1.ru_stime.tv_usec - r0.ru_stime.tv_usec) / 1e6;
    printf("the disk under %s: a 22 KB file written in %.0f us (%.0f us of system time), "
           "apart from anugerah\n",
           work, wall * 1e6 / FILES, sys * 1e6 / FILES);
    clear(dir);
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The TCPDF peer (tests/bench_tcpdf.php, the scorecard alone, one PDF per
 * body) and anugerah with one worker, every document, side by side in
 * PAIRS paired runs on the same round: the median of the CPU ratios. */
#define PAIRS 5
static void tcpdf_ratio(const char *program, const char *event, const char *csv, long n,
                        const char *work, const char *peer)
{
    struct stat st;
    if (system("command -v php >/dev/null 2>&1") != 0
        || stat("/usr/share/php/tcpdf/tcpdf.php", &st) != 0) {
        printf("goal  30x less CPU per body than TCPDF: not measured (the peer needs PHP and "
               "TCPDF: apt-get install php-cli php-tcpdf)\n");
        return;
    }
    double ratios[PAIRS], ours[PAIRS], theirs[PAIRS];
    char out[4096], peer_out[4096];
    snprintf(out, sizeof out, "%s/out-pair", work);
    snprintf(peer_out, sizeof peer_out, "%s/out-tcpdf", work);
    for (int i = 0; i < PAIRS; i++) {
        /* both write into an empty folder: neither removes a previous run */
        char *a[] = {(char *)program, "build", "--event", (char *)event, "--scores", (char *)csv,
                     "--out",         out,     "--quiet", "--jobs",      "1",        NULL};
        char *b[] = {"php", (char *)peer, (char *)csv, peer_out, NULL};
        run_figures fa, fb;
        clear(out);
        clear(peer_out);
        if (!run(a, true, &fa) || !run(b, true, &fb)) {
            printf("goal  30x less CPU per body than TCPDF: the paired run failed\n");
            return;
        }
        ours[i] = fa.cpu * 1000 / (double)n;
        theirs[i] = fb.cpu * 1000 / (double)n;
        ratios[i] = fb.cpu / (fa.cpu > 0 ? fa.cpu : 1e-9);
    }
    qsort(ratios, PAIRS, sizeof(double), compare_doubles);
    qsort(ours, PAIRS, sizeof(double), compare_doubles);
    qsort(theirs, PAIRS, sizeof(double), compare_doubles);
    printf("goal  30x less CPU per body than TCPDF (scorecard alone), %ld bodies, median of %d "
           "pairs: %.1fx (anugerah %.2f ms, TCPDF %.2f ms per body)  %s\n",
           n, PAIRS, ratios[PAIRS / 2], ours[PAIRS / 2], theirs[PAIRS / 2],
           ratios[PAIRS / 2] >= 30 ? "met" : "NOT met");
}

#define MAX_SIZES 32

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: bench ANUGERAH EVENT WORKDIR JOBS N|FILE.csv...\n");
        return 2;
    }
    const char *program = argv[1], *event = argv[2], *work = argv[3], *jobs = argv[4];
    if (mkdir(work, 0777) != 0 && errno != EEXIST) {
        perror(work);
        return 1;
    }
    const char *peer = getenv("BENCH_TCPDF");
    struct {
        long n;
        bool synthetic;
        run_figures f;
    } done[MAX_SIZES];
    size_t n_done = 0;
    long long card = 0;
    char sample_csv[4096] = "";
    long sample_n = 0;
    probe_disk(work);
    printf("%8s %9s %9s %12s %8s %12s %11s %7s\n", "bodies", "wall (s)", "CPU (s)", "CPU ms/body",
           "docs/s", "peak RSS MB", "written MB", "files");
    for (int a = 5; a < argc; a++) {
        char csv[4096], out[4096];
        long n = atol(argv[a]);
        struct stat given;
        bool synthetic = stat(argv[a], &given) != 0;
        if (!synthetic) {
            /* an existing round: `anugerah check` counts its bodies */
            snprintf(csv, sizeof csv, "%s", argv[a]);
            char cmd[8192];
            snprintf(cmd, sizeof cmd, "'%s' check --event '%s' --scores '%s'", program, event, csv);
            FILE *p = popen(cmd, "r");
            n = 0;
            if (!p || fscanf(p, "Berkas masukan benar: %ld", &n) != 1 || n <= 0) {
                printf("%s: not a valid round\n", csv);
                if (p)
                    pclose(p);
                continue;
            }
            pclose(p);
            snprintf(out, sizeof out, "%s/out-given-%d", work, a);
            snprintf(sample_csv, sizeof sample_csv, "%s", csv);
            sample_n = n;
        } else {
            snprintf(csv, sizeof csv, "%s/round-%ld.csv", work, n);
            snprintf(out, sizeof out, "%s/out-%ld", work, n);
            write_round(csv, n);
        }
        char *args[] = {(char *)program, "build", "--event", (char *)event, "--scores",   csv,
                        "--out",         out,     "--quiet", "--jobs",      (char *)jobs, NULL};
        run_figures f;
        clear(out);
        if (!run(args, true, &f)) {
            printf("%8ld  build failed\n", n);
            continue;
        }
        tree_figures t = {0};
        walk_tree(out, false, &t);
        long files = t.files;
        long long bytes = t.bytes;
        if (t.largest_card > card)
            card = t.largest_card;
        printf("%8ld %9.2f %9.2f %12.3f %8.0f %12.1f %11.1f %7ld\n", n, f.wall, f.cpu,
               f.cpu * 1000 / (double)n, (double)files / f.wall, (double)f.peak_kb / 1024.0,
               (double)bytes / (1024.0 * 1024.0), files);
        fflush(stdout);
        if (n_done < MAX_SIZES) {
            done[n_done].n = n;
            done[n_done].synthetic = synthetic;
            done[n_done].f = f;
            n_done++;
        }
        /* the next size needs the room: only the figures are kept */
        clear(out);
    }

    /* the goals of the second round, each with its figure */
    printf("\ngoals (%s workers):\n", jobs);
    const run_figures *at3k = NULL, *at10k = NULL, *at30k = NULL;
    for (size_t i = 0; i < n_done; i++) {
        if (!done[i].synthetic)
            continue;
        if (done[i].n == 3000)
            at3k = &done[i].f;
        if (done[i].n == 10000)
            at10k = &done[i].f;
        if (done[i].n == 30000)
            at30k = &done[i].f;
    }
    if (at10k)
        printf("goal  10 000 bodies under 5 s: %.2f s wall (%.2f s CPU)  %s\n", at10k->wall,
               at10k->cpu, at10k->wall < 5 ? "met" : "NOT met");
    else
        printf("goal  10 000 bodies under 5 s: not measured (add 10000 to BENCH_SIZES)\n");
    if (at30k) {
        printf("goal  30 000 bodies under 20 s: %.2f s wall (%.2f s CPU)  %s\n", at30k->wall,
               at30k->cpu, at30k->wall < 20 ? "met" : "NOT met");
        printf("goal  30 000 bodies under 150 MB: peak %.1f MB  %s\n",
               (double)at30k->peak_kb / 1024.0, at30k->peak_kb < 150 * 1024 ? "met" : "NOT met");
    } else {
        printf("goal  30 000 bodies under 20 s and 150 MB: not measured (add 30000 to "
               "BENCH_SIZES)\n");
    }
    if (at3k && at30k) {
        double r = (at30k->cpu / 30000) / (at3k->cpu / 3000);
        printf("goal  CPU per body at 30 000 within 1.25x of 3 000: %.2fx (%.3f against %.3f "
               "ms)  %s\n",
               r, at30k->cpu * 1000 / 30000, at3k->cpu * 1000 / 3000,
               r <= 1.25 ? "met" : "NOT met");
    } else {
        printf("goal  CPU per body at 30 000 within 1.25x of 3 000: not measured (add 3000 and "
               "30000 to BENCH_SIZES)\n");
    }
    printf("goal  a scorecard under 22 KB: largest %lld bytes (%.1f KB)  %s\n", card,
           (double)card / 1024.0, card > 0 && card < 22 * 1024 ? "met" : "NOT met");
    if (peer && sample_n > 0)
        tcpdf_ratio(program, event, sample_csv, sample_n, work, peer);
    else
        printf("goal  30x less CPU per body than TCPDF: not measured (give the sample round "
               "and BENCH_TCPDF)\n");
    return 0;
}
