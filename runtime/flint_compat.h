/* flint_compat.h: the one place that includes FLINT, Arb and fmpz_mpoly_q.
 *
 * Debian 12 ships FLINT 2.9 (headers in <flint/...>), Arb 2.23 at top level
 * (<arb.h>) and Calcium (<calcium/fmpz_mpoly_q.h>).  FLINT 3 merged both
 * into one library with all headers under <flint/>.  Build with
 * -DBLOCHGEN_FLINT3 (the Makefile sets it for FLINT_PREFIX=DIR) to select
 * the FLINT 3 layout; the release check below catches a mismatch.
 *
 * Include this before <lapacke.h>: <complex.h> defines I, which breaks
 * FLINT 2.9's mpoly.h. */
#ifndef BLOCHGEN_FLINT_COMPAT_H
#define BLOCHGEN_FLINT_COMPAT_H

#include <flint/flint.h>

#if __FLINT_RELEASE >= 30000
#ifndef BLOCHGEN_FLINT3
#define BLOCHGEN_FLINT3 1
#endif
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpz_mpoly.h>
#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_mpoly_factor.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>
#include <flint/fmpz_mpoly_q.h>
#include <flint/arb.h>
#include <flint/acb.h>
#include <flint/arb_mat.h>
#include <flint/acb_mat.h>
#include <flint/arb_fmpz_poly.h>
#include <flint/acb_hypgeom.h>
#else
#include <flint/fmpz.h>
#include <flint/fmpq.h>
#include <flint/fmpz_vec.h>
#include <flint/fmpz_mpoly.h>
#include <flint/fmpq_mpoly.h>
#include <flint/fmpz_mpoly_factor.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>
#include <calcium/fmpz_mpoly_q.h>
#include <arb.h>
#include <acb.h>
#include <arb_mat.h>
#include <acb_mat.h>
#include <arb_fmpz_poly.h>
#include <acb_hypgeom.h>
#endif

#endif
