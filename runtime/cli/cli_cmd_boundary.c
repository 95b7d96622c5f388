#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "cli.h"
#include "crit.h"

typedef struct
{
    cli_params_t set;
    cli_range_t vary;
} boundary_opts_t;

#define BOUNDARY_MAX 256

/* Pitchfork points against the real roots of the exact boundary
   polynomial (nr of them, or crit_poly_roots' negative status); notes on
   stderr.  Returns the number of disagreements. */
static int cross_check(const crit_point_t *pts, int n, const double *roots, int nr,
                       const boundary_opts_t *a, const bloch_model_t *m)
{
    int k, j, bad = 0;

    if (nr == -1)
    {
        fprintf(stderr, "# no boundary polynomial to cross-check against\n");
        return 0;
    }
    if (nr == -2)
    {
        fprintf(stderr, "# the boundary polynomial vanishes identically on this line (an odd "
                "eigenvalue is zero at every %s): no cross-check\n", m->params[a->vary.r.param]);
        return 0;
    }
    for (k = 0; k < n; k++)
    {
        double best = INFINITY;
        if (pts[k].kind != CRIT_PITCHFORK)
            continue;
        for (j = 0; j < nr; j++)
            best = fmin(best, fabs(roots[j] - pts[k].value));
        if (best <= 1e-9 * fmax(1, fabs(pts[k].value)))
            fprintf(stderr, "# %s=%.15g: a root of the boundary polynomial (Arb) within %.1e\n",
                    m->params[a->vary.r.param], pts[k].value, best);
        else
        {
            fprintf(stderr, "%s boundary: pitchfork at %s=%.15g is not a root of the boundary "
                    "polynomial (nearest %.3g away)\n", m->name, m->params[a->vary.r.param],
                    pts[k].value, best);
            bad++;
        }
    }
    for (j = 0; j < nr; j++)
    {
        int hit = 0;
        for (k = 0; k < n; k++)
            hit |= pts[k].kind == CRIT_PITCHFORK && fabs(roots[j] - pts[k].value) <= 1e-9;
        if (!hit)
            fprintf(stderr, "# boundary polynomial root %s=%.15g: an odd eigenvalue vanishes "
                    "there, but the symmetric state is not changing stability\n",
                    m->params[a->vary.r.param], roots[j]);
    }
    return bad;
}

static int boundary_cmd(const boundary_opts_t *a, const bloch_model_t *m)
{
    crit_point_t pts[BOUNDARY_MAX];
    double roots[BOUNDARY_MAX];
    int n, k, nr, bad, namb, samples = a->vary.r.n ? a->vary.r.n : 2000;

    if (m->symmetry == NULL)
    {
        fprintf(stderr, "%s boundary: the model declares no symmetry, so it has no symmetric "
                "state\n", m->name);
        return 1;
    }
    /* the exact roots first: the samples are then taken on both sides of
       each, so a crossing is found however coarse the grid */
    nr = crit_poly_roots(roots, BOUNDARY_MAX, a->set.v, a->vary.r.param, a->vary.r.a, a->vary.r.b, m);
    n = crit_locate(pts, BOUNDARY_MAX, &namb, a->set.v, a->vary.r.param, a->vary.r.a, a->vary.r.b, samples,
                    roots, nr > 0 ? nr : 0, 1e-13, m);
    if (n < 0)
    {
        fprintf(stderr, "%s boundary: a change of stability could not be located\n", m->name);
        return 3;
    }
    if (namb > 0)
        fprintf(stderr, "# %d samples skipped: several symmetric states there (no closed form; "
                "see `%s symmetric` at one of them)\n", namb, m->name);
    bad = cross_check(pts, n, roots, nr, a, m);
    for (k = 0; k < n; k++)
    {
        /* a pitchfork at an exact root: print the root, whose digits Arb
           certified, rather than Brent's iterate (good to 1e-13 only) */
        for (int j = 0; j < nr; j++)
            if (pts[k].kind == CRIT_PITCHFORK &&
                fabs(roots[j] - pts[k].value) <= 1e-9 * fmax(1, fabs(pts[k].value)))
                pts[k].value = roots[j];
        printf("%.15g %s\n", pts[k].value, crit_kind_name(pts[k].kind));
    }
    if (n == 0)
        fprintf(stderr, "# the symmetric state does not change stability for %s in [%g, %g]\n",
                m->params[a->vary.r.param], a->vary.r.a, a->vary.r.b);
    return bad ? 1 : 0;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const boundary_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, &a->vary, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return boundary_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(boundary_opts_t, set), .group = cli_opt_set},
    {"--vary", CMDLINE_CUSTOM, offsetof(boundary_opts_t, vary), .flags = CMDLINE_REQUIRED, .value = "p=A:B[:N]",
     .help = "the parameter range searched; N samples (default 2000) besides the exact roots", .parse = cli_vary_parse},
    {NULL}
};

const cli_cmd_t cli_cmd_boundary = {
    {"boundary", "points where the symmetric state changes stability, labelled pitchfork or Hopf", options, sizeof(boundary_opts_t)}, cmd_run, 1};
