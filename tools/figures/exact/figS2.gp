# Fig. S2 (paper 003): called by figS2.sh with f (CSV: hz, then |h^k C_k|
# for k = 1, 2, 3 at gamma = 1, 0.1, 0.01) and png.  Colour by k, lighter
# for larger gamma (as in the paper).
set terminal pngcairo size 900,550 noenhanced font 'sans,12'
set output png
set datafile separator ','
set key bottom right
set xlabel 'hz / J'
set ylabel '|hx^k C_k|'
set logscale y
set yrange [1e-4:10]
set grid xtics
set title "Fig. S2: N = 22, hx = 3 N J, Gamma = 0\nk = 1 (red), 2 (orange), 3 (green); gamma = J, J/10, J/100 (light to dark)"
# '#AARRGGBB': AA is the transparency, larger for larger gamma
col(i) = sprintf('#%s%s', word('B0 60 00', (i - 2) / 3 + 1), word('d62728 ff7f0e 2ca02c', (i - 2) % 3 + 1))
plot for [i=2:10] f using 1:i with lines lw 2 lc rgb col(i) \
     title ((i - 2) % 3 == 0 ? sprintf('gamma = %s J', word('1 0.1 0.01', (i - 2) / 3 + 1)) : '')
