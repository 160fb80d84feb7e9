package extract

import (
	"strings"
)

// titled is a person named with a title: "US Special Envoy for Ukraine
// Keith Kellogg", "Kremlin aide Yuri Ushakov".
type titled struct {
	titleStart, head, nameStart, nameEnd int // token indexes; name is [nameStart, nameEnd)
	title                                string
	fullTitle                            string // with the possessor: "Ukraine’s President"
	org                                  string // a state or institution the title belongs to
	possessorIsPerson                    bool
}

func isRoleHead(t tok) bool { return t.word && roleHeads[lower(t)] }

// isNameTok says whether t may be part of a person's name.
func isNameTok(t tok) bool {
	return isCap(t) && (!notNameTok(t) || isAcronym(t.text)) && !roleHeads[lower(t)] && !hyphenLower(t.text) && !pluralAcronym(t.text) // (g_rules.go)
}

// nameAfter reads the name that follows a title head at toks[k]: capitalized
// words, after a complement ("for Ukraine", "of State") when there is one.
func nameAfter(toks []tok, k int) (int, int) {
	i := k + 1
	if i < len(toks) && (lower(toks[i]) == "for" || lower(toks[i]) == "of") && k > 0 && (lower(toks[k-1]) == "a" || lower(toks[k-1]) == "an") && spokesNouns[lower(toks[k])] {
		return -1, -1 // "a spokesperson for Network Lines": an unnamed person; the name is the employer's
	}
	if i < len(toks) && (lower(toks[i]) == "for" || lower(toks[i]) == "of" || lower(toks[i]) == "to" && isCap(toks[k]) || inTheComplement(toks, k)) {
		// "Ambassador to Russia Michael McFaul" (rule long-title): "to" only
		// after a capitalized head, so "the adviser to Ann Lee" stays hers
		j := i + 1
		if a, b := portfolioThenName(toks, j); b > a {
			return a, b // "Minister for Energy Omar Ayub Khan"
		}
		if j+1 < len(toks) && lower(toks[j]) == "the" && isCap(toks[j+1]) && !notNameTok(toks[j+1]) {
			j++ // "Leader of the Opposition …"
		}
		first := j // the complement's last conjunct: "for Information and Broadcasting"
		for j < len(toks) && (isCap(toks[j]) && !notNameTok(toks[j]) || toks[j].text == "’s" && j > first && j+1 < len(toks) && isCap(toks[j+1]) || complementLink(toks, j) > 0) {
			if n := complementLink(toks, j); n > 0 {
				// "Leader of the Opposition in the Senate Ann Lee": the title
				// goes on through in/of/for and "the" (rule long-title)
				j += n
				first = j
				if a, b := portfolioThenName(toks, j); b > a {
					return a, b // "Minister of State for Finance Rana Muhammad Afzal"
				}
				continue
			}
			if toks[j].text == "’s" {
				j++ // "head of Ukraine’s Presidential Office Andriy Yermak"
				continue
			}
			if roleHeads[lower(toks[j])] {
				// "special envoy of U.S. President Donald Trump": the name is
				// the President's, the envoy is someone else
				return -1, -1
			}
			j++
			if j+1 < len(toks) && (lower(toks[j]) == "and" || toks[j].text == "&") && isCap(toks[j+1]) && !notNameTok(toks[j+1]) {
				j++
				first = j
			}
		}
		if a, b := honorificName(toks, j); b > a {
			return a, b // "Minister of Lands and Water Affairs Dr Ann Lee" (residual.go)
		}
		n := j - first
		if p := particlesAt(toks, j); p > 0 && n >= 2 {
			// "Envoy for Syria Staffan de Mistura": the first name before
			// the particles, then the rest of the surname
			e := j + p
			for e < len(toks) && isNameTok(toks[e]) {
				e++
			}
			return j - 1, e
		}
		switch {
		case n >= 3:
			return j - 2, j
		case n == 2:
			return j - 1, j
		}
		return -1, -1
	}
	if a, b := portfolioThenName(toks, i); b > a {
		return a, b // "Secretary Water Resources Asif Ali": the portfolio without "for"
	}
	i = pastOrgAndRank(toks, i) // "Chairman WAPDA Lt Gen (R) Muzammil Hussain"
	i = rankRun(toks, i)        // "spokesman Rear Adm. John Kirby": the rank is no part of the name
	for i+1 < len(toks) && (malayHonorifics[lower(toks[i])] || pairedHonorific(toks, i)) && isNameTok(toks[i+1]) {
		i++ // "MP Datuk Seri Ann Lim": the honorifics are no part of the name
	}
	j := i
	for j < len(toks) && j-i < 5 && (isNameTok(toks[j]) || j > i && initialDot(toks, j) == 1) {
		j += 1 + initialDot(toks, j) // "Lewis A. Kaplan": "A." is an initial, not the article
		j += particlesAt(toks, j)
	}
	if j > i {
		j = suffixEnd(toks, j) // "Arne B. Morrow III"
	}
	if j > i && j < len(toks) && isCap(toks[j]) && roleHeads[lower(toks[j])] && (j+1 >= len(toks) || !isNameTok(toks[j+1]) && lower(toks[j+1]) != "of" && lower(toks[j+1]) != "for") {
		j++ // "COO Stephanie Pope,": a surname that is also a title word
	}
	if j == i {
		return -1, -1
	}
	return i, j
}

