#include <stdlib.h>
#include "csv.h"

char *csv_num(char *buf, double v)
{
    for (int d = 15; d <= 17; d++)
    {
        snprintf(buf, CSV_NUM_MAX, "%.*g", d, v);
        if (d == 17 || strtod(buf, NULL) == v || v != v)
            break;
    }
    return buf;
}

void csv_print_range(FILE *f, const num_range_t *r)
{
    char a[CSV_NUM_MAX], b[CSV_NUM_MAX];

    fprintf(f, "%s:%s:%d", csv_num(a, r->a), csv_num(b, r->b), r->n);
}

void csv_print_params_vary(FILE *f, const double *p, const bloch_model_t *m,
                           const num_range_t *r, int nr)
{
    char s[CSV_NUM_MAX];

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
            fprintf(f, "%s", csv_num(s, p[k]));
    }
    fprintf(f, "\n");
}

void csv_print_params(FILE *f, const double *p, const bloch_model_t *m)
{
    csv_print_params_vary(f, p, m, NULL, 0);
}
