#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "scan.h"

/* Bytes of physical memory, or 0 when unknown. */
static double phys_bytes(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (double) pages * size : 0;
}

int scan_grid_init(scan_grid_t *g, const num_range_t *x, const num_range_t *y, int r0, int r1)
{
    g->x = *x;
    g->y = *y;
    g->row0 = r0;
    g->nrows = r1 - r0;
    g->npts = (long) g->nrows * y->n;
    g->gap = g->freq = NULL;
    g->phase = g->nstable = g->cls = NULL;
    g->attr = 0;
    g->sym = 1;
    g->starts = 0;
    /* refuse more than the machine has (rather than
       swap) and sizes whose byte count would overflow */
    if ((uint64_t) g->npts <= SIZE_MAX / (2 * sizeof(double) + 1) &&
        (phys_bytes() == 0 || (double) SCAN_POINT_BYTES * g->npts <= phys_bytes()))
    {
        long n = g->npts > 0 ? g->npts : 1;     /* a rank may hold no rows */
        /* the user's size: refused with a message, not the aborting
           allocator of compat/alloc.h */
        g->gap = malloc(sizeof(double) * n);
        g->freq = malloc(sizeof(double) * n);
        g->phase = malloc(n);
    }
    if (g->gap == NULL || g->freq == NULL || g->phase == NULL)
    {
        scan_grid_clear(g);
        return -1;
    }
    return 0;
}

int scan_grid_attr(scan_grid_t *g, int starts, int sym)
{
    long n = g->npts > 0 ? g->npts : 1;

    g->attr = 1;
    g->sym = sym;
    g->starts = starts;
    if ((phys_bytes() == 0 ||
         (double) (SCAN_POINT_BYTES + SCAN_ATTR_BYTES) * g->npts <= phys_bytes()))
    {
        g->nstable = malloc(n);
        g->cls = malloc(n);
    }
    if (g->nstable == NULL || g->cls == NULL)
    {
        scan_grid_clear(g);
        return -1;
    }
    return 0;
}

void scan_grid_clear(scan_grid_t *g)
{
    free(g->gap);
    free(g->freq);
    free(g->phase);
    free(g->nstable);
    free(g->cls);
    g->gap = g->freq = NULL;
    g->phase = g->nstable = g->cls = NULL;
}

void scan_count(long *count, const scan_grid_t *g)
{
    long k;

    for (k = 0; k < SCAN_NCODES; k++)
        count[k] = 0;
    for (k = 0; k < g->npts; k++)
        count[g->phase[k] < SCAN_NCODES ? g->phase[k] : SCAN_FAILED]++;
}
