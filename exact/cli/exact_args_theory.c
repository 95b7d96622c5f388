/* exact_args_theory.c: the options of the large-N commands (potential,
   transitions, meanfield): --Jbar (or --J with --N: Jbar = N J), --Gbar
   (or --Gamma with --N: Gbar = N Gamma), --hz, one --hx, --gamma > 0, and
   --N only for the 1/N terms. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <float.h>
#include "alloc.h"
#include "exact_cli.h"

const cmdline_opt_t exact_theory_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(exact_theory_opts_t, model), .group = exact_model_opts},
    /* no .dflt for --Gbar either: given beside --Gamma it contradicts */
    {"--Jbar", CMDLINE_NUMBER, offsetof(exact_theory_opts_t, Jbar), .value = "JB",
     .help = "the scaled coupling N J"},
    {"--Gbar", CMDLINE_NUMBER, offsetof(exact_theory_opts_t, Gbar), .value = "GB",
     .help = "the scaled collective decay N Gamma (default 0)"},
    {NULL}
};

static int number(double *x, const char *cmd, const char *opt, const char *s)
{
    *x = NAN;
    if (s == NULL || !exact_parse_number(x, s))   /* a decimal or p/q */
    {
        if (s == NULL)
            fprintf(stderr, "dtfim-exact %s: missing --%s\n", cmd, opt);
        else
            fprintf(stderr, "dtfim-exact %s: --%s: expected a number (decimal or p/q), got '%s'\n", cmd, opt, s);
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}

/* value of a scaled coupling: bar (--name, NAN when not given), or
   --plain (the string pval) times --N */
static int scaled(double *x, const char *cmd, const char *name, double bar, const char *plain,
                  const char *pval, slong N, int required)
{
    int rc;

    if (!isnan(bar) && pval)
        return fprintf(stderr, "dtfim-exact %s: give --%s or --%s, not both\n", cmd, name, plain), CMDLINE_BAD_INPUT;
    if (!isnan(bar))
        return *x = bar, 0;
    if (pval == NULL && !required)
        return *x = 0, 0;
    if (pval == NULL || N < 1)
        return fprintf(stderr, "dtfim-exact %s: missing --%s (or --%s with --N: %s = N %s)\n",
                       cmd, name, plain, name, plain), CMDLINE_BAD_INPUT;
    if ((rc = number(x, cmd, plain, pval)))
        return rc;
    *x *= (double) N;
    return 0;
}

/* 1 if x is a double the theory can square and divide by: finite and
   not below the normal range */
static int normal_scale(double x)
{
    return isfinite(x) && x >= DBL_MIN;
}

/* The derived parameters must be doubles too: |Jbar_eff|^2, lambda-bar
   for every hx, |r-bar|^2; 0, or 2 after a message naming the option. */
static int check_range(exact_theory_t *t, const exact_params_t *p, const exact_theory_opts_t *o,
                       const char *cmd)
{
    double D = t->Jbar * t->Jbar + t->Gbar * t->Gbar / 4, r2;
    const char *why = "is outside the range of doubles (the large-N theory works in doubles; "
                      "corr and density certify any finite N)";

    if (!normal_scale(D))
    {
        /* the option the larger part came from: --Jbar, or --J (times --N) */
        const char *opt = fabs(t->Jbar) >= t->Gbar / 2 ? (isnan(o->Jbar) ? "J" : "Jbar")
                                                       : (isnan(o->Gbar) ? "Gamma" : "Gbar");
        fprintf(stderr, "dtfim-exact %s: --%s: |Jbar + i Gbar/2|^2 = %g %s\n", cmd, opt, D, why);
        return CMDLINE_BAD_INPUT;
    }
    for (slong j = 0; j < p->nhx; j++)
        if (!normal_scale(2 * D / (p->dhx[j] * p->dhx[j])))
        {
            fprintf(stderr, "dtfim-exact %s: --hx %s: lambda-bar = 2 |Jbar_eff|^2 / hx^2 = %g %s\n", cmd,
                    p->hx[j], 2 * D / (p->dhx[j] * p->dhx[j]), why);
            return CMDLINE_BAD_INPUT;
        }
    exact_theory_update(t);
    r2 = t->rre * t->rre + t->rim * t->rim;
    if (!isfinite(r2))
    {
        fprintf(stderr, "dtfim-exact %s: --%s: |r-bar|^2 = |hz_eff / Jbar_eff|^2 = %g %s\n", cmd,
                isfinite(t->rre * t->rre) ? "gamma" : "hz", r2, why);
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}

int exact_args_theory(exact_theory_t *t, exact_model_t *m, const exact_theory_opts_t *o,
                      const char *cmd, int need_hz, int hx_list)
{
    const exact_model_opts_t *mo = &o->model;
    const exact_params_t *p = &m->p;
    int rc;

    memset(t, 0, sizeof(*t));
    if ((rc = exact_args_model(m, mo, 0)))
        return rc;
    t->N = p->N;
    if (m->have_cluster)
        return fprintf(stderr, "dtfim-exact %s: --plus/--minus do not apply\n", cmd), CMDLINE_BAD_INPUT;
    /* --Gamma as given (exact_args_model's "0" is no value to scale) */
    if ((rc = scaled(&t->Jbar, cmd, "Jbar", o->Jbar, "J", mo->J, p->N, 1))
        || (rc = scaled(&t->Gbar, cmd, "Gbar", o->Gbar, "Gamma", mo->Gamma, p->N, 0))
        || (need_hz && (rc = number(&t->hz, cmd, "hz", p->hz)))
        || (rc = number(&t->gamma, cmd, "gamma", p->gamma)))
        return rc;
    if (!need_hz && p->hz)
        return fprintf(stderr, "dtfim-exact %s: hz is varied (--vary hz=A:B); do not give --hz\n", cmd), CMDLINE_BAD_INPUT;
    if (p->nhx == 0)
        return fprintf(stderr, "dtfim-exact %s: missing --hx\n", cmd), CMDLINE_BAD_INPUT;
    if (p->nhx != 1 && !hx_list)
        return fprintf(stderr, "dtfim-exact %s: --hx: expected one value (the large-N theory needs uniform fields)\n",
                       cmd), CMDLINE_BAD_INPUT;
    for (slong j = 0; j < p->nhx; j++)
        if (p->dhx[j] == 0)
            return fprintf(stderr, "dtfim-exact %s: --hx must be nonzero\n", cmd), CMDLINE_BAD_INPUT;
    t->hx = p->dhx[0];
    if (!(t->gamma > 0) || t->Gbar < 0)
        return fprintf(stderr, "dtfim-exact %s: the large-N theory needs --gamma > 0 and --Gbar >= 0\n", cmd),
               CMDLINE_BAD_INPUT;
    if (t->Jbar == 0 && t->Gbar == 0)
        return fprintf(stderr, "dtfim-exact %s: Jbar_eff = Jbar + i Gbar/2 = 0: give --Jbar != 0 or --Gbar > 0\n",
                       cmd), CMDLINE_BAD_INPUT;
    return check_range(t, p, o, cmd);
}

/* v in the shortest of %.15g..%.17g that reads back as v (0.1, not
   0.10000000000000001), into s (32 bytes) */
static const char *short_g(char *s, double v)
{
    for (int d = 15; d <= 17; d++)
        if (snprintf(s, 32, "%.*g", d, v), d == 17 || strtod(s, NULL) == v || v != v)
            break;
    return s;
}

void exact_theory_print(FILE *f, const char *cmd, const exact_theory_t *t, const char *more)
{
    char a[32], b[32], c[32], d[32];

    fprintf(f, "# dtfim-exact %s Jbar=%s Gbar=%s hx=%s gamma=%s", cmd, short_g(a, t->Jbar),
            short_g(b, t->Gbar), short_g(c, t->hx), short_g(d, t->gamma));
    if (more)
        fprintf(f, " %s", more);
    else
        fprintf(f, " hz=%s", short_g(a, t->hz));
    if (t->N > 0)
        fprintf(f, " N=%ld", (long) t->N);
    fputs(" (doubles, not certified)\n", f);
}

/* A copy of s[0..len). */
static char *dup_n(const char *s, size_t len)
{
    char *d = blochgen_malloc(len + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

int exact_args_vary(char **lo, char **hi, slong *k, const char *v, const char *cmd, slong kdef)
{
    const char *c1, *c2;
    char *end;
    double x, y;

    *lo = *hi = NULL;
    if (v == NULL)
        return fprintf(stderr, "dtfim-exact %s: missing --vary hz=A:B[:K]\n", cmd), CMDLINE_BAD_INPUT;
    c1 = strncmp(v, "hz=", 3) ? NULL : strchr(v + 3, ':');
    if (c1 == NULL)
        goto bad;
    c2 = strchr(c1 + 1, ':');
    *lo = dup_n(v + 3, c1 - v - 3);
    *hi = c2 ? dup_n(c1 + 1, c2 - c1 - 1) : dup_n(c1 + 1, strlen(c1 + 1));
    *k = kdef;
    if (c2)
    {
        long n = strtol(c2 + 1, &end, 10);
        if (c2[1] == '\0' || *end != '\0' || n < 2 || n > 10000000)
            goto bad;
        *k = n;
    }
    /* decimals or p/q, as every other number */
    if (!exact_parse_number(&x, *lo) || !exact_parse_number(&y, *hi) || !(x < y))
        goto bad;
    return 0;
bad:
    fprintf(stderr, "dtfim-exact %s: --vary: expected hz=A:B[:K] with numbers A < B and an integer K >= 2, got '%s'\n",
            cmd, v);
    free(*lo);
    free(*hi);
    *lo = *hi = NULL;
    return CMDLINE_BAD_INPUT;
}
