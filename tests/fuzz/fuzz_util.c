/* fuzz_util: failing, text checks and the process's temporary folder. */
#include "fuzz_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_TEMP_FILES = 16 };

static char temp_dir[512];
static char temp_files[MAX_TEMP_FILES][600];
static int ntemp_files;

void fuzz_util_fail(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz: %s: %s\n", what, detail ? detail : "");
    abort();
}

bool fuzz_util_valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i], cp, min;
        size_t len;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4, min = 0x10000;
        else
            return false;
        if (i + len > n)
            return false;
        cp = c & (0x3Fu >> (len - 1));
        for (size_t k = 1; k < len; k++) {
            if ((u[i + k] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (u[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

bool fuzz_util_has_control(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++)
        if (u[i] < 0x20 || u[i] == 0x7F || (u[i] == 0xC2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F))
            return true;
    return false;
}

static void remove_temp(void)
{
    for (int i = 0; i < ntemp_files; i++)
        unlink(temp_files[i]);
    if (temp_dir[0])
        rmdir(temp_dir);
}

const char *fuzz_util_tempdir(void)
{
    if (!temp_dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(temp_dir, sizeof temp_dir, "%s/rjsim-fuzz-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
        if (!mkdtemp(temp_dir)) {
            temp_dir[0] = '\0';
            fuzz_util_fail("cannot make a temporary folder", getenv("TMPDIR"));
        }
        atexit(remove_temp);
    }
    return temp_dir;
}

const char *fuzz_util_temp_path(const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s/%s", fuzz_util_tempdir(), name);
    for (int i = 0; i < ntemp_files; i++)
        if (strcmp(temp_files[i], buf) == 0)
            return buf;
    if (ntemp_files == MAX_TEMP_FILES)
        fuzz_util_fail("too many temporary files", name);
    snprintf(temp_files[ntemp_files++], sizeof temp_files[0], "%s", buf);
    return buf;
}

void fuzz_util_write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(data, 1, n, f) == n;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok)
        fuzz_util_fail("cannot write", path);
}

void fuzz_util_copy_file(const char *src, const char *dst)
{
    FILE *f = fopen(src, "rb");
    char *buf = NULL;
    size_t n = 0;
    long len = -1;
    if (f && fseek(f, 0, SEEK_END) == 0)
        len = ftell(f);
    if (len < 0 || fseek(f, 0, SEEK_SET) != 0 || !(buf = malloc((size_t)len + 1)) ||
        (n = fread(buf, 1, (size_t)len, f)) != (size_t)len) {
        if (f)
            fclose(f);
        free(buf);
        fuzz_util_fail("cannot read", src);
    }
    fclose(f);
    fuzz_util_write_file(dst, buf, n);
    free(buf);
}
