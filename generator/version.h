#ifndef ANUGERAH_VERSION_H
#define ANUGERAH_VERSION_H

#define ANUGERAH_VERSION "0.1.0"

/* The lines after the version in `anugerah --version` (the GNU form). */
#define ANUGERAH_COPYRIGHT "Copyright (C) 2026 para pengembang anugerah"
#define ANUGERAH_LICENSE "Lisensi MIT <https://opensource.org/license/mit>."
#define ANUGERAH_WARRANTY                                                                          \
    "Ini perangkat lunak bebas: Anda bebas mengubah dan menyebarkannya.\n"                         \
    "TIDAK ADA JAMINAN, sejauh diizinkan oleh hukum."

#endif
