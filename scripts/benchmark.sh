#!/usr/bin/env bash
# Benchmark des Imports (Issue 2, "Speed and memory"): scripts/benchmark.sh [N]   (Standard N = 2000)
# Erzeugt N und 2N synthetische Rückmeldungen über ein Register von 1.101 Gemeinden, misst in einer aufgewärmten
# JVM die reine Parser-Zeit (Untergrenze), den ganzen Import (Dateien/s, Zeilen/s) und den Spitzen-Heap bei N und 2N.
# Letzte Zeile, für Skripte: ratio=<Import/Parser, 2 Nachkommastellen> heap_mb=<Spitzen-Heap bei N in MB>
#
# Die JVM läuft mit festem -Xmx1g (Ziel: Spitzen-Heap < 512 MB), damit die Speicherbereinigung sich verhält wie
# in einem echten Lauf und nicht beliebig Heap anwachsen lässt. BENCH_JAVA_OPTS ergänzt JVM-Optionen (z. B. eine
# JFR-Aufzeichnung: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench.jfr").
# Die Testdaten liegen in einem temporären Ordner, der am Ende gelöscht wird (BENCH_KEEP=1 behält ihn).
set -euo pipefail
cd "$(dirname "$0")/.."

n="${1:-2000}"
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "Aufruf: scripts/benchmark.sh [N]   (N = Anzahl Dateien, Standard 2000)" >&2
    exit 2
fi

mvn -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test

work="$(mktemp -d "${TMPDIR:-/tmp}/integrationsmonitor-benchmark.XXXXXX")"
if [[ -z "${BENCH_KEEP:-}" ]]; then
    trap 'rm -rf "$work"' EXIT
fi

java -Xmx1g ${BENCH_JAVA_OPTS:-} -Duser.timezone=Europe/Berlin -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    de.landkreis.integrationsmonitor.benchmark.ImportBenchmark "$n" "$work"
