#include <math.h>
#include "sweep.h"
#include "stab.h"

/* sign(product of the real eigenvalues of `sector`, every sector when
   -1) times the smallest of their |values| (sign times infinity when none
   is real; NAN when the sector has no eigenvalue at all).  Over all
   sectors the sign is that of det J, since a complex pair contributes
   |mu|^2 > 0: it changes exactly where a real eigenvalue crosses zero,
   and the value stays continuous through that crossing, unlike det J,
   whose magnitude over- or underflows on large models.  On the odd sector
   of the symmetric state its sign change is a pitchfork, whether or not
   the crossing eigenvalue was the largest real one (a pair that is
   complex on one side hides that). */
static double det_real(const stab_spectrum_t *s, int sector)
{
    double small = INFINITY;
    int k, neg = 0, any = 0;

    for (k = 0; k < s->n; k++)
        if (sector < 0 || s->sector[k] == sector)
        {
            any = 1;
            if (s->wi[k] == 0)
            {
                neg += s->wr[k] < 0;
                small = fmin(small, fabs(s->wr[k]));
            }
        }
    return !any ? NAN : neg % 2 ? -small : small;
}

int sweep_spectrum(sweep_spec_t *out, const double *x, const sweep_t *sw)
{
    stab_spectrum_t s;
    int st;

    stab_spectrum_init(&s, sw->m);
    st = stab_spectrum(&s, x, sw->p, sw->m);
    out->gap = st == 0 ? s.gap : NAN;
    out->freq = st == 0 ? s.freq : NAN;
    out->odd_re = st == 0 ? det_real(&s, STAB_ODD) : NAN;
    out->tol = st == 0 ? s.tol : NAN;
    out->det_re = st == 0 ? det_real(&s, -1) : NAN;
    stab_spectrum_clear(&s);
    return st;
}