// initialDot is 1 when toks[k] is an initial followed by its full stop
// and a name goes on after it ("Mary K. Walsh"), else 0.
func initialDot(toks []tok, k int) int {
	if k+2 < len(toks) && len([]rune(toks[k].text)) == 1 && isCap(toks[k]) && toks[k+1].text == "." && isNameTok(toks[k+2]) {
		return 1
	}
	return 0
}

// titleBefore extends a title left from its head over modifiers and
// capitalized words, through a possessor ("Donald Trump’s special envoy").
func titleBefore(toks []tok, head int) (start int, possessor []tok) {
	start = head
	for i := head - 1; i >= 0; i-- {
		t := toks[i]
		w := lower(t)
		switch {
		case roleModifiers[w] || (t.word && roleHeads[w] && i == head-1):
			start = i
			continue
		case w == "and" && i == start-1 && i > 0 && isRoleHead(toks[i-1]):
			start = i - 1 // "COO and CFO"
			i--
			continue
		case i == head-1 && t.word && !isCap(t) && !isCap(toks[head]) && !notNames[w] && !determiners[w] && !hasKey(cueVerbs, w) && !prepositions[w] && !(hsFinite(t) && i > 0 && isNameTok(toks[i-1])): // (not "Ann Lee defamed actor X": a verb, h_speakers.go)
			start = i // a domain word: "health minister", "transport analyst"
			continue
		case t.text == "’s" && i > 0:
			j := i - 1
			for j >= 0 && (isCap(toks[j]) && !notNameTok(toks[j]) || roleHeads[lower(toks[j])] && isCap(toks[j])) {
				j--
			}
			if j+1 <= i-1 {
				return j + 1, toks[j+1 : i]
			}
			return start, nil
		case isCap(t) && !notNameTok(t):
			start = i
			continue
		}
		break
	}
	return start, nil
}

