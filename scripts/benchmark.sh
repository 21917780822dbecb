#!/usr/bin/env bash
# Benchmark (Issue 16, "No work done twice"): scripts/benchmark.sh [N]   (Standard N = 2000)
#
# Misst in einem Durchgang:
# 1. den Import: N und 2N synthetische Rückmeldungen über ein Register von 1.101 Gemeinden, in einer aufgewärmten
#    JVM die reine Parser-Zeit (Untergrenze) und den ganzen Import, dazu in eigenen Durchläufen den höchsten lebenden
#    Heap des ganzen Laufs bei N und 2N (volle Speicherbereinigung vor jeder Probe);
# 2. den Start, je nach einem Aufwärmen der Median von 5: eine nackte Spring-Boot-Anwendung (gleiche Boot-Version,
#    Spring Batch, H2-Dateidatenbank, sonst nichts: BareBatchApplication in den Testquellen) und dieses Programm
#    mit nichts zu lesen (scripts/run.sh --history in einem frischen Datenordner), beide mit eigenem CDS-Archiv;
#    zum Vergleich die nackte Anwendung mit Flyway und den Migrationen dieses Programms (eine Zeile, kein Verhältnis
#    der letzten Zeile);
# 3. den ganzen Beispiellauf (input/, 73 Dateien, alle Ausgaben) mit scripts/run.sh ohne PDF-Umwandlung, ebenso
#    Median von 5; ist LibreOffice da, ein Lauf mit Umwandlung, deren Dauer in einer eigenen Zeile pdf_s=….
# Letzte Zeile, für Skripte:
#   ratio=<Import/Parser> heap_mb=<lebender Spitzen-Heap bei N> heap_2n_mb=<bei 2N> start_ratio=<Start/nackt>
#   sample_ratio=<Beispiellauf/nackter Start>
#
# Die Import-JVM läuft mit festem -Xmx1g und den Compiler-Optionen, mit denen scripts/run.sh einen Lauf startet
# (nur C1, siehe scripts/lib/jvm-options.sh): gemessen wird das Programm, wie es läuft. BENCH_JAVA_OPTS ergänzt ihre
# JVM-Optionen (z. B. eine JFR-Aufzeichnung: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench.jfr";
# mit -XX:TieredStopAtLevel=4 auch der optimierende Compiler C2). Die Testdaten liegen in einem temporären
# Ordner, der am Ende gelöscht wird (BENCH_KEEP=1 behält ihn).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/jvm-options.sh
source scripts/lib/jvm-options.sh

n="${1:-2000}"
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "Aufruf: scripts/benchmark.sh [N]   (N = Anzahl Dateien, Standard 2000)" >&2
    exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/integrationsmonitor-benchmark.XXXXXX")"
if [[ -z "${BENCH_KEEP:-}" ]]; then
    trap 'rm -rf "$work"' EXIT
fi

mvn -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"

# 1. Import
mapfile -t import_jvm < <(compiler_options)
import_line="$(java -Xmx1g "${import_jvm[@]}" ${BENCH_JAVA_OPTS:-} -Duser.timezone=Europe/Berlin -Dfile.encoding=UTF-8 \
    -cp "$classpath" \
    de.landkreis.integrationsmonitor.benchmark.ImportBenchmark "$n" "$work/import" | tee /dev/stderr | tail -n 1)"

# The bare application gets Boot, Batch, H2 and logging from the same dependency tree, nothing else; its class in a
# jar of its own, as class-data sharing archives classes from jars only.
jar --create --file "$work/bare.jar" -C target/test-classes \
    de/landkreis/integrationsmonitor/benchmark/BareBatchApplication.class
bare_cp="$work/bare.jar:$(tr ':' '\n' < target/benchmark-classpath.txt | grep -E \
    '/(spring-(core|beans|context|aop|expression|jcl|jdbc|tx|retry|batch-core|batch-infrastructure|boot|boot-autoconfigure)-[0-9]|micrometer-(commons|observation|core)-|HdrHistogram|LatencyUtils|h2-|HikariCP|logback-|slf4j-api|jul-to-slf4j|log4j-to-slf4j|log4j-api|snakeyaml|jakarta\.annotation-api)' \
    | paste -sd:)"
