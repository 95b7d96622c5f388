/* elim_all.c: every steady state at one parameter point, with its
 * stability, physicality and certificate: what `steady --all` prints and
 * bloch_api_steady_all returns. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "elim.h"
#include "num.h"
#include "phys.h"
#include "stab.h"
#include "steady.h"
#include "qinfo.h"

void elim_all_init(elim_all_t *r)
{
    memset(r, 0, sizeof *r);
}

void elim_all_clear(elim_all_t *r)
{
    for (int k = 0; k < r->nparams; k++)
        flint_free(r->params[k]);
    free(r->params);
    free(r->x);
    free(r->stability);
    free(r->physical);
    free(r->certified);
    elim_all_init(r);
}

/* A singular Jacobian: the smallest singular value below
   ELIM_ALL_SING_RTOL of the largest (qinfo_svals: LAPACK on padded
   buffers, which takes a complex matrix). */
static int singular(const double *x, const double *p, const bloch_model_t *m)
{
    int n = m->nobs, ok, k;
    double *J = blochgen_malloc(sizeof(double) * n * n), *s = blochgen_malloc(sizeof(double) * n);
    double *c = blochgen_calloc(2 * (size_t) n * n, sizeof(double));

    m->jacobian(J, x, p);
    for (k = 0; k < n * n; k++)
        c[2 * k] = J[k];
    ok = qinfo_svals(s, c, n) == 0 && s[n - 1] <= ELIM_ALL_SING_RTOL * s[0];
    free(c);
    free(J);
    free(s);
    return ok;
}

/* Is y (within steady_find_all's own criterion) among the count states x? */
static int listed(const double *x, int count, const double *y, int n)
{
    double norm = 0;

    for (int j = 0; j < n; j++)
        norm += y[j] * y[j];
    for (int k = 0; k < count; k++)
        if (num_dist(x + (size_t) k * n, y, n) <= STEADY_FIND_DIST * fmax(1, sqrt(norm)))
            return 1;
    return 0;
}

int elim_all(elim_all_t *r, const char *const *text, const double *v, long starts,
             unsigned long seed, const bloch_model_t *m, const bloch_model_arb_t *marb)
{
    int n = m->nobs, st, k, total;
    const double *xs;
    const int *cert = NULL;
    char msg[ELIM_NOTE_MAX];
    elim_t e;
    steady_set_t ss;
    stab_spectrum_t sp;
    phys_t ph;

    elim_all_clear(r);
    elim_init(e, m);
    msg[0] = '\0';
    st = elim_set(e, text, v, m, msg, sizeof msg);
    r->nparams = m->nparams;
    r->params = blochgen_calloc(m->nparams + 1, sizeof(char *));
    for (k = 0; k < m->nparams; k++)
        r->params[k] = fmpq_get_str(NULL, 10, e->p + k);
    if (st == ELIM_BAD_PARAM)
    {
        snprintf(r->note, sizeof r->note, "%s", msg);
        elim_clear(e);
        return ELIM_BAD_PARAM;
    }
    if (st == ELIM_OK)
        st = elim_solve(e, m, marb);
    else
        snprintf(e->note, sizeof e->note, "%s", msg);
    r->exact = st == ELIM_OK;
    snprintf(r->note, sizeof r->note, "%s", e->note);
    steady_set_init(&ss, m);
    if (r->exact)
    {
        r->complete = e->complete;
        r->radius = e->radius;
        if (!e->complete)
        {
            /* some candidate undecided: the numerical search may add a
               state the elimination could not prove (listed uncertified) */
            int found = steady_find_all(&ss, v, (int) starts, seed, m);
            for (k = 0; k < found; k++)
                if (!listed(e->x, (int) e->count, ss.x + (size_t) k * n, n))
                {
                    elim_push(e, ss.x + (size_t) k * n, 0);
                    r->added++;
                }
        }
        xs = e->x;
        total = (int) e->count;
        cert = e->certified;
    }
    else
    {
        total = steady_find_all(&ss, v, (int) starts, seed, m);
        if (total < 0)
        {
            snprintf(r->note, sizeof r->note, "no exact elimination (%.250s), and the numerical "
                     "search cannot run: %s", e->note, total == STEADY_FIND_DM_ONLY ?
                     "the model has an eigenbasis dissipator" :
                     "the model was emitted without the density-matrix tables; re-emit it");
            steady_set_clear(&ss);
            elim_clear(e);
            return -1;
        }
        xs = ss.x;
    }
    r->x = blochgen_malloc(sizeof(double) * ((size_t) total * n + 1));
    r->stability = blochgen_malloc(sizeof(int) * (total + 1));
    r->physical = blochgen_malloc(sizeof(int) * (total + 1));
    r->certified = blochgen_malloc(sizeof(int) * (total + 1));
    r->have_phys = phys_init(&ph, m, v, msg, sizeof msg) == DM_OK;
    stab_spectrum_init(&sp, m);
    for (k = 0; k < total; k++)
    {
        const double *y = xs + (size_t) k * n;
        int c = r->count, phys, verdict;
        /* the numerical search samples families: a sample is not listed
           (with conserved quantities it finds the isolated states of
           level sets, whose Jacobian is singular anyway) */
        if (!r->exact && m->nconserved == 0 && singular(y, v, m))
        {
            r->omitted++;
            continue;
        }
        phys = r->have_phys ? phys_check(NULL, y, &ph) : -1;
        verdict = stab_spectrum(&sp, y, v, m) != 0 ? STAB_UNDECIDED : sp.verdict;
        /* an unphysical state is no attractor of the physical dynamics */
        if (phys != 1 && verdict == STAB_STABLE)
            verdict = STAB_UNDECIDED;
        for (int j = 0; j < n; j++)
            r->x[(size_t) c * n + j] = y[j] + 0.0;      /* no -0 */
        r->stability[c] = verdict;
        r->physical[c] = phys == 1;
        r->certified[c] = cert ? cert[k] : 0;
        r->count++;
    }
    if (r->have_phys)
        phys_clear(&ph);
    stab_spectrum_clear(&sp);
    steady_set_clear(&ss);
    elim_clear(e);
    return 0;
}
