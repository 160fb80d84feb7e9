package extract

import (
	"strings"

	"kb/internal/names"
)

// Rules of the fifth session's speaker work (branch x-speakers5): who a
// description, a particle surname or a pronoun after a fronted adverbial
// refers to. Each is named in the draft's comments.

// particleSurname reads a surname that opens with lower-case particles
// right after a cue ("said van Gaal", "added de la Cruz"): the person of
// the article whose full name ends with it (rule name-particle). With no
// such full name in the article it says nothing: a bare surname is never
// drafted as a person of its own. b is the end of the surname.
func (x *extractor) particleSurname(toks []tok, j int) (*Entity, int) {
	k := j
	for k < len(toks) && k-j < 3 && toks[k].word && !isCap(toks[k]) && nameParticles[toks[k].text] {
		k++
	}
	if k == j || k >= len(toks) || !isNameTok(toks[k]) {
		return nil, j
	}
	b := k + 1
	for b < len(toks) && b-k < 2 && isNameTok(toks[b]) {
		b++
	}
	surname := joinToks(toks[j:b])
	for _, e := range x.reg.all {
		if e.Kind == KindPerson && strings.HasSuffix(e.Name, " "+surname) {
			return e, b
		}
	}
	// a full name in the text ending with the surname, drafted now
	want := toks[j:b]
	for si := range x.d.sents {
		ts := x.d.sents[si].toks
	next:
		for i := 1; i+len(want) <= len(ts); i++ {
			for n := range want {
				if ts[i+n].text != want[n].text {
					continue next
				}
			}
			a := i
			for a > 0 && i-a < 2 && isNameTok(ts[a-1]) && !honorifics[lower(ts[a-1])] && !roleHeads[lower(ts[a-1])] && !isDemonym(ts[a-1].text) {
				a--
			}
			if a == i || a == 0 && i-a > 1 {
				continue
			}
			full := joinToks(ts[a : i+len(want)])
			if e := x.reg.lookup(full, KindPerson); e != nil && names.Normalize(e.Name) == names.Normalize(full) {
				return e, b
			}
			return x.reg.person(full, Why{Rule: "name-particle", Confidence: 0.7, Note: "the full name of “" + surname + "”"}), b
		}
	}
	return nil, j
}

// descriptionAdjectives stand between "the" and the head of a description
// of a person ("the former Ajax coach", "the veteran midfielder", "the
// reigning champion"): lower-case words that say what the person is or
// was, never who. Ages ("the 23-year-old striker") and counts ("the
// two-time winner") are read by descriptionAdjective too.
var descriptionAdjectives = map[string]bool{
	"former": true, "ex": true, "veteran": true, "experienced": true, "long-serving": true, "longtime": true,
	"long-time": true, "outgoing": true, "incoming": true, "new": true, "young": true, "old": true,
	"retired": true, "legendary": true, "seasoned": true, "embattled": true, "beleaguered": true,
	"current": true, "reigning": true, "defending": true, "newly-appointed": true, "newly": true, "appointed": true,
	"elected": true, "beaten": true, "victorious": true, "triumphant": true, "disappointed": true,
	"jubilant": true, "delighted": true, "frustrated": true, "angry": true, "furious": true, "emotional": true,
	"tearful": true, "relieved": true, "proud": true, "confident": true, "defiant": true, "unrepentant": true,
	"under-fire": true, "under-pressure": true, "controversial": true, "outspoken": true, "influential": true,
	"charismatic": true, "popular": true, "respected": true, "renowned": true, "prominent": true,
	"celebrated": true, "iconic": true, "star": true, "talented": true, "prolific": true, "towering": true,
	"record-breaking": true, "world-record": true, "record": true, "fastest": true, "oldest": true, "youngest": true,
	"injured": true, "fit-again": true, "returning": true, "departing": true, "sacked": true, "ousted": true,
	"deposed": true, "exiled": true, "jailed": true, "convicted": true, "acquitted": true, "accused": true,
}

// descriptionAdjective says whether w may stand in a description of a
// person before its head: an adjective of the list, an age ("23-year-old")
// or a count of titles ("two-time", "three-times").
func descriptionAdjective(w string) bool {
	if descriptionAdjectives[w] || isAgeNoun(w) {
		return true
	}
	for _, suf := range []string{"-time", "-times"} {
		if n := strings.TrimSuffix(w, suf); n != w && (numberWords[n] || isDigits(n)) {
			return true
		}
	}
	return false
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "multiple": true}

