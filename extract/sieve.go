package extract

import "strings"

// Rules of the third session's sieve work (branch x-sieve): patterns common
// in news writing in general (wire copy, company news, courts, joint press
// conferences), each named in the draft's comments.

// companyWords end the names of companies ("Nordhavn Shipping", "Vesta
// Airlines", "Halden Holdings"): a name ending in one is an organization,
// never a person (rule company-name).
var companyWords = map[string]bool{
	"airlines": true, "airways": true, "shipping": true, "motors": true, "holdings": true,
	"energy": true, "chemical": true, "chemicals": true, "pharmaceuticals": true, "pharma": true,
	"foods": true, "industries": true, "technologies": true, "telecom": true, "communications": true,
	"insurance": true, "petroleum": true, "steel": true, "mining": true, "logistics": true,
	"electric": true, "bancorp": true, "financial": true, "ventures": true, "labs": true,
	"semiconductor": true, "entertainment": true, "networks": true, "brewery": true, "brewing": true,
	"automotive": true, "aerospace": true, "therapeutics": true, "biosciences": true, "resources": true,
	"investments": true, "securities": true, "railways": true, "inc": true, "ltd": true, "plc": true,
	"llc": true, "corp": true, "co": true, "systems": true, "enterprises": true, "construction": true,
	"lines": true, "freightways": true, // "Nova Air Lines", "Comet Freightways" (x-speakers5)
}

// corporateSuffixes close a company's full name ("Dow Chemical Co"); the
// name drafted leaves them out.
var corporateSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "ag": true, "sa": true}

// namedCompanyBefore is, for "the firm added", the last name before
// offset at that the article writes as a company's somewhere ("Dow
// Chemical's attempt ... Dow Chemical Co v ...": a name before a company
// suffix, CEO, board or shares, or ending in a company word), when no
// drafted organization is named after it; drafted in its corporate form
// without the suffix (rule company-named-before). A person's name, a
// place or a state never qualifies.
func (x *extractor) namedCompanyBefore(at int, noun string) *Entity {
	first, pos := "", -1
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 0; k < len(toks) && toks[k].Start < at; k++ {
			if !isNameTok(toks[k]) || k > 0 && isNameTok(toks[k-1]) {
				continue
			}
			a, e := namesAt(toks, k)
			if e <= a || e-a > 4 {
				continue
			}
			if e-a == 1 && (anaphoricOrgNouns[lower(toks[a])] || orgSuffixes[lower(toks[a])] || groupNouns[lower(toks[a])] || a == 0 && !x.capitalInside(toks[a].text)) {
				continue // "Club chairman X": a common noun opening the sentence
			}
			club := (noun == "club" || noun == "team") && e < len(toks) && clubRoles[lower(toks[e])] // "Harbour Town coach X"
			if companyWords[lower(toks[e-1])] || x.corporateSomewhere(toks[a].text) || a == datelineEnd(toks) && itsSubject(toks, e) || club {
				first, pos = toks[a].text, toks[a].Start
			}
		}
	}
	if first == "" {
		return nil
	}
	if e := x.lastOrganizationBefore(at); e != nil && lastMention(string(x.d.rs[:at]), e) >= pos {
		return nil // the drafted organization is named after it
	}
	// the run that starts with the word: the one written before a company
	// suffix or CEO ("Boeing CEO X", not "Boeing Commercial Airplanes"),
	// else the longest
	var best, corporate []tok
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := range toks {
			if toks[k].text != first || k > 0 && isNameTok(toks[k-1]) {
				continue
			}
			a, e := namesAt(toks, k)
			suffixed := false
			for e > a+1 && corporateSuffixes[strings.TrimSuffix(lower(toks[e-1]), ".")] {
				e--
				suffixed = true
			}
			if !suffixed && e < len(toks) && employerWords[lower(toks[e])] {
				suffixed = true
			}
			if e > a && e-a <= 4 && e-a > len(best) {
				best = toks[a:e]
			}
			if e > a && e-a <= 4 && suffixed && corporate == nil {
				corporate = toks[a:e]
			}
		}
	}
	if corporate != nil {
		best = corporate
	}
	if best == nil {
		return nil
	}
	name := joinToks(best)
	if _, st := stateOf(name); st || x.reg.lookup(name, KindPerson) != nil || x.placeSomewhere(first) || isDemonym(first) {
		return nil
	}
	return x.reg.organization(name, "other", Why{Rule: "company-named-before", Confidence: 0.45, Note: "written as a company's name in the article (a suffix, a company word, “its”, or before CEO, board, shares, or a club role for “the club”)"})
}

