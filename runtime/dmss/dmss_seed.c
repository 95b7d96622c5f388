#include <stdlib.h>
#include "alloc.h"
#include "dmss.h"

/* The product state with every spin along sign * x: entry (j, l) is
   sign^(number of sites where j and l differ) / d. */
static void product_x(dm_cplx *rho, int sign, const dm_ctx_t *c)
{
    int d = c->d, j, l;

    for (j = 0; j < d; j++)
        for (l = 0; l < d; l++)
        {
            unsigned b = (unsigned) (j ^ l);
            int flips = 0;
            for (; b; b &= b - 1)
                flips++;
            rho[(size_t) j * d + l] = (sign == 0 && flips) ? 0 : ((flips & 1) ? sign : 1) /
                                                                  (double) d;
        }
}

int dmss_seed(double *x, int sign, dm_ctx_t *c)
{
    int d = c->d, st = 0;
    dm_cplx *rho = blochgen_malloc(sizeof(dm_cplx) * 2 * (size_t) d * d), *H = rho + (size_t) d * d;

    product_x(rho, sign, c);
    dm_to_bloch(x, rho, c);
    /* a thermal model starts from the Gibbs state of H_MF at that state,
       the equilibrium the bath would produce for a frozen order parameter */
    if (c->thermal && c->T > 0)
    {
        dm_hamiltonian(H, x, c);
        if ((st = dm_gibbs(rho, H, c->T, c)) == 0)
            dm_to_bloch(x, rho, c);
    }
    free(rho);
    return st;
}
