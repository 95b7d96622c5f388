/* Reading back a partial scan CSV (scan --resume): the rows a run wrote
 * before it was stopped, checked against the grid and parameters of the
 * run that continues it. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "scan.h"
#include "stab.h"

static int phase_code(const char *s, size_t len)
{
    for (int k = 0; k <= STAB_PHASE_UNPHYSICAL; k++)
        if (strlen(stab_phase_name(k)) == len && strncmp(stab_phase_name(k), s, len) == 0)
            return k;
    return -1;
}

/* One data line "x,y,gap,frequency,phase" of point k (row i, column j). */
static int parse_point(scan_grid_t *g, long k, int i, int j, const char *s)
{
    char *end;
    const char *c;
    double x = strtod(s, &end), y;

    if (*end != ',' || x != num_range_value(&g->x, i))
        return -1;
    y = strtod(end + 1, &end);
    if (*end != ',' || y != num_range_value(&g->y, j))
        return -1;
    c = end;
    if (g->sym)
    {
        g->gap[k] = strtod(c + 1, &end);
        if (*end != ',')
            return -1;
        g->freq[k] = strtod(end + 1, &end);
        if (*end != ',')
            return -1;
        c = end + 1;
        int ph = phase_code(c, g->attr ? strcspn(c, ",") : strcspn(c, "\n"));
        if (ph < 0)
            return -1;
        g->phase[k] = (unsigned char) ph;
        c += strcspn(c, ",\n");
    }
    else
    {
        g->gap[k] = g->freq[k] = NAN;
        g->phase[k] = STAB_PHASE_NONE;
    }
    if (g->attr)
    {
        long ns;
        int cl;
        size_t len;
        if (*c != ',')
            return -1;
        ns = strtol(c + 1, &end, 10);
        if (*end != ',' || ns < 0 || ns > 255)
            return -1;
        c = end + 1;
        len = strcspn(c, "\n");
        for (cl = 0; cl < SCAN_NCLASSES; cl++)
            if (strlen(scan_class_name(cl)) == len && strncmp(scan_class_name(cl), c, len) == 0)
                break;
        if (cl == SCAN_NCLASSES)
            return -1;
        g->nstable[k] = (unsigned char) ns;
        g->cls[k] = (unsigned char) cl;
    }
    return 0;
}

int scan_read_rows(int *rows, long *line_no, scan_grid_t *g, FILE *f, const double *p,
                   const bloch_model_t *m)
{
    char *want = NULL, *line = NULL;
    size_t wlen = 0, cap = 0;
    FILE *h = open_memstream(&want, &wlen);
    long n, k = 0, npts = (long) g->nrows * g->y.n;
    int st = 0, nhead = 0;

    *rows = 0, *line_no = 0;
    if (h == NULL)
        return -1;
    scan_write_header(h, g, p, m);
    fclose(h);
    /* the header must be the one this run would write, line for line */
    for (char *w = want; *w; w = strchr(w, '\n') + 1, nhead++)
    {
        size_t wl = strcspn(w, "\n");
        ++*line_no;
        if ((n = (long) getline(&line, &cap, f)) < 0 || (size_t) n != wl + 1 ||
            strncmp(line, w, wl) != 0)
        {
            st = SCAN_RESUME_HEADER;
            goto done;
        }
    }
    while ((n = (long) getline(&line, &cap, f)) >= 0)
    {
        ++*line_no;
        if (line[0] == '#')
            continue;   /* the "# partial" line of the stopped run */
        if (k >= npts || line[n - 1] != '\n' ||
            parse_point(g, k, (int) (k / g->y.n), (int) (k % g->y.n), line) != 0)
        {
            st = k >= npts ? SCAN_RESUME_EXTRA : SCAN_RESUME_LINE;
            goto done;
        }
        k++;
    }
    /* only whole rows count: a row cut by the stop is computed again */
    *rows = (int) (k / g->y.n);
done:
    free(want);
    free(line);
    return st;
}
