/* exact_cmd_transitions.c: `dtfim-exact transitions`: spinodals,
   first-order points (degenerate minima of f, Eq. 16; with --N also of
   f + delta f, Eq. S48), the Maxwell estimate and the critical points
   (f' = f'' = f''' = 0) along hz at fixed hx (Fig. 3a); a list of hx
   values gives one line of hz each.  Doubles. */
#include <stddef.h>
#include <stdlib.h>
#include <math.h>
#include "exact_cli.h"

#define MAXPT 256

/* ",x", or "," when x was not found (the minima of f + df_N at a
   first-order-N point that has lost one of them) */
static void print_m(double x)
{
    if (isfinite(x))
        printf(",%.17g", x);
    else
        putchar(',');
}

typedef struct
{
    exact_theory_opts_t th;
    const char *vary;
} transitions_opts_t;

static const cmdline_opt_t transitions_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(transitions_opts_t, th), .group = exact_theory_opts},
    {"--vary", CMDLINE_STRING, offsetof(transitions_opts_t, vary), .flags = CMDLINE_REQUIRED,
     .value = "hz=A:B[:K]",
     .help = "the line of hz and its scan points"},
    {NULL}
};

static int transitions(exact_theory_t *t, const exact_params_t *p, const char *vary)
{
    exact_point_t pt[MAXPT];
    char *lo, *hi, more[256];
    slong k, n;
    double A, B;
    int rc;

    if ((rc = exact_args_vary(&lo, &hi, &k, vary, "transitions", 2001)))
        return rc;
    exact_parse_number(&A, lo), exact_parse_number(&B, hi);   /* checked by exact_args_vary */
    snprintf(more, sizeof(more), "hz=%s:%s:%ld", lo, hi, (long) k);
    printf("kind,hz,hx,m1,m2\n");
    exact_theory_print(stdout, "transitions", t, more);
    if (p->nhx > 1)
    {
        printf("# one line of hz for each hx=");
        for (slong j = 0; j < p->nhx; j++)
            printf("%s%s", j ? "," : "", p->hx[j]);
        putchar('\n');
    }
    for (slong j = 0; j < p->nhx; j++)
    {
        t->hx = p->dhx[j];
        n = exact_transitions(pt, MAXPT, t, A, B, k);
        for (slong i = 0; i < n; i++)
            if (pt[i].kind != EXACT_CRITICAL || j == 0)
            {
                printf("%s,%.17g,%.17g", exact_point_kind_name(pt[i].kind), pt[i].hz, pt[i].hx);
                print_m(pt[i].m1);
                print_m(pt[i].m2);
                putchar('\n');
            }
    }
    free(lo);
    free(hi);
    return 0;
}

static int run(const void *opts)
{
    const transitions_opts_t *o = opts;
    exact_theory_t t;
    exact_model_t m;
    int rc = exact_args_theory(&t, &m, &o->th, "transitions", 0, 1);

    if (rc == 0)
        rc = transitions(&t, &m.p, o->vary);
    exact_model_clear(&m);
    return rc;
}

const exact_cmd_t exact_cmd_transitions = {
    {"transitions",
     "CSV kind,hz,hx,m1,m2 along hz in [A, B] (K scan points, default 2001), refined by Brent:\n"
     "spinodal (roots of Eq. S53 merge), first-order (the two minima of f, Eq. 16, equally deep;\n"
     "first-order-N: of f + df_N with --N), maxwell (equal areas on the mean-field curve) and\n"
     "critical (f' = f'' = f''' = 0; a point of the (hz, hx) plane, its own hx).  Doubles.\n"
     "m1, m2: spinodal: the merging root and the other; first-order, maxwell: the two\n"
     "outer roots (minima); critical: the triple root.\n"
     "Needs --vary, --Jbar (or --J with --N), --hx (a list: one line of hz for each\n"
     "value), --gamma > 0; --N also gives the first-order point of f + df_N (Eq. S48).",
     transitions_opts, sizeof(transitions_opts_t)},
    run};
