#ifndef ANUGERAH_VERSION_H
#define ANUGERAH_VERSION_H

#define ANUGERAH_VERSION "0.1.0"

/* The lines after the version in `anugerah --version` are W_VERSION_* in
 * labels.h. */

#endif
