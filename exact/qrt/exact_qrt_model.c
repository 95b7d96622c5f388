/* exact_qrt_model.c: the model of the correlation module (doubles). */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "exact_qrt.h"

void exact_qrt_model_init(exact_qrt_model_t *m, long N)
{
    memset(m, 0, sizeof(*m));
    m->N = N;
    m->hx = blochgen_calloc(N > 0 ? N : 1, sizeof(double));
}

void exact_qrt_model_clear(exact_qrt_model_t *m)
{
    free(m->hx);
    m->hx = NULL;
}