// employerWords follow a company's name ("Boeing CEO", "Boeing shares").
var employerWords = map[string]bool{"ceo": true, "coo": true, "cfo": true, "chairman": true, "chairwoman": true, "board": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "shares": true, "stock": true}

// lastMention is the offset of the last of e's names in text, or -1.
func lastMention(text string, e *Entity) int {
	at := -1
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if i := strings.LastIndex(text, n); i > at && len(n) >= 2 {
			at = i
		}
	}
	return at
}

// pronounChain reads "Kerry said ... He is due to meet Foreign Minister
// X on Monday. “...,” he said.": when the sentence before opens with a
// pronoun of the same gender as its subject, both pronouns are one person
// (rule pronoun-chain): the one that pronoun refers to, not the first
// name after it (X is its object). ok is false when ps opens otherwise.
func (x *extractor) pronounChain(ps *sentence, w string, want byte) (*Entity, Why, bool) {
	k := 0
	if k < len(ps.toks) && (lower(ps.toks[k]) == "but" || lower(ps.toks[k]) == "and") {
		k++
	}
	if k >= len(ps.toks) {
		return nil, Why{}, false
	}
	p := lower(ps.toks[k])
	if !(want == 'm' && p == "he" || want == 'f' && p == "she") {
		return nil, Why{}, false
	}
	x.chain++
	e, why := x.personPronoun(ps, p)
	x.chain--
	if e == nil {
		return nil, Why{}, false
	}
	return e, Why{Rule: "pronoun-chain", Confidence: min(why.Confidence, 0.65), Note: "“" + w + "”: the subject “" + p + "” of the sentence before, " + e.Name + " (" + why.Rule + ")"}, true
}

// pairNouns are plural person nouns that "the two …" or "both …" count
// ("the two leaders said", "both ministers told reporters").
var pairNouns = map[string]bool{
	"leaders": true, "ministers": true, "men": true, "women": true, "presidents": true, "officials": true,
	"coaches": true, "managers": true, "players": true, "senators": true, "lawmakers": true, "envoys": true,
	"diplomats": true, "chiefs": true, "executives": true, "premiers": true, "candidates": true, "judges": true,
	"mayors": true, "governors": true, "counterparts": true, "negotiators": true, "founders": true,
}

// pairSpeakers reads "the two leaders said", "both men told reporters"
// (toks[a:b]): the last two people who spoke or were subjects, each given
// the statement (rule joint-description, a guess marked as one). ok is
// false for any other phrase or when fewer than two people came before.
func (x *extractor) pairSpeakers(toks []tok, a, b int) (*Entity, *Entity, string, bool) {
	if a >= 2 && lower(toks[a-1]) == "two" && lower(toks[a-2]) == "the" {
		a -= 2 // the noun phrase read leaves out "the two"
	} else if a >= 1 && lower(toks[a-1]) == "both" {
		a--
	}
	k := a
	if k < b && lower(toks[k]) == "the" {
		k++
		if k >= b || lower(toks[k]) != "two" {
			return nil, nil, "", false
		}
		k++
	} else if k < b && lower(toks[k]) == "both" {
		k++
	} else {
		return nil, nil, "", false
	}
	if b-k < 1 || b-k > 2 || !pairNouns[lower(toks[b-1])] {
		return nil, nil, "", false
	}
	ps := x.pro.persons
	if len(ps) < 2 {
		return nil, nil, "", false
	}
	return ps[len(ps)-2], ps[len(ps)-1], joinToks(toks[a:b]), true
}

