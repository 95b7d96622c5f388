/* blochgen: derive, emit and check the Bloch equations of a model file. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <unistd.h>
#include "alloc.h"
#include "cmdline.h"
#include "derive.h"
#include "output.h"
#include "emit.h"
#include "check.h"
#include "blochgen_cmd.h"

/* The limits, after intro: one line per limit, name=default and what it
   bounds (the program's --help and each command's). */
static void limits_help(FILE *f, const char *intro)
{
    int k;

    fputs(intro, f);
    for (k = 0; k < LIMIT_COUNT; k++)
    {
        char nv[48];
        snprintf(nv, sizeof nv, "%s=%ld", limit_name(k), (long) limit_default(k));
        fprintf(f, "  %-18s %s\n", nv, limit_what(k));
    }
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

/* --limit SPEC (field: the limit_struct of the limits given so far; ctx:
   "blochgen COMMAND" for messages).  A depth the stack cannot hold is
   refused here: it would turn the error message back into a crash. */
static int limit_option(void *field, const char *spec, const cmdline_opt_t *opt, void *ctx)
{
    limit_struct *L = field;
    const char *prog = ctx;
    char msg[256];
    slong depth = L->max[LIMIT_DEPTH], fits;

    (void) opt;
    if (limit_set(L, spec, msg, sizeof msg) != 0)
    {
        fprintf(stderr, "%s: %s\n", prog, msg);
        return CMDLINE_BAD_INPUT;
    }
    if (L->max[LIMIT_DEPTH] != depth && L->max[LIMIT_DEPTH] > (fits = stack_depth()))
    {
        fprintf(stderr, "%s: --limit depth=%ld needs about %ld MB of stack; the stack "
                "limit holds depth=%ld (raise it first, e.g. ulimit -s %ld)\n", prog,
                (long) L->max[LIMIT_DEPTH],
                (long) ((L->max[LIMIT_DEPTH] * STACK_PER_LEVEL + STACK_MARGIN) >> 20),
                (long) fits, (long) ((L->max[LIMIT_DEPTH] * STACK_PER_LEVEL + STACK_MARGIN) >> 10));
        return CMDLINE_BAD_INPUT;
    }
    return CMDLINE_OK;
}

const cmdline_opt_t blochgen_common_opts[] = {
    {"--limit", CMDLINE_CUSTOM, offsetof(blochgen_opts_t, limit), .flags = CMDLINE_REPEAT,
     .value = "name=N,...", .help = "raise the named limits (listed below)",
     .parse = limit_option},
    {NULL}
};

/* The defaults of the limits --limit did not give (0), and progress on
   stderr when it is a terminal. */
static void limits_complete(limit_t L)
{
    limit_t dflt;
    int k;

    limit_init(dflt);
    /* a small stack (ulimit -s) lowers the default rather than crash */
    dflt->max[LIMIT_DEPTH] = FLINT_MIN(dflt->max[LIMIT_DEPTH], FLINT_MAX(stack_depth(), 1));
    for (k = 0; k < LIMIT_COUNT; k++)
        if (L->max[k] == 0)
            L->max[k] = dflt->max[k];
    if (isatty(STDERR_FILENO))
        L->progress = progress;
}

void blochgen_derive_notes(const derive_t d)
{
    if (d->limit_note[0] == '\0')
        return;
    fprintf(stderr, "%s: %s not attempted: %s\n", d->m->file,
            d->sym_status == SYM_LIMIT ? "the symmetric steady state (and the boundary)"
                                       : "the boundary polynomial", d->limit_note);
}

/* derive and emit: the model at path loaded with the limits L, refused
   by pre(m, arg) if that says so (what can be checked before the work),
   derived, and written by out(d, arg). */
static int derive_model_order(const char *path, const limit_struct *L, long order,
                              int (*pre)(const model_t m, const char *arg),
                              int (*out)(const derive_struct *d, const char *arg),
                              const char *arg)
{
    model_t m, mo;
    derive_t d;
    int st;
    char msg[256];

    if ((st = model_load(m, path, L)) != 0)
        return st;
    if (order == 0 && m->nbody)
    {
        fprintf(stderr, "%s:%d:%d: an N-body model ('pairs' or N): derive it with --order K "
                "(K = 1, 2, 3; docs/cumulants.md)\n", path, m->nbody_line, m->nbody_col);
        model_clear(m);
        return 2;
    }
    if (order > 1 && !m->nbody)
    {
        fprintf(stderr, "%s: --order %ld needs an N-body model ('pairs' or N); a model "
                "with <...> is an order-1 model (docs/cumulants.md)\n", path, order);
        model_clear(m);
        return 2;
    }
    if (order > 0 && m->nbody)
    {
        if (derive_moment_model(mo, m, (int) order, msg, sizeof msg))
        {
            fprintf(stderr, "%s: %s\n", path, msg);
            model_clear(m);
            return 2;
        }
        st = pre != NULL ? pre(mo, arg) : 0;
        if (st == 0)
            st = derive_moments(d, mo, m);
        if (st == 0)
            st = out(d, arg);
        derive_clear(d);
        model_clear(mo);
        model_clear(m);
        return st;
    }
    if (pre != NULL && (st = pre(m, arg)) != 0)
    {
        model_clear(m);
        return st;
    }
    st = derive_all(d, m);
    if (st == 0)
    {
        blochgen_derive_notes(d);
        st = out(d, arg);
    }
    derive_clear(d);
    model_clear(m);
    return st;
}

static int derive_model(const char *path, const limit_struct *L,
                        int (*pre)(const model_t m, const char *arg),
                        int (*out)(const derive_struct *d, const char *arg), const char *arg)
{
    return derive_model_order(path, L, 0, pre, out, arg);
}

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *format;
    long order;
    int large_n;
} derive_opts_t;

