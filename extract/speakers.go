package extract

import (
	"strings"
	"unicode"

	"kb/internal/names"
)

// npLeft finds the noun phrase that ends at toks[end-1].
func npLeft(toks []tok, end int) int {
	if end <= 0 {
		return end
	}
	if isPronoun(lower(toks[end-1])) && !isAcronym(toks[end-1].text) {
		return end - 1
	}
	if h := lower(toks[end-1]); (orgSuffixes[h] || anaphoricOrgNouns[h] || documentNouns[h]) && !isCap(toks[end-1]) {
		// "the finance ministry", "the employers' association", "the
		// statement" (a document: rule document)
		for i := end - 2; i >= 0 && i >= end-6; i-- {
			if lower(toks[i]) == "the" || documentNouns[h] && possessivePronouns[lower(toks[i])] {
				return i // (“…,” his statement read: a document of the one "his" names)
			}
			if toks[i].text == "’s" && i > 0 && isCap(toks[i-1]) {
				j := i - 1 // "China’s foreign ministry", "Anna Berg’s party"
				for j > 0 && isNameTok(toks[j-1]) {
					j--
				}
				return j
			}
			if !(toks[i].word && (!isCap(toks[i]) || isNameTok(toks[i])) || toks[i].text == "'" || toks[i].text == "’" || toks[i].text == "’s") {
				break // "the Norland central bank" goes on over the name
			}
		}
	}
	i := end - 1
	for ; i >= 0; i-- {
		t := toks[i]
		w := lower(t)
		if w == "the" || w == "all" || w == "both" {
			i--
			break
		}
		interior := i > 0 && i < end-1
		if t.text == "." && interior && initialDot(toks, i-1) == 1 {
			continue // the full stop of an initial: "Mary K. Walsh"
		}
		if honorifics[w] && isCap(t) {
			continue
		}
		if w == "one" && i == end-2 && roleHeads[lower(toks[end-1])] {
			i--
			break // "One observer"
		}
		particle := nameParticles[w] && !isCap(t) && interior && particleBetween(toks, i) ||
			i > 0 && hyphenParticleName(t.text) && isNameTok(toks[i-1]) // "Adel al-Jubeir"
		head := i == end-1 && (personNouns[w] || isAgeNoun(w)) // "the Ireland legend", "the 26-year-old"
		// "the plaintiffs’ lawyers": a plural possessive before a group noun
		plural := (t.text == "’" || t.text == "'") && interior && groupNouns[lower(toks[i+1])] && strings.HasSuffix(lower(toks[i-1]), "s")
		pluralOwner := i+1 < end && (toks[i+1].text == "’" || toks[i+1].text == "'") && t.word && strings.HasSuffix(w, "s") && i+2 < end && groupNouns[lower(toks[i+2])]
		ok := particle || head || plural || pluralOwner || isCap(t) && (!notNameTok(t) || isAcronym(t.text)) || roleHeads[w] || roleModifiers[w] || groupNouns[w] ||
			t.text == "’s" && i > 0 || (w == "and" || w == "of" || w == "for" || w == "its") && interior
		if !ok {
			break
		}
	}
	start := i + 1
	for start < end && (lower(toks[start]) == "and" || lower(toks[start]) == "of" || toks[start].text == "’s") {
		start++
	}
	return start
}

// capsLeadIn says whether w is a hyphenated word in capitals, the
// lead-in a paper prints before a sentence's first name ("TWO-GOAL").
func capsLeadIn(w string) bool {
	if !strings.Contains(w, "-") || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	return !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-")
}

// npRight finds the noun phrase that starts at toks[start].
func npRight(toks []tok, start int) int {
	i := start
	if i < len(toks) && isPronoun(lower(toks[i])) && !isAcronym(toks[i].text) {
		return i + 1
	}
	for j := i; j < len(toks) && j < i+3 && toks[j].word && !isCap(toks[j]); j++ {
		// "political scientist Karin Aas": a lower-case title, then a name
		if roleHeads[lower(toks[j])] {
			if j+1 < len(toks) && isNameTok(toks[j+1]) {
				i = j + 1
			}
			break
		}
	}
	for i < len(toks) && honorifics[lower(toks[i])] {
		i++ // "Dr Maria Costa", "Dr. Costa"
		if i < len(toks) && toks[i].text == "." {
			i++
		}
	}
	if i < len(toks) && lower(toks[i]) == "the" {
		i++
		// "the employers' association": lower-case words up to an organization noun
		for j := i; j < len(toks) && j < i+5; j++ {
			if orgSuffixes[lower(toks[j])] {
				return j + 1
			}
			if !(toks[j].word && !isCap(toks[j]) || toks[j].text == "'" || toks[j].text == "’" || toks[j].text == "’s") {
				break
			}
		}
	}
	// "independent analysts": lower-case words before a group noun
	for j := i; j < len(toks) && j < i+3 && toks[j].word && !prepositions[lower(toks[j])]; j++ { // not "by the companies" (x-speakers5)
		if groupNouns[lower(toks[j])] {
			if j > i {
				return j + 1
			}
			break
		}
	}
	for i < len(toks) {
		t := toks[i]
		w := lower(t)
		if isCap(t) && initialDot(toks, i) == 1 {
			i += 2 // "Mary K. Walsh"
			continue
		}
		if n := particlesAt(toks, i); n > 0 && i > start {
			i += n // "Dimitri van den Bergh"
			continue
		}
		if isCap(t) && (!notNameTok(t) || isAcronym(t.text)) || roleHeads[w] || roleModifiers[w] || groupNouns[w] || (w == "of" || w == "for" || w == "and") && i > start && i+1 < len(toks) && isCap(toks[i+1]) {
			i++
			continue
		}
		if (t.text == "'" || t.text == "’") && i > start && strings.HasSuffix(lower(toks[i-1]), "s") && i+1 < len(toks) && groupNouns[lower(toks[i+1])] {
			i++ // "Doctors' groups"
			continue
		}
		if t.text == "." && i > start && i == suffixEnd(toks, i-1)-1 {
			i++ // "Ole Lind Jr."
			continue
		}
		if t.text == "’s" && i > start {
			// "Japan’s coast guard": lower-case words up to an organization noun
			for j := i + 1; j < len(toks) && j < i+4 && toks[j].word && !isCap(toks[j]); j++ {
				if orgSuffixes[lower(toks[j])] {
					return j + 1
				}
			}
		}
		break
	}
	if i == start+1 && lower(toks[start]) == "the" {
		return start
	}
	return i
}

func isPronoun(w string) bool {
	return w == "he" || w == "she" || w == "they" || w == "it" || w == "who" || w == "him" || w == "her" || w == "them"
}

