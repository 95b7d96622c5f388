/* Steady state by GMRES preconditioned with a block Gauss-Seidel sweep
 * over slabs of FINITE_SLAB shells of equal non-identity count m
 * (docs/cumulants.md, "Iterative solution"). */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "finite.h"
#include "alloc.h"
#include "num.h"
#include "umfpack_compat.h"

/* Shells per slab by default.  Measured on dtfim_nbody (GMRES products at N = 40 on
   two hard points; N = 100 on an easy one): 1 shell: 2080 / 334, and
   42 at N = 100; 2: 184 / 81; 4: 74 / 49, and 27 at N = 100 with 7.5 s
   in all; 10: 34 / 31 but the slabs' LU costs more than it saves.  Every
   pair term moves one site from I to non-I, so the sweep's explicit part
   is the coupling of each slab to the next; thicker slabs take more of
   it into their exact solve. */
#define FINITE_SLAB 4

typedef struct
{
    const finite_struct *f;
    int nslab;
    long *start;            /* slab q: states start[q] .. start[q+1]-1 */
    void **num;             /* UMFPACK's LU of each slab's diagonal block */
    SuiteSparse_long **rp, **ci;
    double **val;
    double *t;              /* work: one slab's right-hand side */
    umf_long *wi;           /* UMFPACK's solve workspace for the largest slab */
    double *w;
    const umfpack_compat_t *U;
    double control[UMFPACK_CONTROL];
} slabs_t;

/* y = A' x, A' = A with row 0 replaced by x_0 (the normalization) */
static int op(double *y, const double *x, void *ctx)
{
    const finite_struct *f = ((slabs_t *) ctx)->f;
    long n;
    int i;

    y[0] = x[0];
    for (n = 1; n < f->dim; n++)
    {
        double s = 0;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            s += f->val[i] * x[f->col[i]];
        y[n] = s;
    }
    return 0;
}

/* z = (D + L)^-1 r: slabs in order of m, each solved exactly with the
   moments of the slabs below it already known */
static int prec(double *z, const double *r, void *ctx)
{
    slabs_t *s = ctx;
    const finite_struct *f = s->f;
    int q, i;

    z[0] = r[0];
    for (q = 1; q <= s->nslab; q++)
    {
        long a = s->start[q], e = s->start[q + 1], n;
        for (n = a; n < e; n++)
        {
            double v = r[n];
            for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
                if (f->col[i] < a)
                    v -= f->val[i] * z[f->col[i]];
            s->t[n - a] = v;
        }
        /* wsolve: umfpack_dl_solve would allocate (and the kernel zero)
           its workspace on each of the nslab solves of every product */
        if (s->U->dl_wsolve(UMFPACK_At, s->rp[q], s->ci[q], s->val[q], z + a, s->t, s->num[q],
                            s->control, NULL, s->wi, s->w) != UMFPACK_OK)
            return -1;
    }
    return 0;
}

/* the LU of slab q's diagonal block; 0 or -1 */
static int slab_factor(slabs_t *s, int q)
{
    const finite_struct *f = s->f;
    long a = s->start[q], e = s->start[q + 1], sz = e - a, nz = 0, r;
    long cap = f->rowptr[e] - f->rowptr[a];
    void *sym = NULL;
    int i, st;

    s->rp[q] = blochgen_malloc((sz + 1) * sizeof(SuiteSparse_long));
    s->ci[q] = blochgen_malloc((cap + 1) * sizeof(SuiteSparse_long));
    s->val[q] = blochgen_malloc((cap + 1) * sizeof(double));
    for (r = a; r < e; r++)
    {
        s->rp[q][r - a] = nz;
        for (i = f->rowptr[r]; i < f->rowptr[r + 1]; i++)
            if (f->col[i] >= a && f->col[i] < e)
                s->ci[q][nz] = f->col[i] - a, s->val[q][nz++] = f->val[i];
    }
    s->rp[q][sz] = nz;
    /* compressed rows are the columns of the transpose: solves use
       UMFPACK_At, as finite_steady does */
    st = s->U->dl_symbolic(sz, sz, s->rp[q], s->ci[q], s->val[q], &sym, s->control, NULL)
         == UMFPACK_OK &&
         s->U->dl_numeric(s->rp[q], s->ci[q], s->val[q], sym, &s->num[q], s->control, NULL)
         == UMFPACK_OK ? 0 : -1;
    if (sym)
        s->U->dl_free_symbolic(&sym);
    return st;
}

