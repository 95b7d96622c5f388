# install.mk (included by the Makefile): the runtime as libraries for users,
# `blochgen build`'s configuration, and `make install` (docs/install.md).
#
#   make install [PREFIX=/usr/local] [DESTDIR=]   blochgen, dtfim-exact, the
#       runtime (static and shared) with its headers, templates,
#       blochgen-runtime.pc, build.conf, man pages
#   make libs         the two runtime libraries in $(BUILD)/ (the Python package
#                     loads models linked with the shared one) and the exact
#                     module's libblochgen-exact.so (blochgen.exact loads it)

PREFIX ?= /usr/local
DESTDIR ?=
RUNTIME_SOVERSION = 1
RUNTIME_A = $(BUILD)/libblochgen-runtime.a
RUNTIME_SO = $(BUILD)/libblochgen-runtime.so
# position-independent objects for the shared library, apart from the others
PIC_BUILD = $(BUILD)/pic
PIC_OBJ = $(patsubst %.c,$(PIC_BUILD)/%.o,$(RT_SRC) $(NUM_SRC) $(CMDLINE_SRC))
# what a program linked with the runtime (or the emitted _arb.c) needs
USER_LIBS = $(OMPFLAGS) $(FLINT_LIBS) $(RT_LIBS)

.PHONY: libs install
libs: $(RUNTIME_A) $(RUNTIME_SO) $(EXACT_SO)

