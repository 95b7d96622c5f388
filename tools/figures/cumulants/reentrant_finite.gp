# The reentrant phase at finite N (tools/figures/cumulants/reentrant_finite.sh):
# gnuplot -e "csv='out/reentrant_finite.csv'; gap='out/reentrant_gap.csv'; png='out/reentrant_finite.png'" reentrant_finite.gp
# (a) <sx1_1 sx1_2> against h1: exact (blochgen finite) at N = 4, 6, 8 and
#     the order-2/3 steady states at the same N;
# (b) the Jacobian gap of the order-2/3 symmetric state against h1 for
#     N = 16 .. 4096 (order 3 as points), mean-field critical points dashed.
set terminal pngcairo size 1000,900 noenhanced font 'sans,11'
set output png
set datafile separator ','
set datafile missing 'nan'
set multiplot layout 2,1
set grid
set xrange [0:1.2]
c1 = 0.0670; c2 = 0.9330
set arrow 1 from c1, graph 0 to c1, graph 1 nohead dt 2 lc rgb 'black'
set arrow 2 from c2, graph 0 to c2, graph 1 nohead dt 2 lc rgb 'black'
set title '(a) gamma = 1, h2 = 10, lambda = 0.01: exact finite N (lines) against orders 2 (dashed) and 3 (points)'
set xlabel 'h1'
set ylabel '<sx_{1,1} sx_{1,2}>'
set key top right
col(n) = n == 4 ? '#1f4e9c' : n == 6 ? '#c0392b' : '#2e8b57'
# N <= 4 on the 0.005 grid (order 3 shown every 3rd), N = 6, 8 on 0.05, 0.1
plot for [n=4:8:2] csv using ($1 == n ? $2 : NaN):5 with linespoints lw 2 pt 7 ps (n > 4 ? 0.6 : 0) lc rgb col(n) title sprintf('exact N = %d', n), \
     for [n=4:8:2] csv using ($1 == n ? $2 : NaN):12 with lines lw 1 dt 2 lc rgb col(n) title sprintf('order 2, N = %d', n), \
     for [n=4:8:2] csv using ($1 == n && (n > 4 || int($2 / 0.005 + 0.5) % 3 == 1) ? $2 : NaN):15 with points pt 6 ps 0.9 lc rgb col(n) title sprintf('order 3, N = %d', n)
set title '(b) Jacobian gap of the symmetric state (< 0: unstable): order 2 (lines), order 3 (points)'
set ylabel 'gap = -max Re(mu)'
set yrange [-0.6:0.6]
set xzeroaxis lt -1
gc(i) = i == 1 ? '#1f4e9c' : i == 2 ? '#c0392b' : i == 3 ? '#2e8b57' : i == 4 ? '#8e44ad' : '#e67e22'
nn(i) = 4 ** (i + 1)
plot for [i=1:5] gap using (($1 == 2 && $2 == nn(i)) ? $3 : NaN):4 with lines lw 2 lc rgb gc(i) title sprintf('N = %d', nn(i)), \
     for [i=1:5] gap using (($1 == 3 && $2 == nn(i)) ? $3 : NaN):4 with points pt 7 ps 0.5 lc rgb gc(i) notitle
unset multiplot
