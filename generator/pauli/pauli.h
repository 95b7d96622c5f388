/* pauli.h: Pauli strings on up to PAULI_MAX_SITES spin-1/2 sites.
 *
 * A string is stored as two bit masks: bit n-1 of x (z) is set when the
 * factor on site n contains X (Z).  Site factors are I = (0,0), X = (1,0),
 * Z = (0,1), Y = (1,1); Y is stored without a phase, so every stored string
 * is a Hermitian product sigma^a_1 sigma^b_2 ... and products carry an
 * explicit phase i^k, k in {0,1,2,3}. */
#ifndef BLOCHGEN_PAULI_H
#define BLOCHGEN_PAULI_H

#include <stdint.h>
#include <stddef.h>

#define PAULI_MAX_SITES 8

typedef struct
{
    uint32_t x;
    uint32_t z;
} pauli_struct;

typedef pauli_struct pauli_t;

/* The identity string. */
static inline pauli_t pauli_identity(void)
{
    pauli_t p = {0, 0};
    return p;
}

static inline int pauli_is_identity(pauli_t p)
{
    return p.x == 0 && p.z == 0;
}

static inline int pauli_equal(pauli_t a, pauli_t b)
{
    return a.x == b.x && a.z == b.z;
}

/* Single-site factor: letter 'x', 'y' or 'z' on site (1-based). */
pauli_t pauli_site(char letter, int site);

/* a*b = i^(*phase) * result. */
pauli_t pauli_mul(int *phase, pauli_t a, pauli_t b);

/* 1 if a and b commute, 0 if they anticommute. */
int pauli_commutes(pauli_t a, pauli_t b);

/* Number of non-identity factors. */
int pauli_weight(pauli_t p);

/* Letter ('i','x','y','z') of the factor on site (1-based). */
char pauli_letter(pauli_t p, int site);

/* Dense key in [0, 4^k): x | z << k.  Used to index scratch arrays. */
static inline uint32_t pauli_key(pauli_t p, int k)
{
    return p.x | (p.z << k);
}

static inline pauli_t pauli_from_key(uint32_t key, int k)
{
    pauli_t p;
    p.x = key & ((1u << k) - 1u);
    p.z = key >> k;
    return p;
}

/* Name in the model language, e.g. "sz1*sx2"; "1" for the identity.
   sep joins factors ("*" for names, "_" for C identifiers). */
void pauli_name(char *buf, size_t size, pauli_t p, int k, const char *sep);

/* Name of a string on K clusters of k spins (spin n = (i-1)k + c is the
   cluster's spin c of cluster i): "sx1_2*sz2_1" for sigma^x of spin 1 of
   cluster 2 times sigma^z of spin 2 of cluster 1, the cluster's own names
   with the cluster as a second index.  k = 1 or K = 1 (a single cluster:
   the mean-field model's names) gives pauli_name's "sx1*sz2".  A moment
   model's variables are named so (docs/cumulants.md). */
void pauli_name_clusters(char *buf, size_t size, pauli_t p, int K, int k, const char *sep);

/* The 4^k - 1 observables of a k-site cluster in canonical order: by weight,
   then by the tuple of sites, then by letters x < y < z.  obs must hold
   4^k - 1 entries. */
void pauli_list_observables(pauli_t *obs, int k);

#endif
