/* The symmetric Liouville space: count vectors and their ranks. */
#include <stdlib.h>
#include <string.h>
#include "finite.h"
#include "alloc.h"

#define BINOM(f, m, r) ((f)->binom[(long) (m) * ((f)->T + 1) + (r)])

/* Combinatorial number system on the suffix sums s_j = n_j + .. + n_{T-1}
   (N >= s_1 >= .. >= s_{T-1} >= 0): rank = sum_j C(s_j + T-1-j, T-j), a
   bijection onto 0 .. C(N+T-1, T-1) - 1 with the identity state at 0. */
long finite_rank(const finite_t f, const unsigned char *n)
{
    int T = f->T, j;
    long r = 0, s = 0;

    for (j = T - 1; j >= 1; j--)
    {
        s += n[j];
        r += BINOM(f, s + T - 1 - j, T - j);
    }
    return r;
}

static void enumerate(finite_t f, unsigned char *n, int j, int left)
{
    int v;

    if (j == f->T)
    {
        n[0] = (unsigned char) left;
        memcpy(f->cnt + finite_rank(f, n) * f->T, n, f->T);
        return;
    }
    for (v = 0; v <= left; v++)
    {
        n[j] = (unsigned char) v;
        enumerate(f, n, j + 1, left - v);
    }
}

int finite_init(finite_t f, int k, int N)
{
    int T = 1 << (2 * k), m, r;
    unsigned char n[256];

    memset(f, 0, sizeof *f);
    if (k < 1 || k > 2 || N < 1 || N > 255)
        return -1;
    f->k = k, f->T = T, f->N = N;
    f->binom = blochgen_calloc((size_t) (N + T + 1) * (T + 1), sizeof(long));
    for (m = 0; m <= N + T; m++)
        for (r = 0; r <= T && r <= m; r++)
        {
            long v = (r == 0 || r == m) ? 1 : BINOM(f, m - 1, r - 1) + BINOM(f, m - 1, r);
            if (v > (1L << 31))
                v = 1L << 31;   /* saturates: only the dimension check reads it */
            BINOM(f, m, r) = v;
        }
    f->dim = BINOM(f, N + T - 1, T - 1);
    if (f->dim >= (1L << 31) / 64)
    {
        finite_clear(f);
        return -1;
    }
    f->cnt = blochgen_malloc((size_t) f->dim * T);
    enumerate(f, n, 1, N);
    return 0;
}

void finite_clear(finite_t f)
{
    free(f->cnt);
    free(f->binom);
    free(f->g1);
    free(f->g2);
    free(f->rowptr);
    free(f->col);
    free(f->val);
    memset(f, 0, sizeof *f);
}

void finite_product_state(double *x, const finite_t f, const double *s)
{
    long r;
    int t, e;

    for (r = 0; r < f->dim; r++)
    {
        double v = 1;
        for (t = 1; t < f->T; t++)
            for (e = 0; e < f->cnt[r * f->T + t]; e++)
                v *= s[t];
        x[r] = v;
    }
}

int finite_product_bloch(double *s, int k, const double *b)
{
    /* Pauli expectations of the site's spins: 1, sx, sy, sz each */
    double e1[4] = {1, b[0], b[1], b[2]}, e2[4] = {1, 0, 0, 0};
    int a, j;

    for (j = 0; j < k; j++)
        if (b[3 * j] * b[3 * j] + b[3 * j + 1] * b[3 * j + 1] + b[3 * j + 2] * b[3 * j + 2]
            > 1 + 1e-12)
            return -1;
    if (k == 2)
        e2[1] = b[3], e2[2] = b[4], e2[3] = b[5];
    for (a = 0; a < (k == 1 ? 4 : 16); a++)
        s[a] = k == 1 ? e1[a] : e1[a >> 2] * e2[a & 3];
    return 0;
}
