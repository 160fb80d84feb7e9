package extract

// Speakers of quotations whose sentence has no cue: a headline's name
// ("‘We did it’ - Hale joy as Reds win", "Tearful Hale ‘thrilled’ to
// win"; a name must be a person the article names in full), and the
// subject of a sentence with no cue in a paragraph with none.

// cuelessSpeaker finds the speaker of a quotation whose sentences have
// no cue, from the sentence's own words.
func (x *extractor) cuelessSpeaker(q quote, sents []int) (*Entity, Why) {
	if len(sents) != 1 {
		return nil, Why{}
	}
	s := &x.d.sents[sents[0]]
	if s.headline {
		return x.headlineName(q, s)
	}
	return nil, Why{}
}

// headlineName reads a headline's speaker next to its quotation: a name
// after a dash or colon that follows it ("‘...’ - Hale joy"), or a name
// right before it ("Tearful Hale ‘thrilled’", "Hale: ‘...’").
func (x *extractor) headlineName(q quote, s *sentence) (*Entity, Why) {
	toks := s.toks
	after, before := -1, -1
	for k, t := range toks {
		if t.Start >= q.outer.End && after < 0 {
			after = k
		}
		if t.End <= q.outer.Start {
			before = k
		}
	}
	if after >= 0 && after+1 < len(toks) && (isDash(toks[after].text) || toks[after].text == ":") {
		if a, b := namesAt(toks, after+1); b > a {
			if p := x.headlinePerson(toks, a, b); p != nil {
				return p, Why{Rule: "headline-name", Confidence: 0.5, Note: "the name after the headline's quotation, " + p.Name}
			}
		}
	}
	if before >= 0 {
		e := before + 1
		if toks[before].text == ":" {
			e = before
		}
		if a := npLeft(toks, e); a < e {
			for a < e && !isNameTok(toks[a]) {
				a++
			}
			if a < e {
				if p := x.headlinePerson(toks, a, e); p != nil {
					return p, Why{Rule: "headline-name", Confidence: 0.5, Note: "the name before the headline's quotation, " + p.Name}
				}
				// a capitalized word before the surname ("Tearful Hale
				// ‘thrilled’"): headlines capitalize adjectives too
				if e-a > 1 {
					if p := x.headlinePerson(toks, e-1, e); p != nil {
						return p, Why{Rule: "headline-name,surname", Confidence: 0.5, Note: "the surname before the headline's quotation, " + p.Name}
					}
				}
			}
		}
	}
	return nil, Why{}
}

// headlinePerson is the person toks[a:b] names: one the draft knows, or a
// surname whose full name the article gives.
func (x *extractor) headlinePerson(toks []tok, a, b int) *Entity {
	for k := a; k < b; k++ {
		if !isNameTok(toks[k]) || isAcronym(toks[k].text) {
			return nil
		}
	}
	name := joinToks(toks[a:b])
	if e := x.reg.lookup(name, KindPerson); e != nil {
		return e
	}
	if b-a == 1 {
		if full := x.fullNameOf(toks[a].text); full != "" && !x.placeSomewhere(toks[a].text) {
			return x.reg.person(full, Why{Rule: "new-name,full-name", Confidence: 0.6})
		}
	}
	return nil
}

// sentenceSubject: a quotation in a sentence with no cue, in a paragraph
// with none, whose subject is a person the article names ("Meanwhile, in
// a letter to staff, Holm was all humility ... urging a “total
// commitment to safety at every level”"): the subject, as a guess marked
// low. Only quotations of five words or more: a shorter one in a
// sentence with no cue is more often a term in quotation marks.
func (x *extractor) sentenceSubject(q quote, sents []int) (*Entity, Why) {
	if len(sents) != 1 || x.d.sents[sents[0]].headline {
		return nil, Why{}
	}
	if wordsIn(x.d.text(q.inner)) < 5 {
		return nil, Why{} // "voted “aye”", "the “motion to proceed”": a term, not someone's words
	}
	if p := x.subjectPerson(&x.d.sents[sents[0]]); p != nil {
		return p, Why{Rule: "sentence-subject", Confidence: 0.45, Note: "no cue in its sentence or paragraph: the sentence's subject, " + p.Name}
	}
	if o := x.subjectOrganization(&x.d.sents[sents[0]]); o != nil {
		return o, Why{Rule: "sentence-subject,organization-head", Confidence: 0.45, Note: "no cue in its sentence or paragraph: the sentence's subject, " + o.Name}
	}
	return nil, Why{}
}

// colonBefore: a quotation that opens its paragraph right after a
// paragraph ending in a cue and a colon ("Speaking to reporters, Berg
// said:"): that cue, when it has a speaker.
func (x *extractor) colonBefore(q quote, all [][]cue) *cue {
	if !x.opensParagraph(q) {
		return nil
	}
	prev := -1
	for si := range x.d.sents {
		if x.d.sents[si].para < q.para {
			prev = si
		}
	}
	if prev < 0 || x.d.sents[prev].para != q.para-1 {
		return nil
	}
	toks := x.d.sents[prev].toks
	if len(toks) < 2 || toks[len(toks)-1].text != ":" || len(all[prev]) == 0 {
		return nil
	}
	c := &all[prev][len(all[prev])-1]
	if c.speaker == nil || c.according || len(toks)-1-c.j > 4 && !x.claimThenColon(toks, c) {
		return nil // the colon must close the attribution: "said:", "told reporters:"
	}
	return c
}