// descriptionStart widens the noun phrase toks[a:end] of a cue's subject
// over description adjectives to the "the" before them: "the former
// Nurnberg coach", "the veteran midfielder" (rule description, with the
// adjectives). a is returned unchanged unless "the" is reached within
// three words and the phrase ends in a person's role or a person noun.
func descriptionStart(toks []tok, a, end int) int {
	if a <= 0 || a >= end {
		return a
	}
	head := lower(toks[end-1])
	if isCap(toks[end-1]) || !(roleHeads[head] || personNouns[head] || isAgeNoun(head)) {
		return a
	}
	for i := a - 1; i >= 0 && i >= a-3; i-- {
		w := lower(toks[i])
		if w == "the" {
			if i == a-1 {
				return a // npLeft keeps "the" itself; nothing to widen
			}
			return i
		}
		if !toks[i].word || isCap(toks[i]) && i > 0 || !descriptionAdjective(w) {
			return a
		}
	}
	return a
}

// genericLeaders name the person at the head of a body, club, country or
// firm without saying which office: "the NATO chief", "the Wolfsburg
// boss". Headline and sports writers swap them for the office itself
// ("NATO Secretary-General", "Wolfsburg manager"), and the office for them.
var genericLeaders = map[string]bool{"chief": true, "boss": true, "head": true, "leader": true, "supremo": true, "chieftain": true}

// leaderOffices are the offices a generic leader noun may stand for.
var leaderOffices = map[string]bool{
	"president": true, "chairman": true, "chairwoman": true, "chair": true, "chairperson": true,
	"secretary-general": true, "director-general": true, "director": true, "ceo": true,
	"manager": true, "coach": true, "premier": true, "chancellor": true, "governor": true,
	"mayor": true, "commissioner": true, "commander": true,
}

// leaderByModifier is the person a leader description toks[a:b] refers
// to ("the NATO chief", "the Wolfsburg manager"): the one person titled,
// before it, with every capitalized modifier of the description and an
// office that a generic leader noun stands for, or the other way round,
// or two generic leader nouns ("the NATO boss", "NATO chief");
// nil when nobody or more than one person is (rule description-leader).
func (x *extractor) leaderByModifier(toks []tok, a, b int) *Entity {
	head := lower(toks[b-1])
	if b-a < 2 || isCap(toks[b-1]) || !genericLeaders[head] && !leaderOffices[head] {
		return nil
	}
	var mods []string
	for _, t := range toks[a : b-1] {
		w := lower(t)
		if w == "the" || !t.word {
			continue
		}
		if isCap(t) {
			mods = append(mods, w)
		} else if !descriptionAdjective(w) && !roleModifiers[w] {
			return nil // "the club's new chief": words the titles cannot hold
		}
	}
	if len(mods) == 0 {
		return nil
	}
	var found *Entity
	for _, r := range x.out.Roles {
		if r.Person == nil || r.at.Start >= toks[a].Start {
			continue
		}
		tw := strings.Fields(strings.ToLower(strings.ReplaceAll(r.Title, "’s", "")))
		ok := len(tw) > 0
		for _, m := range mods {
			ok = ok && containsString(tw, m)
		}
		if !ok {
			continue
		}
		last := tw[len(tw)-1]
		if n := len(tw); n > 1 && (tw[n-2] == "chief" && last == "executive" || tw[n-2] == "prime" && last == "minister") {
			last = "ceo" // "chief executive", "prime minister": offices of two words
		}
		if !(genericLeaders[head] && (leaderOffices[last] || genericLeaders[last]) || leaderOffices[head] && genericLeaders[last]) {
			continue
		}
		if found != nil && found != r.Person {
			return nil // two people fit: no guess
		}
		found = r.Person
	}
	return found
}

// frontedTimeWords open a sentence as a time adverbial without a comma
// ("Afterwards Ann Lee said", "Later she wrote").
var frontedTimeWords = map[string]bool{
	"afterwards": true, "afterward": true, "later": true, "earlier": true, "yesterday": true, "today": true,
	"tonight": true, "now": true, "then": true, "meanwhile": true, "finally": true, "eventually": true,
	"previously": true, "recently": true, "once": true, "again": true, "instead": true, "subsequently": true,
}

