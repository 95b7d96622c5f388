#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "solver.h"

typedef struct
{
    const char *name;
    int need_set;       /* --set required */
    int need_state;     /* --state required */
    const char *help;
} solver_cmd_t;

static const solver_cmd_t commands[] = {
    {"info", 0, 0, "model name, parameters, observables and their parities (JSON)"},
    {"rhs", 1, 1, "d/dt of every observable at --state, one line, in info order"},
    {"jacobian", 1, 1, "the Jacobian at --state, one row per line"},
    {"symmetric", 1, 0, "the closed-form symmetric steady state, one line"},
    {NULL, 0, 0, NULL}
};

static void usage(FILE *f, const bloch_model_t *m)
{
    int k;

    fprintf(f, "usage: %s COMMAND [--set p=v,...] [--state v1,v2,...]\n\n"
               "Solver for model %s (generated from %s).\n\nCommands:\n", m->name, m->name,
            m->source);
    for (k = 0; commands[k].name != NULL; k++)
        fprintf(f, "  %-10s %s\n", commands[k].name, commands[k].help);
    fprintf(f, "\n--set gives every parameter (");
    for (k = 0; k < m->nparams; k++)
        fprintf(f, "%s%s", k ? " " : "", m->params[k]);
    fprintf(f, "); --state gives %d values in `info` order.\n"
               "Each command takes --help.  Exit status 2 on bad arguments.\n", m->nobs);
}

static void json_str_array(const char *key, const char *const *v, int n, int last)
{
    int k;

    printf("  \"%s\": [", key);
    for (k = 0; k < n; k++)
        printf("%s\"%s\"", k ? ", " : "", v[k]);
    printf("]%s\n", last ? "" : ",");
}

static int cmd_info(const bloch_model_t *m)
{
    int k;

    printf("{\n  \"model\": \"%s\",\n  \"source\": \"%s\",\n  \"sites\": %d,\n", m->name,
           m->source, m->sites);
    json_str_array("params", m->params, m->nparams, 0);
    json_str_array("observables", m->observables, m->nobs, 0);
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

static int cmd_run(const solver_cmd_t *c, const solver_args_t *a, const bloch_model_t *m)
{
    int n = m->nobs, k, st = 0;
    double *out = calloc((size_t) n * n + 1, sizeof(double));

    if (strcmp(c->name, "rhs") == 0)
    {
        m->rhs(out, a->state, a->par);
        solver_print_vec(out, n);
    }
    else if (strcmp(c->name, "jacobian") == 0)
    {
        m->jacobian(out, a->state, a->par);
        for (k = 0; k < n; k++)
            solver_print_vec(out + (size_t) k * n, n);
    }
    else if (strcmp(c->name, "symmetric") == 0)
    {
        if (!m->has_symmetric)
        {
            fprintf(stderr, "%s: no closed-form symmetric state (%s)\n", m->name,
                    m->symmetry ? "the generator found none" : "the model declares no symmetry");
            st = 1;
        }
        else if (m->symmetric(out, a->par) != 0)
        {
            fprintf(stderr, "%s: the symmetric state is singular at these parameters "
                    "(a denominator vanishes)\n", m->name);
            st = 1;
        }
        else
            solver_print_vec(out, n);
    }
    free(out);
    return st;
}

int solver_main(int argc, char **argv, const bloch_model_t *m)
{
    const solver_cmd_t *c = NULL;
    solver_args_t a;
    int k, st = 0;

    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
    {
        usage(argc < 2 ? stderr : stdout, m);
        return argc < 2 ? 2 : 0;
    }
    for (k = 0; commands[k].name != NULL; k++)
        if (strcmp(argv[1], commands[k].name) == 0)
            c = commands + k;
    if (c == NULL)
    {
        fprintf(stderr, "%s: unknown command '%s'\n", m->name, argv[1]);
        usage(stderr, m);
        return 2;
    }
    solver_args_init(&a, m);
    for (k = 2; k < argc && st == 0; k++)
    {
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0)
        {
            printf("usage: %s %s%s%s\n%s\n", m->name, c->name, c->need_set ? " --set p=v,..." : "",
                   c->need_state ? " --state v1,..." : "", c->help);
            solver_args_clear(&a);
            return 0;
        }
        if (strcmp(argv[k], "--set") == 0 && k + 1 < argc && c->need_set)
            st = solver_parse_set(&a, argv[++k], m);
        else if (strcmp(argv[k], "--state") == 0 && k + 1 < argc && c->need_state)
            st = solver_parse_state(&a, argv[++k], m);
        else
        {
            fprintf(stderr, "%s %s: unexpected argument '%s'\n", m->name, c->name, argv[k]);
            st = 2;
        }
    }
    if (st == 0 && c->need_set && !a.have_par && m->nparams > 0)
    {
        fprintf(stderr, "%s %s: --set is required (parameters:", m->name, c->name);
        for (k = 0; k < m->nparams; k++)
            fprintf(stderr, " %s", m->params[k]);
        fprintf(stderr, ")\n");
        st = 2;
    }
    if (st == 0 && c->need_state && !a.have_state)
    {
        fprintf(stderr, "%s %s: --state is required (%d values)\n", m->name, c->name, m->nobs);
        st = 2;
    }
    if (st == 0)
        st = strcmp(c->name, "info") == 0 ? cmd_info(m) : cmd_run(c, &a, m);
    solver_args_clear(&a);
    return st;
}