// attribute finds the speaker of a cue.
func (x *extractor) attribute(s *sentence, c *cue, before []cue, lastPerson, last, lastOrg *Entity) {
	toks := s.toks
	x.joint = nil
	set := func(e *Entity, why Why, a, b int) {
		c.speaker, c.why, c.np = e, why, [2]int{a, b}
		c.also, x.joint = x.joint, nil
	}
	if x.hsAttribute(s, c, before, lastPerson, last, lastOrg) {
		return // quote-mention-verb, this-is-how, document-of (h_speakers.go)
	}
	if c.participle {
		if sp, why, a, e, ok := x.byGerundSubject(s, c, lastPerson, last, lastOrg); ok {
			set(sp, why, a, e) // "… by saying the deal would …" (g_rules.go)
			return
		}
		if sp, why, ok := x.frontedSubject(s, c); ok {
			set(sp, why, 0, 0) // "After insisting she is …, her MPs said" (g_rules.go)
			return
		}
		if e := adverbStart(toks, c.i); withSubject(toks, e) >= 0 {
			// "with prosecutors accusing him of …" (x-speakers5), "with Ann Lee swiftly confirming" (residual.go)
			a := withSubject(toks, e)
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "participle-cue,with-subject/" + why.Rule
				why.Confidence *= 0.8
				set(sp, why, a, e)
				return
			}
		}
		if n := len(before); n > 0 && before[n-1].speaker != nil {
			p := before[n-1]
			set(p.speaker, Why{Rule: "participle-cue", Confidence: p.why.Confidence, Note: "continues “" + p.text(toks) + "”"}, p.np[0], p.np[1])
		} else if n == 0 && len(toks) > 0 && isOpenQuote(toks[0].text) && last != nil {
			// "“...,” adding that ...": the speaker of the sentence before
			set(last, Why{Rule: "participle-cue,previous-speaker", Confidence: 0.6, Note: "continues the speaker before, " + last.Name}, 0, 0)
		} else if n == 0 || before[n-1].speaker == nil && !isOpenQuote(toks[0].text) {
			// "The court blocked the merger, ruling that ...": the subject;
			// "In a statement Monday, Holm admitted ..., saying": the subject
			// after an introductory phrase
			starts := []int{0}
			if w := lower(toks[0]); w == "but" || w == "and" || w == "yet" { // "Yet she …, noting" (h_speakers.go)
				starts[0] = 1
			}
			for k := 0; k < c.i-1 && k < 15; k++ {
				if toks[k].text == "," {
					starts = append(starts, k+1)
					break
				}
			}
			for n, start := range starts {
				e := npRight(toks, start)
				if e <= start || e >= c.i {
					continue
				}
				if sp, why := x.resolveNP(s, start, e, lastPerson, last, lastOrg); sp != nil {
					why.Rule = "participle-cue,subject/" + why.Rule
					if n > 0 {
						why.Rule = "participle-cue,subject-after-introduction/" + why.Rule[len("participle-cue,subject/"):]
					}
					why.Confidence *= 0.8
					if n > 0 {
						start, e = 0, 0 // no clause before the subject to read as its claim
					}
					set(sp, why, start, e)
					break
				}
			}
		}
		return
	}
	if c.passiveBy {
		from := c.j + 1 // after "by"
		for h := from; h < len(toks) && h < from+10; h++ {
			if t, ok := x.parseTitled(toks, h); ok && t.titleStart <= from+3 {
				p := x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8})
				set(p, Why{Rule: "passive-agent/titled-name", Confidence: 0.7}, t.nameStart, t.nameEnd)
				return
			}
		}
		if e := npRight(toks, from); e > from {
			if sp, why := x.resolveNP(s, from, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "passive-agent/" + why.Rule
				why.Confidence *= 0.8
				set(sp, why, from, e)
			}
		}
		return
	}
	if c.quotedBy > 0 {
		// "…, the Interfax agency quoted Varin as saying": the one quoted
		if sp, why := x.resolveNP(s, c.verb+1, c.quotedBy, lastPerson, last, lastOrg); sp != nil {
			why.Rule = "quoted-as-saying,outlet-before/" + why.Rule
			why.Confidence *= 0.9
			set(sp, why, c.verb+1, c.quotedBy)
		}
		return
	}
	if c.quotedAs {
		if e := npRight(toks, 0); e > 0 {
			if sp, why := x.resolveNP(s, 0, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "quoted-as-saying/" + why.Rule
				set(sp, why, 0, e)
			}
		}
		return
	}
	if c.according {
		from := c.j
		for k := c.j; k < len(toks) && k < c.j+5; k++ {
			if w := lower(toks[k]); (w == "by" || w == "from") && k > c.j && reportNouns[lower(toks[k-1])] {
				from = k + 1 // "according to estimates by independent analysts"
				break
			}
			if w := lower(toks[k]); w == "by" && k > c.j+1 && issuedWords[lower(toks[k-1])] && reportNouns[lower(toks[k-2])] {
				from = k + 1 // "according to a statement issued by the ministry"
				break
			}
		}
		if sp, why, b, ok := x.hcPeopleAfter(toks, from); ok {
			set(sp, why, from, b) // "according to people familiar with the talks" (rule unnamed-people, h_claims.go)
			return
		}
		if sp, why, b, ok := x.hcAccordingDocument(s, from, lastPerson, last, lastOrg); ok {
			set(sp, why, from, b) // "…, according to the statement." (h_claims.go)
			return
		}
		if a, b := indefiniteApposition(toks, from); b > a {
			// "in the words of one engineer, Lina Berg," (x-quotes4)
			p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7})
			set(p, Why{Rule: "according-to,apposition/name", Confidence: 0.8}, a, b)
			return
		}
		if b, ok := indefiniteAfter(toks, from); ok {
			// "according to a senior ministry official"
			sp, why := x.unnamedSource(toks, from, b)
			why.Rule = "according-to/" + why.Rule
			set(sp, why, from, b)
			return
		}
		for h := from; h < len(toks) && h < from+8; h++ {
			// "according to the dockers' union leader Per Holm": the titled name
			if t, ok := x.parseTitled(toks, h); ok && t.titleStart <= from+4 && t.nameEnd > t.nameStart {
				p := x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8})
				set(p, Why{Rule: "according-to/titled-name", Confidence: 0.8}, t.nameStart, t.nameEnd)
				return
			}
			if toks[h].text == "," || toks[h].text == "." {
				break
			}
		}
		if a, b := reportOwner(toks, from); b > a {
			// "according to an Acme report": a body's report (residual.go)
			name := joinToks(toks[a:b])
			sp := x.reg.lookup(name, KindPerson, KindOrganization)
			if sp == nil {
				sp = x.reg.organization(name, "other", Why{Rule: "report-owner", Confidence: 0.5})
			}
			set(sp, Why{Rule: "according-to,report-of", Confidence: 0.5, Note: "“" + joinToks(toks[a:b+1]) + "”: the report's owner"}, a, b+1)
			return
		}
		e := npRight(toks, from)
		if e > from {
			if sp, why := x.resolveNP(s, from, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "according-to/" + why.Rule
				set(sp, why, from, e)
			}
		}
		return
	}
	if sp, why, a, b, ok := x.hcResearchSpeaker(s, c, lastPerson, last, lastOrg); ok {
		set(sp, why, a, b) // "A study … has found that" (rule research-finding, h_claims.go)
		return
	}
	if a, b := statementAuthor(toks, c.i); b > a {
		// "A joint statement from bondholders Ann Holt, Bo Lind and Per
		// Sand, read:": the first author named; the others are listed
		p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "statement-author", Confidence: 0.6})
		set(p, Why{Rule: "statement-from", Confidence: 0.6, Note: "the words of a statement from " + p.Name + " and those named with them"}, a, b)
		x.lastStatement = p
		return
	}
	if c.i >= 2 && determiners[lower(toks[c.i-2])] && media[lower(toks[c.i-1])] && x.lastStatement != nil &&
		(c.i == 2 || isCloseQuote(toks[c.i-3].text) || toks[c.i-3].text == ",") {
		// also "“…,” the statement added."
		// "The statement continued:": the statement quoted before
		set(x.lastStatement, Why{Rule: "statement-continued", Confidence: 0.5, Note: "the statement quoted before, from " + x.lastStatement.Name}, 0, 0)
		return
	}
	k := c.i - 1
	for k >= 0 && (cueModifiers[lower(toks[k])] && toks[k].word && !isCap(toks[k]) || isTimeWord(toks, k)) {
		k-- // "has repeatedly said", "on Wednesday warned"
	}
	if w := whilePhraseStart(toks, k); w > 0 {
		k = w - 1 // "Khan while addressing a ceremony said": the name before the phrase
		defer func() {
			if c.speaker != nil {
				c.why.Rule = strings.Replace(c.why.Rule, "speaker-before-cue", "speaker-before-cue,while-phrase", 1)
			}
		}()
	}
	if n := channelBefore(toks, k); n > 0 && k-n >= 0 {
		k -= n // "X on Telegram reaffirmed": where, not who
	}
	if n := mediumBefore(toks, k); n > 0 {
		k -= n // "The four envoys in their statement said": where, not who (x-speakers5)
	}
	if n := adverbialBefore(toks, k); n > 0 {
		k -= n // "X for the first time acknowledged" (rule words-between, claims4.go)
		defer func() {
			if c.speaker != nil {
				c.why.Rule = strings.Replace(c.why.Rule, "speaker-before-cue", "speaker-before-cue,words-between", 1)
			}
		}()
	}
	k = ijAcronymComma(toks, k) // "The World Food Programme (WFP), this week warned" (ij_rules.go)
	if k > 2 && toks[k].text == ")" {
		// "Sen. John Marlow (R-Ariz.) said": a tag between name and cue
		for p := k - 1; p > 0 && p >= k-5; p-- {
			if toks[p].text == "(" {
				if isNameTok(toks[p-1]) {
					k = p - 1
				}
				break
			}
		}
	}
	k = hsDashAside(toks, k) // "Tom Dale — the first envoy … — described" (h_speakers.go)
	right := func() {
		if x.verbFirstLine(s, c) {
			return // "Urged Dockers to return": a subheading's verb, its object no speaker (h_layout.go)
		}
		if p, b := x.particleSurname(toks, c.j); p != nil {
			// "said van Gaal": the full name the article gives (x-speakers5)
			set(p, Why{Rule: "speaker-after-cue,name-particle", Confidence: 0.8, Note: "“" + joinToks(toks[c.j:b]) + "”: " + p.Name}, c.j, b)
			return
		}
		// "said Corvallo’s chief negotiator Ahmed Rask": a titled name
		for h := c.j; h < len(toks) && h < c.j+8; h++ {
			if t, ok := x.parseTitled(toks, h); ok && t.titleStart <= c.j+2 {
				p := x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8})
				set(p, Why{Rule: "speaker-after-cue/titled-name", Confidence: 0.85}, t.nameStart, t.nameEnd)
				return
			}
			if toks[h].text == "," || toks[h].text == "." {
				break
			}
		}
		if a, b := indefiniteApposition(toks, c.j); b > a {
			// "shouted one resident, Eva Moe": the name set beside (x-quotes4)
			p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7})
			set(p, Why{Rule: "speaker-after-cue,apposition/name", Confidence: 0.8, Note: "“" + joinToks(toks[c.j:a-1]) + "”, then the name"}, a, b)
			return
		}
		if b, ok := indefiniteAfter(toks, c.j); ok {
			// "according to a senior ministry official"
			sp, why := x.unnamedSource(toks, c.j, b)
			set(sp, why, c.j, b)
			return
		}
		if sp, why, b, ok := x.hcPeopleAfter(toks, c.j); ok {
			why.Rule = strings.Replace(why.Rule, "according-to/", "speaker-after-cue/", 1)
			set(sp, why, c.j, b) // "…, said a person with knowledge of the talks." (rule unnamed-people, h_claims.go)
			return
		}
		if e := rankRun(toks, c.j); e > c.j {
			if a, b := namesAt(toks, e); b > a {
				// "said Rep. Jo Park, R-Ohio": the name after the short title
				p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "abbreviated-title", Confidence: 0.8})
				set(p, Why{Rule: "speaker-after-cue/abbreviated-title", Confidence: 0.85}, a, b)
				return
			}
		}
		if a, b := describedNameAfter(toks, c.j); b > a {
			// "said season-ticket holder Jan Ek, 44.": a description, then the name
			p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "described-name", Confidence: 0.7})
			set(p, Why{Rule: "speaker-after-cue,described-name", Confidence: 0.75, Note: "“" + joinToks(toks[c.j:a]) + "”, then the name"}, a, b)
			return
		}
		if b := possessiveDescription(toks, c.j); b > c.j {
			// "noted his manager": the person whose title it is (x-quotes4)
			if sp, why := x.resolveNP(s, c.j, b, lastPerson, last, lastOrg); sp != nil && (b >= len(toks) || toks[b].text != ",") {
				why.Rule = "speaker-after-cue/" + why.Rule
				set(sp, why, c.j, b)
				return
			}
		}
		if a, b := relationApposition(toks, c.j); b > a {
			// "said his father, Per Holt" (x-quotes4)
			p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7})
			set(p, Why{Rule: "speaker-after-cue,apposition/name", Confidence: 0.8, Note: "“" + joinToks(toks[c.j:a-1]) + "”, then the name"}, a, b)
			return
		}
		if c.j+1 < len(toks) && possessivePronouns[lower(toks[c.j])] {
			if a, b := appositiveName(toks, c.j+1); b > a {
				// "said his lawyer, Tessa Lund": the name set beside the description
				p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7})
				set(p, Why{Rule: "speaker-after-cue,apposition/name", Confidence: 0.8, Note: "“" + joinToks(toks[c.j:a-1]) + "”, then the name"}, a, b)
				return
			}
		}
		if g, b := ageDescription(toks, c.j); b > c.j {
			// "said the 29-year-old talismanic striker" (rule age-description, x-f-rules)
			if sp, why := x.resolveNP(s, c.j, g+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-after-cue/age-" + why.Rule
				set(sp, why, c.j, b)
				return
			}
		}
		e := npRight(toks, c.j)
		if e == c.j+1 && (lower(toks[c.j]) == "him" || lower(toks[c.j]) == "them") {
			return // "X praised him, as did Y": the object, never an inverted speaker (rule object-pronoun, claims4.go)
		}
		if e > c.j && e+1 < len(toks) && toks[e].text == "’s" {
			// "says Trump’s special envoy": the envoy, not Trump
			h := e + 1
			for h < len(toks) && h < e+5 && toks[h].word && !isCap(toks[h]) && !roleHeads[lower(toks[h])] {
				h++
			}
			if h < len(toks) && roleHeads[lower(toks[h])] && !isCap(toks[h]) {
				e = h + 1
			}
		}
		if e > c.j {
			if a, b := appositiveName(toks, e); b > a {
				// "said the company’s chief executive, Karl Holm": the name
				// the description is set beside
				p := x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7})
				set(p, Why{Rule: "speaker-after-cue,apposition/name", Confidence: 0.8, Note: "“" + joinToks(toks[c.j:e]) + "”, then the name"}, a, b)
				return
			}
			if sp, why := x.resolveNP(s, c.j, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-after-cue/" + why.Rule
				set(sp, why, c.j, e)
			}
		}
	}
	if a, b := hcDashSubject(toks, k); a >= 0 {
		if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil {
			why.Rule = "speaker-before-cue,dashes/" + why.Rule // "X — the first envoy … — described" (h_claims.go)
			set(sp, why, a, b)
			return
		}
	}
	if sp, why, a, b, ok := x.hcPeopleBefore(toks, k); ok {
		set(sp, why, a, b) // "…, one person familiar with the talks said" (rule unnamed-people, h_claims.go)
		return
	}
	if k < 0 {
		right()
		return
	}
	t := toks[k]
	w := lower(t)
	if ijAcronymPronoun(t) {
		w = t.text // "WHO said": the agency (ij_rules.go)
	}
	switch {
	case w == "who" && k > 0 && toks[k-1].text == ",":
		a := npLeft(toks, k-1)
		if a < k-1 {
			if sp, why := x.resolveNP(s, a, k-1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "relative-who/" + why.Rule
				set(sp, why, a, k-1)
			}
		}
	case w == "which" && k > 0 && toks[k-1].text == "," && (k+1 >= len(toks) || !isCap(toks[k+1])):
		// "the Otago team, which said that …": an organization or a
		// document the relative clause is about (rule relative-which, claims5.go)
		if a := npLeft(toks, k-1); a < k-1 {
			if sp, why := x.resolveNP(s, a, k-1, lastPerson, last, lastOrg); sp != nil && sp.Kind != KindPerson {
				why.Rule = "relative-which/" + why.Rule
				why.Confidence *= 0.9
				set(sp, why, a, k-1)
			}
		}
	case w == "who" && k > 1 && toks[k-1].word && !isPronoun(lower(toks[k-1])):
		// "opposition MPs who insisted they saw it", "five witnesses who
		// testified that": the noun the relative clause restricts (rule
		// relative-who,restrictive, claims4.go)
		if a := npLeft(toks, k); a < k {
			if sp, why := x.resolveNP(s, a, k, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "relative-who,restrictive/" + why.Rule
				why.Confidence *= 0.9
				set(sp, why, a, k)
			}
		}
	case (w == "but" || w == "and") && len(before) > 0 && before[len(before)-1].speaker != nil:
		p := before[len(before)-1]
		set(p.speaker, Why{Rule: "coordinated-cue", Confidence: p.why.Confidence * 0.95, Note: "shares the subject of “" + p.text(toks) + "”"}, p.np[0], p.np[1])
	case (w == "but" || w == "and") && len(before) == 0:
		// "Doctors' groups welcomed the plans but warned ...": the subject;
		// "A tearful Anna Berg thanked ... and said": the name after the adjectives
		a := describedName(toks, x.openerEnd(toks))
		for h := a; h < k && h < a+5; h++ {
			// "Indian football coach Wim Holt did not ... but insisted": a titled subject
			if t, ok := x.parseTitled(toks, h); ok && t.titleStart == a && t.nameEnd < k {
				p := x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8})
				set(p, Why{Rule: "coordinated-cue,subject/titled-name", Confidence: 0.6}, t.nameStart, t.nameEnd)
				return
			}
		}
		if e := npRight(toks, a); e > a && e < k {
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "coordinated-cue,subject/" + why.Rule
				why.Confidence *= 0.8
				set(sp, why, a, e)
			}
		}
		if a, e := introducedSubject(toks, a, k); c.speaker == nil && e > a {
			// "On Monday, Ida Moe (North Harbour) rose and claimed that":
			// the subject after an introductory phrase (rule
			// coordinated-cue,subject-after-introduction, claims4.go)
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "coordinated-cue,subject-after-introduction/" + why.Rule
				why.Confidence *= 0.7
				set(sp, why, a, e)
			}
		}
	case t.text == ",":
		told := lower(toks[c.verb]) == "told" || lower(toks[c.verb]) == "tells"
		if k > 0 && isCloseQuote(toks[k-1].text) && !told {
			right()
			return
		}
		if !told && invertedAtEnd(toks, c) {
			// (not after told: "…,” X, curator at Y, told BBC News." names
			// whom X told)
			// "…, reported Tolo News.", "…, said the ministry.": the
			// speaker after the cue closes the sentence
			if right(); c.speaker != nil {
				c.why.Rule = strings.Replace(c.why.Rule, "speaker-after-cue", "speaker-after-cue,inverted-trailing", 1)
				return
			}
		}
		if a, e, ok := appositionAfterQuote(toks, k); ok {
			// "Kellogg, a retired general who served in A, B and C, said"
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,apposition/" + why.Rule
				set(sp, why, a, e)
				return
			}
		}
		if told && !determiners[lower(toks[0])] {
			// "Weeks, the company's chairman, chief executive and president,
			// told shareholders": who is told is never the speaker; a long
			// apposition leaves the name that opens the sentence
			if e := npRight(toks, 0); e > 0 && e < k && isNameTok(toks[0]) && toks[e].text == "," {
				if sp, why := x.resolveNP(s, 0, e, lastPerson, last, lastOrg); sp != nil {
					why.Rule = "speaker-before-cue,long-apposition/" + why.Rule
					why.Confidence *= 0.8
					set(sp, why, 0, e)
					return
				}
			}
		}
		m := k - 1
		for m >= 0 && toks[m].text != "," && k-m <= 16 && !isCloseQuote(toks[m].text) {
			m--
		}
		if m < 0 || toks[m].text != "," {
			if a, e, ok := x.longApposition(toks, k); ok {
				// "MP Lars Brenna, countering remarks by … over the weekend,
				// said": the name that opens the sentence (rule long-apposition)
				if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
					why.Rule = "speaker-before-cue,long-apposition/" + why.Rule
					why.Confidence *= 0.8
					set(sp, why, a, e)
					return
				}
			}
			// "The price, said X, ...": an inverted attribution mid-sentence
			if !told {
				right()
			}
			return
		}
		inner, from := true, honorificEnd(toks, m+1, k) // "Her mentor, Dr Di Fox, said" (x-speakers5)
		for q := from; q < k; q++ {
			inner = inner && isNameTok(toks[q])
		}
		if inner && k-from >= 1 && k-from <= 3 {
			// "Its chief executive, Karl Holm, told": the name in the commas
			if sp, why := x.resolveNP(s, m+1, k, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-in-apposition/" + why.Rule
				set(sp, why, m+1, k)
				return
			}
		}
		a := npLeft(toks, m)
		if a < m {
			if sp, why := x.resolveNP(s, a, m, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,parenthesis/" + why.Rule
				set(sp, why, a, m)
			}
		}
		if c.speaker == nil {
			right()
		}
	case isCloseQuote(t.text):
		right()
	case t.text == "." && k > 1 && suffixEnd(toks, k-1) == k+1:
		// "Ole Lind Jr. said": the suffix's full stop ends the name (rule name-suffix)
		if a := npLeft(toks, k); a < k {
			if sp, why := x.resolveNP(s, a, k+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, k+1)
			}
		}
	case t.word:
		if a, e, ok := x.hsTitledApposition(toks, k); ok {
			// "…, Christine Lagarde, President of the ECB said:" (h_speakers.go)
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,unclosed-title-apposition/" + why.Rule
				set(sp, why, a, e)
				return
			}
		}
		if a, e, ok := x.unclosedApposition(toks, k, c); ok {
			// "Ann Lee, chairman and CEO at Zenko commented, “…”" (g_rules.go)
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,unclosed-apposition/" + why.Rule
				set(sp, why, a, e)
				return
			}
		}
		if a := possessiveBefore(toks, k+1); a <= k {
			// "“…,” his coach added": the person whose title it is (x-quotes4)
			if sp, why := x.resolveNP(s, a, k+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, k+1)
				return
			}
		}
		if a, e, ok := x.subjectBeforeMeeting(toks, k); ok {
			// "Ann Lee in a meeting with Bo Ray said": the subject, not the one met (residual.go)
			if sp, why := x.resolveNP(s, a, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,subject-before-phrase/" + why.Rule
				why.Confidence *= 0.8
				set(sp, why, a, e)
				return
			}
		}
		if a, b := x.affiliationName(toks, k); b > a {
			// "Per Holm of the University of Lund said": the person, not the body (x-quotes4)
			if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil && sp.Kind == KindPerson {
				why.Rule = "speaker-before-cue,affiliation/" + why.Rule
				set(sp, why, a, b)
				return
			}
		}
		a := countedGroupStart(toks, descriptionStart(toks, npLeft(toks, k+1), k+1), k+1) // "the former Ajax coach", "The four envoys" (x-speakers5)
		a = nameListStart(toks, a, k+1)                                                   // "Sens. Ann Lee, Bo Ray and Tom Dale said" (residual.go)
		if x.placeBeforeCue(toks, a, k+1) {
			a = k + 1 // no speaker: "telescopes on Earth have confirmed"
			if _, s := x.personAtEndAt(toks, npLeft(toks, k+1), k+1); s <= k {
				a = s // "… in the Senate Kari Moe said": a titled person after the title's place
			}
		}
		if a <= k && a >= 3 && nameObjectPrepositions[lower(toks[a-1])] && isNameTok(toks[a]) { // a name, not "after customers accused" (x-speakers5)
			// "Wim Holt after his team's loss to Norland insisted": the name
			// after a preposition is its object; the person the sentence
			// opens with is the subject
			if e := npRight(toks, 0); e > 0 && e < a-1 && isNameTok(toks[0]) {
				if sp, why := x.resolveNP(s, 0, e, lastPerson, last, lastOrg); sp != nil && sp.Kind == KindPerson {
					why.Rule = "speaker-before-cue,subject-before-phrase/" + why.Rule
					why.Confidence *= 0.8
					set(sp, why, 0, e)
					a = k + 1
				}
			}
		}
		if u, ok := unnamedWithComplement(toks, k); ok && a > u && a <= k && lower(toks[a-1]) == "in" {
			a = k + 1 // "one officer in Washington said": where the source is, not who (x-de-rules)
		}
		if sp, why, g, ok := x.hsGroupIn(toks, a, k+1); ok {
			set(sp, why, g, k+1) // "unions in France warned" (h_speakers.go)
			return
		}
		if a <= k {
			if sp, why := x.resolveNP(s, a, k+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, k+1)
			}
		}
		if p, ok := indefiniteBefore(toks, k); ok && c.speaker == nil {
			// "A foreign ministry spokesman said"
			sp, why := x.unnamedSource(toks, p, k+1)
			set(sp, why, p, k+1)
		}
		if c.speaker == nil {
			// "sources at the school reported", "The jurors who heard it say"
			if sp, why, a, b, ok := x.groupSpeaker(s, k); ok {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, b)
			}
		}
		if c.speaker == nil {
			// "a spokeswoman for the talks said": an unnamed source with a complement
			if a, ok := unnamedWithComplement(toks, k); ok {
				name := x.d.text(span{toks[a].Start, toks[k].End})
				e := x.reg.lookup(name, KindPerson)
				if e == nil || names.Normalize(e.Name) != names.Normalize(name) {
					e = &Entity{Kind: KindPerson, Name: name, Why: Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}}
					e.ID = x.reg.newID(slug(name))
					x.reg.add(e)
				}
				set(e, Why{Rule: "speaker-before-cue/unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}, a, k+1)
			}
		}
		if a := describedBefore(toks, k+1); c.speaker == nil && a <= k {
			// "The veteran official added:", "the former fisherman said" (x-quotes4)
			if sp, why := x.resolveNP(s, a, k+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, k+1)
			}
		}
	}
}

