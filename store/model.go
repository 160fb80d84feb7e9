package store

// The types in this file are what lookups return. Their JSON form is kb's
// public output contract (docs/json.md): snake_case keys, arrays never null,
// unknown values null, dates as {on, precision, inferred, basis}.

// Entity names a person, organization, topic, territory or event.
type Entity struct {
	Kind Kind   `json:"kind"`
	ID   string `json:"id"`
	Name string `json:"name"`
}

// SourceRef names a source, with its publication date.
type SourceRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published *Date  `json:"published"`
}

// Appearance is one passage of one source where a statement is written.
type Appearance struct {
	Source  SourceRef `json:"source"`
	Span    Span      `json:"span"`
	Passage string    `json:"passage"`
	// Wording is the statement's text as this source prints it; null when
	// not known.
	Wording *string `json:"wording"`
}

// RoleAt is the role a speaker held when a statement was made.
type RoleAt struct {
	Title        string  `json:"title"`
	Organization *Entity `json:"organization"`
}

// Statement is one thing said, with everything needed to cite it.
type Statement struct {
	ID          string  `json:"id"`
	Speaker     Entity  `json:"speaker"`
	SpeakerRole *RoleAt `json:"speaker_role"`
	OnBehalfOf  *Entity `json:"on_behalf_of"`
	Kind        string  `json:"kind"`
	Text        string  `json:"text"`
	Cue         *string `json:"cue"`
	Said        *Date   `json:"said"`
	Setting     *string `json:"setting"`
	// SettingInferred marks a setting worked out from the context rather
	// than stated beside the words; SettingBasis says how.
	SettingInferred bool    `json:"setting_inferred"`
	SettingBasis    *string `json:"setting_basis"`
	// Paraphrase marks a reported statement whose text is the curator's
	// wording, not the source's.
	Paraphrase  bool         `json:"paraphrase"`
	Event       *Entity      `json:"event"`
	EventKind   string       `json:"-"` // the event's kind (forum, call...), for prose
	Topics      []Entity     `json:"topics"`
	Source      SourceRef    `json:"source"`
	Appearances []Appearance `json:"appearances"`
}

// Role is a title a person holds or held.
type Role struct {
	ID           int64     `json:"id"`
	Person       Entity    `json:"person"`
	Title        string    `json:"title"`
	Organization *Entity   `json:"organization"`
	Start        *Date     `json:"start"`
	End          *Date     `json:"end"`
	Status       string    `json:"status"` // current, announced_end or former
	Source       SourceRef `json:"source"`
	Evidence     string    `json:"evidence"`
}

// Position is a stance held on a topic.
type Position struct {
	ID       int64  `json:"id"`
	Holder   Entity `json:"holder"`
	Topic    Entity `json:"topic"`
	Polarity string `json:"polarity"`
	Stance   string `json:"stance"`
	// StanceInferred marks a stance that is the curator's reading of the
	// source rather than its words; StanceBasis says why.
	StanceInferred bool      `json:"stance_inferred"`
	StanceBasis    *string   `json:"stance_basis"`
	AsOf           *Date     `json:"as_of"`
	Statements     []string  `json:"statements"`
	Source         SourceRef `json:"source"`
	Evidence       string    `json:"evidence"`
}

// EventRef is an event someone took part in, with where it is written.
type EventRef struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Held     *Date     `json:"held"`
	Place    *string   `json:"place"`
	Source   SourceRef `json:"source"`
	Evidence string    `json:"evidence"`
}

// Person is everything kb knows about one person.
type Person struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Description *string     `json:"description"`
	Aliases     []string    `json:"aliases"`
	Roles       []Role      `json:"roles"`
	Statements  []Statement `json:"statements"`
	MentionedIn []Statement `json:"mentioned_in"` // statements by others that name them
	Positions   []Position  `json:"positions"`
	Events      []EventRef  `json:"events"`
}
