#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "phys.h"
#include "steady.h"

/* --init random[:SEED]: a random density matrix (Hilbert-Schmidt
   measure); without a seed one from the clock, said on stderr so that the
   run can be repeated. */
static int random_state(double *x, const char *opt, const char *spec, const double *p,
                        const bloch_model_t *m)
{
    phys_t ph;
    char msg[256], *end;
    unsigned long seed;

    if (spec[6] == ':')
    {
        seed = strtoul(spec + 7, &end, 10);
        if (spec[7] == '\0' || *end != '\0' || spec[7] == '-')
        {
            fprintf(stderr, "%s: %s random:SEED: SEED must be a non-negative integer, got "
                    "'%s'\n", m->name, opt, spec + 7);
            return 2;
        }
    }
    else
    {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        seed = (unsigned long) t.tv_sec * 1000003ul + (unsigned long) t.tv_nsec;
        fprintf(stderr, "%s: %s random:%lu\n", m->name, opt, seed);
    }
    if (phys_init(&ph, m, p, msg, sizeof msg) != DM_OK)
    {
        fprintf(stderr, "%s\n", msg);
        return 2;
    }
    phys_random(x, seed, &ph);
    phys_clear(&ph);
    return 0;
}

void cli_symmetric_ambiguous(const double *p, const bloch_model_t *m)
{
    int cap = STEADY_SYM_NSTARTS + 2, n, k, v;
    double *all = blochgen_malloc(sizeof(double) * cap * m->nobs);

    n = steady_symmetric_search(all, cap, NULL, NULL, p, m);
    fprintf(stderr, "%s: %d different symmetric states here (no closed form; found by Newton "
            "on the even sector), so 'symmetric' does not name one; give one with --at or "
            "--init v1,...:\n", m->name, n);
    for (k = 0; k < n && k < cap; k++)
        for (v = 0; v < m->nobs; v++)
            fprintf(stderr, "%s%.17g%s", v ? "" : "  ", all[k * m->nobs + v],
                    v + 1 < m->nobs ? "," : "\n");
    free(all);
}

int cli_state_from_spec(double *x, const char *opt, const char *spec, int sign,
                        const double *p, const bloch_model_t *m)
{
    steady_info_t info;
    double lam;
    int st;

    if (strcmp(spec, "symmetric") == 0 || strcmp(spec, "broken") == 0 ||
        strcmp(spec, "-broken") == 0)
    {
        st = steady_symmetric(x, p, m);
        if (st == STEADY_SYM_NONE && m->symmetry == NULL)
            fprintf(stderr, "%s: no symmetric state (the model declares no symmetry)\n",
                    m->name);
        else if (st == STEADY_SYM_NONE)
            fprintf(stderr, "%s: no symmetric state found (no closed form; Newton on the even "
                    "sector from the maximally mixed state and six product states, and "
                    "relaxation in time, reached none)\n", m->name);
        else if (st == STEADY_SYM_AMBIGUOUS)
            cli_symmetric_ambiguous(p, m);
        else if (st == -2)
            fprintf(stderr, "%s: the symmetric state is singular at these parameters "
                    "(a denominator vanishes)\n", m->name);
        else if (st == -3)
            fprintf(stderr, "%s: the symmetric state overflows double precision at these "
                    "parameters (rescale them, e.g. measure rates in units of the largest)\n",
                    m->name);
        else if (st == -4)
            fprintf(stderr, "%s: the symmetric state loses digits to floating-point underflow "
                    "at these parameters (rescale them, e.g. measure rates in units of the "
                    "largest)\n", m->name);
        if (st != 0 || spec[0] == 's')
            return st == 0 ? 0 : st <= -3 ? 3 : 1;
        st = steady_broken(x, &info, spec[0] == '-' ? -sign : sign, p, 1e-12, m);
        if (st == 1)
            fprintf(stderr, "%s: the symmetric state has no unstable odd mode here, so no "
                    "broken state branches off it\n", m->name);
        else if (st != 0)
            fprintf(stderr, "%s: Newton found no broken state from the symmetric one\n", m->name);
        return st == 0 ? 0 : 1;
    }
    if (strcmp(spec, "random") == 0 || strncmp(spec, "random:", 7) == 0)
        return random_state(x, opt, spec, p, m);
    if (cli_parse_state(x, opt, spec, m) != 0)
        return 2;
    /* an initial state must be one: the equations conserve rho >= 0 but
       do not restore it */
    if (strcmp(opt, "--init") == 0 && cli_physical(&lam, x, p, m) == 0 && m->moment_order > 0)
    {
        fprintf(stderr, "%s: %s %s is not a state: the %d-site reduced density matrix of these "
                "moments has the eigenvalue %.3g < 0\n", m->name, opt, spec, m->moment_order,
                lam);
        return 2;
    }
    if (strcmp(opt, "--init") == 0 && cli_physical(&lam, x, p, m) == 0)
    {
        fprintf(stderr, "%s: %s %s is not a state: its density matrix 2^-k (1 + sum_P x_P P) "
                "has the eigenvalue %.3g < 0 (each value is <P> of a Pauli string)\n", m->name,
                opt, spec, lam);
        return 2;
    }
    return 0;
}

int cli_physical(double *lam, const double *x, const double *p, const bloch_model_t *m)
{
    phys_t ph;
    char msg[256];
    int v;

    *lam = NAN;
    if (phys_init(&ph, m, p, msg, sizeof msg) != DM_OK)
        return -1;
    v = phys_check(lam, x, &ph);
    phys_clear(&ph);
    return v;
}

void cli_print_physical(FILE *f, const double *x, const double *p, const bloch_model_t *m)
{
    double lam;
    int v = cli_physical(&lam, x, p, m);

    if (v == 1)
        fprintf(f, "# physical: yes (smallest eigenvalue of rho %.3g)\n", lam + 0.0);
    else if (v == 0)
        fprintf(f, "# physical: NO: rho has the eigenvalue %.3g < 0, so this solution of the "
                "equations is not a state\n", lam);
    else
        fprintf(f, "# physical: unknown (the eigenvalues of rho could not be computed)\n");
}
