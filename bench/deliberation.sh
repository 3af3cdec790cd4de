#!/usr/bin/env bash
# The deliberation issue's benchmarks on PostgreSQL, in one command:
#   bench/deliberation.sh [extra mvn arguments]
# 1. installs PostgreSQL (and Chromium, for the page load in a browser) from Debian if missing,
# 2. starts a private PostgreSQL server (fresh initdb folder under /tmp, database/user/password governance),
# 3. runs DeliberationBench and InvitationMailBench against it:
#    mvn -B verify -pl governance-app -Pbench,postgres,production -Dtest=DeliberationBench,InvitationMailBench
# 4. prints the BENCH lines, stops the server and removes its data folder, whatever happened.
# PGPORT picks the server's port (default: the first free one from 5432). MVN_OPTS_EXTRA, e.g. -o, go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); fi
fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
PG_BIN=$(pg_bin)

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${PGPORT:-}" ]; then
  PGPORT=5432
  until port_free "$PGPORT"; do PGPORT=$((PGPORT + 1)); done
fi

# initdb refuses to run as root: the server runs as the postgres user then.
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
PGHOME=$(mktemp -d /tmp/governance-bench-pg.XXXXXX)   # socket, password file, data/
PGDATA=$PGHOME/data
chmod 700 "$PGHOME"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PGHOME"; fi
LOG=$(mktemp /tmp/governance-bench.XXXXXX.log)

stop_postgres() {
  echo "== Stopping PostgreSQL"
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGHOME"
}
trap stop_postgres EXIT

echo "== Starting PostgreSQL ($("$PG_BIN/postgres" --version)) on port $PGPORT, data in $PGDATA"
pw_file="$PGHOME/superuser-password"
"${as_pg[@]}" bash -c "umask 077; echo postgres > '$pw_file'"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U postgres --pwfile="$pw_file" --auth-local=trust \
  --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGHOME/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGHOME -c listen_addresses=localhost" start
"${as_pg[@]}" "$PG_BIN/psql" -h "$PGHOME" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE governance LOGIN PASSWORD 'governance'" \
  -c "CREATE DATABASE governance OWNER governance"

echo "== mvn -B verify -pl governance-app -Pbench,postgres,production -Dtest=DeliberationBench,InvitationMailBench (log: $LOG)"
rc=0
GOVERNANCE_DB_URL="jdbc:postgresql://localhost:$PGPORT/governance" \
GOVERNANCE_DB_USER=governance GOVERNANCE_DB_PASSWORD=governance \
  mvn -B verify -pl governance-app -Pbench,postgres,production -Dtest=DeliberationBench,InvitationMailBench \
    -Dsurefire.failIfNoSpecifiedTests=false ${MVN_OPTS_EXTRA:-} "$@" >"$LOG" 2>&1 || rc=$?
grep '^BENCH' "$LOG" || true
grep -E 'Tests run:|BUILD|ERROR\]' "$LOG" | tail -n 5 || true
exit $rc
