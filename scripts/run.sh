#!/usr/bin/env bash
# The run command of README.md: the portal's production build on the embedded default (H2 under ui/data,
# a local Elasticsearch node, demo data on the first start).
# It builds the runnable jar (-Pproduction, tests skipped) when there is none or a pom or source is newer
# than it, then runs it with `java -jar` from ui/. Arguments go to the portal (e.g. --server.port=8081);
# JAVA_OPTS goes to the JVM. Without the rebuild check, Maven's lifecycle (Vaadin's frontend scan above
# all) would add about 20 s to every start.
set -euo pipefail
cd "$(dirname "$0")/.."

jar() { compgen -G "ui/target/ui-*.jar" | head -n1 || true; }

built=$(jar)
if [ -z "$built" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$built" -print -quit 2>/dev/null)" ]; then
  ./mvnw -B -q -Pproduction -pl ui -am package -DskipTests
  built=$(jar)
fi

cd ui
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:-} -jar "target/${built##*/}" "$@"