// parseTitled finds a titled name whose head is toks[k].
func (x *extractor) parseTitled(toks []tok, k int) (titled, bool) {
	if !isRoleHead(toks[k]) || ijNotTitle(toks[k]) { // (ij_rules.go)
		return titled{}, false
	}
	// A lower-case head needs a capitalized word or modifier before it
	// ("Kremlin aide"), else it is a description ("the aide").
	if lower(toks[k]) == "general" && k > 0 && isCap(toks[k-1]) && orgHeadNouns[lower(toks[k-1])] {
		return titled{}, false // "Directorate General of Health Services": a body's name (rule organization-head)
	}
	if adjectiveRank(toks, k) {
		return titled{}, false // "a General Strike", "her General Field theory" (rule adjective-rank, x-f-rules)
	}
	ns, ne := nameAfter(toks, k)
	if ns < 0 {
		return titled{}, false
	}
	// (a sentence's first "The" or "An" is no capitalized word: "An adviser
	// for Network Lines" names no person)
	if !isCap(toks[k]) && (k == 0 || !(isCap(toks[k-1]) && !determiners[lower(toks[k-1])] || roleModifiers[lower(toks[k-1])] || qualifiedTitle(toks, k))) && ne-ns < 2 {
		return titled{}, false // "the aide Ushakov" is too weak; "political scientist Karin Aas" is not
	}
	if ne = x.headlineNameEnd(toks, ns, ne); ne <= ns {
		return titled{}, false
	}
	if ne < len(toks) && isCap(toks[ne]) && roleHeads[lower(toks[ne])] || titleTails[lower(toks[ne-1])] {
		// "Chief Operating Officer Tim Cook": the title goes on; its last
		// head names him; "Chief Operating Officer said": nobody (x-residual)
		return titled{}, false
	}
	name := joinToks(toks[ns:ne])
	if _, isState := stateOf(name); isState || x.reg.lookup(name, KindOrganization, KindTerritory) != nil && x.reg.lookup(name, KindPerson) == nil {
		return titled{}, false
	}
	start, poss := titleBefore(toks, k)
	if w := lower(toks[ne-1]); thingNouns[w] || orgSuffixes[w] || mediaNouns[w] || orgHeadNouns[w] && ne-ns == 1 {
		return titled{}, false // "the Official World Golf Ranking": a thing's name
	}
	caps := true
	for _, t := range toks[ns:ne] {
		caps = caps && isAcronym(t.text) && len(t.text) >= 3
	}
	if caps && ne-ns >= 2 {
		return titled{}, false // "Boeing CEO FILE PHOTO": a caption's label in capitals
	}
	if ns > k+1 && start >= 2 && toks[start-1].text == "," && isNameTok(toks[start-2]) {
		// "Per Lind, President and CEO of Harbour Line Cargo": an
		// apposition; what follows "of" is the employer, not a name
		return titled{}, false
	}
	t := titled{titleStart: start, head: k, nameStart: ns, nameEnd: ne}
	titleToks := toks[start:ns]
	if poss != nil {
		// "Ukraine’s President": the possessor is the organization; "US
		// President Donald Trump’s special envoy": a person, part of the title.
		hasHead := false
		for _, p := range poss {
			hasHead = hasHead || isRoleHead(p)
		}
		ptxt := joinToks(poss)
		if _, ok := stateOf(ptxt); ok && !hasHead || x.reg.lookup(ptxt, KindOrganization) != nil {
			t.org = ptxt
			t.fullTitle = strings.TrimSpace(x.d.text(span{toks[start].Start, toks[ns-1].End}))
			titleToks = toks[start+len(poss)+1 : ns]
		} else {
			t.possessorIsPerson = true
			if len(poss) > 0 {
				if _, ok := stateOf(poss[0].text); ok {
					t.org = poss[0].text
				}
			}
		}
	}
	if t.org == "" && len(titleToks) > 0 {
		if _, ok := stateOf(titleToks[0].text); ok {
			t.org = titleToks[0].text
		} else if e := x.reg.lookup(titleToks[0].text, KindOrganization); e != nil {
			t.org = titleToks[0].text
		} else if x.isInstitution(titleToks[0].text) {
			t.org = titleToks[0].text
		}
	}
	// the complement words ("for Ukraine") stay in the title
	te := ns // "Prime Minister Tan Sri X": the honorifics are neither name nor title
	for te-1 > k && (honorifics[lower(toks[te-1])] || malayHonorifics[lower(toks[te-1])] || pairedHonorific(toks, te-1)) {
		te--
	}
	t.title = strings.TrimSpace(x.d.text(span{titleToks[0].Start, toks[te-1].End}))
	return t, true
}

func (x *extractor) isInstitution(w string) bool {
	for _, s := range states {
		for _, i := range s.institute {
			if strings.EqualFold(i, w) {
				return true
			}
		}
	}
	return false
}

