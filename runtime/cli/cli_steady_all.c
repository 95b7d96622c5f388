/* `steady --all`: every steady state at one parameter point, as CSV.
 * Exact elimination (runtime/elim) where the model allows it, certified;
 * else the numerical search of steady_find_all, not certified. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "elim.h"
#include "phys.h"
#include "qinfo.h"
#include "stab.h"
#include "steady.h"

/* A state on a positive-dimensional set has a singular Jacobian: its
   smallest singular value relative to the largest below this is taken
   as zero (the rows of a family are not listed, only counted). */
#define CLI_ALL_SING_RTOL 1e-9

static int singular(const double *x, const double *p, const bloch_model_t *m)
{
    int n = m->nobs, ok, k;
    double *J = blochgen_malloc(sizeof(double) * n * n), *s = blochgen_malloc(sizeof(double) * n);
    double *c = blochgen_calloc(2 * (size_t) n * n, sizeof(double));

    m->jacobian(J, x, p);
    for (k = 0; k < n * n; k++)
        c[2 * k] = J[k];
    ok = qinfo_svals(s, c, n) == 0 && s[n - 1] <= CLI_ALL_SING_RTOL * s[0];
    free(c);
    free(J);
    free(s);
    return ok;
}

static void print_row(int index, const double *x, int cert, const double *p, phys_t *ph,
                      int have_ph, stab_spectrum_t *sp, const bloch_model_t *m)
{
    int phys = have_ph ? phys_check(NULL, x, ph) : -1, verdict, k;

    if (stab_spectrum(sp, x, p, m) != 0)
        verdict = STAB_UNDECIDED;
    else
        verdict = sp->verdict;
    /* an unphysical state is no attractor of the physical dynamics: never
       called stable */
    if (phys != 1 && verdict == STAB_STABLE)
        verdict = STAB_UNDECIDED;
    printf("%d,%s,%d,%d", index, stab_verdict_name(verdict), phys == 1, cert);
    for (k = 0; k < m->nobs; k++)
        printf(",%.17g", x[k] + 0.0);
    printf("\n");
}

