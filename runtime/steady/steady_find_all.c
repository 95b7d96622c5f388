/* Every steady state Newton finds from random physical starts: deflated
 * Newton (Farrell, Birkisson and Funke, SIAM J. Sci. Comput. 37, A2026
 * (2015)), relaxation in time where Newton fails, and a distance test
 * against the states already found. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "linalg.h"
#include "num.h"
#include "phys.h"
#include "steady.h"

typedef struct
{
    const bloch_model_t *m;
    const double *p;
    const steady_set_t *known;  /* deflated states (NULL: plain Newton) */
    const double *c0;           /* conserved values kept (NULL: none) */
    double *f, *c, *grad, *dm;  /* scratch: nobs, nconserved, nc x nobs, nobs */
} fa_ctx_t;

/* rhs(x), plus grad C_k (C_k - c0_k) for each conserved C_k. */
static void field(double *f, const double *x, fa_ctx_t *c)
{
    const bloch_model_t *m = c->m;
    int n = m->nobs, k, v;

    m->rhs(f, x, c->p);
    if (c->c0 == NULL)
        return;
    m->conserved_eval(c->c, c->grad, x, c->p);
    for (k = 0; k < m->nconserved; k++)
        for (v = 0; v < n; v++)
            f[v] += c->grad[(size_t) k * n + v] * (c->c[k] - c->c0[k]);
}

/* The deflation factor M(x) = prod_i (1/|x - x_i|^2 + 1) and, when dm is
   not NULL, grad M / M.  0, or -1 at a known state (M infinite). */
static int deflation(double *M, double *dm, const double *x, const fa_ctx_t *c)
{
    int n = c->m->nobs, i, v;

    *M = 1;
    if (dm)
        memset(dm, 0, sizeof(double) * n);
    if (c->known == NULL)
        return 0;
    for (i = 0; i < c->known->n; i++)
    {
        const double *r = c->known->x + (size_t) i * n;
        double d2 = 0, mi;
        for (v = 0; v < n; v++)
            d2 += (x[v] - r[v]) * (x[v] - r[v]);
        if (!(d2 > 0))
            return -1;
        mi = 1 / d2 + 1;
        *M *= mi;
        /* grad m_i = -2 (x - r) / d2^2 */
        if (dm)
            for (v = 0; v < n; v++)
                dm[v] += -2 * (x[v] - r[v]) / (d2 * d2) / mi;
    }
    return isfinite(*M) ? 0 : -1;
}

static int residual(double *g, const double *x, void *ctx)
{
    fa_ctx_t *c = ctx;
    double M;
    int v;

    if (deflation(&M, NULL, x, c) != 0)
        return -1;
    field(g, x, c);
    for (v = 0; v < c->m->nobs; v++)
        g[v] *= M;
    return 0;
}

/* J of M f: M (J_f + sum_k grad C_k grad C_k^T) + f (grad M)^T; the term
   (C_k - c0_k) Hess C_k, zero at a root, is left out. */
static int jacobian(double *J, const double *x, void *ctx)
{
    fa_ctx_t *c = ctx;
    const bloch_model_t *m = c->m;
    int n = m->nobs, i, j, k;
    double M;

    if (deflation(&M, c->dm, x, c) != 0)
        return -1;
    m->jacobian(J, x, c->p);
    field(c->f, x, c);      /* also leaves grad C_k in c->grad */
    if (c->c0)
        for (k = 0; k < m->nconserved; k++)
            for (i = 0; i < n; i++)
                for (j = 0; j < n; j++)
                    J[(size_t) i * n + j] += c->grad[(size_t) k * n + i] *
                                             c->grad[(size_t) k * n + j];
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            J[(size_t) i * n + j] = M * (J[(size_t) i * n + j] + c->f[i] * c->dm[j]);
    return 0;
}

static int solve(double *J, double *b, int n, void *ctx)
{
    (void) ctx;
    return linalg_solve(J, b, n);
}

/* Newton (deflated by known unless NULL) from x in place; 1 when it
   converged to |field| <= tol. */
static int newton(double *x, const steady_set_t *known, double tol, fa_ctx_t *c)
{
    num_newton_t pb = {c->m->nobs, residual, jacobian, solve, NULL, c, 0};
    /* deflated: converge loosely, the plain polish that follows finishes */
    num_newton_opts_t o = {known ? 1e3 * tol : tol, 0, STEADY_MAXIT, 40, known ? 0 : 3};
    int st;

    c->known = known;
    st = num_newton(x, NULL, &pb, &o);
    c->known = NULL;
    for (int v = 0; v < c->m->nobs; v++)
        if (!isfinite(x[v]))
            return 0;
    return st == NUM_OK;
}

/* The seed of start k: distinct streams for distinct (seed, k). */
static unsigned long start_seed(unsigned long seed, int k)
{
    unsigned long long h = (unsigned long long) seed * 0x9E3779B97F4A7C15ull + (unsigned) k + 1;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    return (unsigned long) (h & 0xffffffffu);
}

