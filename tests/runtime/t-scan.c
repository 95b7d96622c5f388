/* scan_point against the full 15 x 15 spectrum (stab_spectrum: LAPACK
 * dgeev and eigenvector sectors, not the block QR) at random parameters,
 * and the scan CSV read back with strtod against the grid it was written
 * from. */
#define _POSIX_C_SOURCE 200809L
#include <gsl/gsl_errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "scan.h"
#include "stab.h"
#include "steady.h"

extern const bloch_model_t pump_loss_model;

static double uniform(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1000000;
}

/* Do modes of other frequency or sector have (nearly) the slowest mode's
   real part?  Then "the slowest frequency" depends on rounding (at gdown =
   0 both sites relax at gup / 2); such points are skipped. */
static int tied(const stab_spectrum_t *s)
{
    double tol = 1e-9 * fmax(1, fabs(s->wr[0]));
    int j;

    for (j = 1; j < s->n && s->wr[j] >= s->wr[0] - tol; j++)
        if (fabs(fabs(s->wi[j]) - s->freq) > tol * fmax(1, s->freq) ||
            s->sector[j] != s->sector[0])
            return 1;
    return 0;
}

/* The phase the full spectrum gives, or -1 where it is too close to call. */
static int expected_phase(const stab_spectrum_t *s)
{
    if (fabs(s->gap) < 1e-9 || (s->freq > 0 && s->freq < 1e-6) || tied(s))
        return -1;
    if (s->gap > 0)
        return STAB_PHASE_SYMMETRIC;
    if (s->slow_sector == STAB_EVEN)
        return STAB_PHASE_EVEN_UNSTABLE;
    return s->freq > 0 ? STAB_PHASE_OSCILLATORY : STAB_PHASE_BROKEN;
}

static void check_points(flint_rand_t st, long reps)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5], xs[15], gap, freq, *work = malloc(sizeof(double) * scan_worksize(m));
    long r, seen[SCAN_NCODES] = {0}, ties = 0;
    stab_spectrum_t s;
    unsigned char ph;

    stab_spectrum_init(&s, m);
    for (r = 0; r < reps; r++)
    {
        int want;
        if (r % 4 == 3)     /* near the Hopf region: oscillatory points */
        {
            p[0] = uniform(st, -0.5, 0.3);
            p[1] = uniform(st, 0.2, 1);
            p[2] = uniform(st, -0.5, 0.5);
            p[3] = uniform(st, 0.1, 0.5);
            p[4] = uniform(st, 0, 0.1);
        }
        else
        {
            p[0] = uniform(st, -2, 2);
            p[1] = uniform(st, -12, 12);
            p[2] = uniform(st, -2, 2);
            p[3] = uniform(st, 0.01, 3);
            p[4] = r % 3 ? uniform(st, 0, 3) : 0;
        }
        if (r % 50 == 7)    /* no dissipation: no symmetric state */
            p[3] = p[4] = 0;
        scan_point(&gap, &freq, &ph, p, m, work);
        seen[ph]++;
        if (steady_symmetric(xs, p, m) != 0)
        {
            if (ph != STAB_PHASE_NONE || !isnan(gap))
                TEST_FAIL("no symmetric state at rep %ld, yet phase %d", r, ph);
            continue;
        }
        if (stab_spectrum(&s, xs, p, m) != 0)
            TEST_FAIL("dgeev failed at rep %ld", r);
        ties += tied(&s);
        if (fabs(gap - s.gap) > 1e-9 * fmax(1, fabs(s.gap)) ||
            (!tied(&s) && fabs(freq - s.freq) > 1e-9 * fmax(1, s.freq)))
            TEST_FAIL("rep %ld p = %g %g %g %g %g: scan gap %.17g freq %.17g, dgeev %.17g %.17g",
                      r, p[0], p[1], p[2], p[3], p[4], gap, freq, s.gap, s.freq);
        want = expected_phase(&s);
        if (want >= 0 && ph != want)
            TEST_FAIL("rep %ld: phase %s, the full spectrum says %s", r, stab_phase_name(ph),
                      stab_phase_name(want));
    }
    if (seen[STAB_PHASE_SYMMETRIC] == 0 || seen[STAB_PHASE_BROKEN] == 0 ||
        seen[STAB_PHASE_OSCILLATORY] == 0 || seen[STAB_PHASE_NONE] == 0)
        TEST_FAIL("the random points missed a phase (%ld %ld %ld %ld)", seen[0], seen[1],
                  seen[2], seen[4]);
    if (ties > reps / 4)
        TEST_FAIL("%ld of %ld points have tied slowest modes: too few checked", ties, reps);
    printf("phases: %ld symmetric, %ld broken, %ld oscillatory, %ld even-unstable, %ld none; "
           "%ld tied slowest modes (frequency not compared)\n", seen[0], seen[1], seen[2],
           seen[3], seen[4], ties);
    stab_spectrum_clear(&s);
    free(work);
}

/* Reads the CSV back: every value as the grid holds it. */
static void check_csv(void)
{
    const bloch_model_t *m = &pump_loss_model;
    double p[5] = {0, 10, 0.01, 0, 0};
    num_range_t x = {0, -0.3, 1.2, 23}, y = {3, 0.01, 2.5, 17};
    scan_grid_t g;
    char *buf = NULL, line[256];
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    long k = 0;

    if (scan_grid_init(&g, &x, &y, 0, x.n) != 0 || f == NULL)
        TEST_FAIL("init");
    if (scan_rows(&g, 0, x.n, p, m, NULL, NULL) != 0 || scan_write_csv(f, &g, p, m) != 0)
        TEST_FAIL("scan");
    fclose(f);
    f = fmemopen(buf, len, "r");
    while (fgets(line, sizeof line, f) != NULL)
    {
        char *c[5], *save = NULL, *tok;
        int n = 0;
        if (line[0] == '#' || strncmp(line, "h1,gup,", 7) == 0)
            continue;
        line[strcspn(line, "\n")] = 0;
        for (tok = strtok_r(line, ",", &save); tok && n < 5; tok = strtok_r(NULL, ",", &save))
            c[n++] = tok;
        if (n != 5 || k >= g.npts)
            TEST_FAIL("CSV line %ld malformed", k);
        if (strtod(c[0], NULL) != num_range_value(&x, k / y.n) ||
            strtod(c[1], NULL) != num_range_value(&y, k % y.n) ||
            !(strtod(c[2], NULL) == g.gap[k] || (isnan(g.gap[k]) && strcmp(c[2], "nan") == 0)) ||
            !(strtod(c[3], NULL) == g.freq[k] || (isnan(g.freq[k]) && strcmp(c[3], "nan") == 0)) ||
            strcmp(c[4], stab_phase_name(g.phase[k])) != 0)
            TEST_FAIL("CSV point %ld does not read back as computed", k);
        k++;
    }
    if (k != g.npts)
        TEST_FAIL("CSV has %ld points, expected %ld", k, g.npts);
    fclose(f);
    free(buf);
    scan_grid_clear(&g);
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(3000);

    test_rand_init(st, "t-scan");
    gsl_set_error_handler_off();
    check_points(st, reps);
    check_csv();
    flint_rand_clear(st);
    printf("t-scan: %ld random points agree with the full spectrum; the CSV reads back\n", reps);
    return 0;
}
