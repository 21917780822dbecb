# JVM options shared by scripts/run.sh and scripts/benchmark.sh (sourced, not run), so the benchmark starts the bare
# application exactly as run.sh starts the program.

# A class-data-sharing archive: a missing or stale one costs speed, never a failed start (-Xshare:auto), and its log
# stays silent.
cds_options() {
    printf '%s\n' "-XX:SharedArchiveFile=$1" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
}

# A run from the command line lasts seconds to minutes: the optimising compiler (C2) spends more CPU than it saves
# (measured on 2 cores: 1,000 synthetic returns in 9.5 s with C1 alone, 14.7 s with both). The server runs for weeks
# and keeps both compilers.
compiler_options() {
    local arg
    for arg in "$@"; do
        [[ "$arg" == "--serve" ]] && return 0
    done
    printf '%s\n' -XX:TieredStopAtLevel=1
}
