/*
 * metadata — metadata.json: the ranking's dataset described the way
 * Indonesia's open-data portals (Satu Data Indonesia) ask for it: judul,
 * deskripsi, produsen (the organiser), periode (the year), tanggal,
 * lisensi (CC BY 4.0), frekuensi ("tahunan"), bahasa ("id"), the files
 * that hold it, and for each column of peringkat-<tahun>.csv, in the
 * CSV's order, its nama, tipe, satuan and deskripsi.
 */
#ifndef ANUGERAH_METADATA_H
#define ANUGERAH_METADATA_H

#include <stdbool.h>

#include "round.h"

bool metadata_write(const kip_round *r, const char *path, char **error);

#endif
