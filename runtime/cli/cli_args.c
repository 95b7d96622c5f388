#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"

int cli_parse_double(double *x, const char *opt, const char *what, const char *s, size_t len)
{
    int st = cmdline_parse_number(x, s, len);

    if (st != CMDLINE_NUMBER_OK)
    {
        fprintf(stderr, "%s: '%.*s'%s%s%s %s\n", opt, (int) len, s, what ? " (" : "",
                what ? what : "", what ? ")" : "", cmdline_number_error(st));
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}

static int param_index(const char *name, size_t len, const bloch_model_t *m)
{
    int k;

    for (k = 0; k < m->nparams; k++)
        if (strlen(m->params[k]) == len && strncmp(m->params[k], name, len) == 0)
            return k;
    return -1;
}

static void list_params(const bloch_model_t *m)
{
    int k;

    fprintf(stderr, " (model %s has:", m->name);
    for (k = 0; k < m->nparams; k++)
        fprintf(stderr, " %s", m->params[k]);
    fprintf(stderr, ")\n");
}

int cli_parse_state(double *x, const char *opt, const char *spec, const bloch_model_t *m)
{
    const char *p = spec;
    int n = 0;

    while (1)
    {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t) (comma - p) : strlen(p);
        double v;
        char what[32];
        snprintf(what, sizeof what, "value %d", n + 1);
        if (cli_parse_double(&v, opt, what, p, len) != 0)
            return 2;
        if (n < m->nobs)
            x[n] = v;
        n++;
        if (comma == NULL)
            break;
        p = comma + 1;
    }
    if (n != m->nobs)
    {
        fprintf(stderr, "%s: expected %d values (one per observable, in `info` order), "
                "got %d\n", opt, m->nobs, n);
        return 2;
    }
    return 0;
}

int cli_parse_range(num_range_t *r, const char *opt, const char *spec, int need_n,
                    const bloch_model_t *m)
{
    const char *eq = strchr(spec, '='), *c1, *c2;
    double n = 0;

    if (eq == NULL || (c1 = strchr(eq + 1, ':')) == NULL)
    {
        fprintf(stderr, "%s: expected name=A:B%s, got '%s'\n", opt, need_n ? ":N" : "[:N]",
                spec);
        return 2;
    }
    r->param = param_index(spec, eq - spec, m);
    if (r->param < 0)
    {
        fprintf(stderr, "%s: unknown parameter '%.*s'", opt, (int) (eq - spec), spec);
        list_params(m);
        return 2;
    }
    c2 = strchr(c1 + 1, ':');
    if (cli_parse_double(&r->a, opt, "start A of name=A:B:N", eq + 1, c1 - eq - 1) != 0 ||
        cli_parse_double(&r->b, opt, "end B of name=A:B:N", c1 + 1,
                         c2 ? (size_t) (c2 - c1 - 1) : strlen(c1 + 1)) != 0 ||
        (c2 && cli_parse_double(&n, opt, "point count N", c2 + 1, strlen(c2 + 1)) != 0))
        return 2;
    if (c2 && (n != floor(n) || n < 2 || n > 1e8))
    {
        fprintf(stderr, "%s: the point count N of name=A:B:N must be an integer from 2 to "
                "1e8, got '%s'\n", opt, c2 + 1);
        return 2;
    }
    if (need_n && c2 == NULL)
    {
        fprintf(stderr, "%s: give the number of points, name=A:B:N (got '%s')\n", opt, spec);
        return 2;
    }
    if (r->a == r->b)
    {
        fprintf(stderr, "%s: empty range '%s'\n", opt, spec);
        return 2;
    }
    r->n = (int) n;
    return 0;
}

