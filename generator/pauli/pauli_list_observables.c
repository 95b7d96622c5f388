#include <stdlib.h>
#include "pauli.h"

static int pauli_order_cmp(const void *pa, const void *pb)
{
    pauli_t a = *(const pauli_t *) pa, b = *(const pauli_t *) pb;
    int wa = pauli_weight(a), wb = pauli_weight(b), n;
    uint32_t sa = a.x | a.z, sb = b.x | b.z;

    if (wa != wb)
        return wa < wb ? -1 : 1;
    /* Site tuples compared lexicographically: the lowest differing site
       that belongs to exactly one of them decides. */
    if (sa != sb)
    {
        uint32_t d = sa ^ sb, low = d & -d;
        return (sa & low) ? -1 : 1;
    }
    for (n = 1; n <= PAULI_MAX_SITES; n++)
    {
        /* Letter codes ordered x < y < z. */
        char ca = pauli_letter(a, n), cb = pauli_letter(b, n);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return 0;
}

void pauli_list_observables(pauli_t *obs, int k)
{
    uint32_t key, nkeys = 1u << (2 * k);
    size_t len = 0;

    for (key = 1; key < nkeys; key++)
        obs[len++] = pauli_from_key(key, k);
    qsort(obs, len, sizeof(pauli_t), pauli_order_cmp);
}
