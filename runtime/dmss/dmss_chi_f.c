#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"
#include "qinfo.h"

typedef struct
{
    const double *x;        /* the steady state at p */
    double *p, *y;
    int vary;
    double tol;
    const bloch_model_t *m;
    int d;
} family_t;

/* rho at parameter value q: the steady state continued from x by Newton. */
static int family(double *rho, double q, void *ctx)
{
    family_t *f = ctx;
    dm_ctx_t c;

    double gap;

    f->p[f->vary] = q;
    if (dmss_newton_at(f->y, &gap, f->x, f->p, f->tol, f->m) != 0 || !(gap > 0))
        return -1;
    if (dm_ctx_init(&c, f->m, f->p, NULL, 0) != DM_OK)
        return -1;
    dm_from_bloch((dm_cplx *) rho, f->y, &c);
    dm_ctx_clear(&c);
    return 0;
}

int dmss_chi_f(double *chi, double *dp, double *err, const double *x, const double *p, int vary,
               const dmss_opts_t *o, const bloch_model_t *m)
{
    family_t f;
    double dp0;
    int st;

    f.x = x, f.vary = vary, f.tol = o->tol, f.m = m, f.d = 1 << m->sites;
    f.p = blochgen_malloc(sizeof(double) * (m->nparams + m->nobs));
    f.y = f.p + m->nparams;
    memcpy(f.p, p, sizeof(double) * m->nparams);
    for (dp0 = o->chi_dp0, st = -1; st < 0 && dp0 >= DMSS_CHI_DP_MIN; dp0 /= 4)
        st = qinfo_chi_f_converge(chi, dp, err, family, &f, p[vary], dp0, o->chi_rtol,
                                  o->chi_atol, f.d);
    if (st < 0)
        *chi = *dp = *err = NAN;
    free(f.p);
    return st;
}
