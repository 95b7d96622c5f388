# blochgen: model file -> exact derivation (generator/) -> emitted C
# (generated/, from templates/) -> solvers linked with runtime/ -> results.
#
#   make              build bin/blochgen and bin/<name> for every models/*.model
#   make run          build, then reproduce the default model's results into out/
#   make check        all tests (then again under AddressSanitizer + UBSan)
#   make bench        benchmarks (prints figures, never fails on timing)
#   make figures      Figs. 1-9 of the two-Ising paper into out/ (density-matrix engine)
#   make figures-exact  the figures of the exact-solution paper into out/
#   make figures-cumulants  cumulant orders 1-3 against dtfim-exact, and the pump-loss reentrant phase against blochgen finite (out/, docs/figures/)
#   make generated    re-emit generated/ from models/ after changing the generator
#   make model M=path/to/x.model [MODEL_OUT=dir]   build a solver for your own model
#   make model M=nbody.model ORDER=K              its order-K cumulant solver (bin/<name>_oK)
#   make FLINT_PREFIX=/opt/flint3 ...   build against a FLINT 3 under that prefix
#   make check-flint3 [FLINT3_TARBALL=...]  all tests against FLINT 3 (built once into a cache)
#   make fuzz         build the model and hand-file parser fuzz targets (clang libFuzzer)

CC ?= cc
BUILD ?= build
BIN ?= bin
OPT ?= -O2 -g
SAN ?=
DEFAULT_MODEL ?= pump_loss

# GCC 12 misreads FLINT's one-element context arrays passed through
# pointers (-Wstringop-overflow/-overread false positives); ASan agrees
# nothing is out of bounds.  Silenced where the compiler knows the flags.
NO_FALSE_POSITIVES = $(shell $(CC) -Werror -Wno-stringop-overread -E -x c /dev/null >/dev/null 2>&1 && echo -Wno-stringop-overflow -Wno-stringop-overread)
WARN = -Wall -Wextra $(NO_FALSE_POSITIVES)
CSTD = -std=c11
SANFLAGS_ON = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SANFLAGS = $(if $(SAN),$(SANFLAGS_ON))

.DEFAULT_GOAL := all
empty :=
space := $(empty) $(empty)
include compat/compat.mk

GEN_MODULES = limit pauli bpoly op model derive output emit check nbody
# (nbody sets the terms of runtime/finite, the finite-N solver's FLINT-free core)
GEN_INC = $(addprefix -Igenerator/,$(GEN_MODULES)) $(COMPAT_INC) $(CMDLINE_INC) $(NUM_INC) -Iruntime \
  -Iruntime/finite
GEN_SRC = $(foreach m,$(GEN_MODULES),$(wildcard generator/$(m)/*.c))
GEN_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(GEN_SRC))

# num/: the numerical layer every solver shares (GSL, libm; no FLINT).
NUM_SRC = $(wildcard num/*.c)
NUM_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(NUM_SRC))
NUM_INC = -Inum
NUM_LIB = $(BUILD)/libbloch_num.a

# cmdline/: what the three command lines share (exit statuses, checked
# output); linked into every program, never into a library module.
CMDLINE_SRC = $(wildcard cmdline/*.c)
CMDLINE_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(CMDLINE_SRC))
CMDLINE_INC = -Icmdline
CMDLINE_LIB = $(BUILD)/libbloch_cmdline.a

# runtime/: one directory per module (cli, linalg, steady, stab, ...).
RT_MODULES = $(patsubst runtime/%/,%,$(sort $(dir $(wildcard runtime/*/*.c))))
RT_INC = $(COMPAT_INC) $(NUM_INC) $(CMDLINE_INC) -Iruntime $(addprefix -Iruntime/,$(RT_MODULES))
RT_SRC = $(wildcard runtime/*/*.c)
# Each module's include path: what runtime/modules.mk says it uses.
include runtime/modules.mk
$(foreach m,$(RT_MODULES),$(if $(filter undefined,$(origin DEPS_$(m))),\
  $(error runtime/$(m)/ is not in runtime/modules.mk: add DEPS_$(m) = the modules it uses)))
RT_MOD_INC := $(shell tools/modules.sh runtime/modules.mk | sed 's/ = /=/' | tr '\n' ';')
$(if $(RT_MOD_INC),,$(error runtime/modules.mk: tools/modules.sh failed (see above)))
$(foreach d,$(subst ;, ,$(subst $(space),@,$(RT_MOD_INC))),$(eval $(subst @, ,$(d))))
RT_BASE_INC = $(COMPAT_INC) $(NUM_INC) -Iruntime
RT_EXTRA_cli = $(CMDLINE_INC)
RT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(RT_SRC))
RT_HDR = $(wildcard runtime/*.h runtime/*/*.h) $(COMPAT_HDR) num/num.h
RT_LIBS = -llapacke -llapack -lblas -lklu -ldl -lpthread -lamd -lcolamd -lbtf -lgsl -lm
# Threads for scans (OpenMP); `make MPI=1` splits scans across MPI ranks.
OMPFLAGS = -fopenmp
ifdef MPI
CC = mpicc
MPIFLAGS = -DBLOCHGEN_MPI
endif