// unnamedWithComplement reads back from toks[k] "a spokeswoman for the
// talks", "an official at the ministry": an indefinite article, a role
// head, then for/of/at and a few words.
func unnamedWithComplement(toks []tok, k int) (int, bool) {
	for p := k - 1; p >= 1 && p >= k-5; p-- {
		w := lower(toks[p])
		if w != "for" && w != "of" && w != "at" && w != "with" && w != "in" {
			if !toks[p].word {
				return 0, false
			}
			continue
		}
		h := p - 1
		if !roleHeads[lower(toks[h])] || isCap(toks[h]) {
			return 0, false
		}
		a := h
		for a > 0 && (roleModifiers[lower(toks[a-1])] || toks[a-1].word && !isCap(toks[a-1]) && !determiners[lower(toks[a-1])] && !indefiniteOpeners[lower(toks[a-1])]) && a > h-3 {
			a--
		}
		if a > 0 && indefiniteOpeners[lower(toks[a-1])] {
			return a - 1, true
		}
		return 0, false
	}
	return 0, false
}

// resolveNP turns the noun phrase toks[a:b] into a speaker.
func (x *extractor) resolveNP(s *sentence, a, b int, lastPerson, last, lastOrg *Entity) (*Entity, Why) {
	toks := s.toks
	if b-a == 1 {
		switch lower(toks[a]) {
		case "he", "she", "him", "her":
			e, why := x.personPronoun(s, lower(toks[a]))
			x.pronounGender(e, lower(toks[a]))
			return e, why
		case "they", "them":
			return x.pluralPronoun(s, lastOrg)
		case "it":
			if lastOrg != nil {
				return lastOrg, Why{Rule: "pronoun", Confidence: 0.45, Note: "“it”: the last organization quoted, " + lastOrg.Name}
			}
			return nil, Why{}
		}
	}
	if e, why := x.formerLatter(s, a, b); e != nil {
		return e, why // "The latter told reporters" (x-quotes4)
	}
	if particleName(toks, a, b) && x.reg.lookup(joinToks(toks[a:b]), KindPerson, KindOrganization) == nil {
		// "Ursula von der Leyen said" (residual.go)
		return x.reg.person(joinToks(toks[a:b]), Why{Rule: "new-name", Confidence: 0.7}), Why{Rule: "name,particles", Confidence: 0.7}
	}
	a = groupAdjective(toks, a, b) // "…, but legal experts say" (residual.go)
	if documentNP(toks, a, b) {
		return x.documentSpeaker(s, a, b, lastPerson, last, lastOrg) // "the statement said"
	}
	if p, q, phrase, ok := x.pairSpeakers(toks, a, b); ok {
		// "the two leaders said": the last two people before, one statement each
		x.joint = []*Entity{q}
		return p, Why{Rule: "joint-description", Confidence: 0.5, Note: "“" + phrase + "”: the last two people named, " + p.Name + " and " + q.Name + "; one statement for each"}
	}
	honorific := false
	if a < b-2 && lower(toks[a]) == "the" && (demonymNouns[lower(toks[a+1])] || isDemonym(toks[a+1].text)) && isNameTok(toks[a+2]) {
		a++ // "the Frenchman Roger Lemerre"
	}
	for a < b-1 && (honorifics[lower(toks[a])] || pairedHonorific(toks, a) || demonymNouns[lower(toks[a])] || isDemonym(toks[a].text) && isNameTok(toks[a+1]) && !companyWords[strings.TrimSuffix(lower(toks[b-1]), ".")] || partyLabel(toks, a, b)) {
		honorific = honorific || honorifics[lower(toks[a])] || pairedHonorific(toks, a)
		a++ // "Dr Costa", "the Frenchman Roger Lemerre"
		if a < b-1 && toks[a].text == "." {
			a++
		}
	}
	if b-a == 1 && (isDemonym(toks[a].text) || demonymNouns[lower(toks[a])]) {
		if e := x.companyFullName(toks[a].text); e != nil && lower(toks[max(a-1, 0)]) != "the" {
			// "American said", the article naming American Airlines (x-speakers5)
			return e, Why{Rule: "company-short-name", Confidence: 0.5, Note: companyNote(toks[a].text, e)}
		}
		return nil, Why{} // "the Portuguese said": a nationality is no speaker
	}
	text := x.d.text(span{toks[a].Start, toks[b-1].End})
	words := []string{}
	for _, t := range toks[a:b] {
		if t.word && lower(t) != "the" && !(possessivePronouns[lower(t)] && lower(t) != "its") { // "his manager": the manager (x-quotes4)
			words = append(words, lower(t))
		}
	}
	if len(words) == 0 {
		return nil, Why{}
	}
	lastW := words[len(words)-1]
	bare := strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ")
	if lower(toks[a]) == "the" && !s.headline && (b-a == 2 && (singularDemonym(toks[a+1].text) || demonymNouns[lastW]) || (personNouns[lastW] || isAgeNoun(lastW)) && !isCap(toks[b-1])) {
		// "The American declared", "the Ireland legend said", "the
		// 26-year-old added": a person described, never a name or a state;
		// the last subject or speaker, marked as a guess
		if p := x.leaderByModifier(toks, a, b); p != nil {
			return p, Why{Rule: "description-leader", Confidence: 0.5, Note: "“" + text + "”: the person whose title has its name and a leader's office"}
		}
		if n := len(x.pro.persons); n > 0 {
			p := x.pro.persons[n-1]
			return p, Why{Rule: "description-last-person", Confidence: 0.35, Note: "“" + text + "”: a description; the last subject or speaker, " + p.Name}
		}
		return nil, Why{}
	}
	// "the outgoing special envoy of U.S. President Donald Trump": the
	// envoy, a person described, not the President named after "of"
	for h := a; h+2 < b; h++ {
		if roleHeads[lower(toks[h])] && !isCap(toks[h]) && (lower(toks[h+1]) == "of" || lower(toks[h+1]) == "to") {
			var ws []string
			for _, t := range toks[a : h+1] {
				if t.word && !determiners[lower(t)] {
					ws = append(ws, lower(t))
				}
			}
			for len(ws) > 0 {
				if p := x.describedBy(ws, toks[a].Start, s.headline); p != nil {
					return p, Why{Rule: "description-of", Confidence: 0.5, Note: "“" + x.d.text(span{toks[a].Start, toks[b-1].End}) + "”: the person whose title has “" + strings.Join(ws, " ") + "”"}
				}
				ws = ws[1:]
			}
			return nil, Why{}
		}
	}
	// a person named with a title
	for k := a; k < b; k++ {
		if t, ok := x.parseTitled(toks, k); ok && (t.nameEnd == b || affiliationTail(toks, t.nameEnd, b)) {
			// (also "Study leader X of Lund University": where from after the name)
			return x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8}), Why{Rule: "titled-name", Confidence: 0.85}
		}
	}
	possessive := -1
	for k := a; k < b; k++ {
		if toks[k].text == "’s" {
			possessive = k
		}
	}
	if possessive > a && x.possessorThenName(toks, a, possessive, b) {
		// "Spain’s Ann Lee said": the person; the possessor says where
		// from (rule possessor-name, x-f-rules)
		e, why := x.resolveNP(s, possessive+1, b, lastPerson, last, lastOrg)
		if e != nil {
			why.Rule = "possessor-name/" + why.Rule
			why.Note = strings.TrimPrefix(why.Note+"; “"+joinToks(toks[a:possessive])+"’s”: where the person is from", "; ")
		}
		return e, why
	}
	if b-a == 2 && lower(toks[a]) == "the" && anaphoricOrgNouns[lastW] {
		// "the company announced": the organization named last before it
		if e := x.namedCompanyBefore(toks[a].Start, lastW); e != nil {
			return e, Why{Rule: "organization-anaphor,company-named-before", Confidence: 0.45, Note: "“" + text + "”: the name before it the article writes as a company's, " + e.Name}
		}
		if e := x.lastOrganizationBefore(toks[a].Start); e != nil {
			return e, Why{Rule: "organization-anaphor", Confidence: 0.55, Note: "“" + text + "”: the organization named last before it, " + e.Name}
		}
		if e := x.describedCompanyBefore(toks[a].Start); e != nil {
			return e, Why{Rule: "organization-anaphor", Confidence: 0.5, Note: "“" + text + "”: the company named last before it, " + e.Name}
		}
		return nil, Why{} // no organization named before: not one called "Company"
	}
	if orgSuffixes[lastW] && !isCap(toks[b-1]) && (lower(toks[a]) == "the" || possessive > a) {
		if e := x.reg.lookup(bare, KindOrganization); e != nil {
			return e, Why{Rule: "organization-noun", Confidence: 0.6}
		}
		sub := "other"
		if lastW == "ministry" || lastW == "government" || lastW == "administration" || lastW == "department" {
			sub = "government"
		}
		r := []rune(bare)
		r[0] = unicode.ToUpper(r[0])
		e := x.reg.organization(string(r), sub, Why{Rule: "organization-noun", Confidence: 0.5})
		if possessive > a && e.Parent == "" && !e.Known {
			if st, ok := stateOf(joinToks(toks[a:possessive])); ok {
				e.Parent = x.reg.state(st, Why{Rule: "state", Confidence: 0.8}).ID
			}
		}
		return e, Why{Rule: "organization-noun", Confidence: 0.5, Note: "“" + text + "”"}
	}
	if (a > 0 && (lower(toks[a-1]) == "a" || lower(toks[a-1]) == "an") || lower(toks[a]) == "one" && b-a == 2) && roleHeads[lastW] && !isCap(toks[b-1]) {
		// an unnamed source: "a senior NATO official", "one observer"
		from := a
		if lower(toks[a]) != "one" {
			from = a - 1
		}
		name := x.d.text(span{toks[from].Start, toks[b-1].End})
		if e := x.reg.lookup(name, KindPerson); e != nil && names.Normalize(e.Name) == names.Normalize(name) {
			return e, Why{Rule: "unnamed-source", Confidence: 0.4}
		}
		e := &Entity{Kind: KindPerson, Name: name, Why: Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}}
		e.ID = x.reg.newID(slug(name))
		x.reg.add(e)
		return e, Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}
	}
	if groupNouns[lastW] || researchTeam(toks, a, b) || pluralAcronym(toks[b-1].text) { // (pluralAcronym: g_rules.go)
		for p := a + 1; p < b-1; p++ {
			if w := lower(toks[p]); !isCap(toks[p]) && strings.HasSuffix(w, "ed") && isNameTok(toks[p-1]) {
				// "Heins asked shareholders to ... but said": a name and its
				// verb, not a group called "Heins asked shareholders"
				return x.resolveNP(s, a, p, lastPerson, last, lastOrg)
			}
		}
		for p := a - 1; p >= 0 && p >= a-3; p-- {
			w := lower(toks[p])
			if w == "his" || w == "her" || w == "their" || w == "its" || w == "our" {
				if pluralAcronym(toks[b-1].text) || hsCounsel[lastW] { // "his lawyers said" (h_speakers.go)
					return x.possessedGroup(toks, p, b) // "her MPs said" (g_rules.go)
				}
				// "his fellow senators said": a group the article does not
				// name, no organization of its own
				return nil, Why{}
			}
			if !toks[p].word || isCap(toks[p]) {
				break
			}
		}
		if e := x.reg.lookup(bare, KindOrganization); e != nil {
			return e, Why{Rule: "collective", Confidence: 0.75}
		}
		name := bare
		r := []rune(name)
		r[0] = unicode.ToUpper(r[0])
		if unnamedGroups[lastW] {
			// "Sources said": people the article does not name, drafted as
			// it words them and marked so (rule unnamed-indefinite)
			note := "unnamed sources: the article does not say who they are"
			return x.reg.organization(string(r), "collective", Why{Rule: "unnamed-group", Confidence: 0.3, Note: note}), Why{Rule: "unnamed-group", Confidence: 0.3, Note: note}
		}
		return x.reg.organization(string(r), "collective", Why{Rule: "collective", Confidence: 0.6}), Why{Rule: "collective", Confidence: 0.6, Note: "a group speaking together"}
	}
	named := false
	for _, t := range toks[a:b] {
		named = named || isNameTok(t) && !roleModifiers[lower(t)]
	}
	if roleHeads[lastW] && (!isCap(toks[b-1]) || !named) {
		if p := x.describedBy(words, toks[a].Start, s.headline); p != nil {
			return p, Why{Rule: "description", Confidence: 0.55, Note: "“" + text + "”: the person whose title has these words"}
		}
		if p := x.leaderByModifier(toks, a, b); p != nil {
			return p, Why{Rule: "description-leader", Confidence: 0.5, Note: "“" + text + "”: the person whose title has its name and a leader's office"}
		}
		if len(words) > 1 {
			// "Halden’s outgoing Balkan envoy": the person whose title has its head
			if p := x.describedBy(words[len(words)-1:], toks[a].Start, s.headline); p != nil {
				return p, Why{Rule: "description-head", Confidence: 0.45, Note: "“" + text + "”: the person whose title has “" + lastW + "”"}
			}
		}
		if lower(toks[a]) == "the" && !s.headline {
			// "the coach continued": no title says so; the last subject or speaker
			if n := len(x.pro.persons); n > 0 {
				p := x.pro.persons[n-1]
				return p, Why{Rule: "description-last-person", Confidence: 0.35, Note: "“" + text + "”: no title has these words; the last subject or speaker, " + p.Name}
			}
		}
		return nil, Why{}
	}
	if _, ok := stateOf(bare); ok || x.isInstitution(bare) {
		e := x.reg.organization(bare, "", Why{Rule: "state-or-institution", Confidence: 0.8})
		return e, Why{Rule: "organization-name", Confidence: 0.75, Note: "“" + text + "” speaks for " + e.Name}
	}
	for _, in := range institutions {
		if strings.EqualFold(in.name, bare) {
			return x.reg.organization(bare, in.kind, Why{Rule: "institution", Confidence: 0.8}), Why{Rule: "organization-name", Confidence: 0.8}
		}
	}
	if e, why, ok := x.orgHeadName(toks, a, b); ok {
		return e, why // "France’s Elysee Palace said", "the Directorate General of Health Services"
	}
	if b-a > 1 && x.reg.lookup(bare, KindPerson) == nil {
		if e, why, ok := x.placeSpeaker(bare); ok {
			return e, why // "Saudi Arabia said": the state; "the West Bank": nobody
		}
	}
	if e := x.reg.lookup(bare, KindPerson, KindOrganization); e != nil {
		return e, Why{Rule: "name", Confidence: 0.85}
	}
	for k := a + 1; k < b-1; k++ {
		// "Jim Baird of South Dakota": a person known by name, then where from
		if lower(toks[k]) == "of" {
			if e := x.reg.lookup(joinToks(toks[a:k]), KindPerson); e != nil {
				return e, Why{Rule: "name-of-place", Confidence: 0.75}
			}
			break
		}
	}
	if h := pluralTitleEnd(toks, a, b); h > a {
		if first, rest, ok := x.jointSpeakers(s, h, b); ok {
			// "Union leaders Kari Dahl and Ola Brun said" (x-speakers5)
			x.joint = rest
			return first, Why{Rule: "joint-speakers,plural-title", Confidence: 0.7, Note: "“" + text + "”: one statement for each"}
		}
	}
	if first, rest, ok := x.jointSpeakers(s, a, b); ok {
		x.joint = rest
		return first, Why{Rule: "joint-speakers", Confidence: 0.7, Note: "“" + text + "”: one statement for each"}
	}
	if k := affiliationOf(toks, a, b); k > 0 {
		// "Kenji Sato of Kyoto University said": the person, then where
		// from; no person or organization named with both (rule name-of-affiliation)
		return x.reg.person(joinToks(toks[a:k]), Why{Rule: "new-name", Confidence: 0.6}), Why{Rule: "name-of-affiliation", Confidence: 0.6, Note: "“" + joinToks(toks[k+1:b]) + "”: where the person is from"}
	}
	linked := false // "Centre for Disease Prevention and Control"
	for k := a; k < b; k++ {
		t := toks[k]
		w := lower(t)
		if (w == "of" || w == "for" || w == "and") && k > a && k+1 < b {
			linked = true
			continue
		}
		if t.word && !isNameTok(t) && w != "the" {
			return nil, Why{}
		}
	}
	if linked {
		return x.reg.organization(bare, "other", Why{Rule: "organization-name", Confidence: 0.5}), Why{Rule: "organization-name", Confidence: 0.5, Note: "a name with of/for/and is an organization's"}
	}
	dateline := b-a >= 2
	for _, t := range toks[a:b] {
		dateline = dateline && isAcronym(t.text) && len(t.text) >= 3
	}
	if dateline {
		return nil, Why{} // "NEW YORK (Reuters) -": a dateline
	}
	for _, t := range toks[a:b] {
		if isAcronym(t.text) && !strings.Contains(t.text, ".") {
			// "USA Today", "CBS News": a name with an acronym is an organization's
			return x.reg.organization(bare, "other", Why{Rule: "organization-name", Confidence: 0.5}), Why{Rule: "organization-name", Confidence: 0.5, Note: "a name with an acronym is an organization's"}
		}
	}
	if orgSuffixes[lastW] || isAcronym(toks[b-1].text) {
		return x.reg.organization(bare, "other", Why{Rule: "organization-name", Confidence: 0.5}), Why{Rule: "organization-name", Confidence: 0.5}
	}
	if b-a >= 2 && companyWords[strings.TrimSuffix(lastW, ".")] {
		// "Nordhavn Shipping said": a company's name, not a person's
		return x.reg.organization(bare, "other", Why{Rule: "company-name", Confidence: 0.6}), Why{Rule: "company-name", Confidence: 0.6, Note: "“" + lastW + "” ends a company's name"}
	}
	if b-a >= 2 && outletWords[lastW] {
		// "reported Tolo News", "the Kesk Herald said": an outlet's name
		return x.reg.organization(bare, "other", Why{Rule: "outlet-name", Confidence: 0.6}), Why{Rule: "outlet-name", Confidence: 0.6, Note: "“" + lastW + "” ends an outlet's name"}
	}
	if b-a >= 2 && lower(toks[a]) == "the" && x.outletSomewhere(toks[a+1:b]) {
		// "The Harbinger said", written elsewhere "told The Harbinger": an outlet
		e := x.reg.organization(bare, "other", Why{Rule: "outlet-name", Confidence: 0.5, Note: "written as an outlet (told/with/by the …) in the article"})
		return e, Why{Rule: "organization-name", Confidence: 0.5}
	}
	if b-a == 2 && lower(toks[a]) == "the" && pluralDemonym(toks[a+1].text) {
		// "the Palestinians said": a people or a side speaking together,
		// never a nickname of the last person (rule collective,demonym)
		return x.reg.organization(toks[a+1].text, "collective", Why{Rule: "collective,demonym", Confidence: 0.5}), Why{Rule: "collective,demonym", Confidence: 0.5, Note: "a people or side speaking together"}
	}
	if b-a >= 2 && lower(toks[a]) == "the" && x.nickname(toks, a+1, b) {
		// "The Dreammaker, who ...", "The Flying Baker said": a nickname,
		// a description of someone named before, never a name of its own
		if n := len(x.pro.persons); n > 0 {
			p := x.pro.persons[n-1]
			return p, Why{Rule: "description-last-person", Confidence: 0.35, Note: "“" + text + "”: a nickname or description; the last subject or speaker, " + p.Name}
		}
		return nil, Why{}
	}
	conf := 0.7
	if b-a == 1 {
		// a single word is a person only as the surname of a full name the
		// article gives ("Kellogg" after "Keith Kellogg"); else it may be a
		// place, a team or a nationality
		full := x.fullNameOf(toks[a].text)
		if full == "" && (honorific || x.titledSomewhere(toks[a].text)) {
			return x.reg.person(bare, Why{Rule: "new-name", Confidence: 0.45}), Why{Rule: "name", Confidence: 0.45, Note: "a person named by title and surname only"}
		}
		if full == "" {
			if e, why, ok := x.placeSpeaker(bare); ok {
				return e, why // "Egypt proposed": the state; "Nagorno-Karabakh": nobody
			}
			switch {
			case x.corporateSomewhere(toks[a].text) && !isDemonym(toks[a].text):
				e := x.reg.organization(bare, "other", Why{Rule: "single-name", Confidence: 0.5, Note: "written as a company's name in the article (a suffix, or before CEO, board, shares)"})
				return e, Why{Rule: "organization-name", Confidence: 0.5}
			case x.companyFullName(toks[a].text) != nil:
				// "Kraft said", "American last week said": the company the
				// article names in full, never a person or a place (x-speakers5)
				e := x.companyFullName(toks[a].text)
				return e, Why{Rule: "company-short-name", Confidence: 0.55, Note: companyNote(toks[a].text, e)}
			case isDemonym(toks[a].text) || x.placeSomewhere(toks[a].text):
				return nil, Why{} // "Portuguese", "in Flint, Michigan": no speaker
			case x.openerOnly(toks[a].text):
				return nil, Why{} // "Tensions rose after …": capitalised for its place (residual.go)
			}
			return x.reg.person(bare, Why{Rule: "new-name", Confidence: 0.4, Note: "a single name: no full name in the article"}), Why{Rule: "name", Confidence: 0.4, Note: "a single name the article never gives in full"}
		}
		if x.reg.lookup(full, KindPerson) == nil {
			if p := x.firstNameOf(toks[a].text); p != nil {
				// "Fawad added", after "Minister for Information Fawad
				// Chaudhry": the first name of a person drafted, not a new
				// "Information Fawad"
				return p, Why{Rule: "name,first-name", Confidence: 0.5, Note: "“" + toks[a].text + "”: the first name of " + p.Name}
			}
		}
		p := x.reg.person(full, Why{Rule: "new-name,full-name", Confidence: 0.6})
		return p, Why{Rule: "name,surname", Confidence: 0.6, Note: "“" + toks[a].text + "”: " + full + " in the article"}
	}
	if x.employerSomewhere(toks[a:b]) {
		// "Harbour Line announced": written elsewhere as "Harbour Line CEO X"
		e := x.reg.organization(bare, "other", Why{Rule: "employer-name", Confidence: 0.5, Note: "written before a company title (CEO, chairman, board) in the article"})
		return e, Why{Rule: "organization-name", Confidence: 0.5}
	}
	if p := x.personAtEnd(toks, a, b); p != nil {
		// "Lok Sabha Ann Rao on Monday said", after "Leader of Opposition in":
		// the end of a long title, then a person the article names in full
		return p, Why{Rule: "name,after-title", Confidence: 0.6, Note: "“" + text + "”: " + p.Name + " after the words of a title"}
	}
	return x.reg.person(bare, Why{Rule: "new-name", Confidence: conf}), Why{Rule: "name", Confidence: conf}
}

