/* piqs_corr.c: <sigma^+_C1 sigma^-_C2> from the symmetric Pauli moments.
 * On its a sites sigma^+ = (X + iY)/2, on its bb sites sigma^- =
 * (X - iY)/2, on its c common sites sigma^+ sigma^- = (1 + Z)/2; expanding
 * the product over the sites, a term with p of the sigma^+ sites on Y,
 * q of the sigma^- sites on Y and r of the common ones on Z has weight
 * C(a,p) C(bb,q) C(c,r) i^p (-i)^q / 2^(a+bb+c) and the symmetric moment
 * with a+bb-p-q sites X, p+q sites Y, r sites Z.  The weights sum to 1 in
 * modulus, so the moments' error bounds the correlator's. */
#include <math.h>
#include "piqs.h"

/* C(n, k) as a double (n <= PIQS_MAX_N: below 1e45) */
static double binom(long n, long k)
{
    double c = 1;
    for (long i = 1; i <= k; i++)
        c = c * (n - k + i) / i;
    return c;
}

void piqs_corr(double *re, double *im, const piqs_t s, long a, long bb, long c)
{
    const finite_struct *f = s->f;
    double scale = ldexp(1.0, (int) -(a + bb + c));
    unsigned char n[4];

    *re = *im = 0;
    for (long p = 0; p <= a; p++)
        for (long q = 0; q <= bb; q++)
        {
            /* i^p (-i)^q = (-1)^q i^(p+q) */
            long e = (p + q) % 4;
            double w = binom(a, p) * binom(bb, q) * scale * (q % 2 ? -1 : 1);
            double wre = e == 0 ? w : e == 2 ? -w : 0, wim = e == 1 ? w : e == 3 ? -w : 0;
            for (long r = 0; r <= c; r++)
            {
                double v;
                n[1] = (unsigned char) (a + bb - p - q);
                n[2] = (unsigned char) (p + q);
                n[3] = (unsigned char) r;
                n[0] = (unsigned char) (f->N - n[1] - n[2] - n[3]);
                v = binom(c, r) * s->x[finite_rank(f, n)];
                *re += wre * v;
                *im += wim * v;
            }
        }
}
