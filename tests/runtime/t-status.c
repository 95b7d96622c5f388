/* Library functions return a status and a message instead of printing
 * (DEVELOPERS.md, "Layers"): each failure a command reports is provoked
 * here and must come back as the documented code, with a message that
 * names the cause and its values, and nothing may reach stderr (it is
 * redirected to a temporary file here and must stay empty). */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include "testutil.h"
#include "dm.h"
#include "equil.h"
#include "evolve.h"
#include "plot.h"
#include "quench.h"

extern const bloch_model_t pump_loss_model;

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

/* ---- dm_ctx_init, dm_evolve ---------------------------------------------- */

static void expect(int got, int want, const char *msg, const char *needle, const char *what)
{
    if (got != want || strstr(msg, needle) == NULL)
        TEST_FAIL("%s: status %d (want %d), message '%s' (want '%s' in it)", what, got, want,
                  msg, needle);
}

static void test_dm(void)
{
    const bloch_model_t *pl = &pump_loss_model;
    bloch_model_t m = *pl;
    double p[16] = {0.5, 10, 0.01, 1, 0}, x[64] = {0};
    char msg[256];
    dm_ctx_t c;
    dm_levels_t lv;
    dm_stats_t st;

    /* older emitted code: no engine data */
    m.hamiltonian = NULL;
    expect(dm_ctx_init(&c, &m, p, msg, sizeof msg), DM_NO_ENGINE_DATA, msg, "re-emit",
           "dm_ctx_init without data");
    /* sites and observables that do not match */
    m = *pl, m.sites = pl->sites + 1;
    expect(dm_ctx_init(&c, &m, p, msg, sizeof msg), DM_BAD_MODEL, msg, "observables)",
           "dm_ctx_init inconsistent");
    /* a negative temperature, named with its value: pump_loss's h1 made the
       `thermal` parameter */
    m = *pl, m.thermal_param = 0, p[0] = -0.25;
    expect(dm_ctx_init(&c, &m, p, msg, sizeof msg), DM_BAD_TEMPERATURE, msg,
           "h1 = -0.25 must be >= 0", "dm_ctx_init T < 0");
    /* success, then dm_evolve with a method it cannot step by hand */
    p[0] = 0.5;
    expect(dm_ctx_init(&c, pl, p, msg, sizeof msg), DM_OK, "", "", "dm_ctx_init");
    dm_levels_init(&lv, &c);
    dm_stats_init(&st);
    expect(dm_evolve(x, 0, 1, 0, "msbdf", 1e-10, NULL, NULL, &st, &lv, &c, msg, sizeof msg),
           DM_FAILED, msg, "'msbdf'", "dm_evolve msbdf");
    expect(dm_evolve(x, 0, 1, 0, "rk8pd", 1e-10, NULL, NULL, &st, &lv, &c, msg, sizeof msg),
           DM_OK, "", "", "dm_evolve");
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    printf("dm: DM_NO_ENGINE_DATA, DM_BAD_MODEL, DM_BAD_TEMPERATURE, DM_FAILED with messages\n");
}

/* ---- equil, quench -------------------------------------------------------- */

static void test_equil_quench(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[16] = {0.5, 10, 0.01, 1, 0}, x[64] = {0}, resid;
    char msg[512];
    equil_ctx_t q;
    quench_t qu;

    /* pump_loss has no `thermal` statement: no equilibrium */
    expect(equil_ctx_init(&q, m, p, msg, sizeof msg), EQUIL_BAD_INPUT, msg,
           "no `thermal` statement", "equil_ctx_init");
    expect(equil_prepare(x, p, 0.001, m, msg, sizeof msg), EQUIL_BAD_INPUT, msg,
           "no `thermal` statement", "equil_prepare");
    /* the quench's preparation without dissipation: gup = gdown = 0 */
    p[3] = 0;
    expect(quench_prepare(x, &resid, p, 0.001, m, msg, sizeof msg), QUENCH_NOT_STEADY, msg,
           "give --init", "quench_prepare without dissipation");
    p[3] = 1;
    expect(quench_init(&qu, m, p, x, msg, sizeof msg), QUENCH_OK, "", "", "quench_init");
    expect(quench_run(&qu, 0, 0, NULL, NULL, msg, sizeof msg), QUENCH_BAD_INPUT, msg,
           "t1 = 0 <= 0", "quench_run t1 = 0");
    quench_clear(&qu);
    printf("equil, quench: EQUIL_BAD_INPUT, QUENCH_NOT_STEADY, QUENCH_BAD_INPUT with messages\n");
}

/* ---- plot --------------------------------------------------------------- */

static void test_plot(void)
{
    char msg[PLOT_MSG_SIZE], dir[] = "/tmp/t-status.XXXXXX", png[64];
    FILE *f;

    if (mkdtemp(dir) == NULL)
        TEST_FAIL("mkdtemp");
    /* a directory that does not exist: no script, the path in the message */
    snprintf(png, sizeof png, "%s/none/f.png", dir);
    if (plot_script_open(png, 100, 100, msg, sizeof msg) != NULL ||
        strstr(msg, "none/f.gp") == NULL)
        TEST_FAIL("plot_script_open in a missing directory: '%s'", msg);
    /* a script gnuplot rejects (or no gnuplot at all): a warning status */
    snprintf(png, sizeof png, "%s/f.png", dir);
    if ((f = plot_script_open(png, 100, 100, msg, sizeof msg)) == NULL)
        TEST_FAIL("plot_script_open: '%s'", msg);
    fprintf(f, "plot this is not gnuplot\n");
    expect(plot_script_run(f, png, msg, sizeof msg), PLOT_GNUPLOT_FAILED, msg,
           "The script is kept", "plot_script_run");
    snprintf(png, sizeof png, "%s/f.gp", dir);
    remove(png);
    snprintf(png, sizeof png, "%s/f.png", dir);
    remove(png);
    rmdir(dir);
    printf("plot: PLOT_NO_SCRIPT, PLOT_GNUPLOT_FAILED with messages\n");
}

int main(void)
{
    FILE *err = tmpfile();
    int saved = dup(2);

    gsl_set_error_handler_off();
    /* everything the library might write to fd 2 (stdio or a child) */
    if (err == NULL || saved < 0 || dup2(fileno(err), 2) < 0)
        TEST_FAIL("redirecting stderr");
    test_evolve();
    test_dm();
    test_equil_quench();
    test_plot();
    fflush(stderr);
    dup2(saved, 2);
    if (fseek(err, 0, SEEK_END) != 0 || ftell(err) != 0)
        TEST_FAIL("the library wrote %ld bytes to stderr", ftell(err));
    fclose(err);
    printf("t-status: all passed\n");
    return 0;
}
