package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kb/internal/names"
)

// Offsets in this package are in runes (Unicode characters), as the
// fact-file loader counts them.

// span is a half-open range of rune offsets into the body.
type span struct{ Start, End int }

func (s span) len() int { return s.End - s.Start }

// tok is one token of a sentence: a word, a number, a punctuation mark or
// a quotation mark.
type tok struct {
	span
	text string
	word bool // letters or digits
	// surname: a calendar or common word read as a surname here
	// ("Theresa May", "Mrs May", rule calendar-surname)
	surname bool
}

// sentence is a run of text that ends in a full stop, or a whole headline.
type sentence struct {
	span
	para     int
	headline bool
	toks     []tok
}

// quote is a direct quotation: the marks at outer, the words inside inner.
// A quotation that runs over several paragraphs is one quote per paragraph,
// sharing a group.
type quote struct {
	outer, inner span
	headline     bool
	para         int
	group        int
}

// doc is an article prepared for extraction.
type doc struct {
	rs     []rune
	orig   []rune // the body's own runes where rs reads some marks otherwise (g_rules.go), or nil
	match  string // names.MatchForm(body), for finding passages
	paras  []span // non-empty lines
	heads  []bool // paras[i] is a headline
	sents  []sentence
	quotes []quote
	links  []int  // paragraphs that are "Also Read:" lines
	embeds []bool // paras[i] is an embedded post's line (segment.go)
	// paras[i] is only a byline or date line (h_layout.go)
	furniture []bool
	// the group of a single-mark quotation left open at the end of the
	// paragraph before, 0 when none
	singleGroup int
}

func (d *doc) text(s span) string {
	if d.orig != nil {
		return string(d.orig[s.Start:s.End]) // drafts quote the body as printed
	}
	return string(d.rs[s.Start:s.End])
}

// count says how often passage occurs in the body, overlaps included, as
// the loader counts.
func (d *doc) count(passage string) int {
	n := names.MatchForm(passage)
	if n == "" {
		return 0
	}
	c := 0
	for from := 0; ; {
		i := strings.Index(d.match[from:], n)
		if i < 0 {
			return c
		}
		c++
		_, size := utf8.DecodeRuneInString(d.match[from+i:])
		from += i + size
	}
}

// find returns the rune span of the first occurrence of passage at or after
// rune offset from, or false.
func (d *doc) find(passage string, from int) (span, bool) {
	n := names.MatchForm(passage)
	if n == "" || from > len(d.rs) {
		return span{}, false
	}
	bo := len(string(matchRunes(d.rs[:from])))
	i := strings.Index(d.match[bo:], n)
	if i < 0 {
		return span{}, false
	}
	start := from + utf8.RuneCountInString(d.match[bo:bo+i])
	return span{start, start + utf8.RuneCountInString(n)}, true
}

func matchRunes(rs []rune) string { return names.MatchForm(string(rs)) }

func newDoc(body string) *doc {
	d := &doc{}
	d.rs, d.orig = guillemetsAsCurly([]rune(body))
	d.match = names.MatchForm(body)
	start := 0
	for i := 0; i <= len(d.rs); i++ {
		if i == len(d.rs) || d.rs[i] == '\n' {
			s, e := start, i
			for s < e && unicode.IsSpace(d.rs[s]) {
				s++
			}
			for e > s && unicode.IsSpace(d.rs[e-1]) {
				e--
			}
			if e > s {
				d.paras = append(d.paras, span{s, e})
			}
			start = i + 1
		}
	}
	d.heads = make([]bool, len(d.paras))
	d.embeds = embeddedPosts(d)
	d.skipPageFurniture() // h_layout.go
	for i, p := range d.paras {
		t := d.text(p)
		if linkPrefix(t) != "" {
			d.links = append(d.links, i)
			continue
		}
		d.heads[i] = isHeadline(t) && !d.furniture[i]
	}
	d.findQuotes()
	for i, p := range d.paras {
		if linkPrefix(d.text(p)) != "" || d.embeds[i] {
			continue
		}
		d.splitSentences(i, p)
	}
	d.markKnownSurnames()
	return d
}

