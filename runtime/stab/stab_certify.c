/* stab_certify.c: a stability verdict the arithmetic proves.
 *
 * The double parameters are exact binary rationals, so arb_set_d turns
 * them into exact balls; the closed-form symmetric state and the Jacobian
 * are then evaluated in ball arithmetic, and every eigenvalue of the ball
 * matrix is enclosed (Arb: approximate QR eigenpairs certified by the
 * van der Hoeven-Mourrain / Rump methods, Rump's cluster method when
 * eigenvalues are multiple).  A verdict is returned only when the
 * enclosures settle the sign of the largest real part; otherwise the
 * precision is doubled, up to CERT_PREC_MAX bits.  A model without a
 * closed form has its symmetric state enclosed by Krawczyk's test around
 * the numerical one (stab_krawczyk) instead. */
#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "flint_compat.h"
#include "stab.h"
#include "steady.h"

#define CERT_PREC_MIN 64
#define CERT_PREC_MAX 1024

/* The k rows of the n x k approximate eigenvectors X that Rump's method
   freezes: chosen by pivoted elimination so that they are independent
   (Arb freezes the last k rows, which fails when those rows vanish, as
   for the decoupled sites of pump_loss at lambda = 0).  perm receives
   the other rows in order, then the frozen ones. */
static void frozen_rows(slong *perm, const acb_mat_t X)
{
    slong n = acb_mat_nrows(X), k = acb_mat_ncols(X), i, j, c, best, np = 0;
    double *re = blochgen_malloc(sizeof(double) * 2 * n * k), *im = re + n * k;
    char *used = blochgen_calloc(n, 1);

    for (i = 0; i < n * k; i++)
    {
        re[i] = arf_get_d(arb_midref(acb_realref(acb_mat_entry(X, i / k, i % k))), ARF_RND_NEAR);
        im[i] = arf_get_d(arb_midref(acb_imagref(acb_mat_entry(X, i / k, i % k))), ARF_RND_NEAR);
    }
    for (j = 0; j < k; j++)
    {
        for (i = 0, best = -1; i < n; i++)
            if (!used[i] && (best < 0 || hypot(re[i * k + j], im[i * k + j]) >
                                         hypot(re[best * k + j], im[best * k + j])))
                best = i;
        used[best] = 1;
        perm[n - k + j] = best;
        /* eliminate column j from the rows not yet chosen */
        for (i = 0; i < n; i++)
        {
            double pr = re[best * k + j], pi = im[best * k + j], d = pr * pr + pi * pi;
            double fr, fi;
            if (used[i] || d == 0)
                continue;
            fr = (re[i * k + j] * pr + im[i * k + j] * pi) / d;
            fi = (im[i * k + j] * pr - re[i * k + j] * pi) / d;
            for (c = j; c < k; c++)
            {
                re[i * k + c] -= fr * re[best * k + c] - fi * im[best * k + c];
                im[i * k + c] -= fr * im[best * k + c] + fi * re[best * k + c];
            }
        }
    }
    for (i = 0; i < n; i++)
        if (!used[i])
            perm[np++] = i;
    free(re);
    free(used);
}

/* One disc F holding the k eigenvalues of A near lam whose approximate
   eigenvectors are the columns cols of R (Rump's method on the permuted
   matrix P A P^T, which has the same eigenvalues).  1 on success. */
static int cluster_enclosure(acb_t F, const acb_mat_t A, const acb_mat_t R, const slong *cols,
                             slong k, const acb_t lam, slong prec)
{
    slong n = acb_mat_nrows(A), *perm = blochgen_malloc(sizeof(slong) * n), i, j;
    acb_mat_t X, Ap, Xp;
    int ok;

    acb_mat_init(X, n, k);
    acb_mat_init(Xp, n, k);
    acb_mat_init(Ap, n, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < k; j++)
            acb_set(acb_mat_entry(X, i, j), acb_mat_entry(R, i, cols[j]));
    frozen_rows(perm, X);
    for (i = 0; i < n; i++)
    {
        for (j = 0; j < n; j++)
            acb_set(acb_mat_entry(Ap, i, j), acb_mat_entry(A, perm[i], perm[j]));
        for (j = 0; j < k; j++)
            acb_set(acb_mat_entry(Xp, i, j), acb_mat_entry(X, perm[i], j));
    }
    acb_mat_eig_enclosure_rump(F, NULL, X, Ap, lam, Xp, prec);
    ok = acb_is_finite(F);
    acb_mat_clear(X);
    acb_mat_clear(Xp);
    acb_mat_clear(Ap);
    free(perm);
    return ok;
}

/* Groups the approximations within eps of a cluster's first member:
   cl[i] is the cluster of eigenvalue i; returns the number of clusters. */
