#include <string.h>
#include "limit.h"

/* Defaults: about ten times what the largest real model needs, and low
   enough that the worst input stays within seconds and a few hundred
   megabytes (docs/generator.md, "Limits", has the figures). */
static const struct
{
    const char *name;
    slong value;
    const char *what;
} table[LIMIT_COUNT] = {
    {"depth", 1000, "nesting of parentheses and signs in one expression"},
    {"degree", 256, "total degree in the parameters of one polynomial"},
    {"terms", 1000000, "terms of one polynomial (a product is checked before it is formed)"},
    {"bits", 65536, "bits of one coefficient"},
    {"equations", 1000000, "terms of the equations of motion and the Jacobian together"},
    {"sites", 6, "sites of a model whose C code emit writes (4^sites - 1 equations)"},
    {"root-bits", 2048, "coefficient bits of a polynomial whose real roots boundary isolates"},
};

void limit_init(limit_t L)
{
    int k;

    memset(L, 0, sizeof(*L));
    for (k = 0; k < LIMIT_COUNT; k++)
        L->max[k] = table[k].value;
}

const char *limit_name(limit_id id)
{
    return table[id].name;
}

const char *limit_what(limit_id id)
{
    return table[id].what;
}

slong limit_default(limit_id id)
{
    return table[id].value;
}
