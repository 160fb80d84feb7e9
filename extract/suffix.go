package extract

import "strings"

// Rule "name-suffix": a generational suffix after a name ("Arne B. Morrow
// III", "Ole Lind Jr.") is part of the name, not a surname of its own:
// the person's id and surname are the word before it, and the name
// without it is an alias, so the same person in two articles is one.

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// isNameSuffix says whether w ("III", "Jr", "Jr.") is a generational suffix.
func isNameSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if !nameSuffixes[strings.ToLower(w)] {
		return false
	}
	return w == strings.ToUpper(w) || w == "Jr" || w == "Sr"
}

// suffixEnd is the index after a suffix at toks[j] that follows a name
// ("III", "Jr" and its full stop, or the full stop after "Jr"), or j.
func suffixEnd(toks []tok, j int) int {
	if j > 0 && j < len(toks) && toks[j].text == "." && (toks[j-1].text == "Jr" || toks[j-1].text == "Sr") {
		return j + 1 // the name reader took "Jr" as a name word
	}
	if j >= len(toks) || !isNameSuffix(toks[j].text) {
		return j
	}
	if j+1 < len(toks) && toks[j+1].text == "." && (strings.EqualFold(toks[j].text, "jr") || strings.EqualFold(toks[j].text, "sr")) {
		return j + 2
	}
	return j + 1
}

// splitSuffix returns a name without its generational suffix, and the
// suffix ("" when it has none).
func splitSuffix(name string) (string, string) {
	f := strings.Fields(name)
	if len(f) < 3 || !isNameSuffix(f[len(f)-1]) {
		return name, ""
	}
	base := strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), ",")
	return base, f[len(f)-1]
}

// nameFields are the words of a person's name without its suffix: the
// last is the surname.
func nameFields(name string) []string {
	base, _ := splitSuffix(name)
	return strings.Fields(base)
}
