package extract

// researchTeam says whether the noun phrase toks[a:b] ends in "team"
// after a word that makes it a team of experts speaking together ("the
// study team concluded", "the research team said"), rule research-team.
// A sports or national team is left to the other rules: "the coach of the
// national team believed" is the coach's.
func researchTeam(toks []tok, a, b int) bool {
	if b-a < 2 || lower(toks[b-1]) != "team" {
		return false
	}
	return teamOfExperts[lower(toks[b-2])]
}

var teamOfExperts = map[string]bool{
	"study": true, "research": true, "science": true, "scientific": true, "medical": true,
	"investigating": true, "investigation": true, "excavation": true, "survey": true, "legal": true,
}

// questionBefore says whether toks[k] of sentence si ("asked") follows a
// quoted question in its sentence: "“Why now?” asked Lee", "“Why now?”
// Lee asked". The verb asks no claim (an object cue, reported.go). When
// the question ends the sentence before ("“Is it settled?” Lee asked
// Tan."), it is left to the paragraph rule: taking it there drafted the
// name "Datuk Azhar" beside "Datuk Azhar Azizan Harun" on batch B.
func (x *extractor) questionBefore(si, k int) bool {
	toks := x.d.sents[si].toks
	i := k - 1
	for i >= 0 && isNameTok(toks[i]) && k-i <= 4 {
		i--
	}
	if i < 1 || !isCloseQuote(toks[i].text) {
		return false
	}
	return toks[i-1].text == "?"
}
