#!/usr/bin/env bash
# Benchmark der Webseiten (Issue 14, "Speed"): scripts/benchmark-web.sh
# Füllt eine Datenbank über den echten Import: die 39 Gemeinden des Landkreises × 10 Berichtsjahre (ein Lauf je Jahr)
# und ein Lauf über fehlerhafte Dateien mit mindestens 100.000 Befunden; dauert das höchstens 5 Minuten, danach
# ebenso das synthetische Verzeichnis mit 1.101 Gemeinden. Startet jeweils den Server und misst jede Seite
# (Übersicht, Rücklauf, Prüfprotokoll ohne und mit Auswahl, eine Gemeinde, ein Lauf, Berichte) angemeldet mit einem
# echten HTTP-Client: Median und Maximum von 15 Abrufen nach 3 zum Aufwärmen, Größe des HTML.
# Ziele je Seite (2 Kerne): Median ≤ 0,5 s, Maximum ≤ 1 s, HTML ≤ 1 MB.
# Letzte Zeile, für Skripte: web_max_ms=<langsamste> web_max_kb=<größte> targets=met (oder targets=missed:<Seiten>)
#
# Die JVM läuft mit -Xmx1g wie der Import-Benchmark. Die Daten liegen in einem temporären Ordner, der am Ende
# gelöscht wird (BENCH_KEEP=1 behält ihn).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test

work="$(mktemp -d "${TMPDIR:-/tmp}/integrationsmonitor-web-benchmark.XXXXXX")"
if [[ -z "${BENCH_KEEP:-}" ]]; then
    trap 'rm -rf "$work"' EXIT
fi

java -Xmx1g ${BENCH_JAVA_OPTS:-} -Duser.timezone=Europe/Berlin -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    de.landkreis.integrationsmonitor.benchmark.WebBenchmark "$work"
