/* exact_blockade_fwhm.c: the measured full width at half maximum of the
   n-bar peak at the blockade hz = n J (Eq. 8), from the certified n-bar:
   the peak by GSL's Brent minimizer, the background from n-bar far out on
   the Lorentzian tails (10^4 feature widths, at most |J|/4), and the two
   crossings of the level (peak + background)/2 by GSL Brent root finding. */
#include <math.h>
#include <float.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_min.h>
#include "num.h"
#include "exact_blockade.h"

/* Iteration cap of the crossings (num_brent): Brent shrinks a bracket of
   doubles to the tolerance in well under 200 steps. */
#define BRENT_MAXIT 200

typedef struct
{
    const exact_params_t *p;
    const exact_cert_t *cert;
    slong n;
    double level;
    int fail;           /* n-bar could not be certified */
    int tiny;           /* n-bar is below the range of doubles */
} fw_ctx_t;

/* n-bar at hz = n J + d, as a double (its certified midpoint) */
static double nb(double d, void *ctx)
{
    fw_ctx_t *c = ctx;
    char *hz = exact_hz_str("0", c->n, 1, c->p->J, d);
    arb_t v;
    double r = NAN;

    arb_init(v);
    if (exact_nbar_certify(v, c->p, hz, c->cert) == 0)
    {
        r = arf_get_d(arb_midref(v), ARF_RND_NEAR);
        /* 1e-600 would be measured as 0: nothing to take a width of */
        if (!arb_is_zero(v) && !(fabs(r) >= DBL_MIN))
            c->tiny = 1, r = NAN;
    }
    else
        c->fail = 1;
    arb_clear(v);
    flint_free(hz);
    return r;
}

static double neg_nb(double d, void *ctx)
{
    return -nb(d, ctx);
}

static double nb_minus_level(double d, void *ctx)
{
    return nb(d, ctx) - ((fw_ctx_t *) ctx)->level;
}

/* maximize n-bar around 0 in [-h, h]: a coarse scan, then GSL Brent */
static int peak(double *at, fw_ctx_t *c, double h)
{
    enum { K = 40 };
    double x[K + 1], y[K + 1];
    int best = K / 2, status = GSL_CONTINUE;
    gsl_function F = {neg_nb, c};
    gsl_min_fminimizer *s;

    for (int i = 0; i <= K; i++)
    {
        x[i] = h * (2.0 * i / K - 1);
        y[i] = nb(x[i], c);
        if (y[i] > y[best])
            best = i;
    }
    if (c->fail || best == 0 || best == K)
        return -1;
    s = gsl_min_fminimizer_alloc(gsl_min_fminimizer_brent);
    if (gsl_min_fminimizer_set_with_values(s, &F, x[best], -y[best], x[best - 1], -y[best - 1],
                                           x[best + 1], -y[best + 1]))
        status = GSL_FAILURE;
    for (int it = 0; it < 100 && status == GSL_CONTINUE; it++)
    {
        if (gsl_min_fminimizer_iterate(s))
            break;
        status = gsl_min_test_interval(gsl_min_fminimizer_x_lower(s), gsl_min_fminimizer_x_upper(s),
                                       1e-9 * h, 0);
    }
    *at = status == GSL_FAILURE ? x[best] : gsl_min_fminimizer_x_minimum(s);
    gsl_min_fminimizer_free(s);
    return c->fail ? -1 : 0;
}

/* the crossing of the level on one side (dir = +-1) of the peak */
static int crossing(double *at, fw_ctx_t *c, double from, double h0, double cap, int dir)
{
    double prev = from;

    for (double step = h0 / 8; step <= 2 * cap; step *= 2)
    {
        double x = from + dir * step;
        if (fabs(x) > cap)
            x = dir * cap;
        if (nb_minus_level(x, c) < 0)
            return num_brent(at, NULL, nb_minus_level, c, prev, x, 1e-12 * h0, 1e-12 * h0,
                             BRENT_MAXIT) == NUM_OK && !c->fail ? 0 : -1;
        if (c->fail || fabs(x) >= cap)
            return -1;
        prev = x;
    }
    return -1;
}

/* The measurement; exact_blockade_fwhm sorts out what it established. */
static int measure(exact_fwhm_t *w, fw_ctx_t *c, const exact_params_t *p, slong n)
{
    double J = p->dJ, G = p->dGamma, jeff = hypot(J, G / 2);
    /* exp may overflow (then the cap below rules) or underflow (then the decay) */
    double h0 = fmax(exp(exact_blockade_width_log(n, p->N, exact_blockade_loglambda(p)) + log(jeff)),
                     (p->dgamma + (n + 1) * G) / 2);
    double cap = fabs(J) / 2, far, left, right;

    h0 = fmin(h0, cap / 8);
    if (peak(&w->peak_offset, c, 3 * h0))
        return -1;
    w->peak = nb(w->peak_offset, c);
    far = fmin(1e4 * h0, cap / 2);
    w->base = (nb(-far, c) + nb(far, c)) / 2;
    c->level = (w->peak + w->base) / 2;
    if (c->fail || c->tiny)
        return -1;
    if (crossing(&right, c, w->peak_offset, h0, cap, 1) || crossing(&left, c, w->peak_offset, h0, cap, -1))
        return -1;
    w->fwhm = right - left;
    return 0;
}

int exact_blockade_fwhm(exact_fwhm_t *w, const exact_params_t *p, slong n, const exact_cert_t *cert)
{
    fw_ctx_t c = {p, cert, n, 0, 0, 0};
    int rc;

    w->peak_offset = w->peak = w->base = w->fwhm = NAN;
    rc = measure(w, &c, p, n);
    if (c.fail)
        return EXACT_ENOCONV;
    if (c.tiny)
        w->peak_offset = w->peak = w->base = w->fwhm = NAN;
    return c.tiny ? -1 : rc;
}
