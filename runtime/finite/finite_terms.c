/* The terms g1, g2 of the generator from numeric single-site operators
   (finite.h, finite_terms_*): L^dag of every site type, by brute force
   with the d x d matrices of one cluster (d = 2^k) and of a pair, then
   projected on the types. */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "finite.h"
#include "alloc.h"
#include <complex.h>

typedef double complex cplx;

#define MAXD 16         /* a pair of k = 2 clusters */

struct finite_terms_s
{
    int k, d;
    cplx h[MAXD * MAXD];        /* the one-site Hamiltonian, d x d */
    cplx h2[MAXD * MAXD];       /* the pair Hamiltonian, d^2 x d^2 */
    int nj, nc, alloc;
    double *rate;               /* local jumps (collective ones too) */
    cplx (*L)[MAXD * MAXD];
    int *collective;
};

finite_terms_t *finite_terms_init(int k)
{
    finite_terms_t *t = blochgen_calloc(1, sizeof *t);
    t->k = k;
    t->d = 1 << k;
    return t;
}

void finite_terms_clear(finite_terms_t *t)
{
    free(t->rate), free(t->L), free(t->collective), free(t);
}

static void load(cplx *r, const double *m, int n)
{
    int i;
    for (i = 0; i < n * n; i++)
        r[i] = m[2 * i] + I * m[2 * i + 1];
}

/* r = a b, n x n */
static void mm(cplx *r, const cplx *a, const cplx *b, int n)
{
    cplx t[MAXD * MAXD];
    int i, j, l;

    memset(t, 0, sizeof(cplx) * n * n);
    for (i = 0; i < n; i++)
        for (l = 0; l < n; l++)
            if (a[i * n + l] != 0)
                for (j = 0; j < n; j++)
                    t[i * n + j] += a[i * n + l] * b[l * n + j];
    memcpy(r, t, sizeof(cplx) * n * n);
}

/* r = a (x) b, a of size na, b of size nb */
static void kron(cplx *r, const cplx *a, int na, const cplx *b, int nb)
{
    int i, j, p, q, n = na * nb;
    for (i = 0; i < na; i++)
        for (j = 0; j < na; j++)
            for (p = 0; p < nb; p++)
                for (q = 0; q < nb; q++)
                    r[(i * nb + p) * n + j * nb + q] = a[i * na + j] * b[p * nb + q];
}

void finite_terms_hamiltonian(finite_terms_t *t, const double *h)
{
    cplx a[MAXD * MAXD];
    int i;
    load(a, h, t->d);
    for (i = 0; i < t->d * t->d; i++)
        t->h[i] += a[i];
}

static void add_jump(finite_terms_t *t, double rate, const double *L, int collective)
{
    if (t->nj == t->alloc)
    {
        t->alloc = 2 * t->alloc + 4;
        t->rate = blochgen_realloc(t->rate, t->alloc * sizeof(double));
        t->L = blochgen_realloc(t->L, t->alloc * sizeof *t->L);
        t->collective = blochgen_realloc(t->collective, t->alloc * sizeof(int));
    }
    t->rate[t->nj] = rate;
    load(t->L[t->nj], L, t->d);
    t->collective[t->nj++] = collective;
}

void finite_terms_jump(finite_terms_t *t, double rate, const double *L)
{
    add_jump(t, rate, L, 0);
}

void finite_terms_collective(finite_terms_t *t, double rate, const double *L)
{
    add_jump(t, rate, L, 1);
}

void finite_terms_pair(finite_terms_t *t, double rate, const double *A, const double *B)
{
    cplx a[MAXD * MAXD] = {0}, b[MAXD * MAXD] = {0}, t1[MAXD * MAXD], t2[MAXD * MAXD];
    int i, d = t->d;

    load(a, A, d), load(b, B, d);
    /* sum_{i != j} A_i B_j on an unordered pair: A (x) B + B (x) A */
    kron(t1, a, d, b, d);
    kron(t2, b, d, a, d);
    for (i = 0; i < d * d * d * d; i++)
        t->h2[i] += rate * (t1[i] + t2[i]);
}

