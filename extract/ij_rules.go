package extract

import "strings"

// Rules from unseen batches I and J (x-ij-rules, seventh session).

// ijRankWords mark a title that is not the office itself: "the president"
// is not the vice president, nor a former president.
var ijRankWords = map[string]bool{"vice": true, "deputy": true, "former": true, "ex": true, "assistant": true}

// ijOtherRank reports whether role r holds a rank word ("Vice President",
// "former President Ray Stone") that the description's words lack.
func (x *extractor) ijOtherRank(words []string, r *Role) bool {
	tw := strings.Fields(strings.ToLower(strings.ReplaceAll(r.Title, "-", " ")))
	before := x.d.rs[max(0, r.at.Start-8):r.at.Start]
	if f := strings.Fields(strings.ToLower(strings.ReplaceAll(string(before), "-", " "))); len(f) > 0 {
		tw = append(tw, f[len(f)-1])
	}
	for _, w := range tw {
		if ijRankWords[w] && !containsString(words, w) {
			return true
		}
	}
	return false
}
