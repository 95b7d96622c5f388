/* cmdline.h: what the command lines of blochgen, bin/<model> and
 * dtfim-exact share: exit statuses by name and checked output.
 *
 * This is the top layer (compat -> num -> solvers -> command lines):
 * library modules never include it; they return statuses that a command
 * turns into one of these. */
#ifndef BLOCHGEN_CMDLINE_H
#define BLOCHGEN_CMDLINE_H

#include <stdio.h>

/* Exit statuses of every blochgen program. */
enum
{
    CMDLINE_OK = 0,             /* the result is complete */
    CMDLINE_NO_RESULT = 1,      /* well-posed, but there is nothing to report
                                   (e.g. no closed-form symmetric state) */
    CMDLINE_BAD_INPUT = 2,      /* bad arguments or input file; the message
                                   names the option or file:line:col */
    CMDLINE_NO_CONVERGENCE = 3, /* a solver did not converge, or a result
                                   could not be certified */
    CMDLINE_WRITE_ERROR = 4     /* output could not be written (disk full,
                                   closed pipe); what was written is not
                                   complete */
};

/* Flushes f and checks it for a write error; name ("standard output", a
   file name) goes into the message.  CMDLINE_OK, or CMDLINE_WRITE_ERROR
   after a message on stderr.  Does not close f. */
int cmdline_check_write(FILE *f, const char *name);

/* The last thing a main() does: cmdline_check_write(stdout), and the
   status becomes CMDLINE_WRITE_ERROR if that failed (a result that did not
   reach its reader is not a success), else status unchanged. */
int cmdline_finish(int status);

#endif
