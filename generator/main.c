/*
 * anugerah — turns the final scores of a public-information monitoring
 * round into the documents of its award.
 */
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "kit.h"
#include "labels.h"
#include "suggest.h"
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

static const char usage_text[] = W_CLI_USAGE;

/* ---- the command line ---- */

/* Every option of every command; `value` names what an option takes
 * (NULL: a flag). */
typedef struct {
    const char *name;
    const char *value;
} cli_option;

static const cli_option cli_options[] = {
    {"--event", "FILE"},
    {"--scores", "FILE"},
    {"--out", "FOLDER"},
    {"--force", NULL},
    {"--draf", NULL},
    {"--template", "FILE"},
    {"--template-fakta", "FILE"},
    {"--previous", "DIR"},
    {"--jobs", "N"},
    {"--quiet", NULL},
    {"--fonts", "FOLDER"},
    {"--tahun", "N"},
    {"--dari", "DIR"},
    {"--help", NULL},
    {"--version", NULL},
};
#define N_CLI_OPTIONS (sizeof cli_options / sizeof cli_options[0])

/* The commands, each with the options it takes and how many folders it
 * names. */
typedef struct {
    const char *name;
    const char *const *options;
    int folders;
} cli_command;

static const char *const build_options_list[] = {
    "--event",    "--scores", "--out",   "--force", "--draf", "--template", "--template-fakta",
    "--previous", "--jobs",   "--quiet", "--fonts", "--help", NULL};
static const char *const check_options_list[] = {
    "--event", "--scores", "--template", "--template-fakta", "--previous",
    "--jobs",  "--quiet",  "--fonts",    "--help",           NULL};
static const char *const verify_options_list[] = {"--help", NULL};
static const char *const init_options_list[] = {"--tahun", "--dari", "--help", NULL};

static const cli_command cli_commands[] = {
    {"build", build_options_list, 0},
    {"check", check_options_list, 0},
    {"verify", verify_options_list, 1},
    {"init", init_options_list, 1},
};
static const char *const command_names[] = {"build", "check", "verify", "init", NULL};
static const char *const top_options[] = {"--help", "--version", NULL};

/* The problems of the command line, every one of them, one a line. */
typedef struct {
    char *lines;
} cli_problems;

static void cli_problem(cli_problems *p, char *line)
{
    char *longer = xasprintf("%sanugerah: %s\n", p->lines ? p->lines : "", line);
    free(p->lines);
    free(line);
    p->lines = longer;
}

/* Prints the problems, if any, and returns whether there were. */
static bool cli_report(cli_problems *p)
{
    if (!p->lines)
        return false;
    fputs(p->lines, stderr);
    fputs(W_CLI_SEE_HELP, stderr);
    free(p->lines);
    p->lines = NULL;
    return true;
}

static const cli_option *find_option(const char *name)
{
    for (size_t i = 0; i < N_CLI_OPTIONS; i++)
        if (strcmp(cli_options[i].name, name) == 0)
            return &cli_options[i];
    return NULL;
}

