#!/usr/bin/env bash
# Backup and restore, proved: dumps a database (pg_dump, custom format), restores the dump into a fresh database
# (pg_restore) and shows that both hold the same rows: the row count of every table, and the NEN 7513 audit log
# byte for byte (a digest of every event row in order) with its hash chain intact (each event's previous_hash is the
# hash of the event before it). Exit 0 only when everything matches.
#
#   bash scripts/backup-restore.sh [database]       default: zelfhulpwijzer, on the local PostgreSQL of the scripts
#                                                    (PG_PORT, default 5433)
#   KEEP_RESTORE=1 bash scripts/backup-restore.sh    keep the restored database <database>_restore_check afterwards
#   REQUIRE_AUDIT=1 bash scripts/backup-restore.sh   fail when the source has no audit events (the test command's
#                                                    proof, so it cannot pass on an empty audit log)
#
# The dump is written to .local/backup/<database>-<UTC time>.dump (keep it elsewhere for a real backup). pg_dump reads
# one consistent snapshot; run this while nothing writes, or counts of tables written meanwhile may differ.
# The audit digest covers every column, hashes included, so a restore that passes verifies exactly as the source
# (GET /api/v1/audit/verify recomputes each hash from the event's content).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"

SOURCE="${1:-zelfhulpwijzer}"
TARGET="${SOURCE}_restore_check"
BIN=$(pg_bin)
BACKUP_DIR="$LOCAL/backup"
umask 077   # the dump holds the institutions' referrals and audit log: readable by its owner only
mkdir -p "$BACKUP_DIR"
DUMP="$BACKUP_DIR/$SOURCE-$(date -u +%Y%m%dT%H%M%SZ).dump"

# Row count of every table of the schema, one "table count" per line.
table_counts() {
  pg_psql -d "$1" -c "select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
      table_schema, table_name), false, true, '')))[1]::text from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" | tr '|' ' '
}

# Events, digest of their rows in order, and the number of broken links in the hash chain.
audit_summary() {
  pg_psql -d "$1" -c "select count(*) || ' events, digest ' || coalesce(md5(string_agg(e::text, E'\n' order by seq)), '-')
      || ', broken links ' || (select count(*) from (select previous_hash, lag(hash) over (order by seq) as before
                                                      from audit_event) l where before is not null and previous_hash <> before)
      from audit_event e"
}

log "Dumping $SOURCE to $DUMP"
# The tools run as postgres and stream the dump; this shell writes and reads the file, so it works where the checkout
# is closed to other users (scripts/postgres.sh).
pg_as_postgres "$BIN/pg_dump" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -Fc "$SOURCE" >"$DUMP"

log "Restoring into a fresh database $TARGET"
pg_psql -d postgres -c "drop database if exists $TARGET"
pg_psql -d postgres -c "create database $TARGET owner zelfhulpwijzer"
# Tables, data, then indexes, constraints and triggers (post-data): the append-only and frozen-content triggers
# exist only after the rows are in, as in the source. Owners and grants (the revoked audit rights) come along.
pg_as_postgres "$BIN/pg_restore" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres --exit-on-error -d "$TARGET" <"$DUMP"

log "Comparing"
diff <(table_counts "$SOURCE") <(table_counts "$TARGET") > "$BACKUP_DIR/diff.txt" && counts_ok=1 || counts_ok=0
tables=$(table_counts "$TARGET" | wc -l)
rows=$(table_counts "$TARGET" | awk '{ s += $2 } END { print s }')
source_audit=$(audit_summary "$SOURCE")
target_audit=$(audit_summary "$TARGET")
echo "tables: $tables, rows: $rows, counts equal: $([ $counts_ok = 1 ] && echo yes || echo no)"
echo "audit source:   $source_audit"
echo "audit restored: $target_audit"
[ -n "${KEEP_RESTORE:-}" ] || pg_psql -d postgres -c "drop database $TARGET"

if [ $counts_ok != 1 ]; then
  echo "Row counts differ (source < > restored):" >&2; cat "$BACKUP_DIR/diff.txt" >&2; exit 1
fi
if [ -n "${REQUIRE_AUDIT:-}" ] && [[ "$source_audit" == "0 events"* ]]; then
  echo "The source has no audit events, so the audit chain was not proved" >&2; exit 1
fi
if [ "$source_audit" != "$target_audit" ] || [[ "$target_audit" != *", broken links 0" ]]; then
  echo "Audit log differs or its chain is broken" >&2; exit 1
fi
echo "OK: backup $DUMP restores to the same rows and the same intact audit chain."