// isHeadline says whether a line reads as a headline or subheading: short,
// and not ending like a sentence.
func isHeadline(t string) bool {
	if len(strings.Fields(t)) > 14 || len(strings.Fields(t)) < 2 {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', '!', '?', ':', ';', ',', '”', '"':
		return false
	case '\'', '’':
		// a sentence that ends in a single-quoted quotation: 'It hurts.'
		if prev, _ := utf8.DecodeLastRuneInString(t[:len(t)-size]); prev == '.' || prev == '!' || prev == '?' {
			return false
		}
	}
	return true
}

func isOpenContext(rs []rune, i int) bool {
	return i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([—–-:", rs[i-1])
}

// findQuotes pairs quotation marks: curly double quotes by shape, straight
// double quotes by alternation, and single quotes in headlines only (in
// running text they are apostrophes or nested quotes). A quote left open
// at the end of a paragraph continues when the next paragraph opens with a
// quotation mark, as newspapers write quotes of several paragraphs.
func (d *doc) findQuotes() {
	open := -1 // rune offset of an open double quote
	openW := 1 // its width: 2 for `` and ''
	openPara := -1
	group := 0
	var pending *quote // the part of a quote left open at a paragraph's end
	single := d.quotesWithSingleMarks()
	for pi, p := range d.paras {
		if d.embeds[pi] {
			continue // a quotation left open goes on after the embedded post
		}
		if linkPrefix(d.text(p)) != "" {
			open, pending = -1, nil
			continue
		}
		if pending == nil && !single && !d.heads[pi] {
			if q, ok := d.singleOpenDoubleClose(p); ok {
				// 'We started well ... the result." : a single mark opens
				// the paragraph's quotation and a double one closes it
				group++
				q.para, q.group = pi, group
				d.quotes = append(d.quotes, q)
				continue
			}
		}
		continued := false
		if pending != nil {
			c := d.rs[p.Start]
			if c == '“' || c == '"' || d.pairedMark(p, p.Start, -1) > 0 {
				continued = true
				d.quotes = append(d.quotes, *pending)
				open, openPara, openW = p.Start, pi, 1
				if c == '`' || c == '\'' {
					openW = 2
				}
			} else if d.runsOnUnmarked(pi) {
				// the quotation goes on without an opening mark of its
				// own, to a closing one (h_layout.go)
				continued = true
				d.quotes = append(d.quotes, *pending)
				open, openPara, openW = p.Start, pi, 0
			} else {
				// the next paragraph does not go on with the quotation: the
				// writer left it unclosed at the end of its paragraph
				d.quotes = append(d.quotes, *pending)
				open = -1
			}
			pending = nil
		}
		for i := p.Start; i < p.End && !single; i++ { // (in a single-mark article double marks are quotes within quotes)
			c := d.rs[i]
			if w := d.pairedMark(p, i, open); w != 0 {
				// rule "paired-marks": ``...'' and ''...'', or "...'', as AP
				// copy prints double quotation marks with two characters
				if w > 0 {
					open, openPara, openW = i, pi, 2
					group++
				} else {
					d.quotes = append(d.quotes, quote{outer: span{open, i + 2}, inner: span{open + openW, i}, para: openPara, group: group})
					open, openW = -1, 1
				}
				i++
				continue
			}
			switch {
			case continued && i == p.Start:
				// the opening mark of a quote running on
			case c == '“' && open >= 0 && closesHere(d.rs, i, p.End):
				// an opening mark that closes: “... forward,“ he added
				d.quotes = append(d.quotes, quote{outer: span{open, i + 1}, inner: span{open + 1, i}, para: openPara, group: group})
				open = -1
			case c == '“':
				open, openPara = i, pi
				group++
			case c == '”' && open < 0 && isOpenContext(d.rs, i) && i+1 < p.End && isWordRune(d.rs[i+1]):
				// a closing mark that opens: ”Yeah, I expect ...”
				open, openPara = i, pi
				group++
			case c == '"' && open >= 0 && d.rs[open] == '“' && !closesHere(d.rs, i, p.End) && isOpenContext(d.rs, i) && i+1 < p.End && isWordRune(d.rs[i+1]):
				// a curly quote left unclosed, then a straight one opens:
				// “I think ... plant. "If we ...," he said
				d.quotes = append(d.quotes, quote{outer: span{open, i}, inner: span{open + 1, i}, para: openPara, group: group})
				open, openPara = i, pi
				group++
			case c == '"' && open < 0:
				if isOpenContext(d.rs, i) || i > p.Start && d.rs[i-1] == ',' && i+1 < p.End && isWordRune(d.rs[i+1]) {
					// also glued to a comma: `at the university,"I found it."`
					open, openPara = i, pi
					group++
				}
			case c == '”' || c == '"':
				if open >= 0 {
					inner := span{open + openW, i}
					if inner.len() > 0 {
						d.quotes = append(d.quotes, quote{outer: span{open, i + 1}, inner: inner, para: openPara, group: group})
					}
					open, openW = -1, 1
				}
			}
		}
		if open >= 0 && open+openW < p.End {
			pending = &quote{outer: span{open, p.End}, inner: span{open + openW, p.End}, para: openPara, group: group}
			if pi == len(d.paras)-1 {
				// the text ends inside the quotation (a cut excerpt): keep its words
				d.quotes = append(d.quotes, *pending)
				pending = nil
			}
		}
		open, openW = -1, 1
		if d.heads[pi] {
			d.headlineSingleQuotes(pi, p)
		} else if single {
			d.singleQuotes(pi, p)
		} else {
			q := p
			if pending != nil {
				q.End = pending.outer.Start // the rest runs on in a double-mark quotation
			}
			d.innerSingleQuotes(pi, q)
		}
	}
}

// pairedMark says whether two characters at rs[i] are a double quotation
// mark: 1 when two backticks or two apostrophes open a quotation (nothing
// is open), -1 when two apostrophes close the open one, 0 otherwise.
func (d *doc) pairedMark(p span, i, open int) int {
	if i+1 >= p.End {
		return 0
	}
	c, n := d.rs[i], d.rs[i+1]
	if c != n || c != '`' && c != '\'' {
		return 0
	}
	after := i+2 < p.End && isWordRune(d.rs[i+2])
	if open < 0 {
		if (i == p.Start || isOpenContext(d.rs, i)) && after {
			return 1
		}
		return 0
	}
	if c == '\'' && i > p.Start && !unicode.IsSpace(d.rs[i-1]) && !after {
		return -1
	}
	return 0
}

func (d *doc) headlineSingleQuotes(pi int, p span) {
	open := -1
	for i := p.Start; i < p.End; i++ {
		c := d.rs[i]
		if c != '\'' && c != '‘' && c != '’' {
			continue
		}
		prevLetter := i > p.Start && isWordRune(d.rs[i-1])
		nextLetter := i+1 < p.End && isWordRune(d.rs[i+1])
		switch {
		case open < 0 && !prevLetter && nextLetter:
			open = i
		case open >= 0 && prevLetter && !nextLetter:
			d.quotes = append(d.quotes, quote{outer: span{open, i + 1}, inner: span{open + 1, i}, headline: true, para: pi, group: -1 - len(d.quotes)})
			open = -1
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// inQuote says whether offset i lies inside a direct quotation.
func (d *doc) inQuote(i int) bool {
	for _, q := range d.quotes {
		if i > q.outer.Start && i < q.outer.End-1 {
			return true
		}
	}
	return false
}

// splitSentences cuts a paragraph at full stops outside quotations.
func (d *doc) splitSentences(pi int, p span) {
	if d.heads[pi] {
		d.addSentence(pi, p, true)
		return
	}
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		c := d.rs[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		end := i + 1
		for end < p.End && (d.rs[end] == '”' || d.rs[end] == '"' || d.rs[end] == '’') {
			end++
		}
		if end < p.End && !unicode.IsSpace(d.rs[end]) {
			continue
		}
		if d.inQuote(i) && end == i+1 {
			continue // a full stop inside a quotation that goes on
		}
		if c == '.' {
			w := i
			for w > start && (isWordRune(d.rs[w-1]) || d.rs[w-1] == '.') {
				w--
			}
			if !abbreviationEnds(d.rs, w, i, end, p.End) {
				continue
			}
		}
		// the next sentence starts with a capital, a digit or a quotation mark
		n := end
		for n < p.End && unicode.IsSpace(d.rs[n]) {
			n++
		}
		if n < p.End && !(unicode.IsUpper(d.rs[n]) || unicode.IsDigit(d.rs[n]) || d.rs[n] == '“' || d.rs[n] == '"' || d.rs[n] == '‘' || d.rs[n] == '\'' || d.rs[n] == '”') {
			continue
		}
		d.addSentence(pi, span{start, end}, false)
		start = n
		i = end - 1
	}
	if start < p.End {
		d.addSentence(pi, span{start, p.End}, false)
	}
}

func (d *doc) addSentence(pi int, s span, headline bool) {
	d.sents = append(d.sents, sentence{span: s, para: pi, headline: headline, toks: markSurnames(joinAges(d.tokenize(s)))})
}

// tokenize splits a span into words (with inner apostrophes, hyphens and
// decimal points), possessive markers ("’s"), and single punctuation marks;
// "--" is one token.
func (d *doc) tokenize(s span) []tok {
	var out []tok
	rs := d.rs
	for i := s.Start; i < s.End; {
		c := rs[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case isWordRune(c):
			j := i + 1
			for j < s.End {
				if isWordRune(rs[j]) {
					j++
					continue
				}
				if j+1 < s.End && isWordRune(rs[j+1]) {
					switch rs[j] {
					case '&':
						if unicode.IsUpper(rs[j-1]) && unicode.IsUpper(rs[j+1]) && !ampersandTerm(rs, i, j, s.End) {
							j++ // "S&N", "AT&T": one name (rule ampersand-name, x-f-rules)
							continue
						}
					case '-', '.', ',':
						if rs[j] == '-' || (unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1])) || (rs[j] == '.' && unicode.IsUpper(rs[j-1]) && unicode.IsUpper(rs[j+1])) {
							j++
							continue
						}
					case '\'', '’':
						// an apostrophe inside a word, but not a possessive 's
						if !((rs[j+1] == 's' || rs[j+1] == 'S') && (j+2 >= s.End || !isWordRune(rs[j+2]))) {
							j++
							continue
						}
					}
				}
				break
			}
			if j+1 < s.End && rs[j] == '.' && strings.ContainsRune(string(rs[i:j]), '.') && unicode.IsUpper(rs[j-1]) {
				j++ // "U.S." inside a sentence keeps its last full stop
			}
			out = append(out, tok{span: span{i, j}, text: string(rs[i:j]), word: true})
			i = j
		case (c == '\'' || c == '’') && i+1 < s.End && (rs[i+1] == 's' || rs[i+1] == 'S') && i > s.Start && isWordRune(rs[i-1]) && (i+2 >= s.End || !isWordRune(rs[i+2])):
			out = append(out, tok{span: span{i, i + 2}, text: "’s"})
			i += 2
		case c == '-' && i+1 < s.End && rs[i+1] == '-':
			out = append(out, tok{span: span{i, i + 2}, text: "--"})
			i += 2
		default:
			out = append(out, tok{span: span{i, i + 1}, text: string(c)})
			i++
		}
	}
	return out
}

func isCap(t tok) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func lower(t tok) string { return strings.ToLower(t.text) }

func isOpenQuote(s string) bool  { return s == "“" || s == "\"" || s == "‘" || s == "'" }
func isCloseQuote(s string) bool { return s == "”" || s == "\"" || s == "’" || s == "'" }

// linkPrefix returns the "Also Read:"-style prefix a line starts with, or "".
func linkPrefix(t string) string {
	l := strings.ToLower(t)
	for _, p := range []string{"also read:", "read also:", "read more:", "related:", "see also:", "more on this:"} {
		if strings.HasPrefix(l, p) {
			return t[:len(p)]
		}
	}
	return ""
}

// singleOpenDoubleClose reads a paragraph that opens with a single mark
// and ends with the only double mark in it as one quotation.
func (d *doc) singleOpenDoubleClose(p span) (quote, bool) {
	if p.len() < 4 {
		return quote{}, false
	}
	if c := d.rs[p.Start]; c != '\'' && c != '‘' || !isWordRune(d.rs[p.Start+1]) {
		return quote{}, false
	}
	end := p.End
	for end > p.Start && unicode.IsSpace(d.rs[end-1]) {
		end--
	}
	if c := d.rs[end-1]; c != '"' && c != '”' {
		return quote{}, false
	}
	for i := p.Start; i < end-1; i++ {
		if c := d.rs[i]; c == '"' || c == '”' || c == '“' {
			return quote{}, false
		}
	}
	return quote{outer: span{p.Start, end}, inner: span{p.Start + 1, end - 1}}, true
}
