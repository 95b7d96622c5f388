/* The terms of an emitted N-body model (bloch_model.h: nbody, nbody_coef)
   at its parameters, and the single-site operator matrices both it and
   the generator's parsed models (generator/nbody) are made of. */
#include <stdlib.h>
#include <string.h>
#include "finite.h"
#include "alloc.h"

#define MAXD 4          /* one cluster of k <= 2 spins */

void finite_op_matrix(double *r, int k, int n, const int *type, const double *re,
                      const double *im)
{
    int d = 1 << k, i, t;
    double s[2 * MAXD * MAXD];

    memset(r, 0, sizeof(double) * 2 * d * d);
    for (t = 0; t < n; t++)
    {
        finite_type_matrix(s, type[t], k);
        /* (re + i im)(a + i b) */
        for (i = 0; i < d * d; i++)
        {
            r[2 * i] += re[t] * s[2 * i] - im[t] * s[2 * i + 1];
            r[2 * i + 1] += re[t] * s[2 * i + 1] + im[t] * s[2 * i];
        }
    }
}

int finite_set_model(finite_t f, double *imag, const bloch_model_t *m, const double *p)
{
    int nterms = 0, j, st;
    double *re, *im, *rate, a[2 * MAXD * MAXD], b[2 * MAXD * MAXD];
    finite_terms_t *t;

    *imag = 0;
    if (m->nbody == NULL || m->cluster_sites != f->k)
        return -1;
    for (j = 0; j < m->nbody_nstatements; j++)
        if (m->nbody[j].first + m->nbody[j].nA + m->nbody[j].nB > nterms)
            nterms = m->nbody[j].first + m->nbody[j].nA + m->nbody[j].nB;
    re = blochgen_calloc(nterms + 1, sizeof(double));
    im = blochgen_calloc(nterms + 1, sizeof(double));
    rate = blochgen_calloc(m->nbody_nstatements + 1, sizeof(double));
    m->nbody_coef(re, im, rate, p);
    t = finite_terms_init(f->k);
    for (j = 0; j < m->nbody_nstatements; j++)
    {
        const bloch_nbody_statement_t *s = m->nbody + j;
        finite_op_matrix(a, f->k, s->nA, m->nbody_type + s->first, re + s->first, im + s->first);
        if (s->kind == BLOCH_NBODY_HAMILTONIAN)
            finite_terms_hamiltonian(t, a);
        else if (s->kind == BLOCH_NBODY_JUMP)
            finite_terms_jump(t, rate[j], a);
        else if (s->kind == BLOCH_NBODY_COLLECTIVE)
            finite_terms_collective(t, rate[j], a);
        else
        {
            int q = s->first + s->nA;
            finite_op_matrix(b, f->k, s->nB, m->nbody_type + q, re + q, im + q);
            finite_terms_pair(t, rate[j], a, b);
        }
    }
    st = finite_terms_set(f, imag, t);
    finite_terms_clear(t);
    free(re), free(im), free(rate);
    return st;
}

double finite_moment(const double *x, const finite_t f, int a, int b)
{
    unsigned char n[256];
    int non = (a != 0) + (b != 0);

    if (non > f->N)
        return 0;       /* no two sites at N = 1 */
    memset(n, 0, (size_t) f->T);
    n[a]++;
    n[b]++;
    n[0] = (unsigned char) (f->N - non);
    return x[finite_rank(f, n)];
}
