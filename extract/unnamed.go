package extract

import (
	"strings"

	"kb/internal/names"
)

// Rule "unnamed-indefinite": a speaker the article does not name, given
// as an indefinite description ("according to a senior ministry official",
// "A foreign ministry spokesman said"), is drafted under that description
// as the article words it, marked unnamed with a low confidence, as the
// gold lists them; never a person's name made up from its words.

// indefiniteAfter reads "a senior ministry official" at toks[j]: "a" or
// "an", up to five words, and a lower-case role head that ends the noun
// phrase. It returns the phrase's tokens [j, b).
func indefiniteAfter(toks []tok, j int) (int, bool) {
	if j >= len(toks) || lower(toks[j]) != "a" && lower(toks[j]) != "an" {
		return 0, false
	}
	for h := j + 1; h < len(toks) && h <= j+6; h++ {
		t := toks[h]
		if !t.word || determiners[lower(t)] || prepositions[lower(t)] || hasKey(cueVerbs, lower(t)) && !isCap(t) {
			return 0, false
		}
		if roleHeads[lower(t)] && !isCap(t) && (h+1 >= len(toks) || !toks[h+1].word || lower(toks[h+1]) == "who" || hasKey(cueVerbs, lower(toks[h+1]))) {
			return h + 1, true
		}
	}
	return 0, false
}

// indefiniteBefore reads back from a lower-case role head at toks[k] to
// the "a" or "an" that opens its noun phrase ("A foreign ministry
// spokesman said"), returning the article's index.
func indefiniteBefore(toks []tok, k int) (int, bool) {
	if k >= len(toks) || !roleHeads[lower(toks[k])] || isCap(toks[k]) {
		return 0, false
	}
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		w := lower(toks[p])
		if w == "a" || w == "an" {
			return p, p < k-1
		}
		if !toks[p].word || determiners[w] || prepositions[w] || hasKey(cueVerbs, w) && !isCap(toks[p]) || w == "of" || w == "for" {
			return 0, false
		}
	}
	return 0, false
}

// unnamedSource drafts (or finds) the unnamed speaker worded toks[a:b].
func (x *extractor) unnamedSource(toks []tok, a, b int) (*Entity, Why) {
	name := x.d.text(span{toks[a].Start, toks[b-1].End})
	why := Why{Rule: "unnamed-indefinite", Confidence: 0.4, Note: "a source the article does not name"}
	if e := x.reg.lookup(name, KindPerson); e != nil && names.Normalize(e.Name) == names.Normalize(name) {
		return e, why
	}
	e := &Entity{Kind: KindPerson, Name: name, Why: Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}}
	e.ID = x.reg.newID(slug(name))
	x.reg.add(e)
	return e, why
}

// unnamedGroups are group nouns that name no one: "sources said".
var unnamedGroups = map[string]bool{"sources": true, "insiders": true}

// sameClaim is the rule "same-claim": two cues of one sentence (“...,” X
// told journalists, saying that A) can give the same speaker the same
// claim from the same passage; it is drafted once.
func (x *extractor) sameClaim(st Statement) bool {
	for _, o := range x.out.Statements {
		if o.Speaker == st.Speaker && o.Kind == st.Kind && o.text == st.text {
			return true
		}
	}
	return false
}

// interviewee is the rule "interview-layout": a club's or outlet's
// interview page introduces its speaker once ("Head Coach X spoke to the
// media after the win.") and then prints label lines ("On the
// defence…") and whole-paragraph quotes with no cue. A quote of that kind
// goes to the one person of the introducing paragraph, found by walking
// back over label lines and other such quotes; nil when the layout is
// not that.
func (x *extractor) interviewee(q quote) *Entity {
	if !x.wholeParagraph(q) {
		return nil
	}
	for pi := q.para - 1; pi >= 0; pi-- {
		if x.d.heads[pi] && !x.labelLine(pi) {
			return nil
		}
		if x.labelLine(pi) || x.quoteParagraph(pi) {
			continue
		}
		for si := range x.d.sents {
			s := &x.d.sents[si]
			if s.para != pi || !interviewVerb(s.toks) {
				continue
			}
			if e := x.openingName(s); e != nil {
				return e
			}
			return x.introducedIn(pi) // "Liv Eng took over in March. We asked her about the job."
		}
		return nil
	}
	return nil
}

// labelLine says whether paragraph pi is an interview's label line: a
// few words ending in an ellipsis or a colon ("On the second half…").
func (x *extractor) labelLine(pi int) bool {
	t := strings.TrimSpace(x.d.text(x.d.paras[pi]))
	if x.questionLine(pi, t) {
		return true
	}
	if wordsIn(t) > 10 {
		return false
	}
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, ":")
}

// quoteParagraph says whether paragraph pi is one quotation and nothing else.
func (x *extractor) quoteParagraph(pi int) bool {
	for _, o := range x.d.quotes {
		if o.para == pi && x.wholeParagraph(o) {
			return true
		}
	}
	return false
}

// interviewVerb says whether a sentence introduces an interview: "spoke
// to the media", "talked with reporters", "reflected on", "sat down with".
func interviewVerb(toks []tok) bool {
	for k := 0; k+1 < len(toks); k++ {
		w, n := lower(toks[k]), lower(toks[k+1])
		switch w {
		case "spoke", "speaks", "talked", "talks":
			if n == "to" || n == "with" || n == "after" {
				return true
			}
		case "reflected", "reflects":
			if n == "on" {
				return true
			}
		case "sat", "sits":
			if n == "down" {
				return true
			}
		case "asked", "asks":
			// "We asked her about the job" (x-quotes4)
			if (n == "him" || n == "her" || n == "them") && k+2 < len(toks) && lower(toks[k+2]) == "about" {
				return true
			}
		case "caught", "catches", "chatted", "chats":
			if n == "up" || n == "with" || n == "to" {
				return true
			}
		}
	}
	return false
}
