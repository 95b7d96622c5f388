/* elim_project.c: G(m) = 0 projected onto each mean field by resultants.
 *
 * A resultant of two of the G_i in m_j lies in the ideal they generate, so
 * every common zero of G has its m_k among the roots of the projection
 * onto m_k; the converse need not hold (extra roots are excluded later).
 * A projection that vanishes identically means G = 0 has a component of
 * positive dimension, or that two resultants share a spurious factor:
 * either way the roots cannot be listed this way. */
#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "elim.h"
#include "fmpz_poly_roots.h"

/* G made primitive, without common content. */
static void prim(fmpz_mpoly_t a, const fmpz_mpoly_ctx_t ctx)
{
    fmpz_t c;

    fmpz_init(c);
    _fmpz_vec_content(c, a->coeffs, a->length);
    if (!fmpz_is_zero(c))
        fmpz_mpoly_scalar_divexact_fmpz(a, a, c, ctx);
    fmpz_clear(c);
}

/* At most this many resultants are kept per eliminated variable. */
#define ELIM_MAX_RES 6

/* Eliminates every variable but k from the len polynomials g: for each
   other variable, the nonzero resultants of pairs of the list (at most
   ELIM_MAX_RES) form the next list; out is the gcd of the last one.  0,
   -1 if a resultant failed, -2 if one is above the degree limit, -3 if
   every resultant of a step vanished. */
static int eliminate(fmpz_mpoly_t out, const fmpz_mpoly_struct *g, slong len, slong k,
                     const fmpz_mpoly_ctx_t ctx)
{
    slong nv = fmpz_mpoly_ctx_nvars(ctx), i, a, b, j, cur = len, next;
    slong cap = len > ELIM_MAX_RES ? len : ELIM_MAX_RES;
    fmpz_mpoly_struct *L = flint_malloc(sizeof(fmpz_mpoly_struct) * cap);
    fmpz_mpoly_struct *R = flint_malloc(sizeof(fmpz_mpoly_struct) * cap);
    int st = 0;

    for (i = 0; i < cap; i++)
    {
        fmpz_mpoly_init(L + i, ctx);
        fmpz_mpoly_init(R + i, ctx);
    }
    for (i = 0; i < len; i++)
        fmpz_mpoly_set(L + i, g + i, ctx);
    for (j = 0; j < nv && st == 0; j++)
    {
        if (j == k)
            continue;
        next = 0;
        for (a = 0; a < cur && next < ELIM_MAX_RES && st == 0; a++)
            for (b = a + 1; b < cur && next < ELIM_MAX_RES && st == 0; b++)
            {
                if (!fmpz_mpoly_resultant(R + next, L + a, L + b, j, ctx))
                    st = -1;
                else if (!fmpz_mpoly_is_zero(R + next, ctx))
                {
                    prim(R + next, ctx);
                    if (fmpz_mpoly_total_degree_si(R + next, ctx) > ELIM_MAX_DEGREE)
                        st = -2;
                    next++;
                }
            }
        if (st == 0 && next == 0)
            st = -3;
        for (i = 0; i < next; i++)
            fmpz_mpoly_swap(L + i, R + i, ctx);
        cur = next;
    }
    if (st == 0)
    {
        fmpz_mpoly_set(out, L + 0, ctx);
        for (i = 1; i < cur && st == 0; i++)
            if (!fmpz_mpoly_gcd(out, out, L + i, ctx))
                st = -1;
    }
    for (i = 0; i < cap; i++)
    {
        fmpz_mpoly_clear(L + i, ctx);
        fmpz_mpoly_clear(R + i, ctx);
    }
    flint_free(L);
    flint_free(R);
    return st;
}

int elim_project(elim_t e, char *msg, size_t msgsize)
{
    slong k, i, len = 0;
    fmpz_mpoly_t u, h;
    int st = ELIM_OK;

    /* the nonzero minors, primitive */
    for (i = 0; i < e->ng; i++)
        if (!fmpz_mpoly_is_zero(e->g + i, e->mctx))
        {
            prim(e->g + i, e->mctx);
            fmpz_mpoly_swap(e->g + len++, e->g + i, e->mctx);
        }
    for (i = len; i < e->ng; i++)
        fmpz_mpoly_clear(e->g + i, e->mctx);
    e->ng = len;
    e->proj = flint_malloc(sizeof(fmpz_poly_struct) * (e->r > 0 ? e->r : 1));
    for (k = 0; k < e->r; k++)
        fmpz_poly_init(e->proj + k);
    if (e->r == 0)
        return ELIM_OK;
    fmpz_mpoly_init(u, e->mctx);
    fmpz_mpoly_init(h, e->mctx);
    /* a factor common to every minor: a set of positive dimension where
       they all vanish (a family of states, or every pivot block singular) */
    if (len > 0)
        fmpz_mpoly_set(h, e->g + 0, e->mctx);
    for (i = 1; i < len; i++)
        fmpz_mpoly_gcd(h, h, e->g + i, e->mctx);
    if (len == 0 || (e->r > 1 && fmpz_mpoly_total_degree_si(h, e->mctx) > 0))
    {
        snprintf(msg, msgsize, "the consistency conditions of the mean fields share a factor "
                 "(degree %ld): the steady-state equations have a positive-dimensional "
                 "component (a family of states), or the elimination degenerates",
                 len == 0 ? -1L : (long) fmpz_mpoly_total_degree_si(h, e->mctx));
        st = ELIM_FAMILY;
    }
    for (k = 0; k < e->r && st == ELIM_OK; k++)
    {
        int s = e->r == 1 ? (fmpz_mpoly_set(u, h, e->mctx), 0)
                          : eliminate(u, e->g, len, k, e->mctx);
        if (s == -1)
        {
            snprintf(msg, msgsize, "a resultant failed");
            st = ELIM_FAILED;
        }
        else if (s == -2)
        {
            snprintf(msg, msgsize, "eliminating all mean fields but one gives a polynomial of "
                     "degree above %d", ELIM_MAX_DEGREE);
            st = ELIM_TOO_LARGE;
        }
        else if (s == -3 || fmpz_mpoly_is_zero(u, e->mctx))
        {
            snprintf(msg, msgsize, "the elimination onto mean field %ld vanishes identically: "
                     "the steady-state equations have a positive-dimensional component (a "
                     "family of states), or the elimination degenerates", (long) k + 1);
            st = ELIM_FAMILY;
        }
        else
            compat_fmpz_mpoly_get_univariate(e->proj + k, u, k, e->mctx);
    }
    fmpz_mpoly_clear(u, e->mctx);
    fmpz_mpoly_clear(h, e->mctx);
    return st;
}
