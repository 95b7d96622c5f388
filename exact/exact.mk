# exact/: bin/dtfim-exact, the certified exact steady state of the
# dissipative transverse-field Ising model (see docs/exact.md).
# Included by the Makefile; uses its CC, CFLAGS_ALL, FLINT_LIBS, BUILD, BIN.

EXACT_BIN = $(BIN)/dtfim-exact
EXACT_SRC = $(wildcard exact/*.c exact/*/*.c)
EXACT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(EXACT_SRC))
EXACT_LIB_OBJ = $(filter-out $(BUILD)/exact/dtfim_exact.o,$(EXACT_OBJ))
EXACT_HDR = $(wildcard exact/*.h exact/*/*.h) $(COMPAT_HDR) num/num.h
EXACT_INC = $(COMPAT_INC) $(NUM_INC) $(CMDLINE_INC) -Iexact
EXACT_LIBS = $(FLINT_LIBS) -lgsl -ldl -lm
EXACT_TESTS = $(patsubst tests/exact/%.c,$(BUILD)/tests/exact/%,$(wildcard tests/exact/t-*.c))

# `all:` in the Makefile names $(EXACT_BIN) before this file is read.
all: $(EXACT_BIN)

$(BUILD)/exact/%.o: exact/%.c $(EXACT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(EXACT_INC) -c $< -o $@

$(BUILD)/libexact.a: $(EXACT_LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(EXACT_BIN): $(BUILD)/exact/dtfim_exact.o $(BUILD)/libexact.a $(NUM_LIB) $(CMDLINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(EXACT_LIBS)

$(BUILD)/tests/exact/t-%: tests/exact/t-%.c $(BUILD)/libexact.a $(NUM_LIB) $(CMDLINE_LIB) $(EXACT_HDR) $(wildcard tests/exact/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(EXACT_INC) -Itests -o $@ $< $(BUILD)/libexact.a $(NUM_LIB) $(CMDLINE_LIB) $(LDFLAGS_ALL) $(EXACT_LIBS)

.PHONY: exact-tests
exact-tests: $(EXACT_BIN) $(EXACT_TESTS)

# Figures of paper 003 (PNG + CSV into out/), one script per figure.
.PHONY: figures-exact
figures-exact: $(EXACT_BIN) $(BIN)/dtfim_mf
	@BIN=$(BIN) tools/figures.sh exact
