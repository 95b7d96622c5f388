#define _POSIX_C_SOURCE 200809L
/* num_ode_method: every name in the lists resolves to a stepper of its
 * kind, which integrates y' = -y, y(0) = 1 to t = 1 within its tolerance
 * of exp(-1) (the independent reference); unknown names and multistep or
 * implicit methods where one-step ones are asked for are refused. */
#include <math.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include "testutil.h"
#include "num.h"

static int decay(double t, const double y[], double f[], void *p)
{
    (void) t, (void) p;
    f[0] = -y[0];
    return GSL_SUCCESS;
}

static int decay_jac(double t, const double y[], double *J, double dfdt[], void *p)
{
    (void) t, (void) y, (void) p;
    J[0] = -1, dfdt[0] = 0;
    return GSL_SUCCESS;
}

static void check_list(int kind)
{
    char names[256], *tok, *save = NULL;
    int count = 0;

    snprintf(names, sizeof names, "%s", num_ode_method_list(kind));
    for (tok = strtok_r(names, " ;()", &save); tok; tok = strtok_r(NULL, " ;()", &save))
    {
        const num_ode_method_t *e;
        gsl_odeiv2_system sys = {decay, decay_jac, 1, NULL};
        gsl_odeiv2_driver *d;
        double t = 0, y = 1;
        if (strcmp(tok, "explicit") == 0 || strcmp(tok, "implicit,") == 0 ||
            strcmp(tok, "Jacobian") == 0)
            continue;
        if ((e = num_ode_method(tok, kind)) == NULL || strcmp(e->name, tok) != 0)
            TEST_FAIL("'%s' listed but not found (kind %d)", tok, kind);
        if (kind == NUM_ODE_ONE_STEP && (!e->one_step || e->implicit))
            TEST_FAIL("'%s' is not an explicit one-step method", tok);
        d = gsl_odeiv2_driver_alloc_y_new(&sys, *e->type, 1e-3, 1e-10, 1e-10);
        if (gsl_odeiv2_driver_apply(d, &t, 1, &y) != GSL_SUCCESS || fabs(y - exp(-1)) > 1e-8)
            TEST_FAIL("'%s': y(1) = %.17g, exp(-1) = %.17g", tok, y, exp(-1));
        gsl_odeiv2_driver_free(d);
        count++;
    }
    if (count < 3)
        TEST_FAIL("only %d methods listed for kind %d", count, kind);
}

int main(void)
{
    gsl_set_error_handler_off();
    check_list(NUM_ODE_ANY);
    check_list(NUM_ODE_ONE_STEP);
    if (num_ode_method(NULL, NUM_ODE_ANY) == NULL ||
        strcmp(num_ode_method(NULL, NUM_ODE_ANY)->name, "rk8pd") != 0)
        TEST_FAIL("the default is not rk8pd");
    if (num_ode_method("msbdf", NUM_ODE_ONE_STEP) != NULL ||
        num_ode_method("msadams", NUM_ODE_ONE_STEP) != NULL)
        TEST_FAIL("a multistep method passed as one-step");
    if (num_ode_method("euler", NUM_ODE_ANY) != NULL)
        TEST_FAIL("an unknown name resolved");
    printf("t-ode_method: every listed method integrates y' = -y to 1e-8\n");
    return 0;
}
