#include "num.h"

double num_grid_value(double a, double b, int n, int k)
{
    if (k == n - 1)
        return b;
    return a + k * (b - a) / (n - 1);
}
