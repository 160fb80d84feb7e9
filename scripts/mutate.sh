#!/bin/sh
# Mutation testing of kb's core packages with gremlins (docs/testing.md).
#
#   scripts/mutate.sh [pkg ...]          default: store seed extract
#   MUTATE_FILES='sqlcheck|readonly'     mutate only the files whose base
#                                        name matches this regexp
#   MUTATE_RUN='ReadOnly|Resolve'        run only these tests for each mutant
#   MUTATE_SKIP='TestReadOnlyStreams'    and not these (go test -run/-skip)
#   MUTATE_TIMEOUT=6                     gremlins' timeout coefficient
#   MUTATE_WORKERS=1                     mutants tested at once
#   MUTATE_OUT=mutate-out                where the logs go
#
# gremlins is installed at a pinned version into ./.bin by `make mutate`.
# Each mutant runs its package's whole test suite, so a full run takes
# hours on two cores; the per-package logs keep what a stopped run found.
set -eu

GREMLINS=${GREMLINS:-$(pwd)/.bin/gremlins-v0.6.0} # as the Makefile installs it
OUT=${MUTATE_OUT:-$(pwd)/mutate-out}
TIMEOUT=${MUTATE_TIMEOUT:-6}
WORKERS=${MUTATE_WORKERS:-1}
FILES=${MUTATE_FILES:-}
mkdir -p "$OUT"
# -count=1: gremlins times each mutant's tests against the coverage run, so
# that run must not come from the test cache.
GOFLAGS="${GOFLAGS:-} -count=1${MUTATE_RUN:+ -run=$MUTATE_RUN}${MUTATE_SKIP:+ -skip=$MUTATE_SKIP}"
export GOFLAGS
[ $# -gt 0 ] || set -- store seed extract

for pkg in "$@"; do
	excl=""
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
	# shellcheck disable=SC2086 # $excl is a list of flags
	(cd "$pkg" && "$GREMLINS" unleash --workers "$WORKERS" \
		--timeout-coefficient "$TIMEOUT" -o "$OUT/$name.json" $excl) >"$log" 2>&1 || true
	summarize() {
		k=$(sed -n 's/.*Killed: \([0-9]*\), Lived: \([0-9]*\).*/\1/p' "$log")
		l=$(sed -n 's/.*Killed: \([0-9]*\), Lived: \([0-9]*\).*/\2/p' "$log")
		if [ -z "$k" ]; then
			echo "$pkg: no result (see $log)"
			return
		fi
		t=$(sed -n 's/.*Timed out: \([0-9]*\),.*/\1/p' "$log")
		n=$(sed -n 's/.*Not covered: \([0-9]*\).*/\1/p' "$log" | tail -1)
		awk -v p="$pkg" -v k="$k" -v l="$l" -v t="$t" -v n="$n" 'BEGIN {
			e = (k + l) ? 100 * k / (k + l) : 0
			printf "%s: efficacy %.1f%% (killed %d, lived %d; timed out %s, not covered %s)\n", p, e, k, l, t, n }'
		grep -E "^ *LIVED" "$log" | sed "s|^ *\(LIVED.* at \)|  \1$pkg/|" || true
	}
	summarize | tee "$OUT/$name.summary"
done
