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
