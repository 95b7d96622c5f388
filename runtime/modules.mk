# The runtime's modules and the ones each uses: a module is compiled with
# the include paths of exactly these (and of what they use in turn), so an
# include of an undeclared module fails to compile.  A cycle stops the
# build (tools/modules.sh).  All modules also see compat/, num/ and
# runtime/ (bloch_model.h); only cli sees cmdline/.
DEPS_linalg =
DEPS_plot =
DEPS_csv =
DEPS_evolve =
# the finite-N solver's core (blochgen finite; docs/cumulants.md)
DEPS_finite =
DEPS_qinfo = linalg
DEPS_steady = evolve linalg phys
DEPS_stab = linalg steady
DEPS_crit = elim stab steady
DEPS_elim = qinfo stab steady
DEPS_dm = linalg
DEPS_phys = dm
DEPS_dmss = dm linalg plot qinfo
DEPS_equil = crit dm linalg qinfo
DEPS_quench = dm equil linalg qinfo
DEPS_scan = csv evolve phys plot stab steady
DEPS_sweep = evolve linalg phys plot stab steady
DEPS_cli = crit csv dm dmss elim equil evolve finite phys qinfo quench scan stab steady sweep
# api: the plain-C layer over the solvers that the shared library exports
# (runtime/api/bloch_api.h; the Python package calls it)
DEPS_api = elim evolve phys qinfo scan stab steady sweep
