/* uuid: name-based (version 5, SHA-1) UUIDs after RFC 4122 section 4.3, so exports give
 * the same ids every time they are run over the same logs. SHA-1 is used only because
 * version 5 is defined with it; nothing here is a security measure.
 * No allocation. Errors: uuid_parse returns -1 on text that is not a UUID. */
#ifndef RJ_UUID_H
#define RJ_UUID_H

#include <stddef.h>
#include <stdint.h>

/* The namespace of every id rjsim derives: uuid5(NAMESPACE_URL, "https://rjsim.invalid/xapi")
 * = ae91960f-9c6c-5968-9d45-29e99e767de9. */
extern const uint8_t uuid_rjsim_namespace[16];
/* RFC 4122 appendix C's namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
extern const uint8_t uuid_url_namespace[16];

/* The version 5 UUID of name (len bytes) in namespace ns, as 36 lowercase characters and a
 * NUL in out. */
void uuid_v5(const uint8_t ns[16], const void *name, size_t len, char out[37]);
/* 16 bytes from "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (either case). 0 or -1. */
int uuid_parse(const char *text, uint8_t out[16]);

/* FIPS 180-4 SHA-1 of len bytes; exposed for the tests' known vectors. */
void uuid_sha1(const void *data, size_t len, uint8_t digest[20]);

#endif
