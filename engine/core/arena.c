/* arena: a chain of blocks; large requests get a block of their own. */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 64 * 1024 };

typedef struct Block {
    struct Block *next;
    size_t used, size;
    alignas(max_align_t) unsigned char data[];
} Block;

struct Arena {
    Block *head;
    size_t bytes;
};

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (Block *b = a->head; b;) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    Block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        Block *nb = malloc(sizeof(Block) + bsize);
        if (!nb)
            return NULL;
        nb->used = 0;
        nb->size = bsize;
        a->bytes += sizeof(Block) + bsize;
        if (b && bsize == size) {
            /* A dedicated block for a big request goes behind the current one so the
             * current block's free space is not wasted. */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

size_t arena_bytes(const Arena *a)
{
    return a->bytes;
}
