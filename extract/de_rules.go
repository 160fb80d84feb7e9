package extract

import "strings"

// Rules of branch x-de-rules, drawn from batches D and E after their
// first scores (docs/extract.md, section "x-de-rules").

// bareNounObject says whether a bare noun with no determiner after a verb
// of saying is its object rather than a clause's subject (rule
// noun-object, bare form): "conceded defeat in the vote on Friday",
// "admitted guilt.", "denied wrongdoing at the hearing". Only a singular
// lower-case word followed by the sentence's end or a prepositional
// phrase with no verb up to the next comma: a plural or a word followed
// by anything else may open a clause ("warned prices could rise",
// "insisted voters want change"). "Claim" keeps its bare object: "claimed
// victory in the vote" is what the speaker asserts (testdata/mayor-race).
func bareNounObject(toks []tok, verb, a int) bool {
	if a >= len(toks) || !toks[a].word || isCap(toks[a]) || lemmaOf(lower(toks[verb])) == "claim" {
		return false
	}
	w := lower(toks[a])
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		finiteVerbs[w] || irregularPast[w] || negations[w] || notBareNouns[w] {
		return false
	}
	k := a + 1
	if k >= len(toks) {
		return true
	}
	if t := toks[k].text; t == "." || t == ";" {
		return true
	}
	if !bareObjectPrepositions[lower(toks[k])] {
		return false
	}
	for k++; k < len(toks); k++ {
		t := toks[k]
		w := lower(t)
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "." || isDash(t.text) || isOpenQuote(t.text) || isCloseQuote(t.text) {
			break
		}
		if (w == "and" || w == "but") && k+1 < len(toks) && !isCap(toks[k+1]) && (irregularPast[lower(toks[k+1])] || strings.HasSuffix(lower(toks[k+1]), "ed")) {
			break // "conceded defeat in the vote and thanked her staff": a second predicate
		}
		if isCap(t) {
			continue // "on Saturday (May 21)": a name, not a modal
		}
		if finiteVerbs[w] || irregularPast[w] || negations[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") ||
			w == "to" && infinitiveAt(toks, k+1) || len(w) > 4 && strings.HasSuffix(w, "ed") || w == "that" {
			return false
		}
	}
	return true
}

// bareObjectPrepositions open the phrase that may follow a bare object.
var bareObjectPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "of": true, "over": true, "after": true, "before": true,
	"with": true, "from": true, "during": true, "since": true, "by": true, "against": true, "amid": true,
}

// notBareNouns are lower-case words that open a clause or stand for one,
// never a bare noun object.
var notBareNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i you he she it we they this there here what who how why when where whether
		if as so then now also only still again never always not no none nothing everything something
		anything everyone someone nobody all both some any many much more most one each every another
		other such just even later earlier once yet too`) {
		notBareNouns[w] = true
	}
}

// rankRun is the end of a run of short titles at toks[i], each with its
// full stop, perhaps after the word that grades a rank: "Lt. Col.", "Brig.
// Gen.", "Rear Adm.", "Staff Sgt.", "Lance Cpl." (rule rank-run). A name
// starts there; no title of the run is a name. It returns i when toks[i]
// opens none.
func rankRun(toks []tok, i int) int {
	j := i
	if j < len(toks) && isCap(toks[j]) && rankModifiers[lower(toks[j])] {
		j++
	}
	k := j
	for k+1 < len(toks) && isCap(toks[k]) && abbreviatedTitles[lower(toks[k])] != "" && toks[k+1].text == "." {
		k += 2
	}
	if k == j {
		return i
	}
	return k
}

// rankTitle is the title in full of the run rankRun read at toks[i:e]:
// "Lieutenant Colonel", "Rear Admiral".
func rankTitle(toks []tok, i, e int) string {
	var ws []string
	for k := i; k < e; k++ {
		if toks[k].text == "." {
			continue
		}
		if t := abbreviatedTitles[lower(toks[k])]; t != "" {
			ws = append(ws, t)
		} else {
			ws = append(ws, toks[k].text)
		}
	}
	return strings.Join(ws, " ")
}

// rankModifiers grade a military or police rank written short after them.
var rankModifiers = map[string]bool{
	"rear": true, "vice": true, "staff": true, "master": true, "first": true, "second": true,
	"lance": true, "chief": true, "command": true, "sergeant": true, "warrant": true,
}

// indefiniteOpeners open the noun phrase of a source the article does not
// name: "a spokeswoman for the union", "one official in Bergen",
// "another aide to the mayor" (rule unnamed-complement, with "one" and
// "another" from batch D).
var indefiniteOpeners = map[string]bool{"a": true, "an": true, "one": true, "another": true}
