package extract

import (
	"strings"

	"kb/internal/names"
)

// Documents and places as speakers (branch x-entities4). The gold files'
// convention: a document that "says" speaks for its author when the
// article names one ("the ministry's statement said", "X put out a
// statement saying … “…,” the statement said"); when it names none, the
// document itself is the speaker, under the words the article gives it
// ("the proposal", "the statement", "the civil lawsuit"), an organization
// of kind other marked low and noted as a document. It is never a person.
// A country is never a person either (the state speaks), and a region
// never speaks (word lists in entitywords.go).

// documentNP says whether toks[a:b] is a noun phrase headed by a
// lower-case document noun after a determiner or a possessive: "the
// statement", "The civil lawsuit", "Egypt’s proposal", "its report".
func documentNP(toks []tok, a, b int) bool {
	if b-a < 2 || b-a > 6 {
		return false
	}
	head := toks[b-1]
	if !head.word || isCap(head) || !documentNouns[lower(head)] {
		return false
	}
	w := lower(toks[a])
	if w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || possessivePronouns[w] {
		return true
	}
	for p := a + 1; p < b-1; p++ {
		if toks[p].text == "’s" || toks[p].text == "'s" {
			return true
		}
	}
	return false
}

// documentSpeaker resolves a document noun phrase (documentNP) that is a
// cue's subject: its author when the article names one, else the document.
func (x *extractor) documentSpeaker(s *sentence, a, b int, lastPerson, last, lastOrg *Entity) (*Entity, Why) {
	toks := s.toks
	if a > 0 && (hasKey(cueVerbs, lower(toks[a-1])) || lower(toks[a-1]) == "that") && b < len(toks) && hasKey(cueVerbs, lower(toks[b])) {
		// "X says the judgment reaffirms that …": the document is inside
		// X's claim, the subject of what X says, no speaker of its own
		return nil, Why{}
	}
	noun := lower(toks[b-1])
	text := x.d.text(span{toks[a].Start, toks[b-1].End})
	// the author as possessor: "the ministry’s statement", "Egypt’s proposal"
	for p := b - 2; p > a; p-- {
		if toks[p].text == "’s" || toks[p].text == "'s" {
			if e, why := x.resolveNP(s, a, p, lastPerson, last, lastOrg); e != nil && why.Confidence >= 0.5 {
				// (not a guess: "the judge's order" is no order of the last
				// person named, when no judge is)
				return e, Why{Rule: "document-author,possessor", Confidence: 0.6, Note: "“" + text + "”: a document; its author, " + e.Name}
			}
			break
		}
	}
	switch lower(toks[a]) {
	case "its":
		if lastOrg != nil {
			return lastOrg, Why{Rule: "document-author,possessor", Confidence: 0.45, Note: "“" + text + "”: a document of the last organization quoted, " + lastOrg.Name}
		}
	case "his", "her", "their":
		pro := map[string]string{"his": "he", "her": "she", "their": "they"}[lower(toks[a])]
		var e *Entity
		if pro == "they" {
			e, _ = x.pluralPronoun(s, lastOrg)
		} else {
			e, _ = x.personPronoun(s, pro)
		}
		if e != nil {
			return e, Why{Rule: "document-author,possessor", Confidence: 0.45, Note: "“" + text + "”: a document of " + e.Name}
		}
	}
	// the author issued it in a sentence before: "X put out a statement saying"
	if e := x.documentIssuer(s, noun, lastPerson, last, lastOrg); e != nil {
		return e, Why{Rule: "document-author,issued", Confidence: 0.55, Note: "“" + text + "”: the " + noun + " " + e.Name + " issued before"}
	}
	// no author named: the document itself, as the article words it
	name := "the " + x.d.text(span{toks[a+1].Start, toks[b-1].End}) // as the article writes it
	note := "a document as the speaker; the article names no author: review"
	for _, e := range x.reg.all {
		if e.Kind == KindOrganization && e.Why.Rule == "document" && (names.Normalize(e.Name) == names.Normalize(name) || strings.HasSuffix(e.Name, " "+noun)) {
			return e, Why{Rule: "document", Confidence: 0.3, Note: note}
		}
	}
	if e := x.reg.lookup(name, KindOrganization); e != nil {
		return e, Why{Rule: "document", Confidence: 0.3, Note: note}
	}
	e := &Entity{Kind: KindOrganization, Name: name, Sub: "other", Why: Why{Rule: "document", Confidence: 0.3, Note: note}}
	e.ID = x.reg.newID(slug(strings.TrimPrefix(name, "the ")), slug(name))
	x.reg.add(e)
	return e, Why{Rule: "document", Confidence: 0.3, Note: note}
}

