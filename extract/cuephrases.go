package extract

// Rule "cue-phrase": attribution phrases of several words that the verb
// lexicon cannot hold, from the same families as its PARC-style lemmas
// ("went on to say", "was of the view that", "noted how", "pointed out
// that"). Each pattern is a list of alternatives per token; the claim
// starts after the phrase.
var cuePhrases = [][][]string{
	{{"went", "goes", "go", "going"}, {"on"}, {"to"}, {"say", "claim", "insist", "argue", "warn", "suggest"}},
	// these take a thing as object ("went on to add his opinion"): a claim only through "that"
	{{"went", "goes", "go", "going"}, {"on"}, {"to"}, {"add", "note", "explain", "admit", "stress", "state", "reveal"}, {"that"}},
	{{"was", "is", "were", "are", "am", "remains", "remained"}, {"of"}, {"the"}, {"view", "opinion", "belief"}, {"that"}},
	{{"made", "makes", "make"}, {"clear"}, {"that"}},
	{{"had", "has", "have"}, {"to"}, {"say"}, {":"}}, // "here's what she had to say:" (the colon checked, not taken)
	{{"pointed", "points", "point"}, {"out"}, {"that"}},
	{{"noted", "notes", "recalled", "recalls", "pointed", "points"}, {"how"}},
	{{"pointed", "points"}, {"out"}, {"how"}},
	// x-quotes4: an adjective of readiness before the verb ("was quick to
	// insist", "was at pains to point out that", "was keen to add:")
	{beAux, readyWords, {"to"}, {"say", "insist", "claim", "argue", "deny", "warn", "reiterate", "stress", "emphasise", "emphasize"}},
	{beAux, readyWords, {"to"}, {"add", "note", "explain", "admit", "concede", "stress", "emphasise", "emphasize", "praise", "point"}, {":"}},
	{beAux, readyWords, {"to"}, {"add", "note", "explain", "admit", "concede"}, {"that"}},
	{beAux, readyWords, {"to"}, {"point"}, {"out"}, {"that", ":"}},
	{beAux, {"at"}, {"pains"}, {"to"}, {"say", "insist", "stress", "stress", "emphasise", "emphasize", "deny"}},
	{beAux, {"at"}, {"pains"}, {"to"}, {"point"}, {"out"}, {"that", ":"}},
	{beAux, {"at"}, {"pains"}, {"to"}, {"add", "note", "explain"}, {"that", ":"}},
	// x-claims5: an adjective of certainty before "that" ("was emphatic
	// that", "is adamant that"), the adjective cues of the attribution
	// literature; "clear" is left out ("the evidence is clear that")
	{beAux, certaintyWords, {"that"}},
	// "As Olsen put it: “…”", "X put it bluntly:", "as he put it, ..."
	{{"put", "puts"}, {"it"}, {":", ","}},
	{{"put", "puts"}, {"it"}, {"bluntly", "simply", "succinctly", "plainly", "best", "starkly", "well"}},
	{{"put", "puts"}, {"it"}, {"this", "that"}, {"way"}},
}

var (
	beAux          = []string{"was", "is", "were", "are", "am", "been", "be"}
	certaintyWords = []string{"adamant", "emphatic", "insistent", "categorical", "unequivocal", "confident", "convinced", "adamantly"}
	readyWords     = []string{"quick", "keen", "eager", "careful", "anxious", "swift", "happy", "glad", "determined"}
)

// cuePhraseLen is the number of tokens of a cue phrase at toks[k], or 0.
// A "how" clause needs a subject after it ("noted how the side grew", not
// "noted how much").
func cuePhraseLen(toks []tok, k int) int {
	w0 := lower(toks[k]) // once: most tokens start no phrase
	if n := attentionPhraseLen(toks, k, w0); n > 0 {
		return n
	}
	for _, p := range cuePhrases {
		if k+len(p) > len(toks) || !containsString(p[0], w0) {
			continue
		}
		ok := true
		for i, alts := range p[1:] {
			if !containsString(alts, lower(toks[k+1+i])) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p[len(p)-1][0] == "how" {
			e := k + len(p)
			if e >= len(toks) || !(isCap(toks[e]) || determiners[lower(toks[e])] || isPronoun(lower(toks[e]))) || lower(toks[e]) == "that" || lower(toks[e]) == "this" {
				continue
			}
		}
		if last := p[len(p)-1]; last[0] == ":" || last[0] == "," || last[0] == "that" && lower(toks[k+len(p)-1]) == ":" {
			return len(p) - 1 // the colon or comma is checked, not taken
		}
		return len(p)
	}
	return 0
}

// channelWords name where a speaker spoke: "X on Telegram reaffirmed".
var channelWords = map[string]bool{
	"telegram": true, "twitter": true, "facebook": true, "instagram": true, "tiktok": true, "youtube": true,
	"television": true, "tv": true, "radio": true, "x": true, "linkedin": true, "truth": true,
}

// channelBefore is the number of tokens of "on Telegram", "on social
// media", "via X" that end at toks[k], or 0.
func channelBefore(toks []tok, k int) int {
	if k >= 1 && channelWords[lower(toks[k])] && (lower(toks[k-1]) == "on" || lower(toks[k-1]) == "via") {
		return 2
	}
	if k >= 2 && lower(toks[k]) == "media" && lower(toks[k-1]) == "social" && lower(toks[k-2]) == "on" {
		return 3
	}
	if k >= 2 && lower(toks[k]) == "social" && lower(toks[k-1]) == "truth" && lower(toks[k-2]) == "on" {
		return 3
	}
	return 0
}

// attentionPhraseLen reads "brought to the attention of the House that",
// "drew attention to the fact that", "made the point that" at toks[k]
// (x-quotes4): the number of tokens up to and with "that", or 0.
func attentionPhraseLen(toks []tok, k int, w string) int {
	switch w {
	case "brought", "brings", "bring", "drew", "draws", "draw", "made", "makes", "make":
	default:
		return 0
	}
	seen := false
	for h := k + 1; h < len(toks) && h <= k+9; h++ {
		t := lower(toks[h])
		if t == "attention" && w != "made" && w != "makes" && w != "make" || (t == "point" || t == "case" || t == "argument") && h == k+2 && lower(toks[k+1]) == "the" {
			seen = true
		}
		if t == "that" {
			if seen {
				return h - k + 1
			}
			return 0
		}
		if !toks[h].word || isOpenQuote(toks[h].text) {
			return 0
		}
	}
	return 0
}
