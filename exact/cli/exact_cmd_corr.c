/* exact_cmd_corr.c: `dtfim-exact corr`: one line "RE IM" (the contract). */
#include "exact_cli.h"

int exact_cmd_corr(const exact_args_t *a)
{
    acb_t v;
    int rc;

    acb_init(v);
    rc = exact_corr_certify(v, &a->p, &a->c, &a->cert);
    if (rc == 0)
    {
        exact_cert_print(stdout, acb_realref(v), &a->cert);
        fputc(' ', stdout);
        exact_cert_print(stdout, acb_imagref(v), &a->cert);
        fputc('\n', stdout);
    }
    acb_clear(v);
    return rc;
}
