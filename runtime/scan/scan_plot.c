/* The scan's figure: the gap as an image over the x-y plane (red unstable,
 * blue stable, white at 0, grey where there is no single physical symmetric state) and the
 * stability boundary gap = 0 on top.  The boundary comes from marching
 * squares on the full grid; the image is thinned to at most IMG_MAX points
 * a side, about the PNG's resolution, to keep the script small. */
#include <math.h>
#include "scan.h"
#include "plot.h"
#include "stab.h"

#define IMG_MAX 600

static double gx(const scan_grid_t *g, int i)
{
    return num_range_value(&g->x, i);
}

static double gy(const scan_grid_t *g, int j)
{
    return num_range_value(&g->y, j);
}

/* The gap shown: none (grey) where the symmetric state is no density
   matrix, since its gap is no verdict on the physical dynamics. */
static double gval(const scan_grid_t *g, int i, int j)
{
    long k = (long) i * g->y.n + j;

    return g->phase[k] == STAB_PHASE_UNPHYSICAL ? NAN : g->gap[k];
}

/* The crossing of gap = 0 on the edge from (xa, ya, a) to (xb, yb, b), if
   the edge has one; 1 when stored in pt. */
static int crossing(double *pt, double xa, double ya, double a, double xb, double yb, double b)
{
    double t;

    if ((a > 0) == (b > 0))
        return 0;
    t = a / (a - b);
    pt[0] = xa + t * (xb - xa);
    pt[1] = ya + t * (yb - ya);
    return 1;
}

static void segment(FILE *f, const double *u, const double *v)
{
    fprintf(f, "%.10g %.10g\n%.10g %.10g\n\n", u[0], u[1], v[0], v[1]);
}

/* Marching squares over every cell whose four corners have a gap. */
static void boundary_block(FILE *f, const scan_grid_t *g)
{
    int i, j;

    fprintf(f, "$boundary << EOD\n");
    for (i = 0; i + 1 < g->x.n; i++)
        for (j = 0; j + 1 < g->y.n; j++)
        {
            double x0 = gx(g, i), x1 = gx(g, i + 1), y0 = gy(g, j), y1 = gy(g, j + 1);
            double v00 = gval(g, i, j), v10 = gval(g, i + 1, j);
            double v01 = gval(g, i, j + 1), v11 = gval(g, i + 1, j + 1);
            double pt[4][2];
            int n = 0;
            if (isnan(v00) || isnan(v10) || isnan(v01) || isnan(v11))
                continue;
            /* edges in order: bottom, right, top, left */
            n += crossing(pt[n], x0, y0, v00, x1, y0, v10);
            n += crossing(pt[n], x1, y0, v10, x1, y1, v11);
            n += crossing(pt[n], x0, y1, v01, x1, y1, v11);
            n += crossing(pt[n], x0, y0, v00, x0, y1, v01);
            if (n == 2)
                segment(f, pt[0], pt[1]);
            else if (n == 4 && ((v00 + v10 + v01 + v11 > 0) == (v00 > 0)))
            {
                /* saddle; the centre joins v00 to v11: cut off v10 and v01 */
                segment(f, pt[0], pt[1]);
                segment(f, pt[2], pt[3]);
            }
            else if (n == 4)
            {
                segment(f, pt[0], pt[3]);
                segment(f, pt[1], pt[2]);
            }
        }
    /* one dummy point outside the plot keeps an empty block valid */
    fprintf(f, "NaN NaN\nEOD\n");
}

/* The thinned image; *neg, *pos: the largest -gap and gap shown, *none:
   whether some point has no gap. */
