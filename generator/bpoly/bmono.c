#include <string.h>
#include "bpoly.h"

void bmono_one(bmono_t *m)
{
    memset(m, 0, sizeof(*m));
}

void bmono_var(bmono_t *m, slong var)
{
    bmono_one(m);
    m->deg = 1;
    m->var[0] = (uint16_t) var;
}

/* Lower degree first, then lexicographic on the sorted variable list. */
int bmono_cmp(const bmono_t *a, const bmono_t *b)
{
    int i;

    if (a->deg != b->deg)
        return a->deg < b->deg ? -1 : 1;
    for (i = 0; i < a->deg; i++)
        if (a->var[i] != b->var[i])
            return a->var[i] < b->var[i] ? -1 : 1;
    return 0;
}

int bmono_mul(bmono_t *r, const bmono_t *a, const bmono_t *b)
{
    bmono_t t;
    int i = 0, j = 0, n = 0;

    if (a->deg + b->deg > BMONO_MAX_DEG)
        return -1;
    bmono_one(&t);
    while (i < a->deg || j < b->deg)
    {
        if (j >= b->deg || (i < a->deg && a->var[i] <= b->var[j]))
            t.var[n++] = a->var[i++];
        else
            t.var[n++] = b->var[j++];
    }
    t.deg = (uint16_t) n;
    *r = t;
    return 0;
}

int bmono_exponent(const bmono_t *m, slong var)
{
    int i, e = 0;

    for (i = 0; i < m->deg; i++)
        e += (m->var[i] == var);
    return e;
}
