/* The Debian package: make deb builds it (lintian finds no error), it
 * holds the program, its data, the manual page, the completion and the
 * guide, depends on the libraries and the sRGB profile, and the program
 * unpacked from it builds the sample from another folder. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"
#include "version.h"

/* The files of the package, folders left out: those of the staged install
 * (test_install.c), with the manual page, the README and the changelog
 * gzipped by dh_compress, the guide left plain (debian/rules), and the
 * copyright file and lintian overrides that debhelper adds. */
static const char packaged[] =
    INSTALLED_PROGRAM_AND_DATA "./usr/share/doc/anugerah/README.md.gz\n"
                               "./usr/share/doc/anugerah/changelog.gz\n"
                               "./usr/share/doc/anugerah/copyright\n" INSTALLED_GUIDE_IMAGES
                               "./usr/share/lintian/overrides/anugerah\n"
                               "./usr/share/man/man1/anugerah.1.gz\n";

/* The run-time packages, by their bookworm names: the thirteen libraries the
 * program links (LIBS in the Makefile, libc among them) as dpkg-shlibdeps
 * finds them, and the sRGB profile the program reads for every PDF.  zlib
 * is not among them: the program deflates through libdeflate, and the
 * package's link (--as-needed) drops it; libharu brings it. */
static const char *const depends[] = {
    "libc6 ",           "libcjson1 ",  "libcsv3 ",     "libdeflate0 ",      "libhpdf-2.3.0 ",
    "libjpeg62-turbo ", "liblcms2-2 ", "libpng16-16 ", "libqrencode4 ",     "libssl3 ",
    "libxlsxwriter4 ",  "libxml2 ",    "libzip4 ",     "icc-profiles-free",
};

/* One test: the steps share the package, which takes about 10 s to make.
 * The package is built the same way whichever suite runs this (its
 * compiler flags are Debian's), so the sanitized suite leaves it to the
 * plain one. */
Test(deb, package_files_and_the_unpacked_program)
{
#if defined(__SANITIZE_ADDRESS__)
    cr_skip_test("the plain suite builds and tests the package");
#endif
    cr_assert_not(path_exists("/usr/share/anugerah"),
                  "/usr/share/anugerah exists: the unpacked program would read it");
    char *dir = temp_dir();
    int status;
    char *cmd = xasprintf("cd '%s' && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s %s deb "
                          "DEB_DIR='%s' 2>&1",
                          TEST_ROOT, TEST_MAKE_ARGS, dir);
    char *out = shell_output(cmd, &status);
    free(cmd);
    cr_assert_eq(status, 0, "make deb: %s", out);
    free(out);

    char *arch = shell_output("dpkg --print-architecture", &status);
    cr_assert_eq(status, 0);
    arch[strcspn(arch, "\n")] = '\0';
    char *deb = xasprintf("%s/anugerah_%s_%s.deb", dir, ANUGERAH_VERSION, arch);
    cr_assert(path_exists(deb), "no %s", deb);

    /* its files: the sixth column of the listing, folders (ending in /)
     * left out */
    cmd = xasprintf("dpkg-deb -c '%s' | awk '{print $6}' | grep -v '/$' | LC_ALL=C sort", deb);
    out = shell_output(cmd, &status);
    free(cmd);
    cr_expect_str_eq(out, packaged);
    free(out);

    /* its control fields */
    cmd = xasprintf("dpkg-deb -f '%s' Package Version Architecture", deb);
    out = shell_output(cmd, &status);
    free(cmd);
    char *fields =
        xasprintf("Package: anugerah\nVersion: %s\nArchitecture: %s\n", ANUGERAH_VERSION, arch);
    cr_expect_str_eq(out, fields);
    free(fields);
    free(out);
    cmd = xasprintf("dpkg-deb -f '%s' Depends", deb);
    out = shell_output(cmd, &status);
    free(cmd);
    for (size_t i = 0; i < sizeof depends / sizeof *depends; i++) {
        char *word = xasprintf(strchr(depends[i], ' ') ? "%s(" : "%s", depends[i]);
        cr_expect(strstr(out, word), "Depends lacks %s: %s", depends[i], out);
        free(word);
    }
    free(out);

    /* the program unpacked from it builds the sample from /, with its data
     * beside it (../share/anugerah), and the result verifies */
    cmd = xasprintf("dpkg-deb -x '%s' '%s/root' && cd / && '%s/root/usr/bin/anugerah' build "
                    "--event '%s/root/usr/share/anugerah/samples/banten-2021/event.json' "
                    "--scores '%s/root/usr/share/anugerah/samples/banten-2021/scores.csv' "
                    "--out '%s/hasil' --quiet 2>&1 && '%s/root/usr/bin/anugerah' verify '%s/hasil'",
                    deb, dir, dir, dir, dir, dir, dir, dir);
    out = shell_output(cmd, &status);
    free(cmd);
    cr_expect_eq(status, 0, "the unpacked program: %s", out);
    cr_expect(strstr(out, "Arsip utuh: "), "%s", out);
    free(out);

    free(deb);
    free(arch);
    remove_tree(dir);
    free(dir);
}
