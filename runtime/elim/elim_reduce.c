/* elim_reduce.c: the steady-state equations with the mean fields fixed,
 * solved over Z[m] by fraction-free Gauss-Jordan elimination.
 *
 * The step a_ij <- (a_kk a_ij - a_ik a_kj) / a_prev, on every row but the
 * pivot's, keeps every entry a minor of the original matrix (Bareiss 1968;
 * Nakos, Turner and Williams, SIGSAM Bull. 31, 1997), so each division is
 * exact (checked) and the entries stay polynomials: at the end the pivot
 * rows read D y_k + c_k = 0 with D = det of the pivot block, and the other
 * r rows G_i = 0, the (n - r + 1)-minors of A | b that vanish where the
 * equations are consistent. */
#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "elim.h"

/* A row of equation i over Z[m]: entry[col] for the unknowns, entry[nc]
   the constant. */
static void build_row(fmpz_mpoly_struct *row, const fmpq_mpoly_t f, const slong *col,
                      const elim_struct *e)
{
    slong nvars = fmpq_mpoly_ctx_nvars(e->xctx), off = nvars - e->n, nc = e->n - e->r;
    slong t, v, k;
    ulong *ex = blochgen_malloc(sizeof(ulong) * nvars);
    ulong *em = blochgen_calloc(e->r + 1, sizeof(ulong));
    fmpz_t den, c, old;
    fmpq_t q;

    fmpz_init(den), fmpz_init(c), fmpz_init(old);
    fmpq_init(q);
    fmpq_mpoly_get_denominator(den, f, e->xctx);
    for (t = 0; t < fmpq_mpoly_length(f, e->xctx); t++)
    {
        slong target = nc;
        fmpq_mpoly_get_term_exp_ui(ex, f, t, e->xctx);
        fmpq_mpoly_get_term_coeff_fmpq(q, f, t, e->xctx);
        fmpz_mul(c, fmpq_numref(q), den);
        fmpz_divexact(c, c, fmpq_denref(q));
        for (k = 0; k < e->r; k++)
        {
            em[k] = ex[off + e->mf[k]];
            ex[off + e->mf[k]] = 0;
        }
        /* what is left is one unknown to the first power, or nothing
           (elim_mean_fields chose mf so) */
        for (v = 0; v < e->n; v++)
            if (ex[off + v] > 0)
                target = col[v];
        fmpz_mpoly_get_coeff_fmpz_ui(old, row + target, em, e->mctx);
        fmpz_add(old, old, c);
        fmpz_mpoly_set_coeff_fmpz_ui(row + target, old, em, e->mctx);
    }
    fmpz_clear(den), fmpz_clear(c), fmpz_clear(old);
    fmpq_clear(q);
    free(em);
    free(ex);
}

/* Pivot rules: different pivot blocks give different minors G, whose
   common zeros are closer to the true solution set: a point where one
   pivot block loses rank makes all of its G vanish spuriously. */
#define ELIM_PIVOT_RULES 4

/* Fraction-free Gauss-Jordan on the rows a[0..n) (each w entries, nc
   unknown columns), pivots chosen by rule; the consistency minors are
   appended to e->g.  ELIM_OK, ELIM_FAMILY, ELIM_FAILED. */
