/* exact_cmd_distribution.c: `dtfim-exact distribution`: CSV M,p_M, the
   normalized Hilbert-Schmidt weights of the graded pieces of Phi (Eq. 14,
   S39), M = 0..N; --spins adds prob_down, the probability that exactly M
   spins are down (M^z = N - 2M), whose blockade limit is Eq. 11.  Every
   value certified to D digits. */
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

int exact_cmd_distribution(const exact_args_t *a)
{
    slong N = a->p.N;
    dist_ctx_t c = {exact_args_get(a, "spins") != NULL};
    slong n = (c.spins ? 2 : 1) * (N + 1);
    arb_ptr v;
    int rc;

    if (a->have_cluster)
        return fprintf(stderr, "dtfim-exact distribution: --plus/--minus do not apply\n"), CMDLINE_BAD_INPUT;
    v = _arb_vec_init(n);
    rc = exact_certify_eval(v, n, eval_dist, &c, &a->p, &a->cert, "the distribution");
    if (rc == 0)
    {
        exact_print_params(stdout, "distribution", a);
        printf(c.spins ? "M,p_M,prob_down\n" : "M,p_M\n");
        for (slong M = 0; M <= N; M++)
        {
            printf("%ld,", (long) M);
            exact_cert_print(stdout, v + M, &a->cert);
            if (c.spins)
            {
                fputc(',', stdout);
                exact_cert_print(stdout, v + N + 1 + M, &a->cert);
            }
            fputc('\n', stdout);
        }
    }
    _arb_vec_clear(v, n);
    return rc;
}
