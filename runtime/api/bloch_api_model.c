/* The model's description, and evaluation of its tables. */
#include <stdio.h>
#include <gsl/gsl_errno.h>
#include "bloch_api.h"

int bloch_api_version(void)
{
    return BLOCH_API_VERSION;
}

void bloch_api_init(void)
{
    gsl_set_error_handler_off();
}

const char *bloch_api_model_str(const bloch_model_t *m, int what, int i)
{
    switch (what)
    {
        case BLOCH_API_NAME_STR: return m->name;
        case BLOCH_API_SOURCE_STR: return m->source;
        case BLOCH_API_PARAM_STR: return i >= 0 && i < m->nparams ? m->params[i] : NULL;
        case BLOCH_API_OBS_STR: return i >= 0 && i < m->nobs ? m->observables[i] : NULL;
        case BLOCH_API_EXACT_RHS_STR:
            return m->exact_rhs && i >= 0 && i < m->nobs ? m->exact_rhs[i] : NULL;
        case BLOCH_API_CONSERVED_STR:
            return m->conserved && i >= 0 && i < m->nconserved ? m->conserved[i] : NULL;
        case BLOCH_API_SYMMETRY_STR: return m->symmetry;
    }
    return NULL;
}

int bloch_api_model_int(const bloch_model_t *m, int what, int i, int j)
{
    int have_jump = m->jumps != NULL && i >= 0 && i < m->njumps;

    switch (what)
    {
        case BLOCH_API_SITES: return m->sites;
        case BLOCH_API_NPARAMS: return m->nparams;
        case BLOCH_API_NOBS: return m->nobs;
        case BLOCH_API_PARITY:
            return i >= 0 && i < m->nobs ? (m->parity ? m->parity[i] : -1) : -1;
        case BLOCH_API_HAS_SYMMETRIC: return m->has_symmetric;
        case BLOCH_API_DM_ONLY: return m->dm_only;
        case BLOCH_API_NJUMPS: return m->jumps ? m->njumps : 0;
        case BLOCH_API_NJUMP_TERMS: return m->jumps ? m->njump_terms : 0;
        case BLOCH_API_JUMP_COLLECTIVE: return have_jump ? m->jumps[i].collective : -1;
        case BLOCH_API_JUMP_NTERMS: return have_jump ? m->jumps[i].nterms : -1;
        case BLOCH_API_JUMP_FIRST: return have_jump ? m->jumps[i].first : -1;
        case BLOCH_API_JUMP_PAULI:
            return have_jump && j >= 0 && j < m->jumps[i].nterms ? m->jumps[i].pauli[j] : -1;
        case BLOCH_API_HAS_DM: return m->hamiltonian != NULL && m->jump_coef != NULL;
        case BLOCH_API_NCONSERVED: return m->nconserved;
        case BLOCH_API_THERMAL_PARAM: return m->thermal_param;
    }
    return -1;
}

int bloch_api_rhs(double *dxdt, const double *x, const double *p, const bloch_model_t *m)
{
    m->rhs(dxdt, x, p);
    return BLOCH_API_OK;
}

int bloch_api_jacobian(double *jac, const double *x, const double *p, const bloch_model_t *m)
{
    m->jacobian(jac, x, p);
    return BLOCH_API_OK;
}

int bloch_api_dm_tables(double *hcoef, double *re, double *im, double *rate, const double *x,
                        const double *p, const bloch_model_t *m, char *msg, size_t n)
{
    if (m->hamiltonian == NULL || m->jump_coef == NULL || m->jump_rates == NULL)
    {
        if (n)
            snprintf(msg, n, "%s: the emitted code has no density-matrix tables (emitted by "
                     "an older blochgen: re-emit it)", m->name);
        return BLOCH_API_NO_RESULT;
    }
    m->hamiltonian(hcoef, x, p);
    if (m->njump_terms > 0)
        m->jump_coef(re, im, x, p);
    if (m->njumps > 0)
        m->jump_rates(rate, p);
    if (n)
        msg[0] = '\0';
    return BLOCH_API_OK;
}
