package extract

import (
	"strings"
	"unicode"
)

// The sentence segmenter's knowledge of news abbreviations. A full stop
// after one of them ends a sentence only where the abbreviation can end
// one and the next word starts a sentence.

// neverFinal abbreviations stand before a name or a number: "Sen. Rosa
// Delgado", "Dr. Oyelaran", "St. Anne's", "No. 10", "Gen. (ret.)".
var neverFinal = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "govs": true, "lt": true, "col": true, "gen": true, "adm": true, "capt": true,
	"cpt": true, "sgt": true, "cpl": true, "maj": true, "brig": true, "cmdr": true, "rev": true, "fr": true,
	"st": true, "mt": true, "ft": true, "pres": true, "supt": true, "atty": true, "amb": true, "hon": true,
	"vs": true, "v": true, "e.g": true, "i.e": true, "cf": true, "approx": true,
	"dept": true, "univ": true, "assn": true, "sec": true, "insp": true, "det": true, "sr": false,
}

// monthAbbrevs before a day number do not end a sentence ("Dec. 6").
var monthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// mayBeFinal abbreviations can end a sentence ("... in the U.S."), so
// they end one when the next word is a usual sentence opener.
var mayBeFinal = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jr": true, "sr": true, "a.m": true, "p.m": true, "etc": true, "plc": true, "bros": true, "d.c": true,
}

// sentenceOpeners are words that start sentences far more often than
// they follow an abbreviation inside one.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "in": true, "on": true, "this": true, "that": true, "there": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "as": true, "after": true, "if": true,
	"when": true, "while": true, "however": true, "meanwhile": true, "yet": true, "so": true, "still": true,
	"at": true, "for": true, "some": true, "many": true, "most": true, "one": true, "officials": true,
}

// abbreviationEnds says whether the full stop at rs[i], after the word
// rs[w:i], ends a sentence; end is past any closing marks, pend the
// paragraph's end.
func abbreviationEnds(rs []rune, w, i, end, pend int) bool {
	word := strings.ToLower(string(rs[w:i]))
	if word == "" {
		return true
	}
	if neverFinal[word] {
		return false
	}
	next, nextWord := nextWordAt(rs, end, pend)
	// an initial: "Mary K. Walsh", "J. R. R. Tolkien"
	if len([]rune(word)) == 1 && unicode.IsUpper(rs[w]) {
		return false
	}
	// "Dec. 6", "Sept. 11", "No. 10"
	if monthAbbrevs[word] || word == "no" || word == "nos" {
		return !(next < pend && unicode.IsDigit(rs[next]))
	}
	// "U.S.", "p.m.", "Inc.": only before a sentence opener
	if mayBeFinal[word] || strings.Count(word, ".") >= 1 && isInitialism(word) {
		return sentenceOpeners[strings.ToLower(nextWord)] || accordingAbbrevEnds(rs, w, end, pend) // (residual.go)
	}
	return true
}

// isInitialism says whether w is letters separated by full stops: "u.s", "d.c".
func isInitialism(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if len([]rune(part)) != 1 {
			return false
		}
	}
	return true
}

// nextWordAt returns the offset of the next non-space rune at or after
// i and the word that starts there.
func nextWordAt(rs []rune, i, end int) (int, string) {
	for i < end && unicode.IsSpace(rs[i]) {
		i++
	}
	j := i
	for j < end && isWordRune(rs[j]) {
		j++
	}
	return i, string(rs[i:j])
}

// Sentences splits a text into sentences the way the extractor does:
// each line is a paragraph (a short line without final punctuation is one
// headline), and a paragraph is cut at full stops, question and
// exclamation marks outside quotations that the rules above let end a
// sentence.
func Sentences(text string) []string {
	d := newDoc(text)
	out := make([]string, 0, len(d.sents))
	for _, s := range d.sents {
		out = append(out, d.text(s.span))
	}
	return out
}

// embeddedPosts marks the lines of a social-media post embedded in an
// article: a line with a "pic.twitter.com" link, and the post's signature
// line ("— Name (@handle) June 22, 2016"), with the post's text on the
// line before a signature. Their words are the poster's, not the
// article's: no sentences, no quotations, and a quotation left open
// before them goes on after them.
func embeddedPosts(d *doc) []bool {
	out := make([]bool, len(d.paras))
	for i, p := range d.paras {
		t := d.text(p)
		switch {
		case strings.Contains(t, "pic.twitter.com"):
			out[i] = true
		case isPostSignature(t):
			out[i] = true
			if prev := d.text(d.paras[max(i-1, 0)]); i > 0 && !strings.ContainsAny(prev, "“”\"") && strings.ContainsAny(prev, "#@") {
				out[i-1] = true
			}
		}
	}
	return out
}

// isPostSignature: "— Name (@handle) date", as embedded posts are signed.
func isPostSignature(t string) bool {
	if !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "–") && !strings.HasPrefix(t, "- ") {
		return false
	}
	return strings.Contains(t, "(@") && strings.Contains(t, ")")
}
