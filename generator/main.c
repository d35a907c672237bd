/*
 * anugerah — turns the final scores of a public-information monitoring
 * round into the documents of its award.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "util.h"
#include "version.h"

/* The sRGB profile of Debian's icc-profiles-free, for the PDF/A output
 * intent. */
#ifndef ANUGERAH_ICC_PROFILE
#define ANUGERAH_ICC_PROFILE "/usr/share/color/icc/sRGB.icc"
#endif

#ifndef ANUGERAH_DATA_DIR
#define ANUGERAH_DATA_DIR "/usr/local/share/anugerah"
#endif

static const char usage_text[] =
    "Pemakaian:\n"
    "  anugerah build --event ACARA.json --scores NILAI.csv --out FOLDER [--force] [--draf]\n"
    "  anugerah check --event ACARA.json --scores NILAI.csv\n"
    "  anugerah verify FOLDER\n"
    "  anugerah --help | --version\n"
    "\n"
    "build   membaca berkas acara dan berkas nilai, menghitung peringkat, lalu menulis\n"
    "        dokumen penghargaan ke FOLDER: peringkat-<tahun>.pdf, .csv dan .json,\n"
    "        kartu nilai, siaran pers dan piagam.\n"
    "        FOLDER yang sudah ada tidak ditimpa kecuali dengan --force.\n"
    "check   hanya memeriksa kedua berkas masukan; tidak menulis apa pun.\n"
    "verify  memeriksa folder hasil yang diarsipkan terhadap manifest.json-nya:\n"
    "        berkas yang hilang, berubah, atau tidak tercantum.\n"
    "\n"
    "Pilihan:\n"
    "  --event FILE    berkas acara (JSON): judul, tahun, kategori, kualifikasi, tahapan\n"
    "  --scores FILE   berkas nilai (CSV, pemisah ',' atau ';'), satu baris per badan publik\n"
    "  --out FOLDER    folder hasil (dibuat baru)\n"
    "  --force         ganti FOLDER yang sudah ada, bila kosong atau hasil anugerah yang\n"
    "                  semua isinya tercantum di manifest.json-nya tanpa berubah\n"
    "  --draf          hasil sementara untuk masa sanggah: DRAF di setiap halaman, tanpa\n"
    "                  piagam; manifest mencatat \"status\": \"draf\"\n"
    "  --template FILE templat siaran pers (bawaan: templates/siaran-pers.txt di folder\n"
    "                  data program)\n"
    "  --template-fakta FILE\n"
    "                  templat lembar fakta per kategori (bawaan: templates/lembar-fakta.txt\n"
    "                  di folder data program)\n"
    "  --previous DIR  folder hasil tahun lalu: nilai tahun lalu diambil dari sana\n"
    "  --jobs N        jumlah dokumen yang ditulis bersamaan (bawaan: jumlah inti CPU)\n"
    "  --quiet         tanpa tampilan kemajuan\n"
    "  --fonts FOLDER  folder huruf (bawaan: fonts/ di folder data program)\n"
    "\n"
    "Folder data program (huruf, templat, contoh):\n"
    "  " ANUGERAH_DATA_DIR "\n"
    "  lalu ../share/anugerah dari folder program (instalasi yang dipindahkan)\n"
    "\n"
    "Status keluar: 0 berhasil; 2 berkas masukan atau perintah salah (semua masalah\n"
    "dilaporkan, tidak ada yang ditulis); 1 kegagalan lain.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fputs("anugerah: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nKetik 'anugerah --help' untuk petunjuk pemakaian.\n", stderr);
    return EXIT_BAD_INPUT;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The places a piece of the program's data is looked for, in order: the
 * data folder compiled in (the clone for a build tree, PREFIX/share/anugerah
 * for an installed program), then ../share/anugerah beside the program's
 * own folder, so that an installed tree still works when moved elsewhere. */
#define DATA_PLACES 2

static size_t data_places(const char *name, char *places[DATA_PLACES])
{
    size_t n = 0;
    places[n++] = xasprintf("%s/%s", ANUGERAH_DATA_DIR, name);
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/'); /* the program's folder */
        if (slash)
            *slash = '\0';
        slash = strrchr(exe, '/'); /* the folder above it */
        if (slash) {
            *slash = '\0';
            char *beside = xasprintf("%s/share/anugerah/%s", exe, name);
            if (strcmp(beside, places[0]) != 0)
                places[n++] = beside;
            else
                free(beside);
        }
    }
    return n;
}

/* A piece of data (`name`, a folder or a file under the data folder): the
 * first place where it exists, or NULL after adding to `missing` a line
 * naming every place looked and the option that gives it. */
