#!/usr/bin/env bash
# Database fault drill against the machine's PostgreSQL (127.0.0.1:5432): while a writer loop creates people
# through the API, PostgreSQL is stopped for a few seconds and started again. Checks that readiness goes DOWN and
# back UP without restarting Labwatch, that requests fail fast with 503 during the outage, and that every write
# acknowledged with 2xx is present afterwards. Prints the figures and writes them to bench/out/db-fault.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
PORT=${PORT:-18081}
OUTAGE=${OUTAGE:-6}
WRITES=${WRITES:-300}
CLUSTER="$(ls /etc/postgresql | head -1) main"
JAR=app/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect $CLUSTER start
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists labwatch_fault with (force)" -c "create database labwatch_fault"

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/labwatch_fault QUARKUS_DATASOURCE_USERNAME=postgres \
  LABWATCH_ADMIN_PASSWORD=fault-admin-password LABWATCH_SESSION_KEY="$(head -c 48 /dev/urandom | base64 -w0)" LABWATCH_CSRF_KEY="$(head -c 48 /dev/urandom | base64 -w0)" java -Xmx512m -Dquarkus.http.port=$PORT -Dlabwatch.demo.enabled=false \
  -Dquarkus.datasource.jdbc.acquisition-timeout=2S -jar "$JAR" > bench/out/db-fault-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect $CLUSTER start' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

ACKED=bench/out/db-fault-acked.txt; : > "$ACKED"
writer() {
  for i in $(seq 1 "$WRITES"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u admin:fault-admin-password -H 'Content-Type: application/json' \
      -d "{\"slug\": \"fault-person-$i\", \"name\": \"Fault Person $i\"}" "localhost:$PORT/api/people")
    echo "$i $code $(date +%s.%N)" >> "$ACKED"
    sleep 0.05
  done
}
writer &
WRITER=$!
sleep 3
DOWN_AT=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast
sleep 1
READY_DURING=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/health/ready")
T0=$(date +%s.%N); API_DURING=$(curl -s -o /dev/null -w '%{http_code}' -u admin:fault-admin-password "localhost:$PORT/api/people?size=1"); T1=$(date +%s.%N)
sleep "$OUTAGE"
pg_ctlcluster --skip-systemctl-redirect $CLUSTER start
UP_AT=$(date +%s.%N)
until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done
READY_AT=$(date +%s.%N)
wait $WRITER

OK=$(awk '$2 ~ /^2/ {print $1}' "$ACKED")
N_OK=$(echo "$OK" | grep -c . || true)
N_503=$(awk '$2 == 503' "$ACKED" | wc -l)
N_OTHER=$(awk '$2 !~ /^2/ && $2 != 503' "$ACKED" | wc -l)
STORED=$(psql -h 127.0.0.1 -U postgres -d labwatch_fault -Atc "select count(*) from person where slug like 'fault-person-%'")
MISSING=0
for i in $OK; do
  psql -h 127.0.0.1 -U postgres -d labwatch_fault -Atc "select 1 from person where slug = 'fault-person-$i'" | grep -q 1 || MISSING=$((MISSING + 1))
done
{
  echo "Database fault drill: PostgreSQL stopped for ${OUTAGE}s during ${WRITES} writes"
  printf 'writes acknowledged (2xx): %s, refused with 503: %s, other: %s\n' "$N_OK" "$N_503" "$N_OTHER"
  printf 'rows found: %s, acknowledged writes missing: %s\n' "$STORED" "$MISSING"
  printf 'readiness during the outage: %s; an API read during the outage answered %s in %.2f s\n' "$READY_DURING" "$API_DURING" "$(echo "$T1 - $T0" | bc)"
  printf 'ready again %.2f s after PostgreSQL restarted (outage began %.2f s before)\n' "$(echo "$READY_AT - $UP_AT" | bc)" "$(echo "$UP_AT - $DOWN_AT" | bc)"
} | tee bench/out/db-fault.txt
[ "$MISSING" -eq 0 ] && [ "$STORED" -eq "$N_OK" ]
