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

FILE *cli_open_out(const char *path, char **tmp)
{
    struct stat st;
    FILE *f;
    mode_t mask;
    int fd;

    *tmp = NULL;
    if (path == NULL || strcmp(path, "-") == 0)
        return stdout;
    /* A device or pipe (-o /dev/null) is written in place: renaming a
       temporary over it would replace the device with a regular file. */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
    {
        if ((f = fopen(path, "w")) == NULL)
            perror(path);
        return f;
    }
    *tmp = malloc(strlen(path) + 16);
    sprintf(*tmp, "%s.tmpXXXXXX", path);
    fd = mkstemp(*tmp);
    if (fd < 0 || (f = fdopen(fd, "w")) == NULL)
    {
        perror(path);
        free(*tmp);
        *tmp = NULL;
        return NULL;
    }
    /* mkstemp creates 0600; the result should get the mode any file would */
    mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    return f;
}

int cli_close_out(FILE *f, const char *path, char *tmp, int ok)
{
    int st = 0;

    if (f == stdout)
        return fflush(stdout) == 0 ? 0 : -1;
    if (fclose(f) != 0)
        ok = 0, st = -1;
    if (tmp == NULL)
        return st;
    if (ok && rename(tmp, path) != 0)
    {
        perror(path);
        st = -1;
    }
    if (!ok || st != 0)
        remove(tmp);
    free(tmp);
    return st;
}

int cli_write_out(const char *path, cli_body_fn body, cli_summary_fn summary, const void *ctx)
{
    char *tmp;
    FILE *f = cli_open_out(path, &tmp);
    int ok;

    if (f == NULL)
        return 1;
    body(f, ctx);
    /* on stdout the summary follows the CSV as comments */
    if (f == stdout && summary)
        summary(stdout, "# ", ctx);
    ok = !ferror(f);
    if (cli_close_out(f, path, tmp, ok) != 0 || !ok)
        return 1;
    if (path && summary)
        summary(stdout, "", ctx);
    return 0;
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
