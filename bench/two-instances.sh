#!/usr/bin/env bash
# Two Labwatch instances on different ports against one PostgreSQL (the machine's server): concurrent edits of the
# same lab from the same version, half through each instance, must give exactly one success and conflicts for the
# rest — optimistic locking holds across instances because the version lives in the database row.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
JAR=app/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists labwatch_two with (force)" -c "create database labwatch_two"
start() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/labwatch_two QUARKUS_DATASOURCE_USERNAME=postgres \
    LABWATCH_SESSION_KEY=shared-session-key-for-both-instances-0123456789 LABWATCH_CSRF_KEY=shared-csrf-key-for-both-instances-0123456789 \
    java -Xmx256m -Dquarkus.http.port="$1" -jar "$JAR" > "bench/out/two-instances-$1.log" 2>&1 &
  echo $!
}
A=$(start 18091)
sleep 2   # the first instance loads the demo data; the second finds it loaded
B=$(start 18092)
trap 'kill $A $B 2>/dev/null; wait 2>/dev/null' EXIT
for port in 18091 18092; do until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.2; done; done

VERSION=$(curl -s -u analyst:analyst-demo-password localhost:18091/api/labs/meta | python3 -c "import json,sys;print(json.load(sys.stdin)['version'])")
: > bench/out/two-instances.txt
for i in $(seq 1 10); do
  port=$((18091 + i % 2))
  curl -s -o /dev/null -w "%{http_code} $port\n" -u analyst:analyst-demo-password -XPUT "localhost:$port/api/labs/meta" \
    -H 'Content-Type: application/json' -H "If-Match: \"$VERSION\"" \
    -d "{\"slug\": \"meta\", \"name\": \"Meta\", \"kind\": \"BIG_TECH\", \"summary\": \"edit $i via $port\"}" >> bench/out/two-instances.txt &
done
wait $(jobs -p | grep -v -e "^$A$" -e "^$B$") 2>/dev/null || true
sleep 1
OK=$(grep -c '^200' bench/out/two-instances.txt || true)
CONFLICT=$(grep -c '^412' bench/out/two-instances.txt || true)
DEMO_LOADS=$(grep -l "Loaded demo data" bench/out/two-instances-1809*.log | wc -l)
echo "10 concurrent edits of one lab from version $VERSION through two instances: $OK succeeded, $CONFLICT got 412; demo data loaded by $DEMO_LOADS instance(s)"
[ "$OK" -eq 1 ] && [ "$CONFLICT" -eq 9 ] && [ "$DEMO_LOADS" -eq 1 ]
