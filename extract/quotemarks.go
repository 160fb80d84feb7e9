package extract

import (
	"strings"
	"unicode"
)

// closesHere says whether a quotation mark at rs[i] stands where a quote
// ends: after a word or closing punctuation, before a space, punctuation
// or the end of the paragraph.
func closesHere(rs []rune, i, end int) bool {
	if i == 0 || unicode.IsSpace(rs[i-1]) {
		return false
	}
	return i+1 >= end || unicode.IsSpace(rs[i+1]) || unicode.IsPunct(rs[i+1])
}

// singleOpen says whether a single mark at rs[i] may open a quotation:
// at the start of the paragraph or after a space or an opening
// punctuation, and before a letter or digit (an apostrophe sits inside
// a word; "’90s" is an elision, but only a pairing close makes a quote).
func singleOpen(rs []rune, i, start, end int) bool {
	if rs[i] != '\'' && rs[i] != '‘' && rs[i] != '’' {
		return false
	}
	if i+1 >= end || !(isWordRune(rs[i+1]) || rs[i+1] == '.') {
		return false
	}
	return i == start || isOpenContext(rs, i)
}

// singleClose says whether a single mark at rs[i] may close a quotation,
// and how sure: 2 after closing punctuation ('..., ' said), 1 after a word
// ending the quote, 0 never. After an s and before a lower-case word it
// is a plural possessive ("the players' union").
func singleClose(rs []rune, i, end int) int {
	if rs[i] != '\'' && rs[i] != '’' {
		return 0
	}
	if i == 0 || unicode.IsSpace(rs[i-1]) {
		return 0
	}
	if i+1 < end && isWordRune(rs[i+1]) {
		return 0 // an apostrophe inside a word: can't, it's
	}
	switch rs[i-1] {
	case ',', '.', '!', '?', '…', '—', '-':
		return 2
	}
	if !isWordRune(rs[i-1]) {
		return 0
	}
	if rs[i-1] == 's' || rs[i-1] == 'S' {
		j := i + 1
		for j < end && rs[j] == ' ' {
			j++
		}
		if j < end && j > i+1 && unicode.IsLower(rs[j]) {
			return -1 // most likely a plural possessive; a close only as a last resort
		}
	}
	return 1
}

// quotesWithSingleMarks says whether the article quotes with single marks
// (as many British outlets do): its running text has no double marks but
// inside single-mark quotations (‘People hear “away game” and ...’, a
// quote within a quote), and at least one single mark pair opens and
// closes like a quotation.
func (d *doc) quotesWithSingleMarks() bool {
	pairs := 0
	for pi, p := range d.paras {
		if d.heads[pi] {
			continue
		}
		prs := d.singlePairs(p)
		for i := p.Start; i < p.End; i++ {
			switch d.rs[i] {
			case '"', '“', '”':
				if !insidePairs(prs, i) && !d.insideOpenSingle(p, prs, i) {
					return false
				}
			}
		}
		pairs += len(prs)
	}
	return pairs > 0
}

// insidePairs says whether offset i lies inside one of the mark pairs.
func insidePairs(prs [][2]int, i int) bool {
	for _, pr := range prs {
		if pr[0] < i && i < pr[1] {
			return true
		}
	}
	return false
}

// openSingle is the offset of a single mark that opens a quotation left
// open at the end of paragraph p (it goes on in the next paragraph), or
// -1: an opening mark after the last pair that no mark closes.
func (d *doc) openSingle(p span, prs [][2]int) int {
	from := p.Start
	if n := len(prs); n > 0 {
		from = prs[n-1][1] + 1
	}
	for i := from; i < p.End; i++ {
		if singleOpen(d.rs, i, p.Start, p.End) && (i == p.Start || d.rs[i-1] == ' ') {
			return i
		}
	}
	return -1
}

// insideOpenSingle says whether offset i lies inside the quotation left
// open at the end of paragraph p.
func (d *doc) insideOpenSingle(p span, prs [][2]int, i int) bool {
	o := d.openSingle(p, prs)
	return o >= 0 && o < i
}

// singlePairs pairs single quotation marks in a paragraph: each opening
// mark with the first closing mark after punctuation, else the first
// closing mark after a word.
func (d *doc) singlePairs(p span) [][2]int {
	var out [][2]int
	for i := p.Start; i < p.End; i++ {
		if !singleOpen(d.rs, i, p.Start, p.End) {
			continue
		}
		best, weak, last := -1, -1, -1
		for j := i + 2; j < p.End; j++ {
			if singleOpen(d.rs, j, p.Start, p.End) && singleClose(d.rs, j, p.End) == 0 {
				break // another quotation opens first
			}
			switch singleClose(d.rs, j, p.End) {
			case 2:
				best = j
			case 1:
				if weak < 0 {
					weak = j
				}
			case -1:
				if last < 0 {
					last = j
				}
			}
			if best >= 0 {
				break
			}
		}
		if best < 0 {
			best = weak
		}
		if best < 0 {
			best = last
		}
		if best < 0 {
			continue
		}
		out = append(out, [2]int{i, best})
		i = best
	}
	return out
}

// singleQuotes adds the single-mark quotations of a paragraph, and a
// quotation left open at its end (it goes on in the next paragraph, which
// opens with a single mark: one group, as with double marks).
func (d *doc) singleQuotes(pi int, p span) {
	prs, prev := d.singlePairs(p), d.singleGroup // prev: the quotation left open before (reset below)
	cont := d.singleGroup != 0 && (d.rs[p.Start] == '‘' || d.rs[p.Start] == '\'')
	for k, pr := range prs {
		g := -1 - len(d.quotes)
		if k == 0 && cont && pr[0] == p.Start {
			g = d.singleGroup
		}
		d.quotes = append(d.quotes, quote{outer: span{pr[0], pr[1] + 1}, inner: span{pr[0] + 1, pr[1]}, para: pi, group: g})
	}
	d.singleGroup = 0
	if o := d.openSingle(p, prs); o >= 0 && o+1 < p.End {
		g := -1 - len(d.quotes)
		if len(prs) == 0 && cont && o == p.Start {
			g = prev // a middle paragraph of a quotation: "‘…" ¶ "‘…" ¶ "‘…’"
		}
		d.quotes = append(d.quotes, quote{outer: span{o, p.End}, inner: span{o + 1, p.End}, para: pi, group: g})
		d.singleGroup = g
	}
}

// innerSingleQuotes adds single-mark quotations of a paragraph in an
// article that quotes with double marks, outside its double-mark
// quotations: "the president said the 'Senate must now pass a bill'".
// Only quotations of two words or more: one word in single marks is a
// term, not a quote.
func (d *doc) innerSingleQuotes(pi int, p span) {
	for _, pr := range d.singlePairs(p) {
		if d.inQuote(pr[0]) || d.inQuote(pr[1]) {
			continue
		}
		inner := span{pr[0] + 1, pr[1]}
		if len(strings.Fields(d.text(inner))) < 2 {
			continue
		}
		d.quotes = append(d.quotes, quote{outer: span{pr[0], pr[1] + 1}, inner: inner, para: pi, group: -1 - len(d.quotes)})
	}
}
