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
    {
        /* rounded to nearest (fmpq_get_d truncates: 0.4 would print as
           0.39999999999999997) */
        arb_t t;
        arb_init(t);
        arb_set_fmpq(t, q, 128);
        *d = arf_get_d(arb_midref(t), ARF_RND_NEAR);
        arb_clear(t);
    }
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
            exact_say(p, "--hx: expected a comma-separated list of numbers, got '%s'", list);
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

static int check_one(const exact_params_t *p, double *d, const char *name, const char *s)
{
    if (s == NULL)
    {
        exact_say(p, "missing --%s", name);
        return EXACT_EBADARG;
    }
    if (!exact_parse_number(d, s))
    {
        exact_say(p, "--%s: '%s' is not a number (decimal or p/q)", name, s);
        return EXACT_EBADARG;
    }
    return 0;
}

int exact_params_check(const exact_params_t *p)
{
    exact_params_t *q = (exact_params_t *) p;   /* fills the doubles only */

    if (p->N < 1)
        return exact_say(p, "--N must be a positive integer"), EXACT_EBADARG;
    if (check_one(p, &q->dJ, "J", p->J) || check_one(p, &q->dhz, "hz", p->hz)
        || check_one(p, &q->dgamma, "gamma", p->gamma) || check_one(p, &q->dGamma, "Gamma", p->Gamma))
        return EXACT_EBADARG;
    if (p->nhx == 0)
        return exact_say(p, "missing --hx"), EXACT_EBADARG;
    if (p->nhx != 1 && p->nhx != p->N)
        return exact_say(p, "--hx: give 1 value (uniform) or N = %ld values, not %ld",
                       (long) p->N, (long) p->nhx), EXACT_EBADARG;
    for (slong j = 0; j < p->nhx; j++)
        if (p->dhx[j] == 0)
            return exact_say(p, "--hx: the transverse field of site %ld is 0; the solution needs hx_j != 0",
                           (long) j + 1), EXACT_EBADARG;
    if (p->dgamma < 0 || p->dGamma < 0)
        return exact_say(p, "the decay rates --gamma and --Gamma must be >= 0"), EXACT_EBADARG;
    if (p->dgamma == 0 && p->dGamma == 0)
        return exact_say(p, "--gamma and --Gamma are both 0: no decay, the steady state is not unique"), EXACT_EBADARG;
    if (p->dJ == 0 && p->dGamma == 0)
        return exact_say(p, "J_eff = J + i Gamma/2 = 0: the solution needs J != 0 or Gamma > 0"), EXACT_EBADARG;
    if (p->nhx > 1 && p->dGamma != 0)
        return exact_say(p, "inhomogeneous fields (%ld --hx values) need --Gamma 0: "
                       "the exact solution with collective decay needs uniform hx", (long) p->nhx), EXACT_EBADARG;
    return 0;
}
