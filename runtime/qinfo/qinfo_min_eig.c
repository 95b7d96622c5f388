#include <stdlib.h>
#include "alloc.h"
#include "qinfo.h"

int qinfo_min_eig(double *lmin, const double *a, int n)
{
    double *w;
    int r;

    if (n < 1 || (w = blochgen_malloc(sizeof(double) * n)) == NULL)
        return -1;
    r = qinfo_eigh(w, NULL, a, n);
    if (r == 0)
        *lmin = w[0];
    free(w);
    return r;
}