// frontedPeriods follow this/that/last/next/every in a fronted time
// adverbial ("This time", "Last night", "That season").
var frontedPeriods = map[string]bool{
	"time": true, "night": true, "week": true, "weekend": true, "month": true, "year": true, "season": true,
	"morning": true, "afternoon": true, "evening": true, "day": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "term": true, "round": true, "race": true, "match": true,
}

// frontedAdverbial is the index of the first word after a time adverbial
// that opens a sentence with no comma after it ("This time Ann Lee did
// not ease up", "On Sunday night Ann Lee won", "Earlier this year Ann Lee
// said"), or 0: the subject that follows is what a later "she" refers to
// (rule subject-after-adverbial).
func frontedAdverbial(toks []tok) int {
	w := func(i int) string {
		if i < len(toks) && toks[i].word {
			return lower(toks[i])
		}
		return ""
	}
	k := 0
	switch first := w(0); {
	case first == "earlier" || first == "later":
		k = 1
		if d := w(1); (d == "this" || d == "that" || d == "last" || d == "next") && frontedPeriods[w(2)] {
			k = 3 // "Earlier this year"
		}
	case frontedTimeWords[first]:
		k = 1
	case first == "this" || first == "that" || first == "last" || first == "next" || first == "every" || first == "each":
		if frontedPeriods[w(1)] || weekdayIndex(w(1)) >= 0 {
			k = 2
		}
	case first == "on" || first == "by" || first == "until":
		if weekdayIndex(w(1)) >= 0 || monthIndex(w(1)) >= 0 {
			k = 2
			if frontedPeriods[w(2)] || isDigits(w(2)) {
				k = 3 // "On Sunday night", "On May 3"
			}
		}
	case weekdayIndex(first) >= 0:
		if frontedPeriods[w(1)] {
			k = 2 // "Sunday night Ann Lee won"
		}
	}
	if k == 0 || k >= len(toks) || !isNameTok(toks[k]) {
		return 0
	}
	return k
}

// theDescribedName is the start of the full name after a definite
// description that opens a clause ("The veteran defender Ola Sand
// scored", "the 34-year-old striker Ann Lee"): "the", description
// adjectives, a person's role or a person noun, then two name words. It is
// start when the words are otherwise.
func theDescribedName(toks []tok, start int) int {
	k := start + 1
	for k < len(toks) && k <= start+3 && toks[k].word && !isCap(toks[k]) && (descriptionAdjective(lower(toks[k])) || roleModifiers[lower(toks[k])]) {
		k++
	}
	if k >= len(toks) || !toks[k].word || isCap(toks[k]) || !(roleHeads[lower(toks[k])] || personNouns[lower(toks[k])]) {
		return start
	}
	k++
	if k+1 >= len(toks) || !isNameTok(toks[k]) || !isNameTok(toks[k+1]) {
		return start // a full name (two words at least) must follow
	}
	return k
}

// honorificEnd is the index after the honorifics (and their full stops)
// that open toks[a:b] ("Dr Di Fox", "Mr. Tom Reed"), or a.
func honorificEnd(toks []tok, a, b int) int {
	for a < b-1 && (honorifics[lower(toks[a])] || toks[a].text == "." && a > 0 && honorifics[lower(toks[a-1])]) {
		a++
	}
	return a
}

