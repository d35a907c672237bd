/*
 * labels — every Indonesian word the documents print, in one place: dates
 * and weekdays, the page footer, ranks, changes, counts, shares, the
 * non-respondents' note, the reasons a file cannot be used, and (below) the
 * wording of the scorecards, the ranking and the certificates, then the
 * messages of the readers, the command line and the writers, grouped by the
 * file that prints them.  The press release's wording lives in its template.
 */
#ifndef ANUGERAH_LABELS_H
#define ANUGERAH_LABELS_H

#include <stddef.h>

#include "round.h"

/* "24 November 2021" */
void label_date(const kip_date *d, char *buf, size_t size);

/* "Halaman 3 dari 12" */
void label_page_footer(char *buf, size_t size, int page, int pages);

/* "I", "II", "III" ... for award ranks (1..39). */
const char *label_roman(int n, char *buf, size_t size);

/* "3 dari 39" */
void label_rank_of(char *buf, size_t size, int rank, size_t count);

/* "naik 7,40", "turun 3,20", "tetap" for a change in hundredths. */
void label_change(char *buf, size_t size, long long change);

/* "Rabu" */
const char *label_weekday(const kip_date *d);

/* A count in figures, thousands separated by a point: "5.000". */
void label_count(char *buf, size_t size, size_t n);

/* A count in running text, by one rule everywhere: "tidak ada" for zero,
 * words from one to nine ("tiga"), figures from 10 on ("39", "5.000"). */
void label_count_words(char *buf, size_t size, size_t n);

/* A share in percent with two decimals and the sign: "24,63 %". */
void label_share(char *buf, size_t size, size_t part, size_t whole);

/* Why a file could not be read or written, in Indonesian, for the errno
 * values a clerk meets; the system's own words for the others. */
const char *label_errno(int err);

/* What a libharu error code means, for a clerk ("teks terlalu panjang …"). */
const char *label_pdf_error(unsigned code);

/* The note of a body that did not return the SAQ: "tidak mengisi SAQ". */
extern const char LABEL_NO_SAQ[];

/*
 * The documents' own words.  Formats are macros, so that the compiler
 * checks the arguments where they are used; the release's wording is not
 * here but in templates/siaran-pers.txt, for the clerk to edit.
 */

/* Document information of every PDF (title, subject, keywords). */
#define W_DOC_TITLE "%s \u2014 %s" /* the document's title, the round's */
#define W_DOC_SUBJECT "%s: hasil monitoring dan evaluasi keterbukaan informasi publik tahun %d"
#define W_DOC_KEYWORDS "keterbukaan informasi publik, monev, %d, %s" /* year, organiser */
#define W_DRAFT_MARK "DRAF"                           /* across every page of a draft */
#define W_DRAFT_NOTE "DRAF \u2014 untuk masa sanggah" /* in its footer and information */
#define W_DRAFT_FOOTER "%s \u00b7 %s"                 /* the note, the organiser */
#define W_DRAFT_SUBJECT "%s (%s)"                     /* the subject, the note */
#define W_PLACE_DATE "%s, %s"                         /* "Serang, 24 November 2021" */

/* The press release. */
#define W_PRESS_TITLE "Siaran Pers"
#define W_AND " dan "
#define W_LIST_SEP ", "
#define W_LIST_LAST_SEP ", dan "
/* the change of a body's qualification, in the lists of movers */
#define W_PRESS_UP "Naik"
#define W_PRESS_DOWN "Turun"
#define W_FACT_TITLE "Lembar Fakta %s" /* a category's fact sheet: its name */
#define W_PRESS_NAME "siaran pers"     /* in messages */
#define W_FACT_NAME "lembar fakta"

/* Scorecards and their book. */
#define W_CARD_TITLE "Kartu Nilai"
#define W_CARD_TITLE_OF "Kartu Nilai %s" /* the body */
#define W_CARD_KICKER "KARTU NILAI \u00b7 MONEV KETERBUKAAN INFORMASI PUBLIK %d"
#define W_CARD_CATEGORY "Kategori: %s"
#define W_CARD_REGION "Wilayah: %s"
#define W_CARD_HEAD "Pimpinan: %s"
#define W_CARD_FINAL "Nilai akhir"
#define W_CARD_BAND "Kualifikasi"
#define W_CARD_RANK "Peringkat"
#define W_CARD_IN_CATEGORY "dalam kategori %s"
#define W_CARD_UNRANKED "tidak diperingkat"
/* category, its average, its best */
#define W_CARD_CATEGORY_FINAL "Nilai akhir kategori %s: rata-rata %s, tertinggi %s"
#define W_CARD_COMPARED "Dibandingkan tahun %d"
#define W_CARD_YEAR_SCORE "Tahun %d: %s (%s)" /* year, score, qualification */
#define W_CARD_YEAR_NOTE "Tahun %d: %s"       /* year, the non-respondents' note */
#define W_CARD_NO_SAQ                                                                              \
    "Badan publik ini tidak mengembalikan Self Assessment Questionnaire (SAQ), sehingga tidak "    \
    "dinilai dan tidak diperingkat, dan ditetapkan dengan kualifikasi terendah."
#define W_CARD_STAGES "Nilai per tahapan"
#define W_CARD_HISTORY "Riwayat nilai"
#define W_CARD_NOTES "Catatan dan rekomendasi"
#define W_CARD_INDICATORS "Nilai per indikator"
#define W_CARD_CONTINUED "%s (lanjutan) \u2014 %s"             /* the chart's title, the body */
#define W_CARD_WEIGHT "bobot %s %% \u00b7 "                    /* "bobot 80 % · " */
#define W_CARD_AVERAGE_BEST "%srata-rata %s \u00b7 terbaik %s" /* weight, average, best */
#define W_CARD_VALUE "nilai badan publik"                      /* the chart's legend */
#define W_CARD_MARK_AVERAGE "rata-rata kategori"
#define W_CARD_MARK_BEST "nilai terbaik kategori"
#define W_BOOK_COVER_TITLE "KARTU NILAI BADAN PUBLIK"
#define W_BOOK_COVER_ROUND "Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d"
#define W_BOOK_COVER_COUNT "%s badan publik dalam %s kategori" /* counts in figures */
#define W_BOOK_CONTENTS "Daftar Isi"
#define W_BOOK_CONTENTS_MARK "Daftar isi" /* its bookmark */
#define W_BOOK_LABEL_COVER "sampul-"      /* page labels: sampul-1, isi-1 ... */
#define W_BOOK_LABEL_CONTENTS "isi-"
#define W_BOOK_FOOTER "%s \u00b7 %s" /* the organiser, place and date */

/* The ranking. */
#define W_RANK_TITLE "Peringkat Badan Publik"
#define W_RANK_HEADING "PERINGKAT BADAN PUBLIK"
#define W_RANK_ROUND "Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d"
#define W_RANK_SUMMARY "Ringkasan"
#define W_RANK_BANDS "Kualifikasi"
#define W_RANK_COL_CATEGORY "Kategori"
#define W_RANK_COL_TOTAL "Jumlah"
#define W_RANK_COL_NO_SAQ "Tidak mengisi SAQ"
#define W_RANK_COL_BAND "Kualifikasi"
#define W_RANK_COL_RANGE "Nilai akhir"
#define W_RANK_COL_RANK "Peringkat"
#define W_RANK_COL_NAME "Nama Badan Publik"
#define W_RANK_COL_SCORE "Nilai"
/* the lowest qualification's name */
#define W_RANK_SUMMARY_NOTE                                                                        \
    "Kolom kualifikasi menghitung badan publik yang dinilai. Badan publik yang tidak mengisi SAQ " \
    "ditetapkan %s dan dihitung terpisah pada kolom \u201cTidak mengisi SAQ\u201d, sehingga "      \
    "setiap baris berjumlah sama dengan kolom \u201cJumlah\u201d."
#define W_RANK_SCORED "%zu badan publik dinilai"
/* bodies, scored, not scored, the non-respondents' note */
#define W_RANK_SCORED_AND_NOT "%zu badan publik: %zu dinilai, %zu %s"
#define W_RANK_EMPTY "Tidak ada badan publik dalam kategori ini."

/* Certificates. */
/* Beside the QR code of a body's page on the results site (certificates
 * and scorecards, with publikasi.situs), over the address itself. */
#define W_QR_CAPTION "Hasil penilaian daring:"
#define W_CERT_TITLE "Piagam %s %s" /* the award, the body */
#define W_CERT_BOOK_TITLE "Piagam Penghargaan"
#define W_CERT_NONE "Tidak ada piagam pada putaran ini."
#define W_CERT_HEADING "PIAGAM PENGHARGAAN"
#define W_CERT_NUMBER "Nomor: %s"
#define W_CERT_GIVEN_TO "diberikan kepada"
#define W_CERT_WITH_BAND "dengan kualifikasi %s"                  /* band */
#define W_CERT_WITH_BAND_SCORE "dengan kualifikasi %s (nilai %s)" /* band, score */
/* "dengan kualifikasi …", category */
#define W_CERT_BY_BAND "sebagai Badan Publik %s\nKategori %s"
/* award, rank in Roman figures, category, "dengan kualifikasi …" */
#define W_CERT_BY_RANK "sebagai %s %s Kategori %s\n%s"
/* award, category, "dengan kualifikasi …" */
#define W_CERT_BY_ID "sebagai penerima penghargaan %s\nKategori %s, %s"
/* year, organiser */
#define W_CERT_ROUND                                                                               \
    "dalam Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d\nyang diselenggarakan "   \
    "oleh %s"

/* The decree's annex. */
#define W_ANNEX_TITLE "Lampiran Keputusan"
#define W_ANNEX_OF "LAMPIRAN KEPUTUSAN %s" /* the organiser, in capitals */
#define W_ANNEX_NUMBER "NOMOR %s"
#define W_ANNEX_DATE "TANGGAL %s"
#define W_ANNEX_ABOUT "TENTANG %s" /* in capitals */
#define W_ANNEX_ABOUT_STANDARD "Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d"
/* where the decree's number or date is to be written by hand */
#define W_ANNEX_TO_FILL "........................................"
#define W_ANNEX_CATEGORY "%s. Kategori %s" /* Roman numeral, category */
#define W_ANNEX_EMPTY "Tidak ada badan publik dalam kategori ini."
#define W_ANNEX_BAND "Kualifikasi %s"
#define W_ANNEX_NO_SAQ "Tidak mengisi SAQ"
/* the lowest qualification */
#define W_ANNEX_NO_SAQ_NOTE                                                                        \
    "Badan publik yang tidak mengisi Self Assessment Questionnaire (SAQ) tidak dinilai, tidak "    \
    "diperingkat, dan ditetapkan dengan kualifikasi %s."
