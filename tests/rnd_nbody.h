/* rnd_nbody.h: the random N-body models shared by t-moments and t-finite:
 * one spin per site (local fields, two `pairs`, two local jumps, one with
 * complex coefficients, a collective jump) and two spins per site
 * (rnd_nbody2: intra-site couplings, pairs on either spin, a jump between
 * the spins): their model text and the same model as a dense Lindblad
 * equation (dense_lindblad.h, which the includer includes first with its
 * DENSE_MAXD, at least 2^(2N) for rnd_nbody2 on N sites). */
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

static const cplx *op_mat(char c)
{
    return c == 'p' ? SP : c == 'm' ? SM : pauli_mat(c);
}

/* r = s_c on spin c (1 or 2) of the two-spin cluster of site j of K */
static void cl_op(mat *r, char c, int spin, int j, int K)
{
    site_op(r, op_mat(c), 2 * j + spin - 1, 2 * K);
}

/* r = a_{spin a} b_{spin b} on the cluster of site j */
static void cl_op2(mat *r, char a, int sa, char b, int sb, int j, int K)
{
    mat t;
    cl_op(r, a, sa, j, K);
    cl_op(&t, b, sb, j, K);
    mat_mul(r, r, &t);
}

/* A random N-body model of two spins per site (k = 2), shared by
   t-moments and t-finite: intra-cluster Hamiltonian terms, pairs of
   single-site operators on either spin (a product of the two spins as one
   operand), local jumps on either spin and one moving between them, a
   collective jump. */
typedef struct
{
    char A, B, C, D, L;
    int sa, sb;
    double h[6], c1, c2, u, v, w, g1, g2, g3, g4;
} rnd_nbody2;

/* draws r and writes its model file into text */
static void rnd_nbody2_draw(rnd_nbody2 *r, char *text, size_t size, flint_rand_t st)
{
    int i;

    r->A = "xyz"[n_randint(st, 3)], r->B = "xyz"[n_randint(st, 3)];
    r->C = "xyz"[n_randint(st, 3)], r->D = "xyz"[n_randint(st, 3)];
    r->L = "xyz"[n_randint(st, 3)];
    r->sa = 1 + (int) n_randint(st, 2), r->sb = 1 + (int) n_randint(st, 2);
    for (i = 0; i < 6; i++)
        r->h[i] = urand(st, -1, 1);
    r->c1 = urand(st, -2, 2), r->c2 = urand(st, -1, 1), r->u = urand(st, -1, 1);
    r->v = urand(st, -1, 1), r->w = urand(st, -1, 1), r->g1 = urand(st, 0, 1);
    r->g2 = urand(st, 0, 1), r->g3 = urand(st, 0, 2), r->g4 = urand(st, 0, 1);
    snprintf(text, size,
             "model rnd2\nsites 2\n"
             "hamiltonian %.3f*sx1 + %.3f*sz1 + %.3f*sy2 + %.3f*sz2 + %.3f*sx1*sx2"
             " + %.3f*s%c1*s%c2\n"
             "pairs %.3f/N : s%c%d s%c%d\n"
             "pairs %.3f : (s%c1*s%c2 + sz1) (s%c1*s%c2 + sz1)\n"
             "jump %.3f : %.3f*sm1 + %.3f*i*sz2\n"
             "jump %.3f : sp2\n"
             "jump %.3f : sm1*sp2\n"
             "collective %.3f/N : %.3f*sm1 + s%c2\n",
             r->h[0], r->h[1], r->h[2], r->h[3], r->h[4], r->h[5], r->C, r->D, r->c1, r->A,
             r->sa, r->B, r->sb, r->c2, r->C, r->D, r->C, r->D, r->g1, r->u, r->v, r->g2, r->g4,
             r->g3, r->w, r->L);
}

/* l = the model r on K sites of two spins (2K spins, site j's spin c is
   spin 2j + c - 1; jumps 3j .. 3j+2 on site j, 3K the collective), and
   u[q] = L_q^dag L_q for lind_apply_herm */
