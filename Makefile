# anugerah — build, demo, tests.
#
#   make          builds build/anugerah
#   make demo     builds and runs the bundled sample round into out/banten-2021
#   make test     builds and runs the Criterion tests, plain and sanitized, then
#                 the results site in headless Chromium (make site-test)
#   make sanitize runs only the tests built with AddressSanitizer and UBSan
#   make fonts    rebuilds the fonts/ subsets from Debian's fonts-liberation2
#   make sample-images  redraws the samples' emblems, signature and seal
#   make install  installs under PREFIX (/usr/local), staged under DESTDIR;
#   make uninstall removes what it installed
#   make panduan  renders the guide's images (PANDUAN.md) from the sample
#   make deb      builds the Debian package build/anugerah_<version>_<arch>.deb
#                 and checks it with lintian; make deb-test also installs it
#                 in a temporary folder and builds the sample with it
#
# `demo` and `test` install missing Debian packages when run as root, and
# otherwise say what to install.

CC      ?= cc
BUILD   ?= build
SAN     ?=
ROOT    := $(abspath .)
CFLAGS  ?= -O2 -g
# The headers of every folder of the pipeline.
# libzip and libxml2 (the XLSX scores reader) through pkg-config.
PKG_LIBS := libzip libxml-2.0
INCLUDES := -Igenerator $(patsubst %/,-I%,$(sort $(dir $(wildcard generator/*/*.h)))) \
            $(shell pkg-config --cflags $(PKG_LIBS))
# Flags the code needs whatever CFLAGS a user gives.  The build tree's
# program reads its data (fonts, templates) from the clone; the installed
# one from $(DATADIR) (see install).
BASE_CFLAGS := -std=gnu11 -D_GNU_SOURCE -pthread -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
               $(INCLUDES) $(CPPFLAGS) $(CFLAGS)
ALL_CFLAGS := $(BASE_CFLAGS) -DANUGERAH_DATA_DIR='"$(ROOT)"'
ifeq ($(SAN),1)
BASE_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ALL_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif
LIBS    := -lxlsxwriter $(shell pkg-config --libs $(PKG_LIBS)) -lhpdf -lcsv -lcjson -lqrencode -lcrypto -lpng -ljpeg -ldeflate -llcms2 -lz -lm -pthread

BUILD_PACKAGES := gcc make libc6-dev libhpdf-dev libcsv-dev libcjson-dev libpng-dev \
                  libjpeg-dev zlib1g-dev libssl-dev icc-profiles-free libqrencode-dev libxlsxwriter-dev \
                  libzip-dev libxml2-dev liblcms2-dev libdeflate-dev pkg-config
TEST_PACKAGES  := libcriterion-dev poppler-utils qpdf libxml2-utils valgrind bsdutils zbar-tools \
                  python3-openpyxl chromium chromium-driver python3-selenium tidy \
                  man-db groff-base

# The pipeline's folders: common/ read/ rules/ layout/ docs/ publish/
# archive/, with main.c and build.c (the pipeline itself) at the top.
SRC      := $(filter-out generator/main.c,$(wildcard generator/*.c generator/*/*.c))
OBJ      := $(SRC:generator/%.c=$(BUILD)/obj/%.o)
TEST_SRC := $(filter-out tests/bench.c,$(wildcard tests/*.c))
TEST_OBJ := $(TEST_SRC:tests/%.c=$(BUILD)/obj/tests/%.o)
HEADERS  := $(wildcard generator/*.h generator/*/*.h) $(wildcard tests/*.h)

.PHONY: all demo test test-run site-test sanitize valgrind bench fuzz fuzz-build deps test-deps \
        fonts clean format sample-images install uninstall panduan deb deb-test FORCE

all: $(BUILD)/anugerah

$(BUILD)/obj/%.o: generator/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libanugerah.a: $(OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/anugerah: $(BUILD)/obj/main.o $(BUILD)/libanugerah.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/obj/tests/%.o: tests/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DTEST_ROOT='"$(ROOT)"' \
	    -DTEST_BIN='"$(abspath $(BUILD)/anugerah)"' \
	    -DTEST_MAKE_ARGS='"BUILD=$(abspath $(BUILD)) SAN=$(SAN)"' -c $< -o $@

$(BUILD)/tests: $(TEST_OBJ) $(BUILD)/libanugerah.a
	$(CC) $(LDFLAGS) -o $@ $^ -lcriterion $(LIBS)

# The guide's images: pages of the 2021 sample's documents, built by the
# program of this tree (final, then draft), rendered by pdftoppm (Debian's
# poppler-utils).  They are made, not committed: make install and make deb
# make them.
PANDUAN_DIR    := panduan
PANDUAN_IMAGES := $(addprefix $(PANDUAN_DIR)/,peringkat.png lampiran-keputusan.png \
                  piagam.png kartu-nilai.png buku-kartu-nilai.png siaran-pers.png \
                  presentasi.png draf.png)
PANDUAN_OUT    := $(BUILD)/panduan
PANDUAN_INPUTS := samples/banten-2021/event.json samples/banten-2021/scores.csv \
                  $(wildcard samples/gambar/*.png) templates/siaran-pers.txt $(wildcard fonts/*.ttf)
# one page of a PDF as a PNG 700 pixels on its longer side: render PDF,PAGE,NAME
render = pdftoppm -png -singlefile -f $(2) -l $(2) -scale-to 700 $(1) $(PANDUAN_DIR)/$(3)

# Installing: the program in $(BINDIR), its data (fonts, templates,
# samples) in $(DATADIR), the README, the guide PANDUAN.md and its images
# (made by make panduan) in $(DOCDIR), the manual page in
# $(MANDIR)/man1 (plain: a package gzips it), the bash completion in
# $(COMPLETIONDIR); all under DESTDIR when
# given (a staged install).  The installed program is linked from the same
# objects, with main.c compiled again (in $(BUILD)/install/) to look for
# its data in $(DATADIR) rather than in the clone.
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/anugerah
DOCDIR  ?= $(PREFIX)/share/doc/anugerah
MANDIR  ?= $(PREFIX)/share/man
COMPLETIONDIR ?= $(PREFIX)/share/bash-completion/completions
INSTALL ?= install
DATA_FILES := $(wildcard fonts/*.ttf) fonts/OFL.txt fonts/README.md \
              templates/siaran-pers.txt templates/lembar-fakta.txt templates/README.md \
              $(wildcard samples/*/event.json samples/*/scores.csv samples/gambar/*.png)
DOC_FILES  := README.md PANDUAN.md $(PANDUAN_IMAGES)

# main.o is compiled again whenever the data folder changes.
$(BUILD)/install/data-dir: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@

$(BUILD)/install/main.o: generator/main.c $(HEADERS) $(BUILD)/install/data-dir
	$(CC) $(BASE_CFLAGS) -DANUGERAH_DATA_DIR='"$(DATADIR)"' -c $< -o $@

$(BUILD)/install/anugerah: $(BUILD)/install/main.o $(BUILD)/libanugerah.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

install: $(BUILD)/install/anugerah panduan
	$(INSTALL) -d $(DESTDIR)$(BINDIR)
	$(INSTALL) -m 755 $(BUILD)/install/anugerah $(DESTDIR)$(BINDIR)/anugerah
	@for f in $(DATA_FILES); do \
	  $(INSTALL) -D -m 644 $$f $(DESTDIR)$(DATADIR)/$$f || exit 1; \
	done
	@for f in $(DOC_FILES); do \
	  $(INSTALL) -D -m 644 $$f $(DESTDIR)$(DOCDIR)/$$f || exit 1; \
	done
	$(INSTALL) -D -m 644 man/anugerah.1 $(DESTDIR)$(MANDIR)/man1/anugerah.1
	$(INSTALL) -D -m 644 completion/anugerah $(DESTDIR)$(COMPLETIONDIR)/anugerah

# Removes the files install wrote, then its folders that are left empty;
# anything else found there stays.  The manual and completion folders are
# shared with other programs and stay.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/anugerah
	rm -f $(addprefix $(DESTDIR)$(DATADIR)/,$(DATA_FILES))
	rm -f $(addprefix $(DESTDIR)$(DOCDIR)/,$(DOC_FILES))
	rm -f $(DESTDIR)$(MANDIR)/man1/anugerah.1 $(DESTDIR)$(COMPLETIONDIR)/anugerah
	@for d in $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR); do \
	  [ ! -d $$d ] || find $$d -depth -type d -empty -delete; \
	done

# The guide's images (PANDUAN_IMAGES above), remade when the program, the
# sample or the fonts change.
panduan: $(PANDUAN_IMAGES)

$(PANDUAN_IMAGES) &: $(BUILD)/anugerah $(PANDUAN_INPUTS)
	$(call need_packages,poppler-utils)
	rm -rf $(PANDUAN_OUT) && mkdir -p $(PANDUAN_OUT) $(PANDUAN_DIR)
	$(BUILD)/anugerah build --event samples/banten-2021/event.json \
	    --scores samples/banten-2021/scores.csv --out $(PANDUAN_OUT)/final --quiet
	$(BUILD)/anugerah build --event samples/banten-2021/event.json \
	    --scores samples/banten-2021/scores.csv --out $(PANDUAN_OUT)/draf --draf --quiet
	$(call render,$(PANDUAN_OUT)/final/peringkat-2021.pdf,1,peringkat)
	$(call render,$(PANDUAN_OUT)/final/lampiran-keputusan-2021.pdf,1,lampiran-keputusan)
	$(call render,$(PANDUAN_OUT)/final/piagam/informatif/PEMDA-01.pdf,1,piagam)
	$(call render,$(PANDUAN_OUT)/final/kartu-nilai/opd/OPD-02.pdf,1,kartu-nilai)
	$(call render,$(PANDUAN_OUT)/final/kartu-nilai-2021.pdf,1,buku-kartu-nilai)
	$(call render,$(PANDUAN_OUT)/final/siaran-pers-2021.pdf,1,siaran-pers)
	$(call render,$(PANDUAN_OUT)/final/presentasi-2021.pdf,6,presentasi)
	$(call render,$(PANDUAN_OUT)/draf/peringkat-2021.pdf,1,draf)
	rm -rf $(PANDUAN_OUT)

# The Debian package, with debhelper from debian/: the tree's files (those
# git tracks or would track: no build output) are copied to
# $(DEB_DIR)/deb/src and built there, since dpkg-buildpackage writes into
# the parent folder; the package is moved to $(DEB_DIR)/ (default: $(BUILD)),
# then checked by lintian (an error fails).  deb-test runs the suite's
# tests of the package: its files, and the sample built by the program
# unpacked from it.
DEB_PACKAGES := dpkg-dev debhelper lintian poppler-utils
DEB_DIR  ?= $(BUILD)
VERSION  := $(shell sed -n 's/^\#define ANUGERAH_VERSION "\(.*\)"/\1/p' generator/version.h)
DEB_ARCH  = $(shell dpkg --print-architecture)
DEB_FILE  = $(DEB_DIR)/anugerah_$(VERSION)_$(DEB_ARCH).deb
# make exports the variables given on its command line (make deb BUILD=…):
# the package's own make must not see them.
DEB_UNSET := MAKEFLAGS MFLAGS MAKELEVEL BUILD SAN CC CFLAGS CPPFLAGS LDFLAGS PREFIX DESTDIR \
             BINDIR DATADIR DOCDIR MANDIR COMPLETIONDIR INSTALL JOBS DEB_DIR

deb:
	$(call need_packages,$(BUILD_PACKAGES) $(DEB_PACKAGES))
	@v=$$(dpkg-parsechangelog -l debian/changelog -S Version); \
	if [ "$$v" != "$(VERSION)" ]; then \
	  echo "debian/changelog ($$v) tidak sama dengan generator/version.h ($(VERSION))"; exit 1; \
	fi
	rm -rf $(DEB_DIR)/deb && mkdir -p $(DEB_DIR)/deb/src
	{ git ls-files -z --cached --others --exclude-standard 2>/dev/null \
	  || find . \( -path ./.git -o -path ./build -o -path ./out -o -path ./$(PANDUAN_DIR) \) \
	       -prune -o -type f -print0; } \
	  | tar --null -T - --ignore-failed-read -cf - | tar -xf - -C $(DEB_DIR)/deb/src
	cd $(DEB_DIR)/deb/src && env $(DEB_UNSET:%=-u %) \
	    dpkg-buildpackage -b -us -uc $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))
	mv $(DEB_DIR)/deb/anugerah_$(VERSION)_$(DEB_ARCH).deb $(DEB_FILE)
	rm -rf $(DEB_DIR)/deb
	lintian --fail-on error --display-info $(DEB_FILE)
	@echo "Paket: $(DEB_FILE)"

deb-test: $(BUILD)/anugerah $(BUILD)/tests
	$(call need_packages,$(BUILD_PACKAGES) $(DEB_PACKAGES))
	$(BUILD)/tests --filter 'deb/*'

FORCE:

# Installs what is missing (as root), or says what to install.
define need_packages
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Memasang paket Debian:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Paket Debian berikut belum terpasang:$$missing"; \
	    echo "Pasang dengan:  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call need_packages,$(BUILD_PACKAGES))

test-deps: deps
	$(call need_packages,$(TEST_PACKAGES) $(DEB_PACKAGES))

# The 2021 sample, then 2022 chained to it (last year's scores from the
# 2021 archive), then a check of both archives against their manifests.
demo: deps
	$(MAKE) all
	$(BUILD)/anugerah build --event samples/banten-2021/event.json \
	    --scores samples/banten-2021/scores.csv --out out/banten-2021 --force
	$(BUILD)/anugerah build --event samples/banten-2022/event.json \
	    --scores samples/banten-2022/scores.csv --previous out/banten-2021 \
	    --out out/banten-2022 --force
	$(BUILD)/anugerah verify out/banten-2021
	$(BUILD)/anugerah verify out/banten-2022

# The suite runs twice: as built, and under AddressSanitizer and UBSan
# (a leak, an overflow or undefined behaviour fails the run); then the demo
# runs under valgrind.  Compiling uses every core (JOBS, unless make was
# given -j itself); Criterion runs the tests on every core by itself.
JOBS     ?= $(shell nproc)
PARALLEL  = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))
test: test-deps
	$(MAKE) $(PARALLEL) test-run
	$(MAKE) $(PARALLEL) BUILD=build/sanitize SAN=1 CFLAGS="-O1 -g" test-run
	$(MAKE) site-test
	$(MAKE) valgrind

# The results site (situs/) of the hand round in headless Chromium, with
# Debian's Python (another python3 on the PATH may not see its modules).
SITE_SHOTS ?=
site-test: all
	/usr/bin/python3 tests/site_test.py $(BUILD)/anugerah $(SITE_SHOTS)

# The demo's builds (2021, 2022 chained to it, two workers), check, verify,
# the starting kit from the 2021 archive, check of a scores workbook and of
# a refused one, a round with QR codes (publikasi.situs) and a refused build
# under valgrind: any error or leak fails the run.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible \
            --show-leak-kinds=definite,indirect,possible --trace-children=yes
VG_OUT   := build/valgrind
valgrind: all
	$(call need_packages,valgrind)
	rm -rf $(VG_OUT) && mkdir -p $(VG_OUT)
	$(VALGRIND) $(BUILD)/anugerah build --event samples/banten-2021/event.json \
	    --scores samples/banten-2021/scores.csv --out $(VG_OUT)/2021 --jobs 2 --quiet
	$(VALGRIND) $(BUILD)/anugerah build --event samples/banten-2022/event.json \
	    --scores samples/banten-2022/scores.csv --previous $(VG_OUT)/2021 \
	    --out $(VG_OUT)/2022 --jobs 2 --quiet
	$(VALGRIND) $(BUILD)/anugerah check --event samples/banten-2021/event.json \
	    --scores samples/banten-2021/scores.csv
	$(VALGRIND) $(BUILD)/anugerah verify $(VG_OUT)/2022
	$(VALGRIND) $(BUILD)/anugerah init $(VG_OUT)/kit --tahun 2022 --dari $(VG_OUT)/2021 >/dev/null
	$(VALGRIND) $(BUILD)/anugerah check --event tests/fixtures/hand/event.json \
	    --scores tests/fixtures/xlsx/hand-raw.xlsx
	$(VALGRIND) $(BUILD)/anugerah check --event tests/fixtures/hand/event.json \
	    --scores tests/fixtures/xlsx/errors.xlsx 2>/dev/null; \
	  test $$? -eq 2 || { echo "valgrind: the refused workbook did not exit 2"; exit 1; }
	$(VALGRIND) $(BUILD)/anugerah build --event tests/fixtures/hand/event-situs.json \
	    --scores tests/fixtures/hand/scores.csv --out $(VG_OUT)/situs --jobs 2 --quiet
	$(VALGRIND) $(BUILD)/anugerah build --event tests/fixtures/bad/unknown_key.json \
	    --scores tests/fixtures/bad/multiple.csv --out $(VG_OUT)/bad 2>/dev/null; \
	  test $$? -eq 2 || { echo "valgrind: the refused build did not exit 2"; exit 1; }
	@echo "valgrind: no errors, no leaks"
	rm -rf $(VG_OUT)

test-run: $(BUILD)/anugerah $(BUILD)/tests
	$(BUILD)/tests

sanitize: test-deps
	$(MAKE) $(PARALLEL) BUILD=build/sanitize SAN=1 CFLAGS="-O1 -g" test-run

# The benchmark: a synthetic round of each size, every document, figures
# printed (wall and CPU time, CPU per body, documents per second, peak
# memory, bytes), then the goals of the second round with their figures;
# the TCPDF peer runs side by side with the sample when php-cli and
# php-tcpdf are installed.
BENCH_SIZES ?= 100 1000 3000 10000 30000
BENCH_JOBS  ?= $(shell nproc)
BENCH_DIR   ?= /tmp/anugerah-bench
$(BUILD)/bench: tests/bench.c
	$(CC) $(ALL_CFLAGS) -o $@ $<

bench: deps
	$(MAKE) all $(BUILD)/bench
	@mkdir -p $(BENCH_DIR)
	@echo "anugerah benchmark: $(BENCH_JOBS) workers, $$(nproc) cores"
	@echo "the sample round (samples/banten-2021), then synthetic rounds:"
	BENCH_TCPDF=tests/bench_tcpdf.php $(BUILD)/bench $(BUILD)/anugerah \
	    samples/banten-2021/event.json $(BENCH_DIR) $(BENCH_JOBS) \
	    samples/banten-2021/scores.csv $(BENCH_SIZES)
	rm -rf $(BENCH_DIR)

# Fuzzing (libFuzzer, clang from Debian): each harness runs FUZZ_SECONDS
# from the seed corpus in tests/fuzz/corpus/NAME; new inputs it finds are
# kept under build/fuzz/, crashes in build/fuzz/artifacts/.
FUZZ_SECONDS ?= 60
FUZZERS      := scores xlsx event template image manifest archive render kit
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_CFLAGS  := -std=gnu11 -D_GNU_SOURCE -pthread -Wall -Wextra -Werror -g -O1 \
                -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
                -DANUGERAH_DATA_DIR='"$(ROOT)"' -DFUZZ_ROOT='"$(ROOT)"' $(INCLUDES)
FUZZ_OBJ     := $(SRC:generator/%.c=build/fuzz/obj/%.o)

build/fuzz/obj/%.o: generator/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	clang-14 $(FUZZ_CFLAGS) -c $< -o $@

# the objects are kept between builds (not removed as intermediates)
.SECONDARY: $(FUZZ_OBJ)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ) $(wildcard tests/fuzz/*.h)
	clang-14 $(FUZZ_CFLAGS) -fsanitize=fuzzer $(filter-out %.h,$^) -o $@ $(LIBS)

fuzz-build:
	$(call need_packages,$(BUILD_PACKAGES) $(FUZZ_PACKAGES))
	$(MAKE) $(FUZZERS:%=build/fuzz/fuzz_%)

fuzz: fuzz-build
	@mkdir -p build/fuzz/artifacts
	@for f in $(FUZZERS); do \
	  mkdir -p build/fuzz/corpus-$$f; \
	  echo "== fuzz_$$f for $(FUZZ_SECONDS) s (log: build/fuzz/$$f.log)"; \
	  build/fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=1024 \
	    -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/$$f- \
	    build/fuzz/corpus-$$f tests/fuzz/corpus/$$f > build/fuzz/$$f.log 2>&1; \
	  status=$$?; grep -E '^(Done|stat::|SUMMARY)' build/fuzz/$$f.log; \
	  [ $$status -eq 0 ] || { echo "fuzz_$$f found a problem: see build/fuzz/artifacts"; exit 1; }; \
	done

# The fonts are committed; this rebuilds them from the Debian package.
fonts:
	$(call need_packages,fonts-liberation2 python3-fonttools)
	/usr/bin/python3 fonts/subset.py /usr/share/fonts/truetype/liberation2 fonts

# The samples' images (emblem, logo, signature, seal) are drawn by a script
# and committed; this draws them again.
sample-images:
	python3 samples/buat-gambar.py samples/gambar

format:
	clang-format -i generator/*.c generator/*.h generator/*/*.c generator/*/*.h tests/*.c

clean:
	rm -rf build out $(PANDUAN_DIR)
