/* dtfim_exact.c: bin/dtfim-exact, the command list. */
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include "alloc.h"
#include "cmdline.h"
#include "exact_cli.h"

/* In the order of the program's --help. */
static const cmdline_cmd_t *const commands[] = {
    &exact_cmd_corr.cmd, &exact_cmd_density.cmd, &exact_cmd_brute.cmd, &exact_cmd_piqs.cmd,
    &exact_cmd_xx.cmd, &exact_cmd_yy.cmd, &exact_cmd_g2.cmd, &exact_cmd_distribution.cmd,
    &exact_cmd_potential.cmd, &exact_cmd_transitions.cmd, &exact_cmd_meanfield.cmd,
    &exact_cmd_blockade.cmd, &exact_cmd_correlation.cmd, NULL};

static void usage(FILE *f)
{
    fprintf(f, "usage: dtfim-exact COMMAND [options]   (dtfim-exact COMMAND --help)\n"
               "Certified steady state of the infinite-range dissipative transverse-field Ising model.\n\n");
    cmdline_help_commands(f, commands);
}

int main(int argc, char **argv)
{
    const cmdline_cmd_t *c;
    char prog[64];
    void *opts;
    int rc;

    gsl_set_error_handler_off();    /* GSL statuses are checked where returned */
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
    {
        usage(argc < 2 ? stderr : stdout);
        return cmdline_finish(argc < 2 ? CMDLINE_BAD_INPUT : 0);
    }
    if ((c = cmdline_find(commands, argv[1])) == NULL)
    {
        fprintf(stderr, "dtfim-exact: unknown command '%s'\n", argv[1]);
        usage(stderr);
        return CMDLINE_BAD_INPUT;
    }
    snprintf(prog, sizeof prog, "dtfim-exact %s", c->name);
    opts = blochgen_malloc(c->size);
    rc = cmdline_parse(opts, argc - 2, argv + 2, c, prog, NULL);
    /* c is the first member of its exact_cmd_t */
    if (rc == 0)
        rc = ((const exact_cmd_t *) c)->run(opts);
    cmdline_opts_clear(opts, c);
    free(opts);
    flint_cleanup();
    return cmdline_finish(rc < 0 ? 0 : rc);
}
