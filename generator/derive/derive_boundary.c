#include "derive.h"
#include "alloc.h"

/* Row k times the lcm of its denominators, as polynomials. */
static void clear_row(fmpz_mpoly_struct *row, fmpz_mpoly_t lcm, const fmpz_mpoly_q_struct *q,
                      slong n, const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_t g, t;
    slong j;

    fmpz_mpoly_init(g, qctx);
    fmpz_mpoly_init(t, qctx);
    fmpz_mpoly_one(lcm, qctx);
    for (j = 0; j < n; j++)
    {
        const fmpz_mpoly_struct *den = fmpz_mpoly_q_denref(q + j);
        fmpz_mpoly_gcd(g, lcm, den, qctx);
        fmpz_mpoly_divexact(t, den, g, qctx);
        fmpz_mpoly_mul(lcm, lcm, t, qctx);
    }
    for (j = 0; j < n; j++)
    {
        fmpz_mpoly_divexact(t, lcm, fmpz_mpoly_q_denref(q + j), qctx);
        fmpz_mpoly_mul(row + j, fmpz_mpoly_q_numref(q + j), t, qctx);
    }
    fmpz_mpoly_clear(g, qctx);
    fmpz_mpoly_clear(t, qctx);
}

/* Bareiss fraction-free elimination: det of an n x n polynomial matrix. */
void derive_det_bareiss(fmpz_mpoly_t det, fmpz_mpoly_struct *M, slong n,
                        const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_t prev, t;
    slong i, j, k, sign = 1;

    fmpz_mpoly_init(prev, qctx);
    fmpz_mpoly_init(t, qctx);
    fmpz_mpoly_one(prev, qctx);
    fmpz_mpoly_one(det, qctx);
    for (k = 0; k < n - 1; k++)
    {
        slong p = k;
        while (p < n && fmpz_mpoly_is_zero(M + p * n + k, qctx))
            p++;
        if (p == n)
        {
            fmpz_mpoly_zero(det, qctx);
            goto done;
        }
        if (p != k)
        {
            for (j = 0; j < n; j++)
                fmpz_mpoly_swap(M + p * n + j, M + k * n + j, qctx);
            sign = -sign;
        }
        for (i = k + 1; i < n; i++)
        {
            for (j = k + 1; j < n; j++)
            {
                fmpz_mpoly_mul(M + i * n + j, M + i * n + j, M + k * n + k, qctx);
                fmpz_mpoly_mul(t, M + i * n + k, M + k * n + j, qctx);
                fmpz_mpoly_sub(M + i * n + j, M + i * n + j, t, qctx);
                fmpz_mpoly_divexact(M + i * n + j, M + i * n + j, prev, qctx);
            }
            fmpz_mpoly_zero(M + i * n + k, qctx);
        }
        fmpz_mpoly_set(prev, M + k * n + k, qctx);
    }
    fmpz_mpoly_set(det, M + (n - 1) * n + (n - 1), qctx);
    if (sign < 0)
        fmpz_mpoly_neg(det, det, qctx);
done:
    fmpz_mpoly_clear(prev, qctx);
    fmpz_mpoly_clear(t, qctx);
}

/* Sum over permutations built row by row, sharing partial products over
   column subsets: 2^n n products, no divisions.  For the small sparse odd
   blocks of mean-field models this beats Bareiss, whose exact divisions of
   large intermediate polynomials dominate (1 s against milliseconds for
   the pump-loss model). */
