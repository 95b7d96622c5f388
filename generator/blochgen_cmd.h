/* blochgen_cmd.h: what the subcommands of bin/blochgen share. */
#ifndef BLOCHGEN_CMD_H
#define BLOCHGEN_CMD_H

#include <stdio.h>
#include "derive.h"

int blochgen_boundary(int argc, char **argv);

/* The defaults, with progress on stderr when it is a terminal. */
void blochgen_limits_init(limit_t L);
/* --limit SPEC of command cmd: 0, or 2 after printing why. */
int blochgen_limit_option(limit_t L, const char *cmd, const char *spec);
/* One line per limit: name=default and what it bounds. */
void blochgen_limit_help(FILE *f);
/* On stderr: a step of d that a limit stopped (it is in the output too,
   but a user reading only the terminal should hear of it). */
void blochgen_derive_notes(const derive_t d);

#endif
