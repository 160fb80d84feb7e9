package seed

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kb/store"
)

// A body is a source text prepared for finding passages in it. Authors type
// quotes as text; the body may use curly or straight quotes and apostrophes.
// store.MatchForm maps each such character to one plain form, rune for rune, so an
// offset in the match form is the same offset in the body, and the stored
// passage is the body's own characters.
type body struct {
	text  string // as stored
	match string // store.MatchForm(text)
	runes int
	rs    []rune // text as runes, made on first use
	// alignCells is the work closest has done in this body so far.
	alignCells int
}

// textRunes returns the body as runes, converting it once.
func (b *body) textRunes() []rune {
	if b.rs == nil {
		b.rs = []rune(b.text)
	}
	return b.rs
}

func newBody(text string) *body {
	return &body{text: text, match: store.MatchForm(text), runes: utf8.RuneCountInString(text)}
}

// locate finds needle in the body as written or, failing that, in the
// other Unicode normalization form (an "é" typed as e and a combining
// accent finds the body's single "é", and the other way round). It returns
// the rune offsets of every occurrence and the length in runes of what was
// found.
func (b *body) locate(needle string) ([]int, int) {
	hits := b.find(needle)
	if len(hits) > 0 || norm.NFC.IsNormalString(needle) && norm.NFD.IsNormalString(needle) {
		return hits, utf8.RuneCountInString(needle)
	}
	for _, form := range []norm.Form{norm.NFC, norm.NFD} {
		n := form.String(needle)
		if n == needle {
			continue
		}
		if hits := b.find(n); len(hits) > 0 {
			return hits, utf8.RuneCountInString(n)
		}
	}
	return nil, utf8.RuneCountInString(needle)
}

// find returns the rune offsets of every occurrence of needle in the body.
func (b *body) find(needle string) []int {
	n := store.MatchForm(needle)
	if n == "" {
		return nil
	}
	var out []int
	from, runesBefore := 0, 0
	for {
		i := strings.Index(b.match[from:], n)
		if i < 0 {
			return out
		}
		runesBefore += utf8.RuneCountInString(b.match[from : from+i])
		out = append(out, runesBefore)
		// step one rune past the start, so overlapping matches count too
		_, size := utf8.DecodeRuneInString(b.match[from+i:])
		runesBefore++
		from += i + size
	}
}

// slice returns the body's characters from rune offset start to end.
func (b *body) slice(start, end int) string {
	rs := b.textRunes()
	if start < 0 || end > len(rs) || start > end {
		return ""
	}
	return string(rs[start:end])
}

// sentence widens the span [start, end) to the sentence around it: back to
// the end of the previous sentence or the start of the line, and forward to
// the end of the sentence (with a closing quotation mark) or of the line.
func (b *body) sentence(start, end int) (int, int) {
	rs := b.textRunes()
	s := start
	for s > 0 {
		c := rs[s-1]
		if c == '\n' {
			break
		}
		if s >= 2 && (rs[s-1] == ' ') && isSentenceEnd(rs, s-2) {
			break
		}
		s--
	}
	e := end
	for e < len(rs) && rs[e] != '\n' {
		if isSentenceEnd(rs, e) && (e+1 == len(rs) || rs[e+1] == ' ' || rs[e+1] == '\n') {
			e++
			break
		}
		e++
	}
	for s < e && rs[s] == ' ' {
		s++
	}
	return s, e
}

// isSentenceEnd says whether rs[i] ends a sentence: a full stop that does
// not end an abbreviation, a question or exclamation mark, or a closing
// quotation mark right after one.
func isSentenceEnd(rs []rune, i int) bool {
	switch rs[i] {
	case '.':
		return !isAbbreviation(rs, i)
	case '?', '!':
		return true
	case '”', '"', '’':
		return i > 0 && (rs[i-1] == '.' || rs[i-1] == '?' || rs[i-1] == '!') && isSentenceEnd(rs, i-1)
	}
	return false
}

// abbreviations are the words whose full stop does not end a sentence:
// titles and ranks before a name, and months before a day.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Prof": true, "Rev": true, "Hon": true,
	"Sen": true, "Rep": true, "Gov": true, "Pres": true, "Amb": true, "Atty": true, "Supt": true,
	"Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Sgt": true, "Cpl": true, "Adm": true, "Cmdr": true, "Brig": true,
	"St": true, "Mt": true, "Ft": true, "Jr": true, "Sr": true, "No": true, "vs": true, "approx": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// isAbbreviation says whether the full stop at rs[i] ends an abbreviation:
