#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"

/* c(x) - c(0) for x = s e_w + t e_z (z < 0: only e_w), in out (nobs + 1). */
static void coef_at(double *out, double s, int w, double t, int z, const double *c0,
                    equil_ctx_t *q)
{
    int n = q->dm.nobs, k;

    memset(q->x, 0, sizeof(double) * n);
    q->x[w] += s;
    if (z >= 0)
        q->x[z] += t;
    q->m->hamiltonian(out, q->x, q->dm.p);
    for (k = 0; k <= n; k++)
        out[k] -= c0[k];
}

static int close_to(double a, double b)
{
    return fabs(a - b) <= 1e-12 * (1 + fabs(a) + fabs(b));
}

/* Bf (nobs+1 x nobs, column w = dc/dx_w) from differences; checks that
   c is linear (second differences vanish) and B symmetric with an
   x-independent identity coefficient.  EQUIL_OK, or EQUIL_BAD_INPUT and
   the reason in msg. */
static int couplings(double *Bf, equil_ctx_t *q, char *msg, size_t len)
{
    int n = q->dm.nobs, w, z, k, bad = 0;
    double *c0 = blochgen_calloc(n + 1, sizeof(double)), *a = blochgen_calloc(n + 1, sizeof(double));

    memset(q->x, 0, sizeof(double) * n);
    q->m->hamiltonian(c0, q->x, q->dm.p);
    for (w = 0; w < n; w++)
    {
        coef_at(a, 1, w, 0, -1, c0, q);
        for (k = 0; k <= n; k++)
            Bf[(size_t) k * n + w] = a[k];
    }
    for (w = 0; w < n && !bad; w++)
        for (z = w; z < n && !bad; z++)
        {
            coef_at(a, z == w ? 2 : 1, w, 1, z == w ? -1 : z, c0, q);
            for (k = 0; k <= n; k++)
                bad |= !close_to(a[k], Bf[(size_t) k * n + w] * (z == w ? 2 : 1) +
                                       (z == w ? 0 : Bf[(size_t) k * n + z]));
        }
    if (bad)
        snprintf(msg, len, "%s: equilibrium needs a mean-field Hamiltonian linear in the "
                 "expectations <P> (no products of two of them)", q->m->name);
    for (w = 0; w < n && !bad; w++)
    {
        bad = Bf[(size_t) n * n + w] != 0;
        if (bad)
            snprintf(msg, len, "%s: the identity coefficient of the Hamiltonian depends on "
                     "<%s>: equilibrium has no free energy for it", q->m->name,
                     q->m->observables[w]);
        for (z = 0; z < n && !bad; z++)
            if (!close_to(Bf[(size_t) w * n + z], Bf[(size_t) z * n + w]))
            {
                snprintf(msg, len, "%s: the coefficient of %s depends on <%s> but that of %s "
                         "not in the same way on <%s>: H_MF is not the derivative of a "
                         "mean-field energy, so equilibrium has no free energy",
                         q->m->name, q->m->observables[w], q->m->observables[z],
                         q->m->observables[z], q->m->observables[w]);
                bad = 1;
            }
    }
    free(c0);
    free(a);
    return bad ? EQUIL_BAD_INPUT : EQUIL_OK;
}

/* The fields, their couplings and dH/dy_j = sum_u B_u,j P_u as matrices:
   sum_u b_u P_u = d rho(b) - I with rho(b) the state of Bloch vector b. */
static void fields(const double *Bf, equil_ctx_t *q)
{
    int n = q->dm.nobs, d = q->dm.d, w, k, j, u;
    size_t dd = (size_t) d * d;

    q->field = blochgen_calloc(n, sizeof(int));
    q->odd = blochgen_calloc(n, sizeof(int));
    q->nf = 0;
    for (w = 0; w < n; w++)
        for (k = 0; k < n; k++)
            if (Bf[(size_t) k * n + w] != 0)
            {
                q->field[q->nf++] = w;
                break;
            }
    q->has_symmetry = q->m->symmetry != NULL && q->m->parity != NULL && q->m->parity[0] >= 0;
    q->B = blochgen_calloc((size_t) q->nf * q->nf + 1, sizeof(double));
    q->K = blochgen_calloc(dd * q->nf + 1, sizeof(dm_cplx));
    for (j = 0; j < q->nf; j++)
    {
        q->odd[j] = !q->has_symmetry || q->m->parity[q->field[j]] == 1;
        for (k = 0; k < q->nf; k++)
            q->B[(size_t) k * q->nf + j] = Bf[(size_t) q->field[k] * n + q->field[j]];
        for (u = 0; u < n; u++)
            q->x[u] = Bf[(size_t) u * n + q->field[j]];
        dm_from_bloch(q->K + dd * j, q->x, &q->dm);
        for (u = 0; u < (int) dd; u++)
            q->K[dd * j + u] *= d;
        for (u = 0; u < d; u++)
            q->K[dd * j + (size_t) u * d + u] -= 1;
    }
}

int equil_ctx_init(equil_ctx_t *q, const bloch_model_t *m, const double *p, char *msg,
                   size_t len)
{
    int st, n, d;
    double *Bf;
    size_t dd;

    memset(q, 0, sizeof *q);
    if (dm_ctx_init(&q->dm, m, p, msg, len) != DM_OK)
        return EQUIL_BAD_INPUT;
    q->m = m;
    if (!q->dm.thermal || !(q->dm.T > 0))
    {
        if (!q->dm.thermal)
            snprintf(msg, len, "%s: the model has no `thermal` statement, so no temperature "
                     "for an equilibrium state", m->name);
        else
            snprintf(msg, len, "%s: the temperature %s = %g must be > 0 for a Gibbs state",
                     m->name, m->params[m->thermal_param], q->dm.T);
        dm_ctx_clear(&q->dm);
        return EQUIL_BAD_INPUT;
    }
    if (m->adapt_pair)
    {
        /* the field couplings below index the Hamiltonian's Pauli
           coefficients by the state variables: not so in adapted ones */
        snprintf(msg, len, "%s: equilibrium does not support a `swap` symmetry (its "
                 "variables are symmetry-adapted); drop the swap from the model", m->name);
        dm_ctx_clear(&q->dm);
        return EQUIL_BAD_INPUT;
    }
    q->T = q->dm.T;
    n = q->dm.nobs, d = q->dm.d, dd = (size_t) d * d;
    q->x = blochgen_calloc(n + 1, sizeof(double));
    q->E = blochgen_calloc(d, sizeof(double));
    q->w = blochgen_calloc(d, sizeof(double));
    q->H = blochgen_calloc(dd, sizeof(dm_cplx));
    q->rho = blochgen_calloc(dd, sizeof(dm_cplx));
    q->V = blochgen_calloc(dd, sizeof(dm_cplx));
    q->M1 = blochgen_calloc(dd, sizeof(dm_cplx));
    q->M2 = blochgen_calloc(dd, sizeof(dm_cplx));
    Bf = blochgen_calloc((size_t) (n + 1) * n, sizeof(double));
    st = couplings(Bf, q, msg, len);
    if (st == EQUIL_OK)
        fields(Bf, q);
    free(Bf);
    if (st != 0)
        equil_ctx_clear(q);
    return st;
}

void equil_ctx_clear(equil_ctx_t *q)
{
    dm_ctx_clear(&q->dm);
    free(q->field);
    free(q->odd);
    free(q->B);
    free(q->K);
    free(q->x);
    free(q->E);
    free(q->w);
    free(q->H);
    free(q->rho);
    free(q->V);
    free(q->M1);
    free(q->M2);
    memset(q, 0, sizeof *q);
}