static bool listed(const char *const *names, const char *name)
{
    for (size_t i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

/* " Maksud Anda X?" when a name is near `word`, else "" (caller frees). */
static char *did_you_mean(const char *word, const char *const *names)
{
    const char *near = suggest_nearest(word, names);
    return near ? xasprintf(W_CLI_DID_YOU_MEAN, near) : xstrdup("");
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("anugerah: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n" W_CLI_SEE_HELP, stderr);
    return EXIT_BAD_INPUT;
}

/* What the command line gave: each option's value (or "" for a flag), by
 * the option's place in cli_options, and the folders named. */
typedef struct {
    const char *value[N_CLI_OPTIONS];
    const char *folders[4];
    int n_folders;
} cli_args;

static const char *arg_of(const cli_args *a, const char *name)
{
    return a->value[find_option(name) - cli_options];
}

/* Reads argv[2..] for `cmd` into `a`; problems go to `p`.  Returns 1 when
 * help was asked for, 2 for the version, else 0. */
static int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *a, cli_problems *p)
{
    bool options_end = false;
    for (int i = 2; i < argc; i++) {
        const char *arg = argv[i];
        if (options_end || arg[0] != '-' || arg[1] == '\0') {
            if (a->n_folders < cmd->folders)
                a->folders[a->n_folders++] = arg;
            else if (cmd->folders > 0)
                cli_problem(p, xasprintf(W_CLI_ONE_FOLDER, cmd->name, arg));
            else
                cli_problem(p, xasprintf(W_CLI_UNKNOWN_ARGUMENT, arg, cmd->name));
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_end = true;
            continue;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0)
            return 1;
        if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0)
            return 2;
        const char *eq = strchr(arg, '=');
        char *name = eq ? xstrndup(arg, (size_t)(eq - arg)) : xstrdup(arg);
        const cli_option *opt = find_option(name);
        if (!opt || !listed(cmd->options, name)) {
            char *hint = did_you_mean(name, cmd->options);
            if (opt)
                cli_problem(p, xasprintf(W_CLI_OPTION_NOT_FOR, name, cmd->name, hint));
            else
                cli_problem(p, xasprintf(W_CLI_OPTION_UNKNOWN, name, hint));
            free(hint);
            /* a mistyped option's value is not taken for a folder */
            if (!eq && i + 1 < argc && argv[i + 1][0] != '-' && !(opt && !opt->value)
                && a->n_folders >= cmd->folders)
                i++;
            free(name);
            continue;
        }
        size_t k = (size_t)(opt - cli_options);
        if (a->value[k])
            cli_problem(p, xasprintf(W_CLI_OPTION_TWICE, name));
        if (!opt->value) {
            if (eq)
                cli_problem(p, xasprintf(W_CLI_OPTION_NO_VALUE, name, arg));
            a->value[k] = "";
        } else if (eq && eq[1]) {
            a->value[k] = eq + 1;
        } else if (!eq && i + 1 < argc && strncmp(argv[i + 1], "--", 2) != 0
                   && strcmp(argv[i + 1], "-h") != 0 && strcmp(argv[i + 1], "-V") != 0) {
            a->value[k] = argv[++i];
            if (!*a->value[k]) /* an empty path ("$UNSET") is none */
                cli_problem(p, xasprintf(W_CLI_OPTION_NEEDS_VALUE, name, name, opt->value));
        } else {
            cli_problem(p, xasprintf(W_CLI_OPTION_NEEDS_VALUE, name, name, opt->value));
            a->value[k] = "";
        }
        free(name);
    }
    return 0;
}

/* A whole number from lo to hi, else a problem naming the option. */
static long cli_number(const char *text, const char *option, long lo, long hi, cli_problems *p)
{
    char *end;
    errno = 0;
    long n = strtol(text, &end, 10);
    if (!*text || *end || errno || n < lo || n > hi) {
        cli_problem(p, xasprintf(W_CLI_NUMBER_RANGE, option, lo, hi, text));
        return 0;
    }
    return n;
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
        char *line = xasprintf(W_CLI_DATA_NOT_FOUND, *missing, what);
        for (size_t i = 0; i < n; i++) {
            char *longer = xasprintf("%s    %s\n", line, places[i]);
            free(line);
            line = longer;
        }
        char *longer = xasprintf(W_CLI_DATA_OR_OPTION, line, option);
        free(line);
        free(*missing);
        *missing = longer;
    }
    for (size_t i = 0; i < n; i++)
        free(places[i]);
    return found;
}

static void print_version(void)
{
    printf("anugerah %s\n%s\n%s\n%s\n", ANUGERAH_VERSION, W_VERSION_COPYRIGHT, W_VERSION_LICENCE,
           W_VERSION_WARRANTY);
}

