/* SuiteSparse's KLU (sparse LU): Debian (and Fedora) put its headers under
   suitesparse/, others at the top level.  The one place that includes it. */
#ifndef BLOCHGEN_KLU_COMPAT_H
#define BLOCHGEN_KLU_COMPAT_H
#if defined(__has_include)
#if __has_include(<suitesparse/klu.h>)
#include <suitesparse/klu.h>
#else
#include <klu.h>
#endif
#else
#include <suitesparse/klu.h>
#endif
#endif
