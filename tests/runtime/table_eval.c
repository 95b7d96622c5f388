/* Driver of tests/runtime/table.sh: included model file MODEL_C, model
   MODEL_SYM.  Prints rhs and the dense Jacobian at seeded random points
   (one number a line, %.17g), and the largest difference between the
   Jacobian and central finite differences of rhs on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include MODEL_C

static double uniform(unsigned long *s)
{
    *s = *s * 6364136223846793005UL + 1442695040888963407UL;
    return (double) (*s >> 11) / 9007199254740992.0;
}

int main(void)
{
    const bloch_model_t *m = &MODEL_SYM;
    long n = m->nobs, np = m->nparams, i, j, r;
    double *x = malloc(sizeof(double) * n), *p = malloc(sizeof(double) * (np + 1));
    double *f = malloc(sizeof(double) * n), *g = malloc(sizeof(double) * n);
    double *jac = malloc(sizeof(double) * n * n), worst = 0.0, scale = 0.0;
    unsigned long s = 12345;

    for (r = 0; r < 3; r++)
    {
        for (i = 0; i < np; i++)
            p[i] = 0.2 + uniform(&s);
        for (i = 0; i < np; i++)
            if (m->params[i][0] == 'N' && m->params[i][1] == '\0')
                p[i] = 7.0;
        for (i = 0; i < n; i++)
            x[i] = 2.0 * uniform(&s) - 1.0;
        m->rhs(f, x, p);
        m->jacobian(jac, x, p);
        for (i = 0; i < n; i++)
            printf("%.17g\n", f[i]);
        for (i = 0; i < n * n; i++)
            printf("%.17g\n", jac[i]);
        for (j = 0; j < n; j++)
        {
            const double h = 1e-5, xj = x[j];
            x[j] = xj + h;
            m->rhs(f, x, p);
            x[j] = xj - h;
            m->rhs(g, x, p);
            x[j] = xj;
            for (i = 0; i < n; i++)
            {
                double fd = (f[i] - g[i]) / (2 * h), e = fabs(fd - jac[i * n + j]);
                worst = e > worst ? e : worst;
                scale = fabs(jac[i * n + j]) > scale ? fabs(jac[i * n + j]) : scale;
            }
        }
    }
    fprintf(stderr, "%.3g %.3g\n", worst, scale);
    free(x); free(p); free(f); free(g); free(jac);
    return 0;
}
