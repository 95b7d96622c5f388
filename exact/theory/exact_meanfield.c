/* exact_meanfield.c: the N -> infinity mean-field equations of the model
   for the Bloch vector s = (<sigma^x>, <sigma^y>, <sigma^z>) of one spin in
   the field hz + Jbar s_z, with local decay gamma and the mean-field part
   of Gbar/N D[S_-] (terms (Gbar/2)(<sigma^-> [sigma^+, O] + h.c.)):

     ds_x = -Delta s_y - (gamma/2) s_x + (Gbar/2) s_x s_z
     ds_y =  Delta s_x - hx s_z - (gamma/2) s_y + (Gbar/2) s_y s_z
     ds_z =  hx s_y - gamma (s_z + 1) - (Gbar/2)(s_x^2 + s_y^2),   Delta = hz + Jbar s_z.

   Eliminating s_x, s_y gives hx^2 m / 2 = (1 - m)((hz - Jbar m)^2 +
   ((gamma + Gbar m)/2)^2), m = -s_z: the cubic m = lambda-bar (1-m)
   |m - r-bar|^2 of Eq. S53 / S49. */
#include <math.h>
#include <gsl/gsl_poly.h>
#include <gsl/gsl_eigen.h>
#include "exact_theory.h"

void exact_meanfield_cubic(double abc[3], const exact_theory_t *t)
{
    exact_theory_t u = *t;
    double s;

    u.N = 0;
    exact_theory_update(&u);
    s = u.rre * u.rre + u.rim * u.rim;
    abc[0] = -(1 + 2 * u.rre);
    abc[1] = 2 * u.rre + s + 1 / u.lam;
    abc[2] = -s;
}

int exact_meanfield_roots(double m[3], const exact_theory_t *t)
{
    double abc[3], a, b, c;
    int n;

    exact_meanfield_cubic(abc, t);
    a = abc[0], b = abc[1], c = abc[2];
    n = gsl_poly_solve_cubic(a, b, c, m, m + 1, m + 2);
    /* two Newton steps polish the closed-form roots */
    for (int k = 0; k < n; k++)
        for (int it = 0; it < 2; it++)
        {
            double x = m[k], p = ((x + a) * x + b) * x + c, dp = (3 * x + 2 * a) * x + b;
            if (dp != 0 && isfinite(p / dp))
                m[k] = x - p / dp;
        }
    return n;
}

void exact_meanfield_state(double s[3], const exact_theory_t *t, double m)
{
    double sz = -m, delta = t->hz + t->Jbar * sz, a = -t->gamma / 2 + t->Gbar * sz / 2;
    double det = a * a + delta * delta;

    /* [[a, -Delta], [Delta, a]] (s_x, s_y) = (0, hx s_z) */
    s[0] = delta * t->hx * sz / det;
    s[1] = a * t->hx * sz / det;
    s[2] = sz;
}

void exact_meanfield_jacobian(double jac[9], const exact_theory_t *t, const double s[3])
{
    double delta = t->hz + t->Jbar * s[2], a = -t->gamma / 2 + t->Gbar * s[2] / 2;
    double row[9] = {
        a, -delta, -t->Jbar * s[1] + t->Gbar * s[0] / 2,
        delta, a, t->Jbar * s[0] - t->hx + t->Gbar * s[1] / 2,
        -t->Gbar * s[0], t->hx - t->Gbar * s[1], -t->gamma};

    for (int k = 0; k < 9; k++)
        jac[k] = row[k];
}

int exact_meanfield_eigs(double re[3], double im[3], const exact_theory_t *t, const double s[3])
{
    double jac[9];
    gsl_matrix_view A = gsl_matrix_view_array(jac, 3, 3);
    gsl_vector_complex *ev = gsl_vector_complex_alloc(3);
    gsl_eigen_nonsymm_workspace *w = gsl_eigen_nonsymm_alloc(3);
    int rc;

    exact_meanfield_jacobian(jac, t, s);
    rc = gsl_eigen_nonsymm(&A.matrix, ev, w);
    if (rc == 0)
    {
        for (int k = 0; k < 3; k++)
        {
            re[k] = GSL_REAL(gsl_vector_complex_get(ev, k));
            im[k] = GSL_IMAG(gsl_vector_complex_get(ev, k));
        }
        /* by decreasing real part (insertion sort of three) */
        for (int i = 1; i < 3; i++)
            for (int j = i; j > 0 && re[j] > re[j - 1]; j--)
            {
                double x = re[j], y = im[j];
                re[j] = re[j - 1], im[j] = im[j - 1];
                re[j - 1] = x, im[j - 1] = y;
            }
    }
    gsl_eigen_nonsymm_free(w);
    gsl_vector_complex_free(ev);
    return rc;
}