// withinQuote says whether sp lies inside one detected quotation, marks
// included: "“Schools come first,” according to X" has no claim of its
// own besides the quote (rule according-to-after-quote).
func (x *extractor) withinQuote(sp span) bool {
	for _, q := range x.d.quotes {
		if q.outer.Start <= sp.Start && sp.End <= q.outer.End {
			return true
		}
	}
	return false
}

// quotedActive is, for "quoted" at toks[k] followed by a short noun phrase
// and "as saying" (telling, stating), the index of "as"; else 0.
func quotedActive(toks []tok, k int) int {
	if lower(toks[k]) != "quoted" {
		return 0
	}
	for a := k + 2; a+1 < len(toks) && a <= k+7; a++ {
		if toks[a].text == "," || isOpenQuote(toks[a].text) || toks[a].text == "." {
			return 0
		}
		if lower(toks[a]) == "as" {
			if w := lower(toks[a+1]); w == "saying" || w == "telling" || w == "stating" {
				return a
			}
			return 0
		}
		if w := lower(toks[a]); (w == "saying" || w == "telling") && a == k+2 && isPronoun(lower(toks[k+1])) {
			return a // "quoted him saying that": the pronoun only, no "as" (x-quotes4)
		}
	}
	return 0
}

// framingTail says whether toks[j:] is only a phrase that frames the
// attribution ("as saying during a press conference here."): it opens with
// a preposition and holds no comma, quotation or "that".
func framingTail(toks []tok, j int) bool {
	if j >= len(toks) || !(prepositions[lower(toks[j])] || adverbialStarts[lower(toks[j])]) {
		return false
	}
	for k := j; k < len(toks); k++ {
		if t := toks[k].text; t == "," || isOpenQuote(t) || lower(toks[k]) == "that" {
			return false
		}
	}
	return true
}

// invertedAtEnd says whether a cue after a comma is followed by its
// speaker and the sentence's end only: "…, reported Tolo News.", "…, said
// the ministry on Tuesday." (rule speaker-after-cue,inverted-trailing).
func invertedAtEnd(toks []tok, c *cue) bool {
	if c.i < 1 || toks[c.i-1].text != "," || c.j >= len(toks) {
		return false
	}
	if !(isNameTok(toks[c.j]) || lower(toks[c.j]) == "the") {
		return false
	}
	e := npRight(toks, c.j)
	for e < len(toks) && isTimeWord(toks, e) {
		e++
	}
	return e > c.j && (e == len(toks) || e == len(toks)-1 && toks[e].text == ".")
}

// outletWords end the names of news outlets ("Tolo News", "the Kesk
// Herald"): a name of two words or more ending in one is an outlet (rule
// outlet-name), never a person. Words that are also surnames (Post, Star,
// Sun) are left out.
var outletWords = map[string]bool{
	"news": true, "herald": true, "tribune": true, "gazette": true, "journal": true, "times": true,
	"chronicle": true, "courier": true, "telegraph": true, "today": true, "tv": true, "radio": true,
	"television": true, "daily": true, "weekly": true, "broadcasting": true, "dispatch": true,
}

// courtOfState says whether a title after a state's name is a court's
// ("U.S. District Judge", "U.S. Magistrate Judge", "U.S. Attorney"): the
// state is where the court sits, not the employer drafted for the role
// (rule court-title).
func courtOfState(org, title string) bool {
	if _, ok := stateOf(org); !ok {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		switch strings.Trim(w, ".,") {
		case "judge", "justice", "magistrate", "attorney", "prosecutor", "marshal":
			return true
		}
	}
	return false
}

// courtParties are the sides of a court case that speak as groups in
// court reports ("the defense argued that", "plaintiffs claim"): added to
// the group nouns (rule collective).
var courtParties = []string{"defense", "defence", "prosecution", "plaintiffs", "defendants", "claimants", "jurors", "witnesses", "petitioners", "respondents"}

func init() {
	for _, w := range courtParties {
		groupNouns[w] = true
	}
}

// possessivePronouns open a description after a cue: "said his lawyer,
// Tessa Lund".
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// itsSubject says whether the name that opens a sentence and ends before
// toks[e] is referred to by "its" in its clause ("Skylark Air grounded its
// fleet"): a thing or an organization, not a person.
func itsSubject(toks []tok, e int) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		switch {
		case lower(toks[k]) == "its":
			return true
		case toks[k].text == "," || isNameTok(toks[k]) || !toks[k].word:
			return false
		}
	}
	return false
}

