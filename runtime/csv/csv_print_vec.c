#include "csv.h"

void csv_print_vec(FILE *f, const double *v, int n)
{
    for (int k = 0; k < n; k++)
        fprintf(f, "%s%.17g", k ? " " : "", v[k]);
    fprintf(f, "\n");
}
