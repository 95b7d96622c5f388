/* <lapacke.h> pulls <complex.h>, whose macro I clashes with FLINT 2.9's
   headers: include this after any FLINT header, and nothing else. */
#ifndef BLOCHGEN_LAPACKE_COMPAT_H
#define BLOCHGEN_LAPACKE_COMPAT_H
#include <lapacke.h>
#undef I
#endif
