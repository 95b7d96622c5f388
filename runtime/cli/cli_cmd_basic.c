/* info, rhs, jacobian, symmetric: direct views of the emitted code. */
#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"

static void json_str_array(const char *key, const char *const *v, int n)
{
    int k;

    printf("  \"%s\": [", key);
    for (k = 0; k < n; k++)
        printf("%s\"%s\"", k ? ", " : "", v[k]);
    printf("],\n");
}

int cli_cmd_info(const cli_args_t *a, const bloch_model_t *m)
{
    int k;

    (void) a;
    printf("{\n  \"model\": \"%s\",\n  \"source\": \"%s\",\n  \"sites\": %d,\n", m->name,
           m->source, m->sites);
    json_str_array("params", m->params, m->nparams);
    json_str_array("observables", m->observables, m->nobs);
    printf("  \"parity\": [");
    for (k = 0; k < m->nobs; k++)
        printf("%s\"%s\"", k ? ", " : "",
               m->parity[k] < 0 ? "none" : m->parity[k] ? "odd" : "even");
    printf("],\n");
    if (m->symmetry)
        printf("  \"symmetry\": \"%s\",\n", m->symmetry);
    else
        printf("  \"symmetry\": null,\n");
    printf("  \"has_symmetric\": %s,\n  \"has_boundary\": %s\n}\n",
           m->has_symmetric ? "true" : "false", m->has_boundary ? "true" : "false");
    return 0;
}

int cli_cmd_rhs(const cli_args_t *a, const bloch_model_t *m)
{
    double *out = blochgen_calloc(m->nobs, sizeof(double));

    m->rhs(out, a->state, a->par);
    csv_print_vec(stdout, out, m->nobs);
    free(out);
    return 0;
}

int cli_cmd_jacobian(const cli_args_t *a, const bloch_model_t *m)
{
    int n = m->nobs, k;
    double *jac = blochgen_calloc((size_t) n * n, sizeof(double));

    m->jacobian(jac, a->state, a->par);
    for (k = 0; k < n; k++)
        csv_print_vec(stdout, jac + (size_t) k * n, n);
    free(jac);
    return 0;
}

int cli_cmd_symmetric(const cli_args_t *a, const bloch_model_t *m)
{
    double *x = blochgen_calloc(m->nobs, sizeof(double));
    int st = cli_state_from_spec(x, "--init", "symmetric", 1, a->par, m);

    if (st == 0)
        csv_print_vec(stdout, x, m->nobs);
    free(x);
    return st;
}
