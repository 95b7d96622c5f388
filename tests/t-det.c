/* The two determinant algorithms of the boundary polynomial agree, with
   and without the limits; a limit below a product's size stops the
   expansion with a message naming it. */
#include <string.h>
#include "testutil.h"
#include "derive.h"

int main(void)
{
    flint_rand_t st;
    fmpz_mpoly_ctx_t ctx;
    limit_t L;
    char msg[DERIVE_NOTE_MAX];
    long rep;

    test_rand_init(st, "t-det");
    fmpz_mpoly_ctx_init(ctx, 3, ORD_LEX);
    limit_init(L);
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
        if (derive_det_subsets(d1, A, n, rep % 2 ? L : NULL, msg, ctx) != 0)
            TEST_FAIL("the expansion stopped at a limit: %s", msg);
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
    {
        /* [[x+1, y+1], [y+1, x+1]]: the four products of the expansion form
           1*2 + 1*2 + 2*2 + 2*2 = 12 terms, the bound `terms` limits */
        fmpz_mpoly_struct M[4];
        fmpz_mpoly_t d1;
        const char *vars[] = {"x", "y", "z"};
        int i;

        fmpz_mpoly_init(d1, ctx);
        for (i = 0; i < 4; i++)
        {
            fmpz_mpoly_init(M + i, ctx);
            fmpz_mpoly_set_str_pretty(M + i, i == 0 || i == 3 ? "x+1" : "y+1", vars, ctx);
        }
        L->max[LIMIT_TERMS] = 11;
        if (derive_det_subsets(d1, M, 2, L, msg, ctx) != 2 || strstr(msg, "terms=11") == NULL ||
            strstr(msg, "12 with the products before it") == NULL)
            TEST_FAIL("terms=11 did not stop products of 12 terms: '%s'", msg);
        L->max[LIMIT_TERMS] = 12;
        if (derive_det_subsets(d1, M, 2, L, msg, ctx) != 0 ||
            fmpz_mpoly_set_str_pretty(M, "x^2+2*x-y^2-2*y", vars, ctx) != 0 ||
            !fmpz_mpoly_equal(d1, M, ctx))
            TEST_FAIL("2 x 2 determinant within terms=12 wrong or refused");
        for (i = 0; i < 4; i++)
            fmpz_mpoly_clear(M + i, ctx);
        fmpz_mpoly_clear(d1, ctx);
    }
    fmpz_mpoly_ctx_clear(ctx);
    flint_rand_clear(st);
    flint_cleanup_master();
    printf("t-det: PASS\n");
    return 0;
}