/* Appends x (a converged state) unless s holds it already; 1 if added. */
static int add(steady_set_t *s, const double *x, phys_t *ph, fa_ctx_t *c)
{
    int n = s->nobs;
    double lam;

    if (steady_set_find(s, x) >= 0)
        return 0;
    if (s->n == s->alloc)
    {
        s->alloc = s->alloc ? 2 * s->alloc : 8;
        s->x = realloc(s->x, sizeof(double) * n * s->alloc);
        s->phys = realloc(s->phys, s->alloc);
        s->resid = realloc(s->resid, sizeof(double) * s->alloc);
        if (s->x == NULL || s->phys == NULL || s->resid == NULL)
            blochgen_alloc_fail(sizeof(double) * n * s->alloc);
    }
    memcpy(s->x + (size_t) s->n * n, x, sizeof(double) * n);
    s->phys[s->n] = (signed char) phys_check(&lam, x, ph);
    c->m->rhs(c->f, x, c->p);
    s->resid[s->n] = linalg_norm(c->f, n);
    s->n++;
    return 1;
}

/* Adds x and, with a symmetry, its mirror image (negated odd components:
   a steady state too, polished by Newton). */
static int add_pair(steady_set_t *s, double *x, double tol, phys_t *ph, fa_ctx_t *c)
{
    const bloch_model_t *m = c->m;
    int added = add(s, x, ph, c);

    if (added && m->symmetry != NULL && m->parity != NULL && steady_odd_norm(x, m) > 0)
    {
        for (int v = 0; v < m->nobs; v++)
            if (m->parity[v] == 1)
                x[v] = -x[v];
        if (newton(x, NULL, tol, c))
            add(s, x, ph, c);
    }
    return added;
}

/* The Jacobian's scale at x: |J|_F / sqrt(n), a rate. */
static double rate(const double *x, double *J, const fa_ctx_t *c)
{
    int n = c->m->nobs;

    c->m->jacobian(J, x, c->p);
    return linalg_norm(J, n * n) / sqrt(n);
}

int steady_find_all_from(steady_set_t *s, const double *guess, int nguess, const double *p,
                         int starts, unsigned long seed, const bloch_model_t *m)
{
    int n = m->nobs, nc = m->conserved_eval ? m->nconserved : 0, k;
    double big = 1, tol, *w;
    phys_t ph;
    fa_ctx_t c;

    s->n = 0;
    if (m->dm_only)
        return STEADY_FIND_DM_ONLY;
    if (phys_init(&ph, m, p, NULL, 0) != DM_OK)
        return STEADY_FIND_NO_DM;
    for (k = 0; k < m->nparams; k++)
        big = fmax(big, fabs(p[k]));
    tol = STEADY_FIND_TOL * big;
    w = blochgen_malloc(sizeof(double) * ((size_t) n * n + 5 * n + nc + (size_t) nc * n + nc));
    c.m = m;
    c.p = p;
    c.known = NULL;
    c.f = w + (size_t) n * n;
    c.dm = c.f + n;
    c.c = c.dm + n;
    c.grad = c.c + nc;
    {
        double *x = c.grad + (size_t) nc * n, *x0 = x + n, *c0 = x0 + n, *J = w;

        for (k = 0; k < nguess; k++)
        {
            memcpy(x, guess + (size_t) k * n, sizeof(double) * n);
            c.c0 = NULL;
            if (nc > 0)
            {
                m->conserved_eval(c0, c.grad, x, p);
                c.c0 = c0;
            }
            if (newton(x, NULL, tol, &c))
                add_pair(s, x, tol, &ph, &c);
        }
        for (k = 0; k < starts; k++)
        {
            unsigned long sk = start_seed(seed, k);
            int ok;
            if (nc > 0)
                phys_random_pure(x0, sk, &ph);
            else
                phys_random(x0, sk, &ph);
            c.c0 = NULL;
            if (nc > 0)
            {
                m->conserved_eval(c0, c.grad, x0, p);
                c.c0 = c0;
            }
            memcpy(x, x0, sizeof(double) * n);
            /* deflated from the known states, then polished plainly */
            ok = newton(x, s->n > 0 ? s : NULL, tol, &c) && newton(x, NULL, tol, &c);
            if (ok && add_pair(s, x, tol, &ph, &c))
                continue;
            /* Newton failed (or fell back on a known state): relax first.
               Time evolution keeps the conserved values. */
            memcpy(x, x0, sizeof(double) * n);
            {
                /* settled or not, Newton from where it ended */
                double r = rate(x, J, &c);
                if (r > 0)
                {
                    steady_relax(x, STEADY_FIND_TRELAX / r, tol, p, m);
                    if (newton(x, NULL, tol, &c))
                        add_pair(s, x, tol, &ph, &c);
                }
            }
        }
    }
    free(w);
    phys_clear(&ph);
    return s->n;
}

int steady_find_all(steady_set_t *s, const double *p, int starts, unsigned long seed,
                    const bloch_model_t *m)
{
    return steady_find_all_from(s, NULL, 0, p, starts, seed, m);
}
