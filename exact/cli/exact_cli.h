/* exact_cli.h: the command line of bin/dtfim-exact (dtfim_exact.c holds
   the command table; one file per command, exact_cmd_<name>.c): option
   parsing shared by every command, and the commands.  The top layer of
   exact/: it turns the statuses of the modules below into exit statuses
   (cmdline.h) and is the only part that prints results. */
#ifndef BLOCHGEN_EXACT_CLI_H
#define BLOCHGEN_EXACT_CLI_H

#include "cmdline.h"
#include "exact_cert.h"
#include "exact_theory.h"

/* The modules' statuses are passed on as exit statuses unchanged. */
_Static_assert(EXACT_OK == CMDLINE_OK && EXACT_EBADARG == CMDLINE_BAD_INPUT
               && EXACT_ENOCONV == CMDLINE_NO_CONVERGENCE, "exact/ statuses are exit statuses");

#define EXACT_ARGS_EXTRA_MAX 16

typedef struct
{
    exact_params_t p;
    exact_cluster_t c;
    int have_cluster;       /* --plus or --minus given */
    unsigned given;         /* the common options given, a bit each */
    exact_cert_t cert;
    /* options a command adds to the common ones (exact_cmd_t.extra) */
    const char *extra_name[EXACT_ARGS_EXTRA_MAX], *extra_val[EXACT_ARGS_EXTRA_MAX];
    int nextra;
} exact_args_t;

/* exact_cmd_t.flags: the command checks the model parameters itself
   (e.g. a large-N command that takes no --N); the command computes in
   doubles, so --digits, --ball and --max-prec would be ignored (refused). */
#define EXACT_CMD_OWN_CHECK 1
#define EXACT_CMD_DOUBLES 2

typedef struct
{
    const char *name;
    int (*run)(const exact_args_t *a);
    const char *usage;
    const char *help;
    const char *extra;      /* space-separated extra option names, or NULL;
                               a name ending in '!' is a flag without value */
    int flags;
    const char *extra_help; /* lines for --help, or NULL */
} exact_cmd_t;

/* The value of extra option --name, or NULL if not given ("1" for a flag). */
const char *exact_args_get(const exact_args_t *a, const char *name);
/* 1 if option --name (common or extra) is on the command line. */
int exact_args_given(const exact_args_t *a, const char *name);

/* Parses argv[2..]; 0, 2 after a message (also for an option given
   twice, or one the command would ignore), or -1 after printing --help. */
int exact_args_parse(exact_args_t *a, int argc, char **argv, const exact_cmd_t *cmd);
void exact_args_clear(exact_args_t *a);
/* "# dtfim-exact CMD N=.. J=.. ..." */
void exact_print_params(FILE *f, const char *cmd, const exact_args_t *a);

int exact_cmd_corr(const exact_args_t *a);
int exact_cmd_density(const exact_args_t *a);
int exact_cmd_brute(const exact_args_t *a);
int exact_cmd_piqs(const exact_args_t *a);
int exact_cmd_xx(const exact_args_t *a);
int exact_cmd_yy(const exact_args_t *a);
int exact_cmd_g2(const exact_args_t *a);
int exact_cmd_distribution(const exact_args_t *a);
/* --sites i,j (default 1,2) of a two-site command: two different 0-based
   sites; 0, or 2 after a message (also for --plus/--minus, or N < 2). */
int exact_args_pair(slong *i, slong *j, const exact_args_t *a, const char *cmd);

/* Large-N theory and blockade commands. */
int exact_cmd_potential(const exact_args_t *a);
int exact_cmd_transitions(const exact_args_t *a);
int exact_cmd_meanfield(const exact_args_t *a);
int exact_cmd_blockade(const exact_args_t *a);
/* The large-N parameters: --Jbar (or --J and --N), --Gbar (or --Gamma and
   --N), --hz (when need_hz; else it must be absent), one --hx (a list
   when hx_list; t->hx is its first value), --gamma > 0; N = --N or 0.
   |Jbar_eff|^2, lambda-bar and |r-bar|^2 must be normal doubles (with
   hz = 0 when not need_hz).  0, or 2 after a message naming the option. */
int exact_args_theory(exact_theory_t *t, const exact_args_t *a, const char *cmd, int need_hz, int hx_list);
/* "# dtfim-exact CMD Jbar=.. Gbar=.. hx=.. gamma=.. hz=.. [N=..]"; `more`
   replaces the hz field when not NULL. */
void exact_theory_print(FILE *f, const char *cmd, const exact_theory_t *t, const char *more);
/* --vary hz=A:B[:K]: the decimal strings A < B (malloc'd) and K (default
   kdef); 0, or 2 after a message. */
int exact_args_vary(char **lo, char **hi, slong *k, const exact_args_t *a, const char *cmd, slong kdef);

#endif
