#include "num.h"

const char *num_status_str(int status)
{
    switch (status)
    {
    case NUM_OK: return "converged";
    case NUM_NO_BRACKET: return "the interval does not bracket a sign change";
    case NUM_NO_CONVERGENCE: return "did not converge";
    case NUM_NOT_FINITE: return "a value was not finite";
    case NUM_FAILED: return "a function evaluation failed";
    default: return "unknown status";
    }
}
