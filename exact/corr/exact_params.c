/* exact_params.c: the model parameters as decimal strings (re-read into
   balls at each working precision) and the checks the solution needs. */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "alloc.h"
#include "fmpq_str.h"
#include "exact_corr.h"

void exact_params_init(exact_params_t *p)
{
    memset(p, 0, sizeof(*p));
}

void exact_params_clear(exact_params_t *p)
{
    for (slong j = 0; j < p->nhx; j++)
        free(p->hx[j]);
    free(p->hx);
    free(p->dhx);
    p->hx = NULL;
    p->dhx = NULL;
    p->nhx = 0;
}

int exact_parse_number(double *d, const char *s)
{
    fmpq_t q;
    int ok;

    fmpq_init(q);
    ok = compat_fmpq_set_str(q, s, strlen(s)) == 0;
    if (ok)
        *d = fmpq_get_d(q);
    fmpq_clear(q);
    return ok && isfinite(*d);
}

int exact_arb_set_str(arb_t x, const char *s, slong prec)
{
    fmpq_t q;
    int st;

    fmpq_init(q);
    st = compat_fmpq_set_str(q, s, strlen(s));
    if (st == 0)
        arb_set_fmpq(x, q, prec);
    else
        arb_indeterminate(x);
    fmpq_clear(q);
    return st;
}

/* A copy of s[0..len). */
static char *dup_n(const char *s, size_t len)
{
    char *d = blochgen_malloc(len + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

int exact_params_set_hx(exact_params_t *p, const char *list)
{
    slong n = 1;
    const char *c = list;

    exact_params_clear(p);
    for (const char *q = list; *q; q++)
        n += (*q == ',');
    p->hx = blochgen_calloc(n, sizeof(char *));
    p->dhx = blochgen_calloc(n, sizeof(double));
    for (slong k = 0; k < n; k++)
    {
        size_t len = strcspn(c, ",");
        p->hx[k] = dup_n(c, len);
        p->nhx = k + 1;
        if (!exact_parse_number(&p->dhx[k], p->hx[k]))
        {
            fprintf(stderr, "dtfim-exact: --hx: expected a comma-separated list of numbers, got '%s'\n", list);
            return EXACT_EBADARG;
        }
        c += len + (c[len] == ',');
    }
    return 0;
}

int exact_params_uniform(const exact_params_t *p)
{
    return p->nhx == 1;
}

double exact_params_hx(const exact_params_t *p, slong j)
{
    return p->dhx[p->nhx == 1 ? 0 : j];
}

static int check_one(double *d, const char *name, const char *s)
{
    if (s == NULL)
    {
        fprintf(stderr, "dtfim-exact: missing --%s\n", name);
        return EXACT_EBADARG;
    }
    if (!exact_parse_number(d, s))
    {
        fprintf(stderr, "dtfim-exact: --%s: '%s' is not a number (decimal or p/q)\n", name, s);
        return EXACT_EBADARG;
    }
    return 0;
}

int exact_params_check(const exact_params_t *p)
{
    exact_params_t *q = (exact_params_t *) p;   /* fills the doubles only */

    if (p->N < 1)
        return fprintf(stderr, "dtfim-exact: --N must be a positive integer\n"), EXACT_EBADARG;
    if (check_one(&q->dJ, "J", p->J) || check_one(&q->dhz, "hz", p->hz)
        || check_one(&q->dgamma, "gamma", p->gamma) || check_one(&q->dGamma, "Gamma", p->Gamma))
        return EXACT_EBADARG;
    if (p->nhx == 0)
        return fprintf(stderr, "dtfim-exact: missing --hx\n"), EXACT_EBADARG;
    if (p->nhx != 1 && p->nhx != p->N)
        return fprintf(stderr, "dtfim-exact: --hx: give 1 value (uniform) or N = %ld values, not %ld\n",
                       (long) p->N, (long) p->nhx), EXACT_EBADARG;
    for (slong j = 0; j < p->nhx; j++)
        if (p->dhx[j] == 0)
            return fprintf(stderr, "dtfim-exact: --hx: the transverse field of site %ld is 0; the solution needs hx_j != 0\n",
                           (long) j + 1), EXACT_EBADARG;
    if (p->dgamma < 0 || p->dGamma < 0)
        return fprintf(stderr, "dtfim-exact: the decay rates --gamma and --Gamma must be >= 0\n"), EXACT_EBADARG;
    if (p->dgamma == 0 && p->dGamma == 0)
        return fprintf(stderr, "dtfim-exact: --gamma and --Gamma are both 0: no decay, the steady state is not unique\n"), EXACT_EBADARG;
    if (p->dJ == 0 && p->dGamma == 0)
        return fprintf(stderr, "dtfim-exact: J_eff = J + i Gamma/2 = 0: the solution needs J != 0 or Gamma > 0\n"), EXACT_EBADARG;
    if (p->nhx > 1 && p->dGamma != 0)
        return fprintf(stderr, "dtfim-exact: inhomogeneous fields (%ld --hx values) need --Gamma 0: "
                       "the exact solution with collective decay needs uniform hx\n", (long) p->nhx), EXACT_EBADARG;
    return 0;
}
