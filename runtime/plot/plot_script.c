#define _POSIX_C_SOURCE 200809L
#include <errno.h>
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

FILE *plot_script_open(const char *png, int width, int height, char *msg, size_t n)
{
    char *name = script_name(png);
    FILE *f = fopen(name, "w");

    if (f == NULL)
        snprintf(msg, n, "%s: %s", name, strerror(errno));
    else
        fprintf(f, "set terminal pngcairo size %d,%d noenhanced font 'sans,11'\n"
                   "set output '%s'\n", width, height, png);
    free(name);
    return f;
}

/* gnuplot's output (from p) into out (n bytes), as many lines as fit, each
   after a newline; the rest is read and dropped so that gnuplot never
   blocks on a full pipe. */
static void read_output(char *out, size_t n, FILE *p)
{
    size_t len = 0;
    char line[256];

    out[0] = '\0';
    while (fgets(line, sizeof line, p) != NULL)
    {
        size_t k = strlen(line);
        if (k > 0 && line[k - 1] == '\n')
            line[--k] = '\0';
        if (k > 0 && len + k + 2 <= n)
        {
            out[len++] = '\n';
            memcpy(out + len, line, k + 1);
            len += k;
        }
    }
}

int plot_script_run(FILE *script, const char *png, char *msg, size_t n)
{
    char *name = script_name(png), *cmd = blochgen_malloc(strlen(name) + 64), out[1024];
    int bad = ferror(script), st = -1;
    FILE *p;

    if (fclose(script) != 0 || bad)
    {
        snprintf(msg, n, "plot: writing %s failed", name);
        free(cmd);
        free(name);
        return PLOT_NO_SCRIPT;
    }
    sprintf(cmd, "gnuplot '%s' 2>&1", name);
    /* gnuplot's messages are read here, not left on this process's
       stdout, where a CSV may be going: they become part of msg */
    out[0] = '\0';
    if ((p = popen(cmd, "r")) != NULL)
    {
        read_output(out, sizeof out, p);
        st = pclose(p);
    }
    if (st != 0)
        snprintf(msg, n, "plot: gnuplot failed on %s (status %d); is gnuplot-nox installed? "
                 "The script is kept.%s", name, st, out);
    free(cmd);
    free(name);
    return st == 0 ? PLOT_OK : PLOT_GNUPLOT_FAILED;
}
