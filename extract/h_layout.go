package extract

import (
	"strings"
	"unicode"

	"kb/internal/names"
	"kb/internal/wording"
)

// Page layout (x-h-layout, from batch H): what a saved page puts before
// an article's first sentence, and quotations whose later paragraphs
// carry no opening mark of their own.

// lw is one word of a paragraph's opening as the prefix reader sees it:
// a run of letters and digits (with . : / - ' inside, as in "6:32am",
// "2023-06-19", "a.m"), or one other mark.
type lw struct {
	s          string
	start, end int // rune offsets
}

// layoutWords splits rs[from:to] into at most n words.
func layoutWords(rs []rune, from, to, n int) []lw {
	var out []lw
	for i := from; i < to && len(out) < n; {
		switch c := rs[i]; {
		case unicode.IsSpace(c):
			i++
		case isWordRune(c):
			j := i + 1
			for j < to && (isWordRune(rs[j]) || strings.ContainsRune(".:/-'’", rs[j]) && j+1 < to && isWordRune(rs[j+1])) {
				j++
			}
			out = append(out, lw{string(rs[i:j]), i, j})
			i = j
		default:
			out = append(out, lw{string(c), i, i + 1})
			i++
		}
	}
	return out
}

var (
	shortMonths = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
	shortDays   = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}
	clockWords  = map[string]bool{"am": true, "pm": true, "a.m": true, "p.m": true}
	timeZones   = map[string]bool{"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "pt": true, "pst": true, "pdt": true, "mt": true,
		"gmt": true, "bst": true, "utc": true, "ist": true, "cet": true, "cest": true, "eat": true, "wat": true, "sast": true, "aest": true, "aedt": true,
		"pkt": true, "hkt": true, "sgt": true, "jst": true, "kst": true, "msk": true}
	// stampWords open a page's date line: "Published 10 January 2024",
	// "Updated: 9.57pm", "Last updated on …"
	stampWords = map[string]bool{"published": true, "updated": true, "posted": true, "modified": true, "created": true}
)

// dateParts says what a word of a date line is: 'm' a month, 'w' a
// weekday, 'd' a day number, 'y' a year, 't' a time of day, 'i' an ISO
// or numeric date, 'z' a zone or am/pm, 0 none.
func dateParts(w string) byte {
	l := strings.TrimSuffix(strings.ToLower(w), ".")
	switch {
	case monthIndex(l) >= 0 || shortMonths[l]:
		return 'm'
	case weekdayIndex(l) >= 0 || shortDays[l]:
		return 'w'
	case isISODate(l) || isNumericDate(l):
		return 'i'
	case timeZones[l] || clockWords[l]:
		return 'z'
	case isClock(l):
		return 't'
	}
	n := strings.TrimRight(l, "stndrh") // 1st, 22nd, 3rd, 4th
	if isDigits(n) && len(n) <= 2 && n != "0" && n != "00" && (n == l || len(l)-len(n) == 2) {
		if v := atoiSmall(n); v >= 1 && v <= 31 {
			return 'd'
		}
	}
	if isDigits(l) && len(l) == 4 && (l[:2] == "19" || l[:2] == "20") {
		return 'y'
	}
	return 0
}

// isNumericDate: "10/01/2024", "10.01.2024".
func isNumericDate(w string) bool {
	for _, sep := range []string{"/", "."} {
		p := strings.Split(w, sep)
		if len(p) == 3 && isDigits(p[0]) && isDigits(p[1]) && isDigits(p[2]) && len(p[0]) <= 4 && len(p[1]) <= 2 && len(p[2]) <= 4 && len(p[0])+len(p[2]) >= 5 {
			return true
		}
	}
	return false
}

// isClock: "6:32", "12.46", "6:32am", "9.57pm".
func isClock(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	for _, sep := range []string{":", "."} {
		if h, m, ok := strings.Cut(w, sep); ok && isDigits(h) && len(h) <= 2 && isDigits(m) && len(m) == 2 && atoiSmall(h) <= 24 && atoiSmall(m) < 60 {
			return true
		}
	}
	return false
}

