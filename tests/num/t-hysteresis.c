/* num_hysteresis against a reference that marks every differing grid
 * point and then reads the maximal runs off the marks: random forward and
 * backward runs with gaps (NULL), mirror images (never a difference) and
 * a window cap. */
#include "testutil.h"
#include "num.h"

#define GMAX 60
#define N 3

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2000), r;
    double va[GMAX][N], vb[GMAX][N];
    const double *a[GMAX], *b[GMAX];
    signed char par[N] = {1, 0, 1};
    int lo[GMAX], hi[GMAX], rlo[GMAX], rhi[GMAX];

    test_rand_init(st, "t-hysteresis");
    for (r = 0; r < reps; r++)
    {
        int ng = 1 + (int) n_randint(st, GMAX), max = 1 + (int) n_randint(st, 8), cnt, rc = 0;
        char mark[GMAX];
        for (int g = 0; g < ng; g++)
        {
            int kind = (int) n_randint(st, 5);
            for (int k = 0; k < N; k++)
                va[g][k] = (double) n_randint(st, 100) / 100;
            for (int k = 0; k < N; k++)     /* equal, mirrored, or different */
                vb[g][k] = kind == 0 ? va[g][k] + 0.5 : kind == 1 && par[k] ? -va[g][k] : va[g][k];
            a[g] = n_randint(st, 10) ? va[g] : NULL;
            b[g] = n_randint(st, 10) ? vb[g] : NULL;
            mark[g] = a[g] && b[g] && kind == 0;
        }
        for (int g = 0; g < ng; g++)
            if (mark[g] && (g == 0 || !mark[g - 1]) && rc < max)
            {
                int e = g;
                while (e + 1 < ng && mark[e + 1])
                    e++;
                rlo[rc] = g, rhi[rc] = e, rc++;
            }
        cnt = num_hysteresis(lo, hi, max, a, b, ng, par, N, 1e-6);
        if (cnt != rc)
            TEST_FAIL("rep %ld: %d windows, reference %d", r, cnt, rc);
        for (int i = 0; i < cnt; i++)
            if (lo[i] != rlo[i] || hi[i] != rhi[i])
                TEST_FAIL("rep %ld: window %d [%d, %d], reference [%d, %d]", r, i, lo[i], hi[i],
                          rlo[i], rhi[i]);
    }
    flint_rand_clear(st);
    printf("t-hysteresis: %ld random runs ok\n", reps);
    return 0;
}