#define W_ANNEX_COL_NO "No"
#define W_ANNEX_COL_NAME "Nama Badan Publik"
#define W_ANNEX_COL_SCORE "Nilai"
#define W_ANNEX_SET_AT "Ditetapkan di %s" /* place */
#define W_ANNEX_SET_ON "pada tanggal %s"  /* date */
#define W_ANNEX_SIGNATORY "%s,"           /* the signatory's title */

/* The ceremony deck (presentasi-<tahun>.pdf). */
#define W_DECK_TITLE "Presentasi Penganugerahan"
#define W_DECK_ROUND "Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d"
#define W_DECK_COUNTS "Kualifikasi Badan Publik"
#define W_DECK_COUNTS_OF "%s badan publik dalam %s kategori" /* counts in figures */
#define W_DECK_NO_SAQ "Tidak mengisi SAQ" /* the chart's column of non-respondents */
#define W_DECK_CATEGORY "Kategori"
#define W_DECK_CATEGORY_OF "Kategori %s"        /* the category, over a slide's heading */
#define W_DECK_CATEGORY_COUNT "%s badan publik" /* count in figures */
#define W_DECK_CATEGORY_COUNT_SCORED "%s badan publik, %s dinilai" /* counts in figures */
#define W_DECK_CATEGORY_EMPTY "Tidak ada badan publik dalam kategori ini."
#define W_DECK_RANK "Peringkat %s"                     /* Roman figure */
#define W_DECK_RANK_SHARED "Peringkat %s (nilai sama)" /* Roman figure; two or more bodies */
#define W_DECK_SCORE "Nilai %s"
#define W_DECK_TOP_BAND "Kualifikasi %s" /* the top qualification */
#define W_DECK_CONTINUED "%s (lanjutan)"
#define W_DECK_SPECIAL "Penghargaan Khusus"
#define W_DECK_SPECIAL_DETAIL "Kategori %s \u00b7 %s" /* category, qualification */
#define W_DECK_CLOSING "Terima Kasih"
/* The bookmarks. */
#define W_DECK_MARK_OPENING "Pembukaan"
#define W_DECK_MARK_COUNTS "Kualifikasi badan publik"
#define W_DECK_MARK_CATEGORY "Kategori %s"
#define W_DECK_MARK_SPECIAL "Penghargaan khusus: %s" /* the award */
#define W_DECK_MARK_CLOSING "Penutup"

/* The exports: the status in words, the workbook's sheets and headings,
 * and metadata.json's description of the dataset and of each column. */
#define W_STATUS_SCORED "dinilai"
#define W_BOOK_SUMMARY "Ringkasan"
#define W_BOOK_ALL "Semua"
#define W_BOOK_CATEGORY_SHEET "Kategori %zu" /* a category whose name gives no sheet name */
#define W_BOOK_COL_CATEGORY "Kategori"
#define W_BOOK_COL_RANK "Peringkat"
#define W_BOOK_COL_ID "ID"
#define W_BOOK_COL_NAME "Nama Badan Publik"
#define W_BOOK_COL_REGION "Wilayah"
#define W_BOOK_COL_SCORE "Nilai"
#define W_BOOK_COL_BAND "Kualifikasi"
#define W_BOOK_COL_STATUS "Status"
#define W_BOOK_COL_PREV_SCORE "Nilai %d"      /* last year */
#define W_BOOK_COL_PREV_BAND "Kualifikasi %d" /* last year */
#define W_BOOK_COL_CHANGE "Perubahan"
#define W_BOOK_SUMMARY_NOTE                                                                        \
    "Badan publik yang tidak mengisi SAQ dihitung di kolom \u201cTidak mengisi SAQ\u201d, "        \
    "bukan di kolom %s."

#define W_META_TITLE                                                                               \
    "Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d \u2014 %s" /* organiser   \
                                                                                     */
#define W_META_LICENCE "CC BY 4.0"
#define W_META_FREQUENCY "tahunan"
#define W_META_TEXT "teks"
#define W_META_INTEGER "bilangan bulat"
#define W_META_DECIMAL "desimal"
#define W_META_NO_UNIT "-"
#define W_META_UNIT_POINTS "poin (0\u2013100)"
#define W_META_UNIT_RANK "urutan"
#define W_META_DESCRIBES                                                                           \
    "Hasil monitoring dan evaluasi keterbukaan informasi publik tahun %d oleh %s: satu baris per " \
    "badan publik, dengan nilai, kualifikasi dan peringkat dalam kategorinya."
#define W_META_COL_CATEGORY "Kode kategori badan publik"
#define W_META_COL_RANK                                                                            \
    "Peringkat dalam kategori; nilai sama berbagi peringkat; kosong bila tidak diperingkat"
#define W_META_COL_ID "Kode badan publik"
#define W_META_COL_NAME "Nama badan publik"
#define W_META_COL_SCORE "Nilai akhir, dua angka desimal; kosong bila tidak mengisi SAQ"
#define W_META_COL_BAND "Kualifikasi menurut nilai akhir"
#define W_META_COL_REGION "Wilayah badan publik; kosong bila tidak diberikan"
#define W_META_COL_STAGE "Nilai tahapan %s (bobot %s %%); kosong bila tidak ada"
#define W_META_COL_STAGE_NO_WEIGHT "Nilai tahapan %s; kosong bila tidak ada"
#define W_META_COL_INDICATOR "Nilai indikator %s; kosong bila tidak ada"
#define W_META_COL_STATUS "Status penilaian: \"dinilai\" atau \"tidak mengisi SAQ\""
#define W_META_COL_PREV_SCORE "Nilai akhir tahun %d; kosong bila tidak ada"
#define W_META_COL_PREV_BAND "Kualifikasi tahun %d; kosong bila tidak ada"
#define W_META_COL_CHANGE "Nilai akhir dikurangi nilai tahun %d; kosong bila tidak dibandingkan"
#define W_META_COL_COLOR "Warna kualifikasi dalam dokumen, #RRGGBB"
#define W_META_COL_CERTIFICATES "Nomor piagam penghargaan, dipisah \"; \"; kosong bila tidak ada"

/* The results site (situs/): its pages, and the words its script shows,
 * handed to the script in data- attributes ("{n}", "{path}" ... are filled
 * in by the script). */
#define W_SITE_KICKER "Hasil Monev Keterbukaan Informasi Publik %d"
#define W_SITE_WHERE "%s \u00b7 %s, %s" /* organiser, place, date */
#define W_SITE_DESCRIPTION                                                                         \
    "Hasil monitoring dan evaluasi keterbukaan informasi publik tahun %d oleh %s: %zu badan "      \
    "publik dalam %zu kategori, dengan nilai, kualifikasi dan peringkatnya."
#define W_SITE_DRAFT "DRAF \u2014 hasil sementara untuk masa sanggah, belum final."
#define W_SITE_SUMMARY_CAPTION "Jumlah badan publik per kategori dan kualifikasi"
#define W_SITE_CHART_TITLE "Sebaran kualifikasi per kategori"
#define W_SITE_CHART_ROW "%s: %zu badan publik" /* category, count */
#define W_SITE_BANDS_CAPTION "Rentang nilai akhir setiap kualifikasi"
#define W_SITE_RANKING "Peringkat per kategori"
#define W_SITE_CATEGORY "Kategori %s"
#define W_SITE_CATEGORY_CAPTION "Peringkat kategori %s (%zu badan publik)"
#define W_SITE_SEARCH_LABEL "Cari badan publik"
#define W_SITE_SEARCH_FOUND "{n} badan publik cocok dengan \u201c{q}\u201d."
#define W_SITE_SEARCH_NONE "Tidak ada badan publik yang cocok dengan \u201c{q}\u201d."
#define W_SITE_UNRANKED "\u2013"
#define W_SITE_NO_SAQ_HEADING "Badan publik yang tidak mengisi SAQ"
#define W_SITE_NO_SAQ_NONE "Semua badan publik mengembalikan SAQ."
#define W_SITE_DOCS "Dokumen"
#define W_SITE_DOC_RANKING "Peringkat badan publik (PDF)"
#define W_SITE_DOC_ANNEX "Lampiran keputusan (PDF)"
#define W_SITE_DOC_PRESS "Siaran pers (PDF)"
#define W_SITE_DOC_FACT "Lembar fakta %s (PDF)" /* a category's fact sheet: its name */
#define W_SITE_DOC_BOOK "Buku kartu nilai semua badan publik (PDF)"
#define W_SITE_DOC_DECK "Presentasi penganugerahan (PDF)"
#define W_SITE_DOC_CERTS "Piagam penghargaan, berkas cetak (PDF)"
#define W_SITE_DOC_REGISTER "Daftar piagam (CSV untuk lembar kerja)"
#define W_SITE_DOC_XLSX "Peringkat lengkap (lembar kerja Excel)"
#define W_SITE_DOC_CSV "Peringkat (CSV)"
#define W_SITE_DOC_JSON "Peringkat (JSON)"
#define W_SITE_DOC_METADATA "Metadata set data (JSON)"
#define W_SITE_DOC_MANIFEST "Manifest: setiap berkas dengan sidik SHA-256 (JSON)"
#define W_SITE_VERIFY_LINK "Periksa keaslian dokumen"
#define W_SITE_FOOTER "%s \u00b7 %d" /* organiser, year */
#define W_SITE_BACK "Semua hasil"
#define W_SITE_BODY_DESCRIPTION "%s: nilai %s, kualifikasi %s, %s." /* body, score, band, rank */
#define W_SITE_RANK_IN "peringkat %s kategori %s"                   /* "1 dari 6", category */
#define W_SITE_UNRANKED_IN "tidak diperingkat (%s)"                 /* the non-respondents' note */
#define W_SITE_CARD_PDF "Kartu nilai (PDF)"
#define W_SITE_CERT_PDF "Piagam %s (PDF)" /* award */
#define W_SITE_BODY_DOCS "Dokumen badan publik ini"
#define W_SITE_BODY_VERIFY "Sidik SHA-256 dokumen badan publik ini"
#define W_SITE_VALUE "nilai %s"     /* a bar's value */
#define W_SITE_WEIGHT "bobot %s %%" /* "bobot 80 %" */
#define W_SITE_NO_VALUE "tidak ada nilai"
#define W_SITE_CHANGE "Perubahan"
#define W_SITE_VERIFY_TITLE "Verifikasi Dokumen"
#define W_SITE_VERIFY_INTRO                                                                        \
    "Pilih atau seret berkas PDF untuk memeriksa apakah berkas itu dokumen asli putaran ini. "     \
    "Sidik SHA-256-nya dihitung di peramban Anda; berkas tidak dikirim ke mana pun."
