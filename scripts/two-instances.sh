#!/usr/bin/env bash
# Two backend instances on one PostgreSQL behind Debian's nginx, with the nginx configuration of deploy/nginx/ (the
# same files docker-compose.yml uses). Sends each step alternately to both instances and asserts that the state in
# PostgreSQL makes them behave as one:
#   idempotency keys, ETag/If-Match, the public search's answer cache after a directory change, rate limits on the
#   public write (per real client address behind nginx, not nginx's), webhook delivery (each notification once) and
#   scheduled jobs (a lease: each runs once); plus the proxy: malformed forwarding headers are answered, nginx's own
#   errors are problem+json and the backend's problem bodies pass through unchanged, one instance down is no outage.
#
#     PG_PORT=5452 bash scripts/two-instances.sh
#
# Ports: TWO_PORT_A / TWO_PORT_B (backends, default 18111 / 18112), TWO_HOOK_PORT (webhook receiver, 18113),
# TWO_NGINX_PORT (18121). Database zelfhulpwijzer_two, made afresh. Logs in .local/two-instances/. Stops what it
# started. Exit code 0 only when every check passed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/bench/common.sh" # bench_build, bench_token
source "$ROOT/scripts/nginx.sh"   # nginx_main_conf, nginx_web_conf, nginx_launch, nginx_halt

PORT_A="${TWO_PORT_A:-18111}" PORT_B="${TWO_PORT_B:-18112}"
HOOK_PORT="${TWO_HOOK_PORT:-18113}" NGINX_PORT="${TWO_NGINX_PORT:-18121}"
DB=zelfhulpwijzer_two
OUT="$LOCAL/two-instances"
INSTITUTION=demo-instelling
A="http://127.0.0.1:$PORT_A" B="http://127.0.0.1:$PORT_B" PROXY="http://127.0.0.1:$NGINX_PORT"
rm -rf "$OUT" && mkdir -p "$OUT"

FAILED=0
pass() { printf '  \033[32mok\033[0m   %s\n' "$*"; }
fail() { printf '  \033[31mFAIL\033[0m %s\n' "$*"; FAILED=$((FAILED + 1)); }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# status URL [curl options...]: the HTTP status only; 000 when no answer within 10 s.
status() { local url="$1"; shift; curl -s -m 10 -o /dev/null -w '%{http_code}' "$@" "$url" || true; }
# answer URL [curl options...]: status, content type and body on stdout (headers in $OUT/headers).
answer() { local url="$1"; shift; curl -s -m 10 -D "$OUT/headers" -w '\n%{http_code} %{content_type}' "$@" "$url" || true; }
# header_value NAME: that header of the last `answer` (empty when it has none).
header_value() { { grep -i "^$1:" "$OUT/headers" || true; } | cut -d' ' -f2- | tr -d '\r'; }
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read().rstrip("\n").rsplit("\n",1)[0]).get(sys.argv[1], ""))' "$1"; }
sql() { psql "postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB" -Atc "$1"; }
is_problem() { # is_problem STATUS TEXT: the answer (from `answer`) has this status and is problem+json with it
  local last; last=$(tail -n 1 <<<"$2")
  [[ "$last" == "$1 application/problem+json"* ]] && grep -q "\"status\":$1" <<<"$2"
}

log "Preparing"
apt_install nginx
command -v python3 >/dev/null || apt_install python3
pg_install
for port in "$PORT_A" "$PORT_B" "$HOOK_PORT" "$NGINX_PORT"; do require_free_port "$port"; done
stop_started_on_exit
if ! runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then pg_start; STARTED+=(pg); fi
pg_psql -d postgres -c "drop database if exists $DB with (force)" >/dev/null
pg_ensure_database "$DB"
bench_build

log "Webhook receiver on port $HOOK_PORT"
python3 - "$HOOK_PORT" "$OUT/hooks.log" >"$OUT/receiver.log" 2>&1 <<'PY' &
import sys, http.server
port, path = int(sys.argv[1]), sys.argv[2]
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(path, "a") as out:
            out.write(self.headers.get("Zhw-Delivery", "-") + "\n")
        self.send_response(204); self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
