#!/usr/bin/env bash
# Integrationsmonitor: einen Lauf starten (Rückmeldungen einlesen, prüfen, Prüfprotokoll und Berichte schreiben).
# Baut das Programm neu, wenn es fehlt oder älter als die Quellen ist. Hilfe: scripts/run.sh --help
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/jvm-options.sh
source "$repo/scripts/lib/jvm-options.sh"
jar="$repo/target/integrationsmonitor.jar"
# The jar extracted as Spring Boot's "efficient deployments" describe it, with a class-data-sharing archive of the
# classes a start loads: the JVM maps them instead of loading and verifying them anew at every start.
app="$repo/target/app"
archive="$app/integrationsmonitor.jsa"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$repo/pom.xml" "$repo/src/main" -newer "$jar" -print -quit)" ]]; then
    echo "Programm wird gebaut (einmalig, dauert etwa eine Minute) …" >&2
    (cd "$repo" && mvn -q -B -DskipTests package) >&2
fi

# Extracts the jar and records the archive in a training run in a temporary folder: the program writes its blank
# and prefilled forms for a year, then reads them as returns and writes every paper of a run (without PDF), so the
# archive holds the classes of reading, checking, storing and writing, not only of the start. Nothing real is read
# or written. Done once per build (about 15 seconds); when it fails, the program still starts, only slower.
prepare_archive() {
    local work
    work="$(mktemp -d "${TMPDIR:-/tmp}/integrationsmonitor-cds.XXXXXX")"
    trap 'rm -rf "$work"' RETURN
    rm -rf "$app"
    java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
    # Java 17 refuses to archive when a jar's Class-Path names a directory: LibreOffice's UNO jar names "../".
    local lo
    for lo in "$app"/lib/libreoffice-*.jar; do
        [[ -f "$lo" ]] || continue
        mkdir "$work/lo"
        (cd "$work/lo" && jar xf "$lo" && awk '/^Class-Path:/ {skip = 1; next} skip && /^ / {next} {skip = 0; print}' \
            META-INF/MANIFEST.MF > "$work/manifest" && rm META-INF/MANIFEST.MF \
            && jar --create --file "$lo" --manifest "$work/manifest" -C "$work/lo" .)
    done
    local compiler training
    mapfile -t compiler < <(compiler_options)
    training=("${compiler[@]}" -Dfile.encoding=UTF-8 -Dintegrationsmonitor.pdf.enabled=false
        -jar "$app/integrationsmonitor.jar")
    java "${training[@]}" --vorlagen 2025 --data "$work/data" --reports "$work/forms" >/dev/null 2>&1
    java -XX:ArchiveClassesAtExit="$archive" "${training[@]}" --input "$work/forms/vorlagen" --year 2025 \
        --data "$work/data" --reports "$work/reports" >/dev/null 2>&1
}

if [[ ! -f "$app/integrationsmonitor.jar" ]] || [[ "$jar" -nt "$app/integrationsmonitor.jar" ]]; then
    prepare_archive || rm -rf "$app"
fi

mapfile -t compiler < <(compiler_options "$@")
if [[ -f "$app/integrationsmonitor.jar" ]]; then
    mapfile -t cds < <(cds_options "$archive")
    exec java "${cds[@]}" "${compiler[@]}" ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -jar "$app/integrationsmonitor.jar" "$@"
fi
exec java "${compiler[@]}" ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -jar "$jar" "$@"
