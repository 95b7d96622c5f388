/* exact_cmd_g2.c: `dtfim-exact g2`: the connected density-density
   correlation g2_ij of Eq. S61 as CSV i,j,g2: every pair i < j, or one row
   `all,all` for uniform fields (all pairs are equal; --all lists them),
   or the pair of --sites; every value certified to D digits. */
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

int exact_cmd_g2(const exact_args_t *a)
{
    slong N = a->p.N;
    int uniform = exact_params_uniform(&a->p), list = exact_args_get(a, "all") != NULL;
    g2_ctx_t c = {0, 1, 0};
    slong n = 1;
    arb_ptr g;
    int rc;

    if (list && exact_args_get(a, "sites"))
        return fprintf(stderr, "dtfim-exact g2: give --sites or --all, not both\n"), CMDLINE_BAD_INPUT;
    if ((rc = exact_args_pair(&c.i, &c.j, a, "g2")))
        return rc;
    if (!uniform && !exact_args_get(a, "sites"))
        c.every = 1, n = N * (N - 1) / 2;
    g = _arb_vec_init(n);
    rc = exact_certify_eval(g, n, eval_g2, &c, &a->p, &a->cert, "g2");
    if (rc == 0)
    {
        exact_print_params(stdout, "g2", a);
        printf("i,j,g2\n");
        if (exact_args_get(a, "sites"))
            row(c.i, c.j, g, &a->cert);
        else if (c.every || list)
            for (slong i = 0; i < N; i++)
                for (slong j = i + 1; j < N; j++)
                    row(i, j, c.every ? g + exact_g2_index(i, j, N) : g, &a->cert);
        else
            row(-1, -1, g, &a->cert);
    }
    _arb_vec_clear(g, n);
    return rc;
}