func joinToks(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.text != "’s" && t.text != "." {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// roles finds people with titles and appositions, in every sentence.
func (x *extractor) roles() {
	for si := range x.d.sents {
		s := &x.d.sents[si]
		toks := s.toks
		for k := range toks {
			if x.d.inQuote(toks[k].Start) {
				continue
			}
			t, ok := x.parseTitled(toks, k)
			if !ok {
				continue
			}
			name := joinToks(toks[t.nameStart:t.nameEnd])
			p := x.reg.person(name, Why{Rule: "title-name", Confidence: 0.8})
			r := Role{Person: p, Title: t.title, Why: Why{Rule: "title-before-name", Confidence: 0.75}}
			if t.possessorIsPerson {
				r.Why = Why{Rule: "possessive-title", Confidence: 0.6, Note: "the title names the person it serves"}
			}
			if t.org != "" && courtOfState(t.org, t.title) {
				// "U.S. District Judge X": the court employs the judge, and
				// the text does not name it; not the state
				r.Why.Note = "“" + t.org + "” names where the court sits, not the employer: no organization (court-title)"
			} else if t.org != "" {
				r.Organization = x.reg.organization(t.org, "", Why{Rule: "title-organization", Confidence: 0.6})
				r.fullTitle = t.fullTitle
			}
			ev := span{toks[t.titleStart].Start, toks[t.nameEnd-1].End}
			x.relativeEnd(&r, toks, t.nameEnd, &ev)
			x.addRole(r, ev)
		}
		x.appositions(toks)
		x.abbreviatedTitles(toks)
		x.titleThenName(toks)
	}
}

// titleThenName reads "Romania’s health minister, Andrei Popa," and "Its
// chief executive, Karl Holm,": a title, then the name between commas.
func (x *extractor) titleThenName(toks []tok) {
	for m := 1; m+2 < len(toks); m++ {
		if toks[m].text != "," || !isRoleHead(toks[m-1]) || isCap(toks[m-1]) {
			continue
		}
		k := m + 1
		for k < len(toks) && isNameTok(toks[k]) && k-m <= 3 {
			k++
		}
		if k == m+1 || k-m < 3 || k >= len(toks) || toks[k].text != "," {
			continue
		}
		start, poss := titleBefore(toks, m-1)
		org := ""
		if poss != nil && x.reg.lookup(joinToks(poss), KindPerson) == nil {
			// an organization's title does not hold its name ("Romania’s
			// health minister"); a person's does ("Holt’s campaign manager")
			if _, ok := stateOf(joinToks(poss)); ok || x.reg.lookup(joinToks(poss), KindOrganization) != nil {
				org = joinToks(poss)
			}
			start += len(poss) + 1
		}
		name := joinToks(toks[m+1 : k])
		if _, isState := stateOf(name); isState || x.reg.lookup(name, KindOrganization, KindTerritory) != nil {
			continue
		}
		p := x.reg.person(name, Why{Rule: "title-then-name", Confidence: 0.7})
		r := Role{Person: p, Title: x.d.text(span{toks[start].Start, toks[m-1].End}), Why: Why{Rule: "title-then-name", Confidence: 0.6}}
		evStart := toks[start].Start
		if poss != nil {
			evStart = poss[0].Start
		}
		if org != "" {
			r.Organization = x.reg.organization(org, "", Why{Rule: "title-organization", Confidence: 0.6})
			r.fullTitle = x.d.text(span{evStart, toks[m-1].End})
		}
		x.addRole(r, span{evStart, toks[k-1].End})
	}
}

// relativeEnd reads ", who steps down in January" after a name.
func (x *extractor) relativeEnd(r *Role, toks []tok, i int, ev *span) {
	if i+1 >= len(toks) || toks[i].text != "," || lower(toks[i+1]) != "who" {
		return
	}
	j := i + 2
	for j < len(toks) && toks[j].text != "," && toks[j].text != "." {
		j++
	}
	kind := ""
	for _, t := range toks[i+2 : j] {
		switch lower(t) {
		case "steps", "step", "stepping", "leaves", "leaving", "resigns", "retires", "quits":
			kind = "announced"
		case "stepped", "left", "resigned", "retired", "quit":
			kind = "past"
		}
	}
	if kind == "" {
		return
	}
	r.EndKind = kind
	ev.End = toks[j-1].End
	if d, ok := x.monthIn(toks[i+2:j], kind == "announced"); ok {
		r.End = d
	}
	r.Why.Note = "the end comes from the relative clause"
}

// appositions reads "Kellogg, a retired US lieutenant general," and
// "Peskov, the Kremlin spokesman,".
func (x *extractor) appositions(toks []tok) {
	for i := 0; i+3 < len(toks); i++ {
		if !isNameTok(toks[i]) || toks[i+1].text != "," {
			continue
		}
		art := lower(toks[i+2])
		if art != "a" && art != "an" && art != "the" {
			x.bareApposition(toks, i)
			continue
		}
		j := i + 3
		for j < len(toks) && toks[j].text != "," && toks[j].text != "." && j-i < 12 {
			j++
		}
		if j >= len(toks) || j-1 <= i+2 {
			continue
		}
		if !isRoleHead(toks[j-1]) || isCap(toks[j-1]) && j-1 == i+3 {
			// "a researcher at the Shanghai Institute": a head before of, at or for
			h := -1
			for q := i + 3; q+1 < j && q <= i+6; q++ {
				if p := lower(toks[q+1]); isRoleHead(toks[q]) && !isCap(toks[q]) && (p == "of" || p == "at" || p == "for") {
					h = q
					break
				}
			}
			if h < 0 {
				continue
			}
		}
		ns := i
		for ns > 0 && isNameTok(toks[ns-1]) {
			ns--
		}
		name := joinToks(toks[ns : i+1])
		ts := i + 3
		if ts+2 < j-1 && toks[ts+1].text == "’s" && !isCap(toks[ts]) {
			ts += 2 // "the hospital’s medical director": the title is the director's
		}
		past := false
		for ts < j-1 && pastMarkers[lower(toks[ts])] {
			past = true
			ts++
		}
		title := x.d.text(span{toks[ts].Start, toks[j-1].End})
		p := x.reg.person(name, Why{Rule: "apposition-name", Confidence: 0.7})
		r := Role{Person: p, Title: title, Why: Why{Rule: "apposition", Confidence: 0.7}}
		if past {
			r.EndKind = "past"
			r.Why.Note = "“" + lower(toks[i+3]) + "”: the role has ended"
		}
		if _, ok := stateOf(toks[ts].text); ok {
			r.Organization = x.reg.organization(toks[ts].text, "", Why{Rule: "title-organization", Confidence: 0.6})
		}
		x.addRole(r, span{toks[ns].Start, toks[j-1].End})
	}
}

func (x *extractor) addRole(r Role, ev span) {
	for _, o := range x.out.Roles {
		if o.Person == r.Person && strings.EqualFold(o.Title, r.Title) {
			return
		}
	}
	text, sp, ok := x.uniquePassage(ev)
	if !ok {
		x.out.Notes = append(x.out.Notes, "skipped the role "+quoteText(r.Title)+" of "+r.Person.Name+": its passage is not unique in the body")
		return
	}
	r.Evidence, r.at = text, sp
	x.out.Roles = append(x.out.Roles, r)
}

// describedBy finds the person a description ("the envoy", "US envoy")
// refers to: the nearest role whose title holds every word of it, looking
// back from offset at, or forward first in a headline, which announces the
// text below it.
func (x *extractor) describedBy(words []string, at int, forward bool) *Entity {
	matches := func(r Role) bool {
		tw := strings.Fields(strings.ToLower(strings.ReplaceAll(r.Title, "’s", "")))
		for _, w := range words {
			if !containsString(tw, w) {
				return false
			}
		}
		return true
	}
	var before, after *Role
	for i := range x.out.Roles {
		r := &x.out.Roles[i]
		if !matches(*r) || x.ijOtherRank(words, r) { // ij_rules.go
			continue
		}
		if r.at.Start < at {
			before = r
		} else if after == nil {
			after = r
		}
	}
	if forward && after != nil {
		return after.Person
	}
	if before != nil {
		return before.Person
	}
	if after != nil {
		return after.Person
	}
	return nil
}

// bareApposition reads "Marieke Jansen, chair of the port union" and
// "Jonas Lind, chief economist at Nordbank": a title with no article
// whose head is followed by of, at or for.
func (x *extractor) bareApposition(toks []tok, i int) {
	k := i + 2
	for k < len(toks) && k < i+5 && roleModifiers[lower(toks[k])] && !isCap(toks[k]) {
		k++
	}
	k = ijAndHead(toks, k) // "president and chief executive of" (ij_rules.go)
	if k+1 >= len(toks) || isCap(toks[k]) || !roleHeads[lower(toks[k])] {
		return
	}
	if p := lower(toks[k+1]); p != "of" && p != "at" && p != "for" {
		return
	}
	j := k + 2
	for j < len(toks) && toks[j].text != "," && toks[j].text != "." && toks[j].text != ";" && j-i < 14 && !ijCueInTitle(toks, j) {
		j++
	}
	if j == k+2 {
		return
	}
	ns := i
	for ns > 0 && isNameTok(toks[ns-1]) {
		ns--
	}
	name := joinToks(toks[ns : i+1])
	if _, isState := stateOf(name); isState || x.reg.lookup(name, KindOrganization, KindTerritory) != nil {
		return
	}
	p := x.reg.person(name, Why{Rule: "apposition-name", Confidence: 0.65})
	r := Role{Person: p, Title: x.d.text(span{toks[i+2].Start, toks[j-1].End}), Why: Why{Rule: "apposition-bare", Confidence: 0.6}}
	x.addRole(r, span{toks[ns].Start, toks[j-1].End})
}

// malayHonorifics stand between a title and a name ("MP Datuk Seri Dr").
var malayHonorifics = map[string]bool{"datuk": true, "datin": true, "seri": true, "dr": true}
