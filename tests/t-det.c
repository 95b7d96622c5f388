/* The two determinant algorithms of the boundary polynomial agree. */
#include "testutil.h"
#include "derive.h"

int main(void)
{
    flint_rand_t st;
    fmpz_mpoly_ctx_t ctx;
    long rep;

    test_rand_init(st, "t-det");
    fmpz_mpoly_ctx_init(ctx, 3, ORD_LEX);
    for (rep = 0; rep < test_reps(60); rep++)
    {
        slong n = 1 + n_randint(st, 7), i;
        fmpz_mpoly_struct *A = flint_malloc(n * n * sizeof(fmpz_mpoly_struct));
        fmpz_mpoly_struct *B = flint_malloc(n * n * sizeof(fmpz_mpoly_struct));
        fmpz_mpoly_t d1, d2;

        fmpz_mpoly_init(d1, ctx);
        fmpz_mpoly_init(d2, ctx);
        for (i = 0; i < n * n; i++)
        {
            fmpz_mpoly_init(A + i, ctx);
            fmpz_mpoly_init(B + i, ctx);
            /* sparse, like Jacobian blocks */
            if (n_randint(st, 3) == 0)
                fmpz_mpoly_randtest_bound(A + i, st, 3, 4, 2, ctx);
            fmpz_mpoly_set(B + i, A + i, ctx);
        }
        derive_det_subsets(d1, A, n, ctx);
        derive_det_bareiss(d2, B, n, ctx);
        if (!fmpz_mpoly_equal(d1, d2, ctx))
            TEST_FAIL("determinants differ (n = %ld)", (long) n);
        for (i = 0; i < n * n; i++)
        {
            fmpz_mpoly_clear(A + i, ctx);
            fmpz_mpoly_clear(B + i, ctx);
        }
        flint_free(A);
        flint_free(B);
        fmpz_mpoly_clear(d1, ctx);
        fmpz_mpoly_clear(d2, ctx);
    }
    fmpz_mpoly_ctx_clear(ctx);
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-det: PASS\n");
    return 0;
}
