/* exact_cmd_xx.c: `dtfim-exact xx` and `yy`: C^xx = <sigma^x_i sigma^x_j>
   or C^yy of two different sites (default 1,2), one line, certified to D
   digits ("MID RAD" with --ball), like corr. */
#include <stddef.h>
#include "exact_cli.h"
#include "exact_obs.h"

/* the options of xx and yy */
typedef struct
{
    exact_certified_opts_t c;
    const char *sites;
} xy_opts_t;

static const cmdline_opt_t xy_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(xy_opts_t, c), .group = exact_certified_opts},
    {"--sites", CMDLINE_STRING, offsetof(xy_opts_t, sites), .value = "i,j",
     .help = "the two different sites (1-based, default 1,2)"},
    {NULL}
};

static int run(const xy_opts_t *o, int yy)
{
    const char *name = yy ? "yy" : "xx";
    exact_pair_t c = {0, 0, yy ? EXACT_PAIR_YY : EXACT_PAIR_XX};
    exact_model_t m;
    arb_t v;
    int rc;

    arb_init(v);
    if ((rc = exact_args_model(&m, &o->c.model, 1)) == 0
        && (rc = exact_args_pair(&c.i, &c.j, &m, o->sites, name)) == 0)
        rc = exact_certify_eval(v, 1, exact_pair_eval, &c, &m.p, &o->c.cert, yy ? "C^yy" : "C^xx");
    if (rc == 0)
    {
        exact_cert_print(stdout, v, &o->c.cert);
        fputc('\n', stdout);
    }
    arb_clear(v);
    exact_model_clear(&m);
    return rc;
}

static int run_xx(const void *opts)
{
    return run(opts, 0);
}

static int run_yy(const void *opts)
{
    return run(opts, 1);
}

const exact_cmd_t exact_cmd_xx = {
    {"xx",
     "C^xx = <sigma^x_i sigma^x_j> (sites i != j, default 1,2): one line, certified to D digits.\n"
     "Needs --N (>= 2), --J, --hz, --hx, --gamma.",
     xy_opts, sizeof(xy_opts_t)},
    run_xx};

const exact_cmd_t exact_cmd_yy = {
    {"yy",
     "C^yy = <sigma^y_i sigma^y_j> (sites i != j, default 1,2): one line, certified to D digits.\n"
     "Needs --N (>= 2), --J, --hz, --hx, --gamma.",
     xy_opts, sizeof(xy_opts_t)},
    run_yy};
