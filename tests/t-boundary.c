/* derive_det_q and the boundary polynomial against an independent
   computation: the numerator of the determinant by Gaussian elimination
   over Q(params) (fmpz_mpoly_q, canonical at every step), made primitive
   with a positive leading coefficient.  derive_det_q instead clears
   denominators row by row, divides common factors out of rows and
   columns, expands the determinant and cancels the factors by their
   factorisations; the two must agree exactly.  Random matrices whose
   denominators share factors (so that every cancellation path runs), and
   the odd blocks of pump_loss, its variant with both losses on site 1
   (whose determinant the old gcd took 0.5 s to reduce) and two models
   with other symmetries. */
#include <string.h>
#include "testutil.h"
#include "derive.h"
#include "alloc.h"

static const char *const models[] = {
    "model pump_loss\nsites 2\nparams h1 h2 lambda gup gdown\n"
    "hamiltonian -<sx1>*sx1 - h1*sz1 - <sx2>*sx2 - h2*sz2 - lambda*sx1*sx2\n"
    "jump gdown : sm1\njump gdown : sm2\njump gup : sp1\njump gup : sp2\nsymmetry sz1*sz2\n",
    "model both_on_1\nsites 2\nparams h1 h2 lambda gup gdown\n"
    "hamiltonian -<sx1>*sx1 - h1*sz1 - <sx2>*sx2 - h2*sz2 - lambda*sx1*sx2\n"
    "jump gdown : sm1\njump gdown : sm1\njump gup : sp1\njump gup : sp2\nsymmetry sz1*sz2\n",
    "model xy\nsites 2\nparams h J g\n"
    "hamiltonian -J*<sx2>*sx1 - J*<sx1>*sx2 - h*(sz1 + sz2) - J/2*sy1*sy2\n"
    "jump g : sm1\njump g/2 : sm2 + sm1\nsymmetry sz1*sz2\n",
    "model one\nsites 1\nparams h g k\nhamiltonian -<sx1>*sx1 - h*sz1 - k*<sz1>*sz1\n"
    "jump g : sm1\nsymmetry sz1\n",
};

/* det of the n x n matrix A over Q(params) by elimination (A destroyed) */
static void det_q(fmpz_mpoly_q_t det, fmpz_mpoly_q_struct *A, slong n,
                  const fmpz_mpoly_ctx_t ctx)
{
    fmpz_mpoly_q_t f, t;
    slong c, r, j;

    fmpz_mpoly_q_init(f, ctx);
    fmpz_mpoly_q_init(t, ctx);
    fmpz_mpoly_q_one(det, ctx);
    for (c = 0; c < n; c++)
    {
        for (r = c; r < n && fmpz_mpoly_q_is_zero(A + r * n + c, ctx); r++)
            ;
        if (r == n)
        {
            fmpz_mpoly_q_zero(det, ctx);
            break;
        }
        if (r != c)
        {
            for (j = 0; j < n; j++)
                fmpz_mpoly_q_swap(A + r * n + j, A + c * n + j, ctx);
            fmpz_mpoly_q_neg(det, det, ctx);
        }
        fmpz_mpoly_q_mul(det, det, A + c * n + c, ctx);
        for (r = c + 1; r < n; r++)
        {
            fmpz_mpoly_q_div(f, A + r * n + c, A + c * n + c, ctx);
            for (j = c; j < n; j++)
            {
                fmpz_mpoly_q_mul(t, f, A + c * n + j, ctx);
                fmpz_mpoly_q_sub(A + r * n + j, A + r * n + j, t, ctx);
            }
        }
    }
    fmpz_mpoly_q_clear(f, ctx);
    fmpz_mpoly_q_clear(t, ctx);
}

/* numerator of det(A), primitive with a positive leading coefficient */
static void det_num(fmpz_mpoly_t num, const fmpz_mpoly_q_struct *A, slong n,
                    const fmpz_mpoly_ctx_t ctx)
{
    fmpz_mpoly_q_struct *B = blochgen_malloc((n * n + 1) * sizeof(fmpz_mpoly_q_struct));
    fmpz_mpoly_q_t det;
    fmpz_t c;
    slong i;

    for (i = 0; i < n * n; i++)
    {
        fmpz_mpoly_q_init(B + i, ctx);
        fmpz_mpoly_q_set(B + i, A + i, ctx);
    }
    fmpz_mpoly_q_init(det, ctx);
    fmpz_init(c);
    det_q(det, B, n, ctx);
    fmpz_mpoly_set(num, fmpz_mpoly_q_numref(det), ctx);
    _fmpz_vec_content(c, num->coeffs, num->length);
    if (!fmpz_is_zero(c))
    {
        if (fmpz_sgn(num->coeffs) < 0)
            fmpz_neg(c, c);
        fmpz_mpoly_scalar_divexact_fmpz(num, num, c, ctx);
    }
    for (i = 0; i < n * n; i++)
        fmpz_mpoly_q_clear(B + i, ctx);
    free(B);
    fmpz_mpoly_q_clear(det, ctx);
    fmpz_clear(c);
}

