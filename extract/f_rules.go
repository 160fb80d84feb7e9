package extract

import "strings"

// Rules drawn from batch F after its first score (docs/extract.md,
// section "x-f-rules").

// surnameWords are words written capitalised as calendar words or common
// words, and so kept out of names, that are also surnames: a month
// (Theresa May, Ann March, Billy August), a weekday (Joe Friday, Billy
// Sunday). (Other words of notNames, "Read", "Still", are left out: "Please
// Read" in a page's chrome would make a person.)
var surnameWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// calendarModifiers are capitalised words before a month or weekday that
// make it a date, not a surname ("Early May", "Easter Monday", "Black
// Friday"); words of notNames ("Since May", "In May") are no given names
// anyway.
var calendarModifiers = map[string]bool{
	"early": true, "late": true, "mid": true, "last": true, "next": true, "every": true, "each": true,
	"from": true, "through": true, "throughout": true, "till": true, "around": true, "come": true,
	"easter": true, "black": true, "good": true, "cyber": true, "super": true, "ash": true, "holy": true,
	"palm": true, "bloody": true, "maundy": true, "shrove": true, "fat": true, "whit": true, "plough": true,
	"blue": true, "giving": true, "small": true, "low": true, "white": true, "green": true, "spy": true,
	"weekend": true, "week": true, "month": true, "year": true, "day": true, "night": true,
	"mayday": true, "may": true, "june": true, "april": true, "march": true, "monday": true, "friday": true,
	"long": true, "great": true, "peace": true, "protest": true, "victory": true, "pride": true, "freedom": true, "unity": true,
}

// markSurnames is the rule calendar-surname: a month, weekday or common
// word of surnameWords is a surname when it follows an honorific ("Mrs
// May", "Mr. Friday"), a capitalised title ("Prime Minister May", "Sen.
// March") or, for a month or common word, a capitalised given name
// ("Theresa May"; a weekday only after an honorific: "President Trump
// Tuesday signed" is a date; markKnownSurnames then finds "Tom Friday"), and no day number or
// year follows ("Theresa May 5" and "in May 2019" stay dates). The
// token is marked, so every reader of names takes it in. In a line in
// title case ("Council May Delay Harbour Vote") "May" may be the verb:
// there only an honorific or a title makes it a surname.
func markSurnames(toks []tok) []tok {
	titleCase := titleCased(toks)
	for i := 1; i < len(toks); i++ {
		w := lower(toks[i])
		if !surnameWords[w] || !isCap(toks[i]) || dateAfter(toks, i+1) {
			continue
		}
		p := i - 1
		if toks[p].text == "." && p > 0 {
			p-- // "Mrs. May", "Sen. May"
		}
		pw := lower(toks[p])
		weekday := weekdayIndex(w) >= 0
		switch {
		case !isCap(toks[p]):
		case honorifics[pw] || abbreviatedTitles[pw] != "" && p < i-1:
			toks[i].surname = true
		case p < i-1:
		case roleHeads[pw] && !weekday:
			toks[i].surname = true
		case givenName(toks, p) && !weekday && !titleCase:
			toks[i].surname = true
		}
	}
	return toks
}

// givenName says whether toks[p] may be a given name before a surname: a
// capitalised word or initial ("J May"), no calendar modifier, no word of notNames, no title.
func givenName(toks []tok, p int) bool {
	w := lower(toks[p])
	return isCap(toks[p]) && !notNames[w] && !calendarModifiers[w] && !roleHeads[w] && !isAcronym(toks[p].text) && !hyphenLower(toks[p].text)
}

// dateAfter says whether a day number or a year starts at toks[i] ("May
// 5", "May 5th", "May, 2019").
func dateAfter(toks []tok, i int) bool {
	year := false
	if i < len(toks) && toks[i].text == "," {
		i, year = i+1, true // "Theresa May, 60, said": an age, no year
	}
	if i >= len(toks) || !toks[i].word || year && len(toks[i].text) != 4 {
		return false
	}
	c := toks[i].text[0]
	return c >= '0' && c <= '9'
}

// notNameTok says whether t is a capitalised word that makes no name,
// unless the rule calendar-surname read it as a surname.
func notNameTok(t tok) bool { return notNames[lower(t)] && !t.surname }

