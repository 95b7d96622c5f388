/* cli.h: the command line of every model solver bin/<name>.
 *
 * One file per command (cli_cmd_<name>.c) with a function
 *     int cli_cmd_<name>(const cli_args_t *a, const bloch_model_t *m);
 * registered in the table of cli_main.c together with the options it
 * accepts; cli_parse checks the arguments before the command runs, so a
 * command only ever sees valid, complete arguments. */
#ifndef BLOCHGEN_CLI_H
#define BLOCHGEN_CLI_H

#include <stdio.h>
#include "bloch_model.h"
#include "bloch_model_arb.h"
#include "cmdline.h"
#include "csv.h"
#include "num.h"

/* Dispatches `bin/<name> COMMAND ...`; returns the exit status:
   0 success, 1 no result (e.g. no closed form), 2 bad arguments,
   3 a solver did not converge. */
int cli_main(int argc, char **argv, const bloch_model_t *model,
             const bloch_model_arb_t *model_arb);

/* Rows of output --t/--every may imply unless --max-rows says more: ten
   million rows of 15 observables are about 3 GB of CSV. */
#define CLI_MAX_ROWS 1e7


typedef struct
{
    double *par;            /* nparams values, from --set */
    char *par_seen;         /* which parameters --set gave */
    int have_par;
    double *state;          /* nobs values, from --state */
    int have_state;
    const char *init;       /* --init symmetric|broken|v1,... */
    const char *at;         /* --at symmetric|v1,... */
    num_range_t vary, x, y; /* --vary, --x, --y */
    int have_vary, have_x, have_y;
    const char *out;        /* -o FILE (CSV) */
    const char *plot;       /* --plot FILE (PNG) */
    double t, every;        /* --t, --every */
    int have_t, have_every;
    const char *method;     /* --method */
    const char *direction;  /* --direction forward|backward|both */
    int certify;            /* --certify */
    double tol;             /* --tol (default 1e-12) */
    int have_tol;           /* --tol was given */
    int quiet;              /* --quiet: no progress bar */
    double *from, *to;      /* --from, --to p=v,...: quench parameters (nparams) */
    char *from_seen, *to_seen;
    int have_from, have_to;
    double max_rows;        /* --max-rows: cap on rows --t/--every imply (default 1e7) */
    const char *resume;     /* --resume FILE: a partial scan to continue */
    double epsilon;         /* --epsilon: symmetry-breaking seed (default 1e-3) */
    int have_epsilon;
    const bloch_model_arb_t *arb;   /* the model's Arb-ball functions */
} cli_args_t;

typedef struct
{
    const char *name;
    int (*run)(const cli_args_t *a, const bloch_model_t *m);
    const char *accepts;    /* space-separated option names, e.g. "set state" */
    const char *requires;   /* the subset that must be given */
    const char *usage;      /* argument synopsis */
    const char *help;       /* one line */
} cli_cmd_t;

void cli_args_init(cli_args_t *a, const bloch_model_t *m);
void cli_args_clear(cli_args_t *a);

/* Parses argv[2..] for command c.  0, 2 after a message, or -1 after
   printing the command's --help. */
int cli_parse(cli_args_t *a, int argc, char **argv, const cli_cmd_t *c,
              const bloch_model_t *m);

/* The pieces cli_parse uses; 0 or 2 after a message naming the problem. */
int cli_parse_set(cli_args_t *a, const char *spec, const bloch_model_t *m);
int cli_parse_state(double *x, const char *opt, const char *spec, const bloch_model_t *m);
int cli_parse_range(num_range_t *r, const char *opt, const char *spec, int need_n,
                    const bloch_model_t *m);
/* A number (decimal or p/q, cmdline_parse_number) for option opt; what,
   if not NULL, says which part of the value it is.  0, or 2 after a
   message naming opt, the text and why it is refused. */
int cli_parse_double(double *x, const char *opt, const char *what, const char *s, size_t len);
/* A list name=value,... into p[] (seen[] marks the names given): --from, --to. */
int cli_parse_assign(double *p, char *seen, const char *opt, const char *spec,
                     const bloch_model_t *m);


/* A state named by --init/--at: "symmetric" (closed form), "broken" (the
   symmetric state displaced along its unstable odd mode, sign +1 or -1) or
   explicit values (opt names the option in messages).  0; 1 after a message
   when it does not exist here, 2 for bad values, 3 when not representable. */
int cli_state_from_spec(double *x, const char *opt, const char *spec, int sign,
                        const double *p, const bloch_model_t *m);

/* Commands. */
int cli_cmd_info(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_rhs(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_jacobian(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_symmetric(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_steady(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_evolve(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_stability(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_sweep(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_boundary(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_scan(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_dmevolve(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_quench(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_dmsweep(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_dmstability(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_equilibrium(const cli_args_t *a, const bloch_model_t *m);
int cli_cmd_prepare(const cli_args_t *a, const bloch_model_t *m);

#endif
