package extract

import "strings"

// pronounState is what a pronoun speaker may refer to: the people who
// were subjects or speakers of the sentences so far (most recent last)
// and the last plural subject ("County engineers presented ...").
type pronounState struct {
	persons []*Entity
	plural  *npRef
	group   []*Entity // the last joint speakers ("Lee and Ray said"), for "They said" (x-speakers5)
	groupSi int
	spoke   *Entity // the last group that spoke, and where (x-speakers5)
	spokeSi int
	gender  map[*Entity]byte // 'm', 'f', or '?' once looked at
}

// npRef is a noun phrase of a sentence, resolved only when a pronoun
// refers to it (so a subject nobody quotes is never drafted).
type npRef struct{ si, a, b int }

func (p *pronounState) push(e *Entity) {
	if e == nil || e.Kind != KindPerson {
		return
	}
	if n := len(p.persons); n > 0 && p.persons[n-1] == e {
		return
	}
	p.persons = append(p.persons, e)
}

var (
	maleWords   = map[string]bool{"mr": true, "sir": true, "lord": true, "spokesman": true, "chairman": true, "king": true, "businessman": true, "congressman": true, "father": true, "son": true, "brother": true, "husband": true}
	femaleWords = map[string]bool{"mrs": true, "ms": true, "miss": true, "dame": true, "lady": true, "spokeswoman": true, "chairwoman": true, "queen": true, "businesswoman": true, "congresswoman": true, "mother": true, "daughter": true, "sister": true, "wife": true}
)

