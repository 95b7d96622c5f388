#include <stdio.h>
#include <stdlib.h>
#include "num.h"

char *num_shortest(char *buf, double v)
{
    for (int d = 15; d <= 17; d++)
    {
        snprintf(buf, NUM_SHORTEST_MAX, "%.*g", d, v);
        if (d == 17 || strtod(buf, NULL) == v || v != v)
            break;
    }
    return buf;
}
