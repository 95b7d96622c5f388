# Fig. S1 (paper 003): called by figS1.sh with f (CSV: t, then re12, im12,
# re21, im21 for nth = 0, 0.5, 2) and png.  Solid: <s1-(t) s2-(0)>,
# dashed: <s2-(t) s1-(0)>.
set terminal pngcairo size 1100,450 noenhanced font 'sans,12'
set output png
set datafile separator ','
set key top right
set xlabel 't J'
set multiplot layout 1, 2 title 'Fig. S1: N = 5, kappa = J, hz = J, hx = (9.2, 2.2, 5.2, 4.4, 1.0) J; solid <s1-(t) s2-(0)>, dashed <s2-(t) s1-(0)>'
set title 'real part'
plot for [k=0:2] f using 1:(column(2 + 4*k)) with lines lw 2 lc k + 1 title sprintf('nth = %s', word('0 0.5 2', k + 1)), \
     for [k=0:2] f using 1:(column(4 + 4*k)) with lines lw 2 dt 2 lc k + 1 notitle
set title 'imaginary part'
plot for [k=0:2] f using 1:(column(3 + 4*k)) with lines lw 2 lc k + 1 title sprintf('nth = %s', word('0 0.5 2', k + 1)), \
     for [k=0:2] f using 1:(column(5 + 4*k)) with lines lw 2 dt 2 lc k + 1 notitle
unset multiplot
