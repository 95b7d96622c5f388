/* piqs_steady.c: the model of piqs.h as finite_terms (one spin per site)
 * and its steady state by finite_steady_auto. */
#include <math.h>
#include <string.h>
#include <stdlib.h>
#include "alloc.h"
#include "piqs.h"

/* r (2 x 2, row-major, re/im) = sum_t c_t sigma_t over x, y, z */
static void op(double *r, double cx_re, double cy_im, double cz_re)
{
    const int type[3] = {1, 2, 3};
    const double re[3] = {cx_re, 0, cz_re}, im[3] = {0, cy_im, 0};

    finite_op_matrix(r, 1, 3, type, re, im);
}

int piqs_steady(piqs_t s, const piqs_model_t *m)
{
    double h[8], lower[8], zz[8], imag, scale;
    finite_terms_t *t;
    int st;

    memset(s, 0, sizeof(piqs_struct));
    if (m->N < 1 || m->N > PIQS_MAX_N || finite_init(s->f, 1, (int) m->N))
        return PIQS_BAD_MODEL;
    /* the steady state of L is that of L / scale: the largest rate 1
       keeps the matrix and its LU in range (hx = 1e300 overflowed) */
    scale = fmax(fmax(fmax(fabs(m->J), fabs(m->hz)), fmax(fabs(m->hx), fabs(m->gamma))),
                 fabs(m->Gamma));
    scale = scale > 0 ? scale : 1;
    op(h, m->hx / 2 / scale, 0, m->hz / 2 / scale);      /* hx S^x + hz S^z */
    op(lower, 0.5, -0.5, 0);                              /* sigma^- = (X - iY) / 2 */
    op(zz, 0, 0, 1);                                      /* sigma^z */
    t = finite_terms_init(1);
    finite_terms_hamiltonian(t, h);
    /* J S^z S^z = J / 4 sigma^z sigma^z on every ordered pair */
    finite_terms_pair(t, m->J / 4 / scale, zz, zz);
    finite_terms_jump(t, m->gamma / scale, lower);
    finite_terms_collective(t, m->Gamma / scale, lower);
    st = finite_terms_set(s->f, &imag, t);
    finite_terms_clear(t);
    if (st)
        return PIQS_BAD_MODEL;
    s->x = blochgen_malloc(s->f->dim * sizeof(double));
    return finite_steady_auto(s->x, &s->info, s->f, "auto");
}

void piqs_clear(piqs_t s)
{
    finite_clear(s->f);
    free(s->x);
    memset(s, 0, sizeof(piqs_struct));
}
