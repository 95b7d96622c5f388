#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "elim.h"

/* x as the exact rational it is in binary. */
static void fmpq_set_double(fmpq_t r, double x)
{
    arf_t a;

    arf_init(a);
    arf_set_d(a, x);
    arf_get_fmpq(r, a);
    arf_clear(a);
}

int elim_set(elim_t e, const char *const *text, const double *v, const bloch_model_t *m,
             char *msg, size_t msgsize)
{
    slong np = m->nparams, n = m->nobs, k;
    char **names;
    int st = ELIM_OK;

    if (m->exact_rhs == NULL)
    {
        snprintf(msg, msgsize, "the model carries no exact equations (%s)",
                 m->dm_only ? "its eigenbasis dissipator is not polynomial"
                            : "more than 63 observables, or emitted by an older blochgen");
        return ELIM_NO_EXACT;
    }
    for (k = 0; k < np; k++)
    {
        if (text != NULL && text[k] != NULL)
        {
            if (elim_fmpq_set_str(e->p + k, text[k], strlen(text[k])) != 0)
            {
                snprintf(msg, msgsize, "parameter %s: '%s' is not an exact number",
                         m->params[k], text[k]);
                return ELIM_BAD_PARAM;
            }
        }
        else
            fmpq_set_double(e->p + k, v[k]);
    }
    names = flint_malloc(sizeof(char *) * (np + n));
    for (k = 0; k < np + n; k++)
    {
        names[k] = flint_malloc(32);
        flint_sprintf(names[k], k < np ? "p%wd" : "x%wd", k < np ? k : k - np);
    }
    for (k = 0; k < n && st == ELIM_OK; k++)
    {
        slong j;
        if (fmpq_mpoly_set_str_pretty(e->f + k, m->exact_rhs[k], (const char **) names,
                                      e->xctx) != 0)
        {
            snprintf(msg, msgsize, "the model's exact equation %ld does not parse "
                     "(re-emit the model)", (long) k);
            st = ELIM_NO_EXACT;
        }
        for (j = 0; j < np && st == ELIM_OK; j++)
            if (!fmpq_mpoly_evaluate_one_fmpq(e->f + k, e->f + k, j, e->p + j, e->xctx))
            {
                snprintf(msg, msgsize, "evaluating equation %ld at the parameters failed",
                         (long) k);
                st = ELIM_NO_EXACT;
            }
    }
    for (k = 0; k < np + n; k++)
        flint_free(names[k]);
    flint_free(names);
    return st;
}
