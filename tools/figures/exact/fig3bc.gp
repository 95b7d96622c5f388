# Fig. 3b, 3c (paper 003): called by fig3bc.sh with b, c (CSV: m and
# f - min f for three hz, the middle one at the transition) and png.
set terminal pngcairo size 1100,450 noenhanced font 'sans,12'
set output png
set datafile separator ','
set key autotitle columnhead top center opaque
set xlabel 'm (density of up spins)'
set ylabel 'f(m) - min f'
set xrange [0:1]
set multiplot layout 1, 2 title 'Fig. 3b, 3c: the potential f(m) of Eq. 16, Jbar = 1, gamma = Jbar/10, Gamma = 0'
set title '(b) across the critical point'
set yrange [0:0.002]
plot b using 1:2 with lines lw 2 lc rgb '#1f77b4', \
     b using 1:3 with lines lw 3 lc rgb 'black', \
     b using 1:4 with lines lw 2 lc rgb '#d62728'
set title '(c) across the first-order point, h^x = 0.3 Jbar'
set yrange [0:0.15]
plot c using 1:2 with lines lw 2 lc rgb '#1f77b4', \
     c using 1:3 with lines lw 3 lc rgb 'black', \
     c using 1:4 with lines lw 2 lc rgb '#d62728'
unset multiplot