static slong group_clusters(slong *cl, slong *first, acb_srcptr approx, slong n, const mag_t eps)
{
    slong i, c, nc = 0;
    acb_t d;
    mag_t t;

    acb_init(d);
    mag_init(t);
    for (i = 0; i < n; i++)
    {
        for (c = 0, cl[i] = -1; c < nc && cl[i] < 0; c++)
        {
            acb_sub(d, approx + i, approx + first[c], MAG_BITS);
            acb_get_mag(t, d);
            if (mag_cmp(t, eps) <= 0)
                cl[i] = c;
        }
        if (cl[i] < 0)
            first[nc] = i, cl[i] = nc++;
    }
    acb_clear(d);
    mag_clear(t);
    return nc;
}

/* Rump's cluster method with well-chosen frozen rows: every eigenvalue of
   A goes into E (a cluster's members share its disc), provided the discs
   of different clusters are disjoint.  1 on success. */
static int eig_clusters(acb_ptr E, const acb_mat_t A, acb_srcptr approx, const acb_mat_t R,
                        const mag_t eps, slong prec)
{
    slong n = acb_mat_nrows(A), *cl = blochgen_malloc(sizeof(slong) * 3 * n), *first = cl + n;
    slong *cols = first + n, nc, c, i, k;
    acb_ptr F;
    acb_t lam;
    int ok = 1;

    nc = group_clusters(cl, first, approx, n, eps);
    F = _acb_vec_init(nc);
    acb_init(lam);
    for (c = 0; c < nc && ok; c++)
    {
        /* the cluster's mean as its centre */
        acb_zero(lam);
        for (i = 0, k = 0; i < n; i++)
            if (cl[i] == c)
                cols[k++] = i, acb_add(lam, lam, approx + i, prec);
        acb_div_si(lam, lam, k, prec);
        acb_get_mid(lam, lam);
        ok = cluster_enclosure(F + c, A, R, cols, k, lam, prec);
    }
    for (c = 0; c < nc && ok; c++)
        for (i = c + 1; i < nc && ok; i++)
            ok = !acb_overlaps(F + c, F + i);
    for (i = 0; i < n && ok; i++)
        acb_set(E + i, F + cl[i]);
    acb_clear(lam);
    _acb_vec_clear(F, nc);
    free(cl);
    return ok;
}

/* Encloses the eigenvalues of jac restricted to rows and columns idx[0..k)
   into E.  1 on success, 0 when no method could certify them. */
static int block_eig(acb_ptr E, arb_srcptr jac, int n, const int *idx, int k, slong prec)
{
    acb_mat_t A, R;
    acb_ptr approx;
    mag_t scale, eps;
    int i, j, ok;

    if (k == 0)
        return 1;
    acb_mat_init(A, k, k);
    acb_mat_init(R, k, k);
    approx = _acb_vec_init(k);
    mag_init(scale);
    mag_init(eps);
    for (i = 0; i < k; i++)
        for (j = 0; j < k; j++)
            acb_set_arb(acb_mat_entry(A, i, j), jac + (slong) idx[i] * n + idx[j]);
    /* the approximations need not converge: certification decides */
    acb_mat_approx_eig_qr(approx, NULL, R, A, NULL, 0, prec);
    ok = acb_mat_eig_simple(E, NULL, NULL, A, approx, R, prec);
    /* multiple eigenvalues (pump_loss's even block has a double one):
       clusters of approximations closer than |mu|_max 2^(-3p/4), 2^(-p/2) */
    for (i = 0; i < k; i++)
    {
        acb_get_mag(eps, approx + i);
        mag_max(scale, scale, eps);
    }
    for (j = 1; j <= 2 && !ok; j++)
    {
        mag_mul_2exp_si(eps, scale, -prec + j * prec / 4);
        ok = eig_clusters(E, A, approx, R, eps, prec);
    }
    mag_clear(scale);
    mag_clear(eps);
    _acb_vec_clear(approx, k);
    acb_mat_clear(A);
    acb_mat_clear(R);
    return ok;
}

/* 1 when every entry coupling the even and odd observables is an exact
   zero ball, so the two diagonal blocks carry the whole spectrum. */
static int blocks_decouple(arb_srcptr jac, const bloch_model_t *m)
{
    int n = m->nobs, i, j;

    if (m->nodd == 0 || m->neven == 0)
        return 0;
    for (i = 0; i < n; i++)
        if (m->parity[i] != 0 && m->parity[i] != 1)
            return 0;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            if (m->parity[i] != m->parity[j] && !arb_is_zero(jac + (slong) i * n + j))
                return 0;
    return 1;
}

