/* libFuzzer target: any bytes as a model file.  Parsing must either fail
   cleanly (status 2 with a message) or produce a model whose derivation
   runs to completion; sanitizers catch the rest.  No cap on the size:
   the depth, degree, term and bit limits are only reached by long inputs
   (40,000 parentheses), so run with -max_len=300000 or more.  Build: make
   fuzz; run (docs/generator.md, "Fuzzing"):
     build/fuzz/fuzz-parse -max_len=300000 -timeout=10 -rss_limit_mb=2048 \
         -close_fd_mask=3 tests/fuzz/corpus */
#include <stdint.h>
#include <stddef.h>
#include "derive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    model_t m;
    derive_t d;
    model_error_t err;

    if (model_parse(m, "fuzz.model", (const char *) data, size, NULL, &err) != 0)
        return 0;
    /* derivations of more sites are bounded by the limits too, but take
       seconds each: the fuzzer is after the parser and the 2-site exact
       steps (symmetric state, boundary) */
    if (m->sites <= 2)
    {
        derive_all(d, m);
        derive_clear(d);
    }
    model_clear(m);
    return 0;
}
