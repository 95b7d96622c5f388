/* rnd_nbody.h: the random N-body model of one spin per site shared by
 * t-moments and t-finite (local fields, two `pairs`, two local jumps, one
 * with complex coefficients, a collective jump): its model text and the
 * same model as a dense N-site Lindblad equation (dense_lindblad.h, which
 * the includer includes first with its DENSE_MAXD). */
#ifndef BLOCHGEN_TEST_RND_NBODY_H
#define BLOCHGEN_TEST_RND_NBODY_H

#include <stdio.h>
#include <math.h>

static double urand(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1001) / 1000.0;
}

typedef struct
{
    char L, A, B;
    double h[3], c1, c2, u, v, w, g1, g2, g3;
} rnd_nbody;

/* draws r and writes its model file into text */
static void rnd_nbody_draw(rnd_nbody *r, char *text, size_t size, flint_rand_t st)
{
    int i;

    r->L = "xyz"[n_randint(st, 3)];
    r->A = "xyz"[n_randint(st, 3)];
    r->B = "xyz"[n_randint(st, 3)];
    for (i = 0; i < 3; i++)
        r->h[i] = urand(st, -1, 1);
    r->c1 = urand(st, -2, 2), r->c2 = urand(st, -1, 1), r->u = urand(st, -1, 1);
    r->v = urand(st, -1, 1), r->w = urand(st, -1, 1), r->g1 = urand(st, 0, 1);
    r->g2 = urand(st, 0, 1), r->g3 = urand(st, 0, 2);
    snprintf(text, size,
             "model rnd\nsites 1\n"
             "hamiltonian %.3f*sx1 + %.3f*sy1 + %.3f*sz1\n"
             "pairs %.3f/N : s%c1 s%c1\n"
             "pairs %.3f : (s%c1 + sz1) (s%c1 + sz1)\n"
             "jump %.3f : %.3f*sm1 + %.3f*i*sz1\n"
             "jump %.3f : sp1\n"
             "collective %.3f/N : %.3f*sm1 + s%c1\n",
             r->h[0], r->h[1], r->h[2], r->c1, r->A, r->B, r->c2, r->L, r->L, r->g1, r->u,
             r->v, r->g2, r->g3, r->w, r->L);
}

/* l = the model r on N sites (jumps 2j, 2j+1 on site j, 2N the collective) */
static void rnd_nbody_lindblad(lindblad *l, const rnd_nbody *r, int N)
{
    static mat s1, s2, tmp;
    int i, j, q, n = 1 << N;

    l->N = N;
    mat_zero(&l->H, n);
    mat_zero(&l->L[2 * N], n);
    for (j = 0; j < N; j++)
    {
        cplx l1[4], l3[4];
        site_op(&s1, SX, j, N), mat_axpy(&l->H, r->h[0], &s1);
        site_op(&s1, SY, j, N), mat_axpy(&l->H, r->h[1], &s1);
        site_op(&s1, SZ, j, N), mat_axpy(&l->H, r->h[2], &s1);
        for (i = 0; i < N; i++)
        {
            cplx ls[4];
            if (i == j)
                continue;
            site_op(&s1, pauli_mat(r->A), i, N), site_op(&s2, pauli_mat(r->B), j, N);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l->H, r->c1 / N, &tmp);
            for (q = 0; q < 4; q++)
                ls[q] = pauli_mat(r->L)[q] + SZ[q];
            site_op(&s1, ls, i, N), site_op(&s2, ls, j, N);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l->H, r->c2, &tmp);
        }
        for (q = 0; q < 4; q++)
            l1[q] = r->u * SM[q] + r->v * I * SZ[q], l3[q] = r->w * SM[q] + pauli_mat(r->L)[q];
        site_op(&l->L[2 * j], l1, j, N), l->rate[2 * j] = r->g1;
        site_op(&l->L[2 * j + 1], SP, j, N), l->rate[2 * j + 1] = r->g2;
        site_op(&s1, l3, j, N), mat_axpy(&l->L[2 * N], 1, &s1);
    }
    l->rate[2 * N] = r->g3 / N;
    l->njumps = 2 * N + 1;
}

/* a random product state, the same on every site: psi and rho = (psi psi^dag)^(x) N */
static void rnd_nbody_product(mat *rho, cplx psi[2], int N, flint_rand_t st)
{
    double th = urand(st, 0, 3.14159), ph = urand(st, 0, 6.28318);
    int i, j, b, n = 1 << N;

    psi[0] = cos(th / 2), psi[1] = cexp(I * ph) * sin(th / 2);
    mat_zero(rho, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            cplx a = 1;
            for (b = 0; b < N; b++)
                a *= psi[(i >> b) & 1] * conj(psi[(j >> b) & 1]);
            rho->a[i * n + j] = a;
        }
}

#endif
