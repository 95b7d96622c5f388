#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"

#define SEED_GRID_MAX 3
#define SEED_FULL_MAX 6
#define DEDUP_TOL 1e-8
#define ORDER_TOL 1e-9

void equil_sols_init(equil_sols_t *S)
{
    memset(S, 0, sizeof *S);
    S->best = -1;
}

void equil_sols_clear(equil_sols_t *S)
{
    int k;

    for (k = 0; k < S->n; k++)
    {
        free(S->s[k].x);
        free(S->s[k].y);
        free(S->s[k].E);
    }
    free(S->s);
    equil_sols_init(S);
}

/* Seeds of the odd fields: for up to SEED_GRID_MAX odd fields every
   combination of the levels below (a grid: the saddle solutions with
   partly ordered fields are found only from nearby), else every sign
   pattern in {-1, 0, 1} at amplitudes 1, 0.5, 0.1 (up to SEED_FULL_MAX
   odd fields) or the all-equal and one-field patterns. */
static const double grid_level[] = {0, 1, -1, 0.75, -0.75, 0.5, -0.5, 0.25, -0.25, 0.1, -0.1};
#define NGRID ((int) (sizeof grid_level / sizeof grid_level[0]))
static const double amp[] = {1, 0.5, 0.1};

static int npatterns(int nodd)
{
    int k, n = 1, base = nodd <= SEED_GRID_MAX ? NGRID : 3;

    if (nodd > SEED_FULL_MAX)
        return 3 * (3 + 2 * nodd);
    for (k = 0; k < nodd; k++)
        n *= base;
    return nodd <= SEED_GRID_MAX ? n : 3 * n;
}

/* Value of odd field number o (0 .. nodd-1) in seed k; seed 0 is the
   symmetric one (all 0). */
static double seed_value(int k, int o, int nodd)
{
    int a, sign;

    if (nodd <= SEED_GRID_MAX)
    {
        while (o-- > 0)
            k /= NGRID;
        return grid_level[k % NGRID];
    }
    a = k % 3, k /= 3;
    if (nodd <= SEED_FULL_MAX)
    {
        while (o-- > 0)
            k /= 3;
        sign = (k % 3 + 1) % 3 - 1;     /* 0, 1, -1: pattern 0 is symmetric */
    }
    else if (k < 3)
        sign = (k + 1) % 3 - 1;
    else
        sign = (k - 3) / 2 == o ? ((k - 3) % 2 ? -1 : 1) : 0;
    return sign * amp[a];
}

static int known(const equil_sols_t *S, const double *y, int nf)
{
    int k, i;

    for (k = 0; k < S->n; k++)
    {
        double dist = 0;
        for (i = 0; i < nf; i++)
            dist = fmax(dist, fabs(S->s[k].y[i] - y[i]) / fmax(1, fabs(y[i])));
        if (dist <= DEDUP_TOL)
            return 1;
    }
    return 0;
}

static int add(equil_sols_t *S, const double *y, double resid, equil_ctx_t *q)
{
    equil_sol_t *s;
    double lnz = NAN, *mu = blochgen_malloc(sizeof(double) * (q->nf + 1));
    int i, nmu = 0, st = 0;

    S->s = blochgen_realloc(S->s, sizeof(equil_sol_t) * (S->n + 1));
    s = S->s + S->n++;
    s->x = blochgen_malloc(sizeof(double) * q->dm.nobs);
    s->y = blochgen_malloc(sizeof(double) * (q->nf + 1));
    s->E = blochgen_malloc(sizeof(double) * q->dm.d);
    memcpy(s->y, y, sizeof(double) * q->nf);
    s->resid = resid;
    s->lowest = 0;
    s->ordered = 0;
    for (i = 0; i < q->nf; i++)
        s->ordered |= q->has_symmetry && q->odd[i] && fabs(y[i]) > ORDER_TOL;
    if (equil_map(s->x, &lnz, y, q) != 0)
        st = -1;
    memcpy(s->E, q->E, sizeof(double) * q->dm.d);     /* equil_map's energies */
    if (st == 0 && equil_map_mu(mu, &nmu, y, -1, q) != 0)
        st = -1;
    s->mu = nmu > 0 ? mu[0] : -INFINITY;
    s->F = equil_free_energy(lnz, y, q);
    free(mu);
    return st;
}

static int by_free_energy(const void *a, const void *b)
{
    const equil_sol_t *u = a, *v = b;

    return (u->F > v->F) - (u->F < v->F);
}

/* Marks the solutions within rounding of the lowest F; the best is the
   one whose first nonzero odd field is positive (a fixed member of a Z2
   pair). */
static void mark_lowest(equil_sols_t *S, const equil_ctx_t *q)
{
    int k, i, pos = -1;

    qsort(S->s, S->n, sizeof(equil_sol_t), by_free_energy);
    for (k = 0; k < S->n; k++)
    {
        double sign = 0;
        if (!(S->s[k].F <= S->s[0].F + 1e-13 * fmax(1, fabs(S->s[0].F))))
            break;
        S->s[k].lowest = 1;
        for (i = 0; i < q->nf && sign == 0; i++)
            if (q->odd[i] && fabs(S->s[k].y[i]) > ORDER_TOL)
                sign = S->s[k].y[i];
        if (sign > 0 && pos < 0)
            pos = k;
    }
    S->best = pos >= 0 ? pos : 0;
}

int equil_solve(equil_sols_t *S, equil_ctx_t *q)
{
    int nf = q->nf, nodd = 0, i, k, ns;
    double *y0 = blochgen_calloc(nf + 1, sizeof(double)), *y = blochgen_calloc(nf + 1, sizeof(double)),
           *x = blochgen_malloc(sizeof(double) * q->dm.nobs), resid;
    int st = 0;

    equil_sols_clear(S);
    /* even fields start at their value in the Gibbs state of H_MF(0) */
    if (equil_map(x, NULL, y0, q) != 0)
        st = -1;
    for (i = 0; i < nf; i++)
        if (q->odd[i])
            nodd++;
        else
            y0[i] = x[q->field[i]];
    /* seed 0 is the symmetric one: first, so that it is the one kept */
    for (k = 0; k < npatterns(nodd) && st == 0; k++)
    {
        int o = 0, zero = 1;
        for (i = 0; i < nf; i++)
        {
            y[i] = q->odd[i] ? seed_value(k, o++, nodd) : y0[i];
            zero &= !q->odd[i] || y[i] == 0;
        }
        if (zero && k > 0)
            continue;
        /* -2: a fold's ghost, no solution near this seed */
        if ((ns = equil_newton(y, &resid, NULL, q)) == -1)
            S->failed++;
        else if (ns == -2)
            S->valleys++;
        else if (ns == 0 && !known(S, y, nf) && add(S, y, resid, q) != 0)
            st = -1;
    }
    if (S->n > 0)
        mark_lowest(S, q);
    free(y0);
    free(y);
    free(x);
    return st != 0 ? st : S->failed > 0 ? 3 : 0;
}
