/* exact_cli.h: the command line of bin/dtfim-exact (dtfim_exact.c holds
   the command list; one file per command, exact_cmd_<name>.c): the option
   tables the commands share, the checks that need several options, and
   the commands.  The top layer of exact/: it turns the statuses of the
   modules below into exit statuses (cmdline.h) and is the only part that
   prints results. */
#ifndef BLOCHGEN_EXACT_CLI_H
#define BLOCHGEN_EXACT_CLI_H

#include "cmdline.h"
#include "exact_cert.h"
#include "exact_theory.h"

/* The modules' statuses are passed on as exit statuses unchanged. */
_Static_assert(EXACT_OK == CMDLINE_OK && EXACT_EBADARG == CMDLINE_BAD_INPUT
               && EXACT_ENOCONV == CMDLINE_NO_CONVERGENCE, "exact/ statuses are exit statuses");

/* ---- options ------------------------------------------------------------ */

/* The model options every command takes (the group exact_model_opts).
   The parameters stay the decimal strings given (exact_params_t); NULL
   when not given. */
typedef struct
{
    long N;
    const char *J, *hz, *hx, *gamma, *Gamma;
    const char *plus, *minus;
} exact_model_opts_t;

extern const cmdline_opt_t exact_model_opts[];

/* --digits, --ball, --max-prec into an exact_cert_t: only the commands
   that certify include this group, so the others refuse them as unknown
   options instead of ignoring them. */
extern const cmdline_opt_t exact_cert_opts[];

/* --Jbar and --Gbar of the large-N commands (the group exact_theory_opts,
   which includes the model options): NAN when not given. */
typedef struct
{
    exact_model_opts_t model;
    double Jbar, Gbar;
} exact_theory_opts_t;

extern const cmdline_opt_t exact_theory_opts[];

/* The options of corr and density: the model, certified. */
typedef struct
{
    exact_model_opts_t model;
    exact_cert_t cert;
} exact_certified_opts_t;

extern const cmdline_opt_t exact_certified_opts[];

/* A command: its table (cmd.opts fills a struct of cmd.size bytes) and
   what runs on that struct.  cmd comes first, so the cmdline_cmd_t that
   cmdline_find returns is the exact_cmd_t itself. */
typedef struct
{
    cmdline_cmd_t cmd;
    int (*run)(const void *opts);
} exact_cmd_t;

/* ---- checks that need several options -------------------------------------- */

/* The model the options describe: the parameters (hx read from its
   list), the clusters of --plus/--minus. */
typedef struct
{
    exact_params_t p;
    exact_cluster_t c;
    int have_cluster;       /* --plus or --minus given */
} exact_model_t;

/* Reads o into m (--Gamma "0" when not given).  check: the parameters
   must describe a model the exact solution covers (exact_params_check) and
   the clusters are read; without it only --hx is read (the large-N and
   blockade commands check what they need themselves).  0, or 2 after a
   message; exact_model_clear(m) in either case. */
int exact_args_model(exact_model_t *m, const exact_model_opts_t *o, int check);
void exact_model_clear(exact_model_t *m);
/* f(m, opts) on the model of o, read and checked (exact_args_model);
   the status of either. */
int exact_args_with_model(const exact_model_opts_t *o,
                          int (*f)(const exact_model_t *m, const void *opts), const void *opts);

/* "# dtfim-exact CMD N=.. J=.. ... digits=D": the line after a CSV's
   column header */
void exact_print_params(FILE *f, const char *cmd, const exact_params_t *p, slong digits);

/* --sites i,j (NULL: 1,2) of a two-site command: two different 0-based
   sites; 0, or 2 after a message (also for --plus/--minus, or N < 2). */
int exact_args_pair(slong *i, slong *j, const exact_model_t *m, const char *sites, const char *cmd);

/* The large-N parameters from o: --Jbar (or --J and --N), --Gbar (or
   --Gamma and --N), --hz (when need_hz; else it must be absent), one --hx
   (a list when hx_list; t->hx is its first value), --gamma > 0; N = --N
   or 0.  |Jbar_eff|^2, lambda-bar and |r-bar|^2 must be normal doubles
   (with hz = 0 when not need_hz).  m receives the model options (the hx
   list); exact_model_clear(m) in either case.  0, or 2 after a message
   naming the option. */
int exact_args_theory(exact_theory_t *t, exact_model_t *m, const exact_theory_opts_t *o,
                      const char *cmd, int need_hz, int hx_list);
/* "# dtfim-exact CMD Jbar=.. Gbar=.. hx=.. gamma=.. hz=.. [N=..]"; `more`
   replaces the hz field when not NULL. */
void exact_theory_print(FILE *f, const char *cmd, const exact_theory_t *t, const char *more);
/* --vary hz=A:B[:K] (the string v; NULL: missing): the decimal
   strings A < B (malloc'd) and K (default kdef); 0, or 2 after a
   message. */
int exact_args_vary(char **lo, char **hi, slong *k, const char *v, const char *cmd, slong kdef);

/* ---- the commands ------------------------------------------------------ */

extern const exact_cmd_t exact_cmd_corr, exact_cmd_density, exact_cmd_brute, exact_cmd_piqs,
    exact_cmd_xx, exact_cmd_yy, exact_cmd_g2, exact_cmd_distribution;
/* Large-N theory and blockade. */
extern const exact_cmd_t exact_cmd_potential, exact_cmd_transitions, exact_cmd_meanfield,
    exact_cmd_blockade;
/* Two-time correlations and spectra (exact/qrt/). */
extern const exact_cmd_t exact_cmd_correlation;

#endif