int main(int argc, char **argv)
{
    /* Memory freed at the heap's top stays with the program: by default
     * glibc hands it back to the system and takes it again for the next
     * document, about 6 000 page faults (15 ms) in every build. */
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    if (argc < 2)
        return usage_error("%s", W_CLI_NAME_COMMAND);
    const char *first = argv[1];
    if (strcmp(first, "--help") == 0 || strcmp(first, "-h") == 0 || strcmp(first, "help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(first, "--version") == 0 || strcmp(first, "-V") == 0
        || strcmp(first, "version") == 0) {
        print_version();
        return EXIT_OK;
    }
    const cli_command *cmd = NULL;
    for (size_t i = 0; i < sizeof cli_commands / sizeof cli_commands[0]; i++)
        if (strcmp(first, cli_commands[i].name) == 0)
            cmd = &cli_commands[i];
    if (!cmd) {
        char *hint = did_you_mean(first, first[0] == '-' ? top_options : command_names);
        if (first[0] == '-')
            fprintf(stderr, W_CLI_OPTION_BEFORE_COMMAND, first, hint);
        else
            fprintf(stderr, W_CLI_COMMAND_UNKNOWN, first, hint);
        fputs(W_CLI_SEE_HELP, stderr);
        free(hint);
        return EXIT_BAD_INPUT;
    }

    cli_args a = {0};
    cli_problems p = {0};
    int asked = cli_parse(cmd, argc, argv, &a, &p);
    if (asked == 1 || asked == 2) {
        free(p.lines);
        if (asked == 1)
            fputs(usage_text, stdout);
        else
            print_version();
        return EXIT_OK;
    }
    if (cmd->folders > 0 && (a.n_folders == 0 || !*a.folders[0]))
        cli_problem(&p, xasprintf(W_CLI_NAME_FOLDER, cmd->name,
                                  strcmp(cmd->name, "init") == 0 ? " --tahun N" : ""));

    if (strcmp(cmd->name, "verify") == 0) {
        if (cli_report(&p))
            return EXIT_BAD_INPUT;
        return build_verify(a.folders[0], stdout, stderr);
    }
    if (strcmp(cmd->name, "init") == 0) {
        kit_options k = {.folder = a.folders[0], .from = arg_of(&a, "--dari")};
        const char *tahun = arg_of(&a, "--tahun");
        if (!tahun)
            cli_problem(&p, xstrdup(W_CLI_NAME_YEAR));
        else if (*tahun)
            k.year = (int)cli_number(tahun, "--tahun", 1900, 2999, &p);
        if (cli_report(&p))
            return EXIT_BAD_INPUT;
        return kit_init(&k, stdout, stderr);
    }

    bool is_build = strcmp(cmd->name, "build") == 0;
    build_options o = {0};
    o.event_path = arg_of(&a, "--event");
    o.scores_path = arg_of(&a, "--scores");
    o.out_dir = arg_of(&a, "--out");
    o.force = arg_of(&a, "--force") != NULL;
    o.draft = arg_of(&a, "--draf") != NULL;
    o.template_path = arg_of(&a, "--template");
    o.fact_template_path = arg_of(&a, "--template-fakta");
    o.previous_dir = arg_of(&a, "--previous");
    o.quiet = arg_of(&a, "--quiet") != NULL;
    const char *fonts = arg_of(&a, "--fonts");
    const char *jobs = arg_of(&a, "--jobs");
    if (jobs && *jobs)
        o.jobs = (int)cli_number(jobs, "--jobs", 1, 256, &p);
    if (!o.event_path)
        cli_problem(&p, xstrdup(W_CLI_NAME_EVENT));
    if (!o.scores_path)
        cli_problem(&p, xstrdup(W_CLI_NAME_SCORES));
    if (is_build && !o.out_dir)
        cli_problem(&p, xstrdup(W_CLI_NAME_OUT));
    /* an option given without its value is no value */
    if (o.template_path && !*o.template_path)
        o.template_path = NULL;
    if (o.fact_template_path && !*o.fact_template_path)
        o.fact_template_path = NULL;
    if (fonts && !*fonts)
        fonts = NULL;

    /* the data the command needs and was not given: every piece missing
     * is named in one message, with every place it was looked for */
    char *missing = xstrdup("");
    char *template_path = NULL;
    if (!o.template_path)
        o.template_path = template_path = find_data(
            "templates/siaran-pers.txt", false, W_CLI_PRESS_TEMPLATE, "--template FILE", &missing);
    char *fact_template_path = NULL;
    if (!o.fact_template_path)
        o.fact_template_path = fact_template_path =
            find_data("templates/lembar-fakta.txt", false, W_CLI_FACT_TEMPLATE,
                      "--template-fakta FILE", &missing);
    char *font_dir = NULL;
    if (fonts)
        font_dir = xstrdup(fonts);
    else
        font_dir = find_data("fonts", true, W_CLI_FONT_FOLDER, "--fonts FOLDER", &missing);
    if (*missing)
        cli_problem(&p, xasprintf(W_CLI_NO_PROGRAM_DATA, (int)strlen(missing) - 1, missing));
    free(missing);
    if (cli_report(&p)) {
        free(template_path);
        free(fact_template_path);
        free(font_dir);
        return EXIT_BAD_INPUT;
    }
    o.font_dir = font_dir;
    o.icc_profile = ANUGERAH_ICC_PROFILE;
    int status = is_build ? build_run(&o, stdout, stderr) : build_check(&o, stdout, stderr);
    free(font_dir);
    free(template_path);
    free(fact_template_path);
    return status;
}