#define W_SITE_VERIFY_PICK "Pilih berkas PDF"
#define W_SITE_VERIFY_DROP "atau seret berkas ke kotak ini"
#define W_SITE_VERIFY_WORKING "Menghitung sidik SHA-256 \u2026"
#define W_SITE_VERIFY_MATCH "Asli: berkas ini adalah {path}."
#define W_SITE_VERIFY_MATCH_BODY "Badan publik: {body}."
#define W_SITE_VERIFY_MATCH_AWARD "Penghargaan: {award}."
#define W_SITE_VERIFY_NO_MATCH                                                                     \
    "Tidak cocok: berkas ini bukan dokumen putaran ini, atau isinya telah diubah "                 \
    "(SHA-256 {hash})."
#define W_SITE_VERIFY_NO_CRYPTO                                                                    \
    "Peramban ini tidak dapat menghitung SHA-256; hitung sidik berkas dengan sha256sum dan "       \
    "cari di daftar di bawah."
#define W_SITE_VERIFY_OF "Dokumen {body}"
#define W_SITE_VERIFY_LIST "Daftar dokumen putaran ini"
#define W_SITE_VERIFY_LIST_NOTE                                                                    \
    "%zu dokumen dengan sidik SHA-256-nya. Tanpa JavaScript, hitung sidik berkas Anda (misalnya "  \
    "dengan sha256sum) dan cari di daftar ini."
#define W_SITE_VERIFY_SHOW "Tampilkan daftar"
#define W_SITE_COL_FILE "Berkas"
#define W_SITE_COL_BODY "Badan publik"
#define W_SITE_COL_AWARD "Penghargaan"
#define W_SITE_COL_HASH "SHA-256"

/* ---- the starting kit of a new round (anugerah init) ---- */

/* Every text of the kit's event.json that the clerk must replace starts
 * with this; the event reader refuses such a text, naming its line. */
#define W_KIT_PLACEHOLDER "GANTI:"
#define W_KIT_TITLE                                                                                \
    "GANTI: judul acara, misalnya Anugerah Keterbukaan Informasi Publik Provinsi ... %d"
#define W_KIT_ORGANISER "GANTI: nama komisi, misalnya Komisi Informasi Provinsi ..."
#define W_KIT_PLACE "GANTI: kota tempat penganugerahan"
#define W_KIT_DATE "GANTI: tanggal penganugerahan, misalnya %d-11-24 (tahun-bulan-hari)"
#define W_KIT_SIGNER "GANTI: nama penandatangan piagam dan lampiran"
#define W_KIT_SIGNER_TITLE "GANTI: jabatan penandatangan, misalnya Ketua %s"
#define W_KIT_SIGNER_TITLE_ANY "GANTI: jabatan penandatangan, misalnya Ketua Komisi Informasi ..."
#define W_KIT_SIGNATURE "GANTI: berkas gambar tanda tangan (PNG atau JPEG), atau hapus kunci ini"
#define W_KIT_SEAL "GANTI: berkas gambar stempel (PNG atau JPEG), atau hapus kunci ini"
#define W_KIT_DECREE_NO "GANTI: nomor surat keputusan hasil monev"
#define W_KIT_DECREE_DATE "GANTI: tanggal surat keputusan, misalnya %d-11-22"
#define W_KIT_DECREE_ABOUT                                                                         \
    "GANTI: perihal keputusan, misalnya Hasil Monitoring dan Evaluasi Keterbukaan Informasi "      \
    "Publik Tahun %d"
/* init --dari with an archive that keeps its inputs (masukan/): %zu is the
 * number of images copied into gambar/ */
#define W_KIT_FROM_LAST_YEAR                                                                       \
    "berkas acara tahun lalu dengan tahun dan tanggal dimajukan, %zu gambar disalin ke "           \
    "gambar/;\n              nomor keputusan tahun lalu tidak disalin: tambahkan \"nomor\" di "    \
    "\"keputusan\"\n              bila sudah terbit (tanpa itu lampiran memuat titik-titik untuk " \
    "diisi tangan)"
#define W_KIT_LOGO_LEFT "GANTI: berkas lambang daerah (kiri), atau hapus kunci logo"
#define W_KIT_LOGO_RIGHT "GANTI: berkas logo komisi (kanan), atau hapus baris ini"
#define W_KIT_HEAD_1 "GANTI: baris pertama kop surat, misalnya KOMISI INFORMASI PROVINSI ..."
#define W_KIT_HEAD_2 "GANTI: alamat kantor"
#define W_KIT_HEAD_3 "GANTI: telepon dan surel"
#define W_KIT_SITE "GANTI: alamat situs hasil, misalnya https://ppid.contoh.go.id/anugerah/%d/"
#define W_KIT_CONTACT "GANTI: nama sekretariat untuk dihubungi pers"
#define W_KIT_PHONE "GANTI: nomor telepon sekretariat"
#define W_KIT_MAIL "GANTI: alamat surel sekretariat"
#define W_KIT_QUOTE                                                                                \
    "GANTI: kutipan ketua komisi untuk siaran pers (nama dan jabatannya bawaan penandatangan), "   \
    "atau hapus kunci siaran_pers"
#define W_KIT_CERT_NUMBER "{urut}/PIAGAM/{bulan_romawi}/{tahun}"
#define W_KIT_AWARD_TOP "Badan Publik Informatif"
#define W_KIT_AWARD_BEST "Terbaik"
/* the workbook template */
#define W_KIT_SHEET "Nilai"
#define W_KIT_LIST_SHEET "Kategori"
#define W_KIT_LIST_CODE "kode"
#define W_KIT_LIST_NAME "nama"
#define W_KIT_BAD_CATEGORY "Kategori tidak dikenal"
#define W_KIT_BAD_CATEGORY_TEXT "Pilih kode kategori dari daftar (lembar Kategori)."
#define W_KIT_BAD_STATUS "Status tidak dikenal"
#define W_KIT_BAD_STATUS_TEXT "Kosongkan, atau pilih dinilai atau tidak_mengisi_saq."
#define W_KIT_BAD_SCORE "Nilai tidak sah"
#define W_KIT_BAD_SCORE_TEXT "Isi angka 0 sampai 100, paling banyak dua desimal, misalnya 92,5."
#define W_KIT_BAD_ID "Id sudah dipakai"
#define W_KIT_BAD_ID_TEXT "Setiap badan publik memerlukan id yang berbeda."
#define W_KIT_STATUS_SCORED "dinilai"
#define W_KIT_STATUS_NO_SAQ "tidak_mengisi_saq"

/* Reading the event file (read/event.c) */
#define W_EVENT_UNKNOWN_KEY "kunci \"%s\" tidak dikenal %s (yang boleh: %s)"
#define W_EVENT_DUPLICATE_KEY "kunci \"%s\" ditulis dua kali %s (juga di baris %ld)"
#define W_EVENT_STILL_EXAMPLE "\"%s\" masih berisi contoh dari 'anugerah init': %.160s"
#define W_EVENT_REQUIRED_IN "\"%s\" wajib diisi%s%s"
#define W_EVENT_NOT_TEXT "\"%s\" %s harus berupa teks yang tidak kosong"
#define W_EVENT_TEXT_TOO_LONG "\"%s\" %s terlalu panjang (lebih dari %d bita)"
#define W_EVENT_UNPRINTABLE "\"%s\" %s memuat karakter %s yang tidak dapat dicetak di PDF"
#define W_EVENT_NOT_NUMBER "\"%s\" %s harus berupa angka dengan paling banyak dua desimal"
#define W_EVENT_REQUIRED "\"%s\" wajib diisi"
#define W_EVENT_NOT_LIST "\"%s\" harus berupa daftar [ ... ]"
#define W_EVENT_NO_CATEGORIES "\"kategori\" kosong: sebutkan paling sedikit satu kategori"
#define W_EVENT_IN_CATEGORY_N "pada kategori ke-%zu"
#define W_EVENT_CATEGORY_NOT_OBJECT                                                                \
    "kategori ke-%zu harus berupa objek {\"kode\": ..., \"nama\": ...}"
#define W_EVENT_CATEGORY_CODE                                                                      \
    "kode kategori \"%s\" menjadi nama folder, jadi hanya boleh memuat huruf "                     \
    "kecil a-z, angka, '_' dan '-' (paling banyak %d, bukan nama perangkat seperti "               \
    "con atau aux)"
#define W_EVENT_CATEGORY_TWICE "kode kategori \"%s\" dipakai dua kali"
#define W_EVENT_BAND_INFORMATIVE "Informatif"
#define W_EVENT_BAND_TOWARDS "Menuju Informatif"
#define W_EVENT_BAND_FAIRLY "Cukup Informatif"
#define W_EVENT_BAND_LESS "Kurang Informatif"
#define W_EVENT_BAND_NOT "Tidak Informatif"
#define W_EVENT_IN_BAND_N "pada kualifikasi ke-%zu"
#define W_EVENT_BAND_NOT_OBJECT                                                                    \
    "kualifikasi ke-%zu harus berupa objek {\"nama\": ..., \"min\": ...}"
#define W_EVENT_BAND_MIN_RANGE "\"min\" %s harus di antara 0 dan 100"
#define W_EVENT_BAND_COLOUR "\"warna\" %s harus ditulis seperti \"#1B7F3B\""
#define W_EVENT_BAND_SAME_MIN "dua kualifikasi memakai \"min\" yang sama (%lld)"
#define W_EVENT_NO_BANDS                                                                           \
    "\"kualifikasi\" kosong: hapus kunci ini untuk memakai kualifikasi "                           \
    "nasional, atau sebutkan kualifikasinya"