MODELS = $(basename $(notdir $(wildcard models/*.model)))
SOLVERS = $(addprefix $(BIN)/,$(MODELS))

CFLAGS_ALL = $(CSTD) $(OPT) $(WARN) $(WERROR_PORTABLE) $(SANFLAGS) $(FLINT_CFLAGS) $(CFLAGS)
LDFLAGS_ALL = $(SANFLAGS) $(LDFLAGS)

.PHONY: all deps run check test bench generated model fuzz clean
.SECONDARY:
.DELETE_ON_ERROR:

all: $(BIN)/blochgen $(SOLVERS)

deps:
	@tools/deps.sh $(DEPS_FLAGS) $(if $(MPI),--mpi)

# ---- generator ----------------------------------------------------------
$(BUILD)/generator/%.o: generator/%.c $(wildcard generator/*/*.h) $(COMPAT_HDR) num/num.h runtime/finite/finite.h runtime/bloch_model.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_INC) -DBLOCHGEN_TEMPLATE_DIR='"$(CURDIR)/templates"' -c $< -o $@

$(BUILD)/libblochgen.a: $(GEN_OBJ)
	@rm -f $@
	ar rcs $@ $^

# the command line's own headers, which the rule above does not see
$(BUILD)/generator/blochgen.o $(BUILD)/generator/blochgen_boundary.o \
  $(BUILD)/generator/blochgen_build.o $(BUILD)/generator/blochgen_finite.o: generator/blochgen_cmd.h cmdline/cmdline.h

# blochgen finite solves with runtime/finite (UMFPACK, opened with dlopen by
# compat/umfpack_compat.h),
# linked from its own archive: the generator needs no other runtime module
FINITE_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard runtime/finite/*.c))
FINITE_LIB = $(BUILD)/libbloch_finite.a
FINITE_LIBS = -ldl -lpthread

$(FINITE_LIB): $(FINITE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN)/blochgen: $(BUILD)/generator/blochgen.o $(BUILD)/generator/blochgen_boundary.o \
  $(BUILD)/generator/blochgen_build.o $(BUILD)/generator/blochgen_finite.o \
  $(BUILD)/libblochgen.a $(FINITE_LIB) $(CMDLINE_LIB) $(NUM_LIB) | $(BUILD)/blochgen-build.conf
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(FLINT_LIBS) $(FINITE_LIBS) -lgsl -lm

# ---- numerics --------------------------------------------------------------
$(BUILD)/num/%.o: num/%.c num/num.h $(COMPAT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) $(NUM_INC) -c $< -o $@

$(NUM_LIB): $(NUM_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/cmdline/%.o: cmdline/%.c cmdline/cmdline.h $(COMPAT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) $(CMDLINE_INC) -c $< -o $@

$(CMDLINE_LIB): $(CMDLINE_OBJ)
	@rm -f $@
	ar rcs $@ $^

# ---- runtime and solvers -------------------------------------------------
# a module sees only the modules it declares (runtime/modules.mk)
$(BUILD)/runtime/%.o: runtime/%.c $(RT_HDR) runtime/modules.mk
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(MPIFLAGS) $(RT_BASE_INC) \
	  $(RT_INC_$(word 2,$(subst /, ,$<))) $(RT_EXTRA_$(word 2,$(subst /, ,$<))) -c $< -o $@

$(BUILD)/libbloch_runtime.a: $(RT_OBJ)
	@rm -f $@
	ar rcs $@ $^

# Built-in models: generated/ is committed; a changed model file re-emits it.
generated/%.c generated/%_arb.c: models/%.model | $(BIN)/blochgen
	$(BIN)/blochgen emit $< -o generated

# Emitted code must compile warning-free.  The double half's functions are
# long straight-line blocks with hundreds of named values live at once: at
# -O2 GCC spends half its time in the SLP vectorizer (400 MB at 4 sites),
# and variable tracking for -g costs a quarter more, for no gain in code
# without loops.  -O1 without them builds a 4-site model's double half 2-3
# times faster, and runs as fast (bench/bench-big.c).  The Arb half is
# tables and one loop (emit_arb.c), quick at any level.
# Above GEN_O0_BYTES of double half (6 sites: 8 MB) even -O1 takes over 40
# minutes and 4 GB; `make model` compiles such a half at -O0 -g0 (a minute,
# 0.9 GB; its rhs about 3 times slower).  A double half of term tables
# (emit_table.c: a large moment model) is data and one loop, compiled at
# GEN_DBL_OPT whatever its size.
GEN_O0_BYTES ?= 4000000
GEN_DBL_OPT := -O1 $(shell $(CC) -Werror -fno-tree-slp-vectorize -fno-var-tracking -E -x c /dev/null >/dev/null 2>&1 && echo -fno-tree-slp-vectorize -fno-var-tracking)
$(BUILD)/generated/%.o: generated/%.c runtime/bloch_model.h runtime/bloch_model_arb.h $(COMPAT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_DBL_OPT) -Werror $(COMPAT_INC) -Iruntime -c $< -o $@

$(BUILD)/main/%.o: runtime/model_main.c $(RT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(RT_INC) -DBLOCH_MODEL=$* -c $< -o $@

$(BIN)/%: $(BUILD)/main/%.o $(BUILD)/generated/%.o $(BUILD)/generated/%_arb.o $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) $(OMPFLAGS) -o $@ $^ $(FLINT_LIBS) $(RT_LIBS)

generated: $(BIN)/blochgen
	@for m in models/*.model; do $(BIN)/blochgen emit $$m -o generated || exit 1; done
	@echo "generated/ re-emitted from models/"

# A user's model: emitted into $(BUILD)/models/<name>/, never generated/.
# The Arb half compiles in the background beside the double half and main
# (two compilers at once).
MODEL_OUT ?= $(BIN)
model: $(BIN)/blochgen $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB)
	@test -n "$(M)" || { echo "usage: make model M=path/to/x.model [MODEL_OUT=dir]" >&2; exit 2; }
	@set -e; tmp=$$(mktemp -d $(BUILD)/emit.XXXXXX); \
	 trap 'rm -rf "$$tmp"' EXIT; \
	 $(BIN)/blochgen emit "$(M)" -o "$$tmp" $(if $(ORDER),--order $(ORDER)); \
	 name=$$(basename "$$(ls "$$tmp"/*_arb.c)" _arb.c); \
	 dir=$(BUILD)/models/$$name; mkdir -p "$$dir" "$(MODEL_OUT)"; \
	 mv "$$tmp/$$name.c" "$$tmp/$${name}_arb.c" "$$dir/"; \
	 $(CC) $(CFLAGS_ALL) -Werror $(COMPAT_INC) -Iruntime -c "$$dir/$${name}_arb.c" \
	   -o "$$dir/$${name}_arb.o" & arb=$$!; \
	 opt="$(GEN_DBL_OPT)"; grep -q '^static const bloch_dterm_t' "$$dir/$$name.c" || \
	   [ "$$(wc -c <"$$dir/$$name.c")" -le $(GEN_O0_BYTES) ] || opt="-O0 -g0"; \
	 st=0; $(CC) $(CFLAGS_ALL) $$opt -Werror $(COMPAT_INC) -Iruntime -c "$$dir/$$name.c" \
	   -o "$$dir/$$name.o" || st=$$?; \
	 [ $$st != 0 ] || $(CC) $(CFLAGS_ALL) $(OMPFLAGS) -Werror $(RT_INC) -DBLOCH_MODEL=$$name \
	   -c runtime/model_main.c -o "$$dir/main.o" || st=$$?; \
	 wait $$arb || st=$$?; [ $$st = 0 ] || exit $$st; \
	 $(CC) $(OMPFLAGS) -o "$(MODEL_OUT)/$$name" "$$dir/main.o" "$$dir/$$name.o" "$$dir/$${name}_arb.o" \
	   $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS); \
	 echo "built $(MODEL_OUT)/$$name from $(M)"

# ---- the exact module (Arb): bin/dtfim-exact, rules in exact/exact.mk ----
include exact/exact.mk

# ---- libraries for users, `blochgen build`, make install (install.mk) ----
include install.mk

# ---- the main job ----------------------------------------------------------
run: deps
	@$(MAKE) --no-print-directory all
	@tools/run.sh $(DEFAULT_MODEL)

# Figs. 1-9 of the two-Ising paper (density-matrix engine), into out/.
.PHONY: figures figures-any figures-cumulants
figures: all
	@BIN=$(BIN) tools/figures.sh dm

# The worked examples of models nobody here wrote (docs/validation.md).
figures-any: all
	@BIN=$(BIN) BUILD=$(BUILD) tools/figures.sh any

# Cumulant orders 1-3 against the exact solution, and the pump-loss model's
# reentrant phase at finite N (docs/validation.md; the latter ~55 min).
figures-cumulants: all
	@BIN=$(BIN) BUILD=$(BUILD) tools/figures.sh cumulants

# ---- tests -----------------------------------------------------------------
TEST_SRC = $(wildcard tests/t-*.c tests/runtime/t-*.c tests/num/t-*.c tests/cmdline/t-*.c)
TEST_BIN = $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC)) $(BUILD)/tests/t-dense

# runtime unit tests: linked with the runtime and the emitted pump_loss code
$(BUILD)/tests/runtime/t-%: tests/runtime/t-%.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# num/: one test per operation, against an independent method
$(BUILD)/tests/num/t-%: tests/num/t-%.c $(NUM_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) $(NUM_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) -lgsl -lm

# phys: one- and two-site models (closed forms for both)
$(BUILD)/tests/runtime/t-phys: tests/runtime/t-phys.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o $(BUILD)/generated/dtfim_mf.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# steady_find_all: also the fold test model (tests/models/), emitted here
$(BUILD)/testgen/%.c: tests/models/%.model $(BIN)/blochgen
	@mkdir -p $(dir $@)
	$(BIN)/blochgen emit $< -o $(BUILD)/testgen

$(BUILD)/testgen/%.o: $(BUILD)/testgen/%.c runtime/bloch_model.h $(COMPAT_HDR)
	$(CC) $(CFLAGS_ALL) -Werror $(COMPAT_INC) -Iruntime -c $< -o $@

$(BUILD)/tests/runtime/t-find-all: tests/runtime/t-find-all.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o $(BUILD)/testgen/fold.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# runtime/elim (steady --all): the fold model's Arb half too, for Krawczyk
$(BUILD)/testgen/%_arb.c: $(BUILD)/testgen/%.c
	@:

$(BUILD)/tests/runtime/t-elim: tests/runtime/t-elim.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o $(BUILD)/testgen/fold.o $(BUILD)/testgen/fold_arb.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# the sparse Jacobian and Newton on the one- and two-site models
$(BUILD)/tests/runtime/t-sparse: tests/runtime/t-sparse.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o $(BUILD)/generated/dtfim_mf.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# cmdline/: the option tables against command lines the test writes
$(BUILD)/tests/cmdline/t-%: tests/cmdline/t-%.c $(CMDLINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) $(CMDLINE_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) -lm

# the density-matrix engine's test also runs the thermal model's emitted data
$(BUILD)/tests/runtime/t-dm: tests/runtime/t-dm.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o $(BUILD)/generated/ising_thermal.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

$(BUILD)/tests/t-dense: tests/dense/t-dense.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(OPT) $(WARN) $(SANFLAGS) -o $@ $< -lm

# the emitted pump_loss code, double and Arb halves, tested against each other
$(BUILD)/tests/t-model: tests/t-model.c $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) -Iruntime -Itests -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) -lm

$(BUILD)/tests/t-finite: tests/t-finite.c tests/dense_lindblad.h tests/rnd_nbody.h $(BUILD)/libblochgen.a $(FINITE_LIB) $(NUM_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_INC) -Itests -o $@ $< $(BUILD)/libblochgen.a $(FINITE_LIB) $(NUM_LIB) $(LDFLAGS_ALL) $(FLINT_LIBS) $(FINITE_LIBS) -lgsl -lm

$(BUILD)/tests/t-moments: tests/dense_lindblad.h tests/rnd_nbody.h

$(BUILD)/tests/t-%: tests/t-%.c $(BUILD)/libblochgen.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_INC) -o $@ $< $(BUILD)/libblochgen.a $(LDFLAGS_ALL) $(FLINT_LIBS) -lm

# t-dense builds random models with `make model`; in the sanitizer pass
# those must be sanitized too.
test: all $(TEST_BIN) $(EXACT_TESTS)
	@BIN=$(BIN) BUILD=$(BUILD) CC="$(CC)" BLOCHGEN_MAKE_ARGS="$(BLOCHGEN_MAKE_ARGS)" tests/run.sh

check:
	@tools/deps.sh $(DEPS_FLAGS) --test $(if $(MPI),--mpi)
	@$(MAKE) --no-print-directory test
	@BLOCHGEN_SECOND_PASS=1 $(MAKE) --no-print-directory test SAN=1 BUILD=build/asan BIN=build/asan/bin OPT="-O1 -g" \
	  BLOCHGEN_MAKE_ARGS="SAN=1 BUILD=build/asan BIN=build/asan/bin OPT=-O1"

BENCH_BIN = $(addprefix $(BUILD)/bench/,bench-derive bench-rhs bench-scan bench-steady bench-qinfo)

bench: deps
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@BIN=$(BIN) BUILD=$(BUILD) FLINT_LIBS="$(FLINT_LIBS)" bench/run.sh
	@echo
	@$(BIG_ENV) BIG_KMAX=$${BIG_KMAX:-5} bench/run-big.sh

# The large clusters alone, k = BIG_KMIN..BIG_KMAX (default 2..6; `make
# bench` stops at 5: a 6-site stability takes 2 minutes of dense eigenvalues,
# so its sweep runs into BIG_TIMEOUT).
BIG_ENV = BIN=$(BIN) BUILD=$(BUILD) CC="$(CC)" MAKE="$(MAKE)" \
  BIG_CFLAGS="$(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC)" \
  BIG_LIBS="$(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)"
.PHONY: bench-big
bench-big: $(BIN)/blochgen $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB)
	@$(BIG_ENV) bench/run-big.sh

$(BUILD)/bench/bench-derive: bench/bench-derive.c $(BUILD)/libblochgen.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(GEN_INC) -o $@ $< $(BUILD)/libblochgen.a $(FLINT_LIBS) -lm

$(BUILD)/bench/bench-rhs: bench/bench-rhs.c $(BUILD)/generated/pump_loss.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(COMPAT_INC) -Iruntime -o $@ $^ -lm

# runtime benchmarks: the library plus the emitted pump_loss code
$(BUILD)/bench/bench-%: bench/bench-%.c $(BUILD)/libbloch_runtime.a $(NUM_LIB) $(CMDLINE_LIB) $(BUILD)/generated/pump_loss.o $(BUILD)/generated/pump_loss_arb.o
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(OMPFLAGS) $(RT_INC) -o $@ $^ $(LDFLAGS_ALL) $(FLINT_LIBS) $(RT_LIBS)

# ---- fuzzing (clang's libFuzzer, Debian clang + libclang-rt-dev) -----------
# the model parser and the hand-file parser (docs/generator.md, "Fuzzing")
fuzz: $(BUILD)/fuzz/fuzz-parse $(BUILD)/fuzz/fuzz-hand

$(BUILD)/fuzz/fuzz-%: tests/fuzz/fuzz-%.c $(GEN_SRC) $(wildcard generator/*/*.h)
	@mkdir -p $(dir $@)
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined $(FLINT_CFLAGS) $(GEN_INC) \
	  -o $@ $< $(GEN_SRC) $(FLINT_LIBS) -lm

# docs/api/: one page per module header (tools/apidoc.sh), committed;
# tests/check-apidoc.sh fails when a header changed and its page did not.
API_HEADERS = num/num.h cmdline/cmdline.h compat/alloc.h $(wildcard runtime/*/*.h) \
  runtime/bloch_model.h runtime/bloch_model_arb.h $(wildcard exact/*/*.h) $(wildcard generator/*/*.h)
.PHONY: apidoc apidoc-headers
apidoc-headers:
	@echo $(API_HEADERS)
apidoc:
	@rm -f docs/api/*.md
	@tools/apidoc.sh docs/api $(API_HEADERS)
	@echo "docs/api/ rewritten from $(words $(API_HEADERS)) headers"

clean:
	rm -rf build bin out