PY
RECEIVER_PID=$!
receiver_stop() { kill "$RECEIVER_PID" 2>/dev/null || true; }
STARTED+=(receiver)
touch "$OUT/hooks.log"

# The test profile's token settings (tokens signed by bench_token), its database URL, and what the test profile
# switches off switched on again: no clean at start, the jobs every second, nginx (127.0.0.1) as the trusted proxy.
start_instance() {
  local port="$1" name="$2"; shift 2
  : >"$OUT/backend-$name.log"
  BACKEND_JAVA_OPTS="${TWO_JAVA_OPTS:-}" backend_launch "$BACKEND_APP" "$OUT/backend-$name.log" \
      ZHW_HTTP_PORT="$port" ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" -Dquarkus.profile=test \
      -D%test.quarkus.flyway.clean-at-start=false -D%test.quarkus.http.proxy.trusted-proxies=127.0.0.1 \
      -D%test.zhw.jobs.webhook-dispatch-every=1s -D%test.zhw.jobs.rate-window-cleanup-every=1s \
      -D%test.zhw.jobs.referral-retention-every=1s -D%test.zhw.jobs.audit-retention-every=1s \
      -Dquarkus.log.category.\"nl.zelfhulpwijzer.common.jobs\".level=DEBUG "$@"
  echo "$BACKEND_PID" >"$OUT/backend-$name.pid"
}
instance_stop() { local pid; pid=$(cat "$OUT/backend-$1.pid" 2>/dev/null) || return 0; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
backends_stop() { instance_stop a; instance_stop b; }
STARTED+=(backends)

log "Backends A on $PORT_A (makes 20 demo groups) and B on $PORT_B, started together on the empty database"
# Both run Flyway at once, as docker-compose's replicas do: PostgreSQL's lock lets one migrate, the other waits.
start_instance "$PORT_A" a -Dzhw.demo-data.groups=20
start_instance "$PORT_B" b
wait_for_url "$A/q/health/ready" 600 || { tail -n 40 "$OUT/backend-a.log"; exit 1; }
wait_for_url "$B/q/health/ready" 600 || { tail -n 40 "$OUT/backend-b.log"; exit 1; }

log "nginx on $NGINX_PORT in front of both"
mkdir -p "$OUT/nginx"
cat >"$OUT/nginx/server.conf" <<NGINX
upstream zhw_backend { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 8; }
server {
    listen $NGINX_PORT;
    client_max_body_size 5m;
    # which instance answered, for this script only
    add_header X-Upstream \$upstream_addr always;
    include $ROOT/deploy/nginx/problem-errors.conf;
    include $ROOT/deploy/nginx/backend-proxy.conf;
}
NGINX
nginx_main_conf "$OUT/nginx"
nginx_launch "$OUT/nginx"
nginx_stop() { nginx_halt; }
STARTED+=(nginx)
wait_for_url "$PROXY/q/health/ready" 30
# docker-compose.yml's nginx (frontend/nginx.conf) includes the same two files; nginx must accept it as it is, with
# only the container paths and the replicas' name put in for this machine.
nginx_web_conf "$OUT/nginx/compose" "$NGINX_PORT" "$PORT_A"
check "docker-compose's nginx configuration (frontend/nginx.conf + deploy/nginx) is valid" \
  nginx -t -q -c "$OUT/nginx/compose/nginx.conf" -e "$OUT/nginx/error.log"

MED=$(bench_token medewerker "$INSTITUTION")
BEH=$(bench_token beheerder "$INSTITUTION")
JSON=(-H 'Content-Type: application/json')

log "Idempotency keys (one key: A, then B)"
BODY='{"clientRef":"voorbeeldgegevens-twee","organisationId":"aa-nederland","level":"VERWIJZING","treatmentPhase":"TREATMENT","route":"VIA_CONTACT_PERSON","inCarePlan":true,"trialAgreed":true}'
KEY="two-instances-$(date +%s%N)"
first=$(answer "$A/api/v1/referrals" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "Idempotency-Key: $KEY" -d "$BODY")
second=$(answer "$B/api/v1/referrals" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "Idempotency-Key: $KEY" -d "$BODY")
other=$(answer "$B/api/v1/referrals" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "Idempotency-Key: $KEY" -d "${BODY/twee/drie}")
printf '%s\n---\n' "$first" "$second" "$other" >"$OUT/idempotency.txt"
REFERRAL=$(json_field id <<<"$first")
check "A creates (201), B repeats the first answer for the same key (same referral $REFERRAL)" \
  test "$(tail -n 1 <<<"$first" | cut -d' ' -f1)" = 201 -a "$(json_field id <<<"$second")" = "$REFERRAL"
check "B refuses the same key with other data (422 problem+json)" is_problem 422 "$other"
check "exactly one referral for the key in PostgreSQL" test "$(sql "select count(*) from referral where client_ref = 'voorbeeldgegevens-twee'")" = 1

log "Webhook subscription (A) and ETag/If-Match on the referral (A and B)"
sub=$(answer "$A/api/v1/webhooks/subscriptions" "${JSON[@]}" -H "Authorization: Bearer $BEH" \
  -d "{\"clientId\":\"twee-instanties\",\"endpointUrl\":\"http://localhost:$HOOK_PORT/hook\"}")
check "subscription made on A (201)" test "$(tail -n 1 <<<"$sub" | cut -d' ' -f1)" = 201
answer "$B/api/v1/referrals/$REFERRAL" -H "Authorization: Bearer $MED" >/dev/null
ETAG=$(header_value etag)
moved=$(answer "$A/api/v1/referrals/$REFERRAL/transitions" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "If-Match: $ETAG" -d '{"status":"ACCEPTED"}')
stale=$(answer "$B/api/v1/referrals/$REFERRAL/transitions" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "If-Match: $ETAG" -d '{"status":"IN_PROGRESS"}')
check "ETag $ETAG from B is accepted by A (200)" test "$(tail -n 1 <<<"$moved" | cut -d' ' -f1)" = 200
check "the same, now old, ETag is refused by B (412 problem+json)" is_problem 412 "$stale"
answer "$B/api/v1/referrals/$REFERRAL" -H "Authorization: Bearer $MED" >/dev/null
ETAG2=$(header_value etag)
check "B's ETag after A's change is new ($ETAG2)" test -n "$ETAG2" -a "$ETAG2" != "$ETAG"

log "Webhook delivery: 6 changes, alternately on A and B; each notification once"
for i in 1 2 3 4 5 6; do
  host=$([ $((i % 2)) = 1 ] && echo "$A" || echo "$B")
  answer "$host/api/v1/referrals" "${JSON[@]}" -H "Authorization: Bearer $MED" -H "Idempotency-Key: $KEY-$i" -d "${BODY/twee/hook-$i}" >/dev/null
done
# the create and the transition above + these 6 creates
EXPECTED=$(sql "select count(*) from webhook_delivery")
for _ in $(seq 1 90); do
  [ "$(sql "select count(*) from webhook_delivery where status = 'DELIVERED'")" = "$EXPECTED" ] && break
  sleep 1
done
sleep 3 # a second, wrong delivery would come in the next dispatcher runs
RECEIVED=$(wc -l <"$OUT/hooks.log") DISTINCT=$(sort -u "$OUT/hooks.log" | wc -l)
# A failed attempt (a timeout on a loaded machine) is tried again after its lease: that may send a notification twice,
# as the API documents. Two instances must never send one attempt twice: posts beyond one per notification only as
# many as there were retries.
RETRIES=$(sql "select coalesce(sum(attempts - 1), 0) from webhook_delivery")
check "$EXPECTED notifications, all DELIVERED ($RETRIES retried after a failed attempt)" \
  test "$(sql "select count(*) from webhook_delivery where status = 'DELIVERED'")" = "$EXPECTED" -a "$EXPECTED" -ge 7
check "the receiver got $RECEIVED posts for $DISTINCT notifications: each once, a second time only after a retry" \
  test "$DISTINCT" = "$EXPECTED" -a "$((RECEIVED - DISTINCT))" -le "$RETRIES"

log "Answer caches and directory version: search and advice on both, change on B, search and advice on both"
# the public meeting search, which each instance keeps in memory per query, minute and directory version
count_meetings() { curl -s -m 10 "$1/api/v1/meetings?size=100" | json_field totalItems; }
# the groups the advice weighs, each with "inactive" when the advice says it is no longer active (it stays a
# candidate, with that reason), from the candidate index each instance builds once per directory version
ADVICE='{"relation":"PERSON","behaviours":["ALCOHOL"],"treatmentGoal":"ABSTINENCE","abstinenceWish":true,"stageOfChange":"PREPARATION","treatmentPhase":"TREATMENT","treatmentSetting":"OUTPATIENT","network":"POOR","place":"Utrecht"}'
advised_groups() {
  curl -s -m 30 "${JSON[@]}" -H "Authorization: Bearer $MED" -d "$ADVICE" "$1/api/v1/advice?size=50" |
    python3 -c 'import json,sys; print(" ".join(sorted(c["groupId"] + ("=inactive" if any(r["code"] == "DIRECTORY_INACTIVE"
      for r in c["reasons"]) else "") for c in json.load(sys.stdin)["candidates"] if c.get("groupId"))))'
}
BEFORE_A=$(count_meetings "$A") BEFORE_B=$(count_meetings "$B")
ADV_BEFORE_A=$(advised_groups "$A") ADV_BEFORE_B=$(advised_groups "$B")
count_meetings "$A" >/dev/null; count_meetings "$B" >/dev/null # now answered from each instance's memory
SLUG=$(tr ' ' '\n' <<<"$ADV_BEFORE_A" | grep '^voorbeeld-' | grep -v '=' | head -n 1 || true)
answer "$A/api/v1/groups/$SLUG" >/dev/null
GETAG=$(header_value etag)
off=$(answer "$B/api/v1/groups/$SLUG/deactivate" -X POST -H "Authorization: Bearer $BEH" -H "If-Match: $GETAG")
check "B deactivates group $SLUG (advised on both) with A's ETag (200)" \
  test -n "$SLUG" -a "$(tail -n 1 <<<"$off" | cut -d' ' -f1)" = 200 -a "$ADV_BEFORE_A" = "$ADV_BEFORE_B"