// a word of the list, or initials ("U.S.", "U.K.", "J.", "e.g.").
func isAbbreviation(rs []rune, i int) bool {
	start := i
	for start > 0 && (unicode.IsLetter(rs[start-1]) || rs[start-1] == '.') {
		start--
	}
	word := string(rs[start:i])
	if word == "" {
		return false
	}
	if abbreviations[word] {
		return true
	}
	for _, piece := range strings.Split(word, ".") {
		if utf8.RuneCountInString(piece) != 1 {
			return false
		}
	}
	return true
}

// maxAlignCells bounds the work of one closest search, and
// maxAlignCellsPerBody that of all the searches in one body: beyond them,
// no suggestion, so a file of many wrong quotes still checks in bounded
// time.
const (
	maxAlignCells        = 50_000_000
	maxAlignCellsPerBody = 500_000_000
)

// closest returns the passage of the body that is nearest to needle by edit
// distance (a semi-global alignment: the passage may start and end
// anywhere), or "" when the body is too large to search for it.
func (b *body) closest(needle string) string {
	n := []rune(store.MatchForm(needle))
	h := []rune(b.match)
	cells := len(n) * len(h)
	if len(n) == 0 || len(h) == 0 || cells > maxAlignCells || b.alignCells+cells > maxAlignCellsPerBody {
		return ""
	}
	b.alignCells += cells
	// dp[i][j]: cost of aligning n[:i] to a passage of h ending at j.
	// start[j] tracks where that passage begins.
	prev := make([]int, len(h)+1)
	cur := make([]int, len(h)+1)
	prevStart := make([]int, len(h)+1)
	curStart := make([]int, len(h)+1)
	for j := range prev {
		prevStart[j] = j
	}
	for i := 1; i <= len(n); i++ {
		cur[0] = i
		curStart[0] = 0
		for j := 1; j <= len(h); j++ {
			cost := 1
			if n[i-1] == h[j-1] {
				cost = 0
			}
			best, st := prev[j-1]+cost, prevStart[j-1]
			if v := prev[j] + 1; v < best {
				best, st = v, prevStart[j]
			}
			if v := cur[j-1] + 1; v < best {
				best, st = v, curStart[j-1]
			}
			cur[j], curStart[j] = best, st
		}
		prev, cur = cur, prev
		prevStart, curStart = curStart, prevStart
	}
	bestJ := 1
	for j := 1; j <= len(h); j++ {
		if prev[j] < prev[bestJ] {
			bestJ = j
		}
	}
	if prev[bestJ] > len(n)*2/3 {
		return "" // nothing is close enough to help
	}
	return b.slice(prevStart[bestJ], bestJ)
}

// span finds one passage in the body, reporting a passage that is missing
// (with the closest one) or found more than once.
func (p *parsed) span(ps passage, what string) (store.Span, bool) {
	if p.body == nil {
		return store.Span{}, false
	}
	if strings.TrimSpace(ps.Text) == "" {
		p.r.at(ps.Pos, "%s is empty", what)
		return store.Span{}, false
	}
	hits, n := p.body.locate(ps.Text)
	switch len(hits) {
	case 1:
		return store.Span{Start: hits[0], End: hits[0] + n}, true
	case 0:
		msg := fmt.Sprintf("%s %s is not in the body of source %q", what, quoteText(clip(ps.Text)), p.sourceID())
		if near := p.body.closest(ps.Text); near != "" {
			msg += "; the closest passage is " + quoteText(clip(near))
		}
		p.r.at(ps.Pos, "%s", msg)
	default:
		p.r.at(ps.Pos, "%s %s is found %d times in the body of source %q: quote a longer passage so it is found once", what, quoteText(clip(ps.Text)), len(hits), p.sourceID())
	}
	return store.Span{}, false
}

// onePassage is span for facts that take exactly one passage.
func (p *parsed) onePassage(ev passages, at pos, what string) (store.Span, bool) {
	switch len(ev) {
	case 0:
		p.r.at(at, "%s needs evidence: a passage of the body", what)
		return store.Span{}, false
	case 1:
		return p.span(ev[0], "the evidence of "+what)
	}
	p.r.at(ev[1].Pos, "%s takes one evidence passage, not %d", what, len(ev))
	return store.Span{}, false
}

func (p *parsed) sourceID() string {
	if p.ff.Source == nil {
		return ""
	}
	return p.ff.Source.ID
}

// quoteText quotes a passage of the body for a message: in double quotes,
// or, when it holds straight double quotes (news often does), in single
// quotes, so that it reads as in the body rather than with Go's \" escapes.
func quoteText(s string) string {
	if strings.Contains(s, `"`) && !strings.Contains(s, "'") && strconv.CanBackquote(s) {
		return "'" + s + "'"
	}
	return strconv.Quote(s)
}

func clip(s string) string {
	rs := []rune(s)
	if len(rs) > 120 {
		return string(rs[:117]) + "..."
	}
	return s
}
