/* blochgen_cmd.h: what the subcommands of bin/blochgen share. */
#ifndef BLOCHGEN_CMD_H
#define BLOCHGEN_CMD_H

#include "cmdline.h"
#include "derive.h"

/* The options every command takes, the first member of each command's
   option struct (main reaches them there without knowing the command).
   limit holds the limits --limit gave, 0 for those it did not, until main
   fills in the defaults before the command runs: cmdline_parse zeroes the
   struct, and "not given" must survive it. */
typedef struct
{
    limit_t limit;
} blochgen_opts_t;

/* Their table, a CMDLINE_GROUP entry in each command's table at the
   offset of its blochgen_opts_t. */
extern const cmdline_opt_t blochgen_common_opts[];

/* A command: its options and what it does with them.  cmd comes first so
   that main can look the command up in a list of cmdline_cmd_t and get
   back to run. */
typedef struct
{
    cmdline_cmd_t cmd;
    /* opts: the command's struct as cmdline_parse filled it, limits
       complete; an exit status */
    int (*run)(void *opts);
} blochgen_cmd_t;

extern const blochgen_cmd_t blochgen_boundary_cmd;
extern const blochgen_cmd_t blochgen_build_cmd;
extern const blochgen_cmd_t blochgen_finite_cmd;

/* `blochgen emit MODEL -o DIR` as a function (blochgen build uses it):
   an exit status, after printing why when not CMDLINE_OK. */
int blochgen_emit(const char *model, const limit_struct *L, const char *dir);

/* On stderr: a step of d that a limit stopped (it is in the output too,
   but a user reading only the terminal should hear of it). */
void blochgen_derive_notes(const derive_t d);

#endif
