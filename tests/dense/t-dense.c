/* t-dense.c: checks blochgen's emitted Bloch equations against an
 * independent dense density-matrix evaluation of the Lindblad equation.
 *
 * For each trial a random model (1..4 sites, mean-field Hamiltonian terms,
 * jumps and collective jumps) is written in the model language, built with
 * `make model`, and its `rhs` subcommand is compared, for random physical
 * states rho, with Re Tr(P drho/dt) computed here from 2^k x 2^k complex
 * matrices.  Nothing here uses blochgen's own code: the Pauli algebra is
 * done by explicit matrices so that a shared misconception cannot cancel.
 *
 * Usage: t-dense [--self-test] [SEED]
 *   env BLOCHGEN_ROOT (repo, default "."), BLOCHGEN_SEED,
 *   BLOCHGEN_TEST_MULTIPLIER (trials = 12 * multiplier), TMPDIR.
 * Last output line: "dense: N passed, M failed"; exit status 0 iff M == 0.
 *
 * Conventions: site n (1-based) is the n-th tensor factor, site 1 the most
 * significant bit of a basis index; basis (up, down) with sz = diag(1, -1),
 * sp = |up><down| = (sx + i sy)/2, sm = |down><up| = (sx - i sy)/2. */
#define _XOPEN_SOURCE 700

#include <complex.h>
#include <ftw.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum
{
    MAXK = 4,                 /* most sites in a random model */
    MAXD = 16,                /* 2^MAXK */
    MAXP = 4,                 /* most parameters */
    MAXH = 8,                 /* most Hamiltonian terms */
    MAXJ = 6,                 /* most jump + collective lines */
    MAXLT = 4,                /* most terms in a jump operator */
    MAXPIECE = MAXH + MAXJ,   /* contributions to drho/dt */
    DRAWS_PER_MODEL = 3,
    MAX_REPORTS_PER_DRAW = 4, /* mismatching components printed per draw */
    BASE_REPS = 12
};

static const double TOL = 1e-12;

/* Operator kinds on one site; 0 is the identity. */
enum { K_I = 0, K_X, K_Y, K_Z, K_P, K_M };
static const char *const KIND_NAME[] = {"1", "sx", "sy", "sz", "sp", "sm"};

/* Parameter names: none clashes with sx1.., i, C keywords or the statements. */
static const char *const PARAM_POOL[] = {"a1", "a2", "b",     "c",  "gam",
                                         "kap", "om", "delta", "J",  "h2",
                                         "eps", "mu"};
enum { PARAM_POOL_N = sizeof PARAM_POOL / sizeof PARAM_POOL[0] };

/* ------------------------------------------------------------------ */
/* Random numbers: splitmix64, so a seed reproduces a run everywhere.   */