int finite_steady_iter(double *x, finite_iter_info_t *it, const finite_t f, int slab, double tol,
                       int maxit)
{
    slabs_t s;
    int N = f->N, m, q, st = 0;
    long n, big = 0;
    double *b;

    memset(&s, 0, sizeof s);
    memset(it, 0, sizeof *it);
    if ((s.U = umfpack_compat(NULL)) == NULL)
        return FINITE_NO_UMFPACK;
    slab = slab > 0 ? slab : FINITE_SLAB;
    s.f = f;
    s.start = blochgen_malloc((N + 2) * sizeof(long));
    /* finite_rank orders the states by m (its outermost sum), so a slab
       is a range of ranks: slab q holds m = (q-1) W + 1 .. q W */
    s.start[0] = 0;
    for (m = 1, n = 1, q = 1; m <= N; m++)
    {
        while (n < f->dim && N - f->cnt[n * f->T] < m)
            n++;
        if ((m - 1) % slab == 0)
            s.start[q++] = n;
    }
    s.nslab = q - 1;
    s.start[q] = f->dim;
    s.num = blochgen_calloc(q, sizeof(void *));
    s.rp = blochgen_calloc(q, sizeof(void *));
    s.ci = blochgen_calloc(q, sizeof(void *));
    s.val = blochgen_calloc(q, sizeof(void *));
    s.U->dl_defaults(s.control);
    /* the slabs are as nearly structurally symmetric as the whole matrix
       (finite_steady): symmetric strategy, METIS, else AMD */
    s.control[UMFPACK_STRATEGY] = UMFPACK_STRATEGY_SYMMETRIC;
    s.control[UMFPACK_ORDERING] = UMFPACK_ORDERING_METIS;
    for (q = 1; st == 0 && q <= s.nslab; q++)
    {
        st = slab_factor(&s, q);
        if (st && q == 1 && s.control[UMFPACK_ORDERING] == UMFPACK_ORDERING_METIS)
        {
            /* a SuiteSparse built without METIS */
            free(s.rp[q]), free(s.ci[q]), free(s.val[q]);
            s.control[UMFPACK_ORDERING] = UMFPACK_ORDERING_AMD;
            st = slab_factor(&s, q);
        }
        big = s.start[q + 1] - s.start[q] > big ? s.start[q + 1] - s.start[q] : big;
    }
    if (st == 0)
    {
        num_linop_t pb = {f->dim, op, prec, &s};
        num_gmres_opts_t o = {FINITE_RESTART, maxit, tol};
        num_gmres_info_t gi;
        s.t = blochgen_malloc(big * sizeof(double));
        s.wi = blochgen_malloc(big * sizeof(umf_long));
        s.w = blochgen_malloc(big * sizeof(double));
        /* a preconditioner needs no iterative refinement (UMFPACK's
           default, 2 steps, triples each solve) */
        s.control[UMFPACK_IRSTEP] = 0;
        b = blochgen_calloc(f->dim, sizeof(double));
        b[0] = 1;
        /* start: the maximally mixed state (all moments 0) */
        memset(x, 0, f->dim * sizeof(double));
        x[0] = 1;
        st = num_gmres(x, &gi, &pb, b, &o);
        it->iters = gi.iters;
        it->resid = gi.resid;
        st = st == NUM_OK ? 0 : -3;
        if (st == 0)
        {
            /* iterative refinement, each correction d = A'^-1 (e_0 - A' x)
               by GMRES to two digits: its size estimates the error of x
               (the residual does not see a slow mode; at N = 60 next to
               the first-order line GMRES's x is off by 6e-9 with residual
               2e-13).  A correction is applied while it shrinks by 4 or
               more; the last one, not applied, is the estimate. */
            double *d = blochgen_malloc(f->dim * sizeof(double)), prev = INFINITY;
            num_gmres_opts_t o2 = {FINITE_RESTART, maxit, 1e-2};
            int step;
            for (step = 0; step < 4; step++)
            {
                op(b, x, &s);
                for (n = 0; n < f->dim; n++)
                    b[n] = (n == 0) - b[n];
                memset(d, 0, f->dim * sizeof(double));
                it->err = num_gmres(d, &gi, &pb, b, &o2) == NUM_OK ? 0 : INFINITY;
                it->iters += gi.iters;
                for (n = 0; n < f->dim; n++)
                    it->err = fmax(it->err, fabs(d[n]));
                if (step == 3 || !(it->err < prev / 4))
                    break;
                for (n = 0; n < f->dim; n++)
                    x[n] += d[n];
                prev = it->err;
            }
            op(b, x, &s);
            for (n = 0, it->resid = 0; n < f->dim; n++)
                it->resid += (b[n] - (n == 0)) * (b[n] - (n == 0));
            it->resid = sqrt(it->resid);
            free(d);
        }
        free(b);
    }
    it->slab = slab;
    for (q = 1; q <= s.nslab; q++)
    {
        if (s.num[q])
            s.U->dl_free_numeric(&s.num[q]);
        free(s.rp[q]), free(s.ci[q]), free(s.val[q]);
    }
    free(s.start), free(s.num), free(s.rp), free(s.ci), free(s.val), free(s.t);
    free(s.wi), free(s.w);
    if (st)
        return st;
    for (n = 0; n < f->dim; n++)
        if (!(fabs(x[n]) <= 1 + 1e-9))
            return -2;
    return 0;
}
