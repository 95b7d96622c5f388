#include "derive.h"
#include "alloc.h"

/* Row k times the lcm of its denominators, as polynomials: 0, or 2 when
   a product would exceed the limits (message in msg). */
static int clear_row(fmpz_mpoly_struct *row, fmpz_mpoly_t lcm, const fmpz_mpoly_q_struct *q,
                     slong n, const limit_struct *L, double *formed, char *msg,
                     const fmpz_mpoly_ctx_t qctx)
{
    const char *what = "the matrix with its denominators cleared";
    fmpz_mpoly_t g, t;
    limit_size_t s;
    slong j;
    int st = 0;

    fmpz_mpoly_init(g, qctx);
    fmpz_mpoly_init(t, qctx);
    fmpz_mpoly_one(lcm, qctx);
    for (j = 0; j < n && st == 0; j++)
    {
        const fmpz_mpoly_struct *den = fmpz_mpoly_q_denref(q + j);
        fmpz_mpoly_gcd(g, lcm, den, qctx);
        fmpz_mpoly_divexact(t, den, g, qctx);
        limit_size_mul_fmpz_mpoly(&s, lcm, t, qctx);
        if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what)) == 0)
            fmpz_mpoly_mul(lcm, lcm, t, qctx);
    }
    for (j = 0; j < n && st == 0; j++)
    {
        fmpz_mpoly_divexact(t, lcm, fmpz_mpoly_q_denref(q + j), qctx);
        limit_size_mul_fmpz_mpoly(&s, fmpz_mpoly_q_numref(q + j), t, qctx);
        if ((st = limit_check(msg, DERIVE_NOTE_MAX, L, &s, formed, what)) == 0)
            fmpz_mpoly_mul(row + j, fmpz_mpoly_q_numref(q + j), t, qctx);
    }
    fmpz_mpoly_clear(g, qctx);
    fmpz_mpoly_clear(t, qctx);
    return st;
}

/* Irreducible factors with their multiplicities in the numerator and the
   denominator of det(block) = det(M') * prod(contents) / prod(row lcms). */
typedef struct
{
    fmpz_mpoly_struct *f;
    slong *mult[2];     /* [0]: numerator, [1]: denominator */
    slong n;
} factors_t;

static void factors_add(factors_t *F, const fmpz_mpoly_t p, int den,
                        const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_factor_t fac;
    slong i, k;

    if (fmpz_mpoly_is_fmpz(p, qctx))
        return;
    fmpz_mpoly_factor_init(fac, qctx);
    if (!fmpz_mpoly_factor(fac, p, qctx))
        flint_abort();  /* only fails for exponents beyond 64 bits */
    for (i = 0; i < fac->num; i++)
    {
        for (k = 0; k < F->n; k++)
            if (fmpz_mpoly_equal(F->f + k, fac->poly + i, qctx))
                break;
        if (k == F->n)
        {
            F->f = blochgen_realloc(F->f, (k + 1) * sizeof(fmpz_mpoly_struct));
            F->mult[0] = blochgen_realloc(F->mult[0], (k + 1) * sizeof(slong));
            F->mult[1] = blochgen_realloc(F->mult[1], (k + 1) * sizeof(slong));
            fmpz_mpoly_init(F->f + k, qctx);
            fmpz_mpoly_set(F->f + k, fac->poly + i, qctx);
            F->mult[0][k] = F->mult[1][k] = 0;
            F->n++;
        }
        F->mult[den][k] += fmpz_get_si(fac->exp + i);
    }
    fmpz_mpoly_factor_clear(fac, qctx);
}

/* Divides the common factor of the n entries at M[0], M[step], ... out
   of them and records it in the numerator's factors. */
static void remove_content(fmpz_mpoly_struct *M, slong n, slong step, factors_t *F,
                           const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_t g;
    slong k;

    fmpz_mpoly_init(g, qctx);
    for (k = 0; k < n && !fmpz_mpoly_is_one(g, qctx); k++)
        fmpz_mpoly_gcd(g, g, M + k * step, qctx);
    if (!fmpz_mpoly_is_fmpz(g, qctx))
    {
        for (k = 0; k < n; k++)
            fmpz_mpoly_divexact(M + k * step, M + k * step, g, qctx);
        factors_add(F, g, 0, qctx);
    }
    fmpz_mpoly_clear(g, qctx);
}

