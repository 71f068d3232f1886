/* fuzz_util: small helpers the fuzz harnesses share: failing loudly, checking text, and a
 * temporary folder for the process.
 *
 * Ownership: fuzz_util_tempdir's folder belongs to the process and is removed at exit with
 * the files registered in it. Errors: fuzz_util_fail aborts, which libFuzzer reports as a
 * crash and saves the input for; nothing else fails. */
#ifndef RJ_FUZZ_UTIL_H
#define RJ_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry point, which each harness defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Prints "fuzz: what: detail" to stderr and aborts. */
_Noreturn void fuzz_util_fail(const char *what, const char *detail);

/* Whether n bytes of s are valid UTF-8 (no overlongs, surrogates or code points past
 * U+10FFFF). */
bool fuzz_util_valid_utf8(const char *s, size_t n);
/* Whether n bytes of s (UTF-8) hold a C0 control character, DEL or a C1 control. */
bool fuzz_util_has_control(const char *s, size_t n);

/* A folder of this process's own under $TMPDIR (or /tmp), made on the first call. */
const char *fuzz_util_tempdir(void);
/* The path of name inside that folder, written into buf; the file is removed at exit. */
const char *fuzz_util_temp_path(const char *name, char *buf, size_t size);
/* Writes n bytes to path (replacing it). Fails (aborts) when it cannot. */
void fuzz_util_write_file(const char *path, const void *data, size_t n);
/* Copies the file at src to dst. Fails (aborts) when it cannot. */
void fuzz_util_copy_file(const char *src, const char *dst);

#endif
