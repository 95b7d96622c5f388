#include <stdlib.h>
#include "alloc.h"
#include "linalg.h"
#include "lapacke_compat.h"

int linalg_solve(double *a, double *b, int n)
{
    lapack_int *piv = blochgen_malloc(sizeof(lapack_int) * (n + 1));
    lapack_int info = LAPACKE_dgesv(LAPACK_ROW_MAJOR, n, 1, a, n, piv, b, 1);

    free(piv);
    return info == 0 ? 0 : -1;
}
