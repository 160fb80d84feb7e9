#!/usr/bin/env bash
# make bench: kb against the sqlite3 shell on a generated corpus.
#
#   bench/run.sh                 1,000,000 statements, the full benchmark
#   BENCH_STATEMENTS=100000 bench/run.sh
#
# Knobs: BENCH_STATEMENTS (corpus size), BENCH_RUNS (runs per cold lookup,
# default 20), BENCH_LOAD_RUNS (runs per load, default 3), BENCH_COUNT (go
# test -count for the warm benchmarks, default 5), BENCH_SKIP_LOAD=1 (measure
# the lookups only), BENCH_ONLY_LOAD=1 (the size and the load only),
# BENCH_RESULTS (where the figures go, default bench/results.txt).
#
# The corpus database is built once and cached in bench/cache/ under a name
# made of its size, the generator's version and the schema version. Its
# build is itself a load by kb, timed like the others and kept beside it
# (DB.load.time, DB.load.stdout), so it counts as one more kb load run:
# BENCH_LOAD_RUNS=0 on a fresh corpus gives kb's load from the build alone,
# without the shell's (the 10,000,000 run). Every figure ends up as a line
# `bench: NAME VALUE UNIT` on stdout and in BENCH_RESULTS. Runs of different
# sizes keep their work files apart (bench/cache/out-nN), so two sizes may
# run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
# The whole script is one block, read before it runs, so that editing this
# file while a benchmark runs cannot change what the run does.
{

N=${BENCH_STATEMENTS:-1000000}
RUNS=${BENCH_RUNS:-20}
LOAD_RUNS=${BENCH_LOAD_RUNS:-3}
COUNT=${BENCH_COUNT:-5}
CACHE=bench/cache
OUT=$CACHE/out-n$N
RESULTS=${BENCH_RESULTS:-bench/results.txt}
mkdir -p "$CACHE" "$OUT"
rm -f "$OUT"/load-*

say() { echo "bench: $*" >&2; }

# --- tools -----------------------------------------------------------------
need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
	say "installing ${need[*]}"
	apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

# each size its own binaries: a rebuild must not replace a binary that a
# run of another size is using
go build -trimpath -ldflags='-s -w' -o "$OUT/kb" ./cmd/kb
go build -o "$OUT/minimal" ./bench/minimal
KB=$OUT/kb
MIN=$OUT/minimal

eval "$("$KB" gen --statements "$N" --picks)"
DB=$CACHE/corpus-n$N-g$CORPUS_VERSION-s$SCHEMA_VERSION.db
if [ ! -f "$DB" ]; then
	say "building the corpus database $DB (once; timed as a load by kb)"
	rm -f "$DB.load.time" "$DB.load.stdout"
	/usr/bin/time -f 'time %e %U %S %M' -o "$DB.load.time.tmp" \
		"$KB" --db "$DB" gen --statements "$N" -o json >"$DB.load.stdout.tmp"
	mv "$DB.load.stdout.tmp" "$DB.load.stdout"
	mv "$DB.load.time.tmp" "$DB.load.time"
fi

: >"$OUT/summary"
figure() { # NAME VALUE UNIT
	printf 'bench: %s %s %s\n' "$1" "$2" "$3" | tee -a "$OUT/summary"
}

# median seconds of one command in a hyperfine JSON export
median() { # FILE INDEX
	awk -v want="$2" '
		/"median":/ { gsub(/[^0-9.e-]/, "", $2); if (i == want) { print $2; exit } ; i++ }
	' "$1"
}
# mean CPU seconds (user + system) of one command in a hyperfine JSON export:
# on a shared machine wall time measures the neighbours as much as kb
cpu() { # FILE INDEX
	awk -v want="$2" '
		/"user":/ { gsub(/[^0-9.e-]/, "", $2); u = $2 }
		/"system":/ { gsub(/[^0-9.e-]/, "", $2); if (i == want) { print u + $2; exit } ; i++ }
	' "$1"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.2f", s * 1000 }'; }

# median minor page faults of 5 runs of a command: the memory a cold
# process touches, dear wherever page faults are (virtual machines)
faults() {
	for _ in 1 2 3 4 5; do /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -n 1; done |
		sort -n | awk '{ x[NR] = $1 } END { print x[3] }'
}

# peak resident memory in MB of one run of a command
peak_mb() {
	/usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ { printf "%.1f", $6 / 1024 }'
}

# --- 4. size ---------------------------------------------------------------
bytes=$(stat -L -c %s "$DB")
figure db_bytes_per_statement "$(awk -v b="$bytes" -v n="$N" 'BEGIN { printf "%.0f", b / n }')" B

# --- 1. load ---------------------------------------------------------------
# The same rows as CSV for the shell's .import, exported once from the
# corpus database. The shell imports them into the same tables with the
# same indexes and full-text index built afterwards; it runs with CHECK
# constraints off and '' where kb stores NULL (CSV has no NULL), so it does
# strictly less work than kb.
if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
# the corpus build, when it was timed, is kb's load run 0
if [ -f "$DB.load.time" ] && [ -f "$DB.load.stdout" ]; then
	cp "$DB.load.time" "$OUT/load-kb-0.time"
	cp "$DB.load.stdout" "$OUT/load-kb-0.stdout"
fi
if [ "$LOAD_RUNS" -gt 0 ]; then
CSV=$CACHE/csv-n$N-g$CORPUS_VERSION-s$SCHEMA_VERSION
tables=$(sqlite3 "$DB" "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'statements_fts_%' AND name <> 'goose_db_version' ORDER BY rowid")
if [ ! -d "$CSV" ]; then
	mkdir -p "$CSV.tmp"
	for t in $tables; do
		# rowid order where there is one; a WITHOUT ROWID table (topic_counts) in key order
		order=rowid
		[ "$(sqlite3 "$DB" "SELECT wr FROM pragma_table_list WHERE name = '$t'")" = 1 ] && order=1
		sqlite3 -csv "$DB" "SELECT * FROM \"$t\" ORDER BY $order" >"$CSV.tmp/$t.csv"
	done
	mv "$CSV.tmp" "$CSV"
fi
{
	echo "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
	echo "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA threads = 2; PRAGMA ignore_check_constraints = 1;"
	sqlite3 "$DB" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'statements_fts_%' AND name <> 'goose_db_version' ORDER BY rowid"
	echo "BEGIN;"
	for t in $tables; do
		[ -s "$CSV/$t.csv" ] && echo ".import --csv $CSV/$t.csv $t"
	done
	echo "COMMIT;"
	sqlite3 "$DB" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
	echo "INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');"
	sqlite3 "$DB" "SELECT sql || ';' FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY rowid"
	# the checks kb makes at the end of every bulk load (store/bulk.go,
	# bulkChecks): foreign keys, quick_check, the cells of every b-tree and
	# the rows each partial index covers
	# (counted, not printed: the CSV has '' where kb stores NULL, so the
	# shell's tables hold millions of dangling '' references)
	echo "SELECT count(*) FROM pragma_foreign_key_check; PRAGMA quick_check(10);"
	echo "SELECT name, pagetype = 'leaf', sum(ncell) FROM dbstat GROUP BY 1, 2;"
	sqlite3 "$DB" "SELECT 'SELECT count(*) FROM \"' || tbl_name || '\" NOT INDEXED WHERE ' || substr(sql, instr(upper(sql), ' WHERE ') + 7) || ';' FROM sqlite_schema WHERE type = 'index' AND upper(sql) LIKE '% WHERE %'"
} >"$OUT/import.sql"
fi

LOAD=$CACHE/load-n$N.db
# Each run under /usr/bin/time: wall, user and system seconds and peak
# memory of the very same run; kb also reports its phases.
timed() { # OUTFILE COMMAND...
	local out=$1
	shift
	rm -f "$LOAD" "$LOAD.loading"
	/usr/bin/time -f 'time %e %U %S %M' -o "$out.time" "$@" >"$out.stdout" 2>/dev/null
	rm -f "$LOAD"
}
med() { sort -g | awk '{ x[NR] = $1 } END { if (NR) print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }
for i in $(seq "$LOAD_RUNS"); do
	say "load run $i of $LOAD_RUNS"
	timed "$OUT/load-kb-$i" "$KB" --db "$LOAD" gen --statements "$N" -o json
	timed "$OUT/load-sqlite3-$i" sqlite3 "$LOAD" ".read $OUT/import.sql"
done
col() { { cat "$OUT"/load-"$1"-*.time 2>/dev/null || true; } | awk -v c="$2" '/^time/ { print (c == "cpu") ? $3 + $4 : $c }' | med; }
kb_load=$(col kb 2)
sh_load=$(col sqlite3 2)
kb_load_cpu=$(col kb cpu)
sh_load_cpu=$(col sqlite3 cpu)
if [ -n "$kb_load" ]; then
	figure load_runs "$(ls "$OUT"/load-kb-*.time | wc -l)" runs
	figure load_seconds "$kb_load" s
	figure load_cpu_seconds "$kb_load_cpu" cpu-s
	figure load_statements_per_s "$(awk -v n="$N" -v s="$kb_load" 'BEGIN { printf "%.0f", n / s }')" statements/s
	figure load_cpu_statements_per_s "$(awk -v n="$N" -v s="$kb_load_cpu" 'BEGIN { printf "%.0f", n / s }')" statements/cpu-s
	figure load_peak_memory "$(col kb 5 | awk '{ printf "%.1f", $1 / 1024 }')" MB
	# kb's phases, from its last run
	last=$(ls "$OUT"/load-kb-*.stdout | sort -V | tail -n 1)
	for ph in rows indexes counts fts checks; do
		v=$(awk -v p="\"$ph\"" '/"name":/ { f = index($0, p) > 0 } f && /"seconds":/ { gsub(/[^0-9.]/, "", $2); printf "%.1f", $2; f = 0 }' "$last")
		[ -n "$v" ] && figure "load_phase_$ph" "$v" s
		v=$(awk -v p="\"$ph\"" '/"name":/ { f = index($0, p) > 0 } f && /"cpu_seconds":/ { gsub(/[^0-9.]/, "", $2); printf "%.1f", $2; f = 0 }' "$last")
		[ -n "$v" ] && figure "load_phase_${ph}_cpu" "$v" cpu-s
	done
fi
if [ -n "$kb_load" ] && [ -n "$sh_load" ]; then
	figure load_shell_seconds "$sh_load" s
	figure load_shell_cpu_seconds "$sh_load_cpu" cpu-s
	figure load_shell_statements_per_s "$(awk -v n="$N" -v s="$sh_load" 'BEGIN { printf "%.0f", n / s }')" statements/s
	figure load_ratio "$(ratio "$kb_load" "$sh_load")" x
	figure load_cpu_ratio "$(ratio "$kb_load_cpu" "$sh_load_cpu")" x
	figure load_shell_peak_memory "$(col sqlite3 5 | awk '{ printf "%.1f", $1 / 1024 }')" MB
fi
fi

write_results() {
	{
		echo "# make bench, $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
		echo "# $N statements; $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); $(go version | cut -d' ' -f3); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
		cat "$OUT/summary"
	} >"$RESULTS"
	say "wrote $RESULTS"
}
if [ -n "${BENCH_ONLY_LOAD:-}" ]; then
	write_results
	exit
fi

# --- 2. cold lookups -------------------------------------------------------
# Each lookup is kb in a new process, paired run after run with the sqlite3
# shell and with bench/minimal running the SQL kb runs (bench/sql/*.sql,
# the values filled in). Lookups kb does not have yet are skipped.
fill() { # TEMPLATE OUTPUT
	sed -e "s|{{PERSON}}|$PERSON|g; s|{{PERSON_ID}}|$PERSON_ID|g; s|{{PERSON_NORM}}|$PERSON_NORM|g" \
		-e "s|{{TOPIC}}|$TOPIC|g; s|{{TOPIC_ID}}|$TOPIC_ID|g; s|{{TOPIC_NORM}}|$TOPIC_NORM|g" \
		-e "s|{{QUOTES_BY}}|$QUOTES_BY|g; s|{{QUOTES_BY_ID}}|$QUOTES_BY_ID|g; s|{{QUOTES_BY_NORM}}|$QUOTES_BY_NORM|g" \
		-e "s|{{QUOTES_SINCE}}|$QUOTES_SINCE|g; s|{{WORDS}}|${WORDS:-}|g" \
		-e "s|{{TOPIC_LIMIT}}|${TOPIC_LIMIT:-}|g; s|{{TOPIC_PAGE_IDS}}|${TOPIC_PAGE_IDS:-[]}|g" \
		-e "s|{{PERSON_STATEMENT_IDS}}|${PERSON_STATEMENT_IDS:-[]}|g; s|{{QUOTES_IDS}}|${QUOTES_IDS:-[]}|g" \
		-e "s|{{PERSON_MENTION_IDS}}|${PERSON_MENTION_IDS:-[]}|g" \
		-e "s|{{WORDS_MATCH}}|$(fts_match "${WORDS:-}")|g; s|{{WORDS_IDS}}|${WORDS_IDS:-[]}|g" \
		"$1" | subtopics >"$2"
}
# a query on {{SUBTOPIC_ID}} (a topic page reads each topic of the subtree)
# is repeated for each subtopic of the benchmarked topic
subtopics() {
	awk -v ids="${SUBTOPIC_IDS:-}" 'BEGIN { RS = ";\n"; ORS = ";\n"; n = split(ids, id, " ") }
		/\{\{SUBTOPIC_ID\}\}/ { for (i = 1; i <= n; i++) { q = $0; gsub(/\{\{SUBTOPIC_ID\}\}/, id[i], q); print q } next }
		{ print }'
}
# the FTS5 query kb search makes of plain words: each quoted, ANDed
fts_match() { echo "$1" | awk '{ for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? " AND " : ""), $i }'; }
# the ids of the 20 best hits, which kb then fetches in full
search_ids() {
	sqlite3 -readonly "$DB" "SELECT json_group_array(id) FROM (SELECT s.id FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid WHERE statements_fts MATCH '$(fts_match "$1")' ORDER BY bm25(statements_fts), s.id LIMIT 20)"
}
# how many statements hold every one of the words
doc_freq() {
	sqlite3 -readonly "$DB" "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH '$(fts_match "$1")'"
}
# the ids of the statements whose details kb fetches at once (json_each),
# from kb's own JSON output: a person's statements, the quotes, the first
# page of a topic
ids_of() { # JSON-FILE JSON-PATH [JSON-PATH-WITHIN]
	sqlite3 :memory: "SELECT json_group_array(json_extract(s.value, '\$.id')) FROM json_each(readfile('$1'), '$2') g, json_each(g.value, '${3:-\$}') s WHERE json_extract(s.value, '\$.id') IS NOT NULL"
}
"$KB" --db "$DB" person "$PERSON" -o json >"$OUT/person.json"
PERSON_STATEMENT_IDS=$(sqlite3 :memory: "SELECT json_group_array(json_extract(value, '\$.id')) FROM json_each(readfile('$OUT/person.json'), '\$.statements')")
PERSON_MENTION_IDS=$(sqlite3 :memory: "SELECT json_group_array(json_extract(value, '\$.id')) FROM json_each(readfile('$OUT/person.json'), '\$.mentioned_in')")
"$KB" --db "$DB" quotes --by "$QUOTES_BY" --since "$QUOTES_SINCE" -o json >"$OUT/quotes.json"
QUOTES_IDS=$(sqlite3 :memory: "SELECT json_group_array(json_extract(value, '\$.id')) FROM json_each(readfile('$OUT/quotes.json'), '\$.statements')")
"$KB" --db "$DB" topic "$TOPIC" -o json >"$OUT/topic.json"
TOPIC_PAGE_IDS=$(ids_of "$OUT/topic.json" '$.speakers' '$.statements')
SUBTOPIC_IDS=$(sqlite3 :memory: "SELECT group_concat(json_extract(value, '\$.id'), ' ') FROM json_each(readfile('$OUT/topic.json'), '\$.subtopics')")
if "$KB" search --help >/dev/null 2>&1; then
	MID_WORDS_IDS=$(search_ids "$MID_WORDS")
	COMMON_WORDS_IDS=$(search_ids "$COMMON_WORDS")
	for w in $MID_WORDS $COMMON_WORDS; do
		figure "statements_with_${w}" "$(doc_freq "$w")" statements
	done
	figure "statements_with_mid_words" "$(doc_freq "$MID_WORDS")" statements
	figure "statements_with_common_words" "$(doc_freq "$COMMON_WORDS")" statements
fi
# make sure kb has switched the file to WAL before anything is timed: that
# is a one-time write on the first open
"$KB" --db "$DB" person "$PERSON" >/dev/null

cold() { # NAME SQLFILE KB-ARGS...
	local name=$1 sqlfile=$2
	shift 2
	if ! "$KB" "$1" --help >/dev/null 2>&1; then
		say "kb $1: not in this kb, skipped"
		return
	fi
	fill "bench/sql/$sqlfile" "$OUT/$name.sql"
	local args
	args=$(printf "'%s' " "$@")
	hyperfine -N --warmup 2 --min-runs 5 --max-runs "$RUNS" --export-json "$OUT/$name.json" \
		-n kb "$KB --db $DB $args" \
		-n sqlite3 "sqlite3 -readonly $DB '.read $OUT/$name.sql'" \
		-n minimal "$MIN $DB $OUT/$name.sql" >&2
	local k s m
	k=$(median "$OUT/$name.json" 0)
	s=$(median "$OUT/$name.json" 1)
	m=$(median "$OUT/$name.json" 2)
	figure "${name}_cold" "$(ms "$k")" ms
	figure "${name}_cold_sqlite3" "$(ms "$s")" ms
	figure "${name}_cold_minimal" "$(ms "$m")" ms
	figure "${name}_cold_ratio" "$(ratio "$k" "$s")" x
	figure "${name}_cold_vs_minimal" "$(ratio "$k" "$m")" x
	k=$(cpu "$OUT/$name.json" 0)
	s=$(cpu "$OUT/$name.json" 1)
	m=$(cpu "$OUT/$name.json" 2)
	figure "${name}_cold_cpu" "$(ms "$k")" ms
	figure "${name}_cold_cpu_ratio" "$(ratio "$k" "$s")" x
	figure "${name}_cold_cpu_vs_minimal" "$(ratio "$k" "$m")" x
	figure "${name}_peak_memory" "$(peak_mb "$KB" --db "$DB" "$@")" MB
	k=$(faults "$KB" --db "$DB" "$@")
	s=$(faults sqlite3 -readonly "$DB" ".read $OUT/$name.sql")
	figure "${name}_cold_page_faults" "$k" pages
	figure "${name}_cold_page_faults_sqlite3" "$s" pages
	figure "${name}_cold_page_faults_ratio" "$(ratio "$k" "$s")" x
}
cold person person.sql person "$PERSON"
cold topic topic.sql topic "$TOPIC"
# one search template, filled with the mid-frequency and the common words
WORDS=$MID_WORDS WORDS_IDS=${MID_WORDS_IDS:-[]} cold search search.sql search "$MID_WORDS"
WORDS=$COMMON_WORDS WORDS_IDS=${COMMON_WORDS_IDS:-[]} cold search_common search.sql search "$COMMON_WORDS"
cold quotes quotes.sql quotes --by "$QUOTES_BY" --since "$QUOTES_SINCE"

# --- startup ---------------------------------------------------------------
hyperfine -N --warmup 5 --runs 50 --export-json "$OUT/version.json" "$KB --version" >&2
figure version_cold "$(ms "$(median "$OUT/version.json" 0)")" ms
figure version_cold_cpu "$(ms "$(cpu "$OUT/version.json" 0)")" ms

# --- 3. warm, in process ---------------------------------------------------
KB_BENCH_DB=$PWD/$DB KB_BENCH_STATEMENTS=$N go test ./store -run '^$' -bench 'Lookup$|TopicLaterPage' \
	-benchmem -count "$COUNT" | tee "$OUT/warm.txt" >&2
for name in $(awk '/^Benchmark/ { n = $1; sub(/^Benchmark/, "", n); sub(/-[0-9]+$/, "", n); print n }' "$OUT/warm.txt" | sort -u); do
	med=$(awk -v n="$name" '$1 ~ "^Benchmark" n "(-[0-9]+)?$" { print $3 }' "$OUT/warm.txt" | sort -g |
		awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }')
	allocs=$(awk -v n="$name" '$1 ~ "^Benchmark" n "(-[0-9]+)?$" { for (i = 2; i < NF; i++) if ($(i + 1) == "allocs/op") a = $i } END { print a }' "$OUT/warm.txt")
	cpumed=$(awk -v n="$name" '$1 ~ "^Benchmark" n "(-[0-9]+)?$" { for (i = 2; i < NF; i++) if ($(i + 1) == "cpu-ns/op") print $i }' "$OUT/warm.txt" | sort -g |
		awk '{ x[NR] = $1 } END { if (NR) print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }')
	figure "${name}_warm" "$(awk -v ns="$med" 'BEGIN { printf "%.3f", ns / 1e6 }')" ms
	[ -n "$cpumed" ] && figure "${name}_warm_cpu" "$(awk -v ns="$cpumed" 'BEGIN { printf "%.3f", ns / 1e6 }')" ms
	figure "${name}_warm_allocs" "$allocs" allocs/op
done

write_results
exit
}
