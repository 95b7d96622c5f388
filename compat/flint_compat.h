/* flint_compat.h: the one place that includes FLINT, Arb and fmpz_mpoly_q.
 *
 * Debian 12 ships FLINT 2.9 (headers in <flint/...>), Arb 2.23 at top level
 * (<arb.h>) and Calcium (<calcium/fmpz_mpoly_q.h>).  FLINT 3 merged all
 * three into one library with every header under <flint/>, and moved some
 * declarations (fmpq_vec, fmpq_poly, arb_poly) out of the headers that used
 * to pull them in: every header whose names the code uses is included here
 * explicitly, for both layouts.  The layout is chosen by __FLINT_RELEASE,
 * so no build flag can pick the wrong one.
 *
 * Include this before <lapacke.h>: <complex.h> defines I, which breaks
 * FLINT 2.9's mpoly.h. */
#ifndef BLOCHGEN_FLINT_COMPAT_H
#define BLOCHGEN_FLINT_COMPAT_H

#include <flint/flint.h>

#if __FLINT_RELEASE >= 30000
#define BLOCHGEN_FLINT3 1
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpq_vec.h>
#include <flint/fmpz_mpoly.h>
#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_mpoly_factor.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly_factor.h>
#include <flint/fmpz_mpoly_q.h>
#include <flint/ulong_extras.h>
#include <flint/nmod.h>
#include <flint/nmod_vec.h>
#include <flint/nmod_mat.h>
#include <flint/arb.h>
#include <flint/acb.h>
#include <flint/arb_poly.h>
#include <flint/arb_mat.h>
#include <flint/acb_mat.h>
#include <flint/arb_fmpz_poly.h>
#include <flint/acb_hypgeom.h>
#else
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpq_vec.h>
#include <flint/fmpz_mpoly.h>
#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_mpoly_factor.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly_factor.h>
#include <calcium/fmpz_mpoly_q.h>
#include <flint/ulong_extras.h>
#include <flint/nmod_mat.h>
#include <arb.h>
#include <acb.h>
#include <arb_poly.h>
#include <arb_mat.h>
#include <acb_mat.h>
#include <arb_fmpz_poly.h>
#include <acb_hypgeom.h>
#endif

/* FLINT 3.2 renamed the random-state functions and deprecated the old
   names; older releases have only the old ones. */
#if __FLINT_RELEASE < 30200
#define flint_rand_init(state) flint_randinit(state)
#define flint_rand_clear(state) flint_randclear(state)
#define flint_rand_set_seed(state, s1, s2) flint_randseed(state, s1, s2)
#endif

#endif