#define W_EVENT_BAND_LOWEST                                                                        \
    "kualifikasi terendah harus memiliki \"min\": 0 agar setiap nilai "                            \
    "mendapat kualifikasi"
#define W_EVENT_IN_PART_N "pada %s ke-%zu"
#define W_EVENT_PART_NOT_OBJECT "%s ke-%zu harus berupa objek {\"kode\": ..., \"nama\": ...}"
#define W_EVENT_PART_CODE                                                                          \
    "kode \"%s\" hanya boleh memuat huruf kecil a-z, angka, '_' dan '-' "                          \
    "(kode ini menjadi nama kolom di berkas nilai)"
#define W_EVENT_PART_CODE_FIXED "kode \"%s\" %s sudah dipakai sebagai kolom tetap berkas nilai"
#define W_EVENT_PART_CODE_TWICE "kode \"%s\" dipakai dua kali di \"%s\""
#define W_EVENT_WEIGHT_RANGE "\"bobot\" %s harus lebih dari 0 dan paling besar 100"
#define W_EVENT_WEIGHT_SUM "bobot %s berjumlah %s, padahal harus berjumlah 100"
#define W_EVENT_NOT_IMAGE "\"%s\" harus berupa nama berkas gambar (PNG atau JPEG)"
#define W_EVENT_NOT_OBJECT "\"%s\" harus berupa objek %s"
#define W_EVENT_IN_KEY "pada %s"
#define W_EVENT_NOT_TEXT_LIST "\"%s\" harus berupa daftar berisi 1 sampai %zu teks"
#define W_EVENT_LIST_ITEM_TEXT                                                                     \
    "isi \"%s\" harus berupa teks yang tidak kosong (paling banyak %d "                            \
    "bita)"
#define W_EVENT_LIST_ITEM_UNPRINTABLE                                                              \
    "isi \"%s\" memuat karakter %s yang tidak dapat dicetak di PDF"
#define W_EVENT_CERT_NUMBER_MARK                                                                   \
    "pola nomor piagam memuat penanda \"%.*s\" yang tidak dikenal (yang boleh: "                   \
    "{urut}, {tahun}, {bulan}, {bulan_romawi}, {kategori})"
#define W_EVENT_CERT_NUMBER_NO_SEQ                                                                 \
    "pola nomor piagam harus memuat {urut}, agar setiap piagam bernomor lain"
#define W_EVENT_IN_AWARD "pada penghargaan"
#define W_EVENT_AWARD_CODE                                                                         \
    "kode penghargaan \"%s\" menjadi nama folder piagam, jadi hanya boleh memuat huruf "           \
    "kecil a-z, angka, '_' dan '-'"
#define W_EVENT_AWARD_ONE_RULE                                                                     \
    "penghargaan harus memakai tepat satu aturan: \"kualifikasi\", \"peringkat\" "                 \
    "atau \"id\""
#define W_EVENT_AWARD_NO_BAND "penghargaan menyebut kualifikasi \"%s\" yang tidak ada"
#define W_EVENT_AWARD_RANK "\"peringkat\" penghargaan harus bilangan bulat 1 sampai 39"
#define W_EVENT_AWARD_NO_CATEGORY "penghargaan menyebut kategori \"%s\" yang tidak ada"
#define W_EVENT_AWARD_BEST "Terbaik"
#define W_EVENT_IN_DECREE "pada keputusan"
#define W_EVENT_DECREE_DATE                                                                        \
    "\"tanggal\" keputusan \"%s\" bukan tanggal yang sah; tulis seperti "                          \
    "\"2021-11-24\""
#define W_EVENT_LOGO_NOT_IMAGE "isi \"logo\" harus berupa nama berkas gambar (PNG atau JPEG)"
#define W_EVENT_LOGO_LIST                                                                          \
    "\"logo\" harus berupa satu atau dua nama berkas gambar [\"kiri.png\", "                       \
    "\"kanan.png\"]"
#define W_EVENT_IN_CONTACT "pada kontak"
#define W_EVENT_IN_PRESS "pada siaran_pers"
#define W_EVENT_IN_CERTIFICATE "pada piagam"
#define W_EVENT_SHOW_SCORE_BOOL "\"tampilkan_nilai\" harus true atau false"
#define W_EVENT_AWARD_COUNT "\"penghargaan\" harus berisi 1 sampai %d penghargaan"
#define W_EVENT_AWARD_NOT_OBJECT                                                                   \
    "penghargaan harus berupa objek {\"kode\": ..., \"nama\": ..., "                               \
    "dan satu aturan}"
#define W_EVENT_AWARD_TWICE "kode penghargaan \"%s\" dipakai dua kali"
#define W_EVENT_URL_CHARS "memuat spasi, karakter kendali atau huruf di luar ASCII"
#define W_EVENT_URL_QUOTES "memuat tanda kutip atau karakter yang tidak boleh ada di alamat"
#define W_EVENT_URL_QUERY "memuat '?' atau '#'; tulis alamat folder saja"
#define W_EVENT_URL_NOT_ABSOLUTE "bukan alamat mutlak yang diawali http:// atau https://"
#define W_EVENT_URL_NO_HOST "tidak menyebut nama situs (host)"
#define W_EVENT_SITE_NOT_URL                                                                       \
    "\"situs\" pada publikasi harus berupa alamat seperti "                                        \
    "\"https://ppid.contoh.go.id/anugerah/2024/\""
#define W_EVENT_SITE_TOO_LONG                                                                      \
    "\"situs\" pada publikasi terlalu panjang (lebih dari %d bita): kode QR alamat halaman "       \
    "badan publik tidak akan terbaca setelah dicetak"
#define W_EVENT_SITE_BAD                                                                           \
    "\"situs\" pada publikasi %s; tulis seperti "                                                  \
    "\"https://ppid.contoh.go.id/anugerah/2024/\""
#define W_EVENT_IN_FILE "di berkas acara"
#define W_EVENT_YEAR_REQUIRED "\"tahun\" wajib diisi"
#define W_EVENT_YEAR_BAD "\"tahun\" harus berupa tahun seperti 2021"
#define W_EVENT_DATE_BAD                                                                           \
    "\"tanggal\" \"%s\" bukan tanggal yang sah; tulis seperti \"2021-11-24\" "                     \
    "(tahun-bulan-hari)"
#define W_EVENT_SIGNATORY_REQUIRED "\"penandatangan\" wajib diisi"
#define W_EVENT_SIGNATORY_NOT_OBJECT                                                               \
    "\"penandatangan\" harus berupa objek {\"nama\": ..., \"jabatan\": ...}"
#define W_EVENT_IN_SIGNATORY "pada penandatangan"
#define W_EVENT_SIGNATURE "tanda tangan"
#define W_EVENT_STAMP "stempel"
#define W_EVENT_STAGES "tahapan"
#define W_EVENT_INDICATORS "indikator"
#define W_EVENT_CODE_STAGE_AND_INDICATOR "kode \"%s\" dipakai oleh tahapan dan indikator sekaligus"
#define W_EVENT_EMPTY "berkas kosong"
#define W_EVENT_NOT_UTF8 "teks bukan UTF-8; simpan ulang berkas dengan pengodean UTF-8"
#define W_EVENT_NUL_BYTE "berkas memuat byte nol; ini bukan berkas teks JSON"
#define W_EVENT_NUL_ESCAPE                                                                         \
    "teks memuat \"\\u0000\" (karakter nol), yang akan memotong teks di situ; "                    \
    "hapus karakter itu"
#define W_EVENT_BAD_JSON                                                                           \
    "JSON tidak sah di baris ini atau di akhir baris sebelumnya (periksa koma, "                   \
    "tanda kutip dan kurung)"
#define W_EVENT_NOT_OBJECT_ROOT "isi berkas acara harus berupa objek { ... }"
#define W_EVENT_TOO_MANY_KEYS "berkas acara memuat %zu kunci; paling banyak %d"
#define W_EVENT_FILE "berkas acara"

/* Reading the scores file (read/scores.c) */
#define W_SCORES_CSV_INIT "pembaca CSV tidak dapat dimulai"
#define W_SCORES_QUOTE_MISPLACED                                                                   \
    "tanda kutip (\") salah tempat; sebuah kolom yang diapit tanda kutip "                         \
    "harus diawali dan diakhiri tanda kutip"
#define W_SCORES_QUOTE_UNCLOSED "tanda kutip (\") dibuka tetapi tidak pernah ditutup"
#define W_SCORES_COLUMN_TWICE "kolom \"%s\" muncul dua kali (kolom ke-%d dan ke-%zu)"
#define W_SCORES_COLUMN_MISSING "kolom wajib \"%s\" tidak ada di baris judul kolom"
#define W_SCORES_NO_SCORE_NO_STAGES                                                                \
    "kolom \"nilai\" tidak ada, dan nilai akhir tidak dapat dihitung karena "                      \
    "kolom tahapan ini tidak ada: %s"
#define W_SCORES_NO_SCORE_COLUMN "kolom wajib \"nilai\" tidak ada di baris judul kolom"
#define W_SCORES_UNPRINTABLE                                                                       \
    "kolom \"%s\" memuat karakter %s yang tidak dapat dicetak di PDF; "                            \
    "ganti dengan huruf biasa"
#define W_SCORES_NOT_NUMBER                                                                        \
    "kolom \"%s\" berisi \"%s\", bukan angka; tulis nilai seperti 92,5 atau 92.5"
#define W_SCORES_TOO_MANY_DIGITS                                                                   \
    "kolom \"%s\" berisi \"%s\" dengan terlalu banyak angka di belakang koma "                     \
    "(paling banyak 18)"
#define W_SCORES_OUT_OF_RANGE "kolom \"%s\" berisi %s, di luar rentang nilai 0 sampai 100"
#define W_SCORES_NOT_UTF8                                                                          \
    "kolom ke-%zu berisi teks yang bukan UTF-8; simpan ulang berkas sebagai "                      \
    "\"CSV UTF-8\""
#define W_SCORES_ID_EMPTY "kolom \"id\" kosong"
#define W_SCORES_ID_BAD                                                                            \
    "id \"%s\" menjadi nama berkas, jadi hanya boleh memuat huruf, angka, '.', "                   \
    "'_' dan '-' (paling banyak %d, tidak diawali atau diakhiri titik, tanpa "                     \
    "\"..\", bukan nama perangkat seperti CON atau AUX)"
