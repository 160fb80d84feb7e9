package extract

import (
	"strings"
	"unicode"

	"kb/internal/names"
)

// quotes attributes each direct quotation to the cue nearest it in its
// sentence (or the cue whose claim holds it); failing that, to the nearest
// cue of its paragraph, to the attribution of the other paragraphs of the
// same quotation, or to the speaker before a quotation that opens its
// paragraph.
func (x *extractor) quotes(all [][]cue, lastAt []*Entity) {
	type found struct {
		c      *cue
		why    Why
		sents  []int
		hasCue bool    // a cue in its own sentences, even one with no speaker
		sp     *Entity // a speaker found without a cue (cueless.go)
	}
	res := make([]found, len(x.d.quotes))
	for qi, q := range x.d.quotes {
		var sents []int
		for si, s := range x.d.sents {
			if s.Start < q.outer.End && q.outer.Start < s.End {
				sents = append(sents, si)
			}
		}
		res[qi].sents = sents
		best, hasCue := x.nearestCue(q, sents, all)
		res[qi].hasCue = hasCue
		if o := x.reportedFragment(q, sents, all, best); o != nil {
			// "A and B agreed to hold “talks”, X said.": X's words (x-quotes4)
			res[qi].c, res[qi].why = o, o.why
			res[qi].why.Rule = "quote/reported-fragment/" + o.why.Rule
			res[qi].why.Note = strings.TrimSpace("in a clause " + o.speaker.Name + " reports; not “" + x.d.sents[best.sent].toks[best.verb].text + "” of " + best.speaker.Name + ". " + o.why.Note)
			continue
		}
		if best != nil {
			res[qi].c, res[qi].why = best, best.why
			res[qi].why.Rule = "quote/" + best.why.Rule
			continue
		}
		if hasCue || len(sents) == 0 {
			continue
		}
		var para []int
		for si, s := range x.d.sents {
			if s.para == q.para {
				para = append(para, si)
			}
		}
		if e, why := x.cuelessSpeaker(q, sents); e != nil {
			res[qi].sp, res[qi].why = e, why
		} else if c, _ := x.nearestCue(q, para, x.ijOuterCues(para, all)); c != nil { // (ij_rules.go)
			res[qi].c = c
			res[qi].why = Why{Rule: "quote/same-paragraph/" + c.why.Rule, Confidence: c.why.Confidence * 0.8, Note: "no attribution in its sentence: the nearest in its paragraph"}
		} else if c := x.colonBefore(q, all); c != nil {
			res[qi].c = c
			res[qi].why = Why{Rule: "quote/colon-before/" + c.why.Rule, Confidence: c.why.Confidence * 0.9, Note: "the paragraph before ends in “" + c.text(x.d.sents[c.sent].toks) + ":”"}
		} else if next := sents[len(sents)-1] + 1; next < len(x.d.sents) {
			// "... the “final 10 meters.” This was stated by X": the next
			// sentence attributes this one
			for ci := range all[next] {
				if c := &all[next][ci]; c.refersBack && c.speaker != nil {
					res[qi].c = c
					res[qi].why = Why{Rule: "quote/stated-by-next/" + c.why.Rule, Confidence: c.why.Confidence * 0.8, Note: "the next sentence says who said this"}
				}
			}
		}
		if res[qi].c == nil && res[qi].sp == nil {
			if e, why := x.fragmentSpeaker(q, sents); e != nil {
				res[qi].sp, res[qi].why = e, why // rule possessive-fragment (g_rules.go)
			} else if e, why := x.namedAfter(q, sents); e != nil {
				res[qi].sp, res[qi].why = e, why
			} else if e, why := x.sentenceSubject(q, sents); e != nil {
				res[qi].sp, res[qi].why = e, why
			} else if e, why := x.onlyMention(q, sents); e != nil {
				res[qi].sp, res[qi].why = e, why
			}
		}
	}
	// the paragraphs of one quotation share its attribution
	for qi, q := range x.d.quotes {
		if res[qi].c != nil || res[qi].sp != nil {
			continue
		}
		for qj, o := range x.d.quotes {
			if qj != qi && o.group == q.group && res[qj].c != nil {
				res[qi].c = res[qj].c
				res[qi].why = Why{Rule: "quote/continued-paragraph", Confidence: res[qj].why.Confidence * 0.9, Note: "a quotation running over paragraphs"}
				break
			}
		}
	}
	var took [2]*Entity    // a quote given to a new subject instead of the last speaker: [last speaker, subject]
	unattributedPara := -1 // the paragraph of the last quote left with no speaker
	for qi, q := range x.d.quotes {
		r := res[qi]
		if len(r.sents) == 0 {
			continue
		}
		first := r.sents[0]
		spanAll := span{x.d.sents[first].Start, x.d.sents[r.sents[len(r.sents)-1]].End}
		text := strings.TrimSpace(x.d.text(q.inner))
		text = strings.TrimRight(text, ",;: ")
		if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") {
			text = strings.TrimSuffix(text, ".")
		}
		if wordsIn(text) == 0 {
			continue // marks around nothing
		}
		if x.isTitleQuote(q, text) {
			x.out.Notes = append(x.out.Notes, "not a quote: "+quoteText(text)+" reads as a name or title in quotation marks")
			continue
		}
		st := Statement{Kind: "direct", Text: text, text: q.inner}
		why := r.why
		if r.c != nil {
			c := r.c
			st.Speaker = c.speaker
			st.Cue = x.d.text(span{x.d.sents[c.sent].toks[c.verb].Start, x.d.sents[c.sent].toks[c.j-1].End})
			st.Said = x.saidDate(&x.d.sents[c.sent], c)
		} else if r.sp != nil {
			st.Speaker = r.sp
		} else if prev := lastAt[first]; prev != nil && !r.hasCue && x.opensParagraph(q) && unattributedPara >= 0 && unattributedPara >= q.para-1 {
			// "“…,” said one.\n\n“…”": the quote before had nobody the
			// draft can name; the last named speaker is not its continuation
			why = Why{Rule: "quote/after-unattributed", Confidence: 0.3, Note: "the quote before it has no speaker found; the last named speaker, " + prev.Name + ", is not assumed"}
		} else if prev := lastAt[first]; prev != nil && !r.hasCue && x.opensParagraph(q) {
			st.Speaker = prev
			why = Why{Rule: "quote/carried-over", Confidence: 0.4, Note: "no attribution in its paragraph: the speaker before it, " + prev.Name}
			if e := x.newSubjectBefore(q); e != nil && e != prev {
				// "Rival coach X was ecstatic.\n\n“...”": the person the paragraph
				// before is about, not the last speaker
				st.Speaker = e
				why = Why{Rule: "quote/subject-of-paragraph-before", Confidence: 0.4, Note: "no attribution in its paragraph: the subject of the paragraph before it, " + e.Name}
				took = [2]*Entity{prev, e}
			} else if took[0] == prev && took[1] != nil {
				// the quotes after it, with no new cue, go on with that person
				st.Speaker = took[1]
				why = Why{Rule: "quote/carried-over", Confidence: 0.35, Note: "no attribution in its paragraph: the speaker of the quote before it, " + took[1].Name}
			}
		} else if e := x.newSubjectBefore(q); e != nil && lastAt[first] == nil && !r.hasCue && x.opensParagraph(q) {
			// the first quote of the article, after a paragraph about its speaker
			st.Speaker = e
			why = Why{Rule: "quote/subject-of-paragraph-before", Confidence: 0.4, Note: "no attribution in its paragraph: the subject of the paragraph before it, " + e.Name}
		} else if e := x.interviewee(q); e != nil && !r.hasCue {
			st.Speaker = e
			why = Why{Rule: "quote/interview-layout", Confidence: 0.45, Note: "an interview page: the person its introduction names, " + e.Name}
		} else {
			why = Why{Rule: "quote/unattributed", Confidence: 0.3}
		}
		ev, evs, ok := x.uniquePassage(spanAll)
		if !ok {
			x.out.Notes = append(x.out.Notes, "skipped the quote "+quoteText(text)+": its sentence is not unique in the body")
			continue
		}
		st.Evidence, st.spans = []string{ev}, []span{evs}
		st.Why = Why{Rule: why.Rule, Confidence: round2(why.Confidence), Note: why.Note}
		if st.Speaker == nil {
			x.out.Unattributed = append(x.out.Unattributed, st)
			unattributedPara = q.para
			continue
		}
		unattributedPara = -1
		if x.mergeQuote(st) {
			continue
		}
		x.out.Statements = append(x.out.Statements, st)
		if r.c != nil {
			for _, o := range r.c.also {
				st2 := st
				st2.Speaker = o
				x.out.Statements = append(x.out.Statements, st2)
			}
		}
	}
}

