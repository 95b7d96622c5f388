/* phys: the smallest eigenvalue of rho(x) against closed forms.
 *  - one site (dtfim_mf): rho = (1 + x.sigma)/2 has eigenvalues
 *    (1 +- |x|)/2, so the smallest is (1 - |x|)/2 for every x;
 *  - two sites (pump_loss): for a random state x and a scale s,
 *    rho(s x) = (1 - s) 1/4 + s rho(x) has smallest eigenvalue
 *    (1 - s)/4 + s mu (s >= 0, mu that of rho(x)): scaling a state out of
 *    the set of density matrices must be caught where it starts;
 *    (also the verdict alone, phys_check without lam: a Cholesky test);
 *  - phys_random: physical, reproducible from its seed, and distributed as
 *    the Hilbert-Schmidt measure: on one qubit E|x|^2 = 3/5. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "phys.h"

extern const bloch_model_t pump_loss_model;
extern const bloch_model_t dtfim_mf_model;

static void init(phys_t *ph, const bloch_model_t *m)
{
    double p[16] = {0};
    char msg[256];

    if (phys_init(ph, m, p, msg, sizeof msg) != DM_OK)
        TEST_FAIL("phys_init(%s): %s", m->name, msg);
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(500), r;
    phys_t one, two;
    double x[16], y[16], lam, mu, sum = 0;
    int k;

    gsl_set_error_handler_off();
    test_rand_init(st, "t-phys");
    init(&one, &dtfim_mf_model);
    init(&two, &pump_loss_model);
    if (one.c.nobs != 3 || two.c.nobs != 15)
        TEST_FAIL("observable counts %d, %d", one.c.nobs, two.c.nobs);
    for (r = 0; r < reps; r++)
    {
        /* one site: any vector, inside or outside the ball */
        double nx = 0, want;
        for (k = 0; k < 3; k++)
        {
            x[k] = (double) ((slong) n_randint(st, 4001) - 2000) / 1000;
            nx += x[k] * x[k];
        }
        nx = sqrt(nx);
        want = (1 - nx) / 2;
        if (phys_min_eig(&lam, x, &one) != 0 || fabs(lam - want) > 1e-14)
            TEST_FAIL("one site |x| = %g: smallest eigenvalue %.17g, want %.17g", nx, lam, want);
        if (phys_check(NULL, x, &one) != (want >= -PHYS_TOL))
            TEST_FAIL("one site |x| = %g: verdict", nx);

        /* two sites: a random physical state, scaled */
        phys_random(x, (unsigned long) r + 1, &two);
        if (phys_check(&mu, x, &two) != 1)
            TEST_FAIL("phys_random gave an unphysical state (smallest eigenvalue %g)", mu);
        phys_random(y, (unsigned long) r + 1, &two);
        if (memcmp(x, y, sizeof(double) * 15) != 0)
            TEST_FAIL("phys_random not reproducible from its seed");
        {
            double s = (double) n_randint(st, 3001) / 1000;   /* 0 .. 3 */
            for (k = 0; k < 15; k++)
                y[k] = s * x[k];
            want = (1 - s) / 4 + s * mu;
            if (phys_min_eig(&lam, y, &two) != 0 || fabs(lam - want) > 1e-12)
                TEST_FAIL("two sites, scale %g: smallest eigenvalue %.17g, want %.17g", s, lam,
                          want);
            /* the verdict alone (a Cholesky factorisation, not the
               eigenvalues) agrees, away from rounding at the tolerance */
            if (fabs(want + PHYS_TOL) > 1e-12 &&
                phys_check(NULL, y, &two) != (want >= -PHYS_TOL))
                TEST_FAIL("two sites, scale %g: verdict %d, smallest eigenvalue %.3g", s,
                          phys_check(NULL, y, &two), want);
        }

        /* the measure on one qubit */
        phys_random(x, (unsigned long) r + 1000003, &one);
        sum += x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
    }
    /* |x|^2 = 2 Tr rho^2 - 1 and E Tr rho^2 = 2d/(d^2+1) = 4/5 for d = 2;
       the standard deviation of |x|^2 is below 0.3, so of the mean below
       0.3/sqrt(reps) */
    sum /= reps;
    if (fabs(sum - 0.6) > 5 * 0.3 / sqrt((double) reps))
        TEST_FAIL("E|x|^2 = %g over %ld random qubit states, want 3/5", sum, reps);
    /* not finite: unknown, not physical */
    x[0] = NAN;
    if (phys_check(&lam, x, &one) != -1 || !isnan(lam))
        TEST_FAIL("a NaN state judged");
    phys_clear(&one);
    phys_clear(&two);
    flint_rand_clear(st);
    printf("PASS\n");
    return 0;
}