static void image_block(FILE *f, double *neg, double *pos, int *none, const scan_grid_t *g)
{
    int si = (g->x.n + IMG_MAX - 1) / IMG_MAX, sj = (g->y.n + IMG_MAX - 1) / IMG_MAX, i, j;

    *neg = *pos = 0;
    *none = 0;
    fprintf(f, "$grid << EOD\n");
    for (i = 0; i < g->x.n; i += si)
        for (j = 0; j < g->y.n; j += sj)
        {
            double v = gval(g, i, j);
            if (isnan(v))
            {
                *none = 1;
                fprintf(f, "%.10g %.10g NaN\n", gx(g, i), gy(g, j));
                continue;
            }
            *neg = fmax(*neg, -v);
            *pos = fmax(*pos, v);
            fprintf(f, "%.10g %.10g %.6g\n", gx(g, i), gy(g, j), v);
        }
    fprintf(f, "EOD\n");
}

static void title(FILE *f, const scan_grid_t *g, const double *p, const bloch_model_t *m)
{
    int k, first = 1;

    /* double quotes: gnuplot reads the \n there */
    fprintf(f, "set title \"%s: gap = -max Re(mu) of the symmetric state", m->name);
    for (k = 0; k < m->nparams; k++)
        if (k != g->x.param && k != g->y.param)
        {
            fprintf(f, "%s%s = %.6g", first ? "\\n" : ", ", m->params[k], p[k]);
            first = 0;
        }
    fprintf(f, "\"\n");
}

/* ---- the attractor classes ---- */

static const char *class_rgb[SCAN_NCLASSES] = {"#bdbdbd", "#4daf4a", "#377eb8", "#e41a1c",
                                              "#984ea3", "#ff7f00", "#000000"};

static int gcls(const scan_grid_t *g, int i, int j)
{
    return g->cls[(long) i * g->y.n + j];
}

/* The classes as an RGB image (thinned like the gap's), which ones occur
   in seen[], and the boundary lines: a segment on the edge between two
   neighbouring (thinned) points of different class. */
static void class_blocks(FILE *f, int *seen, const scan_grid_t *g)
{
    int si = (g->x.n + IMG_MAX - 1) / IMG_MAX, sj = (g->y.n + IMG_MAX - 1) / IMG_MAX, i, j, c;

    for (c = 0; c < SCAN_NCLASSES; c++)
        seen[c] = 0;
    fprintf(f, "$grid << EOD\n");
    for (i = 0; i < g->x.n; i += si)
        for (j = 0; j < g->y.n; j += sj)
        {
            unsigned rgb;
            c = gcls(g, i, j) < SCAN_NCLASSES ? gcls(g, i, j) : SCAN_CLASS_FAILED;
            seen[c] = 1;
            sscanf(class_rgb[c] + 1, "%x", &rgb);
            fprintf(f, "%.10g %.10g %u %u %u\n", gx(g, i), gy(g, j), rgb >> 16,
                    (rgb >> 8) & 255, rgb & 255);
        }
    fprintf(f, "EOD\n$boundary << EOD\n");
    for (i = 0; i < g->x.n; i += si)
        for (j = 0; j < g->y.n; j += sj)
        {
            double x0 = gx(g, i), y0 = gy(g, j);
            if (i + si < g->x.n && gcls(g, i, j) != gcls(g, i + si, j))
            {
                /* vertical edge halfway to the next x */
                double xm = (x0 + gx(g, i + si)) / 2, dy = (gy(g, j + sj < g->y.n ? j + sj : j) -
                                                            gy(g, j >= sj ? j - sj : j)) / 4;
                double u[2] = {xm, y0 - fabs(dy)}, v[2] = {xm, y0 + fabs(dy)};
                if (dy == 0)
                    u[1] = v[1] = y0;
                segment(f, u, v);
            }
            if (j + sj < g->y.n && gcls(g, i, j) != gcls(g, i, j + sj))
            {
                double ym = (y0 + gy(g, j + sj)) / 2, dx = (gx(g, i + si < g->x.n ? i + si : i) -
                                                            gx(g, i >= si ? i - si : i)) / 4;
                double u[2] = {x0 - fabs(dx), ym}, v[2] = {x0 + fabs(dx), ym};
                segment(f, u, v);
            }
        }
    fprintf(f, "NaN NaN\nEOD\n");
}

