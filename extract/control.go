package extract

import (
	"strconv"
	"strings"
)

// control finds territory-control figures: "Russia controls 19.2% of
// Ukraine, including all of Luhansk; ...", "under Russian control",
// "Ukrainian-controlled portions of Donetsk", "Russia’s claims over all of
// Donbas".
func (x *extractor) control() {
	for si := range x.d.sents {
		s := &x.d.sents[si]
		toks := s.toks
		for k := 0; k < len(toks); k++ {
			w := lower(toks[k])
			switch {
			case controlVerbs[w] && toks[k].word:
				x.controlList(si, k)
			case w == "under" && k+2 < len(toks) && lower(toks[k+2]) == "control":
				if st, ok := stateOf(toks[k+1].text); ok {
					x.underControl(si, k, st)
				}
			case strings.HasSuffix(w, "-controlled") || strings.HasSuffix(w, "-held"):
				prefix := w[:strings.LastIndex(w, "-")]
				if st, ok := stateOf(prefix); ok {
					x.controlledPortion(si, k, st)
				}
			case (w == "claims" || w == "claim") && k > 1 && toks[k-1].text == "’s" && k+1 < len(toks) && (lower(toks[k+1]) == "over" || lower(toks[k+1]) == "to"):
				if st, ok := stateOf(toks[k-2].text); ok {
					ctrl := x.reg.state(st, Why{Rule: "state", Confidence: 0.8})
					end := len(toks)
					if i := x.controlItem(si, k+2, end, ctrl, "claim", toks[k-2].Start); i > 0 {
						k = i - 1
					}
				}
			}
		}
	}
}

func (x *extractor) asOf(toks []tok) *Date {
	if !x.isPub {
		return nil
	}
	for _, t := range toks {
		if w := lower(t); w == "currently" || w == "now" {
			return &Date{On: x.opt.Published, Basis: "“" + t.text + "”, in an article of " + x.opt.Published}
		}
	}
	return &Date{On: x.opt.Published, Basis: "as reported in the article of " + x.opt.Published}
}

// controlList reads the list after "Russia controls".
func (x *extractor) controlList(si, k int) {
	toks := x.d.sents[si].toks
	j := k - 1
	for j >= 0 && (lower(toks[j]) == "currently" || lower(toks[j]) == "now" || lower(toks[j]) == "already" || lower(toks[j]) == "still") {
		j--
	}
	if j < 0 {
		return
	}
	a := npLeft(toks, j+1)
	if a > j {
		return
	}
	name := joinToks(toks[a : j+1])
	var ctrl *Entity
	if st, ok := stateOf(strings.TrimPrefix(name, "the ")); ok {
		ctrl = x.reg.state(st, Why{Rule: "state", Confidence: 0.8})
	} else if e := x.reg.lookup(name, KindOrganization); e != nil {
		ctrl = e
	} else {
		return
	}
	// items are separated by ";" and "including"
	i := k + 1
	for i < len(toks) {
		for i < len(toks) && (toks[i].text == ";" || toks[i].text == "," || lower(toks[i]) == "including" || lower(toks[i]) == "and") {
			i++
		}
		if i >= len(toks) || toks[i].text == "." {
			break
		}
		end := i
		for end < len(toks) && toks[end].text != ";" && toks[end].text != "." && !(toks[end].text == "," && end+1 < len(toks) && lower(toks[end+1]) == "including") {
			if end > i && lower(toks[end]) == "and" && startsQuantity(toks, end+1) {
				break
			}
			if toks[end].text == "," && end+1 < len(toks) && lower(toks[end+1]) == "according" {
				break
			}
			end++
		}
		x.controlItem(si, i, end, ctrl, "control", -1)
		i = end
	}
}

