/* exact_cmd_xx.c: `dtfim-exact xx` and `yy`: C^xx = <sigma^x_i sigma^x_j>
   or C^yy of two different sites (default 1,2), one line, certified to D
   digits ("MID RAD" with --ball), like corr. */
#include "exact_cli.h"
#include "exact_obs.h"

typedef struct
{
    slong i, j;
    int yy;
} xy_ctx_t;

static void eval_xy(arb_ptr out, const exact_arb_t *x, const void *ctx)
{
    const xy_ctx_t *c = ctx;
    arb_t other;

    arb_init(other);
    if (c->yy)
        exact_xy(other, out, x, c->i, c->j);
    else
        exact_xy(out, other, x, c->i, c->j);
    arb_clear(other);
}

static int run(const exact_args_t *a, int yy)
{
    const char *name = yy ? "yy" : "xx";
    xy_ctx_t c = {0, 0, yy};
    arb_t v;
    int rc;

    if ((rc = exact_args_pair(&c.i, &c.j, a, name)))
        return rc;
    arb_init(v);
    rc = exact_certify_eval(v, 1, eval_xy, &c, &a->p, &a->cert, yy ? "C^yy" : "C^xx");
    if (rc == 0)
    {
        exact_cert_print(stdout, v, &a->cert);
        fputc('\n', stdout);
    }
    arb_clear(v);
    return rc;
}

int exact_cmd_xx(const exact_args_t *a)
{
    return run(a, 0);
}

int exact_cmd_yy(const exact_args_t *a)
{
    return run(a, 1);
}