AFTER_A=$(count_meetings "$A") AFTER_B=$(count_meetings "$B")
check "both instances search afresh at once: meetings found on A/B $BEFORE_A/$BEFORE_B before, $AFTER_A/$AFTER_B after" \
  test -n "$BEFORE_A" -a "$BEFORE_A" = "$BEFORE_B" -a "$AFTER_A" = "$AFTER_B" -a "${AFTER_A:-0}" -lt "${BEFORE_A:-0}"
ADV_AFTER_A=$(advised_groups "$A") ADV_AFTER_B=$(advised_groups "$B")
printf 'before A: %s\nbefore B: %s\nafter A:  %s\nafter B:  %s\n' "$ADV_BEFORE_A" "$ADV_BEFORE_B" "$ADV_AFTER_A" "$ADV_AFTER_B" >"$OUT/advice.txt"
check "both instances advise afresh at once: A and B now give $SLUG the reason DIRECTORY_INACTIVE" \
  test "$ADV_AFTER_A" = "$ADV_AFTER_B" -a "$ADV_AFTER_A" = "${ADV_BEFORE_A/$SLUG/$SLUG=inactive}"

log "Rate limit on the public write, through nginx (which takes turns between A and B)"
SLUG=$(sql "select slug from self_help_group where status = 'ACTIVE' and demo order by slug limit 1")
REPORT=(-X POST "${JSON[@]}" -d '{"reason":"OTHER"}')
# the counts are per ten-minute window: start well inside one
while (( $(date +%s) % 600 > 570 )); do sleep 1; done
upstreams=""
for i in $(seq 1 20); do
  answer "$PROXY/api/v1/groups/$SLUG/reports" "${REPORT[@]}" >/dev/null
  upstreams+="$(header_value x-upstream) "