/* Entries num/den with den a product of factors from a small pool and num
   often a multiple of one (common factors of rows and columns, and
   denominators that do and do not cancel in the determinant). */
static void test_random(void)
{
    const char *vars[] = {"x", "y", "z"};
    const char *pool[] = {"x+1", "y-2", "x*y+3", "x^2+z", "2*x-3*z"};
    flint_rand_t st;
    fmpz_mpoly_ctx_t ctx;
    fmpz_mpoly_t f, want, got;
    long rep;
    slong i;

    test_rand_init(st, "t-boundary");
    fmpz_mpoly_ctx_init(ctx, 3, ORD_LEX);
    fmpz_mpoly_init(f, ctx);
    fmpz_mpoly_init(want, ctx);
    fmpz_mpoly_init(got, ctx);
    for (rep = 0; rep < test_reps(100); rep++)
    {
        slong n = 1 + n_randint(st, 5);
        fmpz_mpoly_q_struct *A = blochgen_malloc(n * n * sizeof(fmpz_mpoly_q_struct));
        char msg[DERIVE_NOTE_MAX];
        slong col = n_randint(st, n);

        for (i = 0; i < n * n; i++)
        {
            fmpz_mpoly_struct *num = fmpz_mpoly_q_numref(A + i), *den = fmpz_mpoly_q_denref(A + i);
            int k, nf = n_randint(st, 3);

            fmpz_mpoly_q_init(A + i, ctx);
            if (n_randint(st, 4) == 0)
                continue;
            fmpz_mpoly_randtest_bound(num, st, 1 + n_randint(st, 3), 3, 2, ctx);
            if (fmpz_mpoly_is_zero(num, ctx))
                fmpz_mpoly_one(num, ctx);
            /* one column with a common factor, often */
            if (i % n == col && rep % 2 == 0)
            {
                fmpz_mpoly_set_str_pretty(f, pool[rep % 5], vars, ctx);
                fmpz_mpoly_mul(num, num, f, ctx);
            }
            fmpz_mpoly_one(den, ctx);
            for (k = 0; k < nf; k++)
            {
                fmpz_mpoly_set_str_pretty(f, pool[n_randint(st, 5)], vars, ctx);
                fmpz_mpoly_mul(den, den, f, ctx);
            }
            fmpz_mpoly_q_canonicalise(A + i, ctx);
        }
        det_num(want, A, n, ctx);
        if (derive_det_q(got, A, n, NULL, msg, ctx) != 0)
            TEST_FAIL("derive_det_q stopped without limits: %s", msg);
        if (!fmpz_mpoly_equal(got, want, ctx))
            TEST_FAIL("derive_det_q differs from elimination (n = %ld, rep %ld)", (long) n, rep);
        for (i = 0; i < n * n; i++)
            fmpz_mpoly_q_clear(A + i, ctx);
        free(A);
    }
    printf("t-boundary: %ld random matrices agree\n", (long) test_reps(100));
    fmpz_mpoly_clear(f, ctx);
    fmpz_mpoly_clear(want, ctx);
    fmpz_mpoly_clear(got, ctx);
    fmpz_mpoly_ctx_clear(ctx);
    flint_rand_clear(st);
}

int main(void)
{
    size_t k;

    test_random();
    for (k = 0; k < sizeof models / sizeof models[0]; k++)
    {
        model_t m;
        derive_t d;
        model_error_t err;
        const fmpz_mpoly_ctx_struct *ctx;
        fmpz_mpoly_t num;
        slong n;

        if (model_parse(m, "t.model", models[k], strlen(models[k]), NULL, &err) != 0)
            TEST_FAIL("model %zu: %d:%d: %s", k, err.line, err.col, err.msg);
        if (derive_all(d, m) != 0 || !d->has_boundary)
            TEST_FAIL("model %zu: no boundary polynomial", k);
        ctx = derive_qctx(d);
        n = d->nodd;
        fmpz_mpoly_init(num, ctx);
        det_num(num, d->odd_block, n, ctx);
        if (!fmpz_mpoly_equal(num, d->boundary, ctx))
            TEST_FAIL("model %s: the boundary polynomial (%ld terms) is not the numerator of "
                      "det(odd block) (%ld terms)", m->name, (long) d->boundary->length,
                      (long) num->length);
        printf("t-boundary: %s: %ld x %ld odd block, boundary of %ld terms agrees\n", m->name,
               (long) n, (long) n, (long) num->length);
        fmpz_mpoly_clear(num, ctx);
        derive_clear(d);
        model_clear(m);
    }
    flint_cleanup_master();
    printf("t-boundary: PASS\n");
    return 0;
}
