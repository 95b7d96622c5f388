/* The marked space's start X = B_1 rho and read-out Tr(A_i X)
   (finite.h), and the matrices of the site types they expand in. */
#include <stdlib.h>
#include <string.h>
#include "finite.h"
#include "alloc.h"
#include <complex.h>

typedef double complex cplx;

#define MAXD 16         /* the types of a pair of k = 2 clusters */

/* 1, sigma_x, sigma_y, sigma_z, row-major */
static const cplx P1[4][4] = {{1, 0, 0, 1}, {0, 1, 1, 0}, {0, -I, I, 0}, {1, 0, 0, -1}};

void finite_type_matrix(double *m, int t, int spins)
{
    int d = 1 << spins, i, j, c;

    /* entry (i, j) of the tensor product is the product over the spins of
       the Pauli entries at their bits (the first spin most significant) */
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            cplx v = 1;
            for (c = 0; c < spins; c++)
            {
                int l = (t >> (2 * c)) & 3, bi = (i >> c) & 1, bj = (j >> c) & 1;
                v *= P1[l][2 * bi + bj];
            }
            m[2 * (i * d + j)] = creal(v);
            m[2 * (i * d + j) + 1] = cimag(v);
        }
}

/* c[t * T + u] = Tr(sigma_u sigma_t B) / d: sigma_t B in the Pauli basis */
static void times_b(cplx *c, const double *B, int k)
{
    int d = 1 << k, T = 1 << (2 * k), t, u, i, j, l;
    cplx st[MAXD * MAXD], su[MAXD * MAXD], p[MAXD * MAXD];

    for (t = 0; t < T; t++)
    {
        finite_type_matrix((double *) st, t, k);
        for (i = 0; i < d; i++)         /* p = sigma_t B */
            for (j = 0; j < d; j++)
            {
                cplx v = 0;
                for (l = 0; l < d; l++)
                    v += st[i * d + l] * (B[2 * (l * d + j)] + I * B[2 * (l * d + j) + 1]);
                p[i * d + j] = v;
            }
        for (u = 0; u < T; u++)
        {
            cplx tr = 0;
            finite_type_matrix((double *) su, u, k);
            for (i = 0; i < d * d; i++)
                tr += su[i] * p[(i % d) * d + i / d];
            c[t * T + u] = tr / d;
        }
    }
}

void finite_marked_start(double *yre, double *yim, const finite_t fm, const finite_t f,
                         const double *x, const double *B)
{
    int T = fm->T, t, u;
    long r;
    cplx *c = blochgen_malloc((size_t) T * T * sizeof(cplx));
    unsigned char m[256];

    times_b(c, B, fm->k);
    for (r = 0; r < fm->dim1; r++)
    {
        memcpy(m, fm->cnt + r * T, T);
        for (t = 0; t < T; t++)
        {
            cplx v = 0;
            for (u = 0; u < T; u++)
                if (c[t * T + u] != 0)
                {
                    m[u]++;
                    v += c[t * T + u] * x[finite_rank(f, m)];
                    m[u]--;
                }
            yre[t * fm->dim1 + r] = creal(v);
            yim[t * fm->dim1 + r] = cimag(v);
        }
    }
    free(c);
}

void finite_marked_read(double *re, double *im, const finite_t fm, const double *yre,
                        const double *yim, const double *A, int same)
{
    int T = fm->T, d = 1 << fm->k, a, i;
    cplx s[MAXD * MAXD], v = 0;
    unsigned char m[256];

    for (a = 0; a < T; a++)
    {
        cplx alpha = 0;
        long idx;
        finite_type_matrix((double *) s, a, fm->k);
        for (i = 0; i < d * d; i++)   /* Tr(sigma_a A) / d */
            alpha += s[i] * (A[2 * ((i % d) * d + i / d)] + I * A[2 * ((i % d) * d + i / d) + 1]);
        alpha /= d;
        if (alpha == 0)
            continue;
        if (same)
            idx = (long) a * fm->dim1;
        else
        {
            memset(m, 0, T);
            m[0] = (unsigned char) (fm->N - (a != 0));
            m[a] += a != 0;
            idx = finite_rank(fm, m);
        }
        v += alpha * (yre[idx] + I * yim[idx]);
    }
    *re = creal(v);
    *im = cimag(v);
}
