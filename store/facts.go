package store

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
// appearances of a statement that another source defines.
type StatementDef struct {
	ID         string
	RefOnly    bool
	Speaker    Ref
	OnBehalfOf string
	Kind       string
	Text       string
	Cue        string
	Said       *Date
	Setting    string
	Event      string
	Topics     []string
	Mentions   []Ref
	Evidence   []Span
}

type PositionDef struct {
	Holder     Ref
	Topic      string
	Polarity   string
	Stance     string
	AsOf       *Date
	Statements []string
	Evidence   Span
}

type ControlDef struct {
	Territory, Controller, Kind string
	Share                       *float64
	ShareBound, Qualifier, Note string
	AsOf                        *Date
	Evidence                    Span
}
