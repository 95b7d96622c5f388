#include <stdio.h>
#include "derive.h"
#include "alloc.h"

/* Parities from the symmetry generator, then a check that the equations
   really are symmetric: every monomial of d<P>/dt must contain an odd
   number of odd variables exactly when P is odd. */
int derive_parity(derive_t d)
{
    const model_struct *m = d->m;
    slong v, k;

    d->odd = blochgen_calloc(d->n, 1);
    if (!m->has_symmetry)
        return 0;
    for (v = 0; v < d->n; v++)
        if (m->has_perm)    /* adapted variables: derive_adapt */
            d->odd[v] = m->adapt_pair[v] == v ? m->adapt_sign[v] < 0 : m->adapt_pair[v] < v;
        else
            d->odd[v] = !pauli_commutes(m->symmetry, m->obs[v]);
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->rhs[v].length; k++)
        {
            const bmono_t *mo = d->rhs[v].mono + k;
            int j, nodd = 0;
            for (j = 0; j < mo->deg; j++)
                nodd += d->odd[mo->var[j]];
            if ((nodd & 1) != d->odd[v])
            {
                char pn[128], sn[128];
                model_obs_name(pn, sizeof pn, m, v);
                model_symmetry_name(sn, sizeof sn, m);
                fprintf(stderr, "%s: the model is not invariant under the symmetry %s: "
                        "d<%s>/dt has a term of the wrong parity\n", m->file, sn, pn);
                return 2;
            }
        }
    return 0;
}
