/* exact_cmd_brute.c: `dtfim-exact brute`: the dense Lindbladian's steady
   state, printed like corr (with --plus/--minus) or density. */
#include <stdlib.h>
#include "alloc.h"
#include "exact_cli.h"
#include "exact_brute.h"

#define BRUTE_MAX_N 6

static void density_row(const double *rho, slong N, slong j, double *sum)
{
    slong s = j;
    exact_cluster_t nn = {&s, 1, &s, 1}, plus = {&s, 1, NULL, 0};
    double n, im, px, py, v[4];

    exact_brute_corr(&n, &im, rho, N, &nn);
    exact_brute_corr(&px, &py, rho, N, &plus);
    v[0] = n;
    v[1] = 2 * n - 1;
    v[2] = 2 * px;
    v[3] = 2 * py;
    printf("%ld", (long) j + 1);
    for (int k = 0; k < 4; k++)
    {
        printf(",%.17g", v[k]);
        sum[k] += v[k] / N;
    }
    printf("\n");
}

static int brute(const exact_model_t *m, const void *opts)
{
    slong N = m->p.N, d = (slong) 1 << N;
    double *rho, re, im, mean[4] = {0, 0, 0, 0};
    int rc;

    (void) opts;       /* the model options are all it takes */
    if (N > BRUTE_MAX_N)
    {
        fprintf(stderr, "dtfim-exact brute: N = %ld is too large: the dense Liouvillian needs N <= %d\n",
                (long) N, BRUTE_MAX_N);
        return CMDLINE_BAD_INPUT;
    }
    rho = blochgen_malloc(2 * sizeof(double) * d * d);
    rc = exact_brute_steady(rho, &m->p);
    if (rc == 0 && m->have_cluster)
    {
        exact_brute_corr(&re, &im, rho, N, &m->c);
        printf("%.17g %.17g\n", re, im);
    }
    else if (rc == 0)
    {
        printf("site,n,sz,sx,sy\n");
        exact_print_params(stdout, "brute", &m->p, 0);
        for (slong j = 0; j < N; j++)
            density_row(rho, N, j, mean);
        printf("mean,%.17g,%.17g,%.17g,%.17g\n", mean[0], mean[1], mean[2], mean[3]);
    }
    free(rho);
    return rc;
}

static int run(const void *opts)
{
    return exact_args_with_model(opts, brute, NULL);
}

/* the model options alone: nothing is certified */
const exact_cmd_t exact_cmd_brute = {
    {"brute",
     "independent check: the dense 4^N x 4^N Lindbladian's null vector (LAPACK, doubles);\n"
     "prints the corr line when --plus/--minus are given, else the density table.\n"
     "Needs --N (<= 6), --J, --hz, --hx, --gamma.",
     exact_model_opts, sizeof(exact_model_opts_t)},
    run};
