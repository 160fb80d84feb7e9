package extract

import (
	"strings"
	"unicode"

	"kb/internal/names"
)

// Groups named with what follows their head (branch x-entities4): "sources
// at the school reported", "Relatives of the victims said", "The jurors who
// convicted him say", "The two lawyers who appeared in court told". The
// noun phrase before the cue ends in the modifier, not in the group, so
// the plain reading finds no speaker; these are groups, never a person.

// groupModifierPrepositions open a prepositional phrase after a group noun.
var groupModifierPrepositions = map[string]bool{"at": true, "of": true, "in": true, "from": true, "for": true, "with": true, "on": true, "inside": true, "close": true, "near": true}

// groupBeforeCue finds a group noun phrase whose modifier runs up to the
// cue at toks[k+1]: [a, h) is the group (head included), [a, k+1) the
// whole phrase; relative says the modifier is a relative clause.
func groupBeforeCue(toks []tok, k int) (a, h int, relative, ok bool) {
	for p := k; p > 0 && p >= k-12; p-- {
		t := toks[p]
		w := lower(t)
		if !t.word || hasKey(cueVerbs, w) && p != k && w != "said" {
			return 0, 0, false, false // a comma, a quotation, another cue: no one phrase
		}
		rel := w == "who" || w == "that"
		if (rel || groupModifierPrepositions[w] && k-p <= 6) && groupNouns[lower(toks[p-1])] {
			a = npLeft(toks, p)
			if a >= p || a > 0 && toks[a-1].word && !(a == 1 && (lower(toks[0]) == "and" || lower(toks[0]) == "but")) {
				// the group must be the subject: at the sentence's start or
				// after a comma ("…, sources at the school reported"), not the
				// object of a verb ("told analysts on a conference call")
				return 0, 0, false, false
			}
			return a, p, rel, true
		}
	}
	return 0, 0, false, false
}

// groupSpeaker resolves the phrase groupBeforeCue found: the group as the
// article words it ("Sources at the school"; a relative clause left out:
// "The jurors"), a collective.
func (x *extractor) groupSpeaker(s *sentence, k int) (*Entity, Why, int, int, bool) {
	toks := s.toks
	a, h, rel, ok := groupBeforeCue(toks, k)
	if !ok {
		return nil, Why{}, 0, 0, false
	}
	for p := a - 1; p >= 0 && p >= a-2; p-- {
		if possessivePronouns[lower(toks[p])] || lower(toks[p]) == "our" {
			return nil, Why{}, 0, 0, false // "his fellow senators": a group the article does not name
		}
	}
	end := k + 1
	if rel {
		end = h
	}
	name := x.d.text(span{toks[a].Start, toks[end-1].End})
	bare := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	r := []rune(bare)
	r[0] = unicode.ToUpper(r[0])
	why := Why{Rule: "collective,modified", Confidence: 0.5, Note: "a group named with what follows it: " + name}
	if unnamedGroups[lower(toks[h-1])] {
		why = Why{Rule: "unnamed-group,modified", Confidence: 0.3, Note: "unnamed sources: the article does not say who they are"}
	}
	if e := x.reg.lookup(bare, KindOrganization); e != nil {
		return e, why, a, end, true
	}
	return x.reg.organization(string(r), "collective", why), why, a, end, true
}

// groupModified says whether the words up to toks[k] are a group with a
// modifier ("The jurors who heard the case"), which makes the base form
// after it a present-tense cue ("… say").
func groupModified(toks []tok, k int) bool {
	if k < 1 {
		return false
	}
	_, _, _, ok := groupBeforeCue(toks, k)
	return ok
}

// complementLink is the number of tokens at toks[j] that carry a title's
// complement on ("in the Senate", "of the Opposition", "in Lok Sabha"): a
// preposition, an optional "the", then a capitalized word; else 0.
func complementLink(toks []tok, j int) int {
	if j == 0 || j+1 >= len(toks) || !isCap(toks[j-1]) {
		return 0
	}
	w := lower(toks[j])
	if w != "in" && w != "of" && w != "for" && w != "the" {
		return 0
	}
	n := 1
	if w != "the" && lower(toks[j+1]) == "the" {
		n = 2
	}
	if j+n >= len(toks) || !isCap(toks[j+n]) || notNameTok(toks[j+n]) {
		return 0
	}
	return n
}

