#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"

static const cli_cmd_t *const commands[] = {
    &cli_cmd_info, &cli_cmd_rhs, &cli_cmd_jacobian, &cli_cmd_symmetric, &cli_cmd_steady,
    &cli_cmd_evolve, &cli_cmd_stability, &cli_cmd_sweep, &cli_cmd_boundary, &cli_cmd_scan,
    &cli_cmd_quench, &cli_cmd_dmsweep, &cli_cmd_dmstability, &cli_cmd_dmevolve,
    &cli_cmd_equilibrium, &cli_cmd_prepare, &cli_cmd_finite, NULL
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f, const bloch_model_t *m)
{
    int k;

    const cmdline_cmd_t *list[NCOMMANDS];

    for (k = 0; commands[k] != NULL; k++)
        list[k] = &commands[k]->c;
    list[k] = NULL;
    fprintf(f, "usage: %s COMMAND [options]\n\nSolver for model %s (generated from %s).\n\n"
               "Commands:\n", m->name, m->name, m->source);
    cmdline_help_commands(f, list);
    fprintf(f, "\nParameters (--set, each exactly once):");
    for (k = 0; k < m->nparams; k++)
        fprintf(f, " %s", m->params[k]);
    fprintf(f, "\nStates: %d values in `info` order.  `%s COMMAND --help` for details.\n"
               "Exit status: 0 ok, 1 no result, 2 bad arguments, 3 no convergence, 4 output\n"
               "not written, 128+N stopped by signal N (scan, evolve: rows kept, marked partial).\n",
            m->nobs, m->name);
}

int cli_main(int argc, char **argv, const bloch_model_t *m, const bloch_model_arb_t *marb)
{
    const cli_cmd_t *c = NULL;
    char prog[160];
    void *opts;
    int k, st;

    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
    {
        usage(argc < 2 ? stderr : stdout, m);
        return argc < 2 ? CMDLINE_BAD_INPUT : CMDLINE_OK;
    }
    for (k = 0; commands[k] != NULL; k++)
        if (strcmp(argv[1], commands[k]->c.name) == 0)
            c = commands[k];
    if (c == NULL)
    {
        fprintf(stderr, "%s: unknown command '%s'\n", m->name, argv[1]);
        usage(stderr, m);
        return CMDLINE_BAD_INPUT;
    }
    snprintf(prog, sizeof prog, "%s %s", m->name, c->c.name);
    opts = blochgen_calloc(1, c->c.size + 1);
    st = cmdline_parse(opts, argc - 2, argv + 2, &c->c, prog, (void *) m);
    if (st == 0 && m->dm_only && c->bloch)
    {
        fprintf(stderr, "%s: the model has an eigenbasis thermal dissipator ('thermal', "
                "'levels' in %s), which is not polynomial: the Bloch equations this command "
                "runs omit it.  Use the density-matrix commands (dmevolve).\n", prog, m->source);
        st = CMDLINE_BAD_INPUT;
    }
    else if (st == 0)
        st = c->run(opts, prog, m, marb);
    else if (st < 0)
        st = CMDLINE_OK;    /* --help */
    cmdline_opts_clear(opts, &c->c);
    free(opts);
    return st;
}