func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// dateRun reads a date or time written as a page prints one, from ws[k]:
// "February 1, 2023 at 6:32am", "12.46 7 Jul 2022", "Monday 19 June
// 2023". It returns the index after it, 0 when there is none: a run must
// be anchored (an ISO or numeric date, a time, or a month with a day or a
// year), so that "2022 World Cup" or "Monday Ukraine" is no date line.
func dateRun(ws []lw, k int) int {
	if k >= len(ws) || dateParts(ws[k].s) == 0 {
		return 0 // "On January 5 Ann Lee said": a sentence's own time phrase
	}
	var have [128]bool
	e := k
	for j := k; j < len(ws); j++ {
		p := dateParts(ws[j].s)
		switch {
		case p != 0:
			have[p] = true
			e = j + 1
			continue
		case ws[j].s == "." && j == e && j > k:
			e = j + 1 // "Feb. 1", "6:32 a.m."
			continue
		case ws[j].s == "," || ws[j].s == "|" || ws[j].s == "·" || ws[j].s == "•" || ws[j].s == "/":
			continue
		case strings.EqualFold(ws[j].s, "at") || strings.EqualFold(ws[j].s, "on"):
			if j+1 < len(ws) && dateParts(ws[j+1].s) != 0 {
				continue
			}
		}
		break
	}
	if have['i'] || have['t'] || have['m'] && (have['d'] || have['y']) {
		return e
	}
	return 0
}

// pagePrefixEnd is where a paragraph's own words start: after what a
// saved page puts before the first sentence, on the same line — the
// corpus's date line ("date 2024-01-10"), a stamp ("Published 10 January
// 2024", "Updated: 9.57pm"), a bare date and time, a byline bounded by a
// date ("By The Wire Service February 1, 2023 at 6:32am"), or a wire
// dateline ("OSLO (Wire) —", "KESK, March 3 (Wire) -", "(Wire) —",
// "Lusail, December 19:"). They are no part of any sentence: the words
// after them are the subject, and a quotation after them opens the
// paragraph. It returns p.Start when the paragraph opens otherwise, or
// when what follows does not start a sentence (then the words were one);
// p.End when the whole line is such furniture.
func pagePrefixEnd(rs []rune, p span) int {
	ws := layoutWords(rs, p.Start, p.End, 40)
	body := !isHeadline(string(rs[p.Start:p.End]))
	k := 0
	for steps := 0; steps < 4; steps++ {
		n := prefixAt(ws, k, body)
		if n <= k {
			break
		}
		k = n
	}
	if k == 0 {
		return p.Start
	}
	if k == len(ws) {
		if ws[k-1].end == p.End {
			return p.End
		}
		return p.Start // more words than were read: not only furniture
	}
	c := rs[ws[k].start]
	if unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("“\"‘'", c) {
		return ws[k].start
	}
	return p.Start
}

