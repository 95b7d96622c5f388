/* exact_maxwell.c: the Maxwell (equal-area) construction on the
   mean-field curve.  At fixed hx the roots of Eq. S53 lie on
   (hz - Jbar m)^2 = W(m) = m hx^2 / (2 (1-m)) - ((gamma + Gbar m)/2)^2,
   i.e. on the two branches hz = Jbar m +- sqrt(W(m)), which meet at the
   lowest m of the curve, m_min (W(m_min) = 0).  The S-shaped piece from
   the outer root m1 to m3 runs along the branch of m1 down to m_min and up
   the branch of m3 (directly when both are on one branch), and the
   Maxwell point is the hz* where the line integral of (hz - hz*) dm along
   it vanishes:
     Jbar (m3^2 - m1^2)/2 - hz* (m3 - m1) + s3 I(m3) - s1 I(m1) = 0,
   I(x) = int_{m_min}^{x} sqrt(W) dm, s_i = sign(hz* - Jbar m_i). */
#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include "num.h"
#include "exact_theory.h"

static double W(double m, void *ctx)
{
    const exact_theory_t *t = ctx;
    double g = (t->gamma + t->Gbar * m) / 2;
    return m * t->hx * t->hx / (2 * (1 - m)) - g * g;
}

static double sqrtW(double m, void *ctx)
{
    double w = W(m, ctx);
    return w > 0 ? sqrt(w) : 0;
}

static double integral(double lo, double hi, const exact_theory_t *t)
{
    gsl_function F = {sqrtW, (void *) t};
    gsl_integration_workspace *ws = gsl_integration_workspace_alloc(200);
    double I, err;
    int rc = gsl_integration_qags(&F, lo, hi, 1e-14, 1e-12, 200, ws, &I, &err);

    gsl_integration_workspace_free(ws);
    return rc ? NAN : I;
}

double exact_maxwell_area(const exact_theory_t *t)
{
    double m[3], s1, s3, mmin;

    if (exact_meanfield_roots(m, t) != 3)
        return NAN;
    s1 = t->hz - t->Jbar * m[0] >= 0 ? 1 : -1;
    s3 = t->hz - t->Jbar * m[2] >= 0 ? 1 : -1;
    if (num_brent(&mmin, NULL, W, (void *) t, 0, m[0], 1e-15, 1e-15, EXACT_BRENT_MAXIT))
        return NAN;
    /* the curve must be connected from m_min to m3 */
    for (int k = 1; k < 64; k++)
        if (W(mmin + (m[2] - mmin) * k / 64, (void *) t) < 0)
            return NAN;
    return t->Jbar * (m[2] * m[2] - m[0] * m[0]) / 2 - t->hz * (m[2] - m[0])
           + s3 * integral(mmin, m[2], t) - s1 * integral(mmin, m[0], t);
}
