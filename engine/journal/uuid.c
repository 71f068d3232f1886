/* uuid: SHA-1 (FIPS 180-4, section 6.1) and version 5 UUIDs built on it. */
#include "uuid.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

const uint8_t uuid_rjsim_namespace[16] = { 0xae, 0x91, 0x96, 0x0f, 0x9c, 0x6c, 0x59, 0x68,
                                           0x9d, 0x45, 0x29, 0xe9, 0x9e, 0x76, 0x7d, 0xe9 };
const uint8_t uuid_url_namespace[16] = { 0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                         0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };

typedef struct Sha1 {
    uint32_t h[5];
    uint8_t block[64];
    size_t used;
    uint64_t bytes;
} Sha1;

static uint32_t rol(uint32_t x, int n)
{
    return x << n | x >> (32 - n);
}

static void sha1_block(Sha1 *c, const uint8_t *p)
{
    uint32_t w[80], a = c->h[0], b = c->h[1], d = c->h[3], e = c->h[4], cc = c->h[2];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | p[4 * t + 3];
    for (int t = 16; t < 80; t++)
        w[t] = rol(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20)
            f = (b & cc) | (~b & d), k = 0x5a827999;
        else if (t < 40)
            f = b ^ cc ^ d, k = 0x6ed9eba1;
        else if (t < 60)
            f = (b & cc) | (b & d) | (cc & d), k = 0x8f1bbcdc;
        else
            f = b ^ cc ^ d, k = 0xca62c1d6;
        uint32_t tmp = rol(a, 5) + f + e + k + w[t];
        e = d, d = cc, cc = rol(b, 30), b = a, a = tmp;
    }
    c->h[0] += a, c->h[1] += b, c->h[2] += cc, c->h[3] += d, c->h[4] += e;
}

static void sha1_add(Sha1 *c, const void *data, size_t len)
{
    const uint8_t *p = data;
    c->bytes += len;
    while (len > 0) {
        size_t n = 64 - c->used < len ? 64 - c->used : len;
        memcpy(c->block + c->used, p, n);
        c->used += n, p += n, len -= n;
        if (c->used == 64) {
            sha1_block(c, c->block);
            c->used = 0;
        }
    }
}

static void sha1_end(Sha1 *c, uint8_t digest[20])
{
    uint64_t bits = c->bytes * 8;
    uint8_t pad = 0x80, zero = 0, len[8];
    sha1_add(c, &pad, 1);
    while (c->used != 56)
        sha1_add(c, &zero, 1);
    for (int i = 0; i < 8; i++)
        len[i] = (uint8_t)(bits >> (56 - 8 * i));
    sha1_add(c, len, 8);
    for (int i = 0; i < 20; i++)
        digest[i] = (uint8_t)(c->h[i / 4] >> (24 - 8 * (i % 4)));
}

static void sha1_start(Sha1 *c)
{
    static const uint32_t h0[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
    memset(c, 0, sizeof *c);
    memcpy(c->h, h0, sizeof h0);
}

void uuid_sha1(const void *data, size_t len, uint8_t digest[20])
{
    Sha1 c;
    sha1_start(&c);
    sha1_add(&c, data, len);
    sha1_end(&c, digest);
}

void uuid_v5(const uint8_t ns[16], const void *name, size_t len, char out[37])
{
    Sha1 c;
    uint8_t d[20];
    sha1_start(&c);
    sha1_add(&c, ns, 16);
    sha1_add(&c, name, len);
    sha1_end(&c, d);
    d[6] = (uint8_t)((d[6] & 0x0f) | 0x50); /* version 5 */
    d[8] = (uint8_t)((d[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12],
             d[13], d[14], d[15]);
}

static int hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

int uuid_parse(const char *text, uint8_t out[16])
{
    int n = 0;
    for (int i = 0; i < 36; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash) {
            if (text[i] != '-')
                return -1;
            continue;
        }
        int hi = hex_value(text[i]), lo = hi < 0 ? -1 : hex_value(text[i + 1]);
        if (lo < 0)
            return -1;
        out[n++] = (uint8_t)(hi << 4 | lo);
        i++;
    }
    return text[36] == '\0' ? 0 : -1;
}