/* All nobs eigenvalues of the ball Jacobian into E; 1 on success. */
static int enclose_spectrum(acb_ptr E, arb_srcptr jac, const bloch_model_t *m, slong prec)
{
    int n = m->nobs, *idx = blochgen_malloc(sizeof(int) * n), k, ne = 0, no = 0, ok;

    if (blocks_decouple(jac, m))
    {
        for (k = 0; k < n; k++)
            if (m->parity[k] == 0)
                idx[ne++] = k;
        for (k = 0; k < n; k++)
            if (m->parity[k] == 1)
                idx[ne + no++] = k;
        ok = block_eig(E, jac, n, idx, ne, prec) &&
             block_eig(E + ne, jac, n, idx + ne, no, prec);
    }
    else
    {
        for (k = 0; k < n; k++)
            idx[k] = k;
        ok = block_eig(E, jac, n, idx, n, prec);
    }
    free(idx);
    return ok;
}

/* Verdict from the enclosures; the largest real part lies in
   [max lower bound, max upper bound], so the gap in [-max ub, -max lb]. */
static int verdict(double *gap_lo, double *gap_hi, acb_srcptr E, int n, slong prec)
{
    arf_t lb, ub, t;
    int k, v;

    arf_init(lb);
    arf_init(ub);
    arf_init(t);
    arf_neg_inf(lb);
    arf_neg_inf(ub);
    for (k = 0; k < n; k++)
    {
        arb_get_lbound_arf(t, acb_realref(E + k), prec);
        arf_max(lb, lb, t);
        arb_get_ubound_arf(t, acb_realref(E + k), prec);
        arf_max(ub, ub, t);
    }
    v = arf_sgn(ub) < 0 ? STAB_STABLE : arf_sgn(lb) > 0 ? STAB_UNSTABLE : STAB_UNDECIDED;
    arf_neg(t, ub);
    *gap_lo = arf_get_d(t, ARF_RND_FLOOR);
    arf_neg(t, lb);
    *gap_hi = arf_get_d(t, ARF_RND_CEIL);
    arf_clear(lb);
    arf_clear(ub);
    arf_clear(t);
    return v;
}

/* One attempt at precision prec: a verdict, or STAB_UNDECIDED (gap
   bounds left untouched when nothing could be enclosed). */
static int certify_at(double *gap_lo, double *gap_hi, int *have_state, arb_srcptr p,
                      const double *xt, const bloch_model_t *m, const bloch_model_arb_t *marb,
                      slong prec)
{
    slong n = m->nobs;
    arb_ptr x = _arb_vec_init(n), jac = _arb_vec_init(n * n);
    acb_ptr E = _acb_vec_init(n);
    int v = STAB_UNDECIDED;

    if (xt ? stab_krawczyk(x, xt, p, m, marb, prec) : marb->symmetric(x, p, prec) == 0)
    {
        *have_state = 1;
        marb->jacobian(jac, x, p, prec);
        if (enclose_spectrum(E, jac, m, prec))
            v = verdict(gap_lo, gap_hi, E, m->nobs, prec);
    }
    _acb_vec_clear(E, n);
    _arb_vec_clear(jac, n * n);
    _arb_vec_clear(x, n);
    return v;
}

int stab_certify(double *gap_lo, double *gap_hi, const double *p, const bloch_model_t *m,
                 const bloch_model_arb_t *marb)
{
    arb_ptr pb;
    double *xt = NULL;
    slong prec;
    int k, v = STAB_UNDECIDED, have_state = 0;

    *gap_lo = -INFINITY;
    *gap_hi = INFINITY;
    if (marb == NULL || marb->jacobian == NULL || m->symmetry == NULL)
        return STAB_UNDECIDED;
    if (!(m->has_symmetric && marb->symmetric != NULL))
    {
        /* no closed form: the numerical state, to be enclosed by Krawczyk */
        xt = blochgen_malloc(sizeof(double) * m->nobs);
        if (marb->rhs == NULL || steady_symmetric(xt, p, m) != STEADY_SYM_OK)
        {
            free(xt);
            *gap_lo = *gap_hi = NAN;
            return STAB_UNDECIDED;
        }
    }
    pb = _arb_vec_init(m->nparams);
    for (k = 0; k < m->nparams; k++)
        arb_set_d(pb + k, p[k]);    /* exact: a double is a binary rational */
    for (prec = CERT_PREC_MIN; prec <= CERT_PREC_MAX && v == STAB_UNDECIDED; prec *= 2)
        v = certify_at(gap_lo, gap_hi, &have_state, pb, xt, m, marb, prec);
    if (!have_state)
        *gap_lo = *gap_hi = NAN;
    _arb_vec_clear(pb, m->nparams);
    free(xt);
    return v;
}
