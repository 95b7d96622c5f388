/* exact_cmd_corr.c: `dtfim-exact corr`: one line "RE IM" (the contract). */
#include "exact_cli.h"

static int corr(const exact_model_t *m, const void *opts)
{
    const exact_certified_opts_t *o = opts;
    acb_t v;
    int rc;

    acb_init(v);
    rc = exact_corr_certify(v, &m->p, &m->c, &o->cert);
    if (rc == 0)
    {
        exact_cert_print(stdout, acb_realref(v), &o->cert);
        fputc(' ', stdout);
        exact_cert_print(stdout, acb_imagref(v), &o->cert);
        fputc('\n', stdout);
    }
    acb_clear(v);
    return rc;
}

static int run(const void *opts)
{
    const exact_certified_opts_t *o = opts;

    return exact_args_with_model(&o->model, corr, o);
}

const exact_cmd_t exact_cmd_corr = {
    {"corr",
     "<sigma^+_C1 sigma^-_C2> in the steady state (Eq. 17 uniform fields, Eq. 18 otherwise):\n"
     "one line, real and imaginary parts, each correct to D significant digits.\n"
     "Needs --N, --J, --hz, --hx, --gamma.",
     exact_certified_opts, sizeof(exact_certified_opts_t)},
    run};
