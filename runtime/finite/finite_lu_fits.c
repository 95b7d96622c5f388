/* Whether a sparse LU fits in this machine's memory, asked between its
   symbolic analysis and its numeric factorization. */
#define _DEFAULT_SOURCE     /* _SC_PHYS_PAGES */
#include <unistd.h>
#include "finite.h"
#include "umfpack_compat.h"

int finite_lu_fits(double *need, double *have, const double *info)
{
    /* UMFPACK's estimate of the peak (symbolic and numeric objects
       together) is an upper bound: the whole process peaked at 0.33 to
       0.6 of it (dtfim_nbody: the LU at N = 100, 7.0 GB of 20.9; the
       spectrum at N = 30, 0.76 of 1.78; pump_loss_nbody's spectrum at
       N = 4, 0.71 of 1.22).  Past the physical memory Linux does not fail
       the allocations but kills the process (pump_loss_nbody's spectrum
       at N = 5, estimated 32.7 GB, took all 24 GB), so compare the bound
       with the whole physical memory rather than guess a fraction. */
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);

    *need = info[UMFPACK_PEAK_MEMORY_ESTIMATE] * info[UMFPACK_SIZE_OF_UNIT];
    *have = pages > 0 && size > 0 ? (double) pages * size : 0;
    return *have == 0 || *need <= *have;
}
