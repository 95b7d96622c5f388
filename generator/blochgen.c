/* blochgen: derive, emit and check the Bloch equations of a model file. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <unistd.h>
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
    "Every command takes --limit name=N[,name=N...] (repeatable) to raise the\n"
    "limits that keep hostile or careless input within bounds; each limit\n"
    "exceeded is named in its message.  The limits and their defaults:\n"
    "%s"
    "\n"
    "Each command takes --help.  Exit status: 0 success, 1 no result (check found\n"
    "disagreements, boundary has nothing to report), 2 bad input or usage (or a\n"
    "limit), 4 output could not be written.\n";

void blochgen_limit_help(FILE *f)
{
    int k;

    for (k = 0; k < LIMIT_COUNT; k++)
    {
        char nv[48];
        snprintf(nv, sizeof nv, "%s=%ld", limit_name(k), (long) limit_default(k));
        fprintf(f, "  %-18s %s\n", nv, limit_what(k));
    }
}

static void print_usage(FILE *f)
{
    const char *cut = strstr(usage, "%s");

    fprintf(f, "%.*s", (int) (cut - usage), usage);
    blochgen_limit_help(f);
    fputs(cut + 2, f);
}

static double now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* Progress of long steps on a terminal: a step of a thousand items or
   more (the equations of a 5-site model), or any step once the run has
   taken a second, shows its count at most five times a second on one
   line that the end of the step finishes; short runs stay quiet. */
static void progress(const char *step, slong done, slong total)
{
    static double start = -1, last = -1;
    static int shown = 0;
    double t = now();

    if (start < 0)
        start = t;
    if (done < total && ((total < 1000 && t - start < 1.0) || (shown && t - last < 0.2)))
        return;
    if (done >= total && !shown)
        return;
    fprintf(stderr, "\rblochgen: %s %ld/%ld\033[K", step, (long) done, (long) total);
    shown = done < total;
    if (!shown)
        fputc('\n', stderr);
    last = t;
}

/* Each level of nesting costs the recursive-descent parsers up to 0.5 KB
   of stack (1 KB under AddressSanitizer); with a margin, the depth a
   stack of the current limit (ulimit -s) holds.  A depth limit above it
   would turn the error message back into a crash. */
#define STACK_PER_LEVEL 2048
#define STACK_MARGIN (1 << 20)

static slong stack_depth(void)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
        rl.rlim_cur / STACK_PER_LEVEL > WORD_MAX)
        return WORD_MAX;
    if (rl.rlim_cur <= 2 * STACK_MARGIN)
        return (slong) (rl.rlim_cur / 2 / STACK_PER_LEVEL);
    return (slong) ((rl.rlim_cur - STACK_MARGIN) / STACK_PER_LEVEL);
}

int blochgen_limit_option(limit_t L, const char *cmd, const char *spec)
{
    char msg[256];
    slong depth = L->max[LIMIT_DEPTH], fits;

    if (limit_set(L, spec, msg, sizeof msg) != 0)
    {
        fprintf(stderr, "blochgen %s: %s\n", cmd, msg);
        return 2;
    }
    if (L->max[LIMIT_DEPTH] != depth && L->max[LIMIT_DEPTH] > (fits = stack_depth()))
    {
        fprintf(stderr, "blochgen %s: --limit depth=%ld needs about %ld MB of stack; the stack "
                "limit holds depth=%ld (raise it first, e.g. ulimit -s %ld)\n", cmd,
                (long) L->max[LIMIT_DEPTH],
                (long) ((L->max[LIMIT_DEPTH] * STACK_PER_LEVEL + STACK_MARGIN) >> 20),
                (long) fits, (long) ((L->max[LIMIT_DEPTH] * STACK_PER_LEVEL + STACK_MARGIN) >> 10));
        return 2;
    }
    return 0;
}

void blochgen_derive_notes(const derive_t d)
{
    if (d->limit_note[0] == '\0')
        return;
    fprintf(stderr, "%s: %s not attempted: %s\n", d->m->file,
            d->sym_status == SYM_LIMIT ? "the symmetric steady state (and the boundary)"
                                       : "the boundary polynomial", d->limit_note);
}

void blochgen_limits_init(limit_t L)
{
    limit_init(L);
    /* a small stack (ulimit -s) lowers the default rather than crash */
    L->max[LIMIT_DEPTH] = FLINT_MIN(L->max[LIMIT_DEPTH], FLINT_MAX(stack_depth(), 1));
    if (isatty(STDERR_FILENO))
        L->progress = progress;
}