// employerSomewhere says whether the article writes the words of name
// (from the first capitalized one) right before a company title: "Harbour
// Line CEO Mark Tolland", "Harbour Line’s board".
func (x *extractor) employerSomewhere(name []tok) bool {
	for len(name) > 0 && !isCap(name[0]) {
		name = name[1:]
	}
	if len(name) == 0 {
		return false
	}
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
	next:
		for k := 0; k+len(name) < len(toks); k++ {
			for i, t := range name {
				if toks[k+i].text != t.text {
					continue next
				}
			}
			j := k + len(name)
			if toks[j].text == "’s" && j+1 < len(toks) {
				j++
			}
			switch lower(toks[j]) {
			case "ceo", "coo", "cfo", "chairman", "chairwoman", "board", "spokesman", "spokeswoman", "spokesperson", "shares", "shareholders", "employees":
				return true
			}
		}
	}
	return false
}

func isAcronym(s string) bool {
	if len([]rune(s)) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '.' && r != '&' {
			return false
		}
	}
	return true
}

// subjectPerson finds a known person who is the subject of a sentence:
// the noun phrase at its start, after a conjunction or after an
// introductory phrase ("In his address, Zelenskiy ...").
func (x *extractor) subjectPerson(s *sentence) *Entity {
	toks := s.toks
	if s.headline || len(toks) == 0 {
		return nil
	}
	starts := []int{0}
	if w := lower(toks[0]); w == "but" || w == "and" || w == "yet" || w == "so" {
		starts = append(starts, 1)
	}
	if len(toks) > 2 && lower(toks[0]) == "date" && isISODate(toks[1].text) {
		starts = append(starts, 2) // "date 2018-10-21 Anna Berg has ...": a page's date line
	}
	if len(toks) > 1 && isNameTok(toks[1]) && (isAcronym(toks[0].text) && len(toks[0].text) >= 3 || isDigits(toks[0].text)) {
		// "DANCING Anna Berg was ...": a kicker in capitals; "1 Anna Berg
		// lifts the cup": a photo caption's number
		starts = append(starts, 1)
	}
	if f := frontedAdverbial(toks); f > 0 {
		starts = append(starts, f) // "This time Ann Lee did not" (x-speakers5)
	}
	commas := 0
	for k := 0; k < len(toks) && k < 15 && commas < 2; k++ {
		if toks[k].text == "," && !x.d.inQuote(toks[k].Start) {
			// "Meanwhile, in a letter to staff, Holm was ...": after one or
			// two introductory phrases
			starts = append(starts, k+1)
			commas++
		}
	}
	for n, a := range starts {
		clause := n == 0 || toks[a-1].text != "," // the sentence's own start, not after an introduction
		a = describedName(toks, a)
		b := npRight(toks, a)
		if b > a && b+1 < len(toks) && toks[b].text == "’s" && isNameTok(toks[b+1]) {
			// "Antwerp’s Van den Bergh, 26, banked": a place's or team's person
			a = b + 1
			b = npRight(toks, a)
		} else if b > a && possessedNamed(toks, b-1) {
			// "Holt’s coach, Tom Berg, was in tears": the coach (x-quotes4)
			h := b + 2
			for h < len(toks) && toks[h].text != "," {
				h++
			}
			a = h + 1
			b = npRight(toks, a)
		}
		for a < b-1 && (honorifics[lower(toks[a])] || toks[a].text == ".") {
			a++ // "Ms. Adeyemi"
		}
		if b <= a {
			continue
		}
		for k := a; k < b; k++ {
			if t, ok := x.parseTitled(toks, k); ok && t.nameEnd == b {
				return x.reg.lookup(joinToks(toks[t.nameStart:t.nameEnd]), KindPerson)
			}
		}
		if e := x.reg.lookup(joinToks(toks[a:b]), KindPerson); e != nil {
			return e
		}
		if e := x.surnameSubject(toks, a, b); clause && e != nil {
			return e // "Brun thanked her.": the surname of a person drafted (x-quotes4)
		}
		if clause && x.looksLikeFullName(toks, a, b) && !itsSubject(toks, b) && !companyWords[lower(toks[b-1])] {
			// "Martin O’Neill jumped and leapt about": a full name as the
			// subject, drafted only if a pronoun later makes it a speaker
			return x.reg.person(joinToks(toks[a:b]), Why{Rule: "subject-name", Confidence: 0.6})
		}
	}
	return nil
}

