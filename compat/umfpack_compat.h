/* SuiteSparse's UMFPACK (multifrontal sparse LU): Debian (and Fedora) put
   its headers under suitesparse/, others at the top level.  The one place
   that includes it. */
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
#endif