# The same yardstick with Flyway and this program's migrations added, else unchanged: what keeping the schema with
# Flyway costs at start on its own (a line for people, not part of the ratios).
jar --create --file "$work/migrations.jar" -C target/classes db/migration
flyway_cp="$work/migrations.jar:$bare_cp:$(tr ':' '\n' < target/benchmark-classpath.txt \
    | grep -E '/(flyway-|jackson-)' | paste -sd:)"

# A start of a yardstick, as scripts/run.sh starts a run from the command line: the same compiler options and a
# class-data sharing archive of its own (given in the JVM options). yardstick <classpath> <folder> [JVM options]
yardstick() {
    local jvm
    mapfile -t jvm < <(compiler_options)
    java "${jvm[@]}" "${@:3}" -Dfile.encoding=UTF-8 -cp "$1" \
        de.landkreis.integrationsmonitor.benchmark.BareBatchApplication \
        --spring.datasource.url="jdbc:h2:file:$2/bare" --spring.batch.jdbc.initialize-schema=always \
        --spring.main.banner-mode=off --logging.level.root=warn
}
bare() {
    mapfile -t cds < <(cds_options "$work/bare.jsa")
    yardstick "$bare_cp" "$1" "${cds[@]}"
}
bare_flyway() {
    mapfile -t cds < <(cds_options "$work/bare-flyway.jsa")
    yardstick "$flyway_cp" "$1" "${cds[@]}"
}
ours() {
    scripts/run.sh --history --data "$1"
}
sample() {
    JAVA_OPTS="-Dintegrationsmonitor.pdf.enabled=${2:-false}" scripts/run.sh --input input --reports "$1/reports" \
        --data "$1/data"
}

# Milliseconds of one call in a fresh folder; its output goes to a file beside it.
run_ms() {
    local what="$1" dir
    dir="$(mktemp -d "$work/$what.XXXXXX")"
    local start end
    start=$(date +%s%N)
    "$what" "$dir" "${@:2}" > "$dir.out" 2>&1 || { echo "$what fehlgeschlagen, siehe $dir.out" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
# The median of 5 calls after one warm-up call that is not counted.
median_ms() {
    run_ms "$@" > /dev/null
    local times=()
    for _ in 1 2 3 4 5; do
        times+=("$(run_ms "$@")")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

# 2. and 3. Start and sample run; each application with its own archive, recorded by one training start.
yardstick "$bare_cp" "$work/bare-training" -XX:ArchiveClassesAtExit="$work/bare.jsa" > "$work/bare-training.out" 2>&1
yardstick "$flyway_cp" "$work/bare-flyway-training" -XX:ArchiveClassesAtExit="$work/bare-flyway.jsa" \
    > "$work/bare-flyway-training.out" 2>&1
scripts/run.sh --help > /dev/null   # builds the program and its archive when needed
bare_ms=$(median_ms bare)
bare_flyway_ms=$(median_ms bare_flyway)
start_ms=$(median_ms ours)
sample_ms=$(median_ms sample)
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
start_ratio=$(ratio "$start_ms" "$bare_ms")
sample_ratio=$(ratio "$sample_ms" "$bare_ms")
printf 'Nackte Spring-Boot-Anwendung (Batch, H2): Start %d ms (Median von 5)\n' "$bare_ms"
printf 'Dieselbe mit Flyway und den Migrationen dieses Programms: Start %d ms, Verhältnis %s\n' \
    "$bare_flyway_ms" "$(ratio "$bare_flyway_ms" "$bare_ms")"
printf 'Integrationsmonitor ohne Dateien (--history): Start %d ms, Verhältnis %s (Ziel ≤ 1,3)\n' \
    "$start_ms" "$start_ratio"
printf 'Beispiellauf (73 Dateien, alle Ausgaben, ohne PDF): %d ms, Verhältnis %s (Ziel ≤ 2,0)\n' \
    "$sample_ms" "$sample_ratio"
if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
    with_pdf_ms=$(run_ms sample true)
    echo "pdf_s=$(awk -v a="$with_pdf_ms" -v b="$sample_ms" 'BEGIN { printf "%.1f", (a - b) / 1000 }')"
fi
echo "$import_line start_ratio=$start_ratio sample_ratio=$sample_ratio"
