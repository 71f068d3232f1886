/* arena: bump allocator for data that lives exactly as long as its owner (a scenario,
 * a rubric). Everything allocated from an arena is freed at once by arena_free.
 * Allocation functions return NULL when out of memory; the arena stays usable. */
#ifndef RJ_ARENA_H
#define RJ_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);              /* NULL when out of memory */
void arena_free(Arena *a);           /* frees every block; a may be NULL */
void *arena_alloc(Arena *a, size_t size);   /* zeroed, aligned for any type */
char *arena_strdup(Arena *a, const char *s); /* NULL s gives NULL */
char *arena_strndup(Arena *a, const char *s, size_t n);
size_t arena_bytes(const Arena *a);  /* bytes reserved from malloc, for benchmarks */

#endif