// documentIssuer finds, in the six sentences before s, the author of a
// document of the same noun: named after it ("a report by the European
// Centre", "a statement from the ministry"), as its possessor ("the
// ministry’s statement") or as the subject that issued it ("France’s
// Elysee Palace put out a statement", "The families filed a lawsuit").
// The document introduced last ("a statement", "its report") decides:
// reading from it, or quoting it, is no authorship.
func (x *extractor) documentIssuer(s *sentence, noun string, lastPerson, last, lastOrg *Entity) *Entity {
	si := x.sentenceIndex(s)
	for j := si - 1; j >= 0 && j >= si-6; j-- {
		ps := &x.d.sents[j]
		if ps.headline {
			continue // "Suit Brought By Pulse Survivors": title case names nobody
		}
		toks := ps.toks
		for k := 2; k < len(toks); k++ {
			if toks[k].text != noun || x.d.inQuote(toks[k].Start) {
				continue
			}
			f := k + 1
			if f < len(toks) && issueVerbs[lower(toks[f])] || f < len(toks) && issuedWords[lower(toks[f])] {
				f++ // "a report published by", "a statement issued by"
			}
			if f+1 < len(toks) && (lower(toks[f]) == "by" || lower(toks[f]) == "from") {
				// "a report by the European Centre for …", "a statement from the ministry"
				st := f + 1
				if e := npRight(toks, st); e > st {
					if sp, _ := x.resolveNP(ps, st, e, lastPerson, last, lastOrg); sp != nil {
						return sp
					}
				}
			}
			if toks[k-1].text == "’s" || toks[k-1].text == "'s" {
				// "the ministry’s statement", "Egypt’s proposal"
				if st := npLeft(toks, k-1); st < k-1 {
					if sp, _ := x.resolveNP(ps, st, k-1, lastPerson, last, lastOrg); sp != nil {
						return sp
					}
				}
			}
			d := k - 1
			for d > 0 && d >= k-3 && toks[d].word && !isCap(toks[d]) && !determiners[lower(toks[d])] {
				d-- // "a joint statement", "a civil lawsuit"
			}
			if w := lower(toks[d]); w == "the" || w == "this" || w == "that" {
				continue // "the statement said" before: the same document, named earlier still
			}
			if !determiners[lower(toks[d])] || d == 0 {
				return nil
			}
			v := d - 1
			if w := lower(toks[v]); (w == "out" || w == "up" || w == "forward") && v > 0 {
				v-- // "put out a statement", "drew up a plan"
			}
			if !issueVerbs[lower(toks[v])] {
				return nil // "X read from a statement": the last document introduced, no author
			}
			e := v
			for e > 0 && (cueModifiers[lower(toks[e-1])] && !isCap(toks[e-1]) || isTimeWord(toks, e-1) || nameOpeners[lower(toks[e-1])]) {
				e-- // "X meanwhile put out", "X on Monday filed"
			}
			for e > 0 && lower(toks[e-1]) == "meanwhile" {
				e--
			}
			if st := npLeft(toks, e); st < e {
				sp, _ := x.resolveNP(ps, st, e, lastPerson, last, lastOrg)
				return sp
			}
			return nil
		}
	}
	return nil
}

