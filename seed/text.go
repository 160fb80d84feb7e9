package seed

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kb/store"
)

// A statement's text is the speaker's words only. Where the writer's own
// words sit inside them (an aside between dashes, or the "Kellogg said" of
// a split quote), the text leaves them out with an ellipsis between spaces,
// " … " or " ... "; each part is then found, in order, in the evidence.
var ellipsisRE = regexp.MustCompile(` (?:…|\.\.\.) `)

// Ellipsis is what joins the parts of a stored text.
const Ellipsis = " … "

// textParts splits a text at its ellipses. A text without one is one part.
func textParts(text string) []string {
	return ellipsisRE.Split(text, -1)
}

// matchKey is the form in which typed text and the body are compared:
// quotes and apostrophes folded, accents composed.
func matchKey(s string) string { return store.MatchForm(norm.NFC.String(s)) }

// partsIn returns the index of the first part not found in hay after the
// parts before it, or -1 when every part is found in order.
func partsIn(hay string, parts []string) int {
	h := matchKey(hay)
	from := 0
	for i, part := range parts {
		p := matchKey(part)
		j := strings.Index(h[from:], p)
		if strings.TrimSpace(p) == "" || j < 0 {
			return i
		}
		from += j + len(p)
	}
	return -1
}

// quoteMarks are the marks a pasted quotation may start and end with:
// double ones only, as a single one may be an apostrophe.
const (
	openingMarks = "\"“„«"
	closingMarks = "\"”“»"
)

// wrappedInQuotes says whether text is one quotation pasted with its own
// marks: an opening mark first, a closing one last, and no double mark
// between them. A claim that only starts and ends with quoted phrases
// (“all assets” were used, it said, against “bad weather”) is not one.
func wrappedInQuotes(text string) bool {
	first, n := utf8.DecodeRuneInString(text)
	last, m := utf8.DecodeLastRuneInString(text)
	if utf8.RuneCountInString(text) < 2 || !strings.ContainsRune(openingMarks, first) || !strings.ContainsRune(closingMarks, last) {
		return false
	}
	return !strings.ContainsAny(text[n:len(text)-m], openingMarks+closingMarks)
}

// ordinal names a part for messages.
func ordinal(i int) string {
	names := []string{"first", "second", "third", "fourth", "fifth"}
	if i < len(names) {
		return names[i]
	}
	return "next"
}
