#include "stab.h"

int stab_verdict(double gap, double tol)
{
    if (gap > tol)
        return STAB_STABLE;
    if (gap < -tol)
        return STAB_UNSTABLE;
    return gap == gap ? STAB_MARGINAL : STAB_UNDECIDED;    /* NaN: nothing known */
}

const char *stab_verdict_name(int verdict)
{
    static const char *names[] = {"stable", "unstable", "undecided", "marginal"};
    return names[verdict >= 0 && verdict <= 3 ? verdict : STAB_UNDECIDED];
}