// nearestCue finds, among the cues of the sentences, the one whose claim
// holds the quotation, else the one nearest to it; it also says whether
// those sentences have any cue at all.
func (x *extractor) nearestCue(q quote, sents []int, all [][]cue) (*cue, bool) {
	var best *cue
	bestDist := 1 << 30
	any := false
	for _, si := range sents {
		toks := x.d.sents[si].toks
		for ci := range all[si] {
			c := &all[si][ci]
			if !c.according {
				any = true
			}
			if c.speaker == nil {
				continue
			}
			if c.according && x.hasOtherCue(sents, all) {
				continue // "said McCain, according to USA Today": the source reports
			}
			var d int
			switch {
			case c.comp[0] >= 0 && toks[c.comp[0]].Start <= q.outer.Start && q.outer.End <= toks[c.comp[1]-1].End:
				d = -1 // the claim holds the quotation
			case toks[c.i].Start >= q.outer.End:
				d = toks[c.i].Start - q.outer.End
			case toks[c.j-1].End <= q.outer.Start:
				d = q.outer.Start - toks[c.j-1].End
			default:
				continue
			}
			if d < bestDist {
				best, bestDist = c, d
			}
		}
	}
	return best, any
}

// opensParagraph says whether a quotation starts its paragraph, as a quote
// that continues the speaker before it does.
func (x *extractor) opensParagraph(q quote) bool {
	return x.d.paras[q.para].Start == q.outer.Start
}

