/* exact_cmd_piqs.c: `dtfim-exact piqs`: the steady state by permutation
   invariance (exact/piqs/, doubles), printed like brute: the corr line
   with --plus/--minus, else the density table (one row 'all', 'mean');
   rounded to the decimals its error estimate allows. */
#include <math.h>
#include <stdlib.h>
#include "exact_cli.h"
#include "piqs.h"

/* |C1 n C2| of two increasing lists. */
static long common(const exact_cluster_t *c)
{
    long n = 0;
    for (slong i = 0, k = 0; i < c->n1 && k < c->n2;)
    {
        if (c->c1[i] == c->c2[k])
            n++, i++, k++;
        else if (c->c1[i] < c->c2[k])
            i++;
        else
            k++;
    }
    return n;
}

/* v rounded to d decimals, without a "-0" */
static void put(double v, int d, const char *sep)
{
    printf("%.*f%s", d, fabs(v) < 0.5 * pow(10, -d) ? 0.0 : v, sep);
}

static void density(const exact_params_t *p, const piqs_t s)
{
    double n, im, px, py, v[4];
    int d = s->info.decimals;

    piqs_corr(&n, &im, s, 0, 0, 1);
    piqs_corr(&px, &py, s, 1, 0, 0);
    v[0] = n;
    v[1] = 2 * n - 1;
    v[2] = 2 * px;
    v[3] = 2 * py;
    printf("site,n,sz,sx,sy\n");
    exact_print_params(stdout, "piqs", p, 0);
    printf("# symmetric Liouville space, dimension %ld, steady state by %s; error estimate %.2g "
           "(not a bound), values rounded to %d decimals\n", s->f->dim,
           s->info.gmres ? "GMRES" : "sparse LU", s->info.err, d);
    for (int r = 0; r < 2; r++)
    {
        printf("%s,", r ? "mean" : "all");
        for (int j = 0; j < 4; j++)
            put(v[j], d, j < 3 ? "," : "\n");
    }
}

static int piqs(const exact_model_t *model, const void *opts)
{
    piqs_model_t m = {model->p.N, model->p.dJ, model->p.dhz, 0, model->p.dgamma, model->p.dGamma};
    piqs_t s;
    int rc;

    (void) opts;       /* the model options are all it takes */
    if (!exact_params_uniform(&model->p))
    {
        fprintf(stderr, "dtfim-exact piqs: --hx: permutation invariance needs one uniform field, got %ld values\n",
                (long) model->p.nhx);
        return CMDLINE_BAD_INPUT;
    }
    if (model->p.dgamma == 0 && model->p.N > 1)
    {
        fprintf(stderr, "dtfim-exact piqs: --gamma 0: without local decay every Dicke block is invariant "
                "and the steady state is not unique; expected --gamma > 0\n");
        return CMDLINE_BAD_INPUT;
    }
    if (model->p.N > PIQS_MAX_N)
    {
        fprintf(stderr, "dtfim-exact piqs: --N %ld is too large: expected N <= %d (the symmetric "
                "Liouville space has C(N+3, 3) states, 585276 at N = 150)\n", (long) model->p.N,
                PIQS_MAX_N);
        return CMDLINE_BAD_INPUT;
    }
    m.hx = exact_params_hx(&model->p, 0);
    finite_tune_process();
    rc = piqs_steady(s, &m);
    if (rc)
        fprintf(stderr, "dtfim-exact piqs: %s; nothing printed\n",
                rc == PIQS_BAD_MODEL ? "the model's terms could not be set" : finite_steady_strerror(rc, &s->info));
    else if (s->info.decimals < PIQS_MIN_DECIMALS)
    {
        fprintf(stderr, "dtfim-exact piqs: the state is not established to %d decimals in doubles "
                "(error estimate %.2g): the rates span too many orders of magnitude; corr and "
                "density certify these parameters\n", PIQS_MIN_DECIMALS, s->info.err);
        rc = -1;
    }
    else if (model->have_cluster)
    {
        long c = common(&model->c);
        double re, im;
        piqs_corr(&re, &im, s, model->c.n1 - c, model->c.n2 - c, c);
        put(re, s->info.decimals, " ");
        put(im, s->info.decimals, "\n");
    }
    else
        density(&model->p, s);
    piqs_clear(s);
    return rc ? CMDLINE_NO_CONVERGENCE : CMDLINE_OK;
}

static int run(const void *opts)
{
    return exact_args_with_model(opts, piqs, NULL);
}

/* the model options alone: nothing is certified */
const exact_cmd_t exact_cmd_piqs = {
    {"piqs",
     "independent check by permutation invariance (uniform fields, doubles)\n"
     "The C(N+3,3) symmetric Pauli moments by sparse LU or GMRES (UMFPACK);\n"
     "output as brute, rounded to the decimals the error estimate allows.\n"
     "Needs --N (<= 150), --J, --hz, one --hx, --gamma > 0.",
     exact_model_opts, sizeof(exact_model_opts_t)},
    run};
