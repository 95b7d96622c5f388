#include <stdlib.h>
#include "linalg.h"
#include "klu_compat.h"

void linalg_sparse_init(linalg_sparse_t s, int n, const int *rowptr, const int *col)
{
    s->n = n;
    s->rowptr = rowptr;
    s->col = col;
    s->symbolic = NULL;
}

void linalg_sparse_clear(linalg_sparse_t s)
{
    klu_common c;
    klu_symbolic *sym = s->symbolic;

    klu_defaults(&c);
    if (sym != NULL)
        klu_free_symbolic(&sym, &c);
    s->symbolic = NULL;
}

/* KLU stores columns: our rows are the columns of the transpose, so it
   factors a^T and solves with klu_tsolve.  KLU's declarations are not
   const-correct: it only reads the pattern and the values. */
int linalg_sparse_solve(double *b, linalg_sparse_t s, const double *val)
{
    klu_common c;
    klu_symbolic *sym = s->symbolic;
    klu_numeric *num;
    int ok;

    klu_defaults(&c);
    if (sym == NULL)
    {
        sym = klu_analyze(s->n, (int *) s->rowptr, (int *) s->col, &c);
        if (sym == NULL)
            return -1;
        s->symbolic = sym;
    }
    /* a singular matrix (an exactly zero pivot) gives NULL */
    num = klu_factor((int *) s->rowptr, (int *) s->col, (double *) val, sym, &c);
    if (num == NULL)
        return -1;
    ok = klu_tsolve(sym, num, s->n, 1, b, &c) && c.status == KLU_OK;
    klu_free_numeric(&num, &c);
    return ok ? 0 : -1;
}
