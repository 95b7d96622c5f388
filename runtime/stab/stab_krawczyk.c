/* stab_krawczyk.c: a ball that provably holds exactly one steady state:
 * a symmetric one (the even sector, for models without a closed form), or
 * any one (every component, for `steady --all`).
 *
 * Krawczyk's test on the selected components, the others exact zeros:
 * with xt the numerical state, Y an approximate inverse of the Jacobian
 * block of the selected components at xt and X = xt + [-r, r]^ne,
 *     K(X) = xt - Y f(xt) + (I - Y J(X)) (X - xt)
 * encloses every zero of f in X, and K(X) inside the interior of X proves
 * that X holds exactly one (Krawczyk 1969; Moore, Kearfott and Cloud,
 * "Introduction to Interval Analysis", 8.3).  f and J(X) are the emitted
 * Arb functions, so the test is rigorous for the exact parameters. */
#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "flint_compat.h"
#include "stab.h"

int stab_krawczyk(arb_ptr x, const double *xt, arb_srcptr p, const bloch_model_t *m,
                  const bloch_model_arb_t *marb, slong prec)
{
    slong i;
    char *sel = blochgen_malloc(m->nobs + 1);
    int ok;

    for (i = 0; i < m->nobs; i++)
        sel[i] = m->parity[i] == 0;
    ok = stab_krawczyk_sel(x, xt, sel, p, m, marb, prec);
    free(sel);
    return ok;
}

int stab_krawczyk_sel(arb_ptr x, const double *xt, const char *sel, arb_srcptr p,
                      const bloch_model_t *m, const bloch_model_arb_t *marb, slong prec)
{
    slong n = m->nobs, ne = 0, i, j, k;
    slong *idx = blochgen_malloc(sizeof(slong) * (n > 0 ? n : 1));
    arb_ptr full, f, jac, d, kx;
    arb_mat_t J, Y, M;
    arb_t t, r;
    mag_t big, di;
    int ok = 0, attempt;

    for (i = 0; i < n; i++)
        if (sel[i])
            idx[ne++] = i;
    full = _arb_vec_init(n), f = _arb_vec_init(n), jac = _arb_vec_init(n * n);
    d = _arb_vec_init(ne), kx = _arb_vec_init(ne);
    arb_mat_init(J, ne, ne);
    arb_mat_init(Y, ne, ne);
    arb_mat_init(M, ne, ne);
    arb_init(t);
    arb_init(r);
    mag_init(big);
    mag_init(di);
    if (ne == 0)
        goto out;
    /* f at the point xt (exact balls: doubles are binary rationals) and
       Y = the midpoint inverse of J(xt), an exact matrix */
    for (i = 0; i < n; i++)
        arb_set_d(full + i, sel[i] ? xt[i] : 0);
    marb->rhs(f, full, p, prec);
    marb->jacobian(jac, full, p, prec);
    for (i = 0; i < ne; i++)
        for (j = 0; j < ne; j++)
            arb_get_mid_arb(arb_mat_entry(J, i, j), jac + idx[i] * n + idx[j]);
    if (!arb_mat_approx_inv(Y, J, prec))
        goto out;
    for (i = 0; i < ne; i++)
        for (j = 0; j < ne; j++)
            arb_get_mid_arb(arb_mat_entry(Y, i, j), arb_mat_entry(Y, i, j));
    /* the Newton correction -Y f(xt), a ball, and its size */
    mag_zero(big);
    for (i = 0; i < ne; i++)
    {
        arb_zero(d + i);
        for (j = 0; j < ne; j++)
            arb_addmul(d + i, arb_mat_entry(Y, i, j), f + idx[j], prec);
        arb_neg(d + i, d + i);
        arb_get_mag(di, d + i);
        mag_max(big, big, di);
    }
    /* radius: a few times the correction, plus room for rounding at this
       precision; inflated on failure (epsilon-inflation) */
    for (attempt = 0; attempt < 4 && !ok; attempt++)
    {
        arf_set_mag(arb_midref(r), big);
        mag_zero(arb_radref(r));
        arb_mul_2exp_si(r, r, 2 + 2 * attempt);
        arb_set_ui(t, 1);
        arb_mul_2exp_si(t, t, -prec / 2 + 8 * attempt);
        arb_add(r, r, t, prec);
        arb_get_ubound_arf(arb_midref(r), r, prec);
        mag_zero(arb_radref(r));
        /* X = xt + [-r, r] on the even components, exact zeros elsewhere */
        for (i = 0; i < n; i++)
        {
            arb_set_d(full + i, sel[i] ? xt[i] : 0);
            if (sel[i])
                arb_add_error(full + i, r);
        }
        marb->jacobian(jac, full, p, prec);
        /* M = I - Y J(X) */
        for (i = 0; i < ne; i++)
            for (j = 0; j < ne; j++)
                arb_set(arb_mat_entry(J, i, j), jac + idx[i] * n + idx[j]);
        arb_mat_mul(M, Y, J, prec);
        arb_mat_neg(M, M);
        for (i = 0; i < ne; i++)
            arb_add_ui(arb_mat_entry(M, i, i), arb_mat_entry(M, i, i), 1, prec);
        /* K - xt = d + M [-r, r]: inside the interior of [-r, r]? */
        ok = 1;
        for (i = 0; i < ne; i++)
        {
            arb_set(kx + i, d + i);
            for (j = 0; j < ne; j++)
            {
                arb_zero(t);
                arb_add_error(t, r);
                arb_addmul(kx + i, arb_mat_entry(M, i, j), t, prec);
            }
            arb_zero(t);
            arb_add_error(t, r);
            ok = ok && arb_contains_interior(t, kx + i);
        }
    }
    if (ok)
        for (i = 0, k = 0; i < n; i++)
        {
            arb_set_d(x + i, sel[i] ? xt[i] : 0);
            if (sel[i])
                arb_add(x + i, x + i, kx + k++, prec);
        }
out:
    mag_clear(big);
    mag_clear(di);
    arb_clear(t);
    arb_clear(r);
    arb_mat_clear(J);
    arb_mat_clear(Y);
    arb_mat_clear(M);
    _arb_vec_clear(kx, ne);
    _arb_vec_clear(d, ne);
    _arb_vec_clear(jac, n * n);
    _arb_vec_clear(f, n);
    _arb_vec_clear(full, n);
    free(idx);
    return ok;
}
