# Fig. 10 (bottom): stability gap of the symmetric state against h1.
# gnuplot -e "csv='out/fig11_sweep.csv'; png='out/fig10_gap.png'; c1=...; c2=..." fig10_gap.gp
# The CSV is `sweep` output: param,direction,branch,kind,stable,physical,gap,frequency,<observables>.
set terminal pngcairo size 800,500 noenhanced font 'sans,12'
set output png
set datafile separator ','
set xlabel 'h1'
set ylabel 'Delta_stab = -max Re(mu) of the symmetric state'
set title 'Fig. 10 (bottom): gamma = 1, h2 = 10, lambda = 0.01'
set grid
set xzeroaxis lt -1
set arrow from c1, graph 0 to c1, graph 1 nohead dt 2 lc rgb 'black'
set arrow from c2, graph 0 to c2, graph 1 nohead dt 2 lc rgb 'black'
plot csv using 1:((strcol(4) eq 'symmetric' && strcol(2) eq 'forward') ? $7 : NaN) \
     with lines lw 2 lc rgb '#1f4e9c' title 'Delta_stab'
