package extract

import (
	"strings"
	"unicode"
)

// Rules that keep words that are not names out of drafted people (issue
// 10's "capitalised words that are not speakers", seen on unseen batch A).

// nameOpeners are words that open a sentence capitalized and are no
// names: adverbs of time and discourse ("Earlier, head of X Y said") and
// participles of speaking ("Speaking at the conference, Y said").
var nameOpeners = map[string]bool{
	"earlier": true, "later": true, "separately": true, "previously": true, "elsewhere": true,
	"instead": true, "still": true, "then": true, "afterwards": true, "additionally": true,
	"moreover": true, "furthermore": true, "nevertheless": true, "nonetheless": true, "finally": true,
	"recently": true, "initially": true, "ultimately": true, "currently": true,
	"overall": true, "indeed": true, "likewise": true, "similarly": true,
	"speaking": true, "addressing": true, "commenting": true, "reacting": true, "responding": true,
	"talking": true, "writing": true, "asked": true, "questioned": true, "replying": true,
	// imperatives of page chrome: "Get Example News in your Inbox:"
	"get": true, "click": true, "subscribe": true, "download": true, "share": true,
}

func init() {
	for w := range nameOpeners {
		notNames[w] = true
	}
}

// hyphenLower says whether w is a capitalized word joined by a hyphen to
// a lower-case one ("Ex-lawyer", "Co-founder"): a sentence's first word,
// not a name ("Bankman-Fried", "Jean-Pierre").
func hyphenLower(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	r := []rune(w[i+1:])
	return unicode.IsLower(r[0])
}

// openerEnd is the rule "opener": the index after what opens a sentence
// before its subject: a dateline ("OSLO: "), then an introductory phrase
// up to its comma that starts with a participle or adverb ("Speaking at
// the press conference, ", "Earlier, "), else 0.
func (x *extractor) openerEnd(toks []tok) int {
	a := datelineEnd(toks)
	if a >= len(toks) || !nameOpeners[lower(toks[a])] && !(strings.HasSuffix(lower(toks[a]), "ing") && a+1 < len(toks) && introWords[lower(toks[a+1])]) {
		return a
	}
	for k := a + 1; k < len(toks) && k < a+16; k++ {
		if x.d.inQuote(toks[k].Start) {
			return a
		}
		if toks[k].text == "," {
			return k + 1
		}
	}
	return a
}

// introWords follow a participle that opens an introductory phrase.
var introWords = map[string]bool{
	"at": true, "to": true, "on": true, "in": true, "about": true, "after": true, "with": true,
	"from": true, "before": true, "during": true, "for": true, "ahead": true, "the": true, "a": true,
	"reporters": true, "journalists": true, "media": true,
}

// headlineNameEnd is the rule "headline-name": a name read in a headline in
// title case ("Judge Throws Out Suit", "Ex-Mayor Ann Holt Gets 3 Years")
// runs into the headline's capitalized words. It is cut to the longest
// beginning the article's running text writes too; a name none of whose
// words the running text writes capitalized is no name (-1).
func (x *extractor) headlineNameEnd(toks []tok, ns, ne int) int {
	if ns >= ne || !x.inHeadline(toks[ns].Start) {
		return ne
	}
	for e := ne; e > ns; e-- {
		if e < ne && e-ns < 2 {
			break
		}
		if x.inRunningText(joinToks(toks[ns:e])) {
			return e
		}
	}
	for _, t := range toks[ns:ne] {
		if x.inRunningText(t.text) {
			return ne
		}
	}
	return -1
}

// inHeadline says whether offset i lies in a headline paragraph.
func (x *extractor) inHeadline(i int) bool {
	for pi, p := range x.d.paras {
		if p.Start <= i && i < p.End {
			return x.d.heads[pi]
		}
	}
	return false
}

// inRunningText says whether name is written, as a whole word sequence,
// in a paragraph that is not a headline.
func (x *extractor) inRunningText(name string) bool {
	for pi, p := range x.d.paras {
		if x.d.heads[pi] {
			continue
		}
		t := x.d.text(p)
		for from := 0; ; {
			i := strings.Index(t[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			before := i == 0 || !isWordRune(lastRune(t[:i]))
			after := end == len(t) || !isWordRune(firstRune(t[end:]))
			if before && after {
				return true
			}
			from = i + 1
		}
	}
	return false
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
