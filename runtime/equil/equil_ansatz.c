#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"

/* Tr(sigma^a_s H) for site s at bit position b of the basis index (site 1
   the most significant), a = 0, 1, 2 for x, y, z.  sigma^y has -i in row
   "up" (bit 0), column "down". */
static double site_field(const dm_cplx *H, int d, unsigned b, int a)
{
    double s = 0;
    int j;

    for (j = 0; j < d; j++)
    {
        int up = ((j >> b) & 1) == 0;
        dm_cplx h = a == 2 ? H[(size_t) j * d + j] : H[(size_t) (j ^ (1 << b)) * d + j];
        s += a == 0 ? creal(h) : a == 1 ? creal((up ? -I : I) * h) : (up ? 1 : -1) * creal(h);
    }
    return s;
}

int equil_ansatz(double *x, double epsilon, equil_ctx_t *q, char *msg, size_t n)
{
    int d = q->dm.d, k = q->dm.k, s, a, i, j;
    double (*r)[3] = blochgen_malloc(sizeof(double[3]) * k);
    dm_cplx *rho = q->M1;

    if (!(fabs(epsilon) <= 1))
    {
        snprintf(msg, n, "%s: the seed epsilon = %g is not in [-1, 1] (it is <sigma^x> of "
                 "every site of the ansatz)", q->m->name, epsilon);
        free(r);
        return EQUIL_BAD_INPUT;
    }

    memset(q->x, 0, sizeof(double) * q->dm.nobs);
    dm_hamiltonian(q->H, q->x, &q->dm);
    for (s = 0; s < k; s++)
    {
        double b[3], nb = 0, th;
        for (a = 0; a < 3; a++)
        {
            b[a] = site_field(q->H, d, (unsigned) (k - 1 - s), a) / d;
            nb += b[a] * b[a];
        }
        nb = sqrt(nb);
        /* the Gibbs state of the site's field, plus the seed on sigma^x;
           where tanh^2 + epsilon^2 > 1 (A2 with h2/T large: not positive)
           the field part is shortened to a pure state */
        th = nb > 0 ? fmin(tanh(nb / q->T), sqrt(1 - epsilon * epsilon)) / nb : 0;
        for (a = 0; a < 3; a++)
            r[s][a] = -th * b[a] + (a == 0 ? epsilon : 0);
        nb = sqrt(r[s][0] * r[s][0] + r[s][1] * r[s][1] + r[s][2] * r[s][2]);
        for (a = 0; a < 3 && nb > 1; a++)      /* a field with an x part */
            r[s][a] /= nb;
    }
    /* rho = rho_1 (x) ... (x) rho_k, rho_s = (1 + r_s . sigma) / 2 */
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
        {
            dm_cplx e = 1;
            for (s = 0; s < k; s++)
            {
                int bi = (i >> (k - 1 - s)) & 1, bj = (j >> (k - 1 - s)) & 1;
                e *= bi == bj ? 0.5 * (1 + (bi ? -r[s][2] : r[s][2]))
                              : 0.5 * (r[s][0] + (bi ? I : -I) * r[s][1]);
            }
            rho[(size_t) i * d + j] = e;
        }
    dm_to_bloch(x, rho, &q->dm);
    free(r);
    return 0;
}
