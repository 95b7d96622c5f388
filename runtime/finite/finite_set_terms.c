#include <string.h>
#include "finite.h"
#include "alloc.h"

int finite_set_terms(finite_t f, const double *g1, const double *g2)
{
    long T2 = (long) f->T * f->T;

    free(f->g1), free(f->g2);
    f->g1 = blochgen_malloc(T2 * sizeof(double));
    f->g2 = blochgen_malloc(T2 * T2 * sizeof(double));
    memcpy(f->g1, g1, T2 * sizeof(double));
    memcpy(f->g2, g2, T2 * T2 * sizeof(double));
    return finite_matrix(f);
}
