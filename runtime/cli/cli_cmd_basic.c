/* info, rhs, jacobian, symmetric: direct views of the emitted code. */
#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"

/* rhs, jacobian: the parameters and a state; symmetric: the parameters */
typedef struct
{
    cli_params_t set;
    cli_state_t state;
} point_opts_t;

static void json_str_array(const char *key, const char *const *v, int n)
{
    int k;

    printf("  \"%s\": [", key);
    for (k = 0; k < n; k++)
        printf("%s\"%s\"", k ? ", " : "", v[k]);
    printf("],\n");
}

static int info(const void *opts, const char *prog, const bloch_model_t *m,
                const bloch_model_arb_t *arb)
{
    int k;

    (void) opts;
    (void) prog;
    (void) arb;
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
    if (m->moment_order > 0)   /* an order-K moment model (docs/cumulants.md) */
        printf("  \"moment_order\": %d,\n  \"cluster_sites\": %d,\n", m->moment_order,
               m->cluster_sites);
    printf("  \"has_symmetric\": %s,\n  \"has_boundary\": %s\n}\n",
           m->has_symmetric ? "true" : "false", m->has_boundary ? "true" : "false");
    return 0;
}

static int rhs(const void *opts, const char *prog, const bloch_model_t *m,
               const bloch_model_arb_t *arb)
{
    const point_opts_t *a = opts;
    double *out;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    out = blochgen_calloc(m->nobs, sizeof(double));
    m->rhs(out, a->state.v, a->set.v);
    csv_print_vec(stdout, out, m->nobs);
    free(out);
    return 0;
}

static int jacobian(const void *opts, const char *prog, const bloch_model_t *m,
                    const bloch_model_arb_t *arb)
{
    const point_opts_t *a = opts;
    int n = m->nobs, k;
    double *jac;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    jac = blochgen_calloc((size_t) n * n, sizeof(double));
    m->jacobian(jac, a->state.v, a->set.v);
    for (k = 0; k < n; k++)
        csv_print_vec(stdout, jac + (size_t) k * n, n);
    free(jac);
    return 0;
}

static int symmetric(const void *opts, const char *prog, const bloch_model_t *m,
                     const bloch_model_arb_t *arb)
{
    const point_opts_t *a = opts;
    double *x;
    int st;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    x = blochgen_calloc(m->nobs, sizeof(double));
    st = cli_state_from_spec(x, "--init", "symmetric", 1, a->set.v, m);
    if (st == 0)
        csv_print_vec(stdout, x, m->nobs);
    free(x);
    return st;
}

static const cmdline_opt_t none[] = {{NULL}};

static const cmdline_opt_t point[] = {
    {NULL, CMDLINE_GROUP, offsetof(point_opts_t, set), .group = cli_opt_set},
    {NULL, CMDLINE_GROUP, offsetof(point_opts_t, state), .group = cli_opt_state},
    {NULL}
};

static const cmdline_opt_t params_only[] = {
    {NULL, CMDLINE_GROUP, offsetof(point_opts_t, set), .group = cli_opt_set},
    {NULL}
};

const cli_cmd_t cli_cmd_info = {
    {"info", "model name, parameters, observables and their parities (JSON)", none, 1}, info, 0};

const cli_cmd_t cli_cmd_rhs = {
    {"rhs", "d/dt of every observable at --state, one line, in info order", point,
     sizeof(point_opts_t)}, rhs, 1};

const cli_cmd_t cli_cmd_jacobian = {
    {"jacobian", "the Jacobian at --state, one row per line", point, sizeof(point_opts_t)},
    jacobian, 1};

const cli_cmd_t cli_cmd_symmetric = {
    {"symmetric", "the symmetric steady state (the closed form, else found numerically), one line", params_only,
     sizeof(point_opts_t)}, symmetric, 1};
