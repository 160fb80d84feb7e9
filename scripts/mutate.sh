#!/bin/sh
# Mutation testing of kb's core packages with gremlins (docs/testing.md).
#
#   scripts/mutate.sh [pkg ...]          default: internal/names seed extract store
#                                        (a nested package, extract/devset,
#                                        only when named itself)
#   MUTATE_FILES='sqlcheck|readonly'     mutate only the files whose base
#                                        name matches this regexp
#   MUTATE_RUN='ReadOnly|Resolve'        run only these tests for each mutant
#   MUTATE_SKIP='TestReadOnlyStreams'    and not these (go test -run/-skip)
#   MUTATE_TIMEOUT=3                     gremlins' timeout coefficient
#   MUTATE_WORKERS=1                     mutants tested at once
#   MUTATE_OUT=mutate-out                where the logs go
#   MUTATE_SUMMARIZE=1                   only summarize the logs in
#                                        MUTATE_OUT (of a stopped run, say)
#   MUTATE_SAMPLE=300                    test a uniform random sample of 300
#                                        covered mutants per package instead
#                                        (scripts/mutsample): an estimate
#                                        with a 95% interval, in minutes
#   MUTATE_SEED=1                        the sample's seed
#   MUTATE_RESUME=1                      go on with a stopped sampled run
#   MUTATE_SAMPLE=0                      every covered mutant, through
#                                        scripts/mutsample (a whole package)
#   MUTATE_SCHEMATA=0                    sampled runs: one build per mutant
#                                        (go test -overlay, the reference)
#                                        instead of the default mutant
#                                        schema (one test binary holding
#                                        every mutant, run once per mutant)
#   MUTATE_SELECT=1                      schema runs: each mutant with only
#                                        the tests that execute its line
#
# gremlins is installed at a pinned version into ./.bin by `make mutate`.
# Each mutant runs its package's whole test suite, so a full run takes
# hours on two cores; the per-package logs keep what a stopped run found.
set -eu

