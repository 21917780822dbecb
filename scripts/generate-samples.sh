#!/usr/bin/env bash
# Regenerates the fictitious sample inbox input/ and its manifest docs/BEISPIELDATEN.md.
# The generator lives in the test sources (SampleInputGenerator); output is deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/sample-classpath.txt -Dmdep.includeScope=test
# Files the generator no longer writes must not linger in the inbox.
rm -rf input/2024 input/2025
java -Duser.timezone=Europe/Berlin -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/sample-classpath.txt)" \
    de.landkreis.integrationsmonitor.samples.SampleInputGenerator input docs/BEISPIELDATEN.md
