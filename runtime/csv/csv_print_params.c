#include <stdlib.h>
#include "csv.h"

void csv_print_range(FILE *f, const num_range_t *r)
{
    char a[NUM_SHORTEST_MAX], b[NUM_SHORTEST_MAX];

    fprintf(f, "%s:%s:%d", num_shortest(a, r->a), num_shortest(b, r->b), r->n);
}

void csv_print_params_vary(FILE *f, const double *p, const bloch_model_t *m,
                           const num_range_t *r, int nr)
{
    char s[NUM_SHORTEST_MAX];

    fprintf(f, "# model=%s (%s)", m->name, m->source);
    for (int k = 0; k < m->nparams; k++)
    {
        int j = 0;
        while (j < nr && r[j].param != k)
            j++;
        fprintf(f, ", %s=", m->params[k]);
        if (j < nr)
            csv_print_range(f, r + j);
        else
            fprintf(f, "%s", num_shortest(s, p[k]));
    }
    fprintf(f, "\n");
}

void csv_print_params(FILE *f, const double *p, const bloch_model_t *m)
{
    csv_print_params_vary(f, p, m, NULL, 0);
}
