/*
 * export — the computed ranking for websites and spreadsheets:
 * peringkat-<tahun>.csv (columns kategori,peringkat,id,nama,nilai,kualifikasi;
 * comma-delimited UTF-8 without BOM, quoted where needed, score with a point
 * and two decimals, rank empty when unranked) and peringkat-<tahun>.json.
 */
#ifndef ANUGERAH_EXPORT_H
#define ANUGERAH_EXPORT_H

#include <stdbool.h>

#include "round.h"

bool export_csv_write(const kip_round *r, const char *path, char **error);
bool export_json_write(const kip_round *r, const char *path, char **error);

/* piagam-<tahun>.csv: the register of certificates (nomor, penghargaan,
 * kategori, id, nama, nilai) for a clerk's spreadsheet: semicolons, decimal
 * commas, a BOM and CRLF, as an Indonesian Excel reads them. */
bool export_register_write(const kip_round *r, const char *path, char **error);

#endif
