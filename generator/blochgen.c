/* blochgen: derive, emit and check the Bloch equations of a model file. */
#include <stdio.h>
#include <string.h>
#include "cmdline.h"
#include "derive.h"
#include "output.h"
#include "emit.h"
#include "check.h"
#include "blochgen_cmd.h"

static const char usage[] =
    "usage: blochgen COMMAND [ARGS]\n"
    "\n"
    "  derive MODEL [--format text|latex|json]   exact equations of motion, Jacobian,\n"
    "                                            symmetric state and phase boundary\n"
    "  emit MODEL -o DIR                         write DIR/<model>.c and DIR/<model>_arb.c\n"
    "  check MODEL HANDFILE                      compare hand-derived equations exactly\n"
    "  boundary MODEL [--subs p=v,...]           boundary polynomial at fixed parameters\n"
    "                                            and its certified real roots\n"
    "\n"
    "Each command takes --help.  Exit status: 0 success, 1 check found\n"
    "disagreements, 2 bad input or usage.\n";

static int is_help(const char *s)
{
    return strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0;
}

static int cmd_derive(int argc, char **argv)
{
    const char *path = NULL, *format = "text";
    model_t m;
    derive_t d;
    int k, st;

    for (k = 0; k < argc; k++)
    {
        if (is_help(argv[k]))
        {
            printf("usage: blochgen derive MODEL [--format text|latex|json]\n"
                   "Prints the exact equations of motion of every observable, the nonzero\n"
                   "Jacobian entries, the closed-form symmetric steady state and the\n"
                   "phase-boundary polynomial (when the model declares a symmetry).\n");
            return 0;
        }
        if (strcmp(argv[k], "--format") == 0 && k + 1 < argc)
            format = argv[++k];
        else if (argv[k][0] == '-' || path != NULL)
        {
            fprintf(stderr, "blochgen derive: unexpected argument '%s'\n", argv[k]);
            return 2;
        }
        else
            path = argv[k];
    }
    if (path == NULL)
    {
        fprintf(stderr, "blochgen derive: expected a model file (see --help)\n");
        return 2;
    }
    if (strcmp(format, "text") && strcmp(format, "latex") && strcmp(format, "json"))
    {
        fprintf(stderr, "blochgen derive: unknown format '%s' (expected text, latex or json)\n",
                format);
        return 2;
    }
    if ((st = model_load(m, path)) != 0)
        return st;
    st = derive_all(d, m);
    if (st == 0)
    {
        if (strcmp(format, "latex") == 0)
            output_latex(stdout, d);
        else if (strcmp(format, "json") == 0)
            output_json(stdout, d);
        else
            output_text(stdout, d);
    }
    derive_clear(d);
    model_clear(m);
    return st;
}

static int cmd_emit(int argc, char **argv)
{
    const char *path = NULL, *dir = NULL;
    model_t m;
    derive_t d;
    int k, st;

    for (k = 0; k < argc; k++)
    {
        if (is_help(argv[k]))
        {
            printf("usage: blochgen emit MODEL -o DIR\n"
                   "Writes DIR/<model>.c (double precision rhs, Jacobian, symmetric state,\n"
                   "boundary polynomial, metadata) and DIR/<model>_arb.c (Arb-ball rhs,\n"
                   "Jacobian and symmetric state).  Nothing is written on error.\n");
            return 0;
        }
        if (strcmp(argv[k], "-o") == 0 && k + 1 < argc)
            dir = argv[++k];
        else if (argv[k][0] == '-' || path != NULL)
        {
            fprintf(stderr, "blochgen emit: unexpected argument '%s'\n", argv[k]);
            return 2;
        }
        else
            path = argv[k];
    }
    if (path == NULL || dir == NULL)
    {
        fprintf(stderr, "blochgen emit: expected MODEL -o DIR (see --help)\n");
        return 2;
    }
    if ((st = model_load(m, path)) != 0)
        return st;
    st = derive_all(d, m);
    if (st == 0)
        st = emit_model(d, dir);
    derive_clear(d);
    model_clear(m);
    return st;
}

static int cmd_check(int argc, char **argv)
{
    if (argc >= 1 && is_help(argv[0]))
    {
        printf("usage: blochgen check MODEL HANDFILE\n"
               "Compares hand-derived equations of motion, symmetric steady-state values\n"
               "and Jacobian entries (see docs/model-language.md, 'Hand files') with the\n"
               "exact derivation.  Prints every disagreement with the exact difference;\n"
               "exit status 1 if there is any.\n");
        return 0;
    }
    if (argc != 2)
    {
        fprintf(stderr, "blochgen check: expected MODEL HANDFILE (see --help)\n");
        return 2;
    }
    return check_file(argv[0], argv[1]);
}

int main(int argc, char **argv)
{
    int st;

    if (argc < 2 || is_help(argv[1]))
    {
        fputs(usage, argc < 2 ? stderr : stdout);
        return cmdline_finish(argc < 2 ? CMDLINE_BAD_INPUT : CMDLINE_OK);
    }
    if (strcmp(argv[1], "derive") == 0)
        st = cmd_derive(argc - 2, argv + 2);
    else if (strcmp(argv[1], "emit") == 0)
        st = cmd_emit(argc - 2, argv + 2);
    else if (strcmp(argv[1], "check") == 0)
        st = cmd_check(argc - 2, argv + 2);
    else if (strcmp(argv[1], "boundary") == 0)
        st = blochgen_boundary(argc - 2, argv + 2);
    else
    {
        fprintf(stderr, "blochgen: unknown command '%s'\n%s", argv[1], usage);
        st = 2;
    }
    flint_cleanup_master();
    return cmdline_finish(st);
}
