# Functions to run a real PostgreSQL from Debian's binaries, as user postgres, with its data in .local/.
# Sourced by scripts/run.sh and scripts/test.sh (ROOT and LOCAL are set by scripts/common.sh).
# If ZHW_DB_URL is set, that database is used and nothing is started here.

PG_PORT="${PG_PORT:-5433}"
PG_HOME="$LOCAL/postgres"
# The postgres user must reach the data folder. Where a parent folder of the project is closed to other users
# (a checkout under /root, say), the data live under /var/lib instead, one folder per checkout.
if [ -z "${ZHW_DB_URL:-}" ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
  PG_HOME="/var/lib/zelfhulpwijzer/$(echo "$ROOT" | sha256sum | cut -c1-12)"
fi
PG_DATA="$PG_HOME/data"
PG_SOCKET="$PG_HOME/socket"
# glibc's allocator settings for the server (why: deploy/postgres/allocator.env, which docker-compose.yml reads too);
# PG_MALLOC= (empty) starts the server with glibc's defaults.
PG_MALLOC="${PG_MALLOC-$(sed -n 's/^GLIBC_TUNABLES=//p' "$ROOT/deploy/postgres/allocator.env")}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
  echo "$dir"
}

pg_as_postgres() {
  runuser -u postgres -- "$@"
}

pg_install() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt_install postgresql postgresql-contrib
  fi
}

pg_start() {
  [ -n "${ZHW_DB_URL:-}" ] && { echo "Using external database $ZHW_DB_URL"; return 0; }
  local bin; bin=$(pg_bin)
  mkdir -p "$PG_HOME" "$PG_SOCKET" "$LOCAL/logs"
  chown postgres "$PG_HOME" "$PG_SOCKET"
  chmod o+x "$LOCAL" 2>/dev/null || true
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    echo "Creating PostgreSQL cluster in $PG_DATA"
    pg_as_postgres "$bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg_as_postgres "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
      echo "Port $PG_PORT is taken by another server (another checkout's PostgreSQL?). Stop it, or choose another" \
           "port with PG_PORT, or use a running database with ZHW_DB_URL." >&2
      return 1
    fi
    touch "$PG_HOME/postgres.log"; chown postgres "$PG_HOME/postgres.log"
    pg_as_postgres env ${PG_MALLOC:+GLIBC_TUNABLES="$PG_MALLOC"} "$bin/pg_ctl" -D "$PG_DATA" -w -t 60 \
      -l "$PG_HOME/postgres.log" -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=localhost" start >/dev/null
  fi
  pg_ensure_database zelfhulpwijzer
}

pg_stop() {
  [ -n "${ZHW_DB_URL:-}" ] && return 0
  local bin; bin=$(pg_bin)
  pg_as_postgres "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 && pg_as_postgres "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null || true
}

pg_psql() {
  psql -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# Creates the application role (if needed) and a database it owns.
pg_ensure_database() {
  local db="$1"
  pg_psql -d postgres -c "do \$\$ begin
      if not exists (select from pg_roles where rolname = 'zelfhulpwijzer') then
        create role zelfhulpwijzer login password 'zelfhulpwijzer';
      end if; end \$\$;"
  if [ -z "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
    pg_psql -d postgres -c "create database $db owner zelfhulpwijzer"
  fi
}
