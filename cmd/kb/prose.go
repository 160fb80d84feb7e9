package main

import (
	"strings"

	"kb/internal/render"
	"kb/store"
)

// Sentences about statements, roles and counts, written to read as
// English whatever the data: the cue is the source's verb and may be a
// participle ("adding") or need an object ("told"), and a date may be
// unknown.

// attribution renders who said a statement, in what role, how and when:
// "Keith Kellogg, US Special Envoy for Ukraine, told the Reagan National
// Defense Forum on 2025-12-06 (inferred)", or "Russia claims — date not
// given, source published 2025-12-07 (inferred)".
func attribution(st store.Statement) string {
	head := st.Speaker.Name
	if role := speakerRole(st); role != "" {
		head += ", " + role + ","
	}
	if st.OnBehalfOf != nil {
		head += " for " + st.OnBehalfOf.Name + ","
	}
	verb, namedEvent := cueVerb(st)
	head += " " + verb

	var after []string
	if st.Setting != nil && !(namedEvent && strings.EqualFold(*st.Setting, st.Event.Name)) {
		setting := *st.Setting
		if st.SettingInferred {
			setting += " (inferred)"
		}
		after = append(after, setting)
	}
	switch {
	case st.Said != nil && !strings.Contains(verb, ","):
		head += " " + datePreposition(st.Said) + " " + dateText(st.Said)
	case st.Said != nil:
		// "expects, according to official statements on ..." would date
		// the statements, not the expecting
		after = append([]string{datePreposition(st.Said) + " " + dateText(st.Said)}, after...)
	case st.Source.Published != nil:
		after = append(after, "date not given, source published "+dateText(st.Source.Published))
	default:
		after = append(after, "date not given")
	}
	if len(after) == 0 {
		return head
	}
	return head + " — " + strings.Join(after, "; ")
}

// pastTense turns the participles that news uses as cues into the past
// tense, so that "adding" reads "added on 2025-12-06".
var pastTense = map[string]string{
	"acknowledging": "acknowledged", "adding": "added", "admitting": "admitted", "arguing": "argued",
	"asking": "asked", "accusing": "accused", "calling": "called", "claiming": "claimed",
	"confirming": "confirmed", "denying": "denied", "describing": "described", "emphasising": "emphasised",
	"emphasizing": "emphasized", "estimating": "estimated", "explaining": "explained", "insisting": "insisted",
	"noting": "noted", "predicting": "predicted", "promising": "promised", "replying": "replied",
	"responding": "responded", "saying": "said", "stressing": "stressed", "suggesting": "suggested",
	"telling": "told", "urging": "urged", "vowing": "vowed", "warning": "warned", "writing": "wrote",
}

// tellVerbs need to say whom: alone, "told on 2025-12-06" reads as if the
// date were told.
var tellVerbs = map[string]bool{"told": true, "tells": true, "tell": true}

// audienceEvents are the kinds of event whose name can follow "told": a
// forum or a hearing is told things; a call or a meeting is not.
var audienceEvents = map[string]bool{"forum": true, "hearing": true}

// cueVerb renders the cue as a verb phrase, and reports whether it names
// the statement's event as the audience.
func cueVerb(st store.Statement) (string, bool) {
	cue := "said"
	if st.Cue != nil && strings.TrimSpace(*st.Cue) != "" {
		cue = strings.TrimSpace(*st.Cue)
	}
	first, rest, _ := strings.Cut(cue, " ")
	if past, ok := pastTense[strings.ToLower(first)]; ok {
		first = past
		cue = strings.TrimSpace(first + " " + rest)
	}
	if !tellVerbs[strings.ToLower(first)] || rest != "" {
		return cue, false
	}
	if st.Event != nil && audienceEvents[st.EventKind] {
		name := st.Event.Name
		if !strings.HasPrefix(strings.ToLower(name), "the ") {
			name = "the " + name
		}
		return cue + " " + name, true
	}
	return cue + " (audience not recorded)", false
}

// roleText renders a role as "Title (Organization)", leaving out an
// organization the title already names (render.RoleText).
func roleText(title string, org *store.Entity) string { return render.RoleText(title, org) }

// count renders "1 speaker", "2 speakers", "1,204 statements".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + plural1(noun)
}

// plural1 is the plural of a noun of kb's: a regular -s, -y to -ies.
func plural1(noun string) string {
	switch {
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey"):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "sh"), strings.HasSuffix(noun, "ch"):
		return noun + "es"
	}
	return noun + "s"
}
