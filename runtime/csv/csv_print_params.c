#include "csv.h"

void csv_print_params(FILE *f, const double *p, const bloch_model_t *m)
{
    fprintf(f, "# model=%s (%s)", m->name, m->source);
    for (int k = 0; k < m->nparams; k++)
        fprintf(f, ", %s=%.17g", m->params[k], p[k]);
    fprintf(f, "\n");
}
