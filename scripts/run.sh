#!/usr/bin/env bash
# Integrationsmonitor: einen Lauf starten (Rückmeldungen einlesen, prüfen, Prüfprotokoll und Berichte schreiben).
# Baut das Programm neu, wenn es fehlt oder älter als die Quellen ist. Hilfe: scripts/run.sh --help
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$repo/target/integrationsmonitor.jar"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$repo/pom.xml" "$repo/src/main" -newer "$jar" -print -quit)" ]]; then
    echo "Programm wird gebaut (einmalig, dauert etwa eine Minute) …" >&2
    (cd "$repo" && mvn -q -B -DskipTests package) >&2
fi

exec java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -jar "$jar" "$@"