// controlItem reads "over 80% of Donetsk", "all of Luhansk", "small parts
// of Kharkiv, Sumy, and Dnipropetrovsk", "Crimea, annexed in 2014" in
// toks[i:end], and returns where it stopped (0 when it read nothing).
func (x *extractor) controlItem(si, i, end int, ctrl *Entity, kind string, evStart int) int {
	toks := x.d.sents[si].toks
	of := -1
	for k := i; k < end && k < i+6; k++ {
		if lower(toks[k]) == "of" {
			of = k
			break
		}
	}
	var share *float64
	bound, qual := "", ""
	terrFrom := i
	if of > i {
		qual = x.d.text(span{toks[i].Start, toks[of-1].End})
		share, bound = parseShare(toks[i:of])
		if share == nil {
			if _, ok := shareWords[strings.ToLower(qual)]; !ok {
				return 0
			}
		}
		terrFrom = of + 1
	}
	if terrFrom >= end {
		return 0
	}
	// the region: the territory named last before it
	if lower(toks[terrFrom]) == "the" && terrFrom+1 < end {
		if kindWord, ok := regionNouns[lower(toks[terrFrom+1])]; ok {
			if t := x.antecedentTerritory(si, toks[terrFrom].Start, kindWord); t != nil {
				x.addControl(Control{Territory: t, Controller: ctrl, Kind: kind, Share: share, ShareBound: bound, Qualifier: qual, AsOf: x.asOf(toks),
					Why: Why{Rule: "control-list/anaphora", Confidence: 0.45, Note: "“" + x.d.text(span{toks[terrFrom].Start, toks[terrFrom+1].End}) + "” read as " + t.Name}},
					span{pick(evStart, toks[i].Start), toks[terrFrom+1].End})
			}
			return terrFrom + 2
		}
	}
	names, stop := territoryNames(toks, terrFrom, end)
	if len(names) == 0 {
		return 0
	}
	note := ""
	if of < 0 && stop < end && toks[stop].text == "," && stop+1 < end && !isCap(toks[stop+1]) {
		note = x.d.text(span{toks[stop+1].Start, toks[end-1].End})
		note = strings.TrimRight(note, ",;. ")
	}
	evEnd := toks[stop-1].End
	if note != "" {
		evEnd = toks[end-1].End
	}
	for _, n := range names {
		t := x.reg.territory(n, "", Why{Rule: "territory-name", Confidence: 0.6})
		c := Control{Territory: t, Controller: ctrl, Kind: kind, Share: share, ShareBound: bound, Qualifier: qual, Note: note, AsOf: x.asOf(toks),
			Why: Why{Rule: "control-list", Confidence: 0.8}}
		if kind == "claim" {
			c.Why.Rule = "territorial-claim"
			c.Why.Confidence = 0.6
		}
		if len(names) > 1 {
			c.Why.Note = "one of " + strconv.Itoa(len(names)) + " territories given the same figure"
		}
		x.addControl(c, span{pick(evStart, toks[i].Start), evEnd})
	}
	return stop
}

func pick(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// startsQuantity says whether toks[i:] starts with a share: a number, a
// bound word or a share word.
func startsQuantity(toks []tok, i int) bool {
	if i >= len(toks) || !toks[i].word {
		return false
	}
	w := lower(toks[i])
	if _, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil {
		return true
	}
	for k := range boundWords {
		if strings.HasPrefix(k+" ", w+" ") {
			return true
		}
	}
	for k := range shareWords {
		if strings.HasPrefix(k+" ", w+" ") {
			return true
		}
	}
	return false
}

// territoryNames reads "Kharkiv, Sumy, Mykolaiv, and Dnipropetrovsk", "the
// Zaporizhzhia region" (the name without its region noun) and "Kherson's
// left bank".
func territoryNames(toks []tok, i, end int) ([]string, int) {
	var out []string
	if i < end && lower(toks[i]) == "the" {
		i++
	}
	for i < end {
		j := i
		for j < end && isCap(toks[j]) && !notNameTok(toks[j]) {
			j++
		}
		if j == i {
			break
		}
		name := joinToks(toks[i:j])
		if j+1 < end && toks[j].text == "’s" {
			// a possessive place: "Kherson's left bank", "Kherson’s coast"
			// (one word after the possessive is enough)
			for g := j + 1; g < end && g <= j+2 && toks[g].word && !isCap(toks[g]); g++ {
				if geoNouns[lower(toks[g])] {
					name = joinToks(toks[i : g+1])
					j = g + 1
					break
				}
			}
		}
		if j < end && regionNouns[lower(toks[j])] != "" && !isCap(toks[j]) {
			j++ // "the Zaporizhzhia region"
		}
		out = append(out, name)
		k := j
		if k < end && toks[k].text == "," {
			k++
		}
		if k < end && lower(toks[k]) == "and" {
			k++
		}
		if k == j || k >= end || !isCap(toks[k]) {
			return out, j
		}
		i = k
	}
	return out, i
}

// parseShare reads "19.2%", "over 80%", "about 75%" and "all".
func parseShare(ts []tok) (*float64, string) {
	if len(ts) == 0 {
		return nil, ""
	}
	q := strings.ToLower(joinToks(ts))
	if sw, ok := shareWords[q]; ok && sw.ok {
		v := sw.share
		return &v, sw.bound
	}
	if len(ts) < 2 || ts[len(ts)-1].text != "%" && lower(ts[len(ts)-1]) != "percent" {
		return nil, ""
	}
	num := ts[len(ts)-2].text
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || v < 0 || v > 100 {
		return nil, ""
	}
	bound := "exact"
	if len(ts) > 2 {
		if b, ok := boundWords[strings.ToLower(joinToks(ts[:len(ts)-2]))]; ok {
			bound = b
		}
	}
	return &v, bound
}

// antecedentTerritory finds the territory "the region" refers to: the last
// territory named in this sentence or the one before whose kind fits (a
// country is no region).
func (x *extractor) antecedentTerritory(si, at int, kindWord string) *Entity {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := x.d.sents[s].toks
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].Start >= at || !isCap(toks[k]) || notNameTok(toks[k]) {
				continue
			}
			a := k
			for a > 0 && isCap(toks[a-1]) && !notNameTok(toks[a-1]) {
				a--
			}
			name := joinToks(toks[a : k+1])
			k = a
			if e := x.reg.lookup(name, KindTerritory); e != nil {
				if e.Sub == kindWord || kindWord == "area" || kindWord == "region" && e.Sub != "country" {
					return e
				}
				continue
			}
			if st, ok := stateOf(name); ok {
				if kindWord == "country" {
					return x.reg.territory(st.name, "country", Why{Rule: "territory-name", Confidence: 0.5})
				}
				continue
			}
			if x.reg.lookup(name, KindPerson, KindOrganization) != nil {
				continue
			}
			return x.reg.territory(name, kindWord, Why{Rule: "territory-name", Confidence: 0.5})
		}
	}
	return nil
}