static int gauss_jordan(elim_struct *e, fmpz_mpoly_struct **a, slong n, slong w, slong nc,
                        int rule, char *msg, size_t msgsize)
{
    slong i, j, k;
    fmpz_mpoly_t prev, t1, t2;
    flint_rand_t rs;
    int st = ELIM_OK;

    flint_rand_init(rs);
    fmpz_mpoly_init(prev, e->mctx);
    fmpz_mpoly_init(t1, e->mctx);
    fmpz_mpoly_init(t2, e->mctx);
    fmpz_mpoly_one(prev, e->mctx);
    for (k = 0; k < nc && st == ELIM_OK; k++)
    {
        slong p = -1, cand = 0;
        for (i = k; i < n; i++)
            cand += !fmpz_mpoly_is_zero(a[i] + k, e->mctx);
        if (cand > 0)
        {
            slong pick = rule == 1 ? cand - 1 : rule == 3 ? (slong) n_randint(rs, cand) : 0;
            for (i = k; i < n; i++)
            {
                if (fmpz_mpoly_is_zero(a[i] + k, e->mctx))
                    continue;
                if (rule == 0)
                {
                    /* the shortest nonzero pivot keeps the minors small */
                    if (p < 0 || fmpz_mpoly_length(a[i] + k, e->mctx) <
                                     fmpz_mpoly_length(a[p] + k, e->mctx))
                        p = i;
                }
                else if (pick-- == 0)
                    p = i;
            }
        }
        if (p < 0)
        {
            snprintf(msg, msgsize, "with the mean fields fixed, the linear equations for the "
                     "other observables are singular for every value of the mean fields "
                     "(observable %ld is not determined)", (long) e->var[k]);
            st = ELIM_FAMILY;
            break;
        }
        if (p != k)
        {
            fmpz_mpoly_struct *s = a[p];
            a[p] = a[k], a[k] = s;
        }
        for (i = 0; i < n && st == ELIM_OK; i++)
        {
            if (i == k)
                continue;
            for (j = 0; j < w; j++)
            {
                if (j == k)
                    continue;
                fmpz_mpoly_mul(t1, a[k] + k, a[i] + j, e->mctx);
                if (!fmpz_mpoly_is_zero(a[i] + k, e->mctx) &&
                    !fmpz_mpoly_is_zero(a[k] + j, e->mctx))
                {
                    fmpz_mpoly_mul(t2, a[i] + k, a[k] + j, e->mctx);
                    fmpz_mpoly_sub(t1, t1, t2, e->mctx);
                }
                if (!fmpz_mpoly_divides(a[i] + j, t1, prev, e->mctx))
                {
                    snprintf(msg, msgsize, "internal: a fraction-free step was not exact");
                    st = ELIM_FAILED;
                    break;
                }
            }
            fmpz_mpoly_zero(a[i] + k, e->mctx);
        }
        fmpz_mpoly_set(prev, a[k] + k, e->mctx);
    }
    for (i = nc; i < n && st == ELIM_OK; i++)
    {
        fmpz_mpoly_init(e->g + e->ng, e->mctx);
        fmpz_mpoly_set(e->g + e->ng, a[i] + nc, e->mctx);
        e->ng++;
    }
    fmpz_mpoly_clear(prev, e->mctx);
    fmpz_mpoly_clear(t1, e->mctx);
    fmpz_mpoly_clear(t2, e->mctx);
    flint_rand_clear(rs);
    return st;
}

int elim_reduce(elim_t e, char *msg, size_t msgsize)
{
    slong n = e->n, r = e->r, nc = n - r, w = nc + 1, i, j, k, v;
    slong *col = blochgen_malloc(sizeof(slong) * n), *var = flint_malloc(sizeof(slong) * w);
    fmpz_mpoly_struct **a = blochgen_malloc(sizeof(fmpz_mpoly_struct *) * n);
    int st = ELIM_OK, rule;

    fmpz_mpoly_ctx_init(e->mctx, r > 0 ? r : 1, ORD_LEX);
    e->have_mctx = 1;
    for (v = 0; v < n; v++)
        col[v] = -1;
    for (k = 0; k < r; k++)
        col[e->mf[k]] = -2;
    for (v = 0, j = 0; v < n; v++)
        if (col[v] == -1)
            var[j] = v, col[v] = j++;
    /* the system itself, kept for the rank test at each candidate */
    e->nc = nc;
    e->var = var;
    e->a = flint_malloc(sizeof(fmpz_mpoly_struct) * n * w);
    for (i = 0; i < n; i++)
    {
        for (j = 0; j < w; j++)
            fmpz_mpoly_init(e->a + i * w + j, e->mctx);
        build_row(e->a + i * w, e->f + i, col, e);
        a[i] = flint_malloc(sizeof(fmpz_mpoly_struct) * w);
        for (j = 0; j < w; j++)
            fmpz_mpoly_init(a[i] + j, e->mctx);
    }
    e->ng = 0;
    e->g = flint_malloc(sizeof(fmpz_mpoly_struct) * (ELIM_PIVOT_RULES * r + 1));
    for (rule = 0; rule < ELIM_PIVOT_RULES && st == ELIM_OK; rule++)
    {
        for (i = 0; i < n; i++)
            for (j = 0; j < w; j++)
                fmpz_mpoly_set(a[i] + j, e->a + i * w + j, e->mctx);
        st = gauss_jordan(e, a, n, w, nc, rule, msg, msgsize);
    }
    for (i = 0; i < n; i++)
    {
        for (j = 0; j < w; j++)
            fmpz_mpoly_clear(a[i] + j, e->mctx);
        flint_free(a[i]);
    }
    free(a);
    free(col);
    return st;
}
