/* exact_cmd_correlation.c: `dtfim-exact correlation`: the steady-state
   two-time correlation <A(t) B(0)> by the regression theorem (CSV
   t,re,im) or its spectrum by the resolvent (--spectrum; CSV omega,S or
   omega,re,im), on the dense Liouvillian of Eq. S12 (exact/qrt/, doubles).
   Its own option table rather than the model group: --plus/--minus mean
   nothing here, and any fields, --Gamma and --nth are allowed. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>
#include <math.h>
#include "alloc.h"
#include "exact_cli.h"
#include "exact_qrt.h"

typedef struct
{
    long N;
    double J, hz, gamma, Gamma, nth;
    const char *hx, *A, *B;
    cmdline_grid_t t, w;
    long digits;
} corr_opts_t;

static const cmdline_opt_t corr_opts[] = {
    {"--N", CMDLINE_INTEGER, offsetof(corr_opts_t, N), CMDLINE_REQUIRED, .value = "N",
     .help = "number of spins (dense Liouvillian: N <= 6)", .min = 1, .max = EXACT_QRT_MAX_N},
    {"--J", CMDLINE_NUMBER, offsetof(corr_opts_t, J), CMDLINE_REQUIRED, .value = "J",
     .help = "Ising coupling (H = J sum_{i!=j} S^z_i S^z_j + ...)", .min = -DBL_MAX, .max = DBL_MAX},
    {"--hz", CMDLINE_NUMBER, offsetof(corr_opts_t, hz), CMDLINE_REQUIRED, .value = "HZ",
     .help = "uniform longitudinal field", .min = -DBL_MAX, .max = DBL_MAX},
    {"--hx", CMDLINE_STRING, offsetof(corr_opts_t, hx), CMDLINE_REQUIRED, .value = "H[,H2,..,HN]",
     .help = "transverse field: one value (uniform) or N values (any, also 0)"},
    {"--gamma", CMDLINE_NUMBER, offsetof(corr_opts_t, gamma), CMDLINE_REQUIRED, .value = "G",
     .help = "local rate kappa: kappa (1 + nth) D[sigma^-_j] + kappa nth D[sigma^+_j]", CMDLINE_POSITIVE},
    {"--Gamma", CMDLINE_NUMBER, offsetof(corr_opts_t, Gamma), .value = "GG",
     .help = "collective decay rate, D[S_-] (any fields)", .dflt = "0", CMDLINE_NONNEGATIVE},
    {"--nth", CMDLINE_NUMBER, offsetof(corr_opts_t, nth), .value = "NTH",
     .help = "thermal occupation of Eq. S12 (0: the paper's model)", .dflt = "0", CMDLINE_NONNEGATIVE},
    {"--A", CMDLINE_STRING, offsetof(corr_opts_t, A), CMDLINE_REQUIRED, .value = "OP:SITE[,..]",
     .help = "A of <A(t) B(0)>: a product of plus, minus, z (sigma^+, sigma^-, sigma^z) on sites 1..N"},
    {"--B", CMDLINE_STRING, offsetof(corr_opts_t, B), CMDLINE_REQUIRED, .value = "OP:SITE[,..]",
     .help = "B of <A(t) B(0)>, the same form"},
    {"--t", CMDLINE_CUSTOM, offsetof(corr_opts_t, t), .value = "T0:T1:COUNT",
     .help = "times (0 <= T0 <= T1): CSV t,re,im", .parse = cmdline_parse_grid},
    {"--spectrum", CMDLINE_CUSTOM, offsetof(corr_opts_t, w), .value = "W0:W1:COUNT",
     .help = "frequencies: int e^{-i w t} <dA(t) dB(0)> dt by the resolvent; CSV omega,S\n"
     "(S = the two-sided transform, B = A^dag) or omega,re,im (the one-sided one, other B)",
     .parse = cmdline_parse_grid},
    {"--digits", CMDLINE_INTEGER, offsetof(corr_opts_t, digits), .value = "D",
     .help = "--t: the integration's tolerance 10^-D (relative to max |B rho|) and\n"
     "the digits printed (not certified)", .dflt = "10", .min = 1, .max = 13},
    {NULL}
};

static void print_g(double x, int digits)
{
    printf("%.*g", digits, x == 0 ? 0.0 : x);      /* no -0 */
}

