/* Steady state by GMRES preconditioned with one block Gauss-Seidel sweep
 * (docs/cumulants.md, "Iterative solution").  The blocks: for one spin per
 * site, slabs of FINITE_SLAB shells of equal non-identity count m; for two,
 * aggregates of strongly coupled states within a shell (there a slab's LU
 * fills in: 7.4 GB at N = 6). */
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

/* Aggregates (two spins per site): states n, j of one shell are strongly
   coupled when |A_nj| >= FINITE_AGG_THETA max_j' |A_nj'| (off-diagonal,
   same shell); the aggregates are the connected components of that
   graph, grown by union-find but never beyond FINITE_AGG_CAP states.
   Measured on pump_loss_nbody at N = 7 (h1 0.5, h2 10, lambda 0.01, gup
   1, gdown 0.3; GMRES products, seconds): theta 0.5, cap 200: 213, 12.6 s;
   0.5, 1000: 229, 19.9 s; 0.2, 1000: 111, 9.8 s; 0.1, 1000: 103, 9.6 s;
   0.1, 300: 280; 0.1, 3000: 157; 0.05, 1000: no convergence in 1500. */
#define FINITE_AGG_THETA 0.1
#define FINITE_AGG_CAP 1000

/* An ordered partition of the states 1 .. dim-1 into blocks, each with
   the LU of its diagonal block of A' (state 0 is the normalization) */
typedef struct
{
    const finite_struct *f;
    long nb;                /* blocks */
    long *bstart;           /* block b: order[bstart[b] .. bstart[b+1]-1] */
    long *order;            /* the states, block by block */
    long *pos;              /* the block of each state; -1 for state 0 */
    long big;               /* the largest block */
    void **num;             /* UMFPACK's LU of each diagonal block */
    SuiteSparse_long **rp, **ci;
    double **val;
    double *t, *u;          /* work: one block's right-hand side, solution */
    umf_long *wi;           /* UMFPACK's solve workspace */
    double *w;
    const umfpack_compat_t *U;
    double control[UMFPACK_CONTROL];
} blocks_t;

