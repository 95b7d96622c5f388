/* Eigenvalues of a small real matrix: balancing, Hessenberg reduction by
 * stabilised elimination, and the Francis double-shift QR iteration
 * (the EISPACK balanc/elmhes/hqr sequence).  No allocation, no BLAS calls:
 * at n ~ 8 it is several times faster than LAPACKE_dgeev (see bench/). */
#include <float.h>
#include <math.h>
#include "linalg.h"

#define A(i, j) a[(i) * n + (j)]

static void balance(double *a, int n)
{
    int done = 0, i, j;

    while (!done)
    {
        done = 1;
        for (i = 0; i < n; i++)
        {
            double r = 0, c = 0, f = 1, g, s;
            for (j = 0; j < n; j++)
                if (j != i)
                {
                    c += fabs(A(j, i));
                    r += fabs(A(i, j));
                }
            if (c == 0 || r == 0)
                continue;
            s = c + r;
            for (g = r / 2; c < g; c *= 4)
                f *= 2;
            for (g = r * 2; c > g; c /= 4)
                f /= 2;
            if ((c + r) / f < 0.95 * s)
            {
                done = 0;
                for (j = 0; j < n; j++)
                    A(i, j) /= f;
                for (j = 0; j < n; j++)
                    A(j, i) *= f;
            }
        }
    }
}

static void hessenberg(double *a, int n)
{
    int m, i, j;

    for (m = 1; m < n - 1; m++)
    {
        double x = 0;
        int piv = m;
        for (j = m; j < n; j++)
            if (fabs(A(j, m - 1)) > fabs(x))
            {
                x = A(j, m - 1);
                piv = j;
            }
        if (piv != m)
        {
            for (j = m - 1; j < n; j++)
            {
                double t = A(piv, j);
                A(piv, j) = A(m, j);
                A(m, j) = t;
            }
            for (j = 0; j < n; j++)
            {
                double t = A(j, piv);
                A(j, piv) = A(j, m);
                A(j, m) = t;
            }
        }
        if (x == 0)
            continue;
        for (i = m + 1; i < n; i++)
        {
            double y = A(i, m - 1);
            if (y == 0)
                continue;
            y /= x;
            A(i, m - 1) = 0;
            for (j = m; j < n; j++)
                A(i, j) -= y * A(m, j);
            for (j = 0; j < n; j++)
                A(j, m) += y * A(j, i);
        }
    }
}

/* One Francis double-shift sweep on the active block l..nn. */
static void francis_sweep(double *a, int n, int l, int nn, double x, double y, double w)
{
    double p = 0, q = 0, r = 0, s, z;
    int m, k, i, j;

    for (m = nn - 2; m >= l; m--)
    {
        z = A(m, m);
        r = x - z;
        s = y - z;
        p = (r * s - w) / A(m + 1, m) + A(m, m + 1);
        q = A(m + 1, m + 1) - z - r - s;
        r = A(m + 2, m + 1);
        s = fabs(p) + fabs(q) + fabs(r);
        p /= s;
        q /= s;
        r /= s;
        if (m == l)
            break;
        if (fabs(A(m, m - 1)) * (fabs(q) + fabs(r)) <=
            DBL_EPSILON * fabs(p) * (fabs(A(m - 1, m - 1)) + fabs(z) + fabs(A(m + 1, m + 1))))
            break;
    }
    for (i = m + 2; i <= nn; i++)
    {
        A(i, i - 2) = 0;
        if (i != m + 2)
            A(i, i - 3) = 0;
    }
    for (k = m; k <= nn - 1; k++)
    {
        if (k != m)
        {
            p = A(k, k - 1);
            q = A(k + 1, k - 1);
            r = (k != nn - 1) ? A(k + 2, k - 1) : 0;
            x = fabs(p) + fabs(q) + fabs(r);
            if (x != 0)
            {
                p /= x;
                q /= x;
                r /= x;
            }
        }
        s = copysign(sqrt(p * p + q * q + r * r), p);
        if (s == 0)
            continue;
        if (k == m)
        {
            if (l != m)
                A(k, k - 1) = -A(k, k - 1);
        }
        else
            A(k, k - 1) = -s * x;
        p += s;
        x = p / s;
        y = q / s;
        z = r / s;
        q /= p;
        r /= p;
        for (j = k; j <= nn; j++)
        {
            p = A(k, j) + q * A(k + 1, j);
            if (k != nn - 1)
            {
                p += r * A(k + 2, j);
                A(k + 2, j) -= p * z;
            }
            A(k + 1, j) -= p * y;
            A(k, j) -= p * x;
        }
        for (i = l; i <= (nn < k + 3 ? nn : k + 3); i++)
        {
            p = x * A(i, k) + y * A(i, k + 1);
            if (k != nn - 1)
            {
                p += z * A(i, k + 2);
                A(i, k + 2) -= p * r;
            }
            A(i, k + 1) -= p * q;
            A(i, k) -= p;
        }
    }
}

int linalg_eigvals_small(double *wr, double *wi, double *a, int n)
{
    double anorm = 0, t = 0;
    int nn = n - 1, its = 0, i, j, l;

    if (n < 1 || n > LINALG_SMALL_MAX)
        return -1;
    balance(a, n);
    hessenberg(a, n);
    for (i = 0; i < n; i++)
        for (j = (i > 0 ? i - 1 : 0); j < n; j++)
            anorm += fabs(A(i, j));
    while (nn >= 0)
    {
        double x, y, w;
        for (l = nn; l >= 1; l--)
        {
            double s = fabs(A(l - 1, l - 1)) + fabs(A(l, l));
            if (s == 0)
                s = anorm;
            if (fabs(A(l, l - 1)) <= DBL_EPSILON * s)
            {
                A(l, l - 1) = 0;
                break;
            }
        }
        x = A(nn, nn);
        if (l == nn)
        {
            wr[nn] = x + t;
            wi[nn] = 0;
            nn--;
            its = 0;
            continue;
        }
        y = A(nn - 1, nn - 1);
        w = A(nn, nn - 1) * A(nn - 1, nn);
        if (l == nn - 1)
        {
            double p = 0.5 * (y - x), q = p * p + w, z = sqrt(fabs(q));
            x += t;
            if (q >= 0)
            {
                z = p + copysign(z, p);
                wr[nn - 1] = wr[nn] = x + z;
                if (z != 0)
                    wr[nn] = x - w / z;
                wi[nn - 1] = wi[nn] = 0;
            }
            else
            {
                wr[nn - 1] = wr[nn] = x + p;
                wi[nn - 1] = z;
                wi[nn] = -z;
            }
            nn -= 2;
            its = 0;
            continue;
        }
        if (its == 30 * n)
            return -1;
        if (its > 0 && its % 10 == 0)
        {
            /* exceptional shift, against cycling */
            double s;
            t += x;
            for (i = 0; i <= nn; i++)
                A(i, i) -= x;
            s = fabs(A(nn, nn - 1)) + fabs(A(nn - 1, nn - 2));
            x = y = 0.75 * s;
            w = -0.4375 * s * s;
        }
        its++;
        francis_sweep(a, n, l, nn, x, y, w);
    }
    return 0;
}