// looksLikeFullName says whether toks[a:b] reads as a person's full name
// at the start of a clause: two or three capitalized words, none a
// title, an organization or thing word, a nationality, a place or an
// acronym, followed by a lower-case word (the verb).
func (x *extractor) looksLikeFullName(toks []tok, a, b int) bool {
	apposition := b+1 < len(toks) && toks[b].text == "," && (lower(toks[b+1]) == "a" || lower(toks[b+1]) == "an" || isDigits(toks[b+1].text))
	if b-a < 2 || b-a > 5 || b >= len(toks) || !(toks[b].word && !isCap(toks[b]) || apposition) {
		return false // (a verb follows, or "Ole Dahl, a local fisherman, was")
	}
	particles := 0
	for k, t := range toks[a:b] {
		w := lower(t)
		if k > 0 && !isCap(t) && nameParticles[w] {
			particles++
			continue
		}
		if !isNameTok(t) || orgSuffixes[w] || orgHeadNouns[w] || thingNouns[w] || isDemonym(t.text) || isAcronym(t.text) || honorifics[w] {
			return false
		}
		if _, st := stateOf(t.text); st {
			return false
		}
	}
	if b-a-particles > 3 {
		return false
	}
	name := joinToks(toks[a:b])
	if _, st := stateOf(name); st || x.reg.lookup(name, KindOrganization, KindTerritory) != nil || x.isInstitution(name) {
		return false
	}
	if _, c := countryName(name); c || regionName(name) {
		return false // "Saudi Arabia sent", "South Ossetia lies"
	}
	return true
}

