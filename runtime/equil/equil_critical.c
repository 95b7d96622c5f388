#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "crit.h"
#include "num.h"
#include "equil.h"

typedef struct
{
    double *p;
    int param;
    const bloch_model_t *m;
    int mode;                  /* which eigenvalue, 0 = the largest */
    int failed;
} line_t;

/* mu_mode - 1 at the symmetric solution at p[param] = v, for every mode
   (mu: nf values, NAN where missing).  Returns the number of odd modes,
   -1 on failure. */
static int margins(double *g, double v, line_t *l)
{
    equil_ctx_t q;
    double *y;
    int k, n = -1;

    l->p[l->param] = v;
    if (equil_ctx_init(&q, l->m, l->p, NULL, 0) != EQUIL_OK)
        return l->failed = 1, -1;
    y = blochgen_malloc(sizeof(double) * (q.nf + 1));
    if (!q.has_symmetry || equil_symmetric(y, g, &n, &q) != 0)
        l->failed = 1, n = -1;
    for (k = 0; k < n; k++)
        g[k] -= 1;
    free(y);
    equil_ctx_clear(&q);
    return n;
}

static double margin(double v, void *data)
{
    line_t *l = data;
    double *g = blochgen_malloc(sizeof(double) * (l->m->nobs + 1)), r;

    r = margins(g, v, l) > l->mode ? g[l->mode] : NAN;
    free(g);
    return r;
}


static int by_value(const void *a, const void *b)
{
    const equil_crit_t *u = a, *v = b;

    return (u->value > v->value) - (u->value < v->value);
}

int equil_critical(equil_crit_t *pts, int maxn, const double *p, int param, double a,
                   double b, int n, double tol, const bloch_model_t *m)
{
    double *q = blochgen_malloc(sizeof(double) * (m->nparams + 1)), v0 = a,
           *g0 = blochgen_malloc(sizeof(double) * 2 * (m->nobs + 1)), *g1 = g0 + m->nobs + 1;
    line_t l = {q, param, m, 0, 0};
    int k, j, cnt = 0, nm;

    memcpy(q, p, sizeof(double) * m->nparams);
    nm = margins(g0, a, &l);
    for (k = 1; k < n && !l.failed; k++)
    {
        double v = num_grid_value(a, b, n, k);
        if (margins(g1, v, &l) != nm)
            break;
        /* each eigenvalue (in descending order: a continuous function)
           crossing 1 between the samples */
        for (j = 0; j < nm && cnt < maxn; j++)
            if (g0[j] != 0 && (g1[j] == 0 || (g0[j] < 0) != (g1[j] < 0)))
            {
                l.mode = j;
                pts[cnt].mode = j;
                pts[cnt].value = v;
                if (g1[j] != 0 && num_brent(&pts[cnt].value, NULL, margin, &l, v0, v, tol, 0,
                                            300) != NUM_OK)
                    l.failed = 1;
                cnt++;
            }
        memcpy(g0, g1, sizeof(double) * nm);
        v0 = v;
    }
    free(q);
    free(g0);
    if (l.failed || nm <= 0)
        return -1;
    qsort(pts, cnt, sizeof(equil_crit_t), by_value);
    return cnt;
}