// companyFullName is, for a single capitalized word that speaks ("Kraft
// said", "American last week said"), the company whose full name the
// article writes as that word and a company word ("Kraft Foods",
// "American Airlines"), before or after it; nil when it writes none
// (rule company-short-name). A company drafted before under its full name
// is that one; else the company is drafted as the article names the
// speaker, the full name its alias. A nationality that opens a company's
// name is that company's short name, never a person or a people, and the
// company is drafted under its full name.
func (x *extractor) companyFullName(word string) *Entity {
	for si := range x.d.sents {
		ts := x.d.sents[si].toks
		for i := 0; i+1 < len(ts); i++ {
			if ts[i].text != word || i > 0 && isNameTok(ts[i-1]) {
				continue
			}
			e := i + 1
			for e < len(ts) && e-i <= 3 && isNameTok(ts[e]) {
				e++
			}
			for h := e; h > i+1; h-- {
				if w := strings.TrimSuffix(lower(ts[h-1]), "."); companyWords[w] && !corporateSuffixes[w] {
					full := joinToks(ts[i:h])
					if o := x.reg.lookup(full, KindOrganization); o != nil {
						return o
					}
					if isDemonym(word) {
						// "American": never an organization named by a nationality alone
						return x.reg.organization(full, "other", Why{Rule: "company-name", Confidence: 0.6, Note: "“" + lower(ts[h-1]) + "” ends a company's name"})
					}
					// drafted as the article names the speaker, the full name its alias
					o := x.reg.organization(word, "other", Why{Rule: "company-short-name", Confidence: 0.55, Note: "written in full as " + full + " in the article"})
					if !o.Known && !containsString(o.Aliases, full) {
						o.Aliases = append(o.Aliases, full)
						x.reg.index(o, full)
					}
					return o
				}
			}
		}
	}
	return nil
}

// companyNote says, for the draft's comment, which full name a company's
// short name stands for.
func companyNote(word string, e *Entity) string {
	full := e.Name
	if full == word && len(e.Aliases) > 0 {
		full = e.Aliases[len(e.Aliases)-1]
	}
	return "“" + word + "”: the company the article names in full as " + full
}

// jointPronoun resolves "they" to the joint speakers of the sentence
// before or the one before that ("Lee and Ray said in a memo … They said
// …"), one statement for each, when no plural subject came after them
// (rule pronoun-plural,joint); and to a group that spoke in a sentence
// whose subject is another plural ("Astronomers have found X, researchers
// at Y revealed. They said …": rule pronoun-plural,group-speaker).
func (x *extractor) jointPronoun(s *sentence) (*Entity, Why, bool) {
	si := x.sentenceIndex(s)
	if p := x.pro.plural; p != nil && x.pro.spoke != nil && x.pro.spokeSi >= p.si && si > x.pro.spokeSi && si-x.pro.spokeSi <= 2 && x.pro.spokeSi >= x.pro.groupSi {
		// "Astronomers have found X, researchers at Y revealed. They
		// said …": the group that spoke, not the subject it reported
		return x.pro.spoke, Why{Rule: "pronoun-plural,group-speaker", Confidence: 0.5, Note: "“they”: the group that spoke in the sentence before, " + x.pro.spoke.Name}, true
	}
	g := x.pro.group
	if len(g) < 2 {
		return nil, Why{}, false
	}
	if si < x.pro.groupSi || si-x.pro.groupSi > 2 || x.pro.plural != nil && x.pro.plural.si > x.pro.groupSi {
		return nil, Why{}, false
	}
	var ns []string
	for _, e := range g {
		ns = append(ns, e.Name)
	}
	x.joint = g[1:]
	return g[0], Why{Rule: "pronoun-plural,joint", Confidence: 0.5, Note: "“they”: the joint speakers before, " + strings.Join(ns, " and ") + "; one statement for each"}, true
}

// pluralTitleEnd is the index after a plural title that opens toks[a:b]
// before a list of names ("Union leaders Kari Dahl and Ola Brun", "Sens.
// Ann Lee and Bo Ray" is the abbreviated title's), or a: up to two
// capitalized or modifier words, then a lower-case plural of a role
// ("leaders", "ministers", "executives"), then a name.
func pluralTitleEnd(toks []tok, a, b int) int {
	for h := a; h < b-1 && h <= a+2; h++ {
		w := lower(toks[h])
		if toks[h].word && !isCap(toks[h]) && strings.HasSuffix(w, "s") && (roleHeads[strings.TrimSuffix(w, "s")] || pairNouns[w]) {
			if isNameTok(toks[h+1]) {
				return h + 1
			}
			return a
		}
		if !toks[h].word || !isCap(toks[h]) && !roleModifiers[w] {
			return a
		}
	}
	return a
}

