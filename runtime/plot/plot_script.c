#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "plot.h"

static char *script_name(const char *png)
{
    size_t n = strlen(png);
    char *s = blochgen_malloc(n + 4);

    strcpy(s, png);
    if (n > 4 && strcmp(s + n - 4, ".png") == 0)
        strcpy(s + n - 4, ".gp");
    else
        strcat(s, ".gp");
    return s;
}

FILE *plot_script_open(const char *png, int width, int height)
{
    char *name = script_name(png);
    FILE *f = fopen(name, "w");

    if (f == NULL)
        perror(name);
    else
        fprintf(f, "set terminal pngcairo size %d,%d noenhanced font 'sans,11'\n"
                   "set output '%s'\n", width, height, png);
    free(name);
    return f;
}

int plot_script_run(FILE *script, const char *png)
{
    char *name = script_name(png), *cmd = blochgen_malloc(strlen(name) + 64);
    int st;

    fclose(script);
    sprintf(cmd, "gnuplot '%s' 2>&1", name);
    st = system(cmd);
    if (st != 0)
        fprintf(stderr, "plot: gnuplot failed on %s (status %d); is gnuplot-nox installed? "
                "The script is kept.\n", name, st);
    free(cmd);
    free(name);
    return st == 0 ? 0 : -1;
}