void derive_det_subsets(fmpz_mpoly_t det, const fmpz_mpoly_struct *M, slong n,
                        const fmpz_mpoly_ctx_t qctx)
{
    slong nsets = (slong) 1 << n, S, j;
    fmpz_mpoly_struct *D = blochgen_malloc(nsets * sizeof(fmpz_mpoly_struct));
    fmpz_mpoly_t t;

    fmpz_mpoly_init(t, qctx);
    for (S = 0; S < nsets; S++)
        fmpz_mpoly_init(D + S, qctx);
    fmpz_mpoly_one(D + 0, qctx);
    for (S = 0; S < nsets; S++)
    {
        slong i = __builtin_popcountl((unsigned long) S);
        if (i >= n || fmpz_mpoly_is_zero(D + S, qctx))
            continue;
        for (j = 0; j < n; j++)
        {
            const fmpz_mpoly_struct *a = M + i * n + j;
            if ((S >> j) & 1 || fmpz_mpoly_is_zero(a, qctx))
                continue;
            fmpz_mpoly_mul(t, D + S, a, qctx);
            /* inversions: columns already used that are larger than j */
            if (__builtin_popcountl((unsigned long) (S >> (j + 1))) & 1)
                fmpz_mpoly_sub(D + (S | ((slong) 1 << j)), D + (S | ((slong) 1 << j)), t, qctx);
            else
                fmpz_mpoly_add(D + (S | ((slong) 1 << j)), D + (S | ((slong) 1 << j)), t, qctx);
        }
        if (S != 0)
            fmpz_mpoly_zero(D + S, qctx);   /* no longer needed */
    }
    fmpz_mpoly_swap(det, D + nsets - 1, qctx);
    for (S = 0; S < nsets; S++)
        fmpz_mpoly_clear(D + S, qctx);
    free(D);
    fmpz_mpoly_clear(t, qctx);
}

/* Odd block of the Jacobian at the symmetric state, and the numerator of its
   determinant: the symmetric state has a zero eigenvalue in the odd sector
   (a pitchfork) exactly where this polynomial vanishes. */
void derive_boundary(derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    slong n, i, j, v;
    fmpz_mpoly_struct *M;
    fmpz_mpoly_t lcm, den;
    fmpz_mpoly_q_t det;
    fmpz_t c;

    d->nodd = 0;
    d->odd_vars = blochgen_malloc((d->n + 1) * sizeof(slong));
    for (v = 0; v < d->n; v++)
        if (d->odd[v])
            d->odd_vars[d->nodd++] = v;
    if (d->sym_status != SYM_CLOSED_FORM || d->nodd == 0 || d->nodd > DERIVE_ODD_MAX)
        return;
    n = d->nodd;
    d->odd_block = blochgen_malloc(n * n * sizeof(fmpz_mpoly_q_struct));
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            const bpoly_struct *e = derive_jac_entry(d, d->odd_vars[i], d->odd_vars[j]);
            fmpz_mpoly_q_init(d->odd_block + i * n + j, qctx);
            if (e != NULL)
                derive_bpoly_eval_q(d->odd_block + i * n + j, e, d->sym, d);
        }
    M = blochgen_malloc(n * n * sizeof(fmpz_mpoly_struct));
    for (i = 0; i < n * n; i++)
        fmpz_mpoly_init(M + i, qctx);
    fmpz_mpoly_init(lcm, qctx);
    fmpz_mpoly_init(den, qctx);
    fmpz_mpoly_q_init(det, qctx);
    fmpz_mpoly_one(den, qctx);
    for (i = 0; i < n; i++)
    {
        clear_row(M + i * n, lcm, d->odd_block + i * n, n, qctx);
        fmpz_mpoly_mul(den, den, lcm, qctx);
    }
    derive_det_subsets(fmpz_mpoly_q_numref(det), M, n, qctx);
    fmpz_mpoly_swap(fmpz_mpoly_q_denref(det), den, qctx);
    fmpz_mpoly_q_canonicalise(det, qctx);
    /* primitive, with a positive leading coefficient */
    fmpz_mpoly_init(d->boundary, qctx);
    fmpz_mpoly_set(d->boundary, fmpz_mpoly_q_numref(det), qctx);
    fmpz_init(c);
    _fmpz_vec_content(c, d->boundary->coeffs, d->boundary->length);
    if (!fmpz_is_zero(c))
    {
        if (fmpz_sgn(d->boundary->coeffs) < 0)
            fmpz_neg(c, c);
        fmpz_mpoly_scalar_divexact_fmpz(d->boundary, d->boundary, c, qctx);
    }
    d->has_boundary = 1;
    fmpz_clear(c);
    for (i = 0; i < n * n; i++)
        fmpz_mpoly_clear(M + i, qctx);
    free(M);
    fmpz_mpoly_clear(lcm, qctx);
    fmpz_mpoly_clear(den, qctx);
    fmpz_mpoly_q_clear(det, qctx);
}
