package extract

import (
	"strings"
	"unicode"
)

// Rules from unseen batches I and J (x-ij-rules, seventh session).

// ijRankWords mark a title that is not the office itself: "the president"
// is not the vice president, nor a former president.
var ijRankWords = map[string]bool{"vice": true, "deputy": true, "former": true, "ex": true, "assistant": true}

// ijOtherRank reports whether role r holds a rank word ("Vice President",
// "former President Ray Stone") that the description's words lack.
func (x *extractor) ijOtherRank(words []string, r *Role) bool {
	tw := strings.Fields(strings.ToLower(strings.ReplaceAll(r.Title, "-", " ")))
	before := x.d.rs[max(0, r.at.Start-8):r.at.Start]
	if f := strings.Fields(strings.ToLower(strings.ReplaceAll(string(before), "-", " "))); len(f) > 0 {
		tw = append(tw, f[len(f)-1])
	}
	for _, w := range tw {
		if ijRankWords[w] && !containsString(words, w) {
			return true
		}
	}
	return false
}

// ijCreditEnd reads a photo credit opening paragraph p: a photographer
// and outlet joined by a slash ("Peter Lanz/Gazette Mayor Ruth Calder
// speaks …"), whose caption follows. It returns where the caption starts,
// p.Start when there is none: the photographer is no subject of the
// caption, nor of the quote after it. (Lines that are only a credit,
// "Photo: Jo Hill", are read as headlines already.)
func ijCreditEnd(rs []rune, p span) int {
	words := strings.Fields(string(rs[p.Start:p.End]))
	// a slash in the second or third word, each word capitalised, and a
	// capitalised word after it
	for k := 1; k < 3 && k+1 < len(words); k++ {
		for _, w := range words[:k+1] {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return p.Start
			}
		}
		i := strings.IndexRune(words[k], '/')
		if i <= 0 || i == len(words[k])-1 || !unicode.IsUpper([]rune(words[k][i+1:])[0]) {
			continue
		}
		if !unicode.IsUpper([]rune(words[k+1])[0]) {
			return p.Start
		}
		// the caption starts at the (k+1)-th word
		at := p.Start
		for n := 0; n <= k; n++ {
			for at < p.End && unicode.IsSpace(rs[at]) {
				at++
			}
			for at < p.End && !unicode.IsSpace(rs[at]) {
				at++
			}
		}
		for at < p.End && unicode.IsSpace(rs[at]) {
			at++
		}
		return at
	}
	return p.Start
}

// ijVerbObjectColon is rule verb-object-colon: a finite verb and a short
// lower-case object before a colon that opens a quotation ("the veteran
// addressed his supporters: “…”", "the champion - who won twice -
// greeted the crowd: “…”"): the quotation is the subject's, as after a
// verb right before the colon (hsColonVerb).
func ijVerbObjectColon(toks []tok, k int) bool {
	if k < 1 || !hsFinite(toks[k]) || !toks[k-1].word && !isDash(toks[k-1].text) || determiners[lower(toks[k-1])] {
		return false
	}
	for c := k + 2; c < len(toks)-1 && c <= k+4; c++ {
		if !toks[c-1].word || isCap(toks[c-1]) {
			return false
		}
		if toks[c].text == ":" {
			return isOpenQuote(toks[c+1].text)
		}
	}
	return false
}

// ijAcronymPronoun says whether t is a pronoun's word in capitals ("Since
// 2005, WHO said, …"): an agency's acronym, not the relative "who".
func ijAcronymPronoun(t tok) bool {
	return len(t.text) >= 3 && t.text == strings.ToUpper(t.text) && isPronoun(strings.ToLower(t.text))
}

// ijAcronymComma reads back over "(WFP)," between an agency's name and its
// verb ("The World Food Programme (WFP), this week warned …"): it returns
// the closing bracket's index, where the tag rule reads on, or k.
func ijAcronymComma(toks []tok, k int) int {
	if k < 4 || toks[k].text != "," || toks[k-1].text != ")" || toks[k-3].text != "(" {
		return k
	}
	if a := toks[k-2].text; len(a) < 2 || a != strings.ToUpper(a) || !isNameTok(toks[k-4]) {
		return k
	}
	return k - 1
}

// A prize's panel speaks as a body: "The panel said the pair's “…”",
// "according to the panel that awards the medal". (Not "jury": in court
// reports "the jury" is mostly inside someone else's words.)
func init() {
	orgSuffixes["panel"] = true
	// "the Ski great said", "the tennis great": a description, as "legend"
	roleHeads["great"] = true
	roleHeads["winner"] = true // "the 23-time grand slam winner said"
}