#define W_SCORES_NAME_EMPTY "kolom \"nama\" kosong"
#define W_SCORES_CATEGORY_UNKNOWN "kategori \"%s\" tidak ada di berkas acara (yang ada: %s)"
#define W_SCORES_CATEGORY_EMPTY_ONE_OF                                                             \
    "kolom \"kategori\" kosong (isi salah "                                                        \
    "satu: %s)"
#define W_SCORES_CATEGORY_EMPTY "kolom \"kategori\" kosong"
#define W_SCORES_STATUS_UNKNOWN                                                                    \
    "status \"%s\" tidak dikenal; tulis \"dinilai\" atau \"tidak_mengisi_saq\""
#define W_SCORES_SCORE_EMPTY                                                                       \
    "kolom \"nilai\" kosong; isi nilainya, atau tulis status "                                     \
    "\"tidak_mengisi_saq\""
#define W_SCORES_SCORE_INCOMPLETE                                                                  \
    "nilai akhir kosong dan nilai tahapan tidak lengkap; isi kolom \"nilai\" "                     \
    "atau semua kolom tahapan, atau tulis status \"tidak_mengisi_saq\""
#define W_SCORES_ID_USED_IN "id \"%s\" sudah dipakai di %s"
#define W_SCORES_ID_USED_AT "id \"%s\" sudah dipakai di baris %ld"
#define W_SCORES_HEADER_NUL_CHAR "baris judul memuat karakter nol"
#define W_SCORES_NUL_BYTE "berkas memuat byte nol; ini bukan berkas CSV"
#define W_SCORES_HEADER_TOO_LONG "judul kolom ke-%zu terlalu panjang (%zu byte)"
#define W_SCORES_SHEET_TOO_WIDE "baris judul berisi lebih dari %d kolom (apakah ini lembar nilai?)"
#define W_SCORES_FILE_TOO_WIDE                                                                     \
    "baris judul berisi %zu kolom; paling banyak %d (apakah ini berkas nilai?)"
#define W_SCORES_UNTITLED_CELL_TEXT                                                                \
    "sel ini berisi \"%.40s\" di kolom tanpa judul; beri judul kolomnya atau "                     \
    "kosongkan sel ini"
#define W_SCORES_UNTITLED_CELL                                                                     \
    "sel ini berisi teks di kolom tanpa judul; beri judul kolomnya atau kosongkan "                \
    "sel ini"
#define W_SCORES_ROW_NUL_CHAR "baris ini memuat karakter nol"
#define W_SCORES_ROW_NUL_BYTE "baris ini memuat byte nol"
#define W_SCORES_CELL_TOO_LONG "kolom ke-%zu terlalu panjang (%zu byte; paling banyak %d)"
#define W_SCORES_ROW_WIDTH                                                                         \
    "baris ini berisi %zu kolom, padahal baris judul berisi %zu kolom "                            \
    "(periksa pemisah kolom dan tanda kutip)"
#define W_SCORES_TOO_MANY_BODIES                                                                   \
    "berkas nilai memuat lebih dari %d badan publik; batasnya %d (apakah ini "                     \
    "berkas nilai satu putaran?)"
#define W_SCORES_SHEET_EMPTY                                                                       \
    "lembar \"%s\" kosong; isi baris judul kolom dan satu "                                        \
    "baris per badan publik"
#define W_SCORES_EMPTY "berkas kosong"
#define W_SCORES_SHEET_HEADER_ONLY                                                                 \
    "lembar \"%s\" hanya berisi baris judul kolom, tanpa badan publik"
#define W_SCORES_HEADER_ONLY "berkas hanya berisi baris judul kolom, tanpa badan publik"
#define W_SCORES_EMPTY_FILE                                                                        \
    "berkas kosong; berkas nilai harus memuat baris judul kolom "                                  \
    "dan satu baris per badan publik"
#define W_SCORES_FIRST_SHEET_EMPTY                                                                 \
    "lembar pertama buku kerja kosong; isi baris judul kolom dan satu baris "                      \
    "per badan publik"
#define W_SCORES_FILE "berkas nilai"
#define W_SCORES_XLS                                                                               \
    "buku kerja Excel 97-2003 (.xls) tidak dapat dibaca; simpan sebagai "                          \
    "\"Buku Kerja Excel (.xlsx)\" atau sebagai \"CSV UTF-8\""

/* Reading a workbook (read/xlsx.c) */
#define W_XLSX_PART_MISSING                                                                        \
    "bagian \"%s\" tidak ada di dalamnya; ini bukan buku kerja XLSX yang "                         \
    "utuh"
#define W_XLSX_PART_TOO_BIG                                                                        \
    "bagian \"%s\" berukuran %lld MB setelah dibuka; batasnya %ld MB (bom zip?)"
#define W_XLSX_PART_LOCKED                                                                         \
    "bagian \"%s\" tidak dapat dibuka (terkunci dengan sandi, dimampatkan "                        \
    "dengan cara yang tidak dikenal, atau rusak)"
#define W_XLSX_PART_UNREADABLE "bagian \"%s\" tidak dapat dibaca"
#define W_XLSX_PART_DOCTYPE                                                                        \
    "bagian \"%s\" memuat deklarasi DOCTYPE atau entitas XML, yang tidak "                         \
    "pernah ada di buku kerja XLSX; ditolak"
#define W_XLSX_PART_TOO_DEEP "bagian \"%s\" bersarang lebih dari %d tingkat; ditolak"
#define W_XLSX_PART_LONG_TEXT                                                                      \
    "bagian \"%s\" memuat teks lebih dari %d KB tanpa tag, lebih panjang dari "                    \
    "sel mana pun; ditolak"
#define W_XLSX_PART_ZIP_BOMB "bagian \"%s\" lebih dari %ld MB setelah dibuka (bom zip?); ditolak"
#define W_XLSX_PART_BROKEN_ZIP "bagian \"%s\" rusak; zip tidak dapat dibuka"
#define W_XLSX_PART_BAD_XML "bagian \"%s\" bukan XML yang sah (baris %d)"
#define W_XLSX_NO_SHEETS                                                                           \
    "buku kerja tidak memuat lembar kerja (xl/workbook.xml tanpa <sheet> yang "                    \
    "bernama)"
#define W_XLSX_SHEET_NAME                                                                          \
    "nama lembar pertama kosong, lebih dari 31 karakter, atau memuat karakter "                    \
    "kendali; ganti namanya di spreadsheet"
#define W_XLSX_SHEET_NOT_FOUND                                                                     \
    "lembar pertama \"%s\" tidak ditemukan di buku kerja "                                         \
    "(xl/_rels/workbook.xml.rels); simpan ulang buku kerja dari spreadsheet"
#define W_XLSX_FIRST_IS_CHART                                                                      \
    "lembar pertama buku kerja, \"%s\", adalah grafik, bukan lembar nilai; pindahkan lembar "      \
    "nilai ke urutan pertama di spreadsheet"
#define W_XLSX_FIRST_NOT_CELLS                                                                     \
    "lembar pertama buku kerja, \"%s\", bukan lembar kerja biasa (lembar dialog atau makro); "     \
    "pindahkan lembar nilai ke urutan pertama di spreadsheet"
#define W_XLSX_TOO_MANY_STRINGS "bagian \"%s\" memuat lebih dari %d teks; ditolak"
#define W_XLSX_TOO_MANY_CELLS                                                                      \
    "lembar \"%s\" memuat lebih dari %d sel; ini bukan lembar nilai satu putaran"
#define W_XLSX_CELL_REF "referensi sel \"%.20s\" di baris ini tidak sah"
#define W_XLSX_CELL_ORDER                                                                          \
    "sel ini tidak berada di barisnya atau tidak berurutan; simpan ulang "                         \
    "buku kerja dari spreadsheet"
#define W_XLSX_END_IN_CELL "bagian \"%s\" berakhir di tengah sel"
#define W_XLSX_FORMULA_NO_VALUE                                                                    \
    "sel berisi rumus tanpa hasil tersimpan; buka buku kerja di spreadsheet, "                     \
    "lalu simpan lagi agar hasilnya tersimpan"
#define W_XLSX_BOOLEAN "sel berisi nilai logika (TRUE/FALSE); tulis teks atau angka"
#define W_XLSX_FORMULA_ERROR "sel berisi galat rumus %.40s; perbaiki rumusnya"
#define W_XLSX_DATE "sel berisi tanggal; tulis teks atau angka"
#define W_XLSX_CELL_TYPE "jenis sel \"%.20s\" tidak dikenal"
#define W_XLSX_NOT_NUMBER "sel angka berisi \"%.40s\", bukan angka"
#define W_XLSX_PERCENT                                                                             \
    "sel berformat persen, jadi isinya %s, bukan nilai yang tampil; hapus "                        \
    "format persen lalu tulis nilainya (0 sampai 100) tanpa %%"
#define W_XLSX_SHARED_STRING "sel menunjuk teks bersama nomor \"%.20s\" yang tidak ada"
#define W_XLSX_ROW_ORDER                                                                           \
    "nomor baris tidak sah atau tidak berurutan setelah baris %ld; simpan "                        \
    "ulang buku kerja dari spreadsheet"
#define W_XLSX_END_IN_ROW "bagian \"%s\" berakhir di tengah baris"
#define W_XLSX_NOT_WORKBOOK                                                                        \
    "bukan buku kerja XLSX yang dapat dibaca (%s); simpan dari spreadsheet sebagai "               \
    "\"Buku Kerja Excel (.xlsx)\" atau sebagai \"CSV UTF-8\""
#define W_XLSX_NOT_ZIP "bukan berkas zip"
#define W_XLSX_BROKEN_ZIP "berkas zip rusak"
#define W_XLSX_TOO_MANY_PARTS                                                                      \
    "berkas zip memuat %lld bagian; buku kerja XLSX paling banyak memuat %d"

/* Reading last year's archive (read/previous.c) */
#define W_PREV_SCORE_BAD                                                                           \
    "nilai badan publik \"%.64s\" di arsip bukan nilai 0 sampai 100 dengan "                       \
    "paling banyak dua desimal"
#define W_PREV_BAND_BAD                                                                            \
    "kualifikasi badan publik \"%.64s\" di arsip bukan nama yang dapat "                           \
    "dicetak (kosong, lebih dari 100 karakter, atau memuat karakter yang "                         \
    "tidak dapat dicetak)"
