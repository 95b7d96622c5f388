#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "linalg.h"
#include "umfpack_compat.h"

void linalg_sparse_init(linalg_sparse_t s, int n, const int *rowptr, const int *col)
{
    s->n = n;
    s->rowptr = rowptr;
    s->col = col;
    s->symbolic = NULL;
    s->x = blochgen_malloc(sizeof(double) * ((size_t) n + 1));
}

void linalg_sparse_clear(linalg_sparse_t s)
{
    if (s->symbolic != NULL)
        umfpack_di_free_symbolic(&s->symbolic);
    free(s->x);
}

/* UMFPACK stores columns: our rows are the columns of the transpose, so it
   factors a^T and solves with UMFPACK_At. */
int linalg_sparse_solve(double *b, linalg_sparse_t s, const double *val)
{
    double control[UMFPACK_CONTROL], info[UMFPACK_INFO];
    void *numeric = NULL;
    int st;

    umfpack_di_defaults(control);
    if (s->symbolic == NULL &&
        umfpack_di_symbolic(s->n, s->n, s->rowptr, s->col, val, &s->symbolic, control, info) !=
            UMFPACK_OK)
    {
        s->symbolic = NULL;
        return -1;
    }
    /* a singular matrix is a warning with factors that divide by zero */
    st = umfpack_di_numeric(s->rowptr, s->col, val, s->symbolic, &numeric, control, info);
    if (st == UMFPACK_OK)
        st = umfpack_di_solve(UMFPACK_At, s->rowptr, s->col, val, s->x, b, numeric, control,
                              info);
    if (numeric != NULL)
        umfpack_di_free_numeric(&numeric);
    if (st != UMFPACK_OK)
        return -1;
    memcpy(b, s->x, sizeof(double) * s->n);
    return 0;
}
