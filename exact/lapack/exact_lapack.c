/* exact_lapack.c: LAPACKE, loaded only when brute or qrt solve.
 * Linking liblapacke pulls OpenBLAS and gfortran into every start of
 * dtfim-exact, about 7 ms of relocations before main, which is a third
 * of a `corr` call; only these solvers need it, so it is opened with
 * dlopen on first use (the Debian soname, liblapacke.so.3). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <dlfcn.h>
#include "exact_lapack.h"
#include "lapacke_compat.h"
#include "alloc.h"

typedef lapack_int (*zgesv_fn)(int, lapack_int, lapack_int, lapack_complex_double *,
                               lapack_int, lapack_int *, lapack_complex_double *, lapack_int);
typedef lapack_int (*zgeequ_fn)(int, lapack_int, lapack_int, const lapack_complex_double *, lapack_int,
                                double *, double *, double *, double *, double *);
typedef lapack_int (*zgecon_fn)(int, char, lapack_int, const lapack_complex_double *, lapack_int,
                                double, double *);

typedef lapack_int (*zgehrd_fn)(int, lapack_int, lapack_int, lapack_int, lapack_complex_double *,
                                lapack_int, lapack_complex_double *);
typedef lapack_int (*zunghr_fn)(int, lapack_int, lapack_int, lapack_int, lapack_complex_double *,
                                lapack_int, const lapack_complex_double *);

/* The symbol `name` of LAPACKE, or NULL after a message.  The handle is
   kept open (dlopen counts references; the library stays for the run). */
static void *lapacke_sym(const char *name)
{
    const char *so[] = {"liblapacke.so.3", "liblapacke.so"};
    void *h = NULL, *f = NULL;

    for (int i = 0; i < 2 && h == NULL; i++)
        h = dlopen(so[i], RTLD_NOW | RTLD_LOCAL);
    if (h != NULL)
        f = dlsym(h, name);
    if (f == NULL)
    {
        const char *why = dlerror();
        fprintf(stderr, "dtfim-exact: cannot load %s from liblapacke.so.3 (%s); "
                "install it with: apt-get install liblapacke\n", name, why ? why : "no reason given");
    }
    return f;
}

/* The 1-norm (largest column sum of |a_ij|) of the n columns of length
   len at stride ld (complex entries). */
static double norm1(const double *a, long n, long len, long ld)
{
    double best = 0;

    for (long j = 0; j < n; j++)
    {
        double sum = 0;
        for (long i = 0; i < len; i++)
            sum += hypot(a[2 * (i + j * ld)], a[2 * (i + j * ld) + 1]);
        if (!(sum <= best))     /* a NaN column is the norm */
            best = sum;
    }
    return best;
}

int exact_lapack_rcond_ok(double rcond, const char *who)
{
    if (rcond >= EXACT_LAPACK_RCOND_MIN)
        return 1;
    fprintf(stderr, "dtfim-exact: %s: the Liouvillian is too ill-conditioned for doubles (LAPACK's condition "
            "estimate rcond = %.2g < %.2g: fewer than 6 digits of the state would be right); its rates span "
            "too many orders of magnitude.  corr and density certify these parameters\n",
            who, rcond, EXACT_LAPACK_RCOND_MIN);
    return 0;
}

/* Equilibration (zgeequ's factors r, c): A <- diag(r) A diag(c),
   b <- diag(r) b, so the solve gives y = diag(c)^-1 x, and the condition
   estimate measures the rates rather than the scale of the rows. */
static void scale_rhs(double *b, const double *r, long n)
{
    for (long i = 0; i < n; i++)
        b[2 * i] *= r[i], b[2 * i + 1] *= r[i];
}

static void unscale(double *x, const double *c, long n)
{
    for (long j = 0; j < n; j++)
        x[2 * j] *= c[j], x[2 * j + 1] *= c[j];
}

int exact_zgesv(double *rcond, long n, double *a, double *b)
{
    zgesv_fn f;
    zgeequ_fn equ = NULL;
    zgecon_fn con = NULL;
    lapack_int *piv, info;
    double *r = NULL, *c = NULL, rowcnd, colcnd, amax, anorm = 0;
    int scaled = 0;

    /* a function pointer through void *: what POSIX specifies for dlsym */
    *(void **) &f = lapacke_sym("LAPACKE_zgesv");
    if (rcond)
    {
        *(void **) &equ = lapacke_sym("LAPACKE_zgeequ");
        *(void **) &con = lapacke_sym("LAPACKE_zgecon");
    }
    if (f == NULL || (rcond && (equ == NULL || con == NULL)))
        return EXACT_LAPACK_NOTRUN;
    if (rcond)
    {
        r = blochgen_malloc(sizeof(double) * n);
        c = blochgen_malloc(sizeof(double) * n);
        /* info > 0: a zero row or column, singular; zgesv says so */
        scaled = equ(LAPACK_COL_MAJOR, n, n, (lapack_complex_double *) a, n, r, c, &rowcnd, &colcnd, &amax) == 0;
        if (scaled)
        {
            for (long j = 0; j < n; j++)
                for (long i = 0; i < n; i++)
                    a[2 * (i + j * n)] *= r[i] * c[j], a[2 * (i + j * n) + 1] *= r[i] * c[j];
            scale_rhs(b, r, n);
        }
        anorm = norm1(a, n, n, n);
    }
    piv = blochgen_malloc(sizeof(lapack_int) * n);
    info = f(LAPACK_COL_MAJOR, n, 1, (lapack_complex_double *) a, n, piv,
             (lapack_complex_double *) b, n);
    if (rcond)
    {
        if (info != 0 || con(LAPACK_COL_MAJOR, '1', n, (lapack_complex_double *) a, n, anorm, rcond))
            *rcond = 0;     /* singular, or the estimate failed: nothing is known */
        if (scaled)
            unscale(b, c, n);
    }
    free(piv);
    free(r);
    free(c);
    return (int) info;
}

int exact_zhess(double *a, double *q, long n)
{
    zgehrd_fn hrd;
    zunghr_fn ghr;
    double *tau;
    lapack_int info;

    *(void **) &hrd = lapacke_sym("LAPACKE_zgehrd");
    *(void **) &ghr = lapacke_sym("LAPACKE_zunghr");
    if (hrd == NULL || ghr == NULL)
        return EXACT_LAPACK_NOTRUN;
    tau = blochgen_calloc(2 * (n > 1 ? n - 1 : 1), sizeof(double));
    info = hrd(LAPACK_COL_MAJOR, n, 1, n, (lapack_complex_double *) a, n, (lapack_complex_double *) tau);
    if (info == 0)
    {
        /* q gets the reflectors below the subdiagonal, then Q from them */
        for (long k = 0; k < 2 * n * n; k++)
            q[k] = a[k];
        info = ghr(LAPACK_COL_MAJOR, n, 1, n, (lapack_complex_double *) q, n, (lapack_complex_double *) tau);
        for (long j = 0; j < n; j++)
            for (long i = j + 2; i < n; i++)
                a[2 * (i + j * n)] = a[2 * (i + j * n) + 1] = 0;
    }
    free(tau);
    return (int) info;
}
