#include "phys.h"

int phys_init(phys_t *ph, const bloch_model_t *m, const double *p, char *msg, size_t n)
{
    /* a moment model's state is the K-site reduced density matrix */
    if (m->moment_order > 0)
        return dm_ctx_init_moments(&ph->c, m, p, msg, n);
    return dm_ctx_init(&ph->c, m, p, msg, n);
}

void phys_clear(phys_t *ph)
{
    dm_ctx_clear(&ph->c);
}
