/* emit.h: specialised C for a derived model, filled into templates/. */
#ifndef BLOCHGEN_EMIT_H
#define BLOCHGEN_EMIT_H

#include "derive.h"
#include "output.h"

/* What emit checks before any work: DIR is a directory, and the model
   has at most the limit `sites` sites.  0, or 2 after printing why. */
int emit_check(const model_t m, const char *dir);

/* Writes DIR/<name>.c and DIR/<name>_arb.c atomically (temporary files,
   flushed and closed with every error checked, renamed at the end).
   Returns 0; 2 after printing why (a template, the directory); or
   EMIT_WRITE_ERROR if the files could not be written (nothing is left
   behind: the temporaries are removed). */
int emit_model(const derive_struct *d, const char *dir);

/* The exit status of the command line's "output could not be written". */
#define EMIT_WRITE_ERROR 4

/* Pieces, each appended to b (used by emit_model and its tests). */
void emit_rhs(sbuf_t *b, const derive_struct *d);
/* the Jacobian's pattern (compressed rows) and its values function; the
   template builds the dense Jacobian and its blocks from them */
void emit_jacobian_sparse(sbuf_t *b, const derive_struct *d);
void emit_symmetric(sbuf_t *b, const derive_struct *d);
/* Whether the double half's rhs and Jacobian values are emitted as term
   tables (a large model, emit_table.c) rather than one statement each,
   and those two tables. */
int emit_use_tables(const derive_struct *d);
void emit_rhs_table(sbuf_t *b, const derive_struct *d);
void emit_jacobian_values_table(sbuf_t *b, const derive_struct *d);
void emit_boundary(sbuf_t *b, const derive_struct *d);
void emit_metadata(sbuf_t *b, const derive_struct *d);
void emit_conserved(sbuf_t *b, const derive_struct *d);
/* the equations as exact text for runtime/elim (emit_exact.c) */
void emit_exact(sbuf_t *b, const derive_struct *d);
void emit_rhs_arb(sbuf_t *b, const derive_struct *d);
void emit_jacobian_arb(sbuf_t *b, const derive_struct *d);
void emit_symmetric_arb(sbuf_t *b, const derive_struct *d);
/* the density-matrix engine's data (emit_dm.c) */
void emit_hamiltonian(sbuf_t *b, const derive_struct *d);
void emit_jumps(sbuf_t *b, const derive_struct *d);
void emit_thermal(sbuf_t *b, const derive_struct *d);
/* a moment model's N-body statements for the finite-N solver
   (emit_nbody.c): the definitions, and the fields of the model struct;
   both empty for other models */
void emit_nbody(sbuf_t *b, const derive_struct *d);
void emit_nbody_fields(sbuf_t *b, const derive_struct *d);

/* Replaces every @KEY@ of tmpl by the matching value; unknown keys are an
   error (returns the key's offset + 1), 0 on success. */
size_t emit_fill_template(sbuf_t *out, const char *tmpl, const char *const *keys,
                          const char *const *values, int n);

#endif