int cli_steady_all(const cli_params_t *set, long starts, long seed, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const double *p = set->v;
    char msg[ELIM_NOTE_MAX], pmsg[256];
    elim_t e;
    steady_set_t ss;
    stab_spectrum_t sp;
    phys_t ph;
    int st, k, rows = 0, omitted = 0, added = 0, have_ph, exact, complete = 0;
    const double *xs;
    const int *cert = NULL;
    int count;

    elim_init(e, m);
    msg[0] = '\0';
    st = elim_set(e, (const char *const *) set->text, p, m, msg, sizeof msg);
    if (st == ELIM_BAD_PARAM)
    {
        fprintf(stderr, "%s steady --all: %s\n", m->name, msg);
        elim_clear(e);
        return CMDLINE_BAD_INPUT;
    }
    if (st == ELIM_OK)
        st = elim_solve(e, m, arb);
    else
        snprintf(e->note, sizeof e->note, "%s", msg);
    exact = st == ELIM_OK;
    steady_set_init(&ss, m);
    if (exact)
    {
        complete = e->complete;
        if (!complete)
        {
            /* some candidate undecided: the numerical search may add a
               state the elimination could not prove (listed uncertified) */
            int found = steady_find_all(&ss, p, (int) starts, (unsigned long) seed, m);
            for (k = 0; k < found; k++)
            {
                const double *y = ss.x + (size_t) k * m->nobs;
                double norm = 0;
                int j, seen = 0;
                for (j = 0; j < m->nobs; j++)
                    norm += y[j] * y[j];
                /* the same state: steady_find_all's own criterion */
                for (j = 0; j < e->count && !seen; j++)
                    seen = num_dist(e->x + (size_t) j * m->nobs, y, m->nobs) <=
                           STEADY_FIND_DIST * fmax(1, sqrt(norm));
                if (!seen)
                {
                    elim_push(e, y, 0);
                    added++;
                }
            }
        }
        xs = e->x;
        count = (int) e->count;
        cert = e->certified;
    }
    else
    {
        int found = steady_find_all(&ss, p, (int) starts, (unsigned long) seed, m);
        if (found < 0)
        {
            fprintf(stderr, "%s steady --all: no exact elimination (%s), and the numerical "
                    "search cannot run: %s\n", m->name, e->note, found == STEADY_FIND_DM_ONLY ?
                    "the model has an eigenbasis dissipator" :
                    "the model was emitted without the density-matrix tables; re-emit it");
            steady_set_clear(&ss);
            elim_clear(e);
            return CMDLINE_NO_RESULT;
        }
        xs = ss.x;
        count = found;
    }
    have_ph = phys_init(&ph, m, p, pmsg, sizeof pmsg) == DM_OK;
    stab_spectrum_init(&sp, m);
    printf("index,stability,physical,certified");
    for (k = 0; k < m->nobs; k++)
        printf(",%s", m->observables[k]);
    printf("\n");
    for (k = 0; k < count; k++)
    {
        const double *x = xs + (size_t) k * m->nobs;
        /* the numerical search samples families: a sample is not listed */
        if (!exact && m->nconserved == 0 && singular(x, p, m))
        {
            omitted++;
            continue;
        }
        print_row(rows++, x, cert ? cert[k] : 0, p, &ph, have_ph, &sp, m);
    }
    printf("# parameters, exactly:");
    for (k = 0; k < m->nparams; k++)
    {
        char *s = fmpq_get_str(NULL, 10, e->p + k);
        printf(" %s=%s", m->params[k], s);
        flint_free(s);
    }
    printf("\n");
    if (exact)
    {
        printf("# method: %s\n", e->note);
        if (added > 0)
            printf("# and %d state%s found by the numerical search from %ld random physical "
                   "states (seed %ld), not proven\n", added, added == 1 ? "" : "s", starts, seed);
        if (e->radius > 0)
            printf("# certified rows: Krawczyk's test at the exact parameters proves exactly "
                   "one steady state within %.2g of the printed values (each component)\n",
                   e->radius);
        if (complete)
            printf("# complete: certified (every real steady state is listed%s)\n",
                   count == 0 ? ": there is none" : "");
        else
            printf("# complete: not certified\n");
    }
    else
    {
        printf("# method: numerical search (deflated Newton, relaxation) from %ld random "
               "physical states, seed %ld; no exact elimination: %s\n", starts, seed, e->note);
        if (m->nconserved > 0)
            printf("# positive-dimensional: the conserved quantities make the steady states "
                   "come in families; the rows are the isolated states on the level sets of the "
                   "random starts\n");
        if (omitted > 0)
            printf("# positive-dimensional: %d state%s found with a singular Jacobian lie on a "
                   "family of steady states and %s not listed\n", omitted,
                   omitted == 1 ? "" : "s", omitted == 1 ? "is" : "are");
        printf("# complete: not certified (a state whose basin misses every start is not "
               "found)\n");
    }
    if (!have_ph)
        printf("# physical: unknown (%s)\n", pmsg);
    else
        printf("# physical: 1 when rho = 2^-k (1 + sum_P x_P P) has no eigenvalue below "
               "-%g\n", PHYS_TOL);
    if (m->nconserved > 0)
    {
        printf("# conserved:");
        for (k = 0; k < m->nconserved; k++)
            printf(" %s%s", m->conserved[k], k + 1 < m->nconserved ? ";" : "");
        printf(" (their zero eigenvalues make states marginal)\n");
    }
    if (have_ph)
        phys_clear(&ph);
    stab_spectrum_clear(&sp);
    steady_set_clear(&ss);
    elim_clear(e);
    if (rows == 0 && !complete)
    {
        fprintf(stderr, "%s steady --all: no steady state found\n", m->name);
        return CMDLINE_NO_CONVERGENCE;
    }
    return rows == 0 ? CMDLINE_NO_RESULT : CMDLINE_OK;
}