static void rnd_nbody2_lindblad(lindblad *l, mat *u, const rnd_nbody2 *r, int K)
{
    static mat s1, s2, tmp;
    int i, j, q, n = 1 << (2 * K);

    mat_zero(&l->H, n);
    mat_zero(&l->L[3 * K], n);
    l->N = 2 * K;
    l->njumps = 0;
    for (j = 0; j < K; j++)
    {
        cl_op(&s1, 'x', 1, j, K), mat_axpy(&l->H, r->h[0], &s1);
        cl_op(&s1, 'z', 1, j, K), mat_axpy(&l->H, r->h[1], &s1);
        cl_op(&s1, 'y', 2, j, K), mat_axpy(&l->H, r->h[2], &s1);
        cl_op(&s1, 'z', 2, j, K), mat_axpy(&l->H, r->h[3], &s1);
        cl_op2(&s1, 'x', 1, 'x', 2, j, K), mat_axpy(&l->H, r->h[4], &s1);
        cl_op2(&s1, r->C, 1, r->D, 2, j, K), mat_axpy(&l->H, r->h[5], &s1);
        for (i = 0; i < K; i++)
        {
            if (i == j)
                continue;
            cl_op(&s1, r->A, r->sa, i, K), cl_op(&s2, r->B, r->sb, j, K);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l->H, r->c1 / K, &tmp);
            cl_op2(&s1, r->C, 1, r->D, 2, i, K), cl_op(&tmp, 'z', 1, i, K), mat_axpy(&s1, 1, &tmp);
            cl_op2(&s2, r->C, 1, r->D, 2, j, K), cl_op(&tmp, 'z', 1, j, K), mat_axpy(&s2, 1, &tmp);
            mat_mul(&tmp, &s1, &s2), mat_axpy(&l->H, r->c2, &tmp);
        }
        cl_op(&s1, 'm', 1, j, K), cl_op(&s2, 'z', 2, j, K);
        mat_zero(&l->L[l->njumps], n);
        mat_axpy(&l->L[l->njumps], r->u, &s1), mat_axpy(&l->L[l->njumps], r->v * I, &s2);
        l->rate[l->njumps++] = r->g1;
        cl_op(&l->L[l->njumps], 'p', 2, j, K), l->rate[l->njumps++] = r->g2;
        cl_op2(&l->L[l->njumps], 'm', 1, 'p', 2, j, K), l->rate[l->njumps++] = r->g4;
        cl_op(&s1, 'm', 1, j, K), mat_axpy(&l->L[3 * K], r->w, &s1);
        cl_op(&s1, r->L, 2, j, K), mat_axpy(&l->L[3 * K], 1, &s1);
    }
    l->rate[3 * K] = r->g3 / K;
    l->njumps = 3 * K + 1;
    for (q = 0; q < l->njumps; q++)
    {
        mat_dag(&tmp, l->L + q);
        mat_mul(u + q, &tmp, l->L + q);
    }
}

/* a random product state of K sites of two spins: two random spin states
   psi[0] (spin 1 of every site) and psi[1] (spin 2), rho their product */
static void rnd_nbody2_product(mat *rho, cplx psi[2][2], int K, flint_rand_t st)
{
    int i, j, b, S = 2 * K, n = 1 << S;

    for (i = 0; i < 2; i++)
    {
        double th = urand(st, 0, 3.14159), ph = urand(st, 0, 6.28318);
        psi[i][0] = cos(th / 2), psi[i][1] = cexp(I * ph) * sin(th / 2);
    }
    mat_zero(rho, n);
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
        {
            cplx a = 1;
            for (b = 0; b < S; b++)    /* spin b at bit S-1-b, cluster spin b % 2 */
                a *= psi[b % 2][(i >> (S - 1 - b)) & 1] * conj(psi[b % 2][(j >> (S - 1 - b)) & 1]);
            rho->a[i * n + j] = a;
        }
}

#endif