// markKnownSurnames carries the rule calendar-surname through the
// article: once "Theresa May" is read as a name, a bare "May" is her
// surname where it stands as the subject or object of a verb of saying
// ("May said", "said May."), at a sentence's start or after a comma or
// conjunction, or after a given name ("Tom Friday" once "Mr Friday" is
// read); "in May", "May 5" and "May's figures" stay dates.
func (d *doc) markKnownSurnames() {
	known := map[string]bool{}
	for _, s := range d.sents {
		for _, t := range s.toks {
			if t.surname {
				known[t.text] = true
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for si := range d.sents {
		toks := d.sents[si].toks
		titleCase := titleCased(toks)
		for i := range toks {
			if !known[toks[i].text] || toks[i].surname || dateAfter(toks, i+1) {
				continue
			}
			prev, next := "", ""
			if i > 0 {
				prev = lower(toks[i-1])
			}
			if i+1 < len(toks) {
				next = lower(toks[i+1])
			}
			subject := (i == 0 || !toks[i-1].word || prev == "and" || prev == "but") && hasKey(cueVerbs, next)
			object := hasKey(cueVerbs, prev) && (next == "." || next == "," || next == "")
			given := i > 0 && givenName(toks, i-1) && !titleCase // "Tom Friday" once "Mr Friday" is read; not "Tories May Lose Seats"
			if subject || object || given {
				toks[i].surname = true
			}
		}
	}
}

// descriptionStops end a description after a verb of saying: prepositions,
// relatives, conjunctions.
var descriptionStops = map[string]bool{"who": true, "whose": true, "that": true, "which": true, "and": true, "but": true, "as": true, "when": true, "while": true, "after": true, "before": true, "because": true}

// ageDescription is the rule age-description: after a verb of saying,
// "the" and lower-case words holding an age ("said the 29-year-old", "said
// the 35-year-old talismanic striker", "said the 61-year-old former
// champion") describe a person the article has named: it returns the
// index of the age word and the end of the description, else (0, 0).
func ageDescription(toks []tok, j int) (int, int) {
	if j >= len(toks) || lower(toks[j]) != "the" {
		return 0, 0
	}
	g, k := -1, j+1
	for ; k < len(toks) && k < j+6 && toks[k].word && !isCap(toks[k]); k++ {
		w := lower(toks[k])
		if prepositions[w] || determiners[w] || descriptionStops[w] || hasKey(cueVerbs, w) {
			break
		}
		if isAgeNoun(w) && g < 0 {
			g = k
		}
	}
	if g < 0 {
		return 0, 0
	}
	return g, k
}

// adjectiveRanks are ranks that are also adjectives of compound names:
// "General" (a General Strike, the General Election, the General
// Assembly), "Major" (a Major Incident).
var adjectiveRanks = map[string]bool{"general": true, "major": true}

// articleWords are the articles and possessive pronouns: before a rank
// they make it an adjective ("a General Strike"); a possessor's "’s" does
// not ("Ukraine’s General Ann Lee").
var articleWords = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "every": true, "each": true, "any": true, "no": true}

// adjectiveRank is the rule adjective-rank: a capitalised "General" or
// "Major" right after an article or possessive pronoun, and followed by a
// capitalised word, opens a compound name, not a rank before a person:
// "a General Strike", "her General Field theory". "the General said" (no
// capitalised word after it) is left to the other rules.
func adjectiveRank(toks []tok, k int) bool {
	if k == 0 || k+1 >= len(toks) || !isCap(toks[k]) || !adjectiveRanks[lower(toks[k])] || !articleWords[lower(toks[k-1])] {
		return false
	}
	return isCap(toks[k+1])
}

// ampersandTerms are abbreviations joined by "&" that name no one
// (research and development, questions and answers, …): the tokenizer
// leaves them apart, as before the rule ampersand-name.
var ampersandTerms = map[string]bool{"r&d": true, "q&a": true, "b&b": true, "p&l": true, "m&a": true, "r&b": true, "a&e": true, "f&b": true, "d&d": true, "b&w": true, "c&w": true, "g&t": true}

// ampersandTerm says whether the "&" at rs[j] of the word starting at
// rs[i] joins one of ampersandTerms ("R&D").
func ampersandTerm(rs []rune, i, j, end int) bool {
	e := j + 1
	for e < end && isWordRune(rs[e]) {
		e++
	}
	return ampersandTerms[strings.ToLower(string(rs[i:e]))]
}

// possessorThenName is the rule possessor-name: "Spain’s Ann Lee" is the
// person Ann Lee of Spain, never a person "Spain’s Ann Lee". It holds for
// toks[a:p] "’s" toks[p+1:b] when the words after the possessive are two
// or more name words (no organization word last) and the possessor is a
// state, or the name is a person the article has already drafted.
func (x *extractor) possessorThenName(toks []tok, a, p, b int) bool {
	if b-(p+1) < 2 || b-(p+1) > 4 {
		return false
	}
	for _, t := range toks[p+1 : b] {
		if !isNameTok(t) {
			return false
		}
	}
	if w := strings.TrimSuffix(lower(toks[b-1]), "."); companyWords[w] || orgSuffixes[w] || orgHeadNouns[w] || thingNouns[w] || mediaNouns[w] {
		return false
	}
	for _, t := range toks[a:p] {
		if !isCap(t) {
			return false
		}
	}
	if _, ok := stateOf(joinToks(toks[a:p])); ok {
		return true
	}
	return x.reg.lookup(joinToks(toks[p+1:b]), KindPerson) != nil
}

// qualifiedTitle is the rule qualified-title: a lower-case title whose
// lower-case title words before it ("head coach", "chief executive") are
// led by a capitalised qualifier ("Spain head coach Ray", "Acme chief
// executive Lee") names the surname after it, as "Kremlin aide X" does;
// "the head coach Ray" stays too weak.
func qualifiedTitle(toks []tok, k int) bool {
	j := k - 1
	for j > 0 && j >= k-2 && toks[j].word && !isCap(toks[j]) && (roleHeads[lower(toks[j])] || roleModifiers[lower(toks[j])]) {
		j--
	}
	return j < k-1 && j >= 0 && isCap(toks[j]) && !determiners[lower(toks[j])] && !notNameTok(toks[j])
}

// titleCased says whether most words of a line of four or more are
// capitalised, as in a headline written in title case.
func titleCased(toks []tok) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.word && !isDigits(t.text) {
			words++
			if isCap(t) {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*7
}
