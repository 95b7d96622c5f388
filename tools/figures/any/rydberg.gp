# Called by rydberg.sh with all (steady --all along hz) and png.
set terminal pngcairo size 900,600 noenhanced font 'sans,12'
set output png
set datafile separator ','
set title 'Rydberg-like bistability (fold model, V = 4, omega = gamma = 1): every steady state'
set xlabel 'hz'
set ylabel '<sz1>'
set key bottom right
set arrow from 1.2610, graph 0 to 1.2610, graph 1 nohead dt 3 lc rgb 'gray50'
set arrow from 1.8868, graph 0 to 1.8868, graph 1 nohead dt 3 lc rgb 'gray50'
set label 'folds (closed form)' at 1.2610, graph 0.55 offset 0.5,0 tc rgb 'gray40'
plot all using (strcol(3) eq 'stable' ? $1 : NaN):8 with points pt 7 ps 0.7 lc rgb '#1b9e77' title 'stable (certified)', \
     all using (strcol(3) eq 'unstable' ? $1 : NaN):8 with points pt 6 ps 0.7 lc rgb '#d95f02' title 'unstable (certified)'
