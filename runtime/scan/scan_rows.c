#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "alloc.h"
#include "scan.h"
#include "phys.h"
#include "stab.h"

/* One row: x fixed at value i, y over its range.  q is the thread's copy
   of the parameters.  Without a closed form, the search at each point
   starts from the previous point's state (guess, nobs doubles): the same
   branch along the row, and the same CSV whatever the thread that does
   the row. */
static void scan_row(scan_grid_t *g, int i, double *q, const bloch_model_t *m, double *work,
                     double *guess, steady_set_t *set, double **prev, int *alloc, phys_t *phys)
{
    long base = (long) (i - g->row0) * g->y.n;
    int j, have = 0, nprev = 0;

    q[g->x.param] = num_range_value(&g->x, i);
    for (j = 0; j < g->y.n; j++)
    {
        unsigned char *ph = g->phase + base + j;
        q[g->y.param] = num_range_value(&g->y, j);
        if (g->attr)
        {
            /* warm starts: the previous point's states (same row, so the
               same whatever the thread); the seed is the point's index */
            scan_point_attr(g->nstable + base + j, g->cls + base + j, set, *prev, nprev, q,
                            g->starts, (unsigned long) i * g->y.n + j, m);
            if (set->n > *alloc)
            {
                *alloc = set->n;
                *prev = realloc(*prev, sizeof(double) * m->nobs * *alloc);
                if (*prev == NULL)
                    blochgen_alloc_fail(sizeof(double) * m->nobs * *alloc);
            }
            nprev = set->n;
            if (nprev > 0)
                memcpy(*prev, set->x, sizeof(double) * m->nobs * nprev);
        }
        if (!g->sym)
        {
            g->gap[base + j] = g->freq[base + j] = NAN;
            *ph = STAB_PHASE_NONE;
            continue;
        }
        scan_point_from(g->gap + base + j, g->freq + base + j, ph, have ? guess : NULL, q, m,
                        work);
        have = !m->has_symmetric && *ph != STAB_PHASE_NONE && *ph != STAB_PHASE_AMBIGUOUS &&
               *ph != SCAN_FAILED;
        /* a phase is a verdict on a state: only on a density matrix (work
           holds the symmetric state) */
        if (have || (m->has_symmetric && *ph <= STAB_PHASE_EVEN_UNSTABLE))
            if (phys != NULL && phys_check(NULL, work, phys) == 0)
                *ph = STAB_PHASE_UNPHYSICAL;
        if (have)
            memcpy(guess, work, sizeof(double) * m->nobs);
    }
}

int scan_rows(scan_grid_t *g, int r0, int r1, const double *p, const bloch_model_t *m,
              void (*tick)(void *ctx, long n), void *ctx)
{
    long done = 0, shown = 0;

#pragma omp parallel
    {
        double *q = blochgen_malloc(sizeof(double) * (m->nparams + 1));
        double *work = blochgen_malloc(sizeof(double) * (scan_worksize(m) + m->nobs));
        int i, thread0 = 1, alloc = 0;
        double *prev = NULL;
        steady_set_t set;
        phys_t phys;
        char msg[256];
        int have_phys = g->sym && phys_init(&phys, m, p, msg, sizeof msg) == DM_OK;
        steady_set_init(&set, m);
#ifdef _OPENMP
        thread0 = omp_get_thread_num() == 0;
#endif
        memcpy(q, p, sizeof(double) * m->nparams);
        /* static, by rows: each row is written by exactly one thread */
#pragma omp for schedule(static, 1)
        for (i = r0; i < r1; i++)
        {
            long now;
            scan_row(g, i, q, m, work, work + scan_worksize(m), &set, &prev, &alloc,
                     have_phys ? &phys : NULL);
#pragma omp atomic capture
            now = done += g->y.n;
            if (thread0 && tick != NULL)  /* only thread 0 draws the bar */
            {
                tick(ctx, now - shown);
                shown = now;
            }
        }
        free(q);
        free(work);
        free(prev);
        steady_set_clear(&set);
        if (have_phys)
            phys_clear(&phys);
    }
    if (tick != NULL)
        tick(ctx, done - shown);
    return 0;
}
