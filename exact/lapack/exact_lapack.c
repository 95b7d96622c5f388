/* exact_lapack.c: LAPACKE, loaded only when brute or piqs solve.
 * Linking liblapacke pulls OpenBLAS and gfortran into every start of
 * dtfim-exact, about 7 ms of relocations before main, which is a third
 * of a `corr` call; only these two solvers need it, so it is opened with
 * dlopen on first use (the Debian soname, liblapacke.so.3). */
#include <stdio.h>
#include <stdlib.h>
#include <dlfcn.h>
#include "exact_lapack.h"
#include "lapacke_compat.h"
#include "alloc.h"

typedef lapack_int (*zgesv_fn)(int, lapack_int, lapack_int, lapack_complex_double *,
                               lapack_int, lapack_int *, lapack_complex_double *, lapack_int);
typedef lapack_int (*zgbsv_fn)(int, lapack_int, lapack_int, lapack_int, lapack_int,
                               lapack_complex_double *, lapack_int, lapack_int *,
                               lapack_complex_double *, lapack_int);

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

int exact_zgesv(long n, double *a, double *b)
{
    zgesv_fn f;
    lapack_int *piv, info;

    /* a function pointer through void *: what POSIX specifies for dlsym */
    *(void **) &f = lapacke_sym("LAPACKE_zgesv");
    if (f == NULL)
        return EXACT_LAPACK_NOTRUN;
    piv = blochgen_malloc(sizeof(lapack_int) * n);
    info = f(LAPACK_COL_MAJOR, n, 1, (lapack_complex_double *) a, n, piv,
             (lapack_complex_double *) b, n);
    free(piv);
    return (int) info;
}

int exact_zgbsv(long n, long kl, long ku, double *ab, long ldab, double *b)
{
    zgbsv_fn f;
    lapack_int *piv, info;

    *(void **) &f = lapacke_sym("LAPACKE_zgbsv");
    if (f == NULL)
        return EXACT_LAPACK_NOTRUN;
    piv = blochgen_malloc(sizeof(lapack_int) * n);
    info = f(LAPACK_COL_MAJOR, n, kl, ku, 1, (lapack_complex_double *) ab, ldab, piv,
             (lapack_complex_double *) b, n);
    free(piv);
    return (int) info;
}
