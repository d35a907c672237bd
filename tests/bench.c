/*
 * bench — the speed and memory benchmark (`make bench`).  For each size N
 * it writes a synthetic round of N bodies (the sample's five categories,
 * two stages, six indicators, last year's scores, long names, a few
 * non-respondents), builds every document with build/anugerah, and prints
 * wall time, time per body, documents per second, peak memory (maximum
 * resident set of the build) and bytes written.  It prints figures; it
 * does not pass or fail.
 *
 * Usage: bench ANUGERAH EVENT WORKDIR JOBS N|FILE.csv...
 * (an existing scores file is built as it is, e.g. the sample)
 */
#include <dirent.h>
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

static long long tree_bytes(const char *dir, long *files)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    long long total = 0;
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
            total += tree_bytes(path, files);
        } else {
            total += st.st_size;
            (*files)++;
        }
    }
    closedir(d);
    return total;
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: bench ANUGERAH EVENT WORKDIR JOBS N...\n");
        return 2;
    }
    const char *program = argv[1], *event = argv[2], *work = argv[3], *jobs = argv[4];
    printf("%8s %10s %12s %10s %12s %12s %8s\n", "bodies", "wall (s)", "ms per body", "docs/s",
           "peak RSS MB", "written MB", "files");
    for (int a = 5; a < argc; a++) {
        char csv[4096], out[4096];
        long n = atol(argv[a]);
        struct stat given;
        if (stat(argv[a], &given) == 0) {
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
        } else {
            snprintf(csv, sizeof csv, "%s/round-%ld.csv", work, n);
            snprintf(out, sizeof out, "%s/out-%ld", work, n);
            write_round(csv, n);
        }
        struct timespec t0, t1;
        fflush(stdout);
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid == 0) {
            if (!freopen("/dev/null", "w", stdout))
                _exit(127);
            execl(program, program, "build", "--event", event, "--scores", csv, "--out", out,
                  "--force", "--quiet", "--jobs", jobs, (char *)NULL);
            _exit(127);
        }
        int status;
        struct rusage ru;
        wait4(pid, &status, 0, &ru);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            printf("%8ld  build failed (status %d)\n", n, WEXITSTATUS(status));
            continue;
        }
        double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        long files = 0;
        long long bytes = tree_bytes(out, &files);
        printf("%8ld %10.2f %12.3f %10.0f %12.1f %12.1f %8ld\n", n, wall, wall * 1000 / (double)n,
               (double)files / wall, (double)ru.ru_maxrss / 1024.0,
               (double)bytes / (1024.0 * 1024.0), files);
        fflush(stdout);
    }
    return 0;
}
