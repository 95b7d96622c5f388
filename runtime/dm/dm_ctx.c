#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dm.h"
#include "lapacke_compat.h"

/* xmask[v] and the phases of P_v |j> for the string with X on the matrix
   bits xm, Y or Z on yzm, and ny factors Y */
static void pauli_set(dm_ctx_t *c, int v, unsigned xm, unsigned yzm, int ny)
{
    int j;

    c->xmask[v] = xm;
    for (j = 0; j < c->d; j++)
        c->phase[(size_t) v * c->d + j] =
            (unsigned char) ((ny + 2 * __builtin_popcount((unsigned) j & yzm)) & 3);
}

/* The Pauli string of an observable from its name ("sz1*sx2"):
   xmask[v] and the phases of P_v |j>, matrix bit k - s for site s. */
static int pauli_tables(dm_ctx_t *c, int v, const char *name)
{
    unsigned xm = 0, yzm = 0;
    int ny = 0;
    const char *s = name;

    while (*s)
    {
        char *end;
        long site;
        char letter;
        if (s[0] != 's' || strchr("xyz", s[1]) == NULL)
            return -1;
        letter = s[1];
        site = strtol(s + 2, &end, 10);
        if (end == s + 2 || site < 1 || site > c->k)
            return -1;
        if (letter != 'z')
            xm |= 1u << (c->k - site);
        if (letter != 'x')
            yzm |= 1u << (c->k - site);
        ny += letter == 'y';
        s = end;
        if (*s == '*')
            s++;
    }
    pauli_set(c, v, xm, yzm, ny);
    return 0;
}

static int check_model(const bloch_model_t *m, char *msg, size_t n)
{
    if (m->hamiltonian == NULL || m->jump_coef == NULL || m->jump_rates == NULL ||
        m->level_rates == NULL)
    {
        snprintf(msg, n, "%s: the emitted code has no density-matrix data (emitted by an older "
                 "blochgen): re-emit it", m->name);
        return DM_NO_ENGINE_DATA;
    }
    if (m->moment_order > 0)
    {
        snprintf(msg, n, "%s: an order-%d moment model: the density-matrix engine integrates "
                 "one cluster's mean-field state, not moments", m->name, m->moment_order);
        return DM_BAD_MODEL;
    }
    if (m->sites > 8 || m->nobs != (1 << (2 * m->sites)) - 1)
    {
        snprintf(msg, n, "%s: inconsistent model data (%d sites, %d observables)", m->name,
                 m->sites, m->nobs);
        return DM_BAD_MODEL;
    }
    return DM_OK;
}

static void alloc_scratch(dm_ctx_t *c)
{
    size_t dd = (size_t) c->d * c->d;
    dm_cplx wq;
    double rq = 0, eq = 0;
    int njt = c->m->njump_terms;

    c->rho = blochgen_calloc(dd, sizeof(dm_cplx));
    c->drho = blochgen_calloc(dd, sizeof(dm_cplx));
    c->H = blochgen_calloc(dd, sizeof(dm_cplx));
    c->V = blochgen_calloc(dd, sizeof(dm_cplx));
    c->A = blochgen_calloc(dd, sizeof(dm_cplx));
    c->B = blochgen_calloc(dd, sizeof(dm_cplx));
    c->U = blochgen_calloc(dd, sizeof(dm_cplx));
    /* zheev's buffer, padded: Debian 12's OpenBLAS zgemv_n_HASWELL reads
       16 bytes past the end of a matrix (OpenMathLib/OpenBLAS#4013) */
    c->Z = blochgen_calloc(dd + c->d, sizeof(dm_cplx));
    c->xs = blochgen_calloc(c->nobs + 1, sizeof(double));
    c->coef = blochgen_calloc(c->nobs + 1, sizeof(double));
    c->E = blochgen_calloc(c->d, sizeof(double));
    c->W = blochgen_calloc(dd, sizeof(double));
    c->O = blochgen_calloc(dd, sizeof(double));
    c->rwork = blochgen_calloc(3 * c->d, sizeof(double));
    c->iwork = blochgen_calloc(4 * c->d, sizeof(int));
    c->jump_re = blochgen_calloc(njt + 1, sizeof(double));
    c->jump_im = blochgen_calloc(njt + 1, sizeof(double));
    c->L = blochgen_calloc(dd * (c->njumps + 1), sizeof(dm_cplx));
    /* workspace query of zheev */
    c->lwork = 2 * c->d;
    if (LAPACKE_zheev_work(LAPACK_COL_MAJOR, 'V', 'U', c->d, c->A, c->d, &eq, &wq, -1, &rq) == 0
        && (int) creal(wq) > c->lwork)
        c->lwork = (int) creal(wq);
    c->work = blochgen_calloc(c->lwork, sizeof(dm_cplx));
}

