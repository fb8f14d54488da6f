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

# The script becomes the application's JVM, so the pid its caller holds (`./run.sh & echo $!`) is the
# application's: SIGTERM or Ctrl-C shuts it down in order (requests, consumers, publisher, connection pool,
# then the broker and the database). The embedded PostgreSQL runs in a session of its own, so Ctrl-C does
# not reach it before the application is done with it. If the JVM is killed (kill -9), that PostgreSQL
# outlives it; the next start on the same data folder stops it first.
exec java ${FORUM_JAVA_OPTS:-} -jar "$jar" "$@"