#define W_PREV_ID_TWICE "badan publik \"%.64s\" tercantum dua kali di arsip"
#define W_PREV_HISTORY_NOT_LIST "riwayat badan publik \"%.64s\" di arsip bukan daftar"
#define W_PREV_HISTORY_TOO_LONG                                                                    \
    "riwayat badan publik \"%.64s\" di arsip memuat %d tahun; paling banyak %d"
#define W_PREV_HISTORY_YEARS                                                                       \
    "riwayat badan publik \"%.64s\" di arsip memuat tahun yang tidak sah "                         \
    "(tahun harus bilangan bulat dari 1900 sampai %d, urut dari yang "                             \
    "terlama, masing-masing sekali)"
#define W_PREV_NOT_WHOLE                                                                           \
    "arsip tahun lalu tidak utuh, jadi tidak dipakai; periksa dengan "                             \
    "'anugerah verify %s' (%s)"
#define W_PREV_DRAFT                                                                               \
    "arsip --previous adalah hasil DRAF untuk masa sanggah, bukan hasil final; "                   \
    "pakai folder hasil final tahun itu"
#define W_PREV_NO_YEAR                                                                             \
    "arsip --previous tidak mencantumkan tahun yang sah (1900 sampai 9999) di "                    \
    "manifest.json-nya"
#define W_PREV_NOT_EARLIER                                                                         \
    "arsip --previous adalah hasil tahun %d, tidak lebih awal dari tahun %d "                      \
    "putaran ini; pilih folder hasil tahun sebelumnya"
#define W_PREV_RANKING "peringkat tahun lalu"
#define W_PREV_RANKING_UNREADABLE "peringkat tahun lalu tidak dapat dibaca"
#define W_PREV_SCORE_DIFFERS                                                                       \
    "nilai_sebelumnya %s berbeda dengan arsip tahun lalu (%s di %s); kosongkan kolom itu atau "    \
    "perbaiki"

/* Reading a template (read/template.c) */
#define W_TEMPLATE_UNCLOSED_MARK "penanda \"{{\" tidak ditutup dengan \"}}\""
#define W_TEMPLATE_BAD_NAME "penanda \"{{%s}}\" tidak sah; nama hanya memuat huruf, angka dan '_'"
#define W_TEMPLATE_TOO_DEEP "bagian \"{{%c%s}}\" bersarang terlalu dalam (lebih dari %d tingkat)"
#define W_TEMPLATE_CLOSES_UNOPENED "\"{{/%s}}\" menutup bagian yang tidak pernah dibuka"
#define W_TEMPLATE_CLOSES_WRONG                                                                    \
    "\"{{/%s}}\" menutup bagian yang salah: yang terbuka \"{{#%s}}\" "                             \
    "dari baris %ld"
#define W_TEMPLATE_NEVER_CLOSED "bagian \"{{#%s}}\" tidak pernah ditutup dengan \"{{/%s}}\""
#define W_TEMPLATE_FILE "templat"
#define W_TEMPLATE_NUL_BYTE "templat memuat byte nol; ini bukan berkas teks"
#define W_TEMPLATE_TOO_MUCH                                                                        \
    "templat menghasilkan terlalu banyak teks di sini (lebih dari %ld MB, %ld "                    \
    "baris atau %ld langkah); periksa bagian berulang yang bersarang"
#define W_TEMPLATE_ONLY_INSIDE "hanya dikenal di dalam"
#define W_TEMPLATE_OR " atau "
#define W_TEMPLATE_UNKNOWN_DID_YOU_MEAN "tidak dikenal; maksud Anda {{%s}}?"
#define W_TEMPLATE_UNKNOWN "tidak dikenal"
#define W_TEMPLATE_MARK_PROBLEM "penanda \"{{%s}}\" %s"
#define W_TEMPLATE_IS_LIST "\"{{%s}}\" adalah daftar; tulis {{#%s}} ... {{/%s}}"
#define W_TEMPLATE_YES "ya"
#define W_TEMPLATE_NO "tidak"

/* Reading an image (read/image.c) */
#define W_IMAGE_PNG_BROKEN "berkas PNG rusak atau terpotong"
#define W_IMAGE_JPEG_BROKEN "berkas JPEG rusak atau terpotong"
#define W_IMAGE_JPEG_CMYK "JPEG berwarna CMYK tidak didukung; simpan sebagai JPEG RGB atau PNG"
#define W_IMAGE_NOT_IMAGE "bukan gambar PNG atau JPEG"
#define W_IMAGE_TOO_LARGE                                                                          \
    "%s berukuran %d \u00d7 %d piksel; paling besar %d piksel "                                    \
    "pada tiap sisi"
#define W_IMAGE_FILE "gambar"

/* Reading any input file (read/input.c) */
#define W_INPUT_SYMLINK "tautan simbolik (symlink); tidak diikuti"
#define W_INPUT_TOO_BIG "%s terlalu besar (%s); batasnya %s"
#define W_INPUT_FILE "berkas"
#define W_INPUT_UNREADABLE "%s tidak dapat dibaca: %s"
#define W_INPUT_TOO_BIG_LIMIT "%s terlalu besar; batasnya %s"
/* what refuses a file that is not a regular one */
#define W_INPUT_NOT_REGULAR                                                                        \
    "bukan berkas biasa (perangkat, pipa atau folder); simpan sebagai berkas lalu coba lagi"

/* The command line (main.c) */
#define W_CLI_USAGE                                                                                \
    "Pemakaian:\n"                                                                                 \
    "  anugerah build --event ACARA.json --scores NILAI.csv --out FOLDER\n"                        \
    "                 [--force] [--draf] [--previous ARSIP] [--template FILE]\n"                   \
    "                 [--fonts FOLDER] [--jobs N] [--quiet]\n"                                     \
    "  anugerah check --event ACARA.json --scores NILAI.csv [--previous ARSIP]\n"                  \
    "                 [--template FILE] [--fonts FOLDER] [--jobs N] [--quiet]\n"                   \
    "  anugerah verify FOLDER\n"                                                                   \
    "  anugerah init FOLDER --tahun N [--dari ARSIP]\n"                                            \
    "  anugerah -h | --help | -V | --version\n"                                                    \
    "\n"                                                                                           \
    "build   membaca berkas acara dan berkas nilai, menghitung peringkat, lalu\n"                  \
    "        menulis dokumen penghargaan ke FOLDER: peringkat-<tahun>.pdf, .csv dan\n"             \
    "        .json, kartu nilai, siaran pers dan piagam.\n"                                        \
    "        FOLDER yang sudah ada tidak ditimpa kecuali dengan --force.\n"                        \
    "check   hanya memeriksa kedua berkas masukan; tidak menulis apa pun.\n"                       \
    "verify  memeriksa folder hasil yang diarsipkan terhadap manifest.json-nya:\n"                 \
    "        berkas yang hilang, berubah, atau tidak tercantum.\n"                                 \
    "init    menulis perangkat awal putaran baru ke FOLDER (baru atau kosong):\n"                  \
    "        event.json, templat nilai nilai-<tahun>.csv dan nilai-<tahun>.xlsx.\n"                \
    "\n"                                                                                           \
    "Pilihan:\n"                                                                                   \
    "  --event FILE    berkas acara (JSON): judul, tahun, kategori, kualifikasi,\n"                \
    "                  tahapan\n"                                                                  \
    "  --scores FILE   berkas nilai, satu baris per badan publik: CSV (pemisah ','\n"              \
    "                  atau ';') atau buku kerja XLSX (lembar pertamanya)\n"                       \
    "  --out FOLDER    folder hasil (dibuat baru)\n"                                               \
    "  --force         ganti FOLDER yang sudah ada, bila kosong atau hasil anugerah\n"             \
    "                  yang semua isinya tercantum di manifest.json-nya tanpa berubah\n"           \
    "  --draf          hasil sementara untuk masa sanggah: DRAF di setiap halaman,\n"              \
    "                  tanpa piagam; manifest mencatat \"status\": \"draf\"\n"                     \
    "  --template FILE templat siaran pers (bawaan: templates/siaran-pers.txt di\n"                \
    "                  folder data program)\n"                                                     \
    "  --template-fakta FILE\n"                                                                    \
    "                  templat lembar fakta per kategori (bawaan:\n"                               \
    "                  templates/lembar-fakta.txt di folder data program)\n"                       \
    "  --previous DIR  folder hasil tahun lalu: nilai tahun lalu diambil dari sana\n"              \
    "  --jobs N        jumlah dokumen yang ditulis bersamaan (bawaan: jumlah inti)\n"              \
    "  --quiet         tanpa tampilan kemajuan\n"                                                  \
    "  --fonts FOLDER  folder huruf (bawaan: fonts/ di folder data program)\n"                     \
    "  --tahun N       (init) tahun putaran baru\n"                                                \
    "  --dari DIR      (init) folder hasil tahun lalu: judul, penyelenggara,\n"                    \
    "                  kategori, kualifikasi, tahapan, indikator dan daftar badan\n"               \
    "                  publik diambil dari sana\n"                                                 \
    "\n"                                                                                           \
    "Folder data program (huruf, templat, contoh):\n"                                              \
    "  " ANUGERAH_DATA_DIR "\n"                                                                    \
    "  lalu ../share/anugerah dari folder program (instalasi yang dipindahkan)\n"                  \
    "\n"                                                                                           \
    "Status keluar: 0 berhasil; 2 berkas masukan atau perintah salah (semua\n"                     \
    "masalah dilaporkan, tidak ada yang ditulis); 1 kegagalan lain.\n"
#define W_CLI_SEE_HELP "Ketik 'anugerah --help' untuk petunjuk pemakaian.\n"
#define W_CLI_DID_YOU_MEAN "; maksud Anda %s?"
#define W_CLI_ONE_FOLDER "%s hanya menerima satu FOLDER; \"%s\" berlebih"
#define W_CLI_UNKNOWN_ARGUMENT                                                                     \
    "argumen \"%s\" tidak dikenal (%s tidak menerima "                                             \
    "argumen tanpa pilihan)"