// underControl reads "the Zaporizhzhia nuclear power plant, Europe’s
// largest, currently under Russian control".
func (x *extractor) underControl(si, k int, st state) {
	toks := x.d.sents[si].toks
	ctrl := x.reg.state(st, Why{Rule: "state", Confidence: 0.8})
	// the nearest facility or known territory before "under"
	for j := k - 1; j >= 0; j-- {
		if facilityNouns[lower(toks[j])] {
			a := j
			for a > 0 && toks[a-1].word && !determiners[lower(toks[a-1])] && lower(toks[a-1]) != "of" {
				a--
			}
			if !isCap(toks[a]) {
				continue
			}
			name := joinToks(toks[a : j+1])
			t := x.reg.territory(name, "facility", Why{Rule: "facility-name", Confidence: 0.5})
			x.addControl(Control{Territory: t, Controller: ctrl, Kind: "control", AsOf: x.asOf(toks), Why: Why{Rule: "under-control", Confidence: 0.6}},
				span{toks[a].Start, toks[k+2].End})
			return
		}
		if isCap(toks[j]) {
			if e := x.reg.lookup(toks[j].text, KindTerritory); e != nil {
				x.addControl(Control{Territory: e, Controller: ctrl, Kind: "control", AsOf: x.asOf(toks), Why: Why{Rule: "under-control", Confidence: 0.5}},
					span{toks[j].Start, toks[k+2].End})
				return
			}
		}
	}
}

// controlledPortion reads "the remaining Ukrainian-controlled portions of
// Donetsk".
func (x *extractor) controlledPortion(si, k int, st state) {
	toks := x.d.sents[si].toks
	of := -1
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		if lower(toks[j]) == "of" {
			of = j
			break
		}
	}
	if of < 0 || of+1 >= len(toks) {
		return
	}
	a := k
	for a > 0 && toks[a-1].word && !isCap(toks[a-1]) && (determiners[lower(toks[a-1])] || strings.HasSuffix(lower(toks[a-1]), "ing") || lower(toks[a-1]) == "remaining") {
		a--
		if determiners[lower(toks[a])] {
			break
		}
	}
	names, stop := territoryNames(toks, of+1, len(toks))
	if len(names) == 0 {
		return
	}
	ctrl := x.reg.state(st, Why{Rule: "state", Confidence: 0.8})
	for _, n := range names {
		t := x.reg.territory(n, "", Why{Rule: "territory-name", Confidence: 0.6})
		x.addControl(Control{Territory: t, Controller: ctrl, Kind: "control", Qualifier: x.d.text(span{toks[a].Start, toks[of-1].End}), AsOf: x.asOf(toks),
			Why: Why{Rule: "controlled-portion", Confidence: 0.55}}, span{toks[a].Start, toks[stop-1].End})
	}
}

func (x *extractor) addControl(c Control, ev span) {
	text, _, ok := x.uniquePassage(ev)
	if !ok {
		x.out.Notes = append(x.out.Notes, "skipped a control figure of "+c.Territory.Name+": its passage is not unique in the body")
		return
	}
	for _, o := range x.out.Control {
		if o.Territory == c.Territory && o.Controller == c.Controller && o.Kind == c.Kind && o.Qualifier == c.Qualifier {
			return
		}
	}
	c.Evidence = text
	x.out.Control = append(x.out.Control, c)
}
