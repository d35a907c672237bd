/*
 * certificate — piagam/<id>.pdf, the award certificate (A4 landscape) of
 * each body that reached the event's top qualification and of each
 * category's top three; a body in both groups gets one certificate naming
 * both.
 */
#ifndef ANUGERAH_CERTIFICATE_H
#define ANUGERAH_CERTIFICATE_H

#include <stdbool.h>

#include "doc_common.h"
#include "round.h"

/* The certificate r->certificates[k]: one award to one body, numbered. */
bool certificate_write(const kip_round *r, size_t k, doc_target *t, char **error);

/* Every certificate in register order, one document for the print shop. */
bool certificate_book_write(const kip_round *r, const doc_files *certs, doc_target *t,
                            char **error);

#endif
