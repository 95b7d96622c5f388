/* plot.h: PNG figures through gnuplot (Debian's gnuplot-nox).
 *
 * A figure is a gnuplot script written next to the PNG (F.png -> F.gp), so
 * a user can restyle it; plot_run renders it.  Missing gnuplot is a
 * warning, never a failure of the computation: the figure functions
 * (plot_script_run, scan_plot, sweep_plot, dmss_plot) return a status and
 * put the warning in msg (n bytes, always terminated; msg may be NULL
 * with n = 0), and the command prints it. */
#ifndef BLOCHGEN_PLOT_H
#define BLOCHGEN_PLOT_H

#include <stddef.h>
#include <stdio.h>

/* Status of a figure. */
enum
{
    PLOT_OK = 0,
    PLOT_NO_SCRIPT = 1,        /* the script could not be created or written */
    PLOT_GNUPLOT_FAILED = 2    /* gnuplot is missing or failed on the script
                                  (which is kept) */
};

/* Room for any message of this module (gnuplot's output included). */
#define PLOT_MSG_SIZE 2048

/* Opens the script for PNG `png` (F.png -> F.gp) and writes the terminal
   and output lines.  NULL when it cannot be created (msg: "F.gp:
   strerror", the status is PLOT_NO_SCRIPT). */
FILE *plot_script_open(const char *png, int width, int height, char *msg, size_t n);

/* Closes the script and runs gnuplot on it.  PLOT_OK; PLOT_NO_SCRIPT
   when writing the script failed; PLOT_GNUPLOT_FAILED when gnuplot is
   missing or failed (msg: the script, gnuplot's exit status and, on
   further lines, what gnuplot said; its output goes nowhere else, so it
   cannot end up in a CSV on stdout). */
int plot_script_run(FILE *script, const char *png, char *msg, size_t n);

#endif
