/* The scan across MPI ranks: contiguous blocks of rows, gathered into
 * rank 0's grid.  Without -DBLOCHGEN_MPI there is one rank and these are
 * trivial, so the solver builds and runs unchanged. */
#include <stdlib.h>
#include "alloc.h"
#include "scan.h"
#ifdef BLOCHGEN_MPI
#include <mpi.h>
#endif

void scan_mpi_start(int *rank, int *size, int *started)
{
    *rank = 0;
    *size = 1;
    *started = 0;
#ifdef BLOCHGEN_MPI
    {
        int init, provided;
        MPI_Initialized(&init);
        if (!init)
        {
            /* OpenMP threads inside, MPI calls from the main thread only */
            MPI_Init_thread(NULL, NULL, MPI_THREAD_FUNNELED, &provided);
            *started = 1;
        }
        MPI_Comm_rank(MPI_COMM_WORLD, rank);
        MPI_Comm_size(MPI_COMM_WORLD, size);
    }
#endif
}

void scan_mpi_finish(int started)
{
#ifdef BLOCHGEN_MPI
    if (started)
        MPI_Finalize();
#else
    (void) started;
#endif
}

int scan_mpi_all(int flag)
{
    flag = flag != 0;
#ifdef BLOCHGEN_MPI
    MPI_Allreduce(MPI_IN_PLACE, &flag, 1, MPI_INT, MPI_LAND, MPI_COMM_WORLD);
#endif
    return flag;
}

void scan_mpi_share(int *r0, int *r1, int nrows, int rank, int size)
{
    *r0 = (int) ((long long) nrows * rank / size);
    *r1 = (int) ((long long) nrows * (rank + 1) / size);
}

#ifdef BLOCHGEN_MPI
/* Gathers one array of rows (rank 0: all of them, others: their share);
   a row is one element of type `row`, so the counts stay ints. */
static int gather(void *buf, MPI_Datatype row, int rank, int size, int nrows)
{
    int *counts = blochgen_malloc(sizeof(int) * 2 * size), *displs = counts + size, r, st, r0, r1;

    for (r = 0; r < size; r++)
    {
        scan_mpi_share(&r0, &r1, nrows, r, size);
        counts[r] = r1 - r0;
        displs[r] = r0;
    }
    /* rank 0's own rows are already in place */
    st = MPI_Gatherv(rank == 0 ? MPI_IN_PLACE : buf, counts[rank], row, buf, counts, displs,
                     row, 0, MPI_COMM_WORLD);
    free(counts);
    return st == MPI_SUCCESS ? 0 : -1;
}
#endif

int scan_mpi_gather(scan_grid_t *g, int rank, int size)
{
#ifdef BLOCHGEN_MPI
    MPI_Datatype drow, crow;
    int st;

    if (size == 1)
        return 0;
    MPI_Type_contiguous(g->y.n, MPI_DOUBLE, &drow);
    MPI_Type_contiguous(g->y.n, MPI_UNSIGNED_CHAR, &crow);
    MPI_Type_commit(&drow);
    MPI_Type_commit(&crow);
    st = gather(g->gap, drow, rank, size, g->x.n);
    st |= gather(g->freq, drow, rank, size, g->x.n);
    st |= gather(g->phase, crow, rank, size, g->x.n);
    if (g->attr)
    {
        st |= gather(g->nstable, crow, rank, size, g->x.n);
        st |= gather(g->cls, crow, rank, size, g->x.n);
    }
    MPI_Type_free(&drow);
    MPI_Type_free(&crow);
    return st != 0 ? -1 : 0;
#else
    (void) g, (void) rank, (void) size;
    return 0;
#endif
}