// noteStatement remembers the speaker of a cue whose sentence says the
// words are from a statement ("In a statement, the airline said:", "said
// in a statement"), so that "the statement added" later is that speaker's
// (rule statement-continued).
func (x *extractor) noteStatement(s *sentence, c *cue) {
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if lower(toks[k]) == "in" && (lower(toks[k+1]) == "a" || lower(toks[k+1]) == "its" || lower(toks[k+1]) == "his" || lower(toks[k+1]) == "her" || lower(toks[k+1]) == "their") &&
			(lower(toks[k+2]) == "statement" || lower(toks[k+2]) == "release") && !x.d.inQuote(toks[k].Start) {
			x.lastStatement = c.speaker
			return
		}
	}
}

// occupations are lower-case job words that news writing sets before a
// name like a title ("Fisherman Ole Brenn", "pensioner Kari Moe"): read
// as the title, never as a first name (rule title-name). Words that are
// also common surnames (farmer, driver, bishop, miner, banker) are left out.
var occupations = []string{
	"fisherman", "fisherwoman", "teacher", "shopkeeper", "pensioner", "resident", "activist",
	"businessman", "businesswoman", "entrepreneur", "engineer", "pilot", "volunteer", "photographer",
	"campaigner", "historian", "architect", "surgeon", "pastor", "imam", "rabbi", "consultant", "midwife",
	"paramedic", "firefighter", "electrician", "plumber", "shopowner", "landlord", "landlady", "boss", "delegate",
}

func init() {
	for _, w := range occupations {
		if _, ok := roleHeads[w]; !ok {
			roleHeads[w] = true
		}
	}
	// "Mayor-elect Dahl", "ex-minister Berg": a title still, before a name
	for w := range roleHeads {
		if !strings.Contains(w, " ") {
			roleHeads[w+"-elect"] = true
			roleHeads["ex-"+w] = true
		}
	}
}

// onlyMention: a quotation that is a sentence of its own ("Mayor Eva Dahl
// watched the boats come in. “It is a great day for the town.”"), in a
// paragraph with no cue whose sentence before it has a person as its
// subject and names no other person: that person, a guess marked low
// (rule quote/only-mention-in-paragraph, CoreNLP's sieve step). Only
// quotations of five words or more, as for sentence-subject.
func (x *extractor) onlyMention(q quote, sents []int) (*Entity, Why) {
	if len(sents) != 1 || sents[0] == 0 || wordsIn(x.d.text(q.inner)) < 5 {
		return nil, Why{}
	}
	s := &x.d.sents[sents[0]]
	prev := &x.d.sents[sents[0]-1]
	if s.headline || prev.headline || prev.para != s.para || len(s.toks) == 0 || s.toks[0].Start < q.outer.Start {
		return nil, Why{}
	}
	p := x.subjectPerson(prev)
	if p == nil {
		return nil, Why{}
	}
	para := x.d.text(span{x.d.paras[s.para].Start, q.outer.Start})
	var last *Entity // the person named last before the quotation
	lastAt := -1
	for _, e := range x.reg.all {
		if e.Kind != KindPerson {
			continue
		}
		if f := strings.Fields(e.Name); len(f) > 0 {
			if i := strings.LastIndex(para, f[len(f)-1]); i > lastAt {
				last, lastAt = e, i
			}
		}
	}
	for si := sents[0] - 1; si >= 0 && x.d.sents[si].para == s.para; si-- {
		// full names the draft has not registered ("harbour master Siri Lunde")
		toks := x.d.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if !isNameTok(toks[k]) || isNameTok(toks[k-1]) {
				continue
			}
			a, b := namesAt(toks, k)
			if b-a >= 2 && x.looksLikeFullName(toks, a, b) && toks[a].Start-x.d.paras[s.para].Start > lastAt {
				name := joinToks(toks[a:b])
				if e := x.reg.lookup(name, KindPerson); e != nil {
					last = e
				} else {
					last = x.reg.person(name, Why{Rule: "full-name", Confidence: 0.6})
				}
				lastAt = toks[a].Start - x.d.paras[s.para].Start
			}
		}
	}
	if last == p {
		return p, Why{Rule: "only-mention-in-paragraph", Confidence: 0.45, Note: "no cue in its paragraph: the one person it names, the subject of the sentence before, " + p.Name}
	}
	if last != nil && q.outer.End >= x.d.paras[s.para].End-1 {
		// CoreNLP's paragraph-final step: the last person named before it
		return last, Why{Rule: "paragraph-final,last-mention", Confidence: 0.35, Note: "no cue in its paragraph, which names several people: the one named last before it, " + last.Name + " (a guess)"}
	}
	return nil, Why{}
}