// prefixAt reads one piece of page furniture at ws[k] and returns the
// index after it (and after a separator), or k. Datelines are read only
// in a paragraph of running text (body): "US — Ukraine talks" is a
// headline.
func prefixAt(ws []lw, k int, body bool) int {
	if k >= len(ws) {
		return k
	}
	w := strings.ToLower(ws[k].s)
	sep := func(j int) int {
		for j < len(ws) && (isDash(ws[j].s) || ws[j].s == "|" || ws[j].s == "·" || ws[j].s == "•") {
			j++
		}
		return j
	}
	switch {
	case w == "date" && k+1 < len(ws) && isISODate(ws[k+1].s):
		return sep(k + 2) // the pages corpus's own line: " date 2024-01-10 "
	case stampWords[w] || w == "last" && k+1 < len(ws) && strings.EqualFold(ws[k+1].s, "updated"):
		j := k + 1
		if w == "last" {
			j++
		}
		for j < len(ws) && (ws[j].s == ":" || strings.EqualFold(ws[j].s, "on") || strings.EqualFold(ws[j].s, "at")) {
			j++
		}
		if e := dateRun(ws, j); e > 0 {
			return sep(e)
		}
		return k
	case w == "by" && k+1 < len(ws) && isCapWord(ws[k+1].s):
		// a byline: its name runs up to a date, which bounds it
		j := k + 1
		for j < len(ws) && j-k <= 6 && dateRun(ws, j) == 0 && (isCapWord(ws[j].s) || ws[j].s == "," || ws[j].s == "." || ws[j].s == "and" || ws[j].s == "&") {
			j++
		}
		if e := dateRun(ws, j); e > 0 && j > k+1 {
			return sep(e)
		}
		return k
	case ws[k].s == "(" && body:
		if e := agencyTag(ws, k); e > 0 && e < len(ws) && isDash(ws[e].s) {
			return sep(e) // "(Wire) — The …"
		}
		return k
	}
	if e := dateRun(ws, k); e > 0 {
		if e < len(ws) && e == k+1 && dateParts(ws[k].s) == 't' && !isDash(ws[e].s) {
			return k // a lone time before words ("9.30 Ministers met"): too little to tell
		}
		return sep(e)
	}
	if !body {
		return k
	}
	if e := ijStateDateline(ws, k); e > k {
		return e // "Springfield IL - " (ij_rules.go)
	}
	return datelineAt(ws, k)
}

