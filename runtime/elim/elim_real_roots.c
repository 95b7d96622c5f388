#include <stdlib.h>
#include "elim.h"

static int cmp_mid(const void *a, const void *b)
{
    return arf_cmp(arb_midref((arb_srcptr) a), arb_midref((arb_srcptr) b));
}

void elim_real_roots(arb_ptr *roots, slong *count, const fmpz_poly_t u, slong prec)
{
    fmpz_poly_factor_t fac;
    slong i, j, n = 0, cap = fmpz_poly_degree(u) > 0 ? fmpz_poly_degree(u) : 1;
    arb_ptr out = _arb_vec_init(cap);

    fmpz_poly_factor_init(fac);
    if (fmpz_poly_degree(u) > 0)
        fmpz_poly_factor_squarefree(fac, u);
    /* distinct squarefree factors have distinct roots; each root once */
    for (i = 0; i < fac->num; i++)
    {
        slong d = fmpz_poly_degree(fac->p + i);
        acb_ptr z = _acb_vec_init(d);
        arb_fmpz_poly_complex_roots(z, fac->p + i, 0, prec);
        /* real roots come first, with exactly zero imaginary parts */
        for (j = 0; j < d && acb_is_real(z + j); j++)
            arb_set(out + n++, acb_realref(z + j));
        _acb_vec_clear(z, d);
    }
    qsort(out, n, sizeof(arb_struct), cmp_mid);
    fmpz_poly_factor_clear(fac);
    *roots = out;
    *count = n;
}