done
check "20 attempts from one client went to both instances" test "$(tr ' ' '\n' <<<"$upstreams" | grep -c . | tr -d ' ')" = 20 -a \
  "$(tr ' ' '\n' <<<"$upstreams" | sort -u | grep -c .)" = 2
limited=$(answer "$PROXY/api/v1/groups/$SLUG/reports" "${REPORT[@]}")
check "the 21st is refused (429 problem+json), whichever instance answers" is_problem 429 "$limited"
spoofed=$(status "$PROXY/api/v1/groups/$SLUG/reports" "${REPORT[@]}" -H 'X-Forwarded-For: 203.0.113.99')
check "a client's own X-Forwarded-For does not get it a new count (nginx replaces it): $spoofed" test "$spoofed" = 429
fresh=$(status "$PROXY/api/v1/groups/$SLUG/reports" "${REPORT[@]}" --interface 127.0.0.3)
check "another client address (127.0.0.3) has its own count: $fresh" test "$fresh" = 400
check "the counts hold hashes in PostgreSQL, never an address" \
  test "$(sql "select count(*) from rate_window where bucket like 'report-address:%' and bucket !~ '^report-address:[0-9a-f]{64}$'")" = 0

log "Malformed forwarding headers are answered"
for header in 'X-Forwarded-For;' 'X-Forwarded-For: ,203.0.113.7' 'X-Forwarded-For: unknown' 'Forwarded: for="[::1' 'X-Forwarded-Proto: a b'; do
  via=$(status "$PROXY/api/v1/meetings?size=1" -H "$header")
  direct=$(answer "$A/api/v1/meetings?size=1" -H "$header" --interface 127.0.0.2)
  check "'$header': through nginx $via; straight to A from an untrusted address $(tail -n 1 <<<"$direct" | cut -d' ' -f1)" \
    test "$via" = 200 -a "$(tail -n 1 <<<"$direct" | cut -d' ' -f1)" != 000
