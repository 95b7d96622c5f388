/* `scan`: gap, slowest frequency and phase of the symmetric state on an
 * x-y grid, on all cores (OpenMP) and, built with `make MPI=1`, on every
 * MPI rank; rank 0 writes the one CSV. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include "cli.h"
#include "cmdline.h"
#include "scan.h"
#include "stab.h"

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

/* "scan: N points (nx x ny) in T s (R points/s, ...); phase counts" */
static void summary(const scan_grid_t *g, double t_compute, double t_write, int ranks)
{
    long count[SCAN_NCODES];
    int threads = 1, k;

#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif
    scan_count(count, g);
    fprintf(stderr, "scan: %ld points (%d x %d) in %.3g s (%.0f points/s on %d thread%s x %d "
                    "rank%s; CSV %.3g s):",
            g->npts, g->x.n, g->y.n, t_compute, g->npts / t_compute, threads,
            threads == 1 ? "" : "s", ranks, ranks == 1 ? "" : "s", t_write);
    for (k = 0; k <= STAB_PHASE_NONE; k++)
        fprintf(stderr, "%s %ld %s", k ? "," : "", count[k], stab_phase_name(k));
    if (count[SCAN_FAILED] > 0)
        fprintf(stderr, ", %ld failed points (eigenvalues not converged, or the symmetric "
                "state out of double range; shown as none)", count[SCAN_FAILED]);
    fprintf(stderr, "\n");
}

/* Rank 0 after the grid is complete: CSV, figure, summary.  0, or
   CMDLINE_WRITE_ERROR after a message. */
static int finish(cmdline_out_t *out, const scan_grid_t *g, const cli_args_t *a,
                  const bloch_model_t *m, double t_compute, int ranks)
{
    double t0 = seconds();
    int ok = scan_write_csv(out->f, g, a->par, m) == 0, st;

    st = cmdline_out_close(out, ok);
    if (st == CMDLINE_OK && !ok)
    {
        fprintf(stderr, "%s scan: formatting the CSV failed (out of memory)\n", m->name);
        st = CMDLINE_WRITE_ERROR;
    }
    t0 = seconds() - t0;
    if (st == CMDLINE_OK && a->plot)
        scan_plot(a->plot, g, a->par, m);   /* a failed figure is a warning only */
    summary(g, t_compute, t0, ranks);
    return st;
}

int cli_cmd_scan(const cli_args_t *a, const bloch_model_t *m)
{
    scan_grid_t g = {0};
    cli_progress_t pb;
    cmdline_out_t out = {NULL, NULL, NULL};
    double t0;
    int rank, size, started, r0, r1, ok = 1, st = 1;

    if (!m->has_symmetric)
    {
        fprintf(stderr, "%s scan: the model has no closed-form symmetric state, which the scan "
                "classifies (use `%s sweep` or `%s steady` instead)\n", m->name, m->name,
                m->name);
        return 1;
    }
    scan_mpi_start(&rank, &size, &started);
    scan_mpi_share(&r0, &r1, a->x.n, rank, size);
    if (rank == 0 && (st = cmdline_out_open(&out, a->out)) != CMDLINE_OK)
        ok = 0;
    else
        st = 1;     /* until finish: no result */
    /* rank 0 holds the whole grid, the others their share */
    if (ok)
        ok = scan_grid_init(&g, &a->x, &a->y, rank == 0 ? 0 : r0, rank == 0 ? a->x.n : r1) == 0;
    if (scan_mpi_all(ok))
    {
        t0 = seconds();
        cli_progress_init(&pb, (long) (r1 - r0) * a->y.n, a->quiet || rank != 0);
        ok = scan_rows(&g, r0, r1, a->par, m, &pb) == 0;
        cli_progress_clear(&pb);
        if (scan_mpi_all(ok) && scan_mpi_gather(&g, rank, size) == 0)
            st = rank == 0 ? finish(&out, &g, a, m, seconds() - t0, size) : 0;
    }
    if (out.f != NULL)  /* failed before finish: leave no file behind */
        cmdline_out_close(&out, 0);
    scan_grid_clear(&g);
    scan_mpi_finish(started);
    return st;
}