// genderOf reads a person's grammatical gender from the article: an
// honorific or a gendered noun next to the name, a gendered title, or
// he/his/him (she/her) in a sentence that names only this person. 0 when
// the article does not say.
func (x *extractor) genderOf(e *Entity) byte {
	if x.pro.gender == nil {
		x.pro.gender = map[*Entity]byte{}
	}
	if g, ok := x.pro.gender[e]; ok {
		if g == '?' {
			return 0
		}
		return g
	}
	x.pro.gender[e] = '?'
	for _, r := range x.out.Roles {
		if r.Person == e {
			for _, w := range strings.Fields(strings.ToLower(r.Title)) {
				if maleWords[w] {
					x.pro.gender[e] = 'm'
					return 'm'
				}
				if femaleWords[w] {
					x.pro.gender[e] = 'f'
					return 'f'
				}
			}
		}
	}
	surname := e.Name
	if f := nameFields(e.Name); len(f) > 0 {
		surname = f[len(f)-1]
	}
	m, f := 0, 0
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		at := -1
		for k, t := range toks {
			if t.text == surname {
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		// an honorific before the name: "Ms. Adeyemi", "Mr Holm"
		for k := at - 1; k >= 0 && k >= at-4; k-- {
			if otherNameBefore(toks, k, e) || hsRelationWord(toks, k) {
				break // the gendered word is another name's (g_rules.go), or a relation's (h_speakers.go)
			}
			w := lower(toks[k])
			if maleWords[w] {
				m += 3
			}
			if femaleWords[w] {
				f += 3
			}
		}
		others := false
		for _, o := range x.reg.all {
			if o != e && o.Kind == KindPerson {
				if of := nameFields(o.Name); len(of) > 0 && x.sentenceHas(toks, of[len(of)-1]) {
					others = true
				}
			}
		}
		if others {
			continue
		}
		for k := at + 1; k < len(toks); k++ {
			if x.d.inQuote(toks[k].Start) {
				continue
			}
			switch lower(toks[k]) {
			case "he", "his", "him", "himself":
				m++
			case "she", "her", "hers", "herself":
				f++
			}
		}
	}
	switch {
	case m > f:
		x.pro.gender[e] = 'm'
	case f > m:
		x.pro.gender[e] = 'f'
	}
	return x.genderOf(e)
}

func (x *extractor) sentenceHas(toks []tok, word string) bool {
	for _, t := range toks {
		if t.text == word {
			return true
		}
	}
	return false
}

// personPronoun resolves he/she (him/her) at the start of sentence s: the
// most recent subject or speaker whose gender agrees; failing that, the
// person named last before the sentence whose gender agrees.
func (x *extractor) personPronoun(s *sentence, w string) (*Entity, Why) {
	want := byte('m')
	if w == "she" || w == "her" {
		want = 'f'
	}
	if e := x.cataphora(s, w, want); e != nil {
		return e, Why{Rule: "pronoun-cataphora", Confidence: 0.6, Note: "“" + w + "” in a clause before its subject: " + e.Name}
	}
	// a person named before the pronoun in its own sentence, then in the
	// sentence before: the first named (most likely the subject) that agrees
	si := x.sentenceIndex(s)
	for back := 0; back <= 1 && si-back >= 0; back++ {
		ps := &x.d.sents[si-back]
		if ps.headline || back == 1 && ps.para != s.para && x.d.sents[si].para != ps.para+1 {
			continue
		}
		limit := len(ps.toks)
		if back == 0 {
			limit = x.pronounAt(s, w)
			if trailingPronoun(ps.toks, limit) {
				continue // "Bo Ray has a different view, he added." (residual.go)
			}
		}
		if back == 1 && x.describedSubject(ps) {
			break // "The Arizona Republican did ... by Mike Pence. But he said": the subject, described
		}
		if back == 1 {
			// the sentence before is itself attributed to one person: the
			// pronoun is that speaker, not the subject of the words reported
			// (only where the first named is someone else: elsewhere the old rule names it)
			if e := x.spokeIn[si-1]; e != nil && (x.genderOf(e) == 0 || x.genderOf(e) == want) && x.firstNamed(ps, len(ps.toks), want) != e {
				return e, Why{Rule: "pronoun-previous-speaker", Confidence: 0.7, Note: "“" + w + "”: the one person who spoke in the sentence before, " + e.Name}
			}
		}
		if back == 1 && x.chain < 3 {
			if e, why, ok := x.pronounChain(ps, w, want); ok {
				return e, why
			}
		}
		e := x.firstNamed(ps, limit, want)
		if e == nil && back == 1 && len(x.pro.persons) == 0 {
			e = x.unregisteredName(ps) // only when nobody has spoken or been a subject yet
		} else if e == nil && back == 1 {
			e = x.openingName(ps) // else only a full name that opens the sentence before, its subject
		}
		if e != nil {
			rule, note := "pronoun-same-sentence", "“"+w+"”: the person named before it in the sentence, "+e.Name
			if back == 1 {
				rule, note = "pronoun-previous-sentence", "“"+w+"”: the first person named in the sentence before, "+e.Name
			}
			return e, Why{Rule: rule, Confidence: 0.7, Note: note}
		}
	}
	for i := len(x.pro.persons) - 1; i >= 0; i-- {
		e := x.pro.persons[i]
		g := x.genderOf(e)
		if g != 0 && g != want {
			continue
		}
		why := Why{Rule: "pronoun", Confidence: 0.65, Note: "“" + w + "”: the last subject or speaker, " + e.Name}
		if g == want {
			why.Confidence = 0.75
			why.Note = "“" + w + "”: the last subject or speaker of that gender, " + e.Name
		}
		if i < len(x.pro.persons)-1 {
			why.Rule = "pronoun-gender"
		}
		return e, why
	}
	// the person named last before the sentence
	var best *Entity
	bestAt := -1
	before := string(x.d.rs[:s.Start])
	for _, e := range x.reg.all {
		if e.Kind != KindPerson {
			continue
		}
		if g := x.genderOf(e); g != 0 && g != want {
			continue
		}
		f := nameFields(e.Name)
		if len(f) == 0 {
			continue
		}
		if i := strings.LastIndex(before, f[len(f)-1]); i > bestAt {
			best, bestAt = e, i
		}
	}
	if best != nil {
		return best, Why{Rule: "pronoun-mention", Confidence: 0.5, Note: "“" + w + "”: the person named last before it, " + best.Name}
	}
	return nil, Why{}
}

// pluralPronoun resolves "they": the plural subject of the sentences
// before, else the last organization or group that spoke.
func (x *extractor) pluralPronoun(s *sentence, lastOrg *Entity) (*Entity, Why) {
	if e, why, ok := x.jointPronoun(s); ok {
		return e, why
	}
	if r := x.pro.plural; r != nil && r.si < len(x.d.sents) {
		rs := &x.d.sents[r.si]
		if e, why := x.resolveNP(rs, r.a, r.b, nil, nil, nil); e != nil && e.Kind == KindOrganization {
			return e, Why{Rule: "pronoun-plural", Confidence: 0.6, Note: "“they”: the plural subject before, " + e.Name + "; " + why.Rule}
		}
	}
	if lastOrg != nil && lastOrg.Sub == "collective" {
		return lastOrg, Why{Rule: "pronoun", Confidence: 0.45, Note: "“they”: the last group that spoke, " + lastOrg.Name}
	}
	return nil, Why{}
}

// pluralSubject notes a sentence's subject when it is a group: "County
// engineers presented a report".
func (x *extractor) pluralSubject(si int) {
	s := &x.d.sents[si]
	if s.headline || len(s.toks) == 0 {
		return
	}
	b := npRight(s.toks, 0)
	if b > 0 && groupNouns[lower(s.toks[b-1])] {
		x.pro.plural = &npRef{si, 0, b}
	}
}

func (x *extractor) sentenceIndex(s *sentence) int {
	for i := range x.d.sents {
		if x.d.sents[i].Start == s.Start {
			return i
		}
	}
	return 0
}

// pronounAt is the index of the first token w of s outside quotations.
func (x *extractor) pronounAt(s *sentence, w string) int {
	for k, t := range s.toks {
		if lower(t) == w && !x.d.inQuote(t.Start) {
			return k
		}
	}
	return len(s.toks)
}

// firstNamed is the first person of the draft named (by a word of their
// name) in s.toks[:limit] outside quotations whose gender may be want.
func (x *extractor) firstNamed(s *sentence, limit int, want byte) *Entity {
	return x.firstNamedOf(s, limit, want, false)
}

// firstNamedOf is firstNamed for people whose gender is known to be want
// (exact) or is not known to differ.
func (x *extractor) firstNamedOf(s *sentence, limit int, want byte, exact bool) *Entity {
	for k := 0; k < limit && k < len(s.toks); k++ {
		t := s.toks[k]
		if !isNameTok(t) || x.d.inQuote(t.Start) {
			continue
		}
		if possessedNamed(s.toks, k) || hsQuotePossessor(s.toks, k) || ijInAskedClause(s.toks, k) { // (h_speakers.go, ij_rules.go)
			continue // "Brenn’s assistant, Kari Lund, ...": the possessor is not the subject (x-quotes4)
		}
		for _, e := range x.reg.all {
			if e.Kind != KindPerson || strings.HasPrefix(e.Name, "a ") || strings.HasPrefix(e.Name, "an ") {
				continue
			}
			f := nameFields(e.Name)
			if len(f) == 0 || f[len(f)-1] != t.text {
				continue
			}
			if g := x.genderOf(e); g != 0 && g != want || exact && g != want {
				continue
			}
			return e
		}
	}
	return nil
}

// describedSubject says whether a sentence opens with a definite
// description of a person ("The Arizona Republican", "The senator"): a
// pronoun after it refers to that person, not to a name later in it.
func (x *extractor) describedSubject(s *sentence) bool {
	toks := s.toks
	if len(toks) < 3 || lower(toks[0]) != "the" {
		return false
	}
	b := npRight(toks, 0)
	if b < 2 {
		// npRight leaves "the" + lower-case role alone: "The senator"
		return roleHeads[lower(toks[1])]
	}
	last := lower(toks[b-1])
	if orgSuffixes[last] || groupNouns[last] || x.reg.lookup(joinToks(toks[1:b]), KindOrganization, KindTerritory) != nil {
		return false
	}
	return roleHeads[last] || partyNouns[last]
}

var partyNouns = map[string]bool{"republican": true, "democrat": true, "conservative": true, "liberal": true, "socialist": true, "independent": true}

// unregisteredName finds a full name (two or three capitalized words, a
// state before it left out) in a sentence and drafts the person: "About
// this said special Representative of the President of the United States
// Keith Kellogg at the forum. ... he said".
func (x *extractor) unregisteredName(s *sentence) *Entity {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if !isNameTok(toks[k]) || x.d.inQuote(toks[k].Start) {
			continue
		}
		_, e := namesAt(toks, k) // initials inside: "Benjamin L. Crump", not "L. Crump"
		a := k
		for a+1 < e && roleHeads[strings.TrimSuffix(lower(toks[a]), "s")] {
			a++ // "Attorneys Benjamin L. Crump": a plural title first
		}
		for p := e - 1; p >= a; p-- {
			if _, st := stateOf(joinToks(toks[a : p+1])); st {
				a = p + 1
				break
			}
		}
		n := 0
		for _, t := range toks[a:e] {
			if t.word {
				n++
			}
		}
		if n == 1 && !x.d.sents[x.sentenceIndex(s)].headline {
			// a surname whose full name the article gives: "when McIlroy spoke"
			if full := x.fullNameOf(toks[a].text); full != "" && !(a > 0 && placePrepositions[lower(toks[a-1])]) {
				return x.reg.person(full, Why{Rule: "name-in-sentence-before", Confidence: 0.5, Note: "the full name a pronoun after it refers to"})
			}
		}
		ok := n >= 2 && n <= 3 && (e >= len(toks) || !toks[e].word || !isCap(toks[e]) || isTimeWord(toks, e))
		if a > 0 && placePrepositions[lower(toks[a-1])] || e+1 < len(toks) && toks[e].text == "," && isCap(toks[e+1]) && !roleHeads[lower(toks[e+1])] && !(e+2 < len(toks) && isNameTok(toks[e+2])) {
			ok = false // "in Santa Clara, California": a place (not a list of full names)
		}
		for q := a; q < e && ok; q++ {
			if !toks[q].word {
				continue // an initial's full stop
			}
			w := lower(toks[q])
			initial := len(toks[q].text) == 1 && q+1 < e && toks[q+1].text == "."
			ok = !orgSuffixes[w] && !thingNouns[w] && !isDemonym(toks[q].text) && (!isAcronym(toks[q].text) || initial) && !notNameTok(toks[q]) && w != "news"
		}
		if ok {
			name := joinToks(toks[a:e])
			return x.reg.person(name, Why{Rule: "name-in-sentence-before", Confidence: 0.5, Note: "the full name a pronoun after it refers to"})
		}
		k = e
	}
	return nil
}