// appositionSubject finds the subject of a cue at toks[k+1] that an
// apposition in commas separates from it, when the apposition itself holds
// commas: "Kellogg, a retired lieutenant general who served in Vietnam,
// Panama and Iraq, said". The subject opens the clause and is a name; the
// apposition starts with an article, "who" or a title word.
func appositionSubject(toks []tok, k int) (int, int, bool) {
	cs := 0
	if cs < len(toks) && (lower(toks[cs]) == "but" || lower(toks[cs]) == "and") {
		cs++
	}
	for m := cs + 1; m < k-1; m++ {
		if toks[m].text != "," {
			continue
		}
		if npLeft(toks, m) != cs || !isNameTok(toks[m-1]) {
			return 0, 0, false
		}
		n := lower(toks[m+1])
		age := len(n) <= 3 && n != "" && n[0] >= '0' && n[0] <= '9' // "Name, 26, from County Tyrone, said"
		if !(n == "a" || n == "an" || n == "the" || n == "who" || age || roleModifiers[n] || pastMarkers[n] || roleHeads[n]) {
			return 0, 0, false
		}
		for q := m + 1; q < k; q++ {
			passive := q > 0 && passiveAux[lower(toks[q-1])] // "who was said to be dancing"
			if isCloseQuote(toks[q].text) || isOpenQuote(toks[q].text) || hasKey(cueVerbs, lower(toks[q])) && !passive {
				return 0, 0, false
			}
		}
		a := cs
		for a < m-1 && (honorifics[lower(toks[a])] || toks[a].text == ".") {
			a++
		}
		return a, m, true
	}
	return 0, 0, false
}