// placeSpeaker is the rule for places named as speakers: a country is its
// state ("Egypt proposed", "Azerbaijan said"), an organization of kind
// state, never a person; a region never speaks ("Nagorno-Karabakh", "Gaza").
// ok is false when name is no place of the lists.
func (x *extractor) placeSpeaker(name string) (*Entity, Why, bool) {
	if c, ok := countryName(name); ok {
		if _, lex := stateOf(c); lex {
			st, _ := stateOf(c)
			return x.reg.state(st, Why{Rule: "state", Confidence: 0.8}), Why{Rule: "organization-name,country", Confidence: 0.7}, true
		}
		e := x.reg.organization(c, "state", Why{Rule: "country", Confidence: 0.7, Note: "a country: its state"})
		return e, Why{Rule: "organization-name,country", Confidence: 0.7, Note: "“" + name + "”: a country, its state speaks"}, true
	}
	if regionName(name) {
		return nil, Why{}, true
	}
	return nil, Why{}, false
}

// orgHeadName is the rule organization-head: a capitalized name that ends
// in an organization's head noun ("Elysee Palace", "Karolinska
// University Hospital") or opens with one and goes on with of/for
// ("Directorate General of Health Services") names an organization,
// never a person. A state's possessive before it is its parent: "France’s
// Elysee Palace" is the Elysee Palace, part of France. ok is false when
// toks[a:b] is no such name.
func (x *extractor) orgHeadName(toks []tok, a, b int) (*Entity, Why, bool) {
	for a < b && lower(toks[a]) == "the" {
		a++
	}
	if b-a < 2 {
		return nil, Why{}, false
	}
	ends := isCap(toks[b-1]) && orgHeadNouns[lower(toks[b-1])]
	opens := isCap(toks[a]) && orgHeadNouns[lower(toks[a])]
	linked := false
	for k := a + 1; k < b-1; k++ {
		linked = linked || lower(toks[k]) == "of" || lower(toks[k]) == "for"
	}
	if !ends && !(opens && linked) || affiliationOf(toks, a, b) > 0 {
		return nil, Why{}, false // "Kenji Sato of Kyoto University": a person and where from
	}
	var parent *Entity
	for p := a + 1; p < b-1; p++ {
		if toks[p].text == "’s" || toks[p].text == "'s" {
			poss := joinToks(toks[a:p])
			if st, ok := stateOf(poss); ok {
				parent = x.reg.state(st, Why{Rule: "state", Confidence: 0.8})
			} else if c, ok := countryName(poss); ok {
				parent = x.reg.organization(c, "state", Why{Rule: "country", Confidence: 0.7, Note: "a country: its state"})
			} else {
				return nil, Why{}, false // "Anna Berg’s Foundation": left to the other rules
			}
			a = p + 1
			break
		}
	}
	for _, t := range toks[a:b] {
		if t.word && !isCap(t) && lower(t) != "of" && lower(t) != "for" && lower(t) != "and" {
			return nil, Why{}, false
		}
	}
	name := joinToks(toks[a:b])
	e := x.reg.organization(name, "other", Why{Rule: "organization-head", Confidence: 0.6})
	if parent != nil && e.Parent == "" && !e.Known && e != parent {
		e.Parent = parent.ID
	}
	return e, Why{Rule: "organization-head", Confidence: 0.6, Note: "“" + name + "”: an organization’s name"}, true
}

// subjectOrganization is the organization-head name that opens s ("France’s
// Elysee Palace meanwhile put out …"), for the sentence-subject rule,
// which otherwise reads only people.
func (x *extractor) subjectOrganization(s *sentence) *Entity {
	toks := s.toks
	a := x.openerEnd(toks)
	b := a
	for b < len(toks) && (isCap(toks[b]) || (toks[b].text == "’s" || toks[b].text == "'s") && b > a || (lower(toks[b]) == "of" || lower(toks[b]) == "for") && b > a) {
		b++
	}
	if e, _, ok := x.orgHeadName(toks, a, b); ok {
		return e
	}
	return nil
}
