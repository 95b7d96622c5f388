#include <string.h>
#include "num.h"

static const num_ode_method_t methods[] = {
    {"rk8pd", &gsl_odeiv2_step_rk8pd, 0, 1},   {"rkf45", &gsl_odeiv2_step_rkf45, 0, 1},
    {"rkck", &gsl_odeiv2_step_rkck, 0, 1},     {"msadams", &gsl_odeiv2_step_msadams, 0, 0},
    {"rk4imp", &gsl_odeiv2_step_rk4imp, 1, 0}, {"bsimp", &gsl_odeiv2_step_bsimp, 1, 0},
    {"msbdf", &gsl_odeiv2_step_msbdf, 1, 0},   {NULL, NULL, 0, 0}};

const num_ode_method_t *num_ode_method(const char *name, int kind)
{
    for (int k = 0; methods[k].name; k++)
        if (strcmp(methods[k].name, name ? name : "rk8pd") == 0)
            return kind == NUM_ODE_ONE_STEP && !methods[k].one_step ? NULL : methods + k;
    return NULL;
}

const char *num_ode_method_list(int kind)
{
    return kind == NUM_ODE_ONE_STEP
               ? "rk8pd rkf45 rkck"
               : "rk8pd rkf45 rkck msadams (explicit); rk4imp bsimp msbdf (implicit, Jacobian)";
}