// pluralSpeakerNouns are plural nouns of people and of bodies that speak
// together ("carriers say", "lenders expect", "astronomers revealed"):
// added to groupNouns, so each is read as a collective speaker, the
// antecedent of a following "they". Nouns that are also common verbs of
// the third person ("witnesses", "rivals") are left out, and so is
// "airlines", which ends companies' names ("Nova Airlines").
var pluralSpeakerNouns = []string{
	"lenders", "borrowers", "banks", "bankers", "carriers", "insurers", "companies", "firms",
	"businesses", "employers", "retailers", "manufacturers", "producers", "exporters", "importers",
	"automakers", "carmakers", "operators", "landlords", "tenants", "developers", "builders", "traders",
	"brokers", "creditors", "bondholders", "customers", "consumers", "passengers", "travellers",
	"travelers", "patients", "parents", "students", "citizens", "villagers", "locals", "migrants",
	"refugees", "survivors", "officers", "soldiers", "pilots", "players", "coaches", "managers",
	"organisers", "organizers", "astronomers", "historians", "archaeologists", "biologists",
	"physicists", "chemists", "epidemiologists", "virologists", "geologists", "climatologists",
	"academics", "pollsters", "strategists", "advisers", "advisors", "aides", "executives", "directors",
	"employees", "environmentalists", "conservationists", "scholars", "legislators", "councillors",
	"politicians", "opponents", "rebels", "militants", "insurgents", "separatists", "forecasters",
	"meteorologists", "journalists", "reporters", "commentators", "bookmakers", "owners", "specialists",
	"physicians", "surgeons", "psychologists", "demonstrators", "petitioners", "plaintiffs", "defendants",
	"claimants", "mediators", "organizations", "organisations", "agencies", "charities", "airports",
}

func init() {
	for _, w := range pluralSpeakerNouns {
		groupNouns[w] = true
	}
}

// mediumWords are what a speaker said something in ("in their statement
// said", "in a letter to staff wrote").
var mediumWords = map[string]bool{
	"statement": true, "letter": true, "memo": true, "interview": true, "note": true, "post": true,
	"tweet": true, "speech": true, "release": true, "message": true, "email": true, "e-mail": true,
	"video": true, "address": true, "briefing": true, "communique": true, "communiqué": true, "op-ed": true,
	"column": true, "filing": true, "submission": true, "testimony": true, "broadcast": true, "podcast": true,
}

// mediumBefore is the length of "in their statement", "in a joint
// letter", "in an interview" right before the cue at toks[k+1], when a
// subject stands before it ("The four envoys in their statement said"):
// where they said it, never who (rule words-between,medium). 0 otherwise.
func mediumBefore(toks []tok, k int) int {
	if k < 0 || !mediumWords[lower(toks[k])] || isCap(toks[k]) {
		return 0
	}
	for i := k - 1; i >= 1 && i >= k-3; i-- {
		w := lower(toks[i])
		if w == "in" {
			if i == k-1 {
				return 0
			}
			return k - i + 1
		}
		if !(determiners[w] || possessivePronouns[w] || w == "their" || w == "our" || w == "joint" || w == "written" || w == "separate" || w == "brief" || w == "recent") {
			return 0
		}
	}
	return 0
}

// withSubject is the start of the subject of a participle cue in an
// absolute clause opened by "with" ("…, with prosecutors accusing him of
// …", "with analysts warning that …"), or -1 (rule
// participle-cue,with-subject).
func withSubject(toks []tok, i int) int {
	if i < 2 {
		return -1
	}
	a := npLeft(toks, i)
	if a >= i || a < 1 || lower(toks[a-1]) != "with" {
		return hsWithStart(toks, i) // "with Hot & Cold singer X posting" (h_speakers.go)
	}
	return a
}

// countedGroupStart widens a group's noun phrase toks[a:end] over the
// count before it and its "the" ("The four top diplomats said", "two
// senior officials said"): the count is part of who speaks (rule
// collective). a is returned unchanged when no count stands there.
func countedGroupStart(toks []tok, a, end int) int {
	if a < 1 || a >= end || !groupNouns[lower(toks[end-1])] || unnamedGroups[lower(toks[end-1])] {
		return a // ("two sources said": unnamed sources stay "Sources")
	}
	if n := lower(toks[a-1]); !numberWords[n] && !isDigits(n) {
		return a
	}
	a--
	if a >= 1 && lower(toks[a-1]) == "the" {
		a--
	}
	return a
}

// coordinators join two predicates of one subject ("admits … but claims").
var coordinators = map[string]bool{"and": true, "but": true, "or": true, "yet": true}
