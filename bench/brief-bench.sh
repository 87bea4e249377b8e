#!/usr/bin/env bash
# Brief build time per format for one lab with 10,000 facts over one year.
# Starts Labwatch on a temporary embedded database (no demo data), imports a generated dataset, then times
# POST /api/briefs for each format (median of 3 runs after one warm-up). Prints a table and writes it to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
FACTS=${FACTS:-10000}
PORT=${PORT:-18080}
JAR=app/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
python3 bench/generate_dataset.py --facts "$FACTS" --out bench/out/dataset.json

DATA=$(mktemp -d)
AUTH=admin:bench-admin-password
LABWATCH_ADMIN_PASSWORD=bench-admin-password LABWATCH_SESSION_KEY="$(head -c 48 /dev/urandom | base64 -w0)" LABWATCH_CSRF_KEY="$(head -c 48 /dev/urandom | base64 -w0)" java -Xmx512m -Dquarkus.http.port=$PORT -Dlabwatch.demo.enabled=false -Dlabwatch.db.embedded.data-dir="$DATA/pg" \
  -jar "$JAR" > bench/out/brief-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

ROWS=$(python3 -c "import json;d=json.load(open('bench/out/dataset.json'));print(sum(len(v) for v in d.values()))")
START=$(date +%s.%N)
curl -sf -u "$AUTH" -XPOST "localhost:$PORT/api/import" -H 'Content-Type: application/json' --data-binary @bench/out/dataset.json > bench/out/import-result.json
END=$(date +%s.%N)
IMPORT_S=$(echo "$END - $START" | bc)

REQ='{"audience":"INVESTOR","labs":["megalab"],"from":"2025-01-01","to":"2025-12-31","asOf":"2030-01-01"}'
{
  printf 'Brief benchmark: 1 lab with %s facts over 2025 (%s rows imported in %.1f s, %.0f rows/s)\n' "$FACTS" "$ROWS" "$IMPORT_S" "$(echo "$ROWS / $IMPORT_S" | bc -l)"
  printf '%-10s %12s %12s\n' format "median (s)" "size (KB)"
  for fmt in json md html pdf; do
    curl -s -u "$AUTH" -o /dev/null -XPOST "localhost:$PORT/api/briefs?format=$fmt" -H 'Content-Type: application/json' -d "$REQ"
    times=()
    for _ in 1 2 3; do
      times+=("$(curl -s -u "$AUTH" -o bench/out/brief.$fmt -w '%{time_total}' -XPOST "localhost:$PORT/api/briefs?format=$fmt" -H 'Content-Type: application/json' -d "$REQ")")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    printf '%-10s %12s %12d\n' "$fmt" "$median" "$(( $(stat -c %s bench/out/brief.$fmt) / 1024 ))"
  done
} | tee bench/out/brief-bench.txt