static char *find_data(const char *name, bool folder, const char *what, const char *option,
                       char **missing)
{
    char *places[DATA_PLACES];
    size_t n = data_places(name, places);
    char *found = NULL;
    for (size_t i = 0; i < n && !found; i++)
        if (folder ? is_dir(places[i]) : is_file(places[i]))
            found = xstrdup(places[i]);
    if (!found) {
        char *line = xasprintf("%s  %s tidak ditemukan; dicari di:\n", *missing, what);
        for (size_t i = 0; i < n; i++) {
            char *longer = xasprintf("%s    %s\n", line, places[i]);
            free(line);
            line = longer;
        }
        char *longer = xasprintf("%s    (atau sebutkan dengan %s)\n", line, option);
        free(line);
        free(*missing);
        *missing = longer;
    }
    for (size_t i = 0; i < n; i++)
        free(places[i]);
    return found;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("%s", "sebutkan perintah: build, check atau verify");
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0
        || strcmp(argv[1], "help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("anugerah %s\n%s\n%s\n%s\n", ANUGERAH_VERSION, ANUGERAH_COPYRIGHT,
               ANUGERAH_LICENSE, ANUGERAH_WARRANTY);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "verify") == 0) {
        if (argc != 3 || argv[2][0] == '-')
            return usage_error("%s", "pemakaian: anugerah verify FOLDER");
        return build_verify(argv[2], stdout, stderr);
    }
    const char *command = argv[1];
    bool is_build = strcmp(command, "build") == 0;
    if (!is_build && strcmp(command, "check") != 0)
        return usage_error("perintah \"%s\" tidak dikenal (yang ada: build, check, verify)",
                           command);

    static const struct option options[] = {
        {"event", required_argument, NULL, 'e'},
        {"scores", required_argument, NULL, 's'},
        {"out", required_argument, NULL, 'o'},
        {"force", no_argument, NULL, 'f'},
        {"draf", no_argument, NULL, 'd'},
        {"fonts", required_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {"template", required_argument, NULL, 't'},
        {"template-fakta", required_argument, NULL, 'T'},
        {"previous", required_argument, NULL, 'p'},
        {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {NULL, 0, NULL, 0},
    };
    build_options o = {0};
    const char *fonts = NULL;
    opterr = 0;
    optind = 2;
    int c;
    while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
        switch (c) {
        case 'e':
            o.event_path = optarg;
            break;
        case 's':
            o.scores_path = optarg;
            break;
        case 'o':
            o.out_dir = optarg;
            break;
        case 'f':
            o.force = true;
            break;
        case 'd':
            o.draft = true;
            break;
        case 'F':
            fonts = optarg;
            break;
        case 't':
            o.template_path = optarg;
            break;
        case 'T':
            o.fact_template_path = optarg;
            break;
        case 'p':
            o.previous_dir = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256)
                return usage_error("--jobs harus bilangan 1 sampai 256, bukan \"%s\"", optarg);
            o.jobs = (int)n;
            break;
        }
        case 'q':
            o.quiet = true;
            break;
        case 'h':
            fputs(usage_text, stdout);
            return EXIT_OK;
        default:
            return usage_error("pilihan \"%s\" tidak dikenal atau tidak lengkap", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return usage_error("argumen \"%s\" tidak dikenal", argv[optind]);
    if (!o.event_path)
        return usage_error("%s", "sebutkan berkas acara dengan --event FILE");
    if (!o.scores_path)
        return usage_error("%s", "sebutkan berkas nilai dengan --scores FILE");
    if (!is_build && (o.out_dir || o.force || o.draft))
        return usage_error("%s",
                           "check tidak menulis apa pun: --out, --force dan --draf tidak dipakai");
    if (is_build && !o.out_dir)
        return usage_error("%s", "sebutkan folder hasil dengan --out FOLDER");

    /* the data the command needs and was not given: every piece missing
     * is named in one message, with every place it was looked for */
    char *missing = xstrdup("");
    char *template_path = NULL;
    if (!o.template_path)
        o.template_path = template_path = find_data(
            "templates/siaran-pers.txt", false, "templat siaran pers", "--template FILE", &missing);
    char *fact_template_path = NULL;
    if (!o.fact_template_path)
        o.fact_template_path = fact_template_path =
            find_data("templates/lembar-fakta.txt", false, "templat lembar fakta",
                      "--template-fakta FILE", &missing);
    char *font_dir = NULL;
    if (fonts)
        font_dir = xstrdup(fonts);
    else
        font_dir = find_data("fonts", true, "folder huruf (fonts)", "--fonts FOLDER", &missing);
    if (*missing) {
        fprintf(stderr, "anugerah: data program tidak ditemukan:\n%s", missing);
        fputs("Ketik 'anugerah --help' untuk petunjuk pemakaian.\n", stderr);
        free(missing);
        free(template_path);
        free(fact_template_path);
        free(font_dir);
        return EXIT_BAD_INPUT;
    }
    free(missing);
    o.font_dir = font_dir;
    o.icc_profile = ANUGERAH_ICC_PROFILE;
    int status = is_build ? build_run(&o, stdout, stderr) : build_check(&o, stdout, stderr);
    free(font_dir);
    free(template_path);
    free(fact_template_path);
    return status;
}