$(RUNTIME_A): $(RT_OBJ) $(NUM_OBJ) $(CMDLINE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(PIC_BUILD)/runtime/%.o: runtime/%.c $(RT_HDR) runtime/modules.mk
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -fPIC $(OMPFLAGS) $(MPIFLAGS) $(RT_BASE_INC) \
	  $(RT_INC_$(word 2,$(subst /, ,$<))) $(RT_EXTRA_$(word 2,$(subst /, ,$<))) -c $< -o $@

$(PIC_BUILD)/num/%.o: num/%.c num/num.h $(COMPAT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -fPIC $(COMPAT_INC) $(NUM_INC) -c $< -o $@

$(PIC_BUILD)/cmdline/%.o: cmdline/%.c cmdline/cmdline.h $(COMPAT_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -fPIC $(COMPAT_INC) $(CMDLINE_INC) -c $< -o $@

$(RUNTIME_SO): $(PIC_OBJ)
	$(CC) -shared -Wl,-soname,libblochgen-runtime.so.$(RUNTIME_SOVERSION) $(LDFLAGS_ALL) \
	  -o $@.$(RUNTIME_SOVERSION) $^ $(USER_LIBS)
	ln -sf libblochgen-runtime.so.$(RUNTIME_SOVERSION) $@

# (the model's library uses none of the runtime's symbols itself; the
# runtime stays NEEDED, so that ctypes finds the C API through it)
# `blochgen build` from the source tree: this build's runtime, by absolute
# paths (blochgen finds the file as ../build/blochgen-build.conf, or
# ../blochgen-build.conf for a BIN inside BUILD).  Written only when it changes.
ABS_BUILD = $(abspath $(BUILD))
TREE_CFLAGS = $(CSTD) $(OPT) $(SANFLAGS) $(OMPFLAGS) $(FLINT_CFLAGS) \
  $(patsubst -I%,-I$(CURDIR)/%,$(RT_INC) -Iruntime/api)
define BUILD_CONF
# written by make: how `blochgen build` compiles a model here
cc=$(CC)
cflags=$(TREE_CFLAGS)
main=$(CURDIR)/runtime/model_main.c
lib=$(CURDIR)/runtime/model_lib.c
static_libs=$(ABS_BUILD)/libblochgen-runtime.a
shared_libs=-L$(ABS_BUILD) -Wl,--push-state,--no-as-needed -lblochgen-runtime -Wl,--pop-state -Wl,-rpath,$(ABS_BUILD)
libs=$(SANFLAGS) $(LDFLAGS) $(USER_LIBS)
endef
export BUILD_CONF
$(BUILD)/blochgen-build.conf: FORCE
	@mkdir -p $(dir $@)
	@printf '%s\n' "$$BUILD_CONF" > $@.tmp && \
	 if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
.PHONY: FORCE
FORCE:

# ---- make install ------------------------------------------------------------
INST = $(DESTDIR)$(PREFIX)
INST_HDR = $(wildcard runtime/*.h runtime/*/*.h) $(COMPAT_HDR) num/num.h cmdline/cmdline.h
define INSTALL_CONF
# written by make install: how `blochgen build` compiles a model here
cc=$(CC)
cflags=$(CSTD) -O2 $(OMPFLAGS) $(FLINT_CFLAGS) -I$(PREFIX)/include/blochgen
main=$(PREFIX)/share/blochgen/model_main.c
lib=$(PREFIX)/share/blochgen/model_lib.c
static_libs=$(PREFIX)/lib/libblochgen-runtime.a
shared_libs=-L$(PREFIX)/lib -Wl,--push-state,--no-as-needed -lblochgen-runtime -Wl,--pop-state -Wl,-rpath,$(PREFIX)/lib
libs=$(USER_LIBS)
endef
define INSTALL_PC
prefix=$(PREFIX)
libdir=$${prefix}/lib
includedir=$${prefix}/include/blochgen

Name: blochgen-runtime
Description: runtime of blochgen's emitted open-quantum-spin models (solvers and bloch_api.h)
Version: 0.$(RUNTIME_SOVERSION)
Cflags: -I$${includedir} $(FLINT_CFLAGS) $(OMPFLAGS)
Libs: -L$${libdir} -Wl,-rpath,$${libdir} -lblochgen-runtime $(USER_LIBS)
endef
define INSTALL_EXACT_PC
prefix=$(PREFIX)
libdir=$${prefix}/lib
includedir=$${prefix}/include/blochgen

Name: blochgen-exact
Description: certified exact steady state of the dissipative transverse-field Ising model (exact_api.h)
Version: 0.$(EXACT_SO_VERSION)
Cflags: -I$${includedir}
Libs: -L$${libdir} -Wl,-rpath,$${libdir} -lblochgen-exact
endef
export INSTALL_CONF INSTALL_PC INSTALL_EXACT_PC

install: $(BIN)/blochgen $(BIN)/dtfim-exact $(BIN)/$(DEFAULT_MODEL) libs
	@set -e; \
	 mkdir -p $(INST)/bin $(INST)/lib/pkgconfig $(INST)/include/blochgen \
	   $(INST)/share/blochgen/templates $(INST)/share/man/man1; \
	 install -m 755 $(BIN)/blochgen $(BIN)/dtfim-exact $(INST)/bin/; \
	 install -m 644 $(RUNTIME_A) $(INST)/lib/; \
	 install -m 755 $(RUNTIME_SO).$(RUNTIME_SOVERSION) $(INST)/lib/; \
	 ln -sf libblochgen-runtime.so.$(RUNTIME_SOVERSION) $(INST)/lib/libblochgen-runtime.so; \
	 install -m 755 $(EXACT_SO).$(EXACT_SO_VERSION) $(INST)/lib/; \
	 ln -sf libblochgen-exact.so.$(EXACT_SO_VERSION) $(INST)/lib/libblochgen-exact.so; \
	 install -m 644 $(INST_HDR) exact/api/exact_api.h $(INST)/include/blochgen/; \
	 install -m 644 templates/* $(INST)/share/blochgen/templates/; \
	 mkdir -p $(INST)/share/blochgen/models; \
	 install -m 644 models/*.model $(INST)/share/blochgen/models/; \
	 install -m 644 runtime/model_main.c runtime/model_lib.c $(INST)/share/blochgen/; \
	 printf '%s\n' "$$INSTALL_CONF" > $(INST)/share/blochgen/build.conf; \
	 printf '%s\n' "$$INSTALL_PC" > $(INST)/lib/pkgconfig/blochgen-runtime.pc; \
	 printf '%s\n' "$$INSTALL_EXACT_PC" > $(INST)/lib/pkgconfig/blochgen-exact.pc; \
	 tools/man.sh $(INST)/share/man/man1 $(BIN)/blochgen $(BIN)/dtfim-exact $(BIN)/$(DEFAULT_MODEL); \
	 echo "installed into $(INST) (pkg-config: PKG_CONFIG_PATH=$(PREFIX)/lib/pkgconfig)"

# `make -C TREE model M=x.model` from elsewhere: a relative M that is not
# in the tree is where the caller is ($(PWD): make -C does not change it).
ifneq ($(M),)
ifeq ($(filter /%,$(M)),)
ifeq ($(wildcard $(M)),)
override M := $(PWD)/$(M)
endif
endif
endif