// isCapWord: a word that starts with a capital letter.
func isCapWord(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// agencyTag reads "(Wire)", "(Wire Service)" from ws[k] == "(": the index
// after ")", or 0.
func agencyTag(ws []lw, k int) int {
	j := k + 1
	for j < len(ws) && j-k <= 4 && ws[j].s != ")" {
		if !isCapWord(ws[j].s) && !isDash(ws[j].s) && ws[j].s != "," && dateParts(ws[j].s) == 0 {
			return 0
		}
		j++
	}
	if j == k+1 || j >= len(ws) || ws[j].s != ")" {
		return 0
	}
	return j + 1
}

// datelineAt reads a dateline at ws[k] that the wire-dateline rules
// (wireDateline, datelineEnd: a place in capitals, "OSLO (Wire) -") do
// not: a place written in lower case with a date, then perhaps an agency
// in brackets, and a dash or colon ("Lusail, December 19:", "Kesk,
// March 3 (Wire) -").
func datelineAt(ws []lw, k int) int {
	j := k
	for j < len(ws) && j-k < 3 && isCapWord(ws[j].s) && dateParts(ws[j].s) == 0 {
		if isAcronym(ws[j].s) {
			return k // in capitals: the wire-dateline rules'
		}
		j++
	}
	if j == k {
		return k
	}
	e := 0
	for j < len(ws) && ws[j].s == "," && e == 0 {
		if e = dateRun(ws, j+1); e > 0 {
			break
		}
		r := j + 1 // a region: "Kesk, Norland, March 3"
		for r < len(ws) && r-j <= 3 && isCapWord(ws[r].s) && !isAcronym(ws[r].s) && dateParts(ws[r].s) == 0 {
			r++
		}
		if r == j+1 {
			return k
		}
		j = r
	}
	if e == 0 || e >= len(ws) {
		return k
	}
	if ws[e].s == "(" {
		if t := agencyTag(ws, e); t > 0 {
			e = t
		}
	}
	if e < len(ws) && (isDash(ws[e].s) || ws[e].s == ":") {
		return e + 1
	}
	return k
}

// skipPageFurniture moves each paragraph's start past the page furniture
// that opens it (pagePrefixEnd); a line that is nothing else (a byline
// with its date, a date line) is read like an embedded post's: no
// sentences, no quotations, no headline.
func (d *doc) skipPageFurniture() {
	d.furniture = make([]bool, len(d.paras))
	for i, p := range d.paras {
		s := pagePrefixEnd(d.rs, p)
		if s == p.Start {
			s = ijCreditEnd(d.rs, p) // a photo credit (ij_rules.go)
		}
		switch {
		case s == p.End:
			d.embeds[i], d.furniture[i] = true, true
		case s > p.Start:
			d.paras[i].Start = s
		}
	}
}

// runsOnUnmarked says whether paragraph pi, after a paragraph that ends
// inside a double-mark quotation, goes on with it though it opens with no
// mark ("She said:" / "“We acted fast. ¶ For these reasons, the rules
// stay.”"): its first double mark, or that of the next paragraphs when it
// has none (at most two more, none of them a headline or a link line),
// closes a quotation — it follows a word or punctuation and ends the
// quoted words — and the paragraph before ends a sentence. A paragraph whose first mark opens a quotation of its own
// does not go on with the one before.
func (d *doc) runsOnUnmarked(pi int) bool {
	if strings.ContainsRune("'‘’`", d.rs[d.paras[pi].Start]) {
		return false // a single mark opens it: a quotation of its own
	}
	if pi == 0 || !strings.ContainsRune(".!?…:;", d.rs[d.paras[pi-1].End-1]) {
		return false // the line before breaks off mid-sentence: a broken line, not a paragraph
	}
	for j := pi; j < len(d.paras) && j <= pi+2; j++ {
		p := d.paras[j]
		if d.heads[j] || d.embeds[j] || linkPrefix(d.text(p)) != "" {
			return false
		}
		for i := p.Start; i < p.End; i++ {
			switch c := d.rs[i]; c {
			case '“':
				return false
			case '”', '"':
				return closesHere(d.rs, i, p.End) && !(c == '"' && isOpenContext(d.rs, i))
			}
		}
	}
	return false
}

// openerNoName says whether the first word of sentence si is a headline's
// or subheading's capitalised word and no name: a cue verb's inflected
// form ("Urged Dockers to return"), or a word the article writes in lower
// case. It begins no full
// name (fullNameOf): "Urged Dockers" is nobody.
func (x *extractor) openerNoName(si int) bool {
	s := &x.d.sents[si]
	if !s.headline || len(s.toks) == 0 || !isCap(s.toks[0]) {
		return false
	}
	w := s.toks[0].text
	l := strings.ToLower(w)
	_, cue := cueVerbs[l]
	return cue && !baseForms[l] || x.lowerSomewhere(l)
}

// lowerSomewhere says whether the article writes the word l in lower case.
func (x *extractor) lowerSomewhere(l string) bool {
	for si := range x.d.sents {
		for _, t := range x.d.sents[si].toks {
			if t.text == l {
				return true
			}
		}
	}
	return false
}

// verbFirstLine says whether cue c opens headline s: a subheading that
// starts with its verb ("Urged Dockers to return", "Warned of more
// strikes") has no subject, and the words after the verb are its object,
// no speaker.
func (x *extractor) verbFirstLine(s *sentence, c *cue) bool {
	return s.headline && c.i == 0
}

// MinSpeakerlessWords is the least number of content words a quote with
// no speaker must share with a known quote, contained in it whole, to be
// taken as its re-report: without a speaker to agree, only the words say
// it is the same remark, so a short phrase ("my life back") is not
// enough.
const MinSpeakerlessWords = 4

// speakerlessClose says whether a quote with no speaker (words u) repeats
// a known quote (words k) closely enough to be its re-report: the same
// words, or one contained whole in the other with MinSpeakerlessWords
// content words, or a run of wording.MinRun words in a row in common;
// never when one negates or gives figures the other does not.
func speakerlessClose(sc wording.Score, u, k []wording.Word) bool {
	if sc.Negation || sc.Numbers {
		return false
	}
	n := min(wording.ContentWords(u), wording.ContentWords(k))
	return sc.Identical && n >= 2 || sc.Overlap || sc.Containment >= wording.ContainClose && n >= MinSpeakerlessWords
}

// MatchUnattributed makes a quote the rules found no speaker for a
// re-report of the known direct statement it repeats (speakerlessClose),
// said within MaxDays: the outlet quoted the remark another source already
// gave with its speaker (rule quote/re-report-wording). When the quote
// repeats statements of two speakers, it stays unattributed. Call it
// after MatchKnown, with every known direct statement of the time (of
// any speaker): a re-report of a statement another drafted one already
// re-reports joins that entry.
func (d *Draft) MatchUnattributed(known []KnownStatement) {
	var keep []Statement
	for _, u := range d.Unattributed {
		m := d.speakerlessMatch(u, known)
		if m == nil {
			keep = append(keep, u)
			continue
		}
		if d.joinRereport(u, m) {
			continue
		}
		u.Speaker = d.knownSpeaker(m.Speaker)
		u.Rereport = m
		u.Why = Why{Rule: "quote/re-report-wording", Confidence: 0.5, Note: "no speaker found in the article; the words are those of " + m.ID + ", said by " + m.Speaker}
		d.Statements = append(d.Statements, u)
	}
	d.Unattributed = keep
}

// speakerlessMatch is the known statement quote u repeats, or nil: the
// most alike of those speakerlessClose allows, when all of them are one
// speaker's.
func (d *Draft) speakerlessMatch(u Statement, known []KnownStatement) *Match {
	uw := wording.Words(u.Text)
	when := u.when(d.Published)
	var best *Match
	speakers := map[string]bool{}
	for _, k := range known {
		if k.Kind != "direct" || k.Source == d.SourceID || k.ID == "" || !closeInTime(when, k.When) {
			continue
		}
		for i, w := range append([]string{k.Text}, k.Wordings...) {
			ww := wording.Words(w)
			sc := wording.CompareWords(ww, uw)
			if !speakerlessClose(sc, uw, ww) {
				continue
			}
			speakers[k.Speaker] = true
			m := &Match{KnownStatement: k, Score: sc}
			if i > 0 {
				m.Via = w
			}
			if best == nil || better(sc, best.Score) {
				best = m
			}
		}
	}
	if len(speakers) != 1 {
		return nil
	}
	return best
}

// joinRereport adds quote u's evidence to the drafted re-report of the
// same known statement, if there is one.
func (d *Draft) joinRereport(u Statement, m *Match) bool {
	for i := range d.Statements {
		s := &d.Statements[i]
		if s.Rereport == nil || s.Rereport.ID != m.ID {
			continue
		}
		for _, e := range u.Evidence {
			if !containsString(s.Evidence, e) {
				s.Evidence = append(s.Evidence, e)
			}
		}
		if names.MatchForm(s.Text) != names.MatchForm(u.Text) {
			s.Text = "" // no one wording is in every passage
		}
		return true
	}
	return false
}

// knownSpeaker is the draft's entity of the known speaker id, or one
// standing for it (a re-report names no speaker in the draft: only its id
// is read).
func (d *Draft) knownSpeaker(id string) *Entity {
	for _, e := range d.Entities {
		if e.ID == id {
			return e
		}
	}
	return &Entity{Kind: KindPerson, ID: id, Name: id, Known: true}
}

// corporateAlias gives an organization drafted without its company suffix
// ("Zenko Brothers" of "The Zenko Brothers Co. said") the name as the
// article writes it whole, "Zenko Brothers Co.", as an alias: the name a
// reader knows the company by, and the one lists of companies keep.
func (x *extractor) corporateAlias(o *Entity, full []tok) {
	if o == nil || o.Known || len(full) == 0 {
		return
	}
	name := joinToks(full)
	if end := full[len(full)-1].End; end < len(x.d.rs) && x.d.rs[end] == '.' {
		name += "." // "Co.", "Inc."
	}
	if names.Normalize(name) == names.Normalize(o.Name) || containsString(o.Aliases, name) {
		return
	}
	o.Aliases = append(o.Aliases, name)
	x.reg.index(o, name)
}