int dm_ctx_init(dm_ctx_t *c, const bloch_model_t *m, const double *p, char *msg, size_t n)
{
    int v, st;

    memset(c, 0, sizeof *c);
    if ((st = check_model(m, msg, n)) != DM_OK)
        return st;
    c->m = m;
    c->k = m->sites;
    c->d = 1 << m->sites;
    c->nobs = m->nobs;
    c->npauli = m->nobs;
    c->p = blochgen_calloc(m->nparams + 1, sizeof(double));
    memcpy(c->p, p, m->nparams * sizeof(double));
    c->xmask = blochgen_calloc(c->nobs, sizeof(unsigned));
    c->xp = blochgen_calloc(c->nobs, sizeof(double));
    c->phase = blochgen_calloc((size_t) c->nobs * c->d, 1);
    c->njumps = m->njumps;
    c->jump_rate = blochgen_calloc(m->njumps + 1, sizeof(double));
    m->jump_rates(c->jump_rate, c->p);
    c->thermal = m->thermal_param >= 0;
    c->T = c->thermal ? c->p[m->thermal_param] : 0;
    c->npairs = m->nlevel_pairs;
    c->pairs = m->level_pairs;
    c->pair_rate = blochgen_calloc(c->npairs + 1, sizeof(double));
    m->level_rates(c->pair_rate, c->p);
    alloc_scratch(c);
    for (v = 0; v < c->nobs; v++)
        if (pauli_tables(c, v, m->pauli != NULL ? m->pauli[v] : m->observables[v]) != 0)
        {
            snprintf(msg, n, "%s: observable name '%s' is not a Pauli string", m->name,
                     m->pauli != NULL ? m->pauli[v] : m->observables[v]);
            dm_ctx_clear(c);
            return DM_BAD_MODEL;
        }
    if (c->thermal && !(c->T >= 0))
    {
        snprintf(msg, n, "%s: the bath temperature %s = %g must be >= 0", m->name,
                 m->params[m->thermal_param], c->T);
        dm_ctx_clear(c);
        return DM_BAD_TEMPERATURE;
    }
    return DM_OK;
}

int dm_ctx_init_moments(dm_ctx_t *c, const bloch_model_t *m, const double *p, char *msg,
                        size_t n)
{
    int key, S = m->sites;

    memset(c, 0, sizeof *c);
    if (m->moment_var == NULL || m->moment_order < 1 || S < 1 || S > 8 ||
        S != m->moment_order * m->cluster_sites)
    {
        snprintf(msg, n, "%s: %s", m->name, m->moment_var == NULL ? "not a moment model (or "
                 "emitted before moment models carried their Pauli strings: re-emit it)" :
                 "inconsistent moment model data");
        return m->moment_var == NULL ? DM_NO_ENGINE_DATA : DM_BAD_MODEL;
    }
    c->m = m;
    c->k = S;
    c->d = 1 << S;
    c->nobs = m->nobs;
    c->npauli = (1 << (2 * S)) - 1;
    c->moment_var = m->moment_var;
    c->moment_count = blochgen_calloc(m->nobs, sizeof(int));
    c->p = blochgen_calloc(m->nparams + 1, sizeof(double));
    memcpy(c->p, p, m->nparams * sizeof(double));
    c->xmask = blochgen_calloc(c->npauli, sizeof(unsigned));
    c->xp = blochgen_calloc(c->npauli, sizeof(double));
    c->phase = blochgen_calloc((size_t) c->npauli * c->d, 1);
    c->jump_rate = blochgen_calloc(1, sizeof(double));
    c->pair_rate = blochgen_calloc(1, sizeof(double));
    alloc_scratch(c);
    for (key = 1; key <= c->npauli; key++)
    {
        /* spin s (bit s-1 of the key's halves) is matrix bit S - s */
        unsigned x = (unsigned) key & ((1u << S) - 1u), z = (unsigned) key >> S, xm = 0, zm = 0;
        int s, v = m->moment_var[key];
        for (s = 1; s <= S; s++)
        {
            xm |= ((x >> (s - 1)) & 1u) << (S - s);
            zm |= ((z >> (s - 1)) & 1u) << (S - s);
        }
        if (v < 0 || v >= m->nobs)
        {
            snprintf(msg, n, "%s: the moment table names variable %d for Pauli string %d "
                     "(%d variables)", m->name, v, key, m->nobs);
            dm_ctx_clear(c);
            return DM_BAD_MODEL;
        }
        pauli_set(c, key - 1, xm, zm, __builtin_popcount(xm & zm));
        c->moment_count[v]++;
    }
    return DM_OK;
}

void dm_ctx_clear(dm_ctx_t *c)
{
    free(c->moment_count);
    free(c->p);
    free(c->xmask);
    free(c->xp);
    free(c->phase);
    free(c->jump_rate);
    free(c->jump_re);
    free(c->jump_im);
    free(c->L);
    free(c->pair_rate);
    free(c->rho);
    free(c->drho);
    free(c->H);
    free(c->V);
    free(c->A);
    free(c->B);
    free(c->U);
    free(c->Z);
    free(c->xs);
    free(c->coef);
    free(c->E);
    free(c->W);
    free(c->O);
    free(c->rwork);
    free(c->iwork);
    free(c->work);
    memset(c, 0, sizeof *c);
}

void dm_ctx_reset_diag(dm_ctx_t *c)
{
    c->diag_trace = 0;
    c->diag_herm = 0;
}