typedef struct
{
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double rng_unif(Rng *r) /* [0, 1) */
{
    return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

static int rng_int(Rng *r, int n) /* [0, n) */
{
    return (int)(rng_next(r) % (uint64_t)n);
}

static int rng_chance(Rng *r, double p)
{
    return rng_unif(r) < p;
}

static double rng_gauss(Rng *r)
{
    double u = 1.0 - rng_unif(r); /* (0, 1], keeps log finite */
    double v = rng_unif(r);
    return sqrt(-2.0 * log(u)) * cos(2.0 * M_PI * v);
}

/* ------------------------------------------------------------------ */
/* Growable strings.                                                    */

typedef struct
{
    char *s;
    size_t len, cap;
} Str;

static void str_reserve(Str *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s) {
        fprintf(stderr, "t-dense: out of memory\n");
        exit(2);
    }
    b->s = s;
    b->cap = cap;
}

static void str_addf(Str *b, const char *fmt, ...)
{
    char small[256]; /* most pieces fit; measure first otherwise */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    str_reserve(b, (size_t)n);
    if ((size_t)n < sizeof small) {
        memcpy(b->s + b->len, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

/* Appends s single-quoted for /bin/sh. */
static void str_shq(Str *b, const char *s)
{
    str_addf(b, "'");
    for (; *s; s++) {
        if (*s == '\'')
            str_addf(b, "'\\''");
        else
            str_addf(b, "%c", *s);
    }
    str_addf(b, "'");
}

static void str_clear(Str *b)
{
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
}

static void str_free(Str *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

static const char *str_get(const Str *b)
{
    return b->s ? b->s : "";
}

/* ------------------------------------------------------------------ */
/* Dense complex matrices of dimension d <= MAXD.                       */

typedef struct
{
    int d;
    double complex a[MAXD][MAXD];
} Mat;

static void mat_zero(Mat *m, int d)
{
    memset(m, 0, sizeof *m);
    m->d = d;
}

static void mat_mul(Mat *out, const Mat *x, const Mat *y)
{
    Mat t; /* allows out to alias x or y */
    mat_zero(&t, x->d);
    for (int r = 0; r < x->d; r++)
        for (int k = 0; k < x->d; k++) {
            double complex xr = x->a[r][k];
            if (xr == 0)
                continue;
            for (int c = 0; c < x->d; c++)
                t.a[r][c] += xr * y->a[k][c];
        }
    *out = t;
}

static void mat_axpy(Mat *y, double complex s, const Mat *x) /* y += s x */
{
    for (int r = 0; r < x->d; r++)
        for (int c = 0; c < x->d; c++)
            y->a[r][c] += s * x->a[r][c];
}

static void mat_dagger(Mat *out, const Mat *x)
{
    Mat t;
    t.d = x->d;
    for (int r = 0; r < x->d; r++)
        for (int c = 0; c < x->d; c++)
            t.a[r][c] = conj(x->a[c][r]);
    *out = t;
}

static double complex mat_trace(const Mat *x)
{
    double complex s = 0;
    for (int r = 0; r < x->d; r++)
        s += x->a[r][r];
    return s;
}

static double complex mat_trace_mul(const Mat *x, const Mat *y) /* Tr(x y) */
{
    double complex s = 0;
    for (int r = 0; r < x->d; r++)
        for (int k = 0; k < x->d; k++)
            s += x->a[r][k] * y->a[k][r];
    return s;
}

static void mat_comm(Mat *out, const Mat *x, const Mat *y) /* [x, y] */
{
    Mat xy, yx;
    mat_mul(&xy, x, y);
    mat_mul(&yx, y, x);
    *out = xy;
    mat_axpy(out, -1.0, &yx);
}

static double mat_max_abs(const Mat *x)
{
    double m = 0;
    for (int r = 0; r < x->d; r++)
        for (int c = 0; c < x->d; c++)
            m = fmax(m, cabs(x->a[r][c]));
    return m;
}

/* Element <r|op|c> of a one-site operator; basis index 0 = up, 1 = down. */
static double complex site_elem(int kind, int r, int c)
{
    switch (kind) {
    case K_I: return r == c ? 1 : 0;
    case K_X: return r != c ? 1 : 0;
    case K_Y: return r == c ? 0 : (r == 0 ? -I : I);
    case K_Z: return r != c ? 0 : (r == 0 ? 1 : -1);
    case K_P: return (r == 0 && c == 1) ? 1 : 0;
    case K_M: return (r == 1 && c == 0) ? 1 : 0;
    }
    return 0;
}

/* Tensor product over k sites of kinds[s] (site s+1), site 1 leftmost. */
static void mat_tensor(Mat *m, int k, const int *kinds)
{
    mat_zero(m, 1 << k);
    for (int r = 0; r < m->d; r++)
        for (int c = 0; c < m->d; c++) {
            double complex e = 1;
            for (int s = 0; s < k && e != 0; s++) {
                int shift = k - 1 - s;
                e *= site_elem(kinds[s], (r >> shift) & 1, (c >> shift) & 1);
            }
            m->a[r][c] = e;
        }
}

static void mat_site_op(Mat *m, int k, int site0, int kind)
{
    int kinds[MAXK] = {0};
    kinds[site0] = kind;
    mat_tensor(m, k, kinds);
}

/* ------------------------------------------------------------------ */
/* Pauli strings: op[s] in {K_I, K_X, K_Y, K_Z} for site s+1.           */

typedef struct
{
    int op[MAXK];
} Pauli;

static void pauli_matrix(Mat *m, int k, const Pauli *p)
{
    mat_tensor(m, k, p->op);
}

static int pauli_index(const Pauli *p, int k) /* base-4 code, 0 = identity */
{
    int idx = 0;
    for (int s = 0; s < k; s++)
        idx = idx * 4 + p->op[s];
    return idx;
}

/* Parses an observable name such as "sz1*sx3": factors sx/sy/sz, sites in
 * 1..k, strictly increasing (the contract says "in site order").  Returns 0
 * on success. */
static int parse_pauli_name(const char *name, int k, Pauli *out)
{
    memset(out, 0, sizeof *out);
    const char *s = name;
    int last = 0;
    for (;;) {
        if (s[0] != 's' || !strchr("xyz", s[1]) || s[1] == '\0')
            return -1;
        int kind = s[1] - 'x' + K_X;
        char *end;
        long site = strtol(s + 2, &end, 10);
        if (end == s + 2 || site <= last || site > k)
            return -1;
        out->op[site - 1] = kind;
        last = (int)site;
        s = end;
        if (*s == '\0')
            return last ? 0 : -1;
        if (*s != '*')
            return -1;
        s++;
    }
}

/* ------------------------------------------------------------------ */
/* In-memory model.                                                     */

typedef struct
{
    int num, den; /* den > 0 */
} Rat;

static double rat_val(Rat r)
{
    return (double)r.num / r.den;
}

/* coef * param^pexp * <mf[0]> * <mf[1]> * op; param < 0 means none. */
typedef struct
{
    Rat coef;
    int param, pexp;
    int nmf;
    Pauli mf[2];
    Pauli op;
} HTerm;

/* coef * (imag ? i : 1) * kind[0](site[0]) * kind[1](site[1]) ... */
typedef struct
{
    Rat coef;
    int imag;
    int nf;
    int kind[2], site[2];
} LTerm;

/* outer * (sum of terms) */
typedef struct
{
    Rat outer;
    int nterms;
    LTerm t[MAXLT];
} LExpr;

/* rate = coef * param^pexp; collective selects the mean-field dissipator. */
typedef struct
{
    int collective;
    int param, pexp;
    Rat coef;
    LExpr L;
} Jump;

typedef struct
{
    int k;
    int np;
    const char *pname[MAXP];
    int nh;
    HTerm h[MAXH];
    int nj;
    Jump j[MAXJ];
} Model;

/* ------------------------------------------------------------------ */
/* Dense Lindblad evaluation.                                           */

static double param_pow(const double *pv, int param, int pexp)
{
    return param < 0 ? 1.0 : pow(pv[param], pexp);
}

static double expect_re(int k, const Pauli *p, const Mat *rho)
{
    Mat pm;
    pauli_matrix(&pm, k, p);
    return creal(mat_trace_mul(&pm, rho));
}

/* Real scalar in front of a Hamiltonian term, mean fields taken in rho. */
static double hterm_scalar(const HTerm *t, int k, const double *pv,
                           const Mat *rho)
{
    double s = rat_val(t->coef) * param_pow(pv, t->param, t->pexp);
    for (int f = 0; f < t->nmf; f++)
        s *= expect_re(k, &t->mf[f], rho);
    return s;
}

static void lexpr_matrix(Mat *out, const LExpr *L, int k)
{
    mat_zero(out, 1 << k);
    for (int n = 0; n < L->nterms; n++) {
        const LTerm *t = &L->t[n];
        Mat prod, f;
        mat_site_op(&prod, k, t->site[0], t->kind[0]);
        for (int q = 1; q < t->nf; q++) {
            mat_site_op(&f, k, t->site[q], t->kind[q]);
            mat_mul(&prod, &prod, &f); /* written order: left to right */
        }
        double complex c = rat_val(t->coef) * (t->imag ? I : 1);
        mat_axpy(out, c * rat_val(L->outer), &prod);
    }
}

static double jump_rate(const Jump *j, const double *pv)
{
    return rat_val(j->coef) * param_pow(pv, j->param, j->pexp);
}

/* rate * (L rho L^dag - 1/2 {L^dag L, rho}) */
static void piece_jump(Mat *out, double rate, const Mat *L, const Mat *rho)
{
    Mat Ld, t, LdL;
    mat_dagger(&Ld, L);
    mat_mul(&t, L, rho);
    mat_mul(&t, &t, &Ld);
    mat_mul(&LdL, &Ld, L);
    *out = t;
    mat_mul(&t, &LdL, rho);
    mat_axpy(out, -0.5, &t);
    mat_mul(&t, rho, &LdL);
    mat_axpy(out, -0.5, &t);
    for (int r = 0; r < out->d; r++)
        for (int c = 0; c < out->d; c++)
            out->a[r][c] *= rate;
}

/* (rate/2) (<L^dag> [L, rho] - <L> [L^dag, rho]): the N -> infinity
 * mean-field limit of (rate/N) D[sum_j L_j] seen from one cluster. */
static void piece_collective(Mat *out, double rate, const Mat *L,
                             const Mat *rho)
{
    Mat Ld, t;
    mat_dagger(&Ld, L);
    double complex eL = mat_trace_mul(L, rho);
    mat_zero(out, L->d);
    mat_comm(&t, L, rho);
    mat_axpy(out, 0.5 * rate * conj(eL), &t);
    mat_comm(&t, &Ld, rho);
    mat_axpy(out, -0.5 * rate * eL, &t);
}

/* drho/dt split into one piece per Hamiltonian term and per jump line, so
 * that the comparison can scale its tolerance by the size of each piece.
 * Returns the number of pieces. */
static int dense_pieces(Mat *piece, const Model *m, const double *pv,
                        const Mat *rho)
{
    int n = 0;
    for (int h = 0; h < m->nh; h++) {
        Mat P;
        pauli_matrix(&P, m->k, &m->h[h].op);
        double s = hterm_scalar(&m->h[h], m->k, pv, rho);
        mat_comm(&piece[n], &P, rho);
        for (int r = 0; r < P.d; r++)
            for (int c = 0; c < P.d; c++)
                piece[n].a[r][c] *= -I * s; /* -i [H, rho] */
        n++;
    }
    for (int j = 0; j < m->nj; j++) {
        Mat L;
        lexpr_matrix(&L, &m->j[j].L, m->k);
        double rate = jump_rate(&m->j[j], pv);
        if (m->j[j].collective)
            piece_collective(&piece[n], rate, &L, rho);
        else
            piece_jump(&piece[n], rate, &L, rho);
        n++;
    }
    return n;
}

/* d<P>/dt = Re Tr(P drho/dt); *scale gets the sum of |piece contributions|
 * (at least 1), the natural size for a rounding tolerance. */
static double dense_dP(const Mat *piece, int npieces, const Mat *P,
                       double *scale)
{
    double v = 0, sc = 1;
    for (int n = 0; n < npieces; n++) {
        double c = creal(mat_trace_mul(P, &piece[n]));
        v += c;
        sc += fabs(c);
    }
    if (scale)
        *scale = sc;
    return v;
}

/* The same derivative in the Heisenberg picture, used only by the self
 * tests as a second route: i<[H,P]> + rate <L^dag P L - 1/2 {L^dag L, P}>
 * + (rate/2) (<L^dag> <[P,L]> + <[L^dag,P]> <L>). */
static double dense_heisenberg(const Model *m, const double *pv,
                               const Mat *rho, const Mat *P)
{
    double complex v = 0;
    Mat t, u;
    for (int h = 0; h < m->nh; h++) {
        Mat Hp;
        pauli_matrix(&Hp, m->k, &m->h[h].op);
        mat_comm(&t, &Hp, P);
        v += I * hterm_scalar(&m->h[h], m->k, pv, rho) * mat_trace_mul(&t, rho);
    }
    for (int j = 0; j < m->nj; j++) {
        Mat L, Ld;
        lexpr_matrix(&L, &m->j[j].L, m->k);
        mat_dagger(&Ld, &L);
        double rate = jump_rate(&m->j[j], pv);
        double complex eL = mat_trace_mul(&L, rho);
        if (m->j[j].collective) {
            mat_comm(&t, P, &L);
            mat_comm(&u, &Ld, P);
            v += 0.5 * rate * (conj(eL) * mat_trace_mul(&t, rho)
                               + mat_trace_mul(&u, rho) * eL);
        } else {
            Mat LdL;
            mat_mul(&LdL, &Ld, &L);
            mat_mul(&t, &Ld, P);
            mat_mul(&t, &t, &L);
            mat_mul(&u, &LdL, P);
            mat_axpy(&t, -0.5, &u);
            mat_mul(&u, P, &LdL);
            mat_axpy(&t, -0.5, &u);
            v += rate * mat_trace_mul(&t, rho);
        }
    }
    return creal(v);
}

/* rho = G G^dag / Tr(G G^dag) with G a d x r complex Gaussian matrix; a
 * random rank r in 1..d also produces pure and low-rank boundary states. */
static void random_rho(Mat *rho, int k, Rng *rng)
{
    int d = 1 << k;
    int rank = 1 + rng_int(rng, d);
    Mat G, Gd;
    mat_zero(&G, d);
    for (int r = 0; r < d; r++)
        for (int c = 0; c < rank; c++)
            G.a[r][c] = rng_gauss(rng) + I * rng_gauss(rng);
    mat_dagger(&Gd, &G);
    mat_mul(rho, &G, &Gd);
    double complex tr = mat_trace(rho);
    for (int r = 0; r < d; r++)
        for (int c = 0; c < d; c++)
            rho->a[r][c] /= tr;
}

/* ------------------------------------------------------------------ */
/* Random model generation.                                             */

static const Rat RATS[] = {{1, 1}, {2, 1}, {3, 1}, {1, 2}, {3, 2}, {5, 2},
                           {1, 4}, {3, 4}, {5, 4}, {1, 3}, {2, 3}};
enum { NRATS = sizeof RATS / sizeof RATS[0] };

/* A positive rational, 1 about a third of the time (the plain spelling). */
static Rat gen_rat(Rng *rng)
{
    return rng_chance(rng, 0.35) ? RATS[0] : RATS[rng_int(rng, NRATS)];
}

static Rat gen_signed_rat(Rng *rng)
{
    Rat r = gen_rat(rng);
    if (rng_chance(rng, 0.4))
        r.num = -r.num;
    return r;
}

/* Picks w distinct sites out of k into sites[]. */
static void gen_sites(Rng *rng, int k, int w, int *sites)
{
    int perm[MAXK];
    for (int s = 0; s < k; s++)
        perm[s] = s;
    for (int s = 0; s < w; s++) {
        int t = s + rng_int(rng, k - s);
        int tmp = perm[s];
        perm[s] = perm[t];
        perm[t] = tmp;
        sites[s] = perm[s];
    }
}

/* Non-identity Pauli string of weight 1..min(k, 3), low weight favoured. */
static Pauli gen_pauli(Rng *rng, int k)
{
    Pauli p;
    memset(&p, 0, sizeof p);
    int maxw = k < 3 ? k : 3;
    int w = 1 + rng_int(rng, maxw);
    if (w > 1 && rng_chance(rng, 0.3))
        w--;
    int sites[MAXK];
    gen_sites(rng, k, w, sites);
    for (int s = 0; s < w; s++)
        p.op[sites[s]] = K_X + rng_int(rng, 3);
    return p;
}

static int gen_param_exp(Rng *rng)
{
    double u = rng_unif(rng);
    return u < 0.8 ? 1 : (u < 0.95 ? 2 : 3);
}

static HTerm gen_hterm(Rng *rng, const Model *m)
{
    HTerm t;
    memset(&t, 0, sizeof t);
    t.coef = gen_signed_rat(rng);
    t.param = rng_chance(rng, 0.65) ? rng_int(rng, m->np) : -1;
    t.pexp = t.param < 0 ? 0 : gen_param_exp(rng);
    double u = rng_unif(rng);
    t.nmf = u < 0.5 ? 0 : (u < 0.85 ? 1 : 2);
    for (int f = 0; f < t.nmf; f++)
        t.mf[f] = gen_pauli(rng, m->k);
    t.op = gen_pauli(rng, m->k);
    return t;
}

static LTerm gen_lterm(Rng *rng, int k)
{
    static const int kinds[] = {K_M, K_M, K_P, K_P, K_X, K_Y, K_Z};
    LTerm t;
    memset(&t, 0, sizeof t);
    t.coef = gen_signed_rat(rng);
    t.imag = rng_chance(rng, 0.3);
    t.nf = rng_chance(rng, k > 1 ? 0.3 : 0.1) ? 2 : 1;
    for (int q = 0; q < t.nf; q++)
        t.kind[q] = kinds[rng_int(rng, (int)(sizeof kinds / sizeof kinds[0]))];
    if (t.nf == 2 && k > 1 && !rng_chance(rng, 0.15))
        gen_sites(rng, k, 2, t.site);
    else /* same site twice (e.g. sp1*sm1) is legal and tests products */
        t.site[0] = t.site[1] = rng_int(rng, k);
    return t;
}

static LExpr gen_lexpr(Rng *rng, int k)
{
    for (;;) {
        LExpr L;
        memset(&L, 0, sizeof L);
        L.outer = rng_chance(rng, 0.25) ? gen_rat(rng) : RATS[0];
        L.nterms = 1 + rng_int(rng, 3);
        for (int n = 0; n < L.nterms; n++)
            L.t[n] = gen_lterm(rng, k);
        /* A zero jump operator (e.g. sx1 - sx1, or sm1*sm1) is legal, but
         * a generator may reasonably reject it; keep L nonzero. */
        Mat Lm;
        lexpr_matrix(&Lm, &L, k);
        if (mat_max_abs(&Lm) > 1e-9)
            return L;
    }
}

static Jump gen_jump(Rng *rng, const Model *m, int collective)
{
    Jump j;
    memset(&j, 0, sizeof j);
    j.collective = collective;
    j.param = rng_int(rng, m->np);
    j.pexp = rng_chance(rng, 0.85) ? 1 : 2;
    j.coef = rng_chance(rng, 0.5) ? RATS[0] : gen_rat(rng);
    j.L = gen_lexpr(rng, m->k);
    return j;
}

/* Sites 1..3 usually; 4 sites only when the caller allows it. */
static int gen_sites_count(Rng *rng, int allow4)
{
    if (allow4 && rng_chance(rng, 0.5))
        return 4;
    static const int w[] = {1, 2, 2, 3};
    return w[rng_int(rng, 4)];
}

static void gen_model(Model *m, Rng *rng, int k)
{
    memset(m, 0, sizeof *m);
    m->k = k;
    m->np = 2 + rng_int(rng, MAXP - 1);
    int pick[PARAM_POOL_N];
    for (int i = 0; i < PARAM_POOL_N; i++)
        pick[i] = i;
    for (int i = 0; i < m->np; i++) { /* partial shuffle: distinct names */
        int t = i + rng_int(rng, PARAM_POOL_N - i);
        int tmp = pick[i];
        pick[i] = pick[t];
        pick[t] = tmp;
        m->pname[i] = PARAM_POOL[pick[i]];
    }
    m->nh = 1 + rng_int(rng, k + 2 < MAXH ? k + 2 : MAXH);
    for (int h = 0; h < m->nh; h++)
        m->h[h] = gen_hterm(rng, m);
    int njump = rng_int(rng, 4);
    int ncoll = rng_chance(rng, 0.4) ? 1 + rng_int(rng, 2) : 0;
    for (int j = 0; j < njump + ncoll; j++)
        m->j[m->nj++] = gen_jump(rng, m, j >= njump);
}

/* Bit s set when parameter s occurs (with a non-zero exponent). */
static unsigned model_used_params(const Model *m)
{
    unsigned used = 0;
    for (int h = 0; h < m->nh; h++)
        if (m->h[h].param >= 0)
            used |= 1u << m->h[h].param;
    for (int j = 0; j < m->nj; j++)
        used |= 1u << m->j[j].param;
    return used;
}

static unsigned model_rate_params(const Model *m)
{
    unsigned used = 0;
    for (int j = 0; j < m->nj; j++)
        used |= 1u << m->j[j].param;
    return used;
}

/* ------------------------------------------------------------------ */
/* Model text.  Every construct is spelled in several equivalent ways  */
/* (rational forms, factor order, trailing "/d") to exercise the parser. */

/* |r| as "3/2", "(3/2)" or "1.5" (decimal only when exact). */
static void print_rat(Str *b, Rat r, Rng *rng)
{
    int n = abs(r.num);
    if (r.den == 1) {
        str_addf(b, "%d", n);
        return;
    }
    int style = rng_int(rng, 3);
    if (style == 2 && (r.den == 2 || r.den == 4))
        str_addf(b, "%g", (double)n / r.den);
    else if (style == 1)
        str_addf(b, "(%d/%d)", n, r.den);
    else
        str_addf(b, "%d/%d", n, r.den);
}

/* Writes the prefix for a factor |r| (nothing when |r| = 1) and stores in
 * suffix a "/d" that the caller appends after the product, when chosen. */
static void print_coef_prefix(Str *b, Rat r, Rng *rng, char *suffix,
                              size_t size)
{
    int n = abs(r.num);
    suffix[0] = '\0';
    if (n == 1 && r.den == 1)
        return;
    if (r.den > 1 && rng_chance(rng, 0.2)) {
        if (n != 1)
            str_addf(b, "%d*", n);
        snprintf(suffix, size, "/%d", r.den);
        return;
    }
    print_rat(b, r, rng);
    str_addf(b, "*");
}

static void print_sign(Str *b, int negative, int first)
{
    if (first)
        str_addf(b, negative ? "-" : "");
    else
        str_addf(b, negative ? " - " : " + ");
}

/* Factors of a Pauli string, e.g. "sz2*sx3"; site order sometimes reversed
 * (the factors commute). */
static void print_pauli(Str *b, int k, const Pauli *p, Rng *rng)
{
    int rev = rng_chance(rng, 0.25);
    const char *sep = "";
    for (int i = 0; i < k; i++) {
        int s = rev ? k - 1 - i : i;
        if (p->op[s] == K_I)
            continue;
        str_addf(b, "%s%s%d", sep, KIND_NAME[p->op[s]], s + 1);
        sep = "*";
    }
}

static void print_param(Str *b, const Model *m, int param, int pexp)
{
    str_addf(b, "%s", m->pname[param]);
    if (pexp != 1)
        str_addf(b, "^%d", pexp);
}

/* One Hamiltonian term; scalar factors and the commuting single-site
 * operators are written in random order. */
static void print_hterm(Str *b, const Model *m, const HTerm *t, Rng *rng,
                        int first)
{
    Str f[2 + MAXK + 1] = {{0}};
    int nf = 0;
    if (t->param >= 0)
        print_param(&f[nf++], m, t->param, t->pexp);
    for (int q = 0; q < t->nmf; q++) {
        str_addf(&f[nf], "<");
        print_pauli(&f[nf], m->k, &t->mf[q], rng);
        str_addf(&f[nf++], ">");
    }
    for (int s = 0; s < m->k; s++)
        if (t->op.op[s] != K_I)
            str_addf(&f[nf++], "%s%d", KIND_NAME[t->op.op[s]], s + 1);
    for (int q = nf - 1; q > 0; q--) { /* shuffle */
        int r = rng_int(rng, q + 1);
        Str tmp = f[q];
        f[q] = f[r];
        f[r] = tmp;
    }
    char suffix[16];
    print_sign(b, t->coef.num < 0, first);
    print_coef_prefix(b, t->coef, rng, suffix, sizeof suffix);
    for (int q = 0; q < nf; q++) {
        str_addf(b, "%s%s", q ? "*" : "", str_get(&f[q]));
        str_free(&f[q]);
    }
    str_addf(b, "%s", suffix);
}

static void print_lterm(Str *b, const LTerm *t, Rng *rng, int first)
{
    char suffix[16];
    print_sign(b, t->coef.num < 0, first);
    print_coef_prefix(b, t->coef, rng, suffix, sizeof suffix);
    if (t->imag)
        str_addf(b, "i*");
    for (int q = 0; q < t->nf; q++)
        str_addf(b, "%s%s%d", q ? "*" : "", KIND_NAME[t->kind[q]],
                 t->site[q] + 1);
    str_addf(b, "%s", suffix);
}

/* outer * (terms); the parentheses are required when outer != 1 and
 * occasionally added (redundantly) otherwise. */
static void print_lexpr(Str *b, const LExpr *L, Rng *rng)
{
    int has_outer = L->outer.num != 1 || L->outer.den != 1;
    int parens = has_outer || rng_chance(rng, 0.1);
    char suffix[16] = "";
    if (has_outer)
        print_coef_prefix(b, L->outer, rng, suffix, sizeof suffix);
    str_addf(b, parens ? "(" : "");
    for (int n = 0; n < L->nterms; n++)
        print_lterm(b, &L->t[n], rng, n == 0);
    str_addf(b, parens ? ")" : "");
    str_addf(b, "%s", suffix);
}

/* Rate: "g", "g^2", "g*3/2", "g*(1/2)", "3/2*g", "g/4", ... */
static void print_rate(Str *b, const Model *m, const Jump *j, Rng *rng)
{
    char suffix[16] = "";
    int is_one = j->coef.num == 1 && j->coef.den == 1;
    if (!is_one && rng_chance(rng, 0.5)) {
        print_param(b, m, j->param, j->pexp);
        str_addf(b, "*");
        print_rat(b, j->coef, rng);
        return;
    }
    print_coef_prefix(b, j->coef, rng, suffix, sizeof suffix);
    print_param(b, m, j->param, j->pexp);
    str_addf(b, "%s", suffix);
}

static void model_text(Str *b, const Model *m, const char *name, Rng *rng,
                       uint64_t seed)
{
    str_addf(b, "# random model from tests/dense/t-dense.c, seed %llu\n",
             (unsigned long long)seed);
    str_addf(b, "model %s\n", name);
    str_addf(b, "sites %d%s\n", m->k, rng_chance(rng, 0.3) ? "   # k" : "");
    str_addf(b, "params");
    for (int p = 0; p < m->np; p++)
        str_addf(b, " %s", m->pname[p]);
    str_addf(b, "\n\nhamiltonian ");
    for (int h = 0; h < m->nh; h++)
        print_hterm(b, m, &m->h[h], rng, h == 0);
    str_addf(b, "\n");
    for (int j = 0; j < m->nj; j++) {
        str_addf(b, "%s ", m->j[j].collective ? "collective" : "jump");
        print_rate(b, m, &m->j[j], rng);
        str_addf(b, " : ");
        print_lexpr(b, &m->j[j].L, rng);
        str_addf(b, "\n");
    }
}

/* ------------------------------------------------------------------ */
/* Talking to the emitted solver.                                       */

/* Runs cmd through the shell, collecting stdout (and stderr if the command
 * redirects it).  Returns the exit status, or -1 if it could not run. */
static int run_capture(const char *cmd, Str *out)
{
    str_clear(out);
    FILE *f = popen(cmd, "r");
    if (!f)
        return -1;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        str_reserve(out, n);
        memcpy(out->s + out->len, buf, n);
        out->len += n;
        out->s[out->len] = '\0';
    }
    int st = pclose(f);
    if (st == -1)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

typedef struct
{
    int n;
    char **s;
} StrList;

static void strlist_free(StrList *l)
{
    for (int i = 0; i < l->n; i++)
        free(l->s[i]);
    free(l->s);
    l->s = NULL;
    l->n = 0;
}

/* Reads the string array after "key": in a JSON text; no escapes are
 * expected in names.  Returns 0 on success. */
static int json_string_array(const char *json, const char *key, StrList *out)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\"", key);
    const char *p = strstr(json, pat);
    out->n = 0;
    out->s = NULL;
    if (!p)
        return -1;
    p += strlen(pat);
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p++ != ':')
        return -1;
    p = strchr(p, '[');
    if (!p)
        return -1;
    p++;
    for (;;) {
        while (*p && strchr(" \t\r\n,", *p))
            p++;
        if (*p == ']')
            return 0;
        if (*p != '"')
            break;
        const char *end = strchr(p + 1, '"');
        if (!end)
            break;
        char **s = realloc(out->s, (size_t)(out->n + 1) * sizeof *s);
        if (!s)
            break;
        out->s = s;
        out->s[out->n] = strndup(p + 1, (size_t)(end - p - 1));
        out->n++;
        p = end + 1;
    }
    strlist_free(out);
    return -1;
}

/* Parses exactly n doubles separated by blanks; returns 0 on success. */
static int parse_doubles(const char *s, double *v, int n)
{
    for (int i = 0; i < n; i++) {
        char *end;
        v[i] = strtod(s, &end);
        if (end == s)
            return -1;
        s = end;
    }
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    return *s == '\0' ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* One trial: build, inspect `info`, compare `rhs` on several draws.    */

typedef struct
{
    int pass, fail;
} Tally;

typedef struct
{
    const char *root;   /* repository for make -C */
    const char *tmpdir; /* absolute */
    uint64_t seed;
} Config;

/* Everything a draw needs about the built model. */
typedef struct
{
    const Model *m;
    const char *text; /* model file, for failure reports */
    const char *bin;
    StrList params;     /* info order */
    int param_of[MAXP]; /* info param -> model param */
    int nobs;
    Pauli *obs; /* info order */
    char **obs_name;
    int shown; /* model text already printed in a failure report */
} Built;

/* Prints the model file once per trial, before its first failure. */
static void report_model(Built *b)
{
    if (b->shown++)
        return;
    printf("---- model file ----\n%s--------------------\n", b->text);
}

/* Checks info's observables: 4^k - 1 well-formed, distinct, non-identity
 * Pauli strings.  Fills b->obs. */
static int check_observables(Built *b, const StrList *names)
{
    int k = b->m->k, want = (1 << (2 * k)) - 1;
    if (names->n != want) {
        printf("FAIL: info lists %d observables, expected 4^%d - 1 = %d\n",
               names->n, k, want);
        return -1;
    }
    char seen[1 << (2 * MAXK)] = {0};
    b->obs = calloc((size_t)want, sizeof *b->obs);
    for (int i = 0; i < names->n; i++) {
        if (parse_pauli_name(names->s[i], k, &b->obs[i])) {
            printf("FAIL: observable \"%s\" is not a Pauli string name on "
                   "%d sites in site order\n", names->s[i], k);
            return -1;
        }
        int idx = pauli_index(&b->obs[i], k);
        if (seen[idx]++) {
            printf("FAIL: observable \"%s\" listed twice\n", names->s[i]);
            return -1;
        }
    }
    b->nobs = want;
    b->obs_name = names->s;
    return 0;
}

/* Info params must be declared model params, and every param the model
 * uses must be listed (else rhs could not be given its value). */
static int check_params(Built *b)
{
    unsigned listed = 0;
    if (b->params.n > MAXP) {
        printf("FAIL: info lists %d params, model declares %d\n",
               b->params.n, b->m->np);
        return -1;
    }
    for (int i = 0; i < b->params.n; i++) {
        b->param_of[i] = -1;
        for (int p = 0; p < b->m->np; p++)
            if (!strcmp(b->params.s[i], b->m->pname[p]))
                b->param_of[i] = p;
        if (b->param_of[i] < 0) {
            printf("FAIL: info lists undeclared param \"%s\"\n",
                   b->params.s[i]);
            return -1;
        }
        listed |= 1u << b->param_of[i];
    }
    unsigned missing = model_used_params(b->m) & ~listed;
    for (int p = 0; p < b->m->np; p++)
        if (missing & (1u << p)) {
            printf("FAIL: param \"%s\" is used but not listed by info\n",
                   b->m->pname[p]);
            return -1;
        }
    return 0;
}

static void draw_params(double *pv, const Model *m, Rng *rng)
{
    unsigned rates = model_rate_params(m);
    for (int p = 0; p < m->np; p++) {
        pv[p] = -1.5 + 3.0 * rng_unif(rng);
        if (rates & (1u << p)) /* physical rates; the algebra doesn't care */
            pv[p] = 0.05 + fabs(pv[p]);
    }
}

static void rhs_command(Str *cmd, const Built *b, const double *pv,
                        const double *x)
{
    str_clear(cmd);
    str_shq(cmd, b->bin);
    str_addf(cmd, " rhs --set ");
    Str set = {0};
    for (int i = 0; i < b->params.n; i++)
        str_addf(&set, "%s%s=%.17g", i ? "," : "", b->params.s[i],
                 pv[b->param_of[i]]);
    str_shq(cmd, str_get(&set)); /* quoting keeps an empty list an arg */
    str_free(&set);
    str_addf(cmd, " --state ");
    for (int i = 0; i < b->nobs; i++)
        str_addf(cmd, "%s%.17g", i ? "," : "", x[i]);
}

/* One random (params, rho) draw.  Returns 0 if every component agrees. */
static int run_draw(Built *b, Rng *rng, int draw)
{
    const Model *m = b->m;
    double pv[MAXP];
    Mat rho, P, piece[MAXPIECE];
    draw_params(pv, m, rng);
    random_rho(&rho, m->k, rng);

    double *x = calloc((size_t)b->nobs, sizeof *x);
    double *got = calloc((size_t)b->nobs, sizeof *got);
    for (int i = 0; i < b->nobs; i++)
        x[i] = expect_re(m->k, &b->obs[i], &rho);

    Str cmd = {0}, out = {0};
    rhs_command(&cmd, b, pv, x);
    int st = run_capture(str_get(&cmd), &out);
    int bad = 0;
    if (st != 0 || parse_doubles(str_get(&out), got, b->nobs)) {
        report_model(b);
        printf("FAIL: draw %d: `rhs` exited %d or did not print %d numbers\n"
               "command: %s\noutput: %.2000s\n",
               draw, st, b->nobs, str_get(&cmd), str_get(&out));
        bad = 1;
    }
    int npieces = bad ? 0 : dense_pieces(piece, m, pv, &rho);
    int reported = 0;
    for (int i = 0; i < b->nobs && !bad; i++) {
        double scale;
        pauli_matrix(&P, m->k, &b->obs[i]);
        double want = dense_dP(piece, npieces, &P, &scale);
        if (isfinite(got[i]) && fabs(got[i] - want) <= TOL * scale)
            continue;
        if (reported == 0) {
            report_model(b);
            printf("FAIL: draw %d, parameters:", draw);
            for (int p = 0; p < b->params.n; p++)
                printf(" %s=%.17g", b->params.s[p], pv[b->param_of[p]]);
            printf("\n");
        }
        if (reported++ < MAX_REPORTS_PER_DRAW)
            printf("  d<%s>/dt: emitted %.17g, dense %.17g, diff %.3g "
                   "(tol %.3g)\n", b->obs_name[i], got[i], want,
                   got[i] - want, TOL * scale);
    }
    if (reported > MAX_REPORTS_PER_DRAW)
        printf("  ... %d mismatching components in all\n", reported);
    if (reported)
        printf("  reproduce: %s\n", str_get(&cmd));
    str_free(&cmd);
    str_free(&out);
    free(x);
    free(got);
    return bad || reported;
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    int ok = fputs(text, f) >= 0;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

/* Writes the model, builds it and reads `info`.  Returns 0 on success. */
static int build_model(Built *b, const Config *cfg, const char *name,
                       const char *path, Str *bin)
{
    Str cmd = {0}, out = {0};
    int rc = -1;
    if (write_file(path, b->text)) {
        printf("FAIL: cannot write %s\n", path);
        goto done;
    }
    str_addf(&cmd, "make -s -C ");
    str_shq(&cmd, cfg->root);
    str_addf(&cmd, " model M=");
    str_shq(&cmd, path);
    str_addf(&cmd, " MODEL_OUT=");
    str_shq(&cmd, cfg->tmpdir);
    /* e.g. the sanitizer build's BUILD=... BIN=... SAN=1 */
    if (getenv("BLOCHGEN_MAKE_ARGS") != NULL)
        str_addf(&cmd, " %s", getenv("BLOCHGEN_MAKE_ARGS"));
    str_addf(&cmd, " 2>&1");
    if (run_capture(str_get(&cmd), &out) != 0) {
        report_model(b);
        printf("FAIL: build failed: %s\n%.4000s\n", str_get(&cmd),
               str_get(&out));
        goto done;
    }
    str_addf(bin, "%s/%s", cfg->tmpdir, name);
    b->bin = str_get(bin);
    str_clear(&cmd);
    str_shq(&cmd, b->bin);
    str_addf(&cmd, " info");
    if (run_capture(str_get(&cmd), &out) != 0) {
        report_model(b);
        printf("FAIL: %s failed:\n%.2000s\n", str_get(&cmd), str_get(&out));
        goto done;
    }
    StrList names = {0};
    if (json_string_array(str_get(&out), "params", &b->params)
        || json_string_array(str_get(&out), "observables", &names)) {
        report_model(b);
        printf("FAIL: cannot find \"params\"/\"observables\" arrays in "
               "info:\n%.2000s\n", str_get(&out));
        goto done;
    }
    if (check_observables(b, &names) || check_params(b)) {
        if (!b->obs_name)
            strlist_free(&names);
        report_model(b);
        goto done;
    }
    rc = 0;
done:
    str_free(&cmd);
    str_free(&out);
    return rc;
}

static void built_free(Built *b)
{
    StrList names = {b->nobs, b->obs_name};
    strlist_free(&names);
    strlist_free(&b->params);
    free(b->obs);
}

/* Removes one path of a tree walk (used to clean the temp dir). */
static int remove_entry(const char *path, const struct stat *sb, int flag,
                        struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void remove_tree(const char *dir)
{
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void run_trial(Tally *tally, const Config *cfg, Rng *rng, int trial)
{
    char name[32];
    Model m;
    Str text = {0}, bin = {0}, path = {0};
    Built b;
    memset(&b, 0, sizeof b);

    snprintf(name, sizeof name, "dense_t%d", trial);
    str_addf(&path, "%s/%s.model", cfg->tmpdir, name);
    gen_model(&m, rng, gen_sites_count(rng, trial % 4 == 3));
    model_text(&text, &m, name, rng, cfg->seed);
    b.m = &m;
    b.text = str_get(&text);

    if (build_model(&b, cfg, name, str_get(&path), &bin)) {
        printf("FAIL: trial %d (%s)\n", trial, str_get(&path));
        tally->fail++;
    } else {
        for (int d = 0; d < DRAWS_PER_MODEL; d++) {
            if (run_draw(&b, rng, d)) {
                printf("FAIL: trial %d draw %d (%s)\n", trial, d,
                       str_get(&path));
                tally->fail++;
            } else
                tally->pass++;
        }
    }
    built_free(&b);
    str_free(&text);
    str_free(&bin);
    str_free(&path);
}

/* ------------------------------------------------------------------ */
/* Self tests of the dense evaluator against hand-derived formulas.    */

static void expect_close(Tally *t, const char *what, double got, double want)
{
    if (fabs(got - want) <= 1e-12 * fmax(1.0, fabs(want))) {
        t->pass++;
        return;
    }
    t->fail++;
    printf("SELF-TEST FAIL: %s: got %.17g, want %.17g\n", what, got, want);
}

static Pauli pauli1(int site0, int kind)
{
    Pauli p;
    memset(&p, 0, sizeof p);
    p.op[site0] = kind;
    return p;
}

static double model_dP(const Model *m, const double *pv, const Mat *rho,
                       Pauli p)
{
    Mat piece[MAXPIECE], P;
    int n = dense_pieces(piece, m, pv, rho);
    pauli_matrix(&P, m->k, &p);
    return dense_dP(piece, n, &P, NULL);
}

static HTerm hterm(int num, int param, Pauli op)
{
    HTerm t;
    memset(&t, 0, sizeof t);
    t.coef = (Rat){num, 1};
    t.param = param;
    t.pexp = param < 0 ? 0 : 1;
    t.op = op;
    return t;
}

static Jump jump1(int collective, int param, int site0, int kind)
{
    Jump j;
    memset(&j, 0, sizeof j);
    j.collective = collective;
    j.param = param;
    j.pexp = 1;
    j.coef = (Rat){1, 1};
    j.L.outer = (Rat){1, 1};
    j.L.nterms = 1;
    j.L.t[0] = (LTerm){{1, 1}, 0, 1, {kind, 0}, {site0, 0}};
    return j;
}

/* Matrix conventions: XY = iZ, sp = (sx + i sy)/2 = |up><down|, site 1 is
 * the most significant bit. */
static void self_test_conventions(Tally *t)
{
    Mat X, Y, Z, XY, SP, SPc;
    mat_site_op(&X, 1, 0, K_X);
    mat_site_op(&Y, 1, 0, K_Y);
    mat_site_op(&Z, 1, 0, K_Z);
    mat_mul(&XY, &X, &Y);
    mat_axpy(&XY, -I, &Z);
    expect_close(t, "sx*sy = i sz", mat_max_abs(&XY), 0);
    mat_site_op(&SP, 1, 0, K_P);
    mat_zero(&SPc, 2);
    mat_axpy(&SPc, 0.5, &X);
    mat_axpy(&SPc, 0.5 * I, &Y);
    mat_axpy(&SPc, -1.0, &SP);
    expect_close(t, "sp = (sx + i sy)/2", mat_max_abs(&SPc), 0);
    expect_close(t, "sp = |up><down|", creal(SP.a[0][1]), 1);
    Mat X1;
    mat_site_op(&X1, 2, 0, K_X);
    expect_close(t, "sx1 flips the leading bit", creal(X1.a[0][2]), 1);
    Mat rho; /* |up, down>: index 0b01 */
    mat_zero(&rho, 4);
    rho.a[1][1] = 1;
    expect_close(t, "<sz1> on |up,down>", expect_re(2, &(Pauli){{K_Z, 0}}, &rho), 1);
    expect_close(t, "<sz2> on |up,down>", expect_re(2, &(Pauli){{0, K_Z}}, &rho), -1);
}

/* H = -h sz, jump g : sm1:
 * d<sx> = 2h<sy> - g/2 <sx>, d<sy> = -2h<sx> - g/2 <sy>, d<sz> = -g(1+<sz>). */
static void self_test_single_spin(Tally *t, Rng *rng)
{
    Model m;
    memset(&m, 0, sizeof m);
    m.k = 1;
    m.np = 2;
    m.pname[0] = "h";
    m.pname[1] = "g";
    m.nh = 1;
    m.h[0] = hterm(-1, 0, pauli1(0, K_Z));
    m.nj = 1;
    m.j[0] = jump1(0, 1, 0, K_M);
    for (int rep = 0; rep < 5; rep++) {
        double pv[2] = {-1.5 + 3 * rng_unif(rng), 1.5 * rng_unif(rng)};
        double h = pv[0], g = pv[1];
        Mat rho;
        random_rho(&rho, 1, rng);
        double x = expect_re(1, &(Pauli){{K_X}}, &rho);
        double y = expect_re(1, &(Pauli){{K_Y}}, &rho);
        double z = expect_re(1, &(Pauli){{K_Z}}, &rho);
        expect_close(t, "spin: d<sx>", model_dP(&m, pv, &rho, pauli1(0, K_X)),
                     2 * h * y - g / 2 * x);
        expect_close(t, "spin: d<sy>", model_dP(&m, pv, &rho, pauli1(0, K_Y)),
                     -2 * h * x - g / 2 * y);
        expect_close(t, "spin: d<sz>", model_dP(&m, pv, &rho, pauli1(0, K_Z)),
                     -g * (1 + z));
    }
}

/* H = -<sx1> sx1: d<sx> = 0, d<sy> = 2<sx><sz>, d<sz> = -2<sx><sy>.
 * collective G : sm1: d<sx> = G<sx><sz>/2, d<sy> = G<sy><sz>/2,
 * d<sz> = -G(<sx>^2 + <sy>^2)/2 (superradiant decay, length conserved). */
static void self_test_mean_field(Tally *t, Rng *rng)
{
    Model mf, co;
    memset(&mf, 0, sizeof mf);
    mf.k = 1;
    mf.np = 1;
    mf.pname[0] = "G";
    mf.nh = 1;
    mf.h[0] = hterm(-1, -1, pauli1(0, K_X));
    mf.h[0].nmf = 1;
    mf.h[0].mf[0] = pauli1(0, K_X);
    co = mf;
    co.nh = 0;
    co.nj = 1;
    co.j[0] = jump1(1, 0, 0, K_M);
    for (int rep = 0; rep < 5; rep++) {
        double G = 1.5 * rng_unif(rng);
        Mat rho;
        random_rho(&rho, 1, rng);
        double x = expect_re(1, &(Pauli){{K_X}}, &rho);
        double y = expect_re(1, &(Pauli){{K_Y}}, &rho);
        double z = expect_re(1, &(Pauli){{K_Z}}, &rho);
        expect_close(t, "mf: d<sx>", model_dP(&mf, &G, &rho, pauli1(0, K_X)), 0);
        expect_close(t, "mf: d<sy>", model_dP(&mf, &G, &rho, pauli1(0, K_Y)),
                     2 * x * z);
        expect_close(t, "mf: d<sz>", model_dP(&mf, &G, &rho, pauli1(0, K_Z)),
                     -2 * x * y);
        expect_close(t, "coll: d<sx>", model_dP(&co, &G, &rho, pauli1(0, K_X)),
                     G * x * z / 2);
        expect_close(t, "coll: d<sy>", model_dP(&co, &G, &rho, pauli1(0, K_Y)),
                     G * y * z / 2);
        expect_close(t, "coll: d<sz>", model_dP(&co, &G, &rho, pauli1(0, K_Z)),
                     -G * (x * x + y * y) / 2);
    }
}

/* H = J sx1 sx2, jump g : sz2 (dephasing):
 * d<sz1> = 2J <sy1 sx2>, d<sx2> = -2g <sx2>, d<sz2> = 2J <sx1 sy2>. */
static void self_test_two_sites(Tally *t, Rng *rng)
{
    Model m;
    memset(&m, 0, sizeof m);
    m.k = 2;
    m.np = 2;
    m.pname[0] = "J";
    m.pname[1] = "g";
    m.nh = 1;
    m.h[0] = hterm(1, 0, (Pauli){{K_X, K_X}});
    m.nj = 1;
    m.j[0] = jump1(0, 1, 1, K_Z);
    for (int rep = 0; rep < 5; rep++) {
        double pv[2] = {-1.5 + 3 * rng_unif(rng), 1.5 * rng_unif(rng)};
        Mat rho;
        random_rho(&rho, 2, rng);
        double y1x2 = expect_re(2, &(Pauli){{K_Y, K_X}}, &rho);
        double x1y2 = expect_re(2, &(Pauli){{K_X, K_Y}}, &rho);
        double x2 = expect_re(2, &(Pauli){{0, K_X}}, &rho);
        expect_close(t, "2 sites: d<sz1>",
                     model_dP(&m, pv, &rho, (Pauli){{K_Z, 0}}), 2 * pv[0] * y1x2);
        expect_close(t, "2 sites: d<sx2>",
                     model_dP(&m, pv, &rho, (Pauli){{0, K_X}}), -2 * pv[1] * x2);
        expect_close(t, "2 sites: d<sz2>",
                     model_dP(&m, pv, &rho, (Pauli){{0, K_Z}}), 2 * pv[0] * x1y2);
    }
}

/* Random models: drho/dt is Hermitian and traceless, and the Schroedinger
 * route agrees with the Heisenberg route for every Pauli string. */
static void self_test_random_models(Tally *t, Rng *rng)
{
    for (int rep = 0; rep < 8; rep++) {
        Model m;
        double pv[MAXP];
        Mat rho, piece[MAXPIECE], drho, dd;
        gen_model(&m, rng, 1 + rep % MAXK);
        draw_params(pv, &m, rng);
        random_rho(&rho, m.k, rng);
        int n = dense_pieces(piece, &m, pv, &rho);
        mat_zero(&drho, rho.d);
        for (int q = 0; q < n; q++)
            mat_axpy(&drho, 1.0, &piece[q]);
        mat_dagger(&dd, &drho);
        mat_axpy(&dd, -1.0, &drho);
        expect_close(t, "random: drho Hermitian", mat_max_abs(&dd), 0);
        expect_close(t, "random: Tr drho", cabs(mat_trace(&drho)), 0);
        double worst = 0;
        for (int idx = 1; idx < (1 << (2 * m.k)); idx++) {
            Pauli p;
            memset(&p, 0, sizeof p);
            for (int s = m.k - 1, v = idx; s >= 0; s--, v /= 4)
                p.op[s] = v % 4;
            Mat P;
            pauli_matrix(&P, m.k, &p);
            double scale;
            double a = dense_dP(piece, n, &P, &scale);
            double b = dense_heisenberg(&m, pv, &rho, &P);
            worst = fmax(worst, fabs(a - b) / scale);
        }
        expect_close(t, "random: Schroedinger vs Heisenberg", worst, 0);
    }
}

static void self_test_parsers(Tally *t)
{
    const char *json = "{\n  \"model\": \"dense_t3\",\n  \"sites\": 2,\n"
                       "  \"params\" : [ \"a1\",\n \"b\" ],\n"
                       "  \"observables\": [\"sx1\", \"sz1*sy2\"],\n"
                       "  \"parity\": [\"none\", \"odd\"]\n}\n";
    StrList l;
    int ok = !json_string_array(json, "params", &l) && l.n == 2
             && !strcmp(l.s[0], "a1") && !strcmp(l.s[1], "b");
    strlist_free(&l);
    ok = ok && !json_string_array(json, "observables", &l) && l.n == 2
         && !strcmp(l.s[1], "sz1*sy2");
    strlist_free(&l);
    ok = ok && !json_string_array("{\"params\": []}", "params", &l) && l.n == 0;
    expect_close(t, "json arrays parsed", ok, 1);

    Pauli p;
    ok = !parse_pauli_name("sz1*sy2", 2, &p) && p.op[0] == K_Z && p.op[1] == K_Y;
    ok = ok && !parse_pauli_name("sy4", 4, &p) && p.op[3] == K_Y && p.op[0] == 0;
    ok = ok && parse_pauli_name("sx2*sx1", 2, &p) && parse_pauli_name("sx3", 2, &p)
         && parse_pauli_name("sq1", 2, &p) && parse_pauli_name("sx1*", 2, &p)
         && parse_pauli_name("", 2, &p) && parse_pauli_name("sx1*sx1", 2, &p);
    expect_close(t, "Pauli names parsed", ok, 1);

    double v[3];
    ok = !parse_doubles(" 1 -2.5e-3\t3\n", v, 3) && v[1] == -2.5e-3
         && parse_doubles("1 2", v, 3) && parse_doubles("1 2 3 4", v, 3);
    expect_close(t, "number lines parsed", ok, 1);
}

static void run_self_tests(Tally *t, uint64_t seed)
{
    Rng rng = {seed ^ 0x5e1f7e57ull};
    self_test_conventions(t);
    self_test_single_spin(t, &rng);
    self_test_mean_field(t, &rng);
    self_test_two_sites(t, &rng);
    self_test_random_models(t, &rng);
    self_test_parsers(t);
}

/* ------------------------------------------------------------------ */

static int env_int(const char *name, int dflt)
{
    const char *s = getenv(name);
    char *end;
    if (!s || !*s)
        return dflt;
    long v = strtol(s, &end, 10);
    return (*end || v < 0 || v > 100000) ? dflt : (int)v;
}

/* dir must hold PATH_MAX bytes. */
static int make_tmpdir(char *dir)
{
    const char *base = getenv("TMPDIR");
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s/t-dense-XXXXXX",
             base && *base ? base : "/tmp");
    if (!mkdtemp(tmpl) || !realpath(tmpl, dir)) /* make needs abs paths */
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    int self_only = 0;
    const char *seed_arg = getenv("BLOCHGEN_SEED");
    for (int a = 1; a < argc; a++) {
        if (!strcmp(argv[a], "--self-test"))
            self_only = 1;
        else
            seed_arg = argv[a];
    }
    uint64_t seed = seed_arg && *seed_arg ? strtoull(seed_arg, NULL, 0) : 1;
    printf("t-dense: seed %llu\n", (unsigned long long)seed);

    Tally self = {0, 0};
    run_self_tests(&self, seed);
    if (self_only || self.fail) {
        if (self.fail)
            printf("t-dense: the dense evaluator failed its self tests\n");
        printf("dense: %d passed, %d failed\n", self.pass, self.fail);
        return self.fail != 0;
    }

    const char *root = getenv("BLOCHGEN_ROOT");
    char tmpdir[PATH_MAX];
    if (make_tmpdir(tmpdir)) {
        perror("t-dense: mkdtemp");
        printf("dense: 0 passed, 1 failed\n");
        return 1;
    }
    Config cfg = {root && *root ? root : ".", tmpdir, seed};
    int reps = BASE_REPS * env_int("BLOCHGEN_TEST_MULTIPLIER", 1);
    Rng rng = {seed};
    Tally tally = {0, 0};
    for (int trial = 0; trial < reps; trial++)
        run_trial(&tally, &cfg, &rng, trial);

    if (tally.fail == 0)
        remove_tree(tmpdir);
    else
        printf("t-dense: models and solvers kept in %s\n", tmpdir);
    printf("dense: %d passed, %d failed\n", tally.pass, tally.fail);
    return tally.fail != 0;
}
