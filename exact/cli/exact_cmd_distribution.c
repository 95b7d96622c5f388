/* exact_cmd_distribution.c: `dtfim-exact distribution`: CSV M,p_M, the
   normalized Hilbert-Schmidt weights of the graded pieces of Phi (Eq. 14,
   S39), M = 0..N; --spins adds prob_down, the probability that exactly M
   spins are down (M^z = N - 2M), whose blockade limit is Eq. 11.  Every
   value certified to D digits. */
#include <stddef.h>
#include "exact_cli.h"
#include "exact_obs.h"

typedef struct
{
    int spins;
} dist_ctx_t;

static void eval_dist(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    const dist_ctx_t *c = ctx;

    exact_distribution(out, x);
    if (c->spins)
        exact_distribution_down(out + x->N + 1, out, x->N, x->prec);
}

typedef struct
{
    exact_certified_opts_t c;
    int spins;
} dist_opts_t;

static const cmdline_opt_t dist_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(dist_opts_t, c), .group = exact_certified_opts},
    {"--spins", CMDLINE_FLAG, offsetof(dist_opts_t, spins),
     .help = "add prob_down: the probability that exactly M spins are down\n"
             "(M^z = N - 2M; O(N^2) work)"},
    {NULL}
};

static int distribution(const exact_model_t *m, const void *opts)
{
    const dist_opts_t *o = opts;
    const exact_cert_t *cert = &o->c.cert;
    slong N = m->p.N;
    dist_ctx_t c = {o->spins};
    slong n = (c.spins ? 2 : 1) * (N + 1);
    arb_ptr v;
    int rc;

    if (m->have_cluster)
        return fprintf(stderr, "dtfim-exact distribution: --plus/--minus do not apply\n"), CMDLINE_BAD_INPUT;
    v = _arb_vec_init(n);
    rc = exact_certify_eval(v, n, eval_dist, &c, &m->p, cert, "the distribution");
    if (rc == 0)
    {
        printf(c.spins ? "M,p_M,prob_down\n" : "M,p_M\n");
        exact_print_params(stdout, "distribution", &m->p, cert->digits);
        for (slong M = 0; M <= N; M++)
        {
            printf("%ld,", (long) M);
            exact_cert_print(stdout, v + M, cert);
            if (c.spins)
            {
                fputc(',', stdout);
                exact_cert_print(stdout, v + N + 1 + M, cert);
            }
            fputc('\n', stdout);
        }
    }
    _arb_vec_clear(v, n);
    return rc;
}

static int run(const void *opts)
{
    const dist_opts_t *o = opts;

    return exact_args_with_model(&o->c.model, distribution, o);
}

const exact_cmd_t exact_cmd_distribution = {
    {"distribution",
     "CSV M,p_M: p_M = ||binom(r,M) SS_-^M||_HS^2 / sum (Eq. 14, S39), M = 0..N, certified to D digits.\n"
     "Needs --N, --J, --hz, --hx, --gamma.",
     dist_opts, sizeof(dist_opts_t)},
    run};
