/* libFuzzer target: any bytes as a model file.  Parsing must either fail
   cleanly (status 2 with a message) or produce a model whose derivation
   runs to completion; sanitizers catch the rest.  Build: make fuzz; run:
   build/fuzz/fuzz-parse tests/fuzz/corpus (new inputs are added there). */
#include <stdint.h>
#include <stddef.h>
#include "derive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    model_t m;
    derive_t d;
    model_error_t err;

    if (size > 4096)
        return 0;
    if (model_parse(m, "fuzz.model", (const char *) data, size, NULL, &err) != 0)
        return 0;
    /* keep derivations small: the fuzzer is after the parser */
    if (m->sites <= 2)
    {
        derive_all(d, m);
        derive_clear(d);
    }
    model_clear(m);
    return 0;
}
