/* The scan CSV.  printf's %.17g is exact but slow (~0.3 us a number), so
 * the lines are formatted on all threads into blocks that one thread then
 * writes in order: the bytes are those of a plain fprintf loop. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "alloc.h"
#include "scan.h"
#include "stab.h"

#define NUM_MAX 32          /* one %.17g number: at most 24 characters */
#define SCAN_LINE_MAX 160   /* x,y,gap,frequency,phase,stable_states,class\n: at most 130 */
#define BLOCK 8192          /* points per formatted block */

static int put_num(char *s, double v)
{
    return snprintf(s, NUM_MAX, "%.17g", v);
}

void scan_write_header(FILE *f, const scan_grid_t *g, const double *p, const bloch_model_t *m)
{
    const char *x = m->params[g->x.param], *y = m->params[g->y.param];
    num_range_t r[2] = {g->x, g->y};

    /* the column header first, then the run's parameters as comments */
    fprintf(f, "%s,%s%s%s\n", x, y, g->sym ? ",gap,frequency,phase" : "",
            g->attr ? ",stable_states,class" : "");
    csv_print_params_vary(f, p, m, r, 2);
    fprintf(f, "# scan: x %s=", x);
    csv_print_range(f, &g->x);
    fprintf(f, ", y %s=", y);
    csv_print_range(f, &g->y);
    if (g->sym)
        fprintf(f, "; symmetric state (closed form, else found numerically), gap = -max "
                   "Re(mu), frequency = |Im mu| of the slowest mode");
    if (g->attr)
        fprintf(f, "; attractors: steady_find_all from %d random physical starts a point and "
                   "the previous point's states, stable_states = stable physical steady "
                   "states, class by attractors up to the symmetry, %d relaxations for limit "
                   "cycles",
                g->starts, SCAN_ATTR_RELAX);
    fprintf(f, "\n");
}

/* Points k0 <= k < k1 into out; returns the number of bytes.  ys/ylen: the
   y values, formatted once. */
static size_t format_block(char *out, long k0, long k1, const scan_grid_t *g, const char *ys,
                           const unsigned char *ylen)
{
    char xs[NUM_MAX], *o = out;
    long k;
    int i = -1, xl = 0;

    for (k = k0; k < k1; k++)
    {
        int j = (int) (k % g->y.n);
        const char *ph = stab_phase_name(g->phase[k]);
        size_t pl = strlen(ph);
        if (k / g->y.n != i)
        {
            i = (int) (k / g->y.n);
            xl = put_num(xs, num_range_value(&g->x, i + g->row0));
        }
        memcpy(o, xs, xl);
        o += xl;
        *o++ = ',';
        memcpy(o, ys + (long) NUM_MAX * j, ylen[j]);
        o += ylen[j];
        if (g->sym)
        {
            *o++ = ',';
            o += put_num(o, g->gap[k]);
            *o++ = ',';
            o += put_num(o, g->freq[k]);
            *o++ = ',';
            memcpy(o, ph, pl);
            o += pl;
        }
        if (g->attr)
        {
            const char *cn = scan_class_name(g->cls[k]);
            o += snprintf(o, 24, ",%d,", g->nstable[k]);
            memcpy(o, cn, strlen(cn));
            o += strlen(cn);
        }
        *o++ = '\n';
    }
    return (size_t) (o - out);
}

int scan_write_rows(FILE *f, const scan_grid_t *g, int i0, int i1)
{
    int nbuf = 4, b, j, ok = 1;
    char *ys = blochgen_malloc((size_t) NUM_MAX * g->y.n), **buf;
    unsigned char *ylen = blochgen_malloc(g->y.n);
    size_t *len;
    long start, k0 = (long) (i0 - g->row0) * g->y.n, k1 = (long) (i1 - g->row0) * g->y.n;

#ifdef _OPENMP
    nbuf = 4 * omp_get_max_threads();
#endif
    buf = blochgen_calloc(nbuf, sizeof(char *));
    len = blochgen_calloc(nbuf, sizeof(size_t));
    for (b = 0; b < nbuf; b++)
        buf[b] = blochgen_malloc((size_t) SCAN_LINE_MAX * BLOCK);
#pragma omp parallel for schedule(static)
    for (j = 0; j < g->y.n; j++)
        ylen[j] = (unsigned char) put_num(ys + (long) NUM_MAX * j, num_range_value(&g->y, j));
    for (start = k0; ok && start < k1; start += (long) nbuf * BLOCK)
    {
#pragma omp parallel for schedule(static, 1)
        for (b = 0; b < nbuf; b++)
        {
            long a0 = start + (long) b * BLOCK, a1 = a0 + BLOCK;
            len[b] = a0 < k1 ? format_block(buf[b], a0, a1 < k1 ? a1 : k1, g, ys, ylen) : 0;
        }
        for (b = 0; b < nbuf && ok; b++)
            ok = fwrite(buf[b], 1, len[b], f) == len[b];
    }
    for (b = 0; b < nbuf; b++)
        free(buf[b]);
    free(buf);
    free(len);
    free(ys);
    free(ylen);
    return ok && !ferror(f) ? 0 : -1;
}

int scan_write_csv(FILE *f, const scan_grid_t *g, const double *p, const bloch_model_t *m)
{
    scan_write_header(f, g, p, m);
    return scan_write_rows(f, g, g->row0, g->row0 + g->nrows);
}
