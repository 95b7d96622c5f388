#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "evolve.h"

static int write_row(double t, const double *x, void *data)
{
    const cli_args_t *a = ((void **) data)[0];
    const bloch_model_t *m = ((void **) data)[1];
    FILE *f = ((void **) data)[2];
    int k;

    (void) a;
    fprintf(f, "%.17g", t);
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%.17g", x[k]);
    fprintf(f, "\n");
    return 0;
}

int cli_cmd_evolve(const cli_args_t *a, const bloch_model_t *m)
{
    double *x = blochgen_calloc(m->nobs, sizeof(double));
    const char *method = a->method ? a->method : "rk8pd";
    /* 1e-10 unless --tol was given (the parser's default 1e-12 is Newton's) */
    double tol = a->have_tol ? a->tol : 1e-10;
    cmdline_out_t out;
    FILE *f;
    void *ctx[3];
    char msg[256];
    int st = 0, k, w;

    if (!num_ode_method(method, NUM_ODE_ANY))
    {
        fprintf(stderr, "%s evolve: unknown --method '%s' (known: %s)\n", m->name, method,
                num_ode_method_list(NUM_ODE_ANY));
        free(x);
        return 2;
    }
    if (tol < 1e-15)
    {
        /* the step control would shrink the step to rounding level and
           never reach --t */
        fprintf(stderr, "%s evolve: --tol %g is below double-precision rounding (give >= "
                "1e-15)\n", m->name, tol);
        free(x);
        return 2;
    }
    if (a->init && (st = cli_state_from_spec(x, "--init", a->init, 1, a->par, m)) != 0)
    {
        free(x);
        return st;
    }
    if ((st = cmdline_out_open(&out, a->out)) != 0)
    {
        free(x);
        return st;
    }
    f = out.f;
    csv_print_params(f, a->par, m);
    fprintf(f, "# method=%s, tol=%g\nt", method, tol);
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%s", m->observables[k]);
    fprintf(f, "\n");
    ctx[0] = (void *) a, ctx[1] = (void *) m, ctx[2] = f;
    cmdline_interrupt_install();
    st = evolve_run(x, 0, a->t, a->have_every ? a->every : 0, method, tol, a->par, m, write_row,
                    ctx, cmdline_interrupted, msg, sizeof msg);
    if (st == EVOLVE_STOPPED && cmdline_interrupted())
    {
        /* the rows written are complete: keep them, say where it stopped */
        fprintf(f, "# partial: stopped by signal %d before t = %.17g; the rows above are "
                "complete\n", cmdline_interrupted(), a->t);
        fprintf(stderr, "%s evolve: interrupted; the rows computed so far are kept%s%s\n",
                m->name, a->out ? " in " : "", a->out ? a->out : "");
        w = cmdline_out_close(&out, 1);
        free(x);
        return w ? w : cmdline_interrupt_status();
    }
    if (st != EVOLVE_OK && st != EVOLVE_STOPPED)
        fprintf(stderr, "%s\n", msg);
    st = st == EVOLVE_OK ? CMDLINE_OK : CMDLINE_NO_CONVERGENCE;
    if ((w = cmdline_out_close(&out, st == 0)) != 0 && st == 0)
        st = w;
    free(x);
    return st;
}
