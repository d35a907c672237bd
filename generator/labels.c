#include "labels.h"

#include <stdio.h>

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