#define W_CLI_OPTION_NOT_FOR "pilihan %s tidak dipakai oleh %s%s"
#define W_CLI_OPTION_UNKNOWN "pilihan \"%s\" tidak dikenal%s"
#define W_CLI_OPTION_TWICE "pilihan %s disebut lebih dari sekali"
#define W_CLI_OPTION_NO_VALUE "pilihan %s tidak menerima nilai (\"%s\")"
#define W_CLI_OPTION_NEEDS_VALUE "pilihan %s memerlukan nilai: %s %s"
#define W_CLI_NUMBER_RANGE "%s harus bilangan %ld sampai %ld, bukan \"%s\""
#define W_CLI_DATA_NOT_FOUND "%s  %s tidak ditemukan; dicari di:\n"
#define W_CLI_DATA_OR_OPTION "%s    (atau sebutkan dengan %s)\n"
#define W_CLI_NAME_COMMAND "sebutkan perintah: build, check, verify atau init"
#define W_CLI_OPTION_BEFORE_COMMAND "anugerah: pilihan \"%s\" tidak dikenal di depan perintah%s\n"
#define W_CLI_COMMAND_UNKNOWN                                                                      \
    "anugerah: perintah \"%s\" tidak dikenal (yang ada: build, check, verify, "                    \
    "init)%s\n"
#define W_CLI_NAME_FOLDER "sebutkan FOLDER: anugerah %s FOLDER%s"
#define W_CLI_NAME_YEAR "sebutkan tahun putaran baru dengan --tahun N"
#define W_CLI_NAME_EVENT "sebutkan berkas acara dengan --event FILE"
#define W_CLI_NAME_SCORES "sebutkan berkas nilai dengan --scores FILE"
#define W_CLI_NAME_OUT "sebutkan folder hasil dengan --out FOLDER"
#define W_CLI_PRESS_TEMPLATE "templat siaran pers"
#define W_CLI_FACT_TEMPLATE "templat lembar fakta"
#define W_CLI_FONT_FOLDER "folder huruf (fonts)"
#define W_CLI_NO_PROGRAM_DATA "data program tidak ditemukan:\n%.*s"

/* Writing a new round's kit (kit/kit.c) */
#define W_KIT_CAT_OPD "Organisasi Perangkat Daerah"
#define W_KIT_CAT_PEMDA "Pemerintah Daerah"
#define W_KIT_CAT_BUMD "Badan Usaha Milik Daerah"
#define W_KIT_CAT_PARPOL "Partai Politik"
#define W_KIT_CAT_LNSV "Instansi Vertikal/Lembaga Non Struktural"
#define W_KIT_STAGE_SAQ "Self Assessment Questionnaire"
#define W_KIT_STAGE_VISIT "Visitasi"
#define W_KIT_IND_KINDS "Jenis Informasi"
#define W_KIT_IND_DIGITAL "Digitalisasi"
#define W_KIT_IND_QUALITY "Kualitas Informasi"
#define W_KIT_IND_SERVICE "Pelayanan Informasi"
#define W_KIT_IND_COMMITMENT "Komitmen Organisasi"
#define W_KIT_IND_FACILITIES "Sarana Prasarana"
#define W_KIT_ARCHIVE_MISSING "%s tidak ada di arsip (\"%s\")"
#define W_KIT_ARCHIVE_NOT_LINE                                                                     \
    "%s di arsip (\"%s\") bukan teks satu baris UTF-8 dari 1 sampai %zu bita"
#define W_KIT_ARCHIVE_NOT_SCORE "%s di arsip (\"%s\") bukan angka 0 sampai 100"
#define W_KIT_ARCHIVE_NOT_LIST "\"%s\" di arsip bukan daftar %s1 sampai %zu isi"
#define W_KIT_ZERO_OR "0 atau "
#define W_KIT_BODY_ID "id badan publik"
#define W_KIT_BODY_NAME "nama badan publik"
#define W_KIT_BODY_CATEGORY "kategori badan publik"
#define W_KIT_BODY_CATEGORY_UNKNOWN                                                                \
    "badan publik \"%.64s\" di arsip berkategori \"%s\", yang tidak ada di "                       \
    "daftar kategorinya"
#define W_KIT_LAST_EVENT "berkas acara tahun lalu"
#define W_KIT_LAST_EVENT_NOT_JSON "berkas acara tahun lalu bukan objek JSON yang sah"
#define W_KIT_LAST_IMAGE "gambar tahun lalu"
#define W_KIT_ARCHIVE_NOT_WHOLE                                                                    \
    "arsip tahun lalu tidak utuh, jadi tidak dipakai; periksa dengan "                             \
    "'anugerah verify %s' (%s)"
#define W_KIT_ARCHIVE_DRAFT                                                                        \
    "arsip --dari adalah hasil DRAF untuk masa sanggah, bukan hasil final; "                       \
    "pakai folder hasil final tahun itu"
#define W_KIT_ARCHIVE_NO_YEAR                                                                      \
    "arsip --dari tidak mencantumkan tahun yang sah (1900 sampai 9999) di "                        \
    "manifest.json-nya"
#define W_KIT_ARCHIVE_NOT_EARLIER                                                                  \
    "arsip --dari adalah hasil tahun %d, tidak lebih awal dari --tahun %d; "                       \
    "pilih folder hasil tahun sebelumnya"
#define W_KIT_LAST_RANKING "peringkat tahun lalu"
#define W_KIT_LAST_RANKING_NOT_JSON "peringkat tahun lalu tidak dapat dibaca sebagai JSON"
#define W_KIT_EVENT_TITLE "judul acara"
#define W_KIT_EVENT_DATE "tanggal acara"
#define W_KIT_EVENT_DATE_BAD "tanggal acara di arsip (\"%s\") bukan tanggal yang sah"
#define W_KIT_CATEGORY_CODE "kode kategori"
#define W_KIT_CATEGORY_NAME "nama kategori"
#define W_KIT_CATEGORY_TWICE "kategori \"%s\" tercantum dua kali di arsip"
#define W_KIT_BAND_NAME "nama kualifikasi"
#define W_KIT_BAND_MIN "batas kualifikasi"
#define W_KIT_BAND_COLOUR "warna kualifikasi"
#define W_KIT_OUT_OF_MEMORY "anugerah: memori habis\n"
#define W_KIT_BODY_TWICE "badan publik \"%.64s\" tercantum dua kali di arsip"
#define W_KIT_NOT_FOLDER "sudah ada dan bukan folder; pilih nama folder lain"
#define W_KIT_FOLDER_NOT_EMPTY                                                                     \
    "folder ini sudah ada dan tidak kosong; isinya tidak disentuh. Pilih "                         \
    "folder baru atau folder kosong"
#define W_KIT_FOLDER_IN_ARCHIVE                                                                    \
    "folder ini berada di dalam arsip --dari %s; arsip tidak boleh ditambahi agar tetap cocok "    \
    "dengan manifest-nya. Pilih folder di luar arsip"
#define W_KIT_PROBLEMS_FOUND "anugerah: %zu masalah ditemukan; tidak ada yang ditulis\n"
#define W_KIT_STOPPED "dihentikan; tidak ada yang ditulis"
#define W_KIT_DONE "Perangkat awal tahun %d ditulis di %s:\n"
#define W_KIT_DONE_EVENT_FROM "  event.json  " W_KIT_FROM_LAST_YEAR "\n"
#define W_KIT_DONE_EVENT                                                                           \
    "  event.json  berkas acara; ganti setiap teks \"" W_KIT_PLACEHOLDER                           \
    " ...\" (atau hapus kunci yang tidak dipakai)\n"
#define W_KIT_DONE_CSV "  %s  templat nilai (CSV, pemisah ';')"
#define W_KIT_DONE_BODIES ", %zu badan publik dari arsip"
#define W_KIT_DONE_XLSX "\n  %s  templat nilai yang sama untuk lembar kerja\n"
#define W_KIT_DONE_CHECK "Lalu periksa: anugerah check --event %s/event.json --scores %s/%s%s%s\n"
#define W_KIT_BODY_REGION "wilayah"
#define W_KIT_BODY_HEAD "pimpinan"
#define W_KIT_ARCHIVE_ORGANISER "penyelenggara"

/* Exporting the ranking as CSV and JSON (publish/export.c) */

/* Writing the workbook (publish/workbook.c) */
#define W_BOOK_BAD_SHEET_NAME "%s: nama lembar \"%s\" tidak dapat dipakai"

/* Writing the site (publish/site.c) */

/* Laying out a PDF (layout/layout.c) */
#define W_LAYOUT_UNPRINTABLE                                                                       \
    "%s tidak dapat dibuat: karakter %s dalam \"%s\" tidak dapat "                                 \
    "dicetak dengan huruf PDF (Windows-1252)"
#define W_LAYOUT_FONT_UNREADABLE "huruf (font) tidak dapat dibaca: %s: %s"
#define W_LAYOUT_FONT_NOT_TRUETYPE "bukan huruf TrueType yang utuh"
#define W_LAYOUT_PDF_INIT "pustaka PDF tidak dapat dimulai"
#define W_LAYOUT_FONTS_UNREADABLE "huruf (font) tidak dapat dibaca dari folder %s"
#define W_LAYOUT_PDF_FAILED "%s tidak dapat dibuat: pustaka PDF gagal"
#define W_LAYOUT_PDF_ERROR "%s tidak dapat dibuat: %s (kode pustaka PDF 0x%04X, rincian %u)"

/* Making a PDF/A (layout/pdfa.c) */
#define W_PDFA_NO_MEMORY "%s: pustaka PDF kehabisan memori saat menyiapkan PDF/A"
#define W_PDFA_NO_PROFILE                                                                          \
    "profil warna sRGB %s tidak ada (pasang paket Debian "                                         \
    "icc-profiles-free)"
#define W_PDFA_PROFILE_UNREADABLE "profil warna %s tidak dapat dibaca: %s"
#define W_PDFA_PROFILE_UNLOADABLE "profil warna %s tidak dapat dimuat"

/* Deriving the round's facts (rules/rules.c) */
#define W_RULES_AWARD_UNKNOWN_ID                                                                   \
    "penghargaan \"%s\" menyebut id \"%s\" yang tidak ada di berkas ini"

/* The list of problems (common/problems.c) */
#define W_PROBLEMS_MORE "\u2026 dan %zu masalah lain\n"

/* Running out of memory (common/util.c) */
#define W_UTIL_NO_MEMORY "anugerah: memori tidak cukup\n"

/* Writing the output folder (archive/output.c) */
#define W_OUTPUT_FOREIGN_FOLDER "%s tidak diganti: folder yang tidak dibuat program ini: %s/"
#define W_OUTPUT_NO_MANIFEST                                                                       \
    "folder %s bukan folder hasil anugerah (tidak ada manifest.json), jadi "                       \
    "tidak diganti walau dengan --force; pilih folder lain"
