/* The generator of an N-body model on the symmetric Liouville space: its
   one-site and pair parts as matrices on the site types (by brute force
   with the d x d matrices of one cluster, d = 2^k, an independent route
   from the Pauli algebra of derive_moments), then the sparse matrix. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <math.h>
#include "nbody.h"
#include "alloc.h"
#include <complex.h>

typedef double complex cplx;

#define MAXD 16         /* two clusters of k = 2 */

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

static void dag(cplx *r, const cplx *a, int n)
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            r[i * n + j] = conj(a[j * n + i]);
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


/* an operator of one cluster at the parameters */
static void op_matrix(cplx *r, const op_t a, int k, const double *x, const double *par,
                      const model_t m)
{
    int d = 1 << k, i, t;
    cplx s[MAXD * MAXD];

    memset(r, 0, sizeof(cplx) * d * d);
    for (t = 0; t < a->length; t++)
    {
        const op_term_struct *u = a->terms + t;
        cplx c = bpoly_evaluate_d(u->re, x, par, m->pctx) +
                 I * bpoly_evaluate_d(u->im, x, par, m->pctx);
        finite_type_matrix((double *) s, nbody_type_of(u->pauli, 0, k), k);
        for (i = 0; i < d * d; i++)
            r[i] += c * s[i];
    }
}

/* out += rate (L1^dag M L2 - 1/2 {L1^dag L2, M}), n x n */
static void dterm(cplx *out, double rate, const cplx *L1, const cplx *L2, const cplx *M, int n)
{
    cplx a[MAXD * MAXD] = {0}, b[MAXD * MAXD], c[MAXD * MAXD];
    int i;

    dag(a, L1, n);
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

/* coefficients of out on the types (Tr(sigma_b out)/n), into g[b * T' + col] */
static double project(double *g, long stride, const cplx *out, int n, int types, int k)
{
    cplx s[MAXD * MAXD];
    int b, i, j;
    double worst = 0;

    for (b = 0; b < types; b++)
    {
        cplx tr = 0;
        if (types == (1 << (2 * k)))
            finite_type_matrix((double *) s, b, k);
        else
            finite_type_matrix((double *) s, b, 2 * k);   /* a pair type b T + b' is that string on 2k spins */
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++)
                tr += s[i * n + j] * out[j * n + i];
        tr /= n;
        g[b * stride] = creal(tr);
        if (fabs(cimag(tr)) > worst)
            worst = fabs(cimag(tr));
    }
    return worst;
}

