/* `steady --all`: every steady state at one parameter point, as CSV
 * (elim_all: exact elimination where the model allows it, certified; else
 * the numerical search of steady_find_all, not certified). */
#include <stdio.h>
#include "cli.h"
#include "elim.h"
#include "phys.h"
#include "stab.h"

int cli_steady_all(const cli_params_t *set, long starts, long seed, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    elim_all_t r;
    int st, k, j;

    elim_all_init(&r);
    st = elim_all(&r, (const char *const *) set->text, set->v, starts, (unsigned long) seed, m,
                  arb);
    if (st != 0)
    {
        fprintf(stderr, "%s steady --all: %s\n", m->name, r.note);
        elim_all_clear(&r);
        return st == ELIM_BAD_PARAM ? CMDLINE_BAD_INPUT : CMDLINE_NO_RESULT;
    }
    printf("index,stability,physical,certified");
    for (k = 0; k < m->nobs; k++)
        printf(",%s", m->observables[k]);
    printf("\n");
    for (k = 0; k < r.count; k++)
    {
        printf("%d,%s,%d,%d", k, stab_verdict_name(r.stability[k]), r.physical[k],
               r.certified[k]);
        for (j = 0; j < m->nobs; j++)
            printf(",%.17g", r.x[(size_t) k * m->nobs + j]);
        printf("\n");
    }
    printf("# parameters, exactly:");
    for (k = 0; k < m->nparams; k++)
        printf(" %s=%s", m->params[k], r.params[k]);
    printf("\n");
    if (r.exact)
    {
        printf("# method: %s\n", r.note);
        if (r.added > 0)
            printf("# and %d state%s found by the numerical search from %ld random physical "
                   "states (seed %ld), not proven\n", r.added, r.added == 1 ? "" : "s", starts,
                   seed);
        if (r.radius > 0)
            printf("# certified rows: Krawczyk's test at the exact parameters proves exactly "
                   "one steady state within %.2g of the printed values (each component)\n",
                   r.radius);
        if (r.complete)
            printf("# complete: certified (every real steady state is listed%s)\n",
                   r.count == 0 ? ": there is none" : "");
        else
            printf("# complete: not certified\n");
    }
    else
    {
        printf("# method: numerical search (deflated Newton, relaxation) from %ld random "
               "physical states, seed %ld; no exact elimination: %s\n", starts, seed, r.note);
        if (m->nconserved > 0)
            printf("# positive-dimensional: the conserved quantities make the steady states "
                   "come in families; the rows are the isolated states on the level sets of the "
                   "random starts\n");
        if (r.omitted > 0)
            printf("# positive-dimensional: %d state%s found with a singular Jacobian lie on a "
                   "family of steady states and %s not listed\n", r.omitted,
                   r.omitted == 1 ? "" : "s", r.omitted == 1 ? "is" : "are");
        printf("# complete: not certified (a state whose basin misses every start is not "
               "found)\n");
    }
    if (r.have_phys)
        printf("# physical: 1 when rho = 2^-k (1 + sum_P x_P P) has no eigenvalue below "
               "-%g\n", PHYS_TOL);
    else
        printf("# physical: unknown (the density matrix could not be formed)\n");
    if (m->nconserved > 0)
    {
        printf("# conserved:");
        for (k = 0; k < m->nconserved; k++)
            printf(" %s%s", m->conserved[k], k + 1 < m->nconserved ? ";" : "");
        printf(" (their zero eigenvalues make states marginal)\n");
    }
    st = r.count > 0 ? CMDLINE_OK : r.complete ? CMDLINE_NO_RESULT : CMDLINE_NO_CONVERGENCE;
    if (st == CMDLINE_NO_CONVERGENCE)
        fprintf(stderr, "%s steady --all: no steady state found\n", m->name);
    elim_all_clear(&r);
    return st;
}