/* y = A' x, A' = A with row 0 replaced by x_0 (the normalization) */
static int op(double *y, const double *x, void *ctx)
{
    const finite_struct *f = ((blocks_t *) ctx)->f;
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

/* z = (D + L)^-1 r: the blocks in order, each solved exactly with the
   values of the blocks before it already known */
static int prec(double *z, const double *r, void *ctx)
{
    blocks_t *s = ctx;
    const finite_struct *f = s->f;
    long b, k;
    int i;

    z[0] = r[0];
    for (b = 0; b < s->nb; b++)
    {
        long a = s->bstart[b], e = s->bstart[b + 1];
        for (k = a; k < e; k++)
        {
            long n = s->order[k];
            double v = r[n];
            for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
                if (s->pos[f->col[i]] < b)
                    v -= f->val[i] * z[f->col[i]];
            s->t[k - a] = v;
        }
        /* wsolve: umfpack_dl_solve would allocate (and the kernel zero)
           its workspace on each of the nb solves of every product */
        if (s->U->dl_wsolve(UMFPACK_At, s->rp[b], s->ci[b], s->val[b], s->u, s->t, s->num[b],
                            s->control, NULL, s->wi, s->w) != UMFPACK_OK)
            return -1;
        for (k = a; k < e; k++)
            z[s->order[k]] = s->u[k - a];
    }
    return 0;
}

/* the LU of block b's diagonal block; loc: dim longs of scratch.  0 or -1 */
static int block_factor(blocks_t *s, long b, long *loc)
{
    const finite_struct *f = s->f;
    long a = s->bstart[b], e = s->bstart[b + 1], sz = e - a, nz = 0, cap = 0, k;
    void *sym = NULL;
    int i, st;

    for (k = a; k < e; k++)
    {
        loc[s->order[k]] = k - a;
        cap += f->rowptr[s->order[k] + 1] - f->rowptr[s->order[k]];
    }
    s->rp[b] = blochgen_malloc((sz + 1) * sizeof(SuiteSparse_long));
    s->ci[b] = blochgen_malloc((cap + 1) * sizeof(SuiteSparse_long));
    s->val[b] = blochgen_malloc((cap + 1) * sizeof(double));
    for (k = a; k < e; k++)
    {
        long n = s->order[k];
        s->rp[b][k - a] = nz;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            if (s->pos[f->col[i]] == b)
                s->ci[b][nz] = loc[f->col[i]], s->val[b][nz++] = f->val[i];
    }
    s->rp[b][sz] = nz;
    /* compressed rows are the columns of the transpose: solves use
       UMFPACK_At, as finite_steady does */
    st = s->U->dl_symbolic(sz, sz, s->rp[b], s->ci[b], s->val[b], &sym, s->control, NULL)
         == UMFPACK_OK &&
         s->U->dl_numeric(s->rp[b], s->ci[b], s->val[b], sym, &s->num[b], s->control, NULL)
         == UMFPACK_OK ? 0 : -1;
    if (sym)
        s->U->dl_free_symbolic(&sym);
    return st;
}

static long uf_find(long *p, long x)
{
    while (p[x] != x)
        x = p[x] = p[p[x]];
    return x;
}

/* s->pos = the slabs of `slab` shells: finite_rank orders the states by m
   (its outermost sum), so slab q holds m = (q-1) slab + 1 .. q slab */
static void partition_slabs(blocks_t *s, int slab)
{
    const finite_struct *f = s->f;
    long n;

    s->pos[0] = -1;
    for (n = 1; n < f->dim; n++)
        s->pos[n] = (f->N - f->cnt[n * f->T] - 1) / slab;
}

/* s->pos = the aggregates: union-find over the strong couplings within
   a shell (FINITE_AGG_THETA, FINITE_AGG_CAP), numbered in the order of
   their first state (so by m); p, size: dim longs of scratch */
static void partition_aggregates(blocks_t *s, long *p, long *size)
{
    const finite_struct *f = s->f;
    long n, nb = 0;
    int i, T = f->T;

    for (n = 0; n < f->dim; n++)
        p[n] = n, size[n] = 1, s->pos[n] = -1;
    for (n = 1; n < f->dim; n++)
    {
        double mx = 0;
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
            if (f->col[i] != n && f->cnt[f->col[i] * T] == f->cnt[n * T])
                mx = fmax(mx, fabs(f->val[i]));
        for (i = f->rowptr[n]; i < f->rowptr[n + 1]; i++)
        {
            long j = f->col[i], ra, rb;
            if (j == n || f->cnt[j * T] != f->cnt[n * T] ||
                !(fabs(f->val[i]) >= FINITE_AGG_THETA * mx))
                continue;
            ra = uf_find(p, n), rb = uf_find(p, j);
            if (ra != rb && size[ra] + size[rb] <= FINITE_AGG_CAP)
                p[rb] = ra, size[ra] += size[rb];
        }
    }
    /* state 0 (all identity) is a shell of its own: never joined */
    for (n = 1; n < f->dim; n++)
    {
        long r = uf_find(p, n);
        if (s->pos[r] < 0)
            s->pos[r] = nb++;
        s->pos[n] = s->pos[r];
    }
    s->pos[0] = -1;
}

/* order, bstart, nb, big from pos (blocks 0 .. nb-1, states in rank
   order within each); cnt: dim + 1 longs of scratch */
static void blocks_order(blocks_t *s, long *cnt)
{
    const finite_struct *f = s->f;
    long n, b;

    s->nb = 0;
    for (n = 1; n < f->dim; n++)
        s->nb = s->pos[n] + 1 > s->nb ? s->pos[n] + 1 : s->nb;
    memset(cnt, 0, (s->nb + 1) * sizeof(long));
    for (n = 1; n < f->dim; n++)
        cnt[s->pos[n] + 1]++;
    s->bstart = blochgen_malloc((s->nb + 1) * sizeof(long));
    s->bstart[0] = 0;
    s->big = 0;
    for (b = 0; b < s->nb; b++)
    {
        s->bstart[b + 1] = s->bstart[b] + cnt[b + 1];
        s->big = cnt[b + 1] > s->big ? cnt[b + 1] : s->big;
    }
    s->order = blochgen_malloc((f->dim - 1 > 0 ? f->dim - 1 : 1) * sizeof(long));
    memset(cnt, 0, (s->nb + 1) * sizeof(long));
    for (n = 1; n < f->dim; n++)
        s->order[s->bstart[s->pos[n]] + cnt[s->pos[n]]++] = n;
}

int finite_steady_iter(double *x, finite_iter_info_t *it, const finite_t f, int slab, double tol,
                       int maxit)
{
    blocks_t s;
    int st = 0;
    long n, b, *scratch;
    double *rhs;

    memset(&s, 0, sizeof s);
    memset(it, 0, sizeof *it);
    if ((s.U = umfpack_compat(NULL)) == NULL)
        return FINITE_NO_UMFPACK;
    slab = slab > 0 ? slab : FINITE_SLAB;
    s.f = f;
    s.pos = blochgen_malloc(f->dim * sizeof(long));
    scratch = blochgen_malloc(2 * (f->dim + 1) * sizeof(long));
    if (f->k == 1)
        partition_slabs(&s, slab);
    else
        partition_aggregates(&s, scratch, scratch + f->dim + 1);
    blocks_order(&s, scratch);
    s.num = blochgen_calloc(s.nb + 1, sizeof(void *));
    s.rp = blochgen_calloc(s.nb + 1, sizeof(void *));
    s.ci = blochgen_calloc(s.nb + 1, sizeof(void *));
    s.val = blochgen_calloc(s.nb + 1, sizeof(void *));
    s.U->dl_defaults(s.control);
    /* a slab is as nearly structurally symmetric as the whole matrix
       (finite_steady): symmetric strategy, METIS, else AMD; an aggregate
       is small: AMD */
    s.control[UMFPACK_STRATEGY] = UMFPACK_STRATEGY_SYMMETRIC;
    s.control[UMFPACK_ORDERING] = f->k == 1 ? UMFPACK_ORDERING_METIS : UMFPACK_ORDERING_AMD;
    for (b = 0; st == 0 && b < s.nb; b++)
    {
        st = block_factor(&s, b, scratch);
        if (st && b == 0 && s.control[UMFPACK_ORDERING] == UMFPACK_ORDERING_METIS)
        {
            /* a SuiteSparse built without METIS */
            free(s.rp[b]), free(s.ci[b]), free(s.val[b]);
            s.control[UMFPACK_ORDERING] = UMFPACK_ORDERING_AMD;
            st = block_factor(&s, b, scratch);
        }
    }
    free(scratch);
    if (st == 0)
    {
        num_linop_t pb = {f->dim, op, prec, &s};
        num_gmres_opts_t o = {FINITE_RESTART, maxit, tol};
        num_gmres_info_t gi;
        s.t = blochgen_malloc((s.big + 1) * sizeof(double));
        s.u = blochgen_malloc((s.big + 1) * sizeof(double));
        s.wi = blochgen_malloc((s.big + 1) * sizeof(umf_long));
        s.w = blochgen_malloc((s.big + 1) * sizeof(double));
        /* a preconditioner needs no iterative refinement (UMFPACK's
           default, 2 steps, triples each solve) */
        s.control[UMFPACK_IRSTEP] = 0;
        rhs = blochgen_calloc(f->dim, sizeof(double));
        rhs[0] = 1;
        /* start: the maximally mixed state (all moments 0) */
        memset(x, 0, f->dim * sizeof(double));
        x[0] = 1;
        st = num_gmres(x, &gi, &pb, rhs, &o);
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
                op(rhs, x, &s);
                for (n = 0; n < f->dim; n++)
                    rhs[n] = (n == 0) - rhs[n];
                memset(d, 0, f->dim * sizeof(double));
                it->err = num_gmres(d, &gi, &pb, rhs, &o2) == NUM_OK ? 0 : INFINITY;
                it->iters += gi.iters;
                for (n = 0; n < f->dim; n++)
                    it->err = fmax(it->err, fabs(d[n]));
                if (step == 3 || !(it->err < prev / 4))
                    break;
                for (n = 0; n < f->dim; n++)
                    x[n] += d[n];
                prev = it->err;
            }
            op(rhs, x, &s);
            for (n = 0, it->resid = 0; n < f->dim; n++)
                it->resid += (rhs[n] - (n == 0)) * (rhs[n] - (n == 0));
            it->resid = sqrt(it->resid);
            free(d);
        }
        free(rhs);
    }
    it->slab = f->k == 1 ? slab : 0;
    it->blocks = s.nb;
    it->largest = s.big;
    for (b = 0; b < s.nb; b++)
    {
        if (s.num[b])
            s.U->dl_free_numeric(&s.num[b]);
        free(s.rp[b]), free(s.ci[b]), free(s.val[b]);
    }
    free(s.pos), free(s.order), free(s.bstart), free(s.num), free(s.rp), free(s.ci), free(s.val);
    free(s.t), free(s.u), free(s.wi), free(s.w);
    if (st)
        return st;
    for (n = 0; n < f->dim; n++)
        if (!(fabs(x[n]) <= 1 + 1e-9))
            return -2;
    return 0;
}