/* The equations as a hand file (`blochgen check`), with large_n their
   limit N -> infinity: 0, or 2 if a coefficient grows with N. */
static int derive_write_hand(const derive_struct *d, int large_n)
{
    const model_struct *m = d->m;
    printer_t pr = {STYLE_TEXT, m};
    sbuf_t b;
    bpoly_t r;
    slong v;
    int st = 0;

    sbuf_init(&b);
    bpoly_init(r, m->pctx);
    printf("# equations of %s as a hand file (blochgen check MODEL FILE)%s\n", m->name,
           large_n ? ", in the limit N -> infinity" : "");
    for (v = 0; v < d->n && st == 0; v++)
    {
        if (large_n && m->moment_order > 0 && derive_moments_large_n(r, d->rhs + v, m))
        {
            fprintf(stderr, "%s: a coefficient of d<%s>/dt grows with N: no limit N -> "
                    "infinity (scale the pairs and collective rates with 1/N)\n", m->file,
                    "...");
            st = 2;
            break;
        }
        sbuf_reset(&b);
        out_obs_name(&b, v, &pr);
        printf("ddt %s = ", b.s);
        sbuf_reset(&b);
        out_bpoly(&b, large_n && m->moment_order > 0 ? r : d->rhs + v, &pr);
        printf("%s\n", b.len ? b.s : "0");
    }
    if (st == 0)
        printf("ddt complete\n");
    bpoly_clear(r, m->pctx);
    sbuf_clear(&b);
    return st;
}

/* d on stdout in format (a word of --format) */
static int derive_write(const derive_struct *d, const char *format)
{
    if (strcmp(format, "hand") == 0 || strcmp(format, "hand-large-N") == 0)
        return derive_write_hand(d, format[4] != '\0');
    if (strcmp(format, "latex") == 0)
        output_latex(stdout, d);
    else if (strcmp(format, "latex-document") == 0)
        output_latex_document(stdout, d);
    else if (strcmp(format, "json") == 0)
        output_json(stdout, d);
    else
        output_text(stdout, d);
    return CMDLINE_OK;
}

static int derive_run(void *opts)
{
    const derive_opts_t *o = opts;

    if (o->large_n && strcmp(o->format, "hand") != 0)
    {
        fprintf(stderr, "blochgen derive: --large-N needs --format hand\n");
        return CMDLINE_BAD_INPUT;
    }
    return derive_model_order(o->model, o->common.limit, o->order, NULL, derive_write,
                              o->large_n ? "hand-large-N" : o->format);
}