static int run_model(const corr_opts_t *o, exact_qrt_model_t *m)
{
    exact_params_t p;
    int rc;

    exact_params_init(&p);
    rc = exact_params_set_hx(&p, o->hx);
    if (rc == 0 && p.nhx != 1 && p.nhx != o->N)
    {
        fprintf(stderr, "dtfim-exact: --hx: give 1 value (uniform) or N = %ld values, not %ld\n", o->N,
                (long) p.nhx);
        rc = CMDLINE_BAD_INPUT;
    }
    for (long j = 0; rc == 0 && j < o->N; j++)
        m->hx[j] = exact_params_hx(&p, j);
    exact_params_clear(&p);
    m->J = o->J, m->hz = o->hz, m->gamma = o->gamma, m->Gamma = o->Gamma, m->nth = o->nth;
    return rc;
}

static int correlation(const corr_opts_t *o)
{
    exact_qrt_model_t m;
    exact_qrt_op_t A, B, Ad;
    exact_qrt_t q;
    long n = o->t.given ? o->t.k : o->w.k;
    double *v = NULL, *g = NULL;
    int rc, two_sided = 0;

    if (o->t.given == o->w.given)
    {
        fprintf(stderr, "dtfim-exact correlation: give one of --t T0:T1:COUNT and --spectrum W0:W1:COUNT\n");
        return CMDLINE_BAD_INPUT;
    }
    if (o->t.given && o->t.a < 0)
    {
        fprintf(stderr, "dtfim-exact: --t: times start at 0 (the steady state is at t = 0), got %g\n", o->t.a);
        return CMDLINE_BAD_INPUT;
    }
    exact_qrt_model_init(&m, o->N);
    exact_qrt_op_init(&A, o->N);
    exact_qrt_op_init(&B, o->N);
    exact_qrt_op_init(&Ad, o->N);
    q.hr = q.hc = NULL;
    q.hv = q.rho = NULL;
    rc = run_model(o, &m);
    if (rc == 0)
        rc = exact_qrt_op_parse(&A, o->A, "--A", o->N);
    if (rc == 0)
        rc = exact_qrt_op_parse(&B, o->B, "--B", o->N);
    if (rc == 0)
    {
        exact_qrt_op_adjoint(&Ad, &A);
        two_sided = exact_qrt_op_equal(&Ad, &B);
        exact_qrt_init(&q, &m);
        rc = exact_qrt_steady(&q);
    }
    if (rc == 0)
    {
        const cmdline_grid_t *gr = o->t.given ? &o->t : &o->w;
        v = blochgen_malloc(2 * sizeof(double) * n);
        g = blochgen_malloc(sizeof(double) * n);
        for (long k = 0; k < n; k++)
            g[k] = n > 1 ? gr->a + (gr->b - gr->a) * (double) k / (double) (n - 1) : gr->a;
        rc = o->t.given ? exact_qrt_correlation(v, &q, &A, &B, g, n, pow(10.0, -(double) o->digits))
                        : exact_qrt_spectrum(v, &q, &A, &B, g, n);
    }
    if (rc == 0)
    {
        printf(o->t.given ? "t,re,im\n" : two_sided ? "omega,S\n" : "omega,re,im\n");
        printf("# dtfim-exact correlation N=%ld J=%.15g hz=%.15g hx=%s gamma=%.15g Gamma=%.15g nth=%.15g A=%s B=%s"
               " (doubles, not certified)\n", o->N, o->J, o->hz, o->hx, o->gamma, o->Gamma, o->nth, o->A, o->B);
        for (long k = 0; k < n; k++)
        {
            print_g(g[k], 12);
            putchar(',');
            if (o->t.given || !two_sided)
            {
                print_g(v[2 * k], o->t.given ? (int) o->digits : 15);
                putchar(',');
                print_g(v[2 * k + 1], o->t.given ? (int) o->digits : 15);
            }
            else
                print_g(2 * v[2 * k], 15);
            putchar('\n');
        }
    }
    free(v);
    free(g);
    if (q.hr)
        exact_qrt_clear(&q);
    exact_qrt_op_clear(&A);
    exact_qrt_op_clear(&B);
    exact_qrt_op_clear(&Ad);
    exact_qrt_model_clear(&m);
    return rc;
}

static int run(const void *opts)
{
    return correlation(opts);
}

const exact_cmd_t exact_cmd_correlation = {
    {"correlation",
     "steady-state two-time correlation <A(t) B(0)> by the quantum regression theorem\n"
     "(CSV t,re,im) or its spectrum by the resolvent (--spectrum), on the dense Liouvillian\n"
     "of N <= 6 spins with any fields and the thermal pump of Eq. S12 (doubles).\n"
     "Larger N, uniform fields: blochgen finite --A --B --tau (docs/exact.md).",
     corr_opts, sizeof(corr_opts_t)},
    run};
