#include "fmpq_str.h"
#include "elim.h"

/* The shared parser (compat/fmpq_str.h), also used by dtfim-exact. */
int elim_fmpq_set_str(fmpq_t q, const char *s, size_t len)
{
    return compat_fmpq_set_str(q, s, len);
}
