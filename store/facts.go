package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
)

// The types in this file are what the seed package hands to Load: the facts
// of one source, with every passage already located in the body and every
// reference already checked. Empty strings stand for unknown values and are
// stored as NULL.

// Date is a date at a stated precision. On holds it in the stored form
// ('2025-12-06', '2026-01', '2026'; a week is stored as its Monday).
type Date struct {
	On        string `json:"on"`
	Precision string `json:"precision"` // day, week, month or year
	Inferred  bool   `json:"inferred"`
	Basis     string `json:"basis,omitempty"` // why, when inferred
}

// Span is a passage of a source body in Unicode characters: Start is the
// 0-based offset of its first character, End the offset just past its last.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Kind names the tables that entities live in.
type Kind string

const (
	KindPerson       Kind = "person"
	KindOrganization Kind = "organization"
	KindTopic        Kind = "topic"
	KindTerritory    Kind = "territory"
	KindEvent        Kind = "event"
	KindStatement    Kind = "statement"
	KindSource       Kind = "source"
)

// Ref points at an entity of a known kind.
type Ref struct {
	Kind Kind
	ID   string
}

// SourceFacts is everything one fact file says.
type SourceFacts struct {
	Source        SourceDef
	People        []PersonDef
	Organizations []OrganizationDef
	Topics        []TopicDef
	Territories   []TerritoryDef
	Events        []EventDef
	Roles         []RoleDef
	Statements    []StatementDef
	Positions     []PositionDef
	Control       []ControlDef
}

type SourceDef struct {
	ID, Title, Outlet, URL string
	Published              *Date
	Body                   string
	ContentHash            string
	Links                  []LinkDef
}

type LinkDef struct {
	Kind, Title, URL string
	Evidence         Span
}

type PersonDef struct {
	ID, Name, Description string
	Aliases               []string
}

type OrganizationDef struct {
	ID, Name, Kind, Parent, Description string
	Aliases                             []string
}

type TopicDef struct {
	ID, Name, Parent, Description string
	Aliases                       []string
}

type TerritoryDef struct {
	ID, Name, Kind, Parent string
	Aliases                []string
}

type EventDef struct {
	ID, Name, Kind, Place, Description string
	Held                               *Date
	Participants                       []Ref
	Evidence                           Span
}

type RoleDef struct {
	Person, Title, Organization string
	Start, End                  *Date
	EndKind                     string
	Evidence                    Span
}

// StatementDef is a statement, or, when RefOnly is set, only new
// appearances of a statement that another source defines. For RefOnly,
// Text is the wording the fact file gives for this source ("" when none).
type StatementDef struct {
	ID         string
	RefOnly    bool
	Position   int // 1-based place in its file's statement list; 0: its index in SourceFacts.Statements
	Speaker    Ref
	OnBehalfOf string
	Kind       string
	Text       string
	Cue        string
	Said       *Date
	Setting    string
	// SettingInferred marks a setting (and event) worked out from the
	// context; omitted from the facts hash when false, so the hashes of
	// facts without it stay those stored before it existed.
	SettingInferred bool   `json:",omitempty"`
	SettingBasis    string `json:",omitempty"`
	// Paraphrase marks a reported statement whose text is the curator's
	// wording, not a passage of the source.
	Paraphrase bool `json:",omitempty"`
	Event      string
	Topics     []string
	Mentions   []Ref
	Evidence   []Span
	// Wording is, for each passage of Evidence, the statement's text as
	// this source prints it ("" when not known). It is worked out from the
	// text and the passages, so it is no part of the facts' hash.
	Wording []string `json:"-"`
}

type PositionDef struct {
	Holder   Ref
	Topic    string
	Polarity string
	Stance   string
	// StanceInferred marks a polarity and stance that are the curator's
	// reading of the source, with StanceBasis saying why.
	StanceInferred bool   `json:",omitempty"`
	StanceBasis    string `json:",omitempty"`
	AsOf           *Date
	Statements     []string
	Evidence       Span
}

type ControlDef struct {
	Territory, Controller, Kind string
	Share                       *float64
	ShareBound, Qualifier, Note string
	AsOf                        *Date
	Evidence                    Span
}

// FactsHash is the content hash of what a source owns, in the form it is
// stored: its metadata and body, links, events, roles, statements (and the
// passages where it reports statements of other sources), positions and
// control figures. Shared entities (people, organizations, topics,
// territories) are not part of it: they are upserted on every load. Values
// that the database does not keep (a role's start basis, repeated topics or
// passages) are dropped first, so a fact file and the export of what it
// loaded hash alike, and a change only to comments or layout is no change.
func FactsHash(sf SourceFacts) string {
	c := canonical(sf)
	data, err := json.Marshal(c)
	if err != nil {
		panic("store: facts do not marshal: " + err.Error()) // plain data: cannot happen
	}
	h := sha256.Sum256(append([]byte("kb facts v1\x00"), data...))
	return hex.EncodeToString(h[:])
}

type canonicalFacts struct {
	Source     SourceDef
	Events     []EventDef
	Roles      []RoleDef
	Statements []StatementDef
	Refs       []StatementDef
	Positions  []PositionDef
	Control    []ControlDef
}

// canonical reduces facts to what the database stores, in the order it
// gives them back.
func canonical(sf SourceFacts) canonicalFacts {
	c := canonicalFacts{Source: sf.Source, Positions: sf.Positions, Control: sf.Control}
	c.Source.ContentHash = ""
	for _, e := range sf.Events {
		e.Participants = uniqueRefs(e.Participants)
		c.Events = append(c.Events, e)
	}
	for _, r := range sf.Roles {
		if r.Start != nil {
			d := *r.Start
			d.Basis = "" // roles keep no start basis
			r.Start = &d
		}
		c.Roles = append(c.Roles, r)
	}
	refs := map[string][]Span{}
	refText := map[string]string{}
	for i, s := range sf.Statements {
		if s.RefOnly {
			refs[s.ID] = append(refs[s.ID], s.Evidence...)
			if s.Text != "" {
				refText[s.ID] = s.Text
			}
			continue
		}
		if s.Position == 0 {
			s.Position = i + 1
		}
		s.Topics = uniqueStrings(s.Topics)
		s.Mentions = uniqueRefs(s.Mentions)
		s.Evidence = uniqueStarts(s.Evidence)
		c.Statements = append(c.Statements, s)
	}
	ids := make([]string, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ev := uniqueStarts(refs[id])
		sort.Slice(ev, func(i, j int) bool { return ev[i].Start < ev[j].Start })
		c.Refs = append(c.Refs, StatementDef{ID: id, RefOnly: true, Text: refText[id], Evidence: ev})
	}
	for i := range c.Positions {
		p := c.Positions[i]
		p.Statements = uniqueStrings(p.Statements)
		c.Positions[i] = p
	}
	return c
}

func uniqueStrings(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func uniqueRefs(in []Ref) []Ref {
	var out []Ref
	seen := map[Ref]bool{}
	for _, r := range in {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// uniqueStarts keeps the first passage at each start offset, as the
// appearances table (keyed by start) does.
func uniqueStarts(in []Span) []Span {
	var out []Span
	seen := map[int]bool{}
	for _, s := range in {
		if !seen[s.Start] {
			seen[s.Start] = true
			out = append(out, s)
		}
	}
	return out
}
