#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"

void cli_args_init(cli_args_t *a, const bloch_model_t *m)
{
    memset(a, 0, sizeof *a);
    a->par = blochgen_calloc(m->nparams + 1, sizeof(double));
    a->par_seen = blochgen_calloc(m->nparams + 1, 1);
    a->state = blochgen_calloc(m->nobs + 1, sizeof(double));
    a->tol = 1e-12;
    a->from = blochgen_calloc(m->nparams + 1, sizeof(double));
    a->to = blochgen_calloc(m->nparams + 1, sizeof(double));
    a->from_seen = blochgen_calloc(m->nparams + 1, 1);
    a->to_seen = blochgen_calloc(m->nparams + 1, 1);
    a->epsilon = 1e-3;
    a->max_rows = CLI_MAX_ROWS;
}

void cli_args_clear(cli_args_t *a)
{
    free(a->par);
    free(a->par_seen);
    free(a->state);
    free(a->from);
    free(a->to);
    free(a->from_seen);
    free(a->to_seen);
}

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

typedef struct
{
    double *p;
    const char *opt;
    const bloch_model_t *m;
} assign_ctx_t;

static int assign_one(int k, const char *v, size_t len, void *ctx)
{
    assign_ctx_t *c = ctx;
    char what[160];

    snprintf(what, sizeof what, "parameter %s", c->m->params[k]);
    return cli_parse_double(c->p + k, c->opt, what, v, len);
}

int cli_parse_assign(double *p, char *seen, const char *opt, const char *spec,
                     const bloch_model_t *m)
{
    char name[32];
    assign_ctx_t c = {p, name, m};

    snprintf(name, sizeof name, "--%s", opt);
    return cmdline_parse_assign(name, spec, m->params, m->nparams, seen, assign_one, &c) ? 2 : 0;
}

int cli_parse_set(cli_args_t *a, const char *spec, const bloch_model_t *m)
{
    if (cli_parse_assign(a->par, a->par_seen, "set", spec, m) != 0)
        return 2;
    a->have_par = 1;
    return 0;
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
    char name[32];

    if (eq == NULL || (c1 = strchr(eq + 1, ':')) == NULL)
    {
        fprintf(stderr, "--%s: expected name=A:B%s, got '%s'\n", opt, need_n ? ":N" : "[:N]",
                spec);
        return 2;
    }
    r->param = param_index(spec, eq - spec, m);
    if (r->param < 0)
    {
        fprintf(stderr, "--%s: unknown parameter '%.*s'", opt, (int) (eq - spec), spec);
        list_params(m);
        return 2;
    }
    c2 = strchr(c1 + 1, ':');
    snprintf(name, sizeof name, "--%s", opt);
    if (cli_parse_double(&r->a, name, "start A of name=A:B:N", eq + 1, c1 - eq - 1) != 0 ||
        cli_parse_double(&r->b, name, "end B of name=A:B:N", c1 + 1,
                         c2 ? (size_t) (c2 - c1 - 1) : strlen(c1 + 1)) != 0 ||
        (c2 && cli_parse_double(&n, name, "point count N", c2 + 1, strlen(c2 + 1)) != 0))
        return 2;
    if (c2 && (n != floor(n) || n < 2 || n > 1e8))
    {
        fprintf(stderr, "--%s: the point count N of name=A:B:N must be an integer from 2 to "
                "1e8, got '%s'\n", opt, c2 + 1);
        return 2;
    }
    if (need_n && c2 == NULL)
    {
        fprintf(stderr, "--%s: give the number of points, name=A:B:N (got '%s')\n", opt, spec);
        return 2;
    }
    if (r->a == r->b)
    {
        fprintf(stderr, "--%s: empty range '%s'\n", opt, spec);
        return 2;
    }
    r->n = (int) n;
    return 0;
}

