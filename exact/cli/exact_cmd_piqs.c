/* exact_cmd_piqs.c: `dtfim-exact piqs`: the steady state by permutation
   invariance (exact/piqs/, doubles), printed like brute: the corr line
   with --plus/--minus, else the density table (one row 'all', 'mean'). */
#include <stdlib.h>
#include "alloc.h"
#include "exact_cli.h"
#include "piqs.h"

/* N beyond which the band matrix outgrows a few GB (N = 64: 2.5 GB). */
#define PIQS_MAX_N 64

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

static void density(const exact_params_t *p, const piqs_t *b, const double *rho)
{
    double n, im, px, py, v[4];

    piqs_corr(&n, &im, b, rho, 0, 0, 1);
    piqs_corr(&px, &py, b, rho, 1, 0, 0);
    v[0] = n;
    v[1] = 2 * n - 1;
    v[2] = 2 * px;
    v[3] = 2 * py;
    printf("site,n,sz,sx,sy\n");
    exact_print_params(stdout, "piqs", p, 0);
    for (int r = 0; r < 2; r++)
        printf("%s,%.17g,%.17g,%.17g,%.17g\n", r ? "mean" : "all", v[0], v[1], v[2], v[3]);
}

static int piqs(const exact_model_t *model, const void *opts)
{
    piqs_model_t m = {model->p.N, model->p.dJ, model->p.dhz, 0, model->p.dgamma, model->p.dGamma};
    piqs_t b;
    double *rho, re, im;
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
        fprintf(stderr, "dtfim-exact piqs: --N %ld is too large: expected N <= %d (the band matrix "
                "grows as N^5, 2.5 GB at N = 64, the LU time as N^7)\n", (long) model->p.N, PIQS_MAX_N);
        return CMDLINE_BAD_INPUT;
    }
    m.hx = exact_params_hx(&model->p, 0);
    piqs_init(&b, m.N);
    rho = blochgen_malloc(2 * sizeof(double) * b.n);
    rc = piqs_steady(rho, &b, &m);
    if (rc == 0 && model->have_cluster)
    {
        long c = common(&model->c);
        piqs_corr(&re, &im, &b, rho, model->c.n1 - c, model->c.n2 - c, c);
        printf("%.17g %.17g\n", re, im);
    }
    else if (rc == 0)
        density(&model->p, &b, rho);
    free(rho);
    piqs_clear(&b);
    return rc;
}

static int run(const void *opts)
{
    return exact_args_with_model(opts, piqs, NULL);
}

/* the model options alone: nothing is certified */
const exact_cmd_t exact_cmd_piqs = {
    {"piqs",
     "independent check by permutation invariance (uniform fields): the Liouvillian on the\n"
     "Dicke blocks (~N^3/6 unknowns), banded LU (LAPACK, doubles); output as brute.\n"
     "Needs --N (<= 64), --J, --hz, one --hx, --gamma > 0.",
     exact_model_opts, sizeof(exact_model_opts_t)},
    run};
