package extract

import (
	"strings"

	"kb/internal/names"
)

// abbreviatedTitles are titles written short before a name: "Sen. John
// Marlow (R-Ariz.)" is John Marlow, Senator; "Sens. A and B" are two.
var abbreviatedTitles = map[string]string{
	"sen": "Senator", "sens": "Senator", "rep": "Representative", "reps": "Representative",
	"gov": "Governor", "govs": "Governor", "lt": "Lieutenant", "col": "Colonel", "gen": "General",
	"adm": "Admiral", "capt": "Captain", "sgt": "Sergeant", "maj": "Major", "cmdr": "Commander",
	"pres": "President", "supt": "Superintendent", "atty": "Attorney", "amb": "Ambassador", "insp": "Inspector",
	"det": "Detective", "rev": "Reverend", "brig": "Brigadier", "cpl": "Corporal", "cpt": "Captain",
}

// abbreviatedTitles reads "Sen. Rosa Delgado", "Rep. Dana Whitfield, D-Calif.,"
// and "Sens. Richard Hale and Joan Mercer": each person gets the title in
// full as a role; a party/state tag after the name is left out of it.
func (x *extractor) abbreviatedTitles(toks []tok) {
	for k := 0; k+2 < len(toks); k++ {
		title, ok := abbreviatedTitles[lower(toks[k])]
		if !ok || !isCap(toks[k]) || toks[k+1].text != "." || x.d.inQuote(toks[k].Start) {
			continue
		}
		if k >= 2 && toks[k-1].text == "." && abbreviatedTitles[lower(toks[k-2])] != "" {
			continue // "Col." of "Lt. Col.": read with the run's first title
		}
		plural := len(toks[k].text) > 3 && toks[k].text[len(toks[k].text)-1] == 's'
		start := k
		if k >= 1 && isCap(toks[k-1]) && rankModifiers[lower(toks[k-1])] {
			start = k - 1 // "Rear Adm."
		}
		i := rankRun(toks, start)
		title = rankTitle(toks, start, i)
		for {
			ns, ne := namesAt(toks, i)
			if ne <= ns {
				break
			}
			name := joinToks(toks[ns:ne])
			if _, isState := stateOf(name); isState {
				break
			}
			p := x.reg.person(name, Why{Rule: "abbreviated-title", Confidence: 0.8})
			r := Role{Person: p, Title: title, Why: Why{Rule: "abbreviated-title", Confidence: 0.75, Note: "“" + toks[k].text + ".”"}}
			ev := span{toks[k].Start, toks[ne-1].End}
			if e := tagEnd(toks, ne); e > ne {
				ev.End = toks[e-1].End
			}
			if plural {
				ev = span{toks[k].Start, toks[lastNameEnd(toks, k+2)-1].End}
			}
			x.addRole(r, ev)
			if !plural || ne >= len(toks) || lower(toks[ne]) != "and" && toks[ne].text != "," {
				break
			}
			i = ne + 1
			if i < len(toks) && lower(toks[i]) == "and" {
				i++
			}
		}
	}
}

// namesAt reads a person's name at toks[i]: up to four capitalized words,
// initials included.
func namesAt(toks []tok, i int) (int, int) {
	j := i
	for j < len(toks) && j-i < 5 && (isNameTok(toks[j]) || j > i && initialDot(toks, j) == 1) {
		j += 1 + initialDot(toks, j)
		j += particlesAt(toks, j)
	}
	if j > i {
		j = suffixEnd(toks, j)
	}
	return i, j
}

// lastNameEnd is the end of a list of names from toks[i] ("A B and C D").
func lastNameEnd(toks []tok, i int) int {
	end := i
	for {
		_, ne := namesAt(toks, i)
		if ne <= i {
			return end
		}
		end = ne
		if ne+1 >= len(toks) || lower(toks[ne]) != "and" && toks[ne].text != "," {
			return end
		}
		i = ne + 1
		if lower(toks[i]) == "and" {
			i++
		}
	}
}

// tagEnd reads a party/state tag after a name: "(R-Ariz.)", ", D-Calif.,"
// and returns the index past it, or i.
func tagEnd(toks []tok, i int) int {
	if i+2 < len(toks) && toks[i].text == "(" && isPartyTag(toks[i+1].text) {
		for j := i + 2; j < len(toks) && j < i+5; j++ {
			if toks[j].text == ")" {
				return j + 1
			}
		}
	}
	if i+1 < len(toks) && toks[i].text == "," && isPartyTag(toks[i+1].text) {
		j := i + 2
		if j < len(toks) && toks[j].text == "." {
			j++
		}
		return j
	}
	return i
}

// isPartyTag says whether w reads like "R-Ariz", "D-Calif", "I-Vt", "R".
func isPartyTag(w string) bool {
	if len(w) < 3 || w[1] != '-' {
		return false
	}
	switch w[0] {
	case 'R', 'D', 'I':
		return w[2] >= 'A' && w[2] <= 'Z'
	}
	return false
}

// nameParticles are the lower-case words inside surnames: "Dimitri van
// den Bergh", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "du": true, "dos": true, "das": true, "le": true, "la": true,
	"ter": true, "ten": true, "bin": true, "al": true, "el": true, "y": true,
}

// particlesAt returns the number of lower-case name particles at toks[i]
// that join the name before it to a capitalized name word after them
// ("van den" in "Dimitri van den Bergh"), or 0.
func particlesAt(toks []tok, i int) int {
	if i == 0 || !isNameTok(toks[i-1]) {
		return 0
	}
	if i < len(toks) && hyphenParticleName(toks[i].text) {
		return 1 // "Adel al-Jubeir": the particle joined to the surname (rule name-particle)
	}
	j := i
	for j < len(toks) && j-i < 3 && toks[j].word && !isCap(toks[j]) && nameParticles[toks[j].text] {
		j++
	}
	if j == i || j >= len(toks) || !isNameTok(toks[j]) {
		return 0
	}
	return j - i
}

// fullNames ties each drafted person known by one word ("Kellogg, a
// retired general, said") to the full name the article gives elsewhere
// ("Keith Kellogg"): the person takes the full name, or, when another
// drafted person has it, that person takes the statements and roles.
func (x *extractor) fullNames() {
	for _, e := range x.reg.all {
		if e.Known || e.Kind != KindPerson || len(strings.Fields(e.Name)) != 1 {
			continue
		}
		full := x.fullNameOf(e.Name)
		if full == "" {
			continue
		}
		var other *Entity
		for _, o := range x.reg.all {
			if o != e && o.Kind == KindPerson && names.Normalize(o.Name) == names.Normalize(full) {
				other = o
			}
		}
		if other == nil {
			e.Aliases = appendNew(e.Aliases, e.Name)
			e.Name = full
			x.reg.index(e, full)
			e.Why.Note = strings.TrimPrefix(e.Why.Note+"; the full name the article gives", "; ")
			continue
		}
		for i := range x.out.Statements {
			if x.out.Statements[i].Speaker == e {
				x.out.Statements[i].Speaker = other
			}
		}
		for i := range x.out.Roles {
			if x.out.Roles[i].Person == e {
				x.out.Roles[i].Person = other
			}
		}
		other.Aliases = appendNew(other.Aliases, e.Name)
	}
}
