package main

import (
	"testing"

	"kb/store"
)

func TestAttribution(t *testing.T) {
	ptr := func(s string) *string { return &s }
	day := &store.Date{On: "2025-12-06", Precision: "day", Inferred: true}
	pub := &store.Date{On: "2025-12-07", Precision: "day"}
	forum := &store.Entity{Kind: store.KindEvent, ID: "forum", Name: "Reagan National Defense Forum"}
	call := &store.Entity{Kind: store.KindEvent, ID: "call", Name: "Call with the envoys"}
	kellogg := store.Entity{Kind: store.KindPerson, Name: "Keith Kellogg"}
	role := &store.RoleAt{Title: "US Special Envoy for Ukraine", Organization: &store.Entity{Name: "United States"}}
	for _, tc := range []struct {
		name string
		st   store.Statement
		want string
	}{
		{"told a forum names it", store.Statement{Speaker: kellogg, SpeakerRole: role, Cue: ptr("told"), Said: day, Event: forum, EventKind: "forum", Setting: ptr("Reagan National Defense Forum")},
			"Keith Kellogg, US Special Envoy for Ukraine, told the Reagan National Defense Forum on 2025-12-06 (inferred)"},
		{"told, no audience known", store.Statement{Speaker: kellogg, Cue: ptr("told"), Said: day, Event: call, EventKind: "call"},
			"Keith Kellogg told (audience not recorded) on 2025-12-06 (inferred)"},
		{"told with its object", store.Statement{Speaker: kellogg, Cue: ptr("told reporters"), Said: day},
			"Keith Kellogg told reporters on 2025-12-06 (inferred)"},
		{"a participle in the past", store.Statement{Speaker: kellogg, Cue: ptr("adding"), Said: day, Setting: ptr("Reagan National Defense Forum")},
			"Keith Kellogg added on 2025-12-06 (inferred) — Reagan National Defense Forum"},
		{"no date", store.Statement{Speaker: kellogg, Cue: ptr("estimated"), Source: store.SourceRef{Published: pub}},
			"Keith Kellogg estimated — date not given, source published 2025-12-07"},
		{"a cue with a clause keeps the date apart", store.Statement{Speaker: store.Entity{Name: "Kremlin"}, Cue: ptr("expects, according to official statements"), Source: store.SourceRef{Published: pub}},
			"Kremlin expects, according to official statements — date not given, source published 2025-12-07"},
		{"a cue with a clause, dated", store.Statement{Speaker: store.Entity{Name: "Kremlin"}, Cue: ptr("expects, according to official statements"), Said: day},
			"Kremlin expects, according to official statements — on 2025-12-06 (inferred)"},
		{"nothing known", store.Statement{Speaker: store.Entity{Name: "All sides"}, Setting: ptr("talks")},
			"All sides said — talks; date not given"},
		{"on behalf", store.Statement{Speaker: store.Entity{Name: "Yuri Ushakov"}, SpeakerRole: &store.RoleAt{Title: "Kremlin aide", Organization: &store.Entity{Name: "Kremlin"}},
			OnBehalfOf: &store.Entity{Name: "Kremlin"}, Cue: ptr("said"), Said: &store.Date{On: "2025-12-01", Precision: "week"}},
			"Yuri Ushakov, Kremlin aide, for Kremlin, said in the week of 2025-12-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := attribution(tc.st); got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestRoleText(t *testing.T) {
	us := &store.Entity{Name: "United States"}
	for _, tc := range []struct {
		title string
		org   *store.Entity
		want  string
	}{
		{"US President", us, "US President"},
		{"U.S. Secretary of State", us, "U.S. Secretary of State"},
		{"US President Donald Trump’s special envoy", us, "US President Donald Trump’s special envoy"},
		{"Special envoy", us, "Special envoy (United States)"},
		{"President", &store.Entity{Name: "Ukraine"}, "President (Ukraine)"},
		{"Kremlin aide", &store.Entity{Name: "Kremlin"}, "Kremlin aide"},
		{"EU foreign policy chief", &store.Entity{Name: "European Union"}, "EU foreign policy chief"},
		{"Minister of the Interior", &store.Entity{Name: "Ministry of the Interior"}, "Minister of the Interior (Ministry of the Interior)"},
		{"President", nil, "President"},
	} {
		t.Run(tc.title, func(t *testing.T) {
			if got := roleText(tc.title, tc.org); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		noun string
		want string
	}{
		{1, "speaker", "1 speaker"}, {2, "speaker", "2 speakers"}, {0, "event", "0 events"},
		{1, "event", "1 event"}, {3, "control figure", "3 control figures"}, {1204, "character", "1,204 characters"},
		{2, "territory", "2 territories"}, {2, "file", "2 files"}, {1, "file", "1 file"},
	} {
		if got := count(tc.n, tc.noun); got != tc.want {
			t.Errorf("count(%d, %q) = %q, want %q", tc.n, tc.noun, got, tc.want)
		}
	}
}
