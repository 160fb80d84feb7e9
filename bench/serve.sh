#!/usr/bin/env bash
# make bench-serve: kb serve on the 1,000,000-statement corpus under 32
# concurrent clients on 127.0.0.1, then hostile requests (docs/serve.md).
#
#   bench/serve.sh
#   BENCH_STATEMENTS=100000 SERVE_REQUESTS=500 bench/serve.sh
#
# Knobs: BENCH_STATEMENTS (corpus size, shared with bench/run.sh's cache),
# SERVE_CLIENTS (32), SERVE_REQUESTS (per page, 2000), SERVE_TIME (longest
# per page, 60s), SERVE_CACHE_MB (32; 0 measures every page rendered
# afresh). Figures go to stdout and bench/serve-results.txt as
# `bench: NAME VALUE UNIT` lines, with the server's CPU time and peak
# memory and the machine's load (it may be shared).
set -euo pipefail
cd "$(dirname "$0")/.."
{
N=${BENCH_STATEMENTS:-1000000}
C=${SERVE_CLIENTS:-32}
R=${SERVE_REQUESTS:-2000}
T=${SERVE_TIME:-60s}
CACHE=bench/cache
RESULTS=bench/serve-results${SERVE_CACHE_MB:+-cache${SERVE_CACHE_MB}}.txt
mkdir -p "$CACHE"
say() { echo "bench: $*" >&2; }

go build -o "$CACHE/kb" ./cmd/kb
go build -o "$CACHE/serveload" ./bench/serveload
KB=$CACHE/kb
eval "$("$KB" gen --statements "$N" --picks)"
DB=$CACHE/corpus-n$N-g$CORPUS_VERSION-s$SCHEMA_VERSION.db
if [ ! -f "$DB" ]; then
	say "building the corpus database $DB (once)"
	"$KB" --db "$DB" gen --statements "$N" >&2
fi

LOG=$CACHE/serve.log
"$KB" --db "$DB" serve --addr 127.0.0.1:0 --cache-mb "${SERVE_CACHE_MB:-32}" 2>"$LOG" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do
	grep -q 'serving' "$LOG" && break
	sleep 0.1
done
BASE=$(grep -o 'http://127.0.0.1:[0-9]*' "$LOG" | head -1)
[ -n "$BASE" ] || { cat "$LOG" >&2; exit 1; }

cpu_of() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$MID_WORDS")
OUTF=$CACHE/serve-out
{
	echo "bench: serve_corpus_statements $N statements"
	echo "bench: serve_clients $C clients"
	echo "bench: serve_cache_mb ${SERVE_CACHE_MB:-32} MB"
	echo "bench: serve_cores $(nproc) cores"
	echo "bench: serve_loadavg_before $(cut -d' ' -f1 /proc/loadavg) load"
} | tee "$OUTF"
CPU0=$(cpu_of $PID)
T0=$(date +%s.%N)
"$CACHE/serveload" -base "$BASE" -c "$C" -n "$R" -t "$T" \
	person="/people/$PERSON_ID" topic="/topics/$TOPIC_ID" search="/search?q=$q" | tee -a "$OUTF"
T1=$(date +%s.%N)
CPU1=$(cpu_of $PID)
{
	echo "bench: serve_loadavg_after $(cut -d' ' -f1 /proc/loadavg) load"
	echo "bench: serve_server_cpu_s $(echo "$CPU1 - $CPU0" | bc) s"
	echo "bench: serve_wall_s $(printf '%.1f' "$(echo "$T1 - $T0" | bc)") s"
	echo "bench: serve_server_peak_rss_mb $(awk '/VmHWM/ {print int($2/1024)}' /proc/$PID/status) MB"
} | tee -a "$OUTF"
kill -TERM $PID
status=0
wait $PID || status=$?
trap - EXIT
echo "bench: serve_sigterm_exit $status status" | tee -a "$OUTF"

# The CPU cost of each page alone, in-process, one request at a time.
export PERSON_ID TOPIC_ID MID_WORDS
KB_BENCH_DB=$PWD/$DB go test ./web -run '^$' -bench Pages -benchtime 20x |
	awk '/^BenchmarkPages\// { split($1, n, "/"); sub(/-[0-9]+$/, "", n[2]); printf "bench: serve_alone_%s_ms %.2f ms\n", n[2], $3 / 1e6 }' | tee -a "$OUTF"
cp "$OUTF" "$RESULTS"
}