// ijNotTitle: "Great" with a capital is no title before a name, but part
// of one ("the Great Hall", "the Great Recession").
func ijNotTitle(t tok) bool { return isCap(t) && lower(t) == "great" }

// ijInAskedClause says whether toks[k] lies in a fronted question clause
// ("When asked if what happened to Reyes was murder, Ortiz said …",
// "Asked about Reyes, …"): the person asked about is no antecedent of a
// pronoun after it; the answer is the subject's.
func ijInAskedClause(toks []tok, k int) bool {
	if len(toks) == 0 {
		return false
	}
	a := 0
	if lower(toks[0]) == "when" || lower(toks[0]) == "after" || lower(toks[0]) == "once" {
		a = 1
	}
	if len(toks) <= a || lower(toks[a]) != "asked" {
		return false
	}
	for c := a + 1; c < len(toks); c++ {
		if toks[c].text == "," {
			return k < c
		}
	}
	return false
}

// ijStateDateline reads a dateline of a place and a two-letter state code
// before a dash at the paragraph's start ("Springfield IL - Governor …",
// "Washington DC – …"): the index after the dash, or k. The place is no
// speaker of the sentence after it.
func ijStateDateline(ws []lw, k int) int {
	if k != 0 {
		return k // only at the paragraph's start
	}
	j := 0
	for j < len(ws) && j < 2 && isCapWord(ws[j].s) && !isAcronym(ws[j].s) {
		j++
	}
	if j == 0 || determiners[strings.ToLower(ws[0].s)] || j+1 >= len(ws) || len(ws[j].s) != 2 || !isAcronym(ws[j].s) || !isDash(ws[j+1].s) {
		return k
	}
	return j + 2
}

// ijAndHead reads on over "president and" in a bare apposition's title
// ("Mara Olsen, president and chief executive of Harbor Tools"): the index
// of the last title's first word, or k.
func ijAndHead(toks []tok, k int) int {
	if k+2 < len(toks) && roleHeads[lower(toks[k])] && !isCap(toks[k]) && lower(toks[k+1]) == "and" && !isCap(toks[k+2]) {
		k += 2
		for k < len(toks) && roleModifiers[lower(toks[k])] && !isCap(toks[k]) {
			k++
		}
	}
	return k
}

// ijCueInTitle says whether toks[j] is a cue verb, where an apposition's
// title ends when no comma closes it ("…, president of Harbor Tools said
// in a statement").
func ijCueInTitle(toks []tok, j int) bool {
	return toks[j].word && !isCap(toks[j]) && hasKey(cueVerbs, lower(toks[j]))
}

// ijOuterCues is all without the cues of paras' sentences that a
// participle clause after another cue embeds ("Ortiz said, recalling how
// Rosa told him …"): what Rosa told him is Ortiz's account, so a quote
// after it with no cue of its own is not hers.
func (x *extractor) ijOuterCues(paras []int, all [][]cue) [][]cue {
	out := append([][]cue(nil), all...) // all stays as it is for the other quotes
	for _, si := range paras {
		toks := x.d.sents[si].toks
		var keep []cue
		for _, c := range all[si] {
			// (the first cue of the sentence ends before its own start: never embedded)
			if !ijEmbedded(toks, all[si][0].j, c.i) {
				keep = append(keep, c)
			}
		}
		out[si] = keep
	}
	return out
}

// ijEmbedded says whether toks[from:at] holds ", <verb>ing how|that"
// with no sentence break: a participle clause reporting more speech.
func ijEmbedded(toks []tok, from, at int) bool {
	for p := from; p+2 < at; p++ {
		w := lower(toks[p+1])
		if toks[p].text == "," && strings.HasSuffix(w, "ing") && (lower(toks[p+2]) == "how" || lower(toks[p+2]) == "that") {
			return true
		}
	}
	return false
}

// ijReadFrom is rule read-from: an inverted "read" after a quotation,
// then a document and whose it is (`"…," read a post from Ortiz's
// account`, `"…," reads a statement by the mayor's office`): the owner's
// tokens, or an empty range.
func ijReadFrom(toks []tok, k int) (int, int) {
	if k < 1 || k+3 >= len(toks) || !isCloseQuote(toks[k-1].text) {
		return 0, 0
	}
	if w := lower(toks[k]); w != "read" && w != "reads" {
		return 0, 0
	}
	if d := lower(toks[k+1]); d != "a" && d != "an" && d != "the" || !documentNouns[lower(toks[k+2])] {
		return 0, 0
	}
	if p := lower(toks[k+3]); p != "from" && p != "by" {
		return 0, 0
	}
	return namesAt(toks, k+4)
}

func ijReadFromAt(toks []tok, k int) bool { a, b := ijReadFrom(toks, k); return b > a }