// mergeQuote adds st's evidence to an earlier direct statement of the same
// speaker and words (a headline repeating the body), and says whether it did.
func (x *extractor) mergeQuote(st Statement) bool {
	for i := range x.out.Statements {
		o := &x.out.Statements[i]
		if o.Kind == "direct" && o.Speaker == st.Speaker && normQuote(o.Text) == normQuote(st.Text) {
			o.Evidence = append(o.Evidence, st.Evidence...)
			o.spans = append(o.spans, st.spans...)
			o.Why.Note = strings.TrimSpace(o.Why.Note + " written again in another passage")
			return true
		}
	}
	return false
}

// normQuote is the form quotations are compared in: quote marks and
// apostrophes folded, spaces collapsed, closing punctuation dropped.
func normQuote(s string) string {
	s = names.MatchForm(s)
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\"", " ")), " ")
	return strings.ToLower(strings.TrimRight(s, ",.;: "))
}

// isTitleQuote says whether a quotation is a name or title in marks
// ("Frost Harbor", "FIFA"), not someone's words: a few words, all
// capitalized (small words aside), no punctuation, inside a sentence.
func (x *extractor) isTitleQuote(q quote, text string) bool {
	if q.headline || x.d.paras[q.para].Start == q.outer.Start {
		return false
	}
	for si := range x.d.sents {
		if x.d.sents[si].Start == q.outer.Start {
			return false // a sentence that opens with it is speech
		}
	}
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		r := []rune(w)
		if strings.ContainsAny(w, ",.;:!?") {
			return false
		}
		if i > 0 && titleSmallWords[strings.ToLower(w)] {
			continue
		}
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	if len(words) == 1 && !isAcronym(words[0]) && len(words[0]) > 0 {
		// one capitalized word: a name only when the sentence names it
		// ("its new title “Frost”") rather than someone saying it
		return false
	}
	return true
}

var titleSmallWords = map[string]bool{"of": true, "the": true, "and": true, "a": true, "an": true, "in": true, "on": true, "for": true, "to": true, "at": true, "by": true, "with": true}

// hasSpeakingCue says whether the sentences have a cue other than
// "according to" with a speaker.
func (x *extractor) hasSpeakingCue(sents []int, all [][]cue) bool {
	for _, si := range sents {
		for _, c := range all[si] {
			if !c.according && c.speaker != nil {
				return true
			}
		}
	}
	return false
}

// hasOtherCue says whether the sentences have a cue other than "according
// to", with a speaker or not: "he wrote, according to the company" is his
// words even when "he" is not resolved, never the company's.
func (x *extractor) hasOtherCue(sents []int, all [][]cue) bool {
	for _, si := range sents {
		for _, c := range all[si] {
			if !c.according {
				return true
			}
		}
	}
	return false
}

// newSubjectBefore is the person the paragraph right before a quote's
// paragraph opens with, when that paragraph holds no quotation: a speaker
// introduced without a cue, whose words follow.
func (x *extractor) newSubjectBefore(q quote) *Entity {
	if q.para == 0 || !x.wholeParagraph(q) {
		return nil
	}
	for _, o := range x.d.quotes {
		if o.para == q.para-1 {
			return nil
		}
	}
	for si := range x.d.sents {
		if ps := &x.d.sents[si]; ps.para == q.para-1 && !ps.headline {
			return x.openingName(ps)
		}
	}
	return nil
}

// openingName is the person named among a sentence's first words (its
// subject, most likely: "Postdoctoral researcher Dr. Ann Holt is ..."),
// drafting a full name not yet known.
func (x *extractor) openingName(ps *sentence) *Entity {
	const limit = 6
	for _, g := range []byte{'m', 'f'} {
		if e := x.firstNamedOf(ps, limit, g, false); e != nil {
			return e
		}
	}
	for k := 0; k < limit && k+1 < len(ps.toks); k++ {
		if isNameTok(ps.toks[k]) && isNameTok(ps.toks[k+1]) {
			return x.unregisteredName(ps)
		}
	}
	return nil
}

// wholeParagraph says whether a quotation is all its paragraph holds
// (a quote that is the subject of a sentence, "“Open” was written on
// it", is not).
func (x *extractor) wholeParagraph(q quote) bool {
	p := x.d.paras[q.para]
	end := p.End
	for end > q.outer.End && strings.ContainsRune(" \t\r\n.,", x.d.rs[end-1]) {
		end--
	}
	return end <= q.outer.End
}
