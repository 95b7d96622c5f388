/* Library functions return a status and a message instead of printing
 * (DEVELOPERS.md, "Layers"): each failure a command reports is provoked
 * here and must come back as the documented code, with a message that
 * names the cause and its values, and nothing written to stderr by the
 * library (checked by the command scripts, which compare stderr). */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "evolve.h"

/* ---- evolve_run ---------------------------------------------------------- */

/* dx/dt = -x, or x^2 (blows up at t = 1/x0): closed forms to compare with */
static int blow;

static void rhs1(double *dxdt, const double *x, const double *p)
{
    (void) p;
    dxdt[0] = blow ? x[0] * x[0] : -x[0];
}

static void jac1(double *jac, const double *x, const double *p)
{
    (void) p;
    jac[0] = blow ? 2 * x[0] : -1;
}

static bloch_model_t one_variable(void)
{
    bloch_model_t m;

    memset(&m, 0, sizeof m);
    m.name = "one", m.nobs = 1, m.rhs = rhs1, m.jacobian = jac1;
    return m;
}

static void test_evolve(void)
{
    bloch_model_t m = one_variable();
    char msg[256];
    double x;
    int st;

    /* success: exp(-t) to the tolerance */
    blow = 0, x = 1, msg[0] = '\0';
    if ((st = evolve_run(&x, 0, 1, 0, "rk8pd", 1e-12, NULL, &m, NULL, NULL, NULL, msg,
                         sizeof msg)) != EVOLVE_OK || fabs(x - exp(-1)) > 1e-10 || msg[0])
        TEST_FAIL("evolve: status %d, x(1) = %.17g (want %.17g), msg '%s'", st, x, exp(-1), msg);
    /* an unknown method: named in the message */
    if ((st = evolve_run(&x, 0, 1, 0, "euler", 1e-10, NULL, &m, NULL, NULL, NULL, msg,
                         sizeof msg)) != EVOLVE_BAD_METHOD || strstr(msg, "'euler'") == NULL)
        TEST_FAIL("evolve euler: status %d, msg '%s'", st, msg);
    /* a blow-up, by an explicit and an implicit method: x^2 overflows at
       once from 1e200 */
    blow = 1;
    for (int k = 0; k < 2; k++)
    {
        const char *meth = k ? "msbdf" : "rk8pd";
        x = 1e200;
        st = evolve_run(&x, 0, 1, 0, meth, 1e-10, NULL, &m, NULL, NULL, NULL, msg, sizeof msg);
        if (st != EVOLVE_NOT_FINITE || strstr(msg, "blows up") == NULL || !strstr(msg, meth))
            TEST_FAIL("evolve %s blow-up: status %d, msg '%s'", meth, st, msg);
    }
    /* no buffer: the status alone */
    x = 1e200;
    if (evolve_run(&x, 0, 1, 0, "rk8pd", 1e-10, NULL, &m, NULL, NULL, NULL, NULL, 0)
        != EVOLVE_NOT_FINITE)
        TEST_FAIL("evolve without a message buffer");
    printf("evolve: EVOLVE_OK, EVOLVE_BAD_METHOD, EVOLVE_NOT_FINITE with messages\n");
}

int main(void)
{
    gsl_set_error_handler_off();
    test_evolve();
    printf("t-status: all passed\n");
    return 0;
}
