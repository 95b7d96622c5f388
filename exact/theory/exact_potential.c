/* exact_potential.c: the large-N potential f(m) = -lim N^{-1} log p_{Nm}
   of Eq. 16 (derived in S39-S44), its derivatives (S49) and the 1/N
   correction of Eq. S48.  Real arithmetic only: for z = x + i y,
   Re(z log z) = x log|z| - y arg z, with the principal branch; z = m - r-bar
   keeps a fixed imaginary part as m moves, so no branch cut is crossed.

   The 1/N term: with g(x) = log(|x - r-bar|^2 (1 - x)), Euler-Maclaurin
   on the sum in S42 gives +g(m)/(2N) in f (as in S47), and Stirling's
   -(1/N) log M! = ... - (1/(2N)) log m (the paper's S45 has +), so
     delta f = (1/(2N)) log(m (1 - m) |m - r-bar|^2),
   not log(|m - r-bar|^2 (1 - m) / m) as printed in S48.  Checked: against
   the exact -(1/N) log p_M (S39) the error of f + delta f falls as N^-2,
   that of the printed S48 as N^-1 (tests/exact/theory.sh). */
#include <math.h>
#include "exact_theory.h"

void exact_theory_update(exact_theory_t *t)
{
    double D = t->Jbar * t->Jbar + t->Gbar * t->Gbar / 4;
    double g = t->gamma + (t->N > 0 ? t->Gbar / t->N : 0);

    /* (hz - i g/2)(Jbar - i Gbar/2) / |Jbar_eff|^2 */
    t->rre = (t->hz * t->Jbar - g * t->Gbar / 4) / D;
    t->rim = -(t->hz * t->Gbar / 2 + g * t->Jbar / 2) / D;
    t->lam = 2 * D / (t->hx * t->hx);
}

static double xlogx(double x)
{
    return x > 0 ? x * log(x) : 0;
}

/* Re(z log z) */
static double re_zlogz(double x, double y)
{
    if (x == 0 && y == 0)
        return 0;
    return x * log(hypot(x, y)) - y * atan2(y, x);
}

/* log |m - r-bar|^2, from |m - r-bar| (hypot): at tiny decay r-bar is
   within 1e-300 of the real axis and the square would underflow */
static double logdist2(const exact_theory_t *t, double m)
{
    return 2 * log(hypot(m - t->rre, t->rim));
}

/* Re 1/(m - r-bar) = (m - Re r-bar) / |m - r-bar|^2, scaled the same way */
static double re_inv(const exact_theory_t *t, double m)
{
    double x = m - t->rre, h = hypot(x, t->rim);
    return x / h / h;
}

double exact_potential(const exact_theory_t *t, double m)
{
    double lz = re_zlogz(m - t->rre, -t->rim) - re_zlogz(-t->rre, -t->rim);
    return xlogx(m) + xlogx(1 - m) - 2 * lz - (log(t->lam) - 2) * m;
}

double exact_potential_d1(const exact_theory_t *t, double m)
{
    return log(m) - log1p(-m) - log(t->lam) - logdist2(t, m);
}

double exact_potential_d2(const exact_theory_t *t, double m)
{
    return 1 / m + 1 / (1 - m) - 2 * re_inv(t, m);
}

double exact_potential_corr(const exact_theory_t *t, double m)
{
    if (t->N <= 0)
        return 0;
    return (logdist2(t, m) + log1p(-m) + log(m)) / (2.0 * t->N);
}

double exact_potential_corr_d1(const exact_theory_t *t, double m)
{
    if (t->N <= 0)
        return 0;
    return (2 * re_inv(t, m) - 1 / (1 - m) + 1 / m) / (2.0 * t->N);
}
