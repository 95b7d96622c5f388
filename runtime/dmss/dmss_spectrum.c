#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"
#include "linalg.h"

int dmss_spectrum(double *wr, double *wi, double *gap, double *freq, const double *J, int n)
{
    double *a = blochgen_malloc(sizeof(double) * (size_t) n * n);
    int i, j, s;

    memcpy(a, J, sizeof(double) * (size_t) n * n);
    if (linalg_eig(wr, wi, NULL, a, n) != 0)
    {
        free(a);
        *gap = *freq = NAN;
        return -1;
    }
    free(a);
    s = linalg_eig_slowest(wr, wi, n);
    *gap = -wr[s];
    *freq = fabs(wi[s]);
    /* insertion sort: decreasing real part, then decreasing |Im| */
    for (i = 1; i < n; i++)
    {
        double r = wr[i], m = wi[i];
        for (j = i; j > 0 && (wr[j - 1] < r || (wr[j - 1] == r && fabs(wi[j - 1]) < fabs(m)));
             j--)
            wr[j] = wr[j - 1], wi[j] = wi[j - 1];
        wr[j] = r, wi[j] = m;
    }
    return 0;
}
