package extract

import (
	"strings"
	"unicode"
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
			if a >= p {
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
