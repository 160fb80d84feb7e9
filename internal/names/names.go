// Package names folds names and passages for matching: the normal form used
// for lookups, transliteration folding, the match form of quotes, and
// suggestions by edit distance. It is plain Go with no database, so the
// extractor and the checker use it without linking SQLite.
package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds a name for exact lookup: Unicode compatibility forms,
// case and diacritics are folded, anything that is not a letter or a digit
// becomes a space, and runs of spaces collapse. "Zelenskiy’s" and
// "ZELENSKIY's" normalize alike; so do "Zelenskyy" and "Zelenskýy".
func Normalize(s string) string {
	s = strings.ToValidUTF8(s, " ")
	var b strings.Builder
	space := true // drop leading spaces
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark: the diacritic of the letter before
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			continue // apostrophes join: O'Brien, Zelenskiy's
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// Fold goes further than Normalize, for names that reach English through
// transliteration: runs of i, y and j become one i (Zelenskiy, Zelensky,
// Zelenskyy and Zelenskyi all fold to "zelenski"), doubled letters become
// single, and "ph" becomes "f". It takes a normalized string.
func Fold(normalized string) string {
	var b strings.Builder
	var prev rune
	for i := 0; i < len(normalized); {
		r, size := utf8.DecodeRuneInString(normalized[i:])
		i += size
		switch r {
		case 'y', 'j':
			r = 'i'
		case 'p':
			if strings.HasPrefix(normalized[i:], "h") {
				r = 'f'
				i++
			}
		}
		if r == prev && r != ' ' && !unicode.IsDigit(r) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// levenshtein is the edit distance between a and b, in runes.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 {
		return len(rb)
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Suggest returns up to most of the candidates closest to the query by edit
// distance on normalized forms, closest first, leaving out those too far to
// be a plausible misspelling. A query may also match one word of a
// multi-word candidate ("kelog" suggests "Keith Kellogg").
func Suggest(query string, candidates []string, most int) []string {
	q := Normalize(query)
	if q == "" || len(q) > 200 {
		return nil
	}
	type scored struct {
		name string
		d    int
	}
	limit := max(2, utf8.RuneCountInString(q)/3)
	var best []scored
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		n := Normalize(c)
		d := levenshtein(q, n)
		for _, w := range strings.Fields(n) {
			d = min(d, levenshtein(q, w))
		}
		if d > limit {
			continue
		}
		best = append(best, scored{c, d})
	}
	slices.SortFunc(best, func(a, b scored) int {
		return cmp.Or(cmp.Compare(a.d, b.d), strings.Compare(a.name, b.name))
	})
	out := []string{}
	for i := 0; i < len(best) && i < most; i++ {
		out = append(out, best[i].name)
	}
	return out
}

// MatchForm maps the characters that differ between how an author types a
// quote and how a body prints it (curly and straight quotes and
// apostrophes, non-breaking and thin spaces) to one form, rune for rune, so
// an offset found in the match form is the same offset in the original.
func MatchForm(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‛', '′', 'ʼ', '`':
			return '\''
		case '“', '”', '„', '‟', '″':
			return '"'
		case '\u00a0', '\u2009', '\u202f':
			return ' '
		}
		return r
	}, s)
}
