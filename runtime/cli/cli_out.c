#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

void cli_print_vec(FILE *f, const double *v, int n)
{
    int k;

    for (k = 0; k < n; k++)
        fprintf(f, "%s%.17g", k ? " " : "", v[k]);
    fprintf(f, "\n");
}

void cli_print_params(FILE *f, const double *p, const bloch_model_t *m)
{
    int k;

    fprintf(f, "# model=%s (%s)", m->name, m->source);
    for (k = 0; k < m->nparams; k++)
        fprintf(f, ", %s=%.17g", m->params[k], p[k]);
    fprintf(f, "\n");
}

void cli_progress_init(cli_progress_t *pb, long total, int quiet)
{
    pb->total = total;
    pb->done = 0;
    pb->last_pct = -1;
    pb->enabled = !quiet && total > 0 && isatty(2);
}

void cli_progress_add(cli_progress_t *pb, long n)
{
    int pct, k;

    pb->done += n;
    if (!pb->enabled)
        return;
    pct = (int) (100 * pb->done / pb->total);
    if (pct == pb->last_pct)
        return;
    pb->last_pct = pct;
    fprintf(stderr, "\r[");
    for (k = 0; k < 50; k++)
        fputc(k < pct / 2 ? '#' : ' ', stderr);
    fprintf(stderr, "] %3d%%", pct);
    fflush(stderr);
}

void cli_progress_clear(cli_progress_t *pb)
{
    if (pb->enabled)
        fprintf(stderr, "\r%60s\r", "");
}
