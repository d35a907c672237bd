#include "labels.h"

#include <errno.h>
#include <hpdf_error.h>
#include <stdio.h>
#include <string.h>

const char LABEL_NO_SAQ[] = "tidak mengisi SAQ";

static const char *const months[12] = {
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember",
};

void label_date(const kip_date *d, char *buf, size_t size)
{
    if (d->month < 1 || d->month > 12) {
        snprintf(buf, size, "%d", d->year);
        return;
    }
    snprintf(buf, size, "%d %s %d", d->day, months[d->month - 1], d->year);
}

void label_page_footer(char *buf, size_t size, int page, int pages)
{
    snprintf(buf, size, "Halaman %d dari %d", page, pages);
}

void label_rank_of(char *buf, size_t size, int rank, size_t count)
{
    snprintf(buf, size, "%d dari %zu", rank, count);
}

void label_change(char *buf, size_t size, long long change)
{
    char n[32];
    if (change == 0) {
        snprintf(buf, size, "tetap");
        return;
    }
    score_format_id(change < 0 ? -change : change, n, sizeof n);
    snprintf(buf, size, "%s %s", change > 0 ? "naik" : "turun", n);
}

const char *label_roman(int n, char *buf, size_t size)
{
    static const char *const tens[] = {"", "X", "XX", "XXX"};
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    if (n < 1 || n > 39)
        snprintf(buf, size, "%d", n);
    else
        snprintf(buf, size, "%s%s", tens[n / 10], ones[n % 10]);
    return buf;
}

const char *label_weekday(const kip_date *d)
{
    static const char *const days[7] = {"Minggu", "Senin", "Selasa", "Rabu",
                                        "Kamis",  "Jumat", "Sabtu"};
    static const int offset[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = d->year - (d->month < 3);
    int w = (y + y / 4 - y / 100 + y / 400 + offset[(d->month - 1) % 12] + d->day) % 7;
    return days[w];
}

void label_count(char *buf, size_t size, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    size_t o = 0;
    for (int i = 0; i < len && o + 1 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0 && o + 2 < size)
            buf[o++] = '.';
        buf[o++] = digits[i];
    }
    if (size > 0)
        buf[o < size ? o : size - 1] = '\0';
}

void label_count_words(char *buf, size_t size, size_t n)
{
    static const char *const words[10] = {"tidak ada", "satu", "dua",   "tiga",    "empat",
                                          "lima",      "enam", "tujuh", "delapan", "sembilan"};
    if (n <= 9)
        snprintf(buf, size, "%s", words[n]);
    else
        label_count(buf, size, n);
}

void label_share(char *buf, size_t size, size_t part, size_t whole)
{
    /* hundredths of a percent, half up, in integers */
    long long h = whole ? (long long)((part * 20000 + whole) / (2 * whole)) : 0;
    char n[32];
    snprintf(buf, size, "%s %%", score_format_id(h, n, sizeof n));
}

const char *label_errno(int err)
{
    switch (err) {
    case ENOENT:
        return "berkas atau folder itu tidak ada";
    case EACCES:
    case EPERM:
        return "tidak ada izin untuk itu";
    case EISDIR:
        return "itu sebuah folder, bukan berkas";
    case ENOTDIR:
        return "sebagian jalurnya bukan folder";
    case ENOSPC:
        return "disk penuh";
    case EROFS:
        return "disk itu hanya bisa dibaca";
    case EIO:
        return "kesalahan baca/tulis pada disk";
    case ENAMETOOLONG:
        return "nama berkas terlalu panjang";
    case EXDEV:
        return "folder hasil dan folder sementara berada di disk yang berbeda";
    default:
        return strerror(err);
    }
}

const char *label_pdf_error(unsigned code)
{
    switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
        return "memori tidak cukup";
    case HPDF_FILE_IO_ERROR:
    case HPDF_FILE_OPEN_ERROR:
        return "berkas tidak dapat dibaca atau ditulis";
    case HPDF_STRING_OUT_OF_RANGE:
        return "sebuah teks terlalu panjang untuk PDF (lebih dari 65.535 bita)";
    case HPDF_FONT_INVALID_WIDTHS_TABLE:
    case HPDF_INVALID_FONTDEF_DATA:
    case HPDF_INVALID_FONT:
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_UNSUPPORTED_FONT_TYPE:
        return "berkas huruf (font) rusak atau tidak didukung";
    case HPDF_INVALID_IMAGE:
    case HPDF_INVALID_JPEG_DATA:
    case HPDF_INVALID_PNG_IMAGE:
    case HPDF_LIBPNG_ERROR:
    case HPDF_UNSUPPORTED_JPEG_FORMAT:
        return "berkas gambar rusak atau tidak didukung";
    case HPDF_PAGE_INVALID_SIZE:
    case HPDF_PAGE_OUT_OF_RANGE:
    case HPDF_PAGE_INVALID_FONT_SIZE:
        return "ukuran atau posisi di halaman di luar batas PDF";
    default:
        return "pustaka PDF gagal";
    }
}
