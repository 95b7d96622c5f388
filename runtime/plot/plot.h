/* plot.h: PNG figures through gnuplot (Debian's gnuplot-nox).
 *
 * A figure is a gnuplot script written next to the PNG (F.png -> F.gp), so
 * a user can restyle it; plot_run renders it.  Missing gnuplot is a
 * warning, never a failure of the computation. */
#ifndef BLOCHGEN_PLOT_H
#define BLOCHGEN_PLOT_H

#include <stdio.h>

/* Opens the script for PNG `png` (F.png -> F.gp) and writes the terminal
   and output lines.  NULL after a message. */
FILE *plot_script_open(const char *png, int width, int height);

/* Closes the script and runs gnuplot on it.  0; -1 after a message when
   gnuplot is missing or failed (the script stays for later use). */
int plot_script_run(FILE *script, const char *png);

#endif
