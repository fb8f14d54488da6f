#!/usr/bin/env bash
# Runs Forum on embedded PostgreSQL and Kafka (data in ~/.forum), building it first when the sources
# are newer than the application jar. Extra arguments go to the application, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")"

jar=forum-api/target/forum-api-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -print -quit)" ]; then
    echo "Building Forum (the first build downloads dependencies and takes a few minutes)..."
    ./mvnw -q -B -DskipTests install
fi

# The application runs in a session of its own, so Ctrl-C reaches only it and not the embedded
# PostgreSQL it started: the application then shuts down in order (requests, consumers, publisher,
# connection pool) and stops the broker and the database itself.
setsid java ${FORUM_JAVA_OPTS:-} -jar "$jar" "$@" &
app=$!
trap 'kill -TERM "$app" 2>/dev/null || true' INT TERM
while kill -0 "$app" 2>/dev/null; do
    wait "$app" || true
done
