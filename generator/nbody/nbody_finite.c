/* The generator of an N-body model on the symmetric Liouville space: its
   operators evaluated at the parameters as d x d matrices of one cluster
   (d = 2^k) and handed to finite_terms (runtime/finite), which computes
   L^dag by brute force, an independent route from the Pauli algebra of
   derive_moments. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <math.h>
#include "nbody.h"
#include "alloc.h"
#include <complex.h>

typedef double complex cplx;

#define MAXD 16         /* two clusters of k = 2 */

/* an operator of one cluster at the parameters */
static void op_matrix(cplx *r, const op_t a, int k, const double *x, const double *par,
                      const model_t m)
{
    double *re = blochgen_malloc((a->length + 1) * sizeof(double));
    double *im = blochgen_malloc((a->length + 1) * sizeof(double));
    int *type = blochgen_malloc((a->length + 1) * sizeof(int)), t;

    for (t = 0; t < a->length; t++)
    {
        re[t] = bpoly_evaluate_d(a->terms[t].re, x, par, m->pctx);
        im[t] = bpoly_evaluate_d(a->terms[t].im, x, par, m->pctx);
        type[t] = nbody_type_of(a->terms[t].pauli, 0, k);
    }
    finite_op_matrix((double *) r, k, (int) a->length, type, re, im);
    free(re), free(im), free(type);
}

int nbody_finite_set(finite_t f, const model_t nb, const double *par, char *msg, size_t size)
{
    int k = f->k;
    slong j;
    double *x, imag, rate;
    cplx a[MAXD * MAXD], b[MAXD * MAXD];
    finite_terms_t *t;
    int st;

    if (nb->sites != k || !nb->nbody)
    {
        snprintf(msg, size, "not an N-body model of %d spin%s per site", k, k > 1 ? "s" : "");
        return -1;
    }
    x = blochgen_calloc(nb->nobs + 1, sizeof(double));
    t = finite_terms_init(k);
    op_matrix(a, nb->ham, k, x, par, nb);
    finite_terms_hamiltonian(t, (const double *) a);
    for (j = 0; j < nb->njumps; j++)
    {
        op_matrix(a, nb->jumps[j].L, k, x, par, nb);
        rate = bpoly_evaluate_d(nb->jumps[j].rate, x, par, nb->pctx);
        if (nb->jumps[j].collective)
            finite_terms_collective(t, rate, (const double *) a);
        else
            finite_terms_jump(t, rate, (const double *) a);
    }
    for (j = 0; j < nb->npairs; j++)
    {
        op_matrix(a, nb->pairs[j].A, k, x, par, nb);
        op_matrix(b, nb->pairs[j].B, k, x, par, nb);
        rate = bpoly_evaluate_d(nb->pairs[j].rate, x, par, nb->pctx);
        finite_terms_pair(t, rate, (const double *) a, (const double *) b);
    }
    st = finite_terms_set(f, &imag, t);
    finite_terms_clear(t), free(x);
    if (st && imag > 1e-9)
        snprintf(msg, size, "the generator is not real (%.3g): a non-Hermitian Hamiltonian term?",
                 imag);
    else if (st)
        snprintf(msg, size, "the terms could not be set");
    return st;
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