static int is_help(const char *s)
{
    return strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0;
}

static int cmd_derive(int argc, char **argv)
{
    const char *path = NULL, *format = "text";
    model_t m;
    derive_t d;
    limit_t L;
    int k, st;

    blochgen_limits_init(L);
    for (k = 0; k < argc; k++)
    {
        if (is_help(argv[k]))
        {
            printf("usage: blochgen derive MODEL [--format text|latex|json] [--limit name=N,...]\n"
                   "Prints the exact equations of motion of every observable, the nonzero\n"
                   "Jacobian entries, the closed-form symmetric steady state and the\n"
                   "phase-boundary polynomial (when the model declares a symmetry).\n"
                   "Limits (see blochgen --help):\n");
            blochgen_limit_help(stdout);
            return 0;
        }
        if (strcmp(argv[k], "--format") == 0 && k + 1 < argc)
            format = argv[++k];
        else if (strcmp(argv[k], "--limit") == 0 && k + 1 < argc)
        {
            if (blochgen_limit_option(L, "derive", argv[++k]))
                return 2;
        }
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
    if ((st = model_load(m, path, L)) != 0)
        return st;
    st = derive_all(d, m);
    if (st == 0)
    {
        blochgen_derive_notes(d);
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
    limit_t L;
    int k, st;

    blochgen_limits_init(L);
    for (k = 0; k < argc; k++)
    {
        if (is_help(argv[k]))
        {
            printf("usage: blochgen emit MODEL -o DIR [--limit name=N,...]\n"
                   "Writes DIR/<model>.c (double precision rhs, Jacobian, symmetric state,\n"
                   "boundary polynomial, metadata) and DIR/<model>_arb.c (Arb-ball rhs,\n"
                   "Jacobian and symmetric state).  Nothing is written on error; exit\n"
                   "status 4 if the files could not be written.\n"
                   "Limits (see blochgen --help):\n");
            blochgen_limit_help(stdout);
            return 0;
        }
        if (strcmp(argv[k], "-o") == 0 && k + 1 < argc)
            dir = argv[++k];
        else if (strcmp(argv[k], "--limit") == 0 && k + 1 < argc)
        {
            if (blochgen_limit_option(L, "emit", argv[++k]))
                return 2;
        }
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
    if ((st = model_load(m, path, L)) != 0)
        return st;
    /* the directory and the size before any work */
    if ((st = emit_check(m, dir)) != 0)
    {
        model_clear(m);
        return st;
    }
    st = derive_all(d, m);
    if (st == 0)
    {
        blochgen_derive_notes(d);
        st = emit_model(d, dir);
    }
    derive_clear(d);
    model_clear(m);
    return st;
}

static int cmd_check(int argc, char **argv)
{
    const char *path[2] = {NULL, NULL};
    limit_t L;
    int k, n = 0;

    blochgen_limits_init(L);
    for (k = 0; k < argc; k++)
    {
        if (is_help(argv[k]))
        {
            printf("usage: blochgen check MODEL HANDFILE [--limit name=N,...]\n"
                   "Compares hand-derived equations of motion, symmetric steady-state values\n"
                   "and Jacobian entries (see docs/model-language.md, 'Hand files') with the\n"
                   "exact derivation.  Prints every disagreement with the exact difference;\n"
                   "exit status 1 if there is any.\n"
                   "Limits (see blochgen --help; they apply to the hand file too):\n");
            blochgen_limit_help(stdout);
            return 0;
        }
        if (strcmp(argv[k], "--limit") == 0 && k + 1 < argc)
        {
            if (blochgen_limit_option(L, "check", argv[++k]))
                return 2;
        }
        else if (argv[k][0] == '-' || n == 2)
        {
            fprintf(stderr, "blochgen check: unexpected argument '%s'\n", argv[k]);
            return 2;
        }
        else
            path[n++] = argv[k];
    }
    if (n != 2)
    {
        fprintf(stderr, "blochgen check: expected MODEL HANDFILE (see --help)\n");
        return 2;
    }
    return check_file(path[0], path[1], L);
}

int main(int argc, char **argv)
{
    int st;

    if (argc < 2 || is_help(argv[1]))
    {
        print_usage(argc < 2 ? stderr : stdout);
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
        fprintf(stderr, "blochgen: unknown command '%s'\n", argv[1]);
        print_usage(stderr);
        st = 2;
    }
    flint_cleanup_master();
    return cmdline_finish(st);
}