// jointSpeakers reads "Richard Hale and Joan Mercer", "Hale and Mercer":
// names joined by "and", each a person (or each a state), who spoke
// together. It returns the first and the others.
func (x *extractor) jointSpeakers(s *sentence, a, b int) (*Entity, []*Entity, bool) {
	toks := s.toks
	var parts [][2]int
	from := a
	for k := a; k <= b; k++ {
		if k == b || lower(toks[k]) == "and" || toks[k].text == "," {
			if k == from {
				return nil, nil, false
			}
			parts = append(parts, [2]int{from, k})
			from = k + 1
			if k+1 < b && lower(toks[k+1]) == "and" {
				from = k + 2
				k++
			}
		}
	}
	if len(parts) < 2 {
		return nil, nil, false
	}
	var ents []*Entity
	persons := 0
	for _, p := range parts {
		name := ""
		for q := p[0]; q < p[1]; q++ {
			t := toks[q]
			if t.text == "." && q > p[0] && initialDot(toks, q-1) == 1 {
				continue
			}
			if !isNameTok(t) || orgSuffixes[lower(t)] {
				return nil, nil, false
			}
		}
		name = joinToks(toks[p[0]:p[1]])
		if st, ok := stateOf(name); ok {
			ents = append(ents, x.reg.state(st, Why{Rule: "state", Confidence: 0.8}))
			continue
		}
		if e, _, ok := x.placeSpeaker(name); ok {
			if e == nil {
				return nil, nil, false // a region among them: no joint speakers
			}
			ents = append(ents, e) // "Armenia and Azerbaijan agreed": two states
			continue
		}
		if e := x.reg.lookup(name, KindOrganization); e != nil {
			return nil, nil, false
		}
		ents = append(ents, x.reg.person(name, Why{Rule: "joint-speakers", Confidence: 0.6}))
		persons++
	}
	if persons != 0 && persons != len(ents) {
		return nil, nil, false // a person and a state: not one kind of speaker
	}
	return ents[0], ents[1:], true
}

// demonymNouns name a person by nationality: never a speaker's name.
var demonymNouns = map[string]bool{
	"frenchman": true, "frenchwoman": true, "englishman": true, "englishwoman": true, "irishman": true,
	"irishwoman": true, "scotsman": true, "scotswoman": true, "welshman": true, "welshwoman": true,
	"dutchman": true, "dutchwoman": true, "spaniard": true, "dane": true, "swede": true, "finn": true,
	"pole": true, "briton": true, "scot": true, "kiwi": true, "aussie": true, "brit": true,
}

// lexiconDemonym says whether w is a nationality adjective of the lexicon.
func lexiconDemonym(w string) bool {
	for _, s := range states {
		if s.demonym == w {
			return true
		}
	}
	return false
}

// isDemonym says whether a capitalized word is a nationality adjective:
// one of the lexicon's, or shaped like one (-ese, -ian, -ish, -ean).
func isDemonym(w string) bool {
	for _, s := range states {
		if s.demonym == w {
			return true
		}
	}
	r := []rune(w)
	if len(r) < 5 || !unicode.IsUpper(r[0]) || isAcronym(w) {
		return false
	}
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "ish") || strings.HasSuffix(l, "ian") && !strings.HasSuffix(l, "tian") && !ianNames[l]
}

// ianNames are given names shaped like a nationality ("Brian Richmond at
// the Museum told": a person, x-quotes4).
var ianNames = map[string]bool{
	"brian": true, "adrian": true, "damian": true, "julian": true, "vivian": true, "lillian": true,
	"gillian": true, "marian": true, "fabian": true, "florian": true, "kilian": true, "killian": true,
	"dorian": true, "lucian": true, "maximilian": true, "cyprian": true, "jillian": true,
}

// fullNameOf finds the full name a surname stands for: capitalized
// words right before it somewhere in the body ("Keith Kellogg"), the
// longest; "" when the article never gives one.
func (x *extractor) fullNameOf(surname string) string {
	best := ""
	if isAcronym(surname) {
		return "" // "NEW YORK (AP)": a dateline in capitals, no one's name
	}
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if toks[k].text != surname {
				continue
			}
			a := k
			// (only the lexicon's nationalities: "Damian", "Julian" are
			// shaped like one but are first names)
			for a > 0 && k-a < 3 && isNameTok(toks[a-1]) && !honorifics[lower(toks[a-1])] && !lexiconDemonym(toks[a-1].text) && !demonymNouns[lower(toks[a-1])] && !orgSuffixes[lower(toks[a-1])] {
				a--
			}
			if a > 0 && toks[a-1].text == "." && a > 1 && initialDot(toks, a-2) == 1 {
				a -= 2 // "Mary K. Walsh"
			}
			if a == 0 && x.openerNoName(si) {
				a = 1 // "Urged Dockers to return": a subheading's verb (h_layout.go)
			}
			if a > 0 && lower(toks[a-1]) == "the" && k+1 < len(toks) && isNameTok(toks[k+1]) {
				continue // "the United Arab Emirates": a thing's name, no "Arab" in it
			}
			for p := k - 1; p >= a; p-- {
				if _, st := stateOf(joinToks(toks[a : p+1])); st {
					a = p + 1 // "the United States Keith Kellogg": the state is no first name
					break
				}
			}
			if f := k + 1; a < k && f < len(toks) && isNameTok(toks[f]) && !isAcronym(toks[f].text) {
				if w := strings.TrimSuffix(lower(toks[f]), "."); companyWords[w] || orgSuffixes[w] || orgHeadNouns[w] {
					continue // "Dow Corning Corporation": a company's name, no person's
				}
				// "Nisar" of "Chaudhry Nisar Ali Khan": a middle name; the
				// whole name when it is drafted, never its beginning (rule
				// middle-name; a first name is firstNameOf's)
				for f < len(toks) && f-k <= 3 && isNameTok(toks[f]) {
					f++
				}
				if n := joinToks(toks[a:f]); x.reg.lookup(n, KindPerson) != nil && names.Normalize(x.reg.lookup(n, KindPerson).Name) == names.Normalize(n) {
					if len(n) > len(best) {
						best = n
					}
					continue
				}
			}
			if a < k {
				if n := joinToks(toks[a : k+1]); len(n) > len(best) {
					best = n
				}
			}
		}
	}
	return best
}

// titledSomewhere says whether the article writes word after a title or
// an honorific ("President Putin", "Mr Holm"): then it is a person's name.
func (x *extractor) titledSomewhere(word string) bool {
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if toks[k].text != word {
				continue
			}
			p := k - 1
			if toks[p].text == "." && p > 0 {
				p--
			}
			if w := lower(toks[p]); honorifics[w] || roleHeads[w] || abbreviatedTitles[w] != "" {
				return true
			}
		}
	}
	return false
}

// anaphoricOrgNouns refer back to an organization: "the company said".
var anaphoricOrgNouns = map[string]bool{"company": true, "firm": true, "group": true, "bank": true, "club": true, "agency": true, "carrier": true, "airline": true, "retailer": true, "insurer": true, "maker": true, "team": true, "government": false}

// lastOrganizationBefore is the drafted or known organization (not a
// state) whose name occurs last before offset at.
func (x *extractor) lastOrganizationBefore(at int) *Entity {
	before := string(x.d.rs[:at])
	var best *Entity
	bestAt := -1
	for _, e := range x.reg.all {
		if e.Kind != KindOrganization || e.Sub == "state" || e.Sub == "collective" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(n) < 2 || !unicode.IsUpper([]rune(n)[0]) {
				continue
			}
			if i := strings.LastIndex(before, n); i > bestAt {
				best, bestAt = e, i
			}
		}
	}
	return best
}

