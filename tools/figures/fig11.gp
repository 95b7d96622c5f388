# Fig. 11: m_x1, m_y1, m_z1 of the stable steady states against h1, with
# the critical points (dashed).  Columns as in fig10_gap.gp; sx1, sy1, sz1
# are columns 9, 10, 11 (the first three observables).
set terminal pngcairo size 800,900 noenhanced font 'sans,12'
set output png
set datafile separator ','
set multiplot layout 3,1 title 'Fig. 11: stable steady states, gamma = 1, h2 = 10, lambda = 0.01'
set grid
set arrow 1 from c1, graph 0 to c1, graph 1 nohead dt 2 lc rgb 'black'
set arrow 2 from c2, graph 0 to c2, graph 1 nohead dt 2 lc rgb 'black'
st(k, col) = (strcol(5) eq '1' && strcol(2) eq 'forward' && strcol(4) eq k) ? column(col) : NaN
do for [c in '9 10 11'] {
    col = int(c)
    set ylabel (col == 9 ? 'm_x1' : col == 10 ? 'm_y1' : 'm_z1')
    if (col == 11) { set xlabel 'h1' } else { unset xlabel }
    plot csv using 1:(st('symmetric', col)) with points pt 7 ps 0.5 lc rgb '#1f4e9c' title 'symmetric', \
         csv using 1:(st('broken+', col)) with points pt 7 ps 0.5 lc rgb '#c0392b' title 'broken +', \
         csv using 1:(st('broken-', col)) with points pt 7 ps 0.5 lc rgb '#e67e22' title 'broken -'
}
unset multiplot
