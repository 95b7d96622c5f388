/* emit_util.h: helpers shared by the emitters (internal to emit/). */
#ifndef BLOCHGEN_EMIT_UTIL_H
#define BLOCHGEN_EMIT_UTIL_H

#include "emit.h"

/* Which parameters and state variables some expressions use. */
typedef struct
{
    char *par;
    char *var;
} emit_usage_t;

void emit_usage_init(emit_usage_t *u, const derive_struct *d);
void emit_usage_clear(emit_usage_t *u);
void emit_usage_bpoly(emit_usage_t *u, const bpoly_t p, const derive_struct *d);
void emit_usage_fmpz_mpoly(emit_usage_t *u, const fmpz_mpoly_t p, const derive_struct *d);
/* the parameters of the closed-form symmetric state */
void emit_usage_symmetric(emit_usage_t *u, const derive_struct *d);

/* "    const double h1 = bg_p[0];" for the used names */
void emit_unpack(sbuf_t *b, const emit_usage_t *u, const derive_struct *d, int arb);

/* Statements adding the terms of an expression into target (Arb). */
void emit_arb_bpoly(sbuf_t *b, const char *target, const bpoly_t p, const derive_struct *d);
void emit_arb_fmpz_mpoly(sbuf_t *b, const char *target, const fmpz_mpoly_t p,
                         const derive_struct *d);

/* "    (void) bg_x;" and "    (void) bg_p;" for the ones the unpacking of
   u does not use (x: whether the function has a bg_x argument): no cast
   for an argument the code reads. */
void emit_void_unused(sbuf_t *b, const emit_usage_t *u, const derive_struct *d, int x);

/* "static RET NAME_FN(ARGS)\n{" and the unpacking of the used names */
void emit_function_header(sbuf_t *b, const derive_struct *d, const char *ret, const char *fn,
                          const char *args, const emit_usage_t *u, int arb);

/* C identifier of an observable, e.g. sz1_sx2 */
void emit_obs_ident(sbuf_t *b, const derive_struct *d, slong v);

#endif
