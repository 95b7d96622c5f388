/* exact_cmd_g2.c: `dtfim-exact g2`: the connected density-density
   correlation g2_ij of Eq. S61 as CSV i,j,g2: every pair i < j, or one row
   `all,all` for uniform fields (all pairs are equal; --all lists them),
   or the pair of --sites; every value certified to D digits. */
#include <stddef.h>
#include "exact_cli.h"
#include "exact_obs.h"

typedef struct
{
    slong i, j;
    int every;          /* all pairs by exact_g2_all, else the pair (i, j) */
} g2_ctx_t;

static void eval_g2(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    const g2_ctx_t *c = ctx;

    if (c->every)
        exact_g2_all(out, x);
    else
        exact_g2_pair(out, x, c->i, c->j);
}

/* One CSV row; i < 0 for the row `all,all` of uniform fields. */
static void row(slong i, slong j, arb_srcptr v, const exact_cert_t *c)
{
    if (i < 0)
        printf("all,all,");
    else
        printf("%ld,%ld,", (long) i + 1, (long) j + 1);
    exact_cert_print(stdout, v, c);
    printf("\n");
}

typedef struct
{
    exact_certified_opts_t c;
    const char *sites;
    int all;
} g2_opts_t;

static const cmdline_opt_t g2_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(g2_opts_t, c), .group = exact_certified_opts},
    {"--sites", CMDLINE_STRING, offsetof(g2_opts_t, sites), .value = "i,j",
     .help = "only the pair i,j"},
    {"--all", CMDLINE_FLAG, offsetof(g2_opts_t, all),
     .help = "uniform fields: list every pair instead of the row 'all,all'"},
    {NULL}
};

static int g2(const exact_model_t *m, const void *opts)
{
    const g2_opts_t *o = opts;
    const exact_cert_t *cert = &o->c.cert;
    slong N = m->p.N;
    g2_ctx_t c = {0, 1, 0};
    slong n = 1;
    arb_ptr g;
    int rc;

    if (o->all && o->sites)
        return fprintf(stderr, "dtfim-exact g2: give --sites or --all, not both\n"), CMDLINE_BAD_INPUT;
    if ((rc = exact_args_pair(&c.i, &c.j, m, o->sites, "g2")))
        return rc;
    if (!exact_params_uniform(&m->p) && !o->sites)
        c.every = 1, n = N * (N - 1) / 2;
    g = _arb_vec_init(n);
    rc = exact_certify_eval(g, n, eval_g2, &c, &m->p, cert, "g2");
    if (rc == 0)
    {
        printf("i,j,g2\n");
        exact_print_params(stdout, "g2", &m->p, cert->digits);
        if (o->sites)
            row(c.i, c.j, g, cert);
        else if (c.every || o->all)
            for (slong i = 0; i < N; i++)
                for (slong j = i + 1; j < N; j++)
                    row(i, j, c.every ? g + exact_g2_index(i, j, N) : g, cert);
        else
            row(-1, -1, g, cert);
    }
    _arb_vec_clear(g, n);
    return rc;
}

static int run(const void *opts)
{
    const g2_opts_t *o = opts;

    return exact_args_with_model(&o->c.model, g2, o);
}

const exact_cmd_t exact_cmd_g2 = {
    {"g2",
     "CSV i,j,g2: g2_ij = <n_i n_j>/(n_i n_j) - 1 (Eq. S61) for every pair i < j, or one row\n"
     "'all,all' for uniform fields (all pairs equal), certified to D digits.\n"
     "Needs --N (>= 2), --J, --hz, --hx, --gamma.",
     g2_opts, sizeof(g2_opts_t)},
    run};
