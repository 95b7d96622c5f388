# compat/: which FLINT the compiler sees, and the flags and libraries for it.
# Included by the Makefile before anything compiles.
#
#   FLINT_PREFIX=DIR   a FLINT 3 installed under DIR (headers DIR/include/flint)
#   otherwise          the system's FLINT: `pkg-config flint` where it exists
#                      (FLINT 3 ships flint.pc), else a probe of __FLINT_RELEASE
#
# FLINT 3 is one library (-lflint); FLINT 2.9 (Debian 12) needs Arb
# (-lflint-arb) and Calcium (-lcalcium) beside it.

ifdef FLINT_PREFIX
FLINT_CFLAGS = -isystem $(FLINT_PREFIX)/include
FLINT_LDIR = -L$(FLINT_PREFIX)/lib -Wl,-rpath,$(FLINT_PREFIX)/lib
else
FLINT_PKG := $(shell pkg-config --exists flint 2>/dev/null && echo yes)
FLINT_CFLAGS := $(if $(FLINT_PKG),$(shell pkg-config --cflags flint))
FLINT_LDIR := $(if $(FLINT_PKG),$(shell pkg-config --libs-only-L flint))
endif

# __FLINT_RELEASE as the compiler sees it (e.g. 20900, 30000, 30600);
# empty when no FLINT header is found (tools/deps.sh installs one).  FLINT
# defines it as an expression, which the shell evaluates.  (Make 4.3 keeps
# the backslash of \# inside $(shell ...): hence the HASH variable.)
HASH := \#
FLINT_RELEASE := $(shell r=$$(printf '$(HASH)include <flint/flint.h>\nBLOCHGEN_RELEASE __FLINT_RELEASE\n' | \
  $(CC) $(FLINT_CFLAGS) -E -P -x c - 2>/dev/null | sed -n 's/^BLOCHGEN_RELEASE //p'); \
  [ -n "$$r" ] && echo $$(($$r)))
FLINT3 := $(shell [ "0$(FLINT_RELEASE)" -ge 30000 ] 2>/dev/null && echo yes)

ifeq ($(FLINT3),yes)
FLINT_LIBS = $(FLINT_LDIR) -lflint -lmpfr -lgmp
DEPS_FLAGS = --flint3
else
FLINT_LIBS = $(FLINT_LDIR) -lflint-arb -lcalcium -lflint -lmpfr -lgmp
DEPS_FLAGS =
endif
ifdef FLINT_PREFIX
DEPS_FLAGS = --flint-prefix
endif

COMPAT_INC = -Icompat
COMPAT_HDR = compat/flint_compat.h compat/lapacke_compat.h compat/klu_compat.h compat/alloc.h

# Errors GCC 14 makes of what GCC 12 only warns about: every build is held
# to them, so a declaration FLINT 3 moved cannot slip through.
WERROR_PORTABLE = -Werror=implicit-function-declaration -Werror=int-conversion \
  -Werror=incompatible-pointer-types

# ---- FLINT 3 checks (see DEVELOPERS.md) ------------------------------------
# `make check-flint3`: build a FLINT 3 tarball once into the cache
# (tools/flint3.sh), then all of `make test` against it in build/flint3-<v>.
# `make syntax-flint3 FLINT3_INC=DIR`: every source compiled once with
# -fsyntax-only against FLINT 3 headers (no library needed); the fast guard
# that `make check` runs (tests/flint3-syntax.sh).
SHARED_FLINT ?= ../shared/flint
FLINT3_TARBALL ?= $(SHARED_FLINT)/flint-3.6.0.tar.gz
FLINT3_NAME = $(basename $(basename $(notdir $(FLINT3_TARBALL))))

.PHONY: check-flint3 syntax-flint3
check-flint3:
	@tools/deps.sh --test >/dev/null
	@prefix=$$(tools/flint3.sh "$(FLINT3_TARBALL)") || exit $$?; \
	 echo "check-flint3: $(FLINT3_NAME) at $$prefix"; \
	 $(MAKE) --no-print-directory test FLINT_PREFIX="$$prefix" \
	   BUILD=build/$(FLINT3_NAME) BIN=build/$(FLINT3_NAME)/bin \
	   BLOCHGEN_MAKE_ARGS="FLINT_PREFIX=$$prefix BUILD=build/$(FLINT3_NAME) BIN=build/$(FLINT3_NAME)/bin"

# every C file of the project with the include path its own rule uses
SYNTAX_FLAGS = $(CSTD) -fsyntax-only $(WARN) $(WERROR_PORTABLE) -Werror=deprecated-declarations \
  -isystem $(FLINT3_INC) $(OMPFLAGS)
syntax-flint3:
	@test -n "$(FLINT3_INC)" || { echo "usage: make syntax-flint3 FLINT3_INC=DIR" >&2; exit 2; }
	@set -e; n=0; \
	 for f in $(GEN_SRC) generator/blochgen.c generator/blochgen_boundary.c $(wildcard tests/t-*.c) \
	          bench/bench-derive.c tests/fuzz/fuzz-parse.c; do \
	   $(CC) $(SYNTAX_FLAGS) $(GEN_INC) -Itests -DBLOCHGEN_TEMPLATE_DIR='"x"' $$f; n=$$((n + 1)); done; \
	 for f in $(RT_SRC) $(NUM_SRC) $(CMDLINE_SRC) $(wildcard tests/runtime/t-*.c tests/num/t-*.c bench/bench-*.c generated/*.c); do \
	   case $$f in bench/bench-derive.c) continue ;; esac; \
	   $(CC) $(SYNTAX_FLAGS) $(RT_INC) -Itests $$f; n=$$((n + 1)); done; \
	 $(CC) $(SYNTAX_FLAGS) $(RT_INC) -DBLOCH_MODEL=pump_loss runtime/model_main.c; n=$$((n + 1)); \
	 for f in $(EXACT_SRC) $(wildcard tests/exact/t-*.c); do \
	   $(CC) $(SYNTAX_FLAGS) $(EXACT_INC) -Itests $$f; n=$$((n + 1)); done; \
	 echo "syntax-flint3: $$n files compile against $(FLINT3_INC) with $(WERROR_PORTABLE)"
