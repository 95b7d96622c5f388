/* exact_critical.c: the critical points f' = f'' = f''' = 0 of the
   large-N potential.  With g(m) = lambda-bar (1-m)|m - r-bar|^2, f' =
   log(m/g), so at f' = 0 the conditions f'' = f''' = 0 read g' = 1,
   g'' = 0: the cubic P = g - m has a triple root m0,
   P = -lambda-bar (m - m0)^3.  Matching coefficients:
     1 + 2 Re r-bar = 3 m0,  |r-bar|^2 = m0^3,  lambda-bar = (1 - m0)^-3.
   On the line r-bar(hz) = (hz - i gamma/2)/(Jbar + i Gbar/2), the first
   fixes hz = (D (3 m0 - 1)/2 + gamma Gbar/4)/Jbar (D = |Jbar_eff|^2), the
   second is a cubic in m0, the third gives hx = sqrt(2 D (1 - m0)^3).
   (Gbar = 0: (1 - m0)^2 (4 m0 - 1) = (gamma/Jbar)^2; two points when
   gamma < Jbar/2.) */
#include <math.h>
#include <gsl/gsl_poly.h>
#include "exact_theory.h"

int exact_critical_points(double *m, double *hz, double *hx, const exact_theory_t *t)
{
    double D = t->Jbar * t->Jbar + t->Gbar * t->Gbar / 4, x[3];
    double al, be;
    int n, k = 0;

    if (t->Jbar == 0)
        return 0;
    al = 3 * D / (2 * t->Jbar);
    be = (-D / 2 + t->gamma * t->Gbar / 4) / t->Jbar;
    /* D m^3 = (al m + be)^2 + gamma^2/4 */
    n = gsl_poly_solve_cubic(-al * al / D, -2 * al * be / D,
                             -(be * be + t->gamma * t->gamma / 4) / D, x, x + 1, x + 2);
    for (int i = 0; i < n; i++)
        if (x[i] > 0 && x[i] < 1)
        {
            m[k] = x[i];
            hz[k] = al * x[i] + be;
            hx[k] = sqrt(2 * D * pow(1 - x[i], 3));
            k++;
        }
    return k;
}