GREMLINS=${GREMLINS:-$(pwd)/.bin/gremlins-v0.6.0} # as the Makefile installs it
OUT=${MUTATE_OUT:-$(pwd)/mutate-out}
TIMEOUT=${MUTATE_TIMEOUT:-3}
WORKERS=${MUTATE_WORKERS:-1}
FILES=${MUTATE_FILES:-}
mkdir -p "$OUT"
[ $# -gt 0 ] || set -- internal/names seed extract store

# A sampled run: scripts/mutsample lists the mutants with gremlins' dry-run,
# draws the sample, compiles them all into one test binary (or, with
# MUTATE_SCHEMATA=0, makes each through a go test -overlay) and prints
# the estimate; its logs go to $OUT/<pkg>-sample (summary.txt: the figures).
if [ -n "${MUTATE_SAMPLE:-}" ]; then
	go build -o "$OUT/mutsample" ./scripts/mutsample
	schemata=true
	[ "${MUTATE_SCHEMATA:-1}" = 0 ] && schemata=false
	for pkg in "$@"; do
		name=$(echo "$pkg" | tr / -)
		echo "== $pkg, a sample of $MUTATE_SAMPLE (logs: $OUT/$name-sample)"
		"$OUT/mutsample" -n "$MUTATE_SAMPLE" -schemata="$schemata" -seed "${MUTATE_SEED:-1}" -gremlins "$GREMLINS" \
			-files "$FILES" -run "${MUTATE_RUN:-}" -skip "${MUTATE_SKIP:-}" \
			${MUTATE_TIMEOUT:+-timeout-coefficient "$MUTATE_TIMEOUT"} \
			${MUTATE_SELECT:+-select} ${MUTATE_RESUME:+-resume} ${MUTATE_SUMMARIZE:+-summarize} \
			-out "$OUT/$name-sample" "$pkg" || status=1
	done
	exit "${status:-0}"
fi

# -count=1: gremlins times each mutant's tests against the coverage run, so
# that run must not come from the test cache.
GOFLAGS="${GOFLAGS:-} -count=1${MUTATE_RUN:+ -run=$MUTATE_RUN}${MUTATE_SKIP:+ -skip=$MUTATE_SKIP}"
export GOFLAGS

# compiles PKG FILE:LINE:COL tells whether package PKG still builds with
# the `+` at FILE:LINE:COL (as gremlins logs it, from PKG) made a `-`. The
# file is replaced through a build overlay; the tree is not touched.
compiles() {
	f=$1/${2%:*:*}
	lc=${2##*.go:}
	tmp=$(mktemp -d)
	LC_ALL=C awk -v l="${lc%:*}" -v c="${lc#*:}" 'NR == l && substr($0, c, 1) == "+" {
		$0 = substr($0, 1, c - 1) "-" substr($0, c + 1) } { print }' "$f" >"$tmp/m.go"
	printf '{"Replace":{"%s":"%s"}}' "$(pwd)/$f" "$tmp/m.go" >"$tmp/overlay.json"
	go build -overlay "$tmp/overlay.json" "./$(dirname "$f")" 2>/dev/null
	ok=$?
	rm -r "$tmp"
	return $ok
}

for pkg in "$@"; do
	# Files of nested packages (extract/devset under extract) are left to
	# their own entry: their mutants meet only their own package's tests.
	excl="-E /"
	if [ -n "$FILES" ]; then
		for f in "$pkg"/*.go; do
			case $f in *_test.go) continue ;; esac
			b=$(basename "$f" .go)
			echo "$b" | grep -Eqx "$FILES" || excl="$excl -E (^|/)$b\.go\$"
		done
	fi
	name=$(echo "$pkg" | tr / -) # internal/names: internal-names.log
	log="$OUT/$name.log"
	echo "== $pkg (log: $log)"
	if [ -z "${MUTATE_SUMMARIZE:-}" ]; then
		# shellcheck disable=SC2086 # $excl is a list of flags
		(cd "$pkg" && "$GREMLINS" unleash --workers "$WORKERS" \
			--timeout-coefficient "$TIMEOUT" -o "$OUT/$name.json" $excl) >"$log" 2>&1 || true
	fi
	summarize() {
		k=$(grep -c '^ *KILLED ' "$log" || true)
		l=$(grep -c '^ *LIVED ' "$log" || true)
		t=$(grep -c '^ *TIMED OUT ' "$log" || true)
		n=$(grep -c '^ *NOT COVERED ' "$log" || true)
		if grep -q 'Killed: [0-9]*, Lived' "$log"; then
			state="complete"
		elif [ $((k + l + t)) -gt 0 ]; then
			state="PARTIAL: the run stopped before the end; figures of the mutants tested so far"
		else
			echo "$pkg: no result (see $log)"
			return
		fi
		# gremlins v0.6.0 mutates without types: `+` between strings made
		# `-` does not compile, go test exits 1, and it counts the mutant
		# killed. Each killed `+` is built again here; one that does not
		# compile counts as not viable, in neither killed nor lived.
		v=0
		for m in $(sed -n 's/^ *KILLED ARITHMETIC_BASE at \(.*\)$/\1/p' "$log"); do
			if ! compiles "$pkg" "$m"; then
				v=$((v + 1))
				echo "  not viable (does not compile): $pkg/$m"
			fi
		done >"$OUT/$name.notviable"
		awk -v p="$pkg" -v k=$((k - v)) -v l="$l" -v t="$t" -v n="$n" -v v="$v" -v s="$state" 'BEGIN {
			e = (k + l) ? 100 * k / (k + l) : 0
			printf "%s: efficacy %.1f%% (killed %d, lived %d; timed out %d, not covered %d, not viable %d) %s\n", p, e, k, l, t, n, v, s }'
		cat "$OUT/$name.notviable"
		grep -E "^ *LIVED" "$log" | sed "s|^ *\(LIVED.* at \)|  \1$pkg/|" || true
	}
	summarize | tee "$OUT/$name.summary"
done
