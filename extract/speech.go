package extract

// speech finds cues (cues.go), their speakers (speakers.go) and claims
// (reported.go), then the direct quotes (quotes.go).
func (x *extractor) speech() {
	var last, lastPerson, lastOrg *Entity
	all := make([][]cue, len(x.d.sents))
	lastAt := make([]*Entity, len(x.d.sents)) // the last speaker before each sentence
	for si := range x.d.sents {
		s := &x.d.sents[si]
		lastAt[si] = last
		cues := x.findCues(si)
		for ci := range cues {
			c := &cues[ci]
			x.attribute(s, c, cues[:ci], lastPerson, last, lastOrg)
			if c.speaker == nil || sourceOfOther(cues, ci) {
				continue
			}
			x.noteStatement(s, c)
			x.noteSpoke(si, c.speaker)
			last = c.speaker
			x.pro.push(c.speaker)
			if len(c.also) > 0 {
				x.pro.group, x.pro.groupSi = append([]*Entity{c.speaker}, c.also...), si
			}
			if c.speaker.Kind == KindOrganization && c.speaker.Sub == "collective" {
				x.pro.spoke, x.pro.spokeSi = c.speaker, si
			}
			if c.speaker.Kind == KindPerson {
				lastPerson = c.speaker
			} else {
				lastOrg = c.speaker
			}
		}
		for ci := range cues {
			x.complement(s, &cues[ci], cues)
		}
		// a person who is the subject of a sentence is what a following
		// "he" or "she" most likely refers to
		frag := x.fragmentRun(si, cues) // rule possessive-fragment (g_rules.go)
		if p := x.subjectPerson(s); p != nil && !frag {
			spoke := false
			for _, c := range cues {
				spoke = spoke || c.speaker != nil && c.speaker.Kind == KindPerson
			}
			if !spoke {
				lastPerson = p
				x.pro.push(p)
			}
		}
		x.pluralSubject(si)
		all[si] = cues
		if !s.headline {
			x.reported(si, claimCues(cues))
		}
	}
	x.quotes(all, lastAt)
}

// noteSpoke records the person who spoke in sentence si; a second,
// different one leaves the sentence with no single speaker.
func (x *extractor) noteSpoke(si int, e *Entity) {
	if e.Kind != KindPerson {
		return
	}
	if x.spokeIn == nil {
		x.spokeIn = map[int]*Entity{}
	}
	if p, ok := x.spokeIn[si]; ok && p != e {
		x.spokeIn[si] = nil
		return
	}
	x.spokeIn[si] = e
}
