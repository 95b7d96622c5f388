# exact/: bin/dtfim-exact, the certified exact steady state of the
# dissipative transverse-field Ising model (see docs/exact.md).
# Included by the Makefile; uses its CC, CFLAGS_ALL, FLINT_LIBS, BUILD, BIN.
#
# One directory per module, one header each (exact/<m>/exact_<m>.h; piqs/
# has piqs.h).  A module is compiled with the include path of the modules
# it uses and nothing else, so a new dependency is a visible edit here:
#
#   corr      model parameters, balls, clusters, 3F0 / form factors, the correlator
#   cert      the adaptive-precision loop, certified correlator and densities
#   obs       C^xx, C^yy, g2, the distribution p_M (on corr)
#   theory    large-N potential, mean field, transitions (doubles, GSL; no FLINT)
#   blockade  certified n-bar along hz, the widths of Eq. 12
#   lapack    zgesv/zgehrd with LAPACKE opened by dlopen (no FLINT)
#   brute     the dense Liouvillian, N <= 6 (doubles)
#   piqs      the uniform-field model on runtime/finite (doubles; no FLINT)
#   qrt       two-time correlations and spectra (regression theorem), N <= 6 (doubles)
#   api       the C API of the shared library libblochgen-exact.so (exact_api.h)
#   cli       option parsing and the commands (the only module that prints results)

EXACT_BIN = $(BIN)/dtfim-exact
EXACT_MODULES = corr cert obs theory blockade lapack brute piqs qrt api cli
EXACT_SRC = $(wildcard exact/*.c $(addprefix exact/,$(addsuffix /*.c,$(EXACT_MODULES))))
EXACT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(EXACT_SRC))
EXACT_LIB_OBJ = $(filter-out $(BUILD)/exact/dtfim_exact.o,$(EXACT_OBJ))
EXACT_HDR = $(wildcard exact/*/*.h) $(COMPAT_HDR) num/num.h cmdline/cmdline.h runtime/finite/finite.h \
  runtime/bloch_model.h
EXACT_LIBS = $(FLINT_LIBS) -lgsl $(FINITE_LIBS) -lm
EXACT_TESTS = $(patsubst tests/exact/%.c,$(BUILD)/tests/exact/%,$(wildcard tests/exact/t-*.c))

# What each module uses: modules of exact/ (its own header's includes
# count) and the project's layers (compat: FLINT, LAPACKE, alloc.h; theory
# and piqs take only alloc.h from it; finite: runtime/finite, the finite-N
# solver, with the header it includes).
EXACT_USES_corr = compat
EXACT_USES_cert = compat corr
EXACT_USES_obs = compat corr
EXACT_USES_theory = compat num
EXACT_USES_blockade = compat num corr cert
EXACT_USES_lapack = compat
EXACT_USES_brute = compat corr lapack
EXACT_USES_piqs = compat finite
EXACT_USES_qrt = compat num corr lapack
EXACT_USES_api = compat corr cert obs
EXACT_USES_cli = compat cmdline finite corr cert obs theory blockade brute piqs qrt
EXACT_USES_dtfim_exact = compat cmdline corr cert theory cli
EXACT_I_compat = $(COMPAT_INC)
EXACT_I_num = $(NUM_INC)
EXACT_I_cmdline = $(CMDLINE_INC)
EXACT_I_finite = -Iruntime/finite -Iruntime
$(foreach m,$(EXACT_MODULES),$(eval EXACT_I_$(m) = -Iexact/$(m)))
# the include path of module $(1): itself and what it uses
exact_inc = $(foreach u,$(1) $(EXACT_USES_$(1)),$(EXACT_I_$(u)))
# every module: the tests and the FLINT 3 syntax check (compat.mk)
EXACT_INC = $(COMPAT_INC) $(NUM_INC) $(CMDLINE_INC) $(EXACT_I_finite) $(foreach m,$(EXACT_MODULES),$(EXACT_I_$(m)))

# `all:` in the Makefile names $(EXACT_BIN) before this file is read.
all: $(EXACT_BIN)

# $* is <module>/<file> (or dtfim_exact): the module is its first part
$(BUILD)/exact/%.o: exact/%.c $(EXACT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(call exact_inc,$(firstword $(subst /, ,$*))) -c $< -o $@

$(BUILD)/libexact.a: $(EXACT_LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(EXACT_BIN): $(BUILD)/exact/dtfim_exact.o $(BUILD)/libexact.a $(FINITE_LIB) $(NUM_LIB) $(CMDLINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(EXACT_LIBS)

$(BUILD)/tests/exact/t-%: tests/exact/t-%.c $(BUILD)/libexact.a $(FINITE_LIB) $(NUM_LIB) $(CMDLINE_LIB) $(EXACT_HDR) $(wildcard tests/exact/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(EXACT_INC) -Itests -o $@ $< $(BUILD)/libexact.a $(FINITE_LIB) $(NUM_LIB) $(CMDLINE_LIB) $(LDFLAGS_ALL) $(EXACT_LIBS)

.PHONY: exact-tests
exact-tests: $(EXACT_BIN) $(EXACT_TESTS)

# Figures of paper 003 (PNG + CSV into out/), one script per figure.
.PHONY: figures-exact
figures-exact: $(EXACT_BIN) $(BIN)/dtfim_mf
	@BIN=$(BIN) tools/figures.sh exact

# The C API (exact/api/exact_api.h) as a shared library for the Python
# package (blochgen.exact, ctypes) and users' programs: the modules it
# needs, position-independent (`make libs`, `make install`).
EXACT_SO_VERSION = 1
EXACT_SO = $(BUILD)/libblochgen-exact.so
EXACT_SO_MODULES = api corr cert obs
EXACT_SO_OBJ = $(patsubst %.c,$(BUILD)/pic/%.o,$(wildcard $(addprefix exact/,$(addsuffix /*.c,$(EXACT_SO_MODULES)))))

$(BUILD)/pic/exact/%.o: exact/%.c $(EXACT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -fPIC $(call exact_inc,$(firstword $(subst /, ,$*))) -c $< -o $@

$(EXACT_SO): $(EXACT_SO_OBJ)
	$(CC) -shared -Wl,-soname,libblochgen-exact.so.$(EXACT_SO_VERSION) $(LDFLAGS_ALL) \
	  -o $@.$(EXACT_SO_VERSION) $^ $(FLINT_LIBS) -lm
	ln -sf libblochgen-exact.so.$(EXACT_SO_VERSION) $@
