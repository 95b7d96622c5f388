/* libFuzzer target: any bytes as a hand file checked against the
   derivation of models/pump_loss.model (built in, derived once).  The
   check must report agreement, disagreement or a file:line:col error
   (statuses 0, 1, 2) and never crash or grow without bound; sanitizers
   catch the rest.  Build: make fuzz; run (docs/generator.md, "Fuzzing"):
     build/fuzz/fuzz-hand -max_len=300000 -timeout=10 -rss_limit_mb=2048 \
         -close_fd_mask=3 tests/fuzz/corpus-hand */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static const char pump_loss[] =
    "model pump_loss\nsites 2\nparams h1 h2 lambda gup gdown\n"
    "hamiltonian -<sx1>*sx1 - h1*sz1 - <sx2>*sx2 - h2*sz2 - lambda*sx1*sx2\n"
    "jump gdown : sm1\njump gdown : sm2\njump gup : sp1\njump gup : sp2\n"
    "symmetry sz1*sz2\n";

static model_t m;
static derive_t d;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    model_error_t err;

    (void) argc;
    (void) argv;
    if (model_parse(m, "pump_loss.model", pump_loss, strlen(pump_loss), NULL, &err) != 0 ||
        derive_all(d, m) != 0)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int st = check_hand(d, "fuzz.hand", (const char *) data, size);

    if (st < 0 || st > 2)
        abort();
    return 0;
}
