/* alloc.h: the one allocation policy of blochgen, after FLINT's
 * flint_malloc.  An allocation that fails is not a result a caller can
 * act on (every size here is bounded by a named limit before it is
 * asked for), so these print what was asked for and abort; callers never
 * test for NULL.  Sizes of zero allocate one byte, so a valid pointer is
 * always returned. */
#ifndef BLOCHGEN_ALLOC_H
#define BLOCHGEN_ALLOC_H

#include <stdio.h>
#include <stdlib.h>

static inline void blochgen_alloc_fail(size_t n)
{
    fprintf(stderr, "blochgen: out of memory (allocating %zu bytes)\n", n);
    abort();
}

static inline void *blochgen_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        blochgen_alloc_fail(n);
    return p;
}

static inline void *blochgen_calloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (p == NULL)
    {
        /* count * size may not fit in a size_t: say both */
        fprintf(stderr, "blochgen: out of memory (allocating %zu x %zu bytes)\n", count, size);
        abort();
    }
    return p;
}

static inline void *blochgen_realloc(void *old, size_t n)
{
    void *p = realloc(old, n ? n : 1);
    if (p == NULL)
        blochgen_alloc_fail(n);
    return p;
}

#endif