static int plot_classes(const char *png, const scan_grid_t *g, const double *p,
                        const bloch_model_t *m, char *msg, size_t n)
{
    FILE *f = plot_script_open(png, 900, 700, msg, n);
    int seen[SCAN_NCLASSES], k, first = 1;

    if (f == NULL)
        return PLOT_NO_SCRIPT;
    fprintf(f, "set title \"%s: stable attractors (%d random starts a point)", m->name,
            g->starts);
    for (k = 0; k < m->nparams; k++)
        if (k != g->x.param && k != g->y.param)
        {
            fprintf(f, "%s%s = %.6g", first ? "\\n" : ", ", m->params[k], p[k]);
            first = 0;
        }
    fprintf(f, "\"\n");
    class_blocks(f, seen, g);
    fprintf(f, "set xlabel '%s'\nset ylabel '%s'\n"
               "set xrange [%.17g:%.17g]\nset yrange [%.17g:%.17g]\n"
               "set key outside top center horizontal\nset tics out\n",
            m->params[g->x.param], m->params[g->y.param], fmin(g->x.a, g->x.b),
            fmax(g->x.a, g->x.b), fmin(g->y.a, g->y.b), fmax(g->y.a, g->y.b));
    fprintf(f, "plot $grid using 1:2:3:4:5 with rgbimage notitle, \\\n"
               "     $boundary using 1:2 with lines lw 1.5 lc rgb 'black' title 'boundary'");
    for (k = 0; k < SCAN_NCLASSES; k++)
        if (seen[k])
            fprintf(f, ", \\\n     NaN with boxes fillcolor rgb '%s' fillstyle solid title '%s'",
                    class_rgb[k], scan_class_name(k));
    fprintf(f, "\n");
    return plot_script_run(f, png, msg, n);
}

int scan_plot(const char *png, const scan_grid_t *g, const double *p, const bloch_model_t *m,
              char *msg, size_t n)
{
    FILE *f;
    double neg, pos;
    int none;

    if (g->attr)
        return plot_classes(png, g, p, m, msg, n);
    if ((f = plot_script_open(png, 900, 700, msg, n)) == NULL)
        return PLOT_NO_SCRIPT;
    title(f, g, p, m);
    image_block(f, &neg, &pos, &none, g);
    boundary_block(f, g);
    if (neg == 0 && pos == 0)
        neg = pos = 1;
    else if (neg == 0 || pos == 0)
        neg = pos = fmax(neg, pos);
    fprintf(f, "set xlabel '%s'\nset ylabel '%s'\nset cblabel 'gap'\n"
               "set xrange [%.17g:%.17g]\nset yrange [%.17g:%.17g]\nset cbrange [%.6g:%.6g]\n"
               "set palette defined (%.6g '#b2182b', 0 'white', %.6g '#2166ac')\n"
               "set key outside top center horizontal\nset tics out\n",
            m->params[g->x.param], m->params[g->y.param], fmin(g->x.a, g->x.b),
            fmax(g->x.a, g->x.b), fmin(g->y.a, g->y.b), fmax(g->y.a, g->y.b), -neg, pos, -neg,
            pos);
    if (none)   /* NaN pixels are not drawn: let a grey background show */
        fprintf(f, "set object 1 rectangle from graph 0, graph 0 to graph 1, graph 1 behind "
                   "fillcolor rgb 'grey70' fillstyle solid noborder\n");
    fprintf(f, "plot $grid using 1:2:3 with image notitle, \\\n"
               "     $boundary using 1:2 with lines lw 2 lc rgb 'black' "
               "title 'stability boundary (gap = 0)'%s\n",
            none ? ", \\\n     NaN with boxes fillcolor rgb 'grey70' fillstyle solid "
                   "title 'no symmetric state, several, or not a state'" : "");
    return plot_script_run(f, png, msg, n);
}
