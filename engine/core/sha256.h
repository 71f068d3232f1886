/* sha256: FIPS 180-4 SHA-256, used to fingerprint scenario and rubric files so a log can
 * tell whether the file it was played on has changed since. No allocation, no errors. */
#ifndef RJ_SHA256_H
#define RJ_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Writes "sha256:" followed by 64 lowercase hex digits and a NUL (72 bytes) into out. */
void sha256_hex(const void *data, size_t len, char out[72]);
void sha256(const void *data, size_t len, uint8_t digest[32]);

#endif
