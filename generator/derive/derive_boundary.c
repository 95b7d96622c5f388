#include "derive.h"
#include "alloc.h"

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
   the pump-loss model).  Every product is checked against L before it is
   formed (their terms together bounded by `terms`); the sizes of the
   entries and of each partial sum are computed once, not per product. */
int derive_det_subsets(fmpz_mpoly_t det, const fmpz_mpoly_struct *M, slong n,
                       const limit_struct *L, char *msg, const fmpz_mpoly_ctx_t qctx)
{
    slong nsets = (slong) 1 << n, S, j;
    fmpz_mpoly_struct *D = blochgen_malloc(nsets * sizeof(fmpz_mpoly_struct));
    limit_size_t *msize = blochgen_malloc((n * n + 1) * sizeof(limit_size_t)), dsize, psize;
    double formed = 0;
    fmpz_mpoly_t t;
    int st = 0;

    fmpz_mpoly_init(t, qctx);
    for (S = 0; S < nsets; S++)
        fmpz_mpoly_init(D + S, qctx);
    if (L != NULL)
        for (j = 0; j < n * n; j++)
            limit_size_fmpz_mpoly(msize + j, M + j, qctx);
    fmpz_mpoly_one(D + 0, qctx);
    for (S = 0; S < nsets && st == 0; S++)
    {
        slong i = __builtin_popcountl((unsigned long) S);
        if (i >= n || fmpz_mpoly_is_zero(D + S, qctx))
            continue;
        if (L != NULL)
        {
            limit_size_fmpz_mpoly(&dsize, D + S, qctx);
            if (L->progress != NULL)
                L->progress("boundary determinant", S, nsets);
        }
        for (j = 0; j < n; j++)
        {
            const fmpz_mpoly_struct *a = M + i * n + j;
            if ((S >> j) & 1 || fmpz_mpoly_is_zero(a, qctx))
                continue;
            if (L != NULL)
            {
                limit_size_mul(&psize, &dsize, msize + i * n + j);
                if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &psize, &formed,
                                      "the boundary determinant")) != 0)
                    break;
            }
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
    if (L != NULL && L->progress != NULL)
        L->progress("boundary determinant", nsets, nsets);
    fmpz_mpoly_swap(det, D + nsets - 1, qctx);
    for (S = 0; S < nsets; S++)
        fmpz_mpoly_clear(D + S, qctx);
    free(D);
    free(msize);
    fmpz_mpoly_clear(t, qctx);
    return st;
}

/* Odd block of the Jacobian at the symmetric state, and the numerator of its
   determinant: the symmetric state has a zero eigenvalue in the odd sector
   (a pitchfork) exactly where this polynomial vanishes.  A step that would
   exceed the limits leaves has_boundary 0 and says why in limit_note. */
void derive_boundary(derive_t d)
{
    const fmpz_mpoly_ctx_struct *qctx = derive_qctx(d);
    const limit_struct *L = &d->m->limits;
    slong n, i, j, v;
    int st = 0;

    d->nodd = 0;
    d->odd_vars = blochgen_malloc((d->n + 1) * sizeof(slong));
    for (v = 0; v < d->n; v++)
        if (d->odd[v])
            d->odd_vars[d->nodd++] = v;
    if (d->sym_status != SYM_CLOSED_FORM || d->nodd == 0 || d->nodd > DERIVE_ODD_MAX)
        return;
    n = d->nodd;
    d->odd_block = blochgen_malloc(n * n * sizeof(fmpz_mpoly_q_struct));
    for (i = 0; i < n * n; i++)
        fmpz_mpoly_q_init(d->odd_block + i, qctx);
    for (i = 0; i < n && st == 0; i++)
        for (j = 0; j < n && st == 0; j++)
        {
            const bpoly_struct *e = derive_jac_entry(d, d->odd_vars[i], d->odd_vars[j]);
            if (e != NULL)
                st = derive_bpoly_eval_q(d->odd_block + i * n + j, e, d->sym, d, L,
                                         d->limit_note);
        }
    fmpz_mpoly_init(d->boundary, qctx);
    if (st == 0)
        st = derive_det_q(d->boundary, d->odd_block, n, L, d->limit_note, qctx);
    if (st == 0)
        d->has_boundary = 1;
    else
        fmpz_mpoly_clear(d->boundary, qctx);
}
