#include "pauli.h"

/* Phase of the site-wise product, from the Aaronson-Gottesman g function:
   XY = iZ, YZ = iX, ZX = iY count +1; the reversed orders count -1. */
pauli_t pauli_mul(int *phase, pauli_t a, pauli_t b)
{
    uint32_t ay = a.x & a.z, ax = a.x & ~a.z, az = ~a.x & a.z;
    uint32_t by = b.x & b.z, bx = b.x & ~b.z, bz = ~b.x & b.z;
    uint32_t plus = (ax & by) | (ay & bz) | (az & bx);
    uint32_t minus = (ay & bx) | (az & by) | (ax & bz);
    pauli_t r;

    *phase = (__builtin_popcount(plus) - __builtin_popcount(minus)) & 3;
    r.x = a.x ^ b.x;
    r.z = a.z ^ b.z;
    return r;
}

int pauli_commutes(pauli_t a, pauli_t b)
{
    return (__builtin_popcount((a.x & b.z) ^ (a.z & b.x)) & 1) == 0;
}

int pauli_weight(pauli_t p)
{
    return __builtin_popcount(p.x | p.z);
}