// partyLabels are party adjectives news sets before a politician's name
// ("Republican Jon Costas", "Labour MP …"): no part of the name.
var partyLabels = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "conservative": true, "labour": true,
	"labor": true, "liberal": true, "tory": true, "socialist": true, "communist": true, "gop": true,
}

// partyLabel says whether toks[a] is a party label before a person's name
// of two or three words that ends the phrase at b.
func partyLabel(toks []tok, a, b int) bool {
	if !partyLabels[lower(toks[a])] || !isCap(toks[a]) || b-a < 3 || b-a > 4 {
		return false
	}
	for _, t := range toks[a+1 : b] {
		if !isNameTok(t) || groupNouns[lower(t)] || orgSuffixes[lower(t)] {
			return false // "Liberal Democrats", "Labour Party": the party itself
		}
	}
	return true
}

// pairedHonorific says whether toks[i] opens a two-word honorific:
// Malaysian "Tan Sri", "Puan Sri", "Toh Puan" ("Tan" alone is a name).
func pairedHonorific(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch lower(toks[i]) {
	case "sri", "seri":
		p := ""
		if i > 0 {
			p = lower(toks[i-1])
		}
		return p == "tan" || p == "puan" || p == "datuk" || p == "dato" || p == "seri" // "Datuk Sri", not "Sri Lanka"
	case "tan", "puan":
		return lower(toks[i+1]) == "sri" || lower(toks[i+1]) == "seri"
	case "toh":
		return lower(toks[i+1]) == "puan"
	}
	return false
}

// personAtEnd is the drafted person whose full name (two words or more)
// ends the phrase toks[a:b] after other capitalized words, else nil.
func (x *extractor) personAtEnd(toks []tok, a, b int) *Entity {
	p, _ := x.personAtEndAt(toks, a, b)
	return p
}

// personAtEndAt is personAtEnd with the index where the name starts.
func (x *extractor) personAtEndAt(toks []tok, a, b int) (*Entity, int) {
	for s := a + 1; s <= b-2; s++ {
		if !isNameTok(toks[s]) || !isCap(toks[s-1]) {
			continue
		}
		n := joinToks(toks[s:b])
		if p := x.reg.lookup(n, KindPerson); p != nil && !p.Known && names.Normalize(p.Name) == names.Normalize(n) {
			return p, s
		}
	}
	return nil, b
}

// affiliationOf is the index of "of" in a phrase "First Last of
// Organization" ("Kenji Sato of Kyoto University", "Ana Ruiz of the
// Harbour Board"): a name of two or three words with no organization word
// in it before "of", and capitalized words after it; else 0.
func affiliationOf(toks []tok, a, b int) int {
	for k := a + 2; k < b-1 && k <= a+3; k++ {
		if lower(toks[k]) != "of" {
			continue
		}
		for _, t := range toks[a:k] {
			w := strings.TrimSuffix(lower(t), ".")
			if !isNameTok(t) || orgSuffixes[w] || orgHeadNouns[w] || companyWords[w] || isAcronym(t.text) {
				return 0 // "Federal Reserve Bank of New York": an organization's name
			}
		}
		if _, c := countryName(joinToks(toks[a:k])); c || regionName(joinToks(toks[a:k])) {
			return 0
		}
		if !affiliationTail(toks, k, b) {
			return 0
		}
		return k
	}
	return 0
}

// affiliationTail says whether toks[e:b] is "of" and an organization's or
// place's capitalized name ("of Lund University", "of the Harbour Board").
func affiliationTail(toks []tok, e, b int) bool {
	if e+1 >= b || lower(toks[e]) != "of" {
		return false
	}
	for _, t := range toks[e+1 : b] {
		if t.word && !isCap(t) && lower(t) != "the" && lower(t) != "of" && lower(t) != "and" && lower(t) != "for" {
			return false
		}
	}
	return isCap(toks[b-1])
}
