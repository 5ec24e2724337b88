#!/usr/bin/env bash
# Runs the Spark jobs here in local mode, end to end, on the fixture articles, and compares the
# graph they give with `actorgraph ingest` of the same articles (docs/scale.md):
#   1. ExtractJob (local[N]) : articles -> OUT/statements/*.jsonl + OUT/errors/
#   2. LoadJob over Bolt     : into a fresh embedded store, served by `actorgraph serve --no-auth`
#   3. actorgraph ingest     : the same articles into a second fresh store
#   4. actorgraph stats --json of both, compared (the time fields left out)
# No spark-submit needed: the jobs' mains run with `java -cp` on the module's jar, target/lib/
# (what a cluster gets with --jars) and Spark's own jars (target/spark-classpath.txt, from ~/.m2).
# Usage: actorgraph-spark/run-local.sh [ARTICLES_DIR] [CORES]   (default: the fixtures, 2)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$home/actorgraph-spark"
cores="${2:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-spark.XXXXXX")"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
serve_pid=""
cleanup() { if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

say() { echo "run-local: $*" >&2; }
now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{printf "%.1f", $1 - $2}'; }

# the articles: a folder given, else the fixture articles (their .questions.json files are not articles)
mkdir -p "$work/articles"
if [ -n "${1:-}" ]; then
  cp -r "$1"/. "$work/articles/"
else
  for f in "$home"/actorgraph-core/src/test/resources/fixtures/*.json; do
    case "$f" in *.questions.json) ;; *) cp "$f" "$work/articles/" ;; esac
  done
fi
articles=$(find "$work/articles" -type f | wc -l)

if [ ! -f "$module/target/actorgraph-spark.jar" ] || [ ! -f "$module/target/spark-classpath.txt" ] \
    || [ -n "$(find "$home/pom.xml" "$module/pom.xml" "$module/src/main" "$home/actorgraph-core/src/main" \
        "$home/actorgraph-graph/src/main" -newer "$module/target/actorgraph-spark.jar" -print -quit)" ]; then
  say "building actorgraph-spark (and what it needs)..."
  (cd "$home" && ./mvnw -q -B -ntp -DskipTests -pl actorgraph-spark -am package) 1>&2
fi
# As on a cluster: Spark's jars first, ours after (spark-submit --jars), except the one jar that must
# come before Spark's: Jackson 3 (core's JSON) needs jackson-annotations 2.20+, Spark 3.5 brings 2.15
# (docs/scale.md: spark.{driver,executor}.extraClassPath)
annotations=$(ls "$module"/target/lib/jackson-annotations-2.*.jar)
classpath="$annotations:$(cat "$module/target/spark-classpath.txt"):$module/target/actorgraph-spark.jar:$module/target/lib/*"
# Spark's flags for Java 17 (as in the module's pom); -Xmx: one CoreNLP pipeline (~1 GB) per core
jvm=(-Xmx$((1 + cores * 3 / 2))g -XX:+UseParallelGC -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
  -Dlog4j2.configurationFile="$module/src/test/resources/log4j2.properties"
  -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1)

say "$articles articles in $work/articles; 1/4 ExtractJob on local[$cores]"
t=$(now)
"$java_bin" "${jvm[@]}" -cp "$classpath" io.actorgraph.spark.ExtractJob --master "local[$cores]" \
  --out "$work/out" "$work/articles"
extract_s=$(since "$t")

# a fresh embedded store serving Bolt on free loopback ports
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
bolt=$(free_port); http=$(free_port)
say "2/4 a fresh store served on bolt://127.0.0.1:$bolt (actorgraph serve --no-auth)"
"$home/actorgraph" serve --db "$work/spark-db" --no-auth --bolt-port "$bolt" --port "$http" >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 180); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$bolt") 2>/dev/null; then break; fi
  if ! kill -0 "$serve_pid" 2>/dev/null; then say "serve stopped:"; cat "$work/serve.log" >&2; exit 1; fi
  sleep 1
done
t=$(now)
"$java_bin" "${jvm[@]}" -cp "$classpath" io.actorgraph.spark.LoadJob --master "local[$cores]" \
  --uri "bolt://127.0.0.1:$bolt" "$work/out/statements"
load_s=$(since "$t")
"$home/actorgraph" stats --db "$work/spark-db" --json > "$work/spark-stats.json"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""

say "3/4 actorgraph ingest of the same articles into another fresh store"
t=$(now)
"$home/actorgraph" ingest --db "$work/ingest-db" "$work/articles" >&2
ingest_s=$(since "$t")
"$home/actorgraph" stats --db "$work/ingest-db" --json > "$work/ingest-stats.json"

say "4/4 comparing stats --json of both stores (without the time fields)"
strip='del(.. | .loadedAt?, .lastLoad?)'
spark_stats=$(jq -S "$strip" "$work/spark-stats.json")
ingest_stats=$(jq -S "$strip" "$work/ingest-stats.json")
store_bytes() { du -sb "$1" | cut -f1; }
echo "articles: $articles; extract job: ${extract_s} s; load job: ${load_s} s; actorgraph ingest: ${ingest_s} s"
echo "spark store: $(jq -c '{articles, actorCount, factCount, events}' "$work/spark-stats.json") $(store_bytes "$work/spark-db") bytes"
echo "ingest store: $(jq -c '{articles, actorCount, factCount, events}' "$work/ingest-stats.json") $(store_bytes "$work/ingest-db") bytes"
if [ "$spark_stats" = "$ingest_stats" ]; then
  echo "same graph: stats --json equal (work folder: $work)"
else
  echo "DIFFERENT graphs (work folder: $work):"
  diff <(echo "$spark_stats") <(echo "$ingest_stats") || true
  exit 1
fi
