#include <math.h>
#include "scan.h"
#include "stab.h"
#include "steady.h"

long scan_worksize(const bloch_model_t *m)
{
    return m->nobs + stab_blocks_worksize(m);
}

void scan_point_from(double *gap, double *freq, unsigned char *phase, const double *guess,
                     const double *p, const bloch_model_t *m, double *work)
{
    double *xs = work;
    int sector, k;

    *gap = *freq = NAN;     /* NAN, not 0/0: prints as "nan", never "-nan" */
    *phase = STAB_PHASE_NONE;
    if ((k = steady_symmetric_from(xs, NULL, guess, p, m)) != STEADY_SYM_OK)
    {
        /* singular: no symmetric state; not finite or underflow: no digits */
        if (k == STEADY_SYM_AMBIGUOUS)
            *phase = STAB_PHASE_AMBIGUOUS;
        else if (k == STEADY_SYM_OVERFLOW || k == STEADY_SYM_UNDERFLOW)
            *phase = SCAN_FAILED;
        return;
    }
    if (stab_blocks_gap(gap, freq, &sector, xs, p, m, work + m->nobs) != 0 ||
        !isfinite(*gap) || !isfinite(*freq))
    {
        *gap = *freq = NAN;
        *phase = SCAN_FAILED;
        return;
    }
    *phase = (unsigned char) stab_phase(*gap, *freq, sector);
}

void scan_point(double *gap, double *freq, unsigned char *phase, const double *p,
                const bloch_model_t *m, double *work)
{
    scan_point_from(gap, freq, phase, NULL, p, m, work);
}