var placePrepositions = map[string]bool{"in": true, "at": true, "from": true, "near": true, "to": true, "into": true, "across": true, "outside": true, "of": true}

// thingNouns end capitalized names of things and events, not people.
var thingNouns = map[string]bool{
	"cup": true, "tour": true, "open": true, "ranking": true, "rankings": true, "league": true, "championship": true,
	"championships": true, "games": true, "forum": true, "summit": true, "series": true, "prize": true, "award": true,
	"trophy": true, "masters": true, "day": true, "week": true, "war": true, "act": true, "bill": false, "plan": true,
	"programme": true, "program": true, "agreement": true, "treaty": true, "conference": true, "festival": true,
	"olympics": true, "report": true, "street": true, "avenue": true, "road": true, "square": true, "library": true,
	"museum": true, "university": true, "college": true, "school": true, "hospital": true, "airport": true, "valley": true,
}

// subordinators open a clause that may come before the main clause.
var subordinators = map[string]bool{"though": true, "although": true, "while": true, "when": true, "after": true, "before": true, "as": true, "because": true, "since": true, "if": true, "once": true, "even": true}

// cataphora resolves a pronoun that opens a fronted clause to the subject
// of the main clause after it: "Though he called the plan “bold,” Judge
// Anna Holt voted against it". The subject must be a titled or full name
// right after the clause's comma, of a gender that agrees.
func (x *extractor) cataphora(s *sentence, w string, want byte) *Entity {
	toks := s.toks
	k := x.pronounAt(s, w)
	if k < 1 || k > 2 || !subordinators[lower(toks[0])] {
		return nil
	}
	for c := k + 1; c < len(toks) && c < k+30; c++ {
		if toks[c].text != "," {
			continue
		}
		from := c + 1
		for from < len(toks) && isCloseQuote(toks[from].text) {
			from++
		}
		for h := from; h < len(toks) && h < from+6; h++ {
			if t, ok := x.parseTitled(toks, h); ok && t.titleStart <= from+1 {
				p := x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8})
				if g := x.genderOf(p); g != 0 && g != want {
					return nil
				}
				return p
			}
		}
		if b := npRight(toks, from); b > from {
			if p := x.reg.lookup(joinToks(toks[from:b]), KindPerson); p != nil {
				if g := x.genderOf(p); g == 0 || g == want {
					return p
				}
			}
		}
		return nil
	}
	return nil
}
