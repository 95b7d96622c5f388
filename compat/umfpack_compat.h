/* SuiteSparse's UMFPACK (multifrontal sparse LU), opened with dlopen on
   first use.  Debian (and Fedora) put its headers under suitesparse/,
   others at the top level.  The one place that includes it.

   Why dlopen: libumfpack pulls OpenBLAS (and gfortran) into every start
   of a program that links it, about 7 ms of relocations; dtfim-exact
   answers `corr` in a few ms and opens its dense LAPACKE the same way
   (exact/lapack), so its finite-N solver (exact/piqs, on runtime/finite)
   must not link UMFPACK either.  The soname: libumfpack.so.5 (SuiteSparse
   5, Debian 12), .so.6 (SuiteSparse 7), or the development link.

   umfpack_compat() returns the table of the functions runtime/finite
   calls, or NULL (with the reason in *why) when the library is missing.
   The table is loaded once per translation unit (pthread_once); dlopen
   counts references, so every unit shares the one library. */
#ifndef BLOCHGEN_UMFPACK_COMPAT_H
#define BLOCHGEN_UMFPACK_COMPAT_H
#if defined(__has_include)
#if __has_include(<suitesparse/umfpack.h>)
#include <suitesparse/umfpack.h>
#else
#include <umfpack.h>
#endif
#else
#include <suitesparse/umfpack.h>
#endif
#include <dlfcn.h>
#include <string.h>
#include <pthread.h>
#include <stddef.h>

typedef SuiteSparse_long umf_long;

typedef struct
{
    void (*dl_defaults)(double *);
    umf_long (*dl_symbolic)(umf_long, umf_long, const umf_long *, const umf_long *,
                            const double *, void **, const double *, double *);
    umf_long (*dl_numeric)(const umf_long *, const umf_long *, const double *, void *, void **,
                           const double *, double *);
    umf_long (*dl_solve)(umf_long, const umf_long *, const umf_long *, const double *, double *,
                         const double *, void *, const double *, double *);
    /* solve with the caller's workspace Wi (n), W (n without iterative
       refinement, 5 n with it): no allocation per solve */
    umf_long (*dl_wsolve)(umf_long, const umf_long *, const umf_long *, const double *, double *,
                          const double *, void *, const double *, double *, umf_long *, double *);
    void (*dl_free_symbolic)(void **);
    void (*dl_free_numeric)(void **);
    void (*zl_defaults)(double *);
    umf_long (*zl_symbolic)(umf_long, umf_long, const umf_long *, const umf_long *,
                            const double *, const double *, void **, const double *, double *);
    umf_long (*zl_numeric)(const umf_long *, const umf_long *, const double *, const double *,
                           void *, void **, const double *, double *);
    umf_long (*zl_solve)(umf_long, const umf_long *, const umf_long *, const double *,
                         const double *, double *, double *, const double *, const double *,
                         void *, const double *, double *);
    void (*zl_free_symbolic)(void **);
    void (*zl_free_numeric)(void **);
    /* OpenBLAS's openblas_set_num_threads, when UMFPACK's BLAS is OpenBLAS
       (else NULL): finite_tune_process */
    void (*blas_threads)(int);
} umfpack_compat_t;

static umfpack_compat_t umfpack_compat_table;
static const char *umfpack_compat_why;
static pthread_once_t umfpack_compat_once = PTHREAD_ONCE_INIT;

static void umfpack_compat_load(void)
{
    static const char *so[] = {"libumfpack.so.6", "libumfpack.so.5", "libumfpack.so"};
    static const char *name[] = {
        "umfpack_dl_defaults", "umfpack_dl_symbolic", "umfpack_dl_numeric", "umfpack_dl_solve",
        "umfpack_dl_wsolve", "umfpack_dl_free_symbolic", "umfpack_dl_free_numeric",
        "umfpack_zl_defaults", "umfpack_zl_symbolic", "umfpack_zl_numeric", "umfpack_zl_solve",
        "umfpack_zl_free_symbolic", "umfpack_zl_free_numeric"};
    void *h = NULL, *sym[sizeof name / sizeof name[0]];
    size_t i;

    for (i = 0; i < sizeof so / sizeof so[0] && h == NULL; i++)
        h = dlopen(so[i], RTLD_NOW | RTLD_LOCAL);
    if (h == NULL)
    {
        umfpack_compat_why = "cannot open libumfpack.so.5 or .so.6 (install it with: apt-get "
                             "install libsuitesparse-dev)";
        return;
    }
    for (i = 0; i < sizeof name / sizeof name[0]; i++)
        if ((sym[i] = dlsym(h, name[i])) == NULL)
        {
            umfpack_compat_why = "libumfpack lacks a function blochgen calls (SuiteSparse too old)";
            return;
        }
    /* ISO C has no conversion from void * to a function pointer; POSIX
       guarantees the representation, so copy the bytes */
#define UMFPACK_COMPAT_SET(field, k) memcpy(&umfpack_compat_table.field, &sym[k], sizeof(void *))
    UMFPACK_COMPAT_SET(dl_defaults, 0);
    UMFPACK_COMPAT_SET(dl_symbolic, 1);
    UMFPACK_COMPAT_SET(dl_numeric, 2);
    UMFPACK_COMPAT_SET(dl_solve, 3);
    UMFPACK_COMPAT_SET(dl_wsolve, 4);
    UMFPACK_COMPAT_SET(dl_free_symbolic, 5);
    UMFPACK_COMPAT_SET(dl_free_numeric, 6);
    UMFPACK_COMPAT_SET(zl_defaults, 7);
    UMFPACK_COMPAT_SET(zl_symbolic, 8);
    UMFPACK_COMPAT_SET(zl_numeric, 9);
    UMFPACK_COMPAT_SET(zl_solve, 10);
    UMFPACK_COMPAT_SET(zl_free_symbolic, 11);
    UMFPACK_COMPAT_SET(zl_free_numeric, 12);
#undef UMFPACK_COMPAT_SET
    /* optional: found among libumfpack's dependencies if there */
    sym[0] = dlsym(h, "openblas_set_num_threads");
    if (sym[0] != NULL)
        memcpy(&umfpack_compat_table.blas_threads, &sym[0], sizeof(void *));
}

/* The table, or NULL and *why (when why is not NULL) = the reason. */
static inline const umfpack_compat_t *umfpack_compat(const char **why)
{
    pthread_once(&umfpack_compat_once, umfpack_compat_load);
    if (umfpack_compat_why && why)
        *why = umfpack_compat_why;
    return umfpack_compat_why ? NULL : &umfpack_compat_table;
}
#endif