// placeSomewhere says whether the article writes word as a place: after
// in/at/from/near, or after "City," ("in Flint, Michigan").
func (x *extractor) placeSomewhere(word string) bool {
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if toks[k].text != word {
				continue
			}
			p := lower(toks[k-1])
			if p == "in" || p == "at" || p == "from" || p == "near" || p == "across" {
				return true
			}
			if p == "," && k >= 2 && isCap(toks[k-2]) && k+1 < len(toks) && toks[k+1].text == "," {
				return true
			}
		}
	}
	return false
}

// corporateSomewhere says whether the article writes word before a
// company suffix ("Cisco Systems Inc", "Boeing Co.").
func (x *extractor) corporateSomewhere(word string) bool {
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].text != word {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				switch strings.TrimSuffix(lower(toks[j]), ".") {
				case "inc", "corp", "co", "ltd", "plc", "group", "systems", "llc", "ag", "sa":
					return true
				case "ceo", "coo", "cfo", "chairman", "chairwoman", "board", "spokesman", "spokeswoman", "spokesperson", "shares", "stock":
					// "Boeing CEO Dave Calhoun", "Boeing shares": the word names an employer
					return j == k+1
				}
				if !isCap(toks[j]) {
					break
				}
			}
		}
	}
	return false
}

// mediaNouns end the names of outlets and bodies written with "the":
// "the Wall Street Journal", "the Harbour Gazette".
var mediaNouns = map[string]bool{
	"journal": true, "times": true, "post": true, "news": true, "guardian": true, "telegraph": true,
	"herald": true, "tribune": true, "press": true, "gazette": true, "courier": true, "mail": true,
	"express": true, "independent": true, "observer": true, "economist": true, "review": true,
	"chronicle": true, "globe": true, "sun": true, "star": true, "mirror": true, "standard": true,
	"monitor": true, "record": true, "examiner": true, "echo": true, "league": true, "club": true,
	"foundation": true, "university": true, "museum": true, "academy": true, "society": true,
	"center": true, "centre": true, "board": true, "senate": true, "congress": true, "pentagon": true,
	"kremlin": true, "vatican": true, "fund": true, "trust": true, "network": true, "channel": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "systems": true,
}

// nickname says whether the capitalized words toks[a:b], written after
// "the", are a person's nickname ("the Dreammaker", "the Flying Baker"):
// names only, none an outlet's or body's word, an acronym, a state or a
// known organization.
func (x *extractor) nickname(toks []tok, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for _, t := range toks[a:b] {
		w := lower(t)
		if !isNameTok(t) || isAcronym(t.text) || orgSuffixes[w] || mediaNouns[w] || thingNouns[w] || isDemonym(t.text) {
			return false
		}
	}
	name := joinToks(toks[a:b])
	if _, st := stateOf(name); st || x.isInstitution(name) || x.reg.lookup(name, KindOrganization, KindTerritory) != nil {
		return false
	}
	return true
}

// outletSomewhere says whether the article writes "the" + words where an
// outlet stands: "told The Atlantic", "in an interview with The Verge",
// "reported by The Hill", "per The Athletic".
func (x *extractor) outletSomewhere(words []tok) bool {
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
	next:
		for k := 2; k+len(words) < len(toks)+1; k++ {
			if lower(toks[k-1]) != "the" {
				continue
			}
			for i, w := range words {
				if toks[k+i].text != w.text {
					continue next
				}
			}
			switch lower(toks[k-2]) {
			case "told", "to", "by", "with", "per", "via", "for":
				return true
			}
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isISODate: "2018-10-21".
func isISODate(w string) bool {
	p := strings.Split(w, "-")
	return len(p) == 3 && len(p[0]) == 4 && isDigits(p[0]) && isDigits(p[1]) && isDigits(p[2])
}

// describedName skips an article and lower-case adjectives before a
// name: "A tearful Anna Berg", "An emotional Tom Reed" give the index of
// the name; otherwise start.
func describedName(toks []tok, start int) int {
	if start >= len(toks) {
		return start
	}
	if w := lower(toks[start]); w == "the" {
		return theDescribedName(toks, start) // "The veteran defender Ola Sand scored" (x-speakers5)
	} else if w != "a" && w != "an" {
		return start
	}
	k := start + 1
	for k < len(toks) && k <= start+3 && toks[k].word && !isCap(toks[k]) && !roleHeads[lower(toks[k])] && !hasKey(cueVerbs, lower(toks[k])) {
		k++
	}
	if k == start+1 || k+1 >= len(toks) || !isNameTok(toks[k]) || !isNameTok(toks[k+1]) {
		return start // a full name (two words at least) must follow
	}
	return k
}

// placeBeforeCue says whether the noun phrase toks[a:b] right before a cue
// is a place, the object of a preposition of place ("Scientists at the
// Academy in San Francisco have added", "telescopes on Earth have
// confirmed"): not the speaker. A state or known organization there
// still speaks for the people in it ("officials in Moscow said").
func (x *extractor) placeBeforeCue(toks []tok, a, b int) bool {
	if a < 1 || b <= a {
		return false
	}
	switch lower(toks[a-1]) {
	case "in", "on", "at", "near", "across", "outside":
	default:
		return false
	}
	name := strings.TrimPrefix(joinToks(toks[a:b]), "the ")
	if _, st := stateOf(name); st || x.isInstitution(name) || x.reg.lookup(name, KindOrganization) != nil {
		return false
	}
	return true
}

// companyNouns describe a company before its name: "biotech PathoGenesis",
// "the carmaker Volvo".
var companyNouns = map[string]bool{
	"company": true, "firm": true, "biotech": true, "drugmaker": true, "carmaker": true, "automaker": true,
	"retailer": true, "startup": true, "start-up": true, "insurer": true, "airline": true, "carrier": true,
	"manufacturer": true, "maker": true, "chipmaker": true, "planemaker": true, "conglomerate": true,
	"giant": true, "lender": true, "bank": true, "publisher": true, "broadcaster": true, "operator": true,
}

// describedCompanyBefore finds the last company the article introduces
// by a company noun before offset at ("Seattle-based biotech PathoGenesis
// was riding high"): "the company" may refer to it though no cue made it
// an organization of the draft. It drafts the organization.
func (x *extractor) describedCompanyBefore(at int) *Entity {
	var best []tok
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 0; k+1 < len(toks) && toks[k+1].Start < at; k++ {
			if !toks[k].word || isCap(toks[k]) || !companyNouns[lower(toks[k])] || !isNameTok(toks[k+1]) {
				continue
			}
			_, e := namesAt(toks, k+1)
			if e-(k+1) <= 3 {
				best = toks[k+1 : e]
			}
		}
	}
	if best == nil {
		return nil
	}
	name := joinToks(best)
	if _, st := stateOf(name); st || x.reg.lookup(name, KindPerson) != nil {
		return nil
	}
	return x.reg.organization(name, "other", Why{Rule: "described-company", Confidence: 0.5, Note: "introduced as a company (“" + name + "” after a company noun)"})
}

// singularDemonym: a nationality word that, after "the", is one person
// ("the American", "the Belgian", "the Israeli"); "the Chinese", "the
// French", "the Swiss" are the nation or its side.
func singularDemonym(w string) bool {
	l := strings.ToLower(w)
	return isDemonym(w) && (strings.HasSuffix(l, "an") || strings.HasSuffix(l, "i"))
}

// appositiveName reads a full name set beside a description that ends
// before toks[e]: lower-case title words up to a comma, then two to four
// name words that end the clause ("the company’s chief executive, Karl
// Holm."). It returns the name's tokens, or an empty range.
func appositiveName(toks []tok, e int) (int, int) {
	k := e
	for k < len(toks) && k < e+3 && toks[k].word && !isCap(toks[k]) && (roleHeads[lower(toks[k])] || roleModifiers[lower(toks[k])]) {
		k++
	}
	if k >= len(toks) || toks[k].text != "," {
		return 0, 0
	}
	return nameAfterComma(toks, k)
}

// nameAfterComma reads the person's name after the comma at toks[k]: two
// to four name words, none an acronym, an organization suffix or a thing,
// ending the clause (a comma, a full stop or a closing mark). It returns
// the name's tokens, or an empty range.
func nameAfterComma(toks []tok, k int) (int, int) {
	a, b := namesAt(toks, k+1)
	if b-a < 2 || b-a > 4 {
		return 0, 0
	}
	for _, t := range toks[a:b] {
		if isAcronym(t.text) || orgSuffixes[lower(t)] || thingNouns[lower(t)] {
			return 0, 0
		}
	}
	if b < len(toks) && toks[b].text != "," && toks[b].text != "." && !isCloseQuote(toks[b].text) {
		return 0, 0
	}
	return a, b
}

// statementAuthor finds the first full name after "statement from" (or
// "letter from", ...) before a cue at toks[i]: [a, b), else a == b.
func statementAuthor(toks []tok, i int) (int, int) {
	for m := 0; m+1 < i; m++ {
		if !media[lower(toks[m])] || lower(toks[m+1]) != "from" {
			continue
		}
		for a := m + 2; a < i && a <= m+5; a++ {
			if !isNameTok(toks[a]) {
				continue
			}
			b := a
			for b < i && isNameTok(toks[b]) {
				b++
			}
			if b-a >= 2 && b-a <= 3 {
				return a, b
			}
			return 0, 0 // an organization's name or a single word: left to the other rules
		}
	}
	return 0, 0
}

// nameObjectPrepositions take a noun phrase as object: a name right after one,
// before a cue, is not the cue's subject.
var nameObjectPrepositions = map[string]bool{"to": true, "against": true, "with": true, "over": true, "after": true, "before": true, "than": true}

// datelineEnd is the index after a dateline that opens a sentence
// ("Kathmandu: ...", "OSLO: ..."), else 0.
func datelineEnd(toks []tok) int {
	if len(toks) > 2 && isCap(toks[0]) && toks[1].text == ":" {
		return 2
	}
	return 0
}

// firstNameOf is the one drafted person whose name of two or three words
// begins with word, else nil.
func (x *extractor) firstNameOf(word string) *Entity {
	var found *Entity
	for _, e := range x.reg.all {
		f := strings.Fields(e.Name)
		if e.Kind != KindPerson || len(f) < 2 || len(f) > 3 || f[0] != word {
			continue
		}
		if found != nil && found != e {
			return nil // two people of that first name: no guess
		}
		found = e
	}
	return found
}