int nbody_finite_set(finite_t f, const model_t nb, const double *par, char *msg, size_t size)
{
    int k = f->k, T = f->T, d = 1 << k, d2 = d * d, a, i;
    long T2 = (long) T * T, j;
    double *x = blochgen_calloc(nb->nobs + 1, sizeof(double));
    double imag = 0, *g1, *g2;
    cplx h[MAXD * MAXD], M[MAXD * MAXD], out[MAXD * MAXD], id[MAXD * MAXD];
    cplx (*Ls)[MAXD * MAXD] = blochgen_malloc((nb->njumps + 1) * sizeof *Ls);
    cplx (*A2)[MAXD * MAXD] = blochgen_malloc((2 * nb->npairs + 2 * nb->njumps + 1) * sizeof *A2);
    cplx (*B2)[MAXD * MAXD] = A2 + nb->npairs + nb->njumps;
    double *rate = blochgen_malloc((nb->njumps + nb->npairs + 1) * sizeof(double));

    if (nb->sites != k || !nb->nbody)
    {
        snprintf(msg, size, "not an N-body model of %d spin%s per site", k, k > 1 ? "s" : "");
        free(x), free(Ls), free(A2), free(rate);
        return -1;
    }
    g1 = blochgen_calloc(T2, sizeof(double));
    g2 = blochgen_calloc(T2 * T2, sizeof(double));

    op_matrix(h, nb->ham, k, x, par, nb);
    for (j = 0; j < nb->njumps; j++)
    {
        op_matrix(Ls[j], nb->jumps[j].L, k, x, par, nb);
        rate[j] = bpoly_evaluate_d(nb->jumps[j].rate, x, par, nb->pctx);
    }
    /* one site: the Hamiltonian, every jump's D on its site */
    for (a = 1; a < T; a++)
    {
        finite_type_matrix((double *) M, a, k);
        memset(out, 0, sizeof out);
        hterm(out, h, M, d);
        for (j = 0; j < nb->njumps; j++)
            dterm(out, rate[j], Ls[j], Ls[j], M, d);
        imag = fmax(imag, project(g1 + a, T, out, d, T, k));
    }
    /* pairs: h2 = R (A (x) B + B (x) A); a collective jump's cross terms
       L1^dag M L2 + L2^dag M L1 - 1/2 {...} with L1 = L (x) 1, L2 = 1 (x) L */
    memset(id, 0, sizeof id);
    for (i = 0; i < d; i++)
        id[i * d + i] = 1;
    {
        cplx h2[MAXD * MAXD], ta[MAXD * MAXD], tb[MAXD * MAXD], t1[MAXD * MAXD], t2[MAXD * MAXD];
        int np = 0;
        memset(h2, 0, sizeof h2);
        for (j = 0; j < nb->npairs; j++)
        {
            double R = bpoly_evaluate_d(nb->pairs[j].rate, x, par, nb->pctx);
            op_matrix(ta, nb->pairs[j].A, k, x, par, nb);
            op_matrix(tb, nb->pairs[j].B, k, x, par, nb);
            kron(t1, ta, d, tb, d);
            kron(t2, tb, d, ta, d);
            for (i = 0; i < d2 * d2; i++)
                h2[i] += R * (t1[i] + t2[i]);
        }
        for (j = 0; j < nb->njumps; j++)
            if (nb->jumps[j].collective)
            {
                kron(A2[np], Ls[j], d, id, d);
                kron(B2[np], id, d, Ls[j], d);
                rate[nb->njumps + np] = rate[j];
                np++;
            }
        for (a = 1; a < T2; a++)
        {
            finite_type_matrix((double *) M, a, 2 * k);
            memset(out, 0, sizeof out);
            hterm(out, h2, M, d2);
            for (i = 0; i < np; i++)
            {
                dterm(out, rate[nb->njumps + i], A2[i], B2[i], M, d2);
                dterm(out, rate[nb->njumps + i], B2[i], A2[i], M, d2);
            }
            imag = fmax(imag, project(g2 + a, T2, out, d2, (int) T2, k));
        }
    }
    free(x), free(Ls), free(A2), free(rate);
    if (imag > 1e-9)
    {
        snprintf(msg, size, "the generator is not real (%.3g): a non-Hermitian Hamiltonian term?",
                 imag);
        free(g1), free(g2);
        return -1;
    }
    a = finite_set_terms(f, g1, g2);
    free(g1), free(g2);
    return a;
}

int nbody_type_of(pauli_t p, int site, int k)
{
    int c, t = 0;

    for (c = 1; c <= k; c++)
    {
        char l = pauli_letter(p, site * k + c);
        t = 4 * t + (l == 'x' ? 1 : l == 'y' ? 2 : l == 'z' ? 3 : 0);
    }
    return t;
}

double nbody_moment(const double *x, const finite_t f, pauli_t P, int nsites)
{
    unsigned char n[256];
    int i, non = 0;

    memset(n, 0, sizeof n);
    for (i = 0; i < nsites; i++)
    {
        int t = nbody_type_of(P, i, f->k);
        n[t]++;
        non += t != 0;
    }
    if (non > f->N)
        return 0;   /* no such moment at this N */
    n[0] = (unsigned char) (f->N - non);
    return x[finite_rank(f, n)];
}
