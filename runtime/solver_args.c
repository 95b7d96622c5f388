#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "solver.h"

void solver_args_init(solver_args_t *a, const bloch_model_t *m)
{
    a->par = calloc(m->nparams + 1, sizeof(double));
    a->state = calloc(m->nobs + 1, sizeof(double));
    a->have_par = 0;
    a->have_state = 0;
}

void solver_args_clear(solver_args_t *a)
{
    free(a->par);
    free(a->state);
}

/* A whole string as a finite double. */
static int parse_double(double *x, const char *s, size_t len)
{
    char buf[128], *end;

    if (len == 0 || len >= sizeof buf)
        return -1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    errno = 0;
    *x = strtod(buf, &end);
    return (*end != '\0' || errno == ERANGE || !isfinite(*x)) ? -1 : 0;
}

int solver_parse_set(solver_args_t *a, const char *spec, const bloch_model_t *m)
{
    char *seen = calloc(m->nparams + 1, 1);
    const char *p = spec;
    int k, st = 0;

    while (*p && st == 0)
    {
        const char *comma = strchr(p, ','), *eq;
        size_t len = comma ? (size_t) (comma - p) : strlen(p);
        eq = memchr(p, '=', len);
        if (eq == NULL)
        {
            fprintf(stderr, "--set: expected name=value, got '%.*s'\n", (int) len, p);
            st = 2;
            break;
        }
        for (k = 0; k < m->nparams; k++)
            if (strlen(m->params[k]) == (size_t) (eq - p) &&
                strncmp(m->params[k], p, eq - p) == 0)
                break;
        if (k == m->nparams)
        {
            fprintf(stderr, "--set: unknown parameter '%.*s' (model %s has:", (int) (eq - p), p,
                    m->name);
            for (k = 0; k < m->nparams; k++)
                fprintf(stderr, " %s", m->params[k]);
            fprintf(stderr, ")\n");
            st = 2;
        }
        else if (seen[k])
        {
            fprintf(stderr, "--set: parameter '%s' given twice\n", m->params[k]);
            st = 2;
        }
        else if (parse_double(a->par + k, eq + 1, len - (eq + 1 - p)) != 0)
        {
            fprintf(stderr, "--set: '%.*s' is not a finite number (parameter %s)\n",
                    (int) (len - (eq + 1 - p)), eq + 1, m->params[k]);
            st = 2;
        }
        else
            seen[k] = 1;
        p += len + (comma != NULL);
    }
    for (k = 0; k < m->nparams && st == 0; k++)
        if (!seen[k])
        {
            fprintf(stderr, "--set: missing value for parameter '%s'\n", m->params[k]);
            st = 2;
        }
    free(seen);
    a->have_par = (st == 0);
    return st;
}

int solver_parse_state(solver_args_t *a, const char *spec, const bloch_model_t *m)
{
    const char *p = spec;
    int n = 0;

    while (1)
    {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t) (comma - p) : strlen(p);
        double x;
        if (parse_double(&x, p, len) != 0)
        {
            fprintf(stderr, "--state: value %d '%.*s' is not a finite number\n", n + 1,
                    (int) len, p);
            return 2;
        }
        if (n < m->nobs)
            a->state[n] = x;
        n++;
        if (comma == NULL)
            break;
        p = comma + 1;
    }
    if (n != m->nobs)
    {
        fprintf(stderr, "--state: expected %d values (one per observable, in `info` order), "
                "got %d\n", m->nobs, n);
        return 2;
    }
    a->have_state = 1;
    return 0;
}

void solver_print_vec(const double *v, int n)
{
    int k;

    for (k = 0; k < n; k++)
        printf("%s%.17g", k ? " " : "", v[k]);
    printf("\n");
}
