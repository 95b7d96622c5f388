"""ctypes declarations of runtime/api/bloch_api.h (kept in step with it)."""
import ctypes as C

c_double_p = C.POINTER(C.c_double)
c_int_p = C.POINTER(C.c_int)

API_VERSION = 1
OK, NO_RESULT, BAD_INPUT, NO_CONVERGENCE = 0, 1, 2, 3

# bloch_api_model_str / _int selectors
NAME_STR, SOURCE_STR, PARAM_STR, OBS_STR, EXACT_RHS_STR, CONSERVED_STR, SYMMETRY_STR = range(7)
(SITES, NPARAMS, NOBS, PARITY, HAS_SYMMETRIC, DM_ONLY, NJUMPS, NJUMP_TERMS, JUMP_COLLECTIVE,
 JUMP_NTERMS, JUMP_FIRST, JUMP_PAULI, HAS_DM, NCONSERVED, THERMAL_PARAM) = range(15)

VERDICTS = ("stable", "unstable", "undecided", "marginal")


def declare(lib):
    """Argument and result types of every function the library exports."""
    vp = C.c_void_p
    sig = {
        "blochgen_model": (vp, []),
        "blochgen_model_arb": (vp, []),
        "bloch_api_version": (C.c_int, []),
        "bloch_api_init": (None, []),
        "bloch_api_model_str": (C.c_char_p, [vp, C.c_int, C.c_int]),
        "bloch_api_model_int": (C.c_int, [vp, C.c_int, C.c_int, C.c_int]),
        "bloch_api_rhs": (C.c_int, [c_double_p, c_double_p, c_double_p, vp]),
        "bloch_api_jacobian": (C.c_int, [c_double_p, c_double_p, c_double_p, vp]),
        "bloch_api_dm_tables": (C.c_int, [c_double_p] * 4 + [c_double_p, c_double_p, vp,
                                                              C.c_char_p, C.c_size_t]),
        "bloch_api_symmetric": (C.c_int, [c_double_p, c_double_p, vp, C.c_char_p, C.c_size_t]),
        "bloch_api_steady": (C.c_int, [c_double_p, c_int_p, c_double_p, C.c_int, c_double_p,
                                       C.c_double, vp, C.c_char_p, C.c_size_t]),
        "bloch_api_steady_all": (C.c_int, [c_double_p, c_int_p, c_int_p, c_int_p, C.c_int,
                                           c_int_p, c_int_p, C.POINTER(C.c_char_p), c_double_p,
                                           C.c_long, C.c_ulong, vp, vp, C.c_char_p,
                                           C.c_size_t]),
        "bloch_api_stability": (C.c_int, [c_double_p, c_double_p, c_int_p, c_double_p,
                                          c_double_p, c_int_p, c_double_p, c_double_p,
                                          c_double_p, vp, C.c_char_p, C.c_size_t]),
        "bloch_api_evolve": (C.c_int, [c_double_p, c_int_p, c_double_p, C.c_int, c_double_p,
                                       c_double_p, C.c_char_p, C.c_double, vp, C.c_char_p,
                                       C.c_size_t]),
        "bloch_api_sweep_new": (vp, [c_int_p, c_double_p, C.c_int, C.c_double, C.c_double,
                                     C.c_int, C.c_int, C.c_double, C.c_int, vp, C.c_char_p,
                                     C.c_size_t]),
        "bloch_api_sweep_free": (None, [vp]),
        "bloch_api_sweep_nrows": (C.c_long, [vp]),
        "bloch_api_sweep_rows": (None, [c_double_p, c_int_p, c_int_p, c_int_p, c_int_p,
                                        c_int_p, c_double_p, c_double_p, c_double_p, vp]),
        "bloch_api_kind_name": (C.c_char_p, [C.c_int]),
        "bloch_api_sweep_nevents": (C.c_int, [vp]),
        "bloch_api_sweep_event": (C.c_int, [c_int_p, c_int_p, c_int_p, c_double_p, c_double_p,
                                            C.c_int, vp]),
        "bloch_api_event_name": (C.c_char_p, [C.c_int]),
        "bloch_api_scan": (C.c_int, [c_double_p, c_double_p, c_int_p, c_int_p, c_int_p,
                                     c_double_p, C.c_int, C.c_double, C.c_double, C.c_int,
                                     C.c_int, C.c_double, C.c_double, C.c_int, C.c_int, vp,
                                     C.c_char_p, C.c_size_t]),
        "bloch_api_phase_name": (C.c_char_p, [C.c_int]),
        "bloch_api_class_name": (C.c_char_p, [C.c_int]),
    }
    for name, (res, args) in sig.items():
        f = getattr(lib, name)
        f.restype = res
        f.argtypes = args
    return lib
