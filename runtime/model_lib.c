/* The entry points of a model's shared library (`blochgen build
 * --shared`): compiled once per model with -DBLOCH_MODEL=<name>, so that
 * a caller that does not know the name (ctypes) finds the model's tables.
 * The rest of the library is runtime/api/bloch_api.h. */
#include "bloch_api.h"

#define BLOCH_CAT2(a, b) a##b
#define BLOCH_CAT(a, b) BLOCH_CAT2(a, b)

extern const bloch_model_t BLOCH_CAT(BLOCH_MODEL, _model);
extern const bloch_model_arb_t BLOCH_CAT(BLOCH_MODEL, _model_arb);

const bloch_model_t *blochgen_model(void);
const bloch_model_arb_t *blochgen_model_arb(void);

const bloch_model_t *blochgen_model(void)
{
    return &BLOCH_CAT(BLOCH_MODEL, _model);
}

const bloch_model_arb_t *blochgen_model_arb(void)
{
    return &BLOCH_CAT(BLOCH_MODEL, _model_arb);
}
