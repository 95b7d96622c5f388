# Called by errors.sh with csv and png: |order K - exact| against N, one
# panel per parameter point, solid n-bar, dashed <sigma+_1 sigma-_2>.
set terminal pngcairo size 1200,900 noenhanced font 'sans,11'
set output png
set datafile separator ','
set logscale xy
set format y '1e%T'
set xrange [10:6000]
set yrange [1e-16:1]
set xlabel 'N'
set ylabel '|order K - exact|'
set key bottom left font 'sans,9'
set multiplot layout 2,2 title 'dtfim_nbody, Jbar = 1, gamma = 0.1, Gbar = 0.3: cumulant orders 1-3 against dtfim-exact'
t(p) = p eq 'A' ? 'A: hx = 0.4, hz = 1 (away)' : p eq 'B' ? 'B: hx = 1.2, hz = 0 (away)' : \
       p eq 'C' ? 'C: hx = 0.4, hz = -0.5 (away)' : 'D: hx = 0.4, hz = 0.2 (near the first-order line)'
col(k) = k == 1 ? '#1b9e77' : k == 2 ? '#d95f02' : '#7570b3'
do for [p in 'A B C D'] {
    set title t(p)
    sel(k) = sprintf("< awk -F, '$1 == \"%s\" && $5 == %d && $10 != \"\"' %s", p, k, csv)
    plot for [k=1:3] sel(k) using 4:10 with linespoints lw 2 pt 7 lc rgb col(k) title sprintf('order %d n-bar', k), \
         for [k=1:3] sel(k) using 4:11 with linespoints lw 2 dt 2 pt 6 lc rgb col(k) title sprintf('order %d <s+1 s-2>', k), \
         1e-1/x lc rgb 'gray60' dt 3 title 'N^-1', 1e-1/x**2 lc rgb 'gray40' dt 3 title 'N^-2', 1e-1/x**3 lc rgb 'gray20' dt 3 title 'N^-3'
}
unset multiplot
