#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "stab.h"
#include "linalg.h"
#include "steady.h"

void stab_spectrum_init(stab_spectrum_t *s, const bloch_model_t *m)
{
    s->n = m->nobs;
    s->wr = blochgen_calloc(2 * m->nobs, sizeof(double));
    s->wi = s->wr + m->nobs;
    s->sector = blochgen_calloc(m->nobs, 1);
    s->gap = s->freq = s->tol = 0;
    s->slow_sector = STAB_MIXED;
    s->verdict = STAB_UNDECIDED;
}

void stab_spectrum_clear(stab_spectrum_t *s)
{
    free(s->wr);
    free(s->sector);
}

/* Sector of eigenvector column j from its weight on the odd observables. */
static int sector_of(const double *vr, int j, int pair, const bloch_model_t *m)
{
    double odd = 0, all = 0;
    int n = m->nobs, k, c;

    if (m->nodd == 0)
        return STAB_MIXED;
    for (k = 0; k < n; k++)
        for (c = j; c <= j + pair; c++)
        {
            double w = vr[k * n + c] * vr[k * n + c];
            all += w;
            odd += m->parity[k] == 1 ? w : 0;
        }
    if (odd <= 1e-12 * all)
        return STAB_EVEN;
    if (all - odd <= 1e-12 * all)
        return STAB_ODD;
    return STAB_MIXED;
}

static void sort_spectrum(stab_spectrum_t *s)
{
    int i, j;

    for (i = 1; i < s->n; i++)
        for (j = i; j > 0 && (s->wr[j] > s->wr[j - 1] ||
                              (s->wr[j] == s->wr[j - 1] && s->wi[j] > s->wi[j - 1])); j--)
        {
            double t = s->wr[j];
            signed char c = s->sector[j];
            s->wr[j] = s->wr[j - 1], s->wr[j - 1] = t;
            t = s->wi[j], s->wi[j] = s->wi[j - 1], s->wi[j - 1] = t;
            s->sector[j] = s->sector[j - 1], s->sector[j - 1] = c;
        }
}

int stab_spectrum(stab_spectrum_t *s, const double *x, const double *p, const bloch_model_t *m)
{
    int n = m->nobs, j, st;
    double *a = blochgen_malloc(sizeof(double) * 2 * n * n), *vr = a + n * n;

    m->jacobian(a, x, p);
    s->tol = STAB_MARGINAL_RTOL * linalg_norm(a, n * n);
    st = linalg_eig(s->wr, s->wi, vr, a, n);
    for (j = 0; j < n && st == 0; j++)
    {
        int pair = s->wi[j] > 0 && j + 1 < n;
        s->sector[j] = sector_of(vr, j, pair, m);
        if (pair)
            s->sector[j + 1] = s->sector[j], j++;
    }
    free(a);
    if (st != 0)
        return -1;
    sort_spectrum(s);
    s->gap = -s->wr[0];
    j = linalg_eig_slowest(s->wr, s->wi, n);
    s->freq = fabs(s->wi[j]);
    s->slow_sector = s->sector[j];
    s->verdict = stab_verdict(s->gap, s->tol);
    return 0;
}

const char *stab_phase_name(int phase)
{
    static const char *names[] = {"symmetric", "broken", "oscillatory", "even-unstable", "none",
                                  "ambiguous", "unphysical"};
    return names[phase >= 0 && phase <= 6 ? phase : 4];
}

int stab_phase(double gap, double freq, int sector)
{
    if (gap > 0)
        return STAB_PHASE_SYMMETRIC;
    if (sector == STAB_EVEN)
        return STAB_PHASE_EVEN_UNSTABLE;
    return freq > 0 ? STAB_PHASE_OSCILLATORY : STAB_PHASE_BROKEN;
}