#define W_OUTPUT_FOREIGN_MANIFEST                                                                  \
    "folder %s bukan folder hasil anugerah (manifest.json-nya tidak ditulis "                      \
    "program ini), jadi tidak diganti walau dengan --force; pilih folder lain"
#define W_OUTPUT_CHANGED_FILE "berkas yang berubah sejak ditulis program ini"
#define W_OUTPUT_FOREIGN_FILE "berkas yang tidak ditulis program ini"
#define W_OUTPUT_FOREIGN_LINK "bukan berkas yang ditulis program ini (tautan simbolik)"
#define W_OUTPUT_NOT_OURS "bukan berkas yang ditulis program ini"
#define W_OUTPUT_UNLISTED_LINK "tautan simbolik yang tidak dibuat program ini"
#define W_OUTPUT_NOT_REPLACED "%s tidak diganti: %s"
#define W_OUTPUT_NOT_REPLACED_KIND "%s tidak diganti: %s: %s"
#define W_OUTPUT_NOT_REPLACED_NOT_OURS "%s tidak diganti: " W_OUTPUT_NOT_OURS ": %s"
#define W_OUTPUT_FORCE_ONLY                                                                        \
    "--force hanya mengganti folder hasil yang semua isinya tercantum di "                         \
    "manifest.json-nya tanpa berubah; pindahkan yang tersebut di atas ke tempat lain, "            \
    "lalu ulangi"
#define W_OUTPUT_NOT_FOLDER "%s sudah ada dan bukan folder; pilih nama lain untuk --out"
#define W_OUTPUT_EXISTS                                                                            \
    "folder %s sudah ada; hasil lama tidak ditimpa. Pilih folder lain, "                           \
    "atau tambahkan --force untuk menggantinya"
#define W_OUTPUT_LEFTOVER_REMOVED "sisa pembuatan yang terhenti (proses %ld) dihapus: %s"
#define W_OUTPUT_LEFTOVER_KEPT                                                                     \
    "sisa pembuatan yang terhenti (proses %ld) tidak dapat dihapus "                               \
    "seluruhnya: %s"
#define W_OUTPUT_FOLDER_CANNOT_CREATE "folder %s tidak dapat dibuat: %s"
#define W_OUTPUT_TARGET_CANNOT_CREATE "folder hasil %s tidak dapat dibuat: %s"
#define W_OUTPUT_TEMP_KEPT                                                                         \
    "folder sementara %s tidak dihapus: ada isi yang tidak ditulis program "                       \
    "ini di dalamnya; periksa dan hapuslah sendiri"
#define W_OUTPUT_OLD_KEPT                                                                          \
    "hasil baru sudah terpasang di %s, tetapi di folder hasil lama ada isi "                       \
    "yang tidak ditulis program ini; isi itu tidak dihapus dan kini ada di "                       \
    "%s"
#define W_OUTPUT_CANNOT_INSTALL "folder hasil %s tidak dapat dipasang: %s; tidak ada yang ditulis"
#define W_OUTPUT_FOLDER_APPEARED                                                                   \
    "folder %s muncul selama pembuatan; isinya tidak ditimpa dan "                                 \
    "tidak ada yang ditulis"
#define W_OUTPUT_APPEARED                                                                          \
    "%s muncul selama pembuatan; tidak ditimpa dan tidak ada yang "                                \
    "ditulis"
#define W_OUTPUT_NOTHING_WRITTEN "%s; tidak ada yang ditulis"
#define W_OUTPUT_NO_LONGER_EMPTY                                                                   \
    "folder %s tidak lagi kosong; isinya tidak ditimpa dan tidak "                                 \
    "ada yang ditulis"
#define W_OUTPUT_NO_EXCHANGE "sistem berkas ini tidak dapat menukar dua folder sekaligus"
#define W_OUTPUT_CANNOT_INSTALL_OLD_KEPT                                                           \
    "folder hasil %s tidak dapat dipasang: %s; hasil lama tetap di "                               \
    "tempatnya dan tidak ada yang ditulis"

/* Hashing, writing and checking the manifest (archive/manifest.c); what
 * manifest_check says of one file comes after "DIR/PATH: " */
#define W_MANIFEST_UNHASHABLE "%s tidak dapat dibaca untuk menghitung sidik SHA-256-nya: %s"
#define W_MANIFEST_FILE "manifest"
#define W_MANIFEST_NOT_OURS "manifest rusak: bukan manifest anugerah"
#define W_MANIFEST_BAD_ENTRY "manifest memuat entri berkas yang rusak"
#define W_MANIFEST_MISSING "berkas hilang"
#define W_MANIFEST_CHANGED "berkas berubah (isinya tidak sama dengan manifest)"
#define W_MANIFEST_UNLISTED "berkas tidak tercantum di manifest"
#define W_MANIFEST_TOO_MANY                                                                        \
    "folder ini menyimpan lebih dari %d berkas dan folder di luar yang tercantum di manifest; "    \
    "sisanya tidak diperiksa"
#define W_MANIFEST_LINK "tautan simbolik; tidak diikuti"
#define W_MANIFEST_NOT_REGULAR "bukan berkas biasa; tidak dibaca"
#define W_MANIFEST_UNLISTED_LINK "tautan simbolik, tidak tercantum di manifest; tidak diikuti"

/* Building, checking and verifying (build.c) */
#define W_BUILD_INPUT_PROBLEMS                                                                     \
    "anugerah: %zu masalah ditemukan di berkas masukan; tidak ada yang ditulis.\n"
#define W_BUILD_CANNOT_REREAD "%s tidak dapat dibaca kembali: %s"
#define W_BUILD_PROGRESS "\r%zu/%zu berkas, sisa sekitar %.0f detik   "
#define W_BUILD_STOPPED "anugerah: pembuatan dihentikan oleh sinyal %s; tidak ada yang ditulis.\n"
#define W_BUILD_OUT_IN_PREVIOUS                                                                    \
    "anugerah: folder hasil %s berada di dalam arsip --previous %s; arsip tidak boleh "            \
    "ditambahi agar tetap cocok dengan manifest-nya. Pilih folder di luar arsip; tidak ada "       \
    "yang ditulis.\n"
#define W_BUILD_NOTHING_WRITTEN "anugerah: %s; tidak ada yang ditulis.\n"
#define W_BUILD_DONE "Selesai: %zu badan publik dalam %zu kategori; hasil di %s\n"
#define W_BUILD_DOCUMENT_FAILED "dokumen tidak dapat dibuat"
#define W_BUILD_CHECK_DONE "Berkas masukan benar: %zu badan publik dalam %zu kategori.\n"
#define W_BUILD_VERIFY_PROBLEMS "anugerah: %zu masalah; arsip %s tidak cocok dengan manifest-nya.\n"
#define W_BUILD_VERIFY_DONE "Arsip utuh: %ld berkas cocok dengan manifest%s.\n"
#define W_BUILD_VERIFY_DRAFT "; ini hasil DRAF untuk masa sanggah, bukan hasil final"
#define W_BUILD_VERIFY_FINAL "; ini hasil final"

/* Joining PDFs into one (layout/pdfjoin.c): the part found unreadable */
#define W_PDFJOIN_PART_UNREADABLE                                                                  \
    "%s tidak dapat dibuat: pustaka PDF membuat bagian yang tidak terbaca (%s)"
#define W_PDFJOIN_PART_OBJECT "objek"
#define W_PDFJOIN_PART_XREF "tabel rujukan silang (xref)"
#define W_PDFJOIN_PART_TRAILER "bagian akhir (trailer)"
#define W_PDFJOIN_PART_CATALOG "katalog"
#define W_PDFJOIN_PART_PAGES "halaman"
#define W_PDFJOIN_PART_EMPTY "kosong"

/* Checking and joining the scorecards (docs/scorecard.c) */
#define W_CARD_NOTE_TOO_LONG                                                                       \
    "kolom \"catatan\" terlalu panjang untuk kartu nilai badan publik ini: "                       \
    "%zu baris, padahal yang muat di halamannya %zu baris; persingkat catatan"
#define W_CARD_PAGES_MISCOUNTED "%s tidak dapat dibuat: halaman kartu terhitung %d, tercetak %d"

/* Checking the press release's template against its layout (docs/press_pdf.c) */
#define W_PRESS_WORD_TOO_LONG                                                                      \
    "templat menghasilkan kata sepanjang %zu byte di sini; paling panjang "                        \
    "%d byte"
#define W_PRESS_TOO_MANY_COLUMNS "tabel di sini berisi %zu kolom; paling banyak %d"
#define W_PRESS_ROW_TOO_WIDE                                                                       \
    "baris tabel di sini berisi %zu sel, lebih banyak dari %zu "                                   \
    "kolom judulnya"
#define W_PRESS_CELL_TOO_LONG                                                                      \
    "sel tabel ke-%zu di sini sepanjang %zu byte; paling panjang %d "                              \
    "byte"
#define W_PRESS_TOO_MANY_PAGES "%s tidak dapat dibuat: %s lebih dari %d halaman; periksa templatnya"

/* The lines after the version in `anugerah --version` (main.c), in the GNU
 * form; the holder as in LICENSE */
#define W_VERSION_COPYRIGHT "Copyright (C) 2026 para pengembang anugerah"
#define W_VERSION_LICENCE "Lisensi MIT <https://opensource.org/license/mit>."
#define W_VERSION_WARRANTY                                                                         \
    "Ini perangkat lunak bebas: Anda bebas mengubah dan menyebarkannya.\n"                         \
    "TIDAK ADA JAMINAN, sejauh diizinkan oleh hukum."

/* A JSON text with more values than its size allows (common/json.c) */
#define W_JSON_TOO_DENSE                                                                           \
    "memuat terlalu banyak nilai JSON untuk ukurannya (%zu nilai dalam %zu bita); "                \
    "bukan berkas yang ditulis anugerah atau oleh tangan"

/* A file of the output that cannot be made (every writer) */
#define W_FILE_CANNOT_CREATE "%s tidak dapat dibuat"
#define W_FILE_CANNOT_CREATE_WHY "%s tidak dapat dibuat: %s"
#define W_FILE_CANNOT_WRITE "%s tidak dapat ditulis: %s"

#endif