done

log "nginx's own errors are problem+json; the backend's pass unchanged"
long=$(answer "$PROXY/api/v1/meetings?q=$(head -c 9000 /dev/zero | tr '\0' a)")
check "address over nginx's 8 KiB line buffer: 414 problem+json" is_problem 414 "$long"
big=$(answer "$PROXY/api/v1/meetings" -H "X-Big: $(head -c 9000 /dev/zero | tr '\0' a)")
check "header over nginx's 8 KiB buffer: 431 problem+json" is_problem 431 "$big"
head -c 6000000 /dev/zero | tr '\0' a >"$OUT/big-body"
body=$(answer "$PROXY/api/v1/groups/$SLUG/reports" "${JSON[@]}" --data-binary @"$OUT/big-body")
check "body over 5 MB: 413 problem+json" is_problem 413 "$body"
broken=$(printf 'GET /api/v1/meetings HTTP/1.1\r\nHost: x\r\nX Bad\001Name: a\r\nConnection: close\r\n\r\n' |
  python3 -c 'import socket,sys; s=socket.create_connection(("127.0.0.1",int(sys.argv[1]))); s.settimeout(10); s.sendall(sys.stdin.buffer.read()); print(s.makefile("rb").read().decode("latin-1"))' "$NGINX_PORT")
check "unparsable header line: 400 problem+json" grep -q 'Content-Type: application/problem+json' <<<"$broken"
mine=$(curl -s -m 10 "$A/api/v1/groups/niet-bestaand") theirs=$(curl -s -m 10 "$PROXY/api/v1/groups/niet-bestaand")
check "the backend's own 404 problem passes through nginx unchanged" test -n "$mine" -a "$mine" = "$theirs"

log "Scheduled jobs run once (every instance triggers each job every second; the lease lets one run it)"
sleep 2
for job in rate-window-cleanup referral-retention audit-retention; do
  runs=$(cat "$OUT"/backend-a.log "$OUT"/backend-b.log | grep -c "Job $job runs on" || true)
  check "$job: ran $runs time(s) across both instances (lease of an hour or more)" test "$runs" = 1
done

log "One instance down"
instance_stop b
ups=""
for _ in $(seq 1 6); do ups+="$(status "$PROXY/api/v1/meetings?size=1") "; done
check "with B stopped, nginx sends everything to A: $ups" test "$(tr ' ' '\n' <<<"$ups" | grep -c '^200$')" = 6
instance_stop a
gone=$(answer "$PROXY/api/v1/meetings?size=1")
check "with both stopped: 502 problem+json from nginx" is_problem 502 "$gone"

echo
if [ "$FAILED" = 0 ]; then log "Two instances: every check passed"; else log "Two instances: $FAILED check(s) FAILED (logs in $OUT)"; exit 1; fi
