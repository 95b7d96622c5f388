#include <stdio.h>
#include <string.h>
#include "pauli.h"

pauli_t pauli_site(char letter, int site)
{
    pauli_t p = {0, 0};
    uint32_t bit = 1u << (site - 1);

    if (letter == 'x' || letter == 'y')
        p.x = bit;
    if (letter == 'z' || letter == 'y')
        p.z = bit;
    return p;
}

char pauli_letter(pauli_t p, int site)
{
    int x = (p.x >> (site - 1)) & 1, z = (p.z >> (site - 1)) & 1;

    return x ? (z ? 'y' : 'x') : (z ? 'z' : 'i');
}

void pauli_name(char *buf, size_t size, pauli_t p, int k, const char *sep)
{
    size_t len = 0;
    int n;

    buf[0] = '\0';
    if (pauli_is_identity(p))
    {
        snprintf(buf, size, "1");
        return;
    }
    for (n = 1; n <= k; n++)
    {
        char c = pauli_letter(p, n);
        if (c == 'i')
            continue;
        len += snprintf(buf + len, size > len ? size - len : 0, "%ss%c%d",
                        len ? sep : "", c, n);
    }
}

void pauli_name_clusters(char *buf, size_t size, pauli_t p, int K, int k, const char *sep)
{
    size_t len = 0;
    int n;

    if (k <= 1 || K <= 1 || pauli_is_identity(p))
    {
        pauli_name(buf, size, p, K * k, sep);
        return;
    }
    buf[0] = '\0';
    for (n = 1; n <= K * k; n++)
    {
        char c = pauli_letter(p, n);
        if (c == 'i')
            continue;
        len += snprintf(buf + len, size > len ? size - len : 0, "%ss%c%d_%d",
                        len ? sep : "", c, (n - 1) % k + 1, (n - 1) / k + 1);
    }
}