// portfolios are the words of a minister's portfolio ("Minister for
// Energy", "Secretary of Foreign Affairs", "Minister of Trade and
// Industry").
var portfolios = map[string]bool{
	"affairs": true, "energy": true, "finance": true, "health": true, "defence": true, "defense": true,
	"interior": true, "education": true, "trade": true, "industry": true, "industries": true, "justice": true,
	"information": true, "broadcasting": true, "planning": true, "development": true, "commerce": true,
	"agriculture": true, "transport": true, "culture": true, "labour": true, "labor": true, "environment": true,
	"housing": true, "water": true, "power": true, "railways": true, "communications": true, "economy": true,
	"security": true, "state": true, "home": true, "foreign": true, "external": true, "internal": true, "resources": true,
	"petroleum": true, "tourism": true, "sports": true, "science": true, "technology": true, "fisheries": true,
	"law": true, "religious": true, "human": true, "rights": true, "national": true, "food": true, "works": true,
}

// portfolioThenName reads "Energy Omar Ayub Khan" after "Minister for":
// the portfolio's words (with "and"), then a name of two to four words
// (rule title-name); an empty range when toks[j] opens no portfolio.
func portfolioThenName(toks []tok, j int) (int, int) {
	m := j
	for m < len(toks) && isCap(toks[m]) && portfolios[lower(toks[m])] {
		m++
		if m+1 < len(toks) && (lower(toks[m]) == "and" || toks[m].text == "&") && isCap(toks[m+1]) && portfolios[lower(toks[m+1])] {
			m++
		}
	}
	if m == j {
		return 0, 0
	}
	e := m
	for e < len(toks) && e-m < 4 && isNameTok(toks[e]) && !portfolios[lower(toks[e])] {
		e++
	}
	if e-m < 2 || e < len(toks) && isNameTok(toks[e]) {
		return 0, 0
	}
	return m, e
}

// whilePhraseStart is, for "X while addressing a ceremony said", the
// index of "while" (or when) when toks[..k] ends in such a phrase: while
// or when, an -ing verb, up to six words, no comma or quotation, and a
// name before it (rule speaker-before-cue past a while-phrase); else 0.
func whilePhraseStart(toks []tok, k int) int {
	for w := k - 1; w > 0 && w >= k-7; w-- {
		t := toks[w]
		if t.text == "," || isOpenQuote(t.text) || isCloseQuote(t.text) {
			return 0
		}
		if l := lower(t); (l == "while" || l == "when") && strings.HasSuffix(lower(toks[w+1]), "ing") {
			if isNameTok(toks[w-1]) {
				return w
			}
			return 0
		}
	}
	return 0
}

// spokesNouns speak for someone else: "a spokesperson for X" names X's
// spokesperson, not a person called X (rule spokesperson-for).
var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true, "lawyer": true, "attorney": true}

// militaryRanks are written short between a title and a name ("Chairman
// WAPDA Lt Gen (R) Muzammil Hussain").
var militaryRanks = map[string]bool{"lt": true, "gen": true, "maj": true, "col": true, "brig": true, "capt": true, "retd": true, "air": false}