/* out += rate (L1^dag M L2 - 1/2 {L1^dag L2, M}), n x n */
static void dterm(cplx *out, double rate, const cplx *L1, const cplx *L2, const cplx *M, int n)
{
    cplx a[MAXD * MAXD] = {0}, b[MAXD * MAXD], c[MAXD * MAXD];
    int i, j;

    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            a[i * n + j] = conj(L1[j * n + i]);
    mm(b, a, M, n);
    mm(b, b, L2, n);
    mm(c, a, L2, n);
    mm(a, c, M, n);
    for (i = 0; i < n * n; i++)
        out[i] += rate * (b[i] - 0.5 * a[i]);
    mm(a, M, c, n);
    for (i = 0; i < n * n; i++)
        out[i] -= 0.5 * rate * a[i];
}

/* out += i [h, M] */
static void hterm(cplx *out, const cplx *h, const cplx *M, int n)
{
    cplx a[MAXD * MAXD], b[MAXD * MAXD];
    int i;
    mm(a, h, M, n);
    mm(b, M, h, n);
    for (i = 0; i < n * n; i++)
        out[i] += I * (a[i] - b[i]);
}

/* the coefficients Tr(sigma_b out) / n of out (n x n, n = 2^spins) on the
   types b, into g[b * stride]; the largest imaginary part */
static double project(double *g, long stride, const cplx *out, int spins)
{
    cplx s[MAXD * MAXD];
    int n = 1 << spins, types = 1 << (2 * spins), b, i, j;
    double worst = 0;

    for (b = 0; b < types; b++)
    {
        cplx tr = 0;
        finite_type_matrix((double *) s, b, spins);
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                tr += s[i * n + j] * out[j * n + i];
        tr /= n;
        g[b * stride] = creal(tr);
        worst = fmax(worst, fabs(cimag(tr)));
    }
    return worst;
}

int finite_terms_set(finite_t f, double *imag, const finite_terms_t *t)
{
    int k = t->k, T = f->T, d = t->d, d2 = d * d, a, i, j;
    long T2 = (long) T * T;
    double *g1, *g2;
    cplx M[MAXD * MAXD], out[MAXD * MAXD], id[MAXD * MAXD];
    cplx (*A2)[MAXD * MAXD], (*B2)[MAXD * MAXD];

    *imag = 0;
    if (k != f->k)
        return -1;
    g1 = blochgen_calloc(T2, sizeof(double));
    g2 = blochgen_calloc(T2 * T2, sizeof(double));
    /* one site: the Hamiltonian, every jump's D on its site (a collective
       jump's diagonal part too) */
    for (a = 1; a < T; a++)
    {
        finite_type_matrix((double *) M, a, k);
        memset(out, 0, sizeof out);
        hterm(out, t->h, M, d);
        for (j = 0; j < t->nj; j++)
            dterm(out, t->rate[j], t->L[j], t->L[j], M, d);
        *imag = fmax(*imag, project(g1 + a, T, out, k));
    }
    /* pairs: the pair Hamiltonian; a collective jump's cross terms
       L1^dag M L2 + L2^dag M L1 - 1/2 {...} with L1 = L (x) 1, L2 = 1 (x) L */
    memset(id, 0, sizeof id);
    for (i = 0; i < d; i++)
        id[i * d + i] = 1;
    A2 = blochgen_malloc((2 * t->nj + 1) * sizeof *A2);
    B2 = A2 + t->nj;
    for (j = 0; j < t->nj; j++)
        if (t->collective[j])
        {
            kron(A2[j], t->L[j], d, id, d);
            kron(B2[j], id, d, t->L[j], d);
        }
    for (a = 1; a < T2; a++)
    {
        finite_type_matrix((double *) M, a, 2 * k);
        memset(out, 0, sizeof out);
        hterm(out, t->h2, M, d2);
        for (j = 0; j < t->nj; j++)
            if (t->collective[j])
            {
                dterm(out, t->rate[j], A2[j], B2[j], M, d2);
                dterm(out, t->rate[j], B2[j], A2[j], M, d2);
            }
        /* a pair type a T + a' is that string on 2k spins */
        *imag = fmax(*imag, project(g2 + a, T2, out, 2 * k));
    }
    free(A2);
    a = *imag > 1e-9 ? -1 : finite_set_terms(f, g1, g2);
    free(g1), free(g2);
    return a;
}