static const cmdline_opt_t derive_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(derive_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "the model file (docs/model-language.md)"},
    {"--format", CMDLINE_CHOICE, offsetof(derive_opts_t, format),
     .value = "text|latex|latex-document|json|hand",
     .help = "plain text, LaTeX align environments (a fragment, or a complete document for "
             "pdflatex), JSON, or the equations as a hand file for blochgen check",
     .dflt = "text"},
    {"--order", CMDLINE_INTEGER, offsetof(derive_opts_t, order), .value = "K",
     .help = "an N-body model's cumulant equations of order K (docs/cumulants.md)",
     .min = 1, .max = 3},
    {"--large-N", CMDLINE_FLAG, offsetof(derive_opts_t, large_n),
     .help = "with --format hand and --order: the limit N -> infinity of the equations"},
    {NULL, CMDLINE_GROUP, offsetof(derive_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

static const blochgen_cmd_t derive_cmd = {
    {"derive",
     "exact equations of motion, Jacobian, symmetric state, boundary\n"
     "Prints the exact equations of motion of every observable, the nonzero\n"
     "Jacobian entries, the closed-form symmetric steady state and the\n"
     "phase-boundary polynomial (when the model declares a symmetry).",
     derive_opts, sizeof(derive_opts_t)},
    derive_run
};

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *dir;
    long order;
} emit_opts_t;

static int emit_run(void *opts)
{
    const emit_opts_t *o = opts;

    /* the directory and the size are checked before any work */
    return derive_model_order(o->model, o->common.limit, o->order, emit_check, emit_model,
                              o->dir);
}

int blochgen_emit(const char *model, const limit_struct *L, const char *dir)
{
    return derive_model(model, L, emit_check, emit_model, dir);
}

static const cmdline_opt_t emit_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(emit_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "the model file"},
    {"-o", CMDLINE_STRING, offsetof(emit_opts_t, dir), .flags = CMDLINE_REQUIRED,
     .value = "DIR", .help = "the directory to write into (it must exist)"},
    {"--order", CMDLINE_INTEGER, offsetof(emit_opts_t, order), .value = "K",
     .help = "an N-body model's cumulant equations of order K, named <model>_oK "
             "(docs/cumulants.md)", .min = 1, .max = 3},
    {NULL, CMDLINE_GROUP, offsetof(emit_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

static const blochgen_cmd_t emit_cmd = {
    {"emit",
     "write DIR/<model>.c and DIR/<model>_arb.c\n"
     "Writes DIR/<model>.c (double precision rhs, Jacobian, symmetric state,\n"
     "boundary polynomial, metadata) and DIR/<model>_arb.c (Arb-ball rhs,\n"
     "Jacobian and symmetric state).  Nothing is written on error; exit\n"
     "status 4 if the files could not be written.",
     emit_opts, sizeof(emit_opts_t)},
    emit_run
};

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *hand;
} check_opts_t;

static int check_run(void *opts)
{
    const check_opts_t *o = opts;

    return check_file(o->model, o->hand, o->common.limit);
}

static const cmdline_opt_t check_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(check_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "the model file"},
    {"HANDFILE", CMDLINE_POSITIONAL, offsetof(check_opts_t, hand), .flags = CMDLINE_REQUIRED,
     .help = "the hand-derived equations (the limits apply to it too)"},
    {NULL, CMDLINE_GROUP, offsetof(check_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

static const blochgen_cmd_t check_cmd = {
    {"check",
     "compare hand-derived equations exactly\n"
     "Compares hand-derived equations of motion, symmetric steady-state values\n"
     "and Jacobian entries (see docs/model-language.md, 'Hand files') with the\n"
     "exact derivation.  Prints every disagreement with the exact difference;\n"
     "exit status 1 if there is any.",
     check_opts, sizeof(check_opts_t)},
    check_run
};

/* The program's --help: its commands, the limits, the exit statuses. */
static void help(FILE *f, const cmdline_cmd_t *const *cmds)
{
    fprintf(f, "usage: blochgen COMMAND [ARGS]\n\n");
    cmdline_help_commands(f, cmds);
    limits_help(f, "\n"
                "Every command takes --limit name=N[,name=N...] (repeatable) to raise the\n"
                "limits that keep hostile or careless input within bounds; each limit\n"
                "exceeded is named in its message.  The limits and their defaults:\n");
    fprintf(f, "\n"
            "Each command takes --help.  Exit status: 0 success, 1 no result (check found\n"
            "disagreements, boundary has nothing to report), 2 bad input or usage (or a\n"
            "limit), 4 output could not be written.\n");
}

int main(int argc, char **argv)
{
    static const cmdline_cmd_t *const cmds[] = {&derive_cmd.cmd, &emit_cmd.cmd, &check_cmd.cmd,
                                                &blochgen_boundary_cmd.cmd, &blochgen_build_cmd.cmd,
                                                &blochgen_finite_cmd.cmd,
                                                NULL};
    const cmdline_cmd_t *c;
    char prog[64];
    void *opts;
    int st;

    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
    {
        help(argc < 2 ? stderr : stdout, cmds);
        return cmdline_finish(argc < 2 ? CMDLINE_BAD_INPUT : CMDLINE_OK);
    }
    if ((c = cmdline_find(cmds, argv[1])) == NULL)
    {
        fprintf(stderr, "blochgen: unknown command '%s'; the commands are\n", argv[1]);
        cmdline_help_commands(stderr, cmds);
        return cmdline_finish(CMDLINE_BAD_INPUT);
    }
    snprintf(prog, sizeof prog, "blochgen %s", c->name);
    opts = blochgen_malloc(c->size);
    /* prog as the context: the messages of --limit name the command */
    st = cmdline_parse(opts, argc - 2, argv + 2, c, prog, prog);
    if (st < 0)
    {
        /* the command's --help was printed; the limits its --limit
           raises follow it */
        limits_help(stdout, "\nThe limits --limit raises, and their defaults:\n");
        st = CMDLINE_OK;
    }
    else if (st == CMDLINE_OK)
    {
        limits_complete(((blochgen_opts_t *) opts)->limit);
        st = ((const blochgen_cmd_t *) c)->run(opts);
    }
    cmdline_opts_clear(opts, c);
    free(opts);
    flint_cleanup_master();
    return cmdline_finish(st);
}