/* det * prod f^num / prod f^den in lowest terms, up to a constant: the
   factors known on both sides cancel first, what remains of the
   denominator is divided out of det as often as it divides, and what
   remains of the numerator is multiplied back in. */
static void cancel_factors(fmpz_mpoly_t det, factors_t *F, const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_t q;
    slong k, i, c;

    fmpz_mpoly_init(q, qctx);
    for (k = 0; k < F->n; k++)
    {
        c = FLINT_MIN(F->mult[0][k], F->mult[1][k]);
        for (i = 0; i < F->mult[1][k] - c && fmpz_mpoly_divides(q, det, F->f + k, qctx); i++)
            fmpz_mpoly_swap(det, q, qctx);
        for (i = 0; i < F->mult[0][k] - c; i++)
            fmpz_mpoly_mul(det, det, F->f + k, qctx);
        fmpz_mpoly_clear(F->f + k, qctx);
    }
    free(F->f);
    free(F->mult[0]);
    free(F->mult[1]);
    fmpz_mpoly_clear(q, qctx);
}

int derive_det_q(fmpz_mpoly_t num, const fmpz_mpoly_q_struct *A, slong n, const limit_struct *L,
                 char *msg, const fmpz_mpoly_ctx_t qctx)
{
    fmpz_mpoly_struct *M = blochgen_malloc((n * n + 1) * sizeof(fmpz_mpoly_struct));
    fmpz_mpoly_struct *lcm = blochgen_malloc((n + 1) * sizeof(fmpz_mpoly_struct));
    factors_t F = {NULL, {NULL, NULL}, 0};
    double formed = 0;
    fmpz_t c;
    slong i, j;
    int st = 0;

    for (i = 0; i < n * n; i++)
        fmpz_mpoly_init(M + i, qctx);
    for (i = 0; i < n; i++)
        fmpz_mpoly_init(lcm + i, qctx);
    for (i = 0; i < n && st == 0; i++)
        st = clear_row(M + i * n, lcm + i, A + i * n, n, L, &formed, msg, qctx);
    /* det(A) = det(M) / prod lcm.  The row scaling puts the denominators'
       factors into whole columns (the symmetric state's denominator D in
       four of eight columns for a pump-loss variant with both losses on
       site 1): divided out of the rows and columns first, they never enter
       the expansion, which then forms polynomials of thousands of terms
       instead of 70,000, and they cancel against the lcms by their
       factorisations, not by a gcd with the expanded product (0.35 s of
       the 0.4 s that variant took) */
    if (st == 0)
    {
        for (i = 0; i < n; i++)
            remove_content(M + i * n, n, 1, &F, qctx);
        for (j = 0; j < n; j++)
            remove_content(M + j, n, n, &F, qctx);
        for (i = 0; i < n; i++)
            factors_add(&F, lcm + i, 1, qctx);
        st = derive_det_subsets(num, M, n, L, msg, qctx);
    }
    if (st == 0)
    {
        cancel_factors(num, &F, qctx);
        /* primitive, with a positive leading coefficient */
        fmpz_init(c);
        _fmpz_vec_content(c, num->coeffs, num->length);
        if (!fmpz_is_zero(c))
        {
            if (fmpz_sgn(num->coeffs) < 0)
                fmpz_neg(c, c);
            fmpz_mpoly_scalar_divexact_fmpz(num, num, c, qctx);
        }
        fmpz_clear(c);
    }
    else
    {
        for (i = 0; i < F.n; i++)
            fmpz_mpoly_clear(F.f + i, qctx);
        free(F.f);
        free(F.mult[0]);
        free(F.mult[1]);
    }
    for (i = 0; i < n * n; i++)
        fmpz_mpoly_clear(M + i, qctx);
    for (i = 0; i < n; i++)
        fmpz_mpoly_clear(lcm + i, qctx);
    free(M);
    free(lcm);
    return st;
}
