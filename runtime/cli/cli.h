/* cli.h: the command line of every model solver bin/<name>.
 *
 * One file per command (cli_cmd_<name>.c) defining its options struct,
 * its option table and `const cli_cmd_t cli_cmd_<name>`, listed in
 * cli_main.c; cmdline_parse checks the arguments against the table before
 * the command runs, so a command only ever sees valid values. */
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


/* ---- options ---------------------------------------------------------------
 * Each command declares its options in a cmdline_opt_t table over its own
 * options struct; the option types below are the model-dependent ones
 * (cmdline_parse gets the model as its context). */

/* --set, --from, --to p=v,...: a value per parameter, seen[k] for those
   given and text[k] the value as typed (NULL if not given), for the
   commands that take parameters exactly (all allocated before parsing,
   all zero). */
typedef struct
{
    double *v;
    char *seen;
    char **text;
    int n;                  /* the number of parameters */
} cli_params_t;

/* --state v1,...: one value per observable (a required option). */
typedef struct
{
    double *v;
} cli_state_t;

/* --vary p=A:B[:N], --x/--y p=A:B:N. */
typedef struct
{
    num_range_t r;
    int given;
} cli_range_t;

/* --plot-obs NAME[,NAME]: the observables a figure draws (indices in
   info order); n = 0 when not given. */
#define CLI_PLOT_OBS_MAX 8
typedef struct
{
    int n;
    int v[CLI_PLOT_OBS_MAX];
} cli_obs_list_t;

/* Set-up (arrays sized by the model), parsers (cmdline_parse_fn) and
   destructors of these types. */
void cli_params_init(void *field, void *model);
int cli_params_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);
void cli_params_clear(void *field);
void cli_state_init(void *field, void *model);
int cli_state_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);
void cli_state_clear(void *field);
/* --vary: N optional; --x, --y: N required. */
int cli_vary_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);
int cli_grid_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);
/* --plot-obs: names of the model's observables, comma-separated, at most
   CLI_PLOT_OBS_MAX, none twice; an unknown one is bad input and the
   message lists the known ones. */
int cli_obs_list_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);
/* -o, --plot: the path, checked to be writable before any work
   (cmdline_out_check); nothing is created. */
int cli_path_parse(void *field, const char *value, const cmdline_opt_t *opt, void *model);

/* Tables of one option each, for a CMDLINE_GROUP entry at the field's
   offset, so that an option several commands take is described once:
   --set (cli_params_t), --state (cli_state_t), -o and --plot (const char *),
   --plot-obs (cli_obs_list_t), --quiet (int), --method (const char *),
   --max-rows (long). */
extern const cmdline_opt_t cli_opt_set[], cli_opt_state[], cli_opt_out[], cli_opt_plot[],
    cli_opt_plot_obs[], cli_opt_quiet[], cli_opt_method[], cli_opt_max_rows[];

/* After parsing: every parameter has a value from --set, except those
   varied by r1 or r2 (NULL: none) or given by both from and to (NULL:
   none).  0, or 2 after a message. */
int cli_params_check(const cli_params_t *set, const cli_range_t *r1, const cli_range_t *r2,
                     const cli_params_t *from, const cli_params_t *to, const char *prog,
                     const bloch_model_t *m);
/* --t T with --every DT (NAN or 0: every step) must not mean more than
   max_rows rows: that would write without end.  0, or 2 after a message. */
int cli_rows_check(double t, double every, long max_rows, const char *prog);

/* A command of bin/<model>: its cmdline_cmd_t (name, help, option table,
   options struct size), what runs it, and whether it runs the Bloch
   equations (refused for a model whose eigenbasis dissipator they omit).
   run gets the parsed options (already checked by the table; a command
   checks what combines several options) and prog, "<model> <command>",
   for messages. */
typedef struct
{
    cmdline_cmd_t c;
    int (*run)(const void *opts, const char *prog, const bloch_model_t *m,
               const bloch_model_arb_t *arb);
    int bloch;
} cli_cmd_t;

/* The pieces the parsers use; 0 or 2 after a message naming the problem. */
int cli_parse_state(double *x, const char *opt, const char *spec, const bloch_model_t *m);
int cli_parse_range(num_range_t *r, const char *opt, const char *spec, int need_n,
                    const bloch_model_t *m);
/* A number (decimal or p/q, cmdline_parse_number) for option opt; what,
   if not NULL, says which part of the value it is.  0, or 2 after a
   message naming opt, the text and why it is refused. */
int cli_parse_double(double *x, const char *opt, const char *what, const char *s, size_t len);

/* The message for a symmetric state that is ambiguous at p (several,
   found by the numerical search): each state as v1,... on stderr. */
void cli_symmetric_ambiguous(const double *p, const bloch_model_t *m);

/* A state named by --init/--at: "symmetric" (closed form, else the unique
   state of the numerical search; refused when there are several), "broken" (the
   symmetric state displaced along its unstable odd mode, sign +1 or -1),
   "random[:SEED]" (a random density matrix) or explicit values (opt names
   the option in messages; explicit values for --init must be a state,
   rho >= 0).  0; 1 after a message when it does not exist here, 2 for bad
   values, 3 when not representable. */
int cli_state_from_spec(double *x, const char *opt, const char *spec, int sign,
                        const double *p, const bloch_model_t *m);

/* Whether x is a state (rho(x) >= -PHYS_TOL, phys.h): 1, 0, or -1 when
   it cannot be told (no density-matrix data, eigensolver failed); *lam
   the smallest eigenvalue of rho(x) (NAN if unknown). */
int cli_physical(double *lam, const double *x, const double *p, const bloch_model_t *m);

/* "# physical: yes (...)", "# physical: NO: ..." or "# physical: unknown"
   for x, on f. */
void cli_print_physical(FILE *f, const double *x, const double *p, const bloch_model_t *m);

/* `steady --all` (cli_steady_all.c): every steady state at set, as CSV;
   the exit status. */
int cli_steady_all(const cli_params_t *set, long starts, long seed, const bloch_model_t *m,
                   const bloch_model_arb_t *arb);

/* Commands. */
extern const cli_cmd_t cli_cmd_info, cli_cmd_rhs, cli_cmd_jacobian, cli_cmd_symmetric,
    cli_cmd_steady, cli_cmd_evolve, cli_cmd_stability, cli_cmd_sweep, cli_cmd_boundary,
    cli_cmd_scan, cli_cmd_dmevolve, cli_cmd_quench, cli_cmd_dmsweep, cli_cmd_dmstability,
    cli_cmd_equilibrium, cli_cmd_prepare, cli_cmd_finite;

#endif
