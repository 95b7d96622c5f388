#include <math.h>
#include "sweep.h"
#include "stab.h"

/* The largest real eigenvalue of an odd mode (NAN when there is none):
   its sign change along the symmetric branch is a pitchfork. */
static double odd_real(const stab_spectrum_t *s)
{
    double r = NAN;
    int k;

    for (k = 0; k < s->n; k++)
        if (s->sector[k] == STAB_ODD && s->wi[k] == 0 && !(s->wr[k] <= r))
            r = s->wr[k];
    return r;
}

int sweep_spectrum(sweep_spec_t *out, const double *x, const sweep_t *sw)
{
    stab_spectrum_t s;
    int st;

    stab_spectrum_init(&s, sw->m);
    st = stab_spectrum(&s, x, sw->p, sw->m);
    out->gap = st == 0 ? s.gap : NAN;
    out->freq = st == 0 ? s.freq : NAN;
    out->odd_re = st == 0 ? odd_real(&s) : NAN;
    out->tol = st == 0 ? s.tol : NAN;
    stab_spectrum_clear(&s);
    return st;
}
