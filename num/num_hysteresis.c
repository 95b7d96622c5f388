#include "num.h"

int num_hysteresis(int *lo, int *hi, int max, const double *const *a, const double *const *b,
                   int ngrid, const signed char *parity, int n, double tol)
{
    int cnt = 0, open = 0;

    for (int g = 0; g < ngrid; g++)
    {
        int differ = a[g] && b[g] && num_dist_mirror(a[g], b[g], parity, n) > tol;
        if (differ && !open && cnt < max)
        {
            lo[cnt] = hi[cnt] = g;
            cnt++;
            open = 1;
        }
        else if (differ && open)
            hi[cnt - 1] = g;
        else if (!differ)
            open = 0;
    }
    return cnt;
}
