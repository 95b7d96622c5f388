#include <stdio.h>
#include <stdlib.h>
#include "cli.h"
#include "steady.h"

/* Default start: the symmetric state when there is one, else all zeros
   (the maximally mixed state). */
static int initial_state(double *x, const cli_args_t *a, const bloch_model_t *m)
{
    if (a->init)
        return cli_state_from_spec(x, a->init, 1, a->par, m);
    if (m->has_symmetric && steady_symmetric(x, a->par, m) == 0)
        return 0;
    return 0;
}

int cli_cmd_steady(const cli_args_t *a, const bloch_model_t *m)
{
    double *x = calloc(m->nobs, sizeof(double));
    steady_info_t info;
    int st = initial_state(x, a, m), k;

    if (st == 0)
    {
        st = steady_newton(x, &info, a->par, a->tol, m);
        cli_print_params(stdout, a->par, m);
        for (k = 0; k < m->nobs; k++)
            printf("%-12s % .17g\n", m->observables[k], x[k]);
        printf("# residual %.3g after %d Newton iterations%s\n", info.resid, info.iters,
               info.relaxed ? " (after relaxation in time)" : "");
        if (st != 0)
        {
            fprintf(stderr, "%s steady: Newton did not converge (residual %.3g > %.3g after %d "
                    "iterations)\n", m->name, info.resid, a->tol, info.iters);
            st = 3;
        }
    }
    free(x);
    return st;
}