// pastOrgAndRank skips, after a title head, an organization's acronym and
// a short military rank with its "(R)"/"(retd)" tag: "Chairman WAPDA Lt
// Gen (R) Muzammil Hussain" is Muzammil Hussain (before: a person "WAPDA
// Lt Gen"). It returns where the name starts.
func pastOrgAndRank(toks []tok, i int) int {
	j := i
	if j+1 < len(toks) && isAcronym(toks[j].text) && len(toks[j].text) >= 2 && !strings.Contains(toks[j].text, ".") && isNameTok(toks[j+1]) {
		j++
	}
	k := j
	for k < len(toks) && militaryRanks[lower(toks[k])] && isCap(toks[k]) {
		k++
		if k < len(toks) && toks[k].text == "." {
			k++
		}
	}
	if k+2 < len(toks) && toks[k].text == "(" && (lower(toks[k+1]) == "r" || lower(toks[k+1]) == "retd") && toks[k+2].text == ")" {
		k += 3
	}
	if k > j && (k >= len(toks) || !isNameTok(toks[k])) {
		k = j // ranks with no name after them are the name's end
	}
	if k < len(toks) && isNameTok(toks[k]) && k+1 < len(toks) && isNameTok(toks[k+1]) {
		return k
	}
	return i
}

// capitalInside says whether word is written somewhere in the body with
// its capital inside a sentence (not as its first word): a name, not a
// common noun capitalized by its place.
func (x *extractor) capitalInside(word string) bool {
	for si := range x.d.sents {
		toks := x.d.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if toks[k].text == word && !isOpenQuote(toks[k-1].text) && toks[k-1].text != ":" {
				return true
			}
		}
	}
	return false
}

// describedNameAfter reads, right after a cue, one to four lower-case
// words of a description and a full name of two or three words that ends
// the clause: "said season-ticket holder Jan Ek, 44.", "said local
// resident Ola Berg." It returns the name's tokens, or an empty range.
func describedNameAfter(toks []tok, j int) (int, int) {
	k := j
	for k < len(toks) && k-j < 4 && toks[k].word && !isCap(toks[k]) && !determiners[lower(toks[k])] && !prepositions[lower(toks[k])] && lower(toks[k]) != "that" {
		k++
	}
	if k == j || k >= len(toks) {
		return 0, 0
	}
	a, b := namesAt(toks, k)
	if b-a < 2 || b-a > 3 {
		return 0, 0
	}
	if b < len(toks) && toks[b].text != "," && toks[b].text != "." {
		return 0, 0
	}
	return a, b
}

// wireDateline is the index of the first word after a wire dateline that
// opens a sentence — "VIENNA (Reuters) -", "KESK, March 3 (Wire) -",
// "LAHORE:" — or 0 when the sentence opens with none (rule
// wire-dateline: the dateline is never part of a claim).
func wireDateline(toks []tok) int {
	k := 0
	for k < len(toks) && toks[k].word && isAcronym(toks[k].text) && len(toks[k].text) >= 2 {
		k++
	}
	if k == 0 || k >= len(toks) {
		return 0
	}
	if toks[k].text == ":" {
		return k + 1
	}
	if toks[k].text == "," { // ", March 3" or ", Jan 12"
		k++
		for k < len(toks) && k < 6 && toks[k].text != "(" && !isDash(toks[k].text) && toks[k].text != ":" {
			k++
		}
	}
	dated := false
	if k < len(toks) && toks[k].text == "(" {
		for k < len(toks) && toks[k].text != ")" {
			dated = dated || isDash(toks[k].text) || strings.ContainsAny(toks[k].text, "0123456789")
			k++
		}
		k++
	}
	if k < len(toks) && (isDash(toks[k].text) || toks[k].text == ":") {
		return k + 1
	}
	if dated && k < len(toks) && isCap(toks[k]) {
		return k // "MOSCOW (Agency - 15th December, 2021) Defenders …": the date inside, no dash after (x-de-rules)
	}
	return 0
}

// issuedWords stand between a report noun and its author: "a statement
// issued by the ministry".
var issuedWords = map[string]bool{"issued": true, "released": true, "published": true, "made": true, "posted": true, "signed": true}

// clubRoles after a name make it a club's or team's ("Harbour Town coach
// X", "Rovers manager Y"): the club "the club said" refers to.
var clubRoles = map[string]bool{"coach": true, "manager": true, "boss": true, "captain": true, "chairman": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "forward": true, "player": true, "fans": true, "supporters": true}
