#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"
#include "num.h"

void dmss_sweep_init(dmss_sweep_t *s, const double *p, int vary, double a, double b, int n,
                     const dmss_opts_t *o, const bloch_model_t *m)
{
    int d, g;

    memset(s, 0, sizeof *s);
    s->m = m, s->vary = vary, s->n = n, s->a = a, s->b = b, s->opts = *o;
    s->init_sign = 1;
    s->fail_par = NAN;
    s->p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    memcpy(s->p, p, sizeof(double) * m->nparams);
    for (d = 0; d < 2; d++)
    {
        s->row[d] = blochgen_calloc(n, sizeof(dmss_row_t));
        s->row[d][0].x = blochgen_calloc((size_t) n * m->nobs, sizeof(double));
        for (g = 0; g < n; g++)
        {
            s->row[d][g].x = s->row[d][0].x + (size_t) g * m->nobs;
            s->row[d][g].dir = d ? -1 : 1;
        }
    }
}

void dmss_sweep_clear(dmss_sweep_t *s)
{
    int d;

    for (d = 0; d < 2; d++)
    {
        free(s->row[d][0].x);
        free(s->row[d]);
    }
    free(s->p);
}

double dmss_grid_value(const dmss_sweep_t *s, int g)
{
    return num_grid_value(s->a, s->b, s->n, g);
}
