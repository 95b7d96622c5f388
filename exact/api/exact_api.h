/* exact_api.h: a small, stable C API over the certified exact steady state
 * of the dissipative transverse-field Ising model (exact_corr.h), for
 * callers that are not C programs (the Python package's blochgen.exact,
 * through ctypes) and for a user's own C program: the shared library
 * libblochgen-exact.so (`make libs`, `make install`; pkg-config
 * blochgen-exact).  This header needs nothing but <stddef.h>.
 *
 * The model is given as dtfim-exact takes it: numbers as strings (a
 * decimal or p/q), read exactly, so a result is certified for exactly the
 * numbers written (0.2 and 1/5 alike).  Each function fills k certified
 * real values in two forms:
 *   mid[i], rad[i]  doubles with |true value - mid[i]| <= rad[i] (rad is
 *                   rounded up and covers the rounding of Arb's midpoint
 *                   to a double);
 *   str             (nstr bytes, always terminated; NULL with nstr = 0)
 *                   the k values separated by single spaces as dtfim-exact
 *                   prints them: `digits` significant digits certified by
 *                   the adaptive precision loop, "0" for an exact zero.
 * Statuses are dtfim-exact's exit statuses: EXACT_API_OK,
 * EXACT_API_BAD_INPUT (msg names the argument, as the option of the same
 * name), EXACT_API_NO_CONVERGENCE (not certifiable below the precision
 * cap).  msg (n bytes; NULL with n = 0) holds the message, "" on success.
 * Nothing prints, nothing exits, nothing is global; the functions may be
 * called from several threads with different buffers. */
#ifndef BLOCHGEN_EXACT_API_H
#define BLOCHGEN_EXACT_API_H

#include <stddef.h>

/* Bumped when a signature below changes (additions keep it). */
#define EXACT_API_VERSION 1
int exact_api_version(void);

enum
{
    EXACT_API_OK = 0,
    EXACT_API_BAD_INPUT = 2,
    EXACT_API_NO_CONVERGENCE = 3
};

/* The model (the options of dtfim-exact of the same names). */
typedef struct
{
    long N;                 /* sites, >= 1 */
    const char *J, *hz, *gamma;
    const char *Gamma;      /* collective decay; NULL: 0 */
    const char *hx;         /* one value (uniform) or N, comma-separated */
    long digits;            /* significant digits to certify; 0: 15 */
    long max_prec;          /* working-precision cap, bits; 0: 65536 */
} exact_api_model_t;

/* <sigma^+_C1 sigma^-_C2> (`dtfim-exact corr`): k = 2 values, the real and
   the imaginary part.  plus, minus: 1-based sites "i,j,..." (NULL or "":
   none). */
int exact_api_corr(double *mid, double *rad, char *str, size_t nstr,
                   const exact_api_model_t *m, const char *plus, const char *minus,
                   char *msg, size_t n);

/* Single-site observables of site (1-based) (`dtfim-exact density`, one
   row): k = 4 values n = <sigma^+ sigma^->, <sigma^z>, <sigma^x>,
   <sigma^y>. */
int exact_api_density(double *mid, double *rad, char *str, size_t nstr,
                      const exact_api_model_t *m, long site, char *msg, size_t n);

/* A two-site observable of sites i != j (1-based) (`dtfim-exact xx`, `yy`,
   `g2 --sites i,j`): k = 1 value. */
enum
{
    EXACT_API_XX = 0,       /* C^xx = <sigma^x_i sigma^x_j> */
    EXACT_API_YY = 1,       /* C^yy = <sigma^y_i sigma^y_j> */
    EXACT_API_G2 = 2        /* g2_ij = <n_i n_j> / (n_i n_j) - 1 (Eq. S61) */
};
int exact_api_pair(double *mid, double *rad, char *str, size_t nstr, int which,
                   const exact_api_model_t *m, long i, long j, char *msg, size_t n);

#endif
