/* dense_lindblad.h: the full N-site Lindblad equation with dense 2^N x 2^N
 * complex matrices (2^N spins: sites of two spins are spin pairs), for tests (t-moments, t-finite) that check the
 * symmetric-moment methods against it.  Define DENSE_MAXD (the largest
 * matrix size) before including; include after the FLINT headers
 * (<complex.h>'s I). */
#ifndef BLOCHGEN_TEST_DENSE_LINDBLAD_H
#define BLOCHGEN_TEST_DENSE_LINDBLAD_H

#include <string.h>
#include <complex.h>

#ifndef DENSE_MAXD
#define DENSE_MAXD 8
#endif


typedef double complex cplx;
typedef struct { int n; cplx a[DENSE_MAXD * DENSE_MAXD]; } mat;

static inline void mat_zero(mat *m, int n) { m->n = n; memset(m->a, 0, sizeof m->a); }

static inline void mat_mul(mat *r, const mat *x, const mat *y)
{
    int n = x->n, i, j, k;
    mat t;
    mat_zero(&t, n);
    for (i = 0; i < n; i++)
        for (k = 0; k < n; k++)
            if (x->a[i * n + k] != 0)
                for (j = 0; j < n; j++)
                    t.a[i * n + j] += x->a[i * n + k] * y->a[k * n + j];
    *r = t;
}

static inline void mat_axpy(mat *r, cplx s, const mat *x)
{
    int i;
    for (i = 0; i < x->n * x->n; i++)
        r->a[i] += s * x->a[i];
}

static inline void mat_dag(mat *r, const mat *x)
{
    int n = x->n, i, j;
    mat t;
    t.n = n;
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            t.a[i * n + j] = conj(x->a[j * n + i]);
    *r = t;
}

/* the 2x2 matrix s placed on site j (0-based) of N sites: bit N-1-j of the index */
static inline void site_op(mat *r, const cplx s[4], int j, int N)
{
    int n = 1 << N, a, b, bit = N - 1 - j;
    mat_zero(r, n);
    for (a = 0; a < n; a++)
        for (b = 0; b < n; b++)
            if ((a & ~(1 << bit)) == (b & ~(1 << bit)))
                r->a[a * n + b] = s[((a >> bit) & 1) * 2 + ((b >> bit) & 1)];
}

/* basis (up, down) = index 0, 1 */
static const cplx SX[4] = {0, 1, 1, 0}, SY[4] = {0, -I, I, 0}, SZ[4] = {1, 0, 0, -1},
                  SP[4] = {0, 1, 0, 0}, SM[4] = {0, 0, 1, 0};

typedef struct
{
    int N, njumps;
    mat H, L[16];
    double rate[16];
} lindblad;

static inline void lind_apply(mat *d, const lindblad *l, const mat *rho)
{
    mat t, u, ld;
    int k;
    mat_mul(&t, &l->H, rho);
    mat_mul(&u, rho, &l->H);
    mat_zero(d, rho->n);
    mat_axpy(d, -I, &t);
    mat_axpy(d, I, &u);
    for (k = 0; k < l->njumps; k++)
    {
        mat_dag(&ld, l->L + k);
        mat_mul(&t, l->L + k, rho);
        mat_mul(&t, &t, &ld);
        mat_axpy(d, l->rate[k], &t);
        mat_mul(&u, &ld, l->L + k);
        mat_mul(&t, &u, rho);
        mat_axpy(d, -0.5 * l->rate[k], &t);
        mat_mul(&t, rho, &u);
        mat_axpy(d, -0.5 * l->rate[k], &t);
    }
}

/* rho <- one classical RK4 step of length dt of d rho/dt = L(rho). */
static inline void lind_rk4_step(mat *rho, const lindblad *l, double dt)
{
    mat k1, k2, k3, k4, tmp;
    lind_apply(&k1, l, rho);
    tmp = *rho, mat_axpy(&tmp, dt / 2, &k1), lind_apply(&k2, l, &tmp);
    tmp = *rho, mat_axpy(&tmp, dt / 2, &k2), lind_apply(&k3, l, &tmp);
    tmp = *rho, mat_axpy(&tmp, dt, &k3), lind_apply(&k4, l, &tmp);
    mat_axpy(rho, dt / 6, &k1), mat_axpy(rho, dt / 3, &k2);
    mat_axpy(rho, dt / 3, &k3), mat_axpy(rho, dt / 6, &k4);
}

static inline const cplx *pauli_mat(char c)
{
    return c == 'x' ? SX : c == 'y' ? SY : SZ;
}

/* d = L(rho) for Hermitian rho with products whose left factor is sparse
   (the operators): rho H = (H rho)^dag, L rho L^dag = L (L rho)^dag,
   rho L^dag L = (L^dag L rho)^dag; u[k] = L_k^dag L_k. */
static inline void lind_apply_herm(mat *d, const lindblad *l, const mat *u, const mat *rho)
{
    mat t, td;
    int k;

    mat_mul(&t, &l->H, rho);
    mat_dag(&td, &t);
    mat_zero(d, rho->n);
    mat_axpy(d, -I, &t);
    mat_axpy(d, I, &td);
    for (k = 0; k < l->njumps; k++)
    {
        mat_mul(&t, l->L + k, rho);
        mat_dag(&td, &t);
        mat_mul(&t, l->L + k, &td);
        mat_axpy(d, l->rate[k], &t);
        mat_mul(&t, u + k, rho);
        mat_dag(&td, &t);
        mat_axpy(d, -0.5 * l->rate[k], &t);
        mat_axpy(d, -0.5 * l->rate[k], &td);
    }
}

/* rho <- one classical RK4 step of length dt with lind_apply_herm (u as
   there) */
static inline void lind_rk4_step_herm(mat *rho, const lindblad *l, const mat *u, double dt)
{
    static mat k1, k2, k3, k4, tmp;

    lind_apply_herm(&k1, l, u, rho);
    tmp = *rho, mat_axpy(&tmp, dt / 2, &k1), lind_apply_herm(&k2, l, u, &tmp);
    tmp = *rho, mat_axpy(&tmp, dt / 2, &k2), lind_apply_herm(&k3, l, u, &tmp);
    tmp = *rho, mat_axpy(&tmp, dt, &k3), lind_apply_herm(&k4, l, u, &tmp);
    mat_axpy(rho, dt / 6, &k1), mat_axpy(rho, dt / 3, &k2);
    mat_axpy(rho, dt / 3, &k3), mat_axpy(rho, dt / 6, &k4);
}

/* Tr(P rho) for the Pauli string P with x-or-y mask xm, z-or-y mask zm
   and ny y's (bit S-1-s of the index is spin s, up = 0):
   P |m> = i^ny (-1)^|m & zm| |m ^ xm>, so
   Tr(P rho) = sum_m i^ny (-1)^|m & zm| rho[m, m ^ xm]. */
static inline double dense_pauli_trace(const mat *rho, unsigned xm, unsigned zm, int ny)
{
    int n = rho->n, m;
    cplx t = 0, ph;

    for (m = 0; m < n; m++)
        t += (__builtin_popcount((unsigned) m & zm) & 1 ? -1.0 : 1.0) * rho->a[m * n + (m ^ xm)];
    ph = ny % 4 == 0 ? 1 : ny % 4 == 1 ? I : ny % 4 == 2 ? -1 : -I;
    return creal(ph * t);
}

#endif
