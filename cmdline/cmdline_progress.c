#define _POSIX_C_SOURCE 200809L
#include <unistd.h>
#include "cmdline.h"

void cmdline_progress_init(cmdline_progress_t *pb, long total, int quiet)
{
    pb->total = total;
    pb->done = 0;
    pb->last_pct = -1;
    pb->enabled = !quiet && total > 0 && isatty(2);
}

void cmdline_progress_add(cmdline_progress_t *pb, long n)
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

void cmdline_progress_tick(void *pb, long n)
{
    cmdline_progress_add(pb, n);
}

void cmdline_progress_clear(cmdline_progress_t *pb)
{
    if (pb->enabled)
        fprintf(stderr, "\r%60s\r", "");
}
