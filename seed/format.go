package seed

// FormatVersion is the fact-file format this kb reads (the `kb:` field).
const FormatVersion = 1

// The structs below mirror the fact-file format documented in
// docs/fact-files.md; their `kb` tags are the field names.

type factFile struct {
	Pos           pos
	At            map[string]pos
	KB            int                 `kb:"kb,required"`
	Source        *sourceNode         `kb:"source,required"`
	People        []*personNode       `kb:"people"`
	Organizations []*organizationNode `kb:"organizations"`
	Topics        []*topicNode        `kb:"topics"`
	Territories   []*territoryNode    `kb:"territories"`
	Events        []*eventNode        `kb:"events"`
	Roles         []*roleNode         `kb:"roles"`
	Statements    []*statementNode    `kb:"statements"`
	Positions     []*positionNode     `kb:"positions"`
	Control       []*controlNode      `kb:"control"`
}

type sourceNode struct {
	Pos       pos
	At        map[string]pos
	ID        string      `kb:"id,required"`
	Title     string      `kb:"title"`
	Outlet    string      `kb:"outlet"`
	URL       string      `kb:"url"`
	Published dateNode    `kb:"published"`
	Body      string      `kb:"body"`
	BodyFile  string      `kb:"body_file"`
	Related   []*linkNode `kb:"related"`
}

type linkNode struct {
	Pos      pos
	At       map[string]pos
	Title    string   `kb:"title,required"`
	Kind     string   `kb:"kind"`
	URL      string   `kb:"url"`
	Evidence passages `kb:"evidence,required"`
}

type personNode struct {
	Pos         pos
	At          map[string]pos
	ID          string   `kb:"id,required"`
	Name        string   `kb:"name,required"`
	Aliases     []string `kb:"aliases"`
	Description string   `kb:"description"`
}

type organizationNode struct {
	Pos         pos
	At          map[string]pos
	ID          string   `kb:"id,required"`
	Name        string   `kb:"name,required"`
	Kind        string   `kb:"kind,required"`
	Aliases     []string `kb:"aliases"`
	Parent      string   `kb:"parent"`
	Description string   `kb:"description"`
}

type topicNode struct {
	Pos         pos
	At          map[string]pos
	ID          string   `kb:"id,required"`
	Name        string   `kb:"name,required"`
	Parent      string   `kb:"parent"`
	Aliases     []string `kb:"aliases"`
	Description string   `kb:"description"`
}

type territoryNode struct {
	Pos     pos
	At      map[string]pos
	ID      string   `kb:"id,required"`
	Name    string   `kb:"name,required"`
	Kind    string   `kb:"kind,required"`
	Parent  string   `kb:"parent"`
	Aliases []string `kb:"aliases"`
}

type eventNode struct {
	Pos          pos
	At           map[string]pos
	ID           string   `kb:"id,required"`
	Name         string   `kb:"name,required"`
	Kind         string   `kb:"kind,required"`
	Held         dateNode `kb:"held"`
	Place        string   `kb:"place"`
	Description  string   `kb:"description"`
	Participants []string `kb:"participants"`
	Evidence     passages `kb:"evidence,required"`
}

type roleNode struct {
	Pos          pos
	At           map[string]pos
	Person       string   `kb:"person,required"`
	Title        string   `kb:"title,required"`
	Organization string   `kb:"organization"`
	Start        dateNode `kb:"start"`
	End          dateNode `kb:"end"`
	EndKind      string   `kb:"end_kind"`
	Evidence     passages `kb:"evidence,required"`
}

type statementNode struct {
	Pos        pos
	At         map[string]pos
	ID         string   `kb:"id"`
	Speaker    string   `kb:"speaker"`
	OnBehalfOf string   `kb:"on_behalf_of"`
	Kind       string   `kb:"kind"`
	Text       string   `kb:"text"`
	Paraphrase bool     `kb:"paraphrase"`
	Cue        string   `kb:"cue"`
	Said       dateNode `kb:"said"`
	Setting    textNode `kb:"setting"`
	Event      string   `kb:"event"`
	Topics     []string `kb:"topics"`
	Mentions   []string `kb:"mentions"`
	Evidence   passages `kb:"evidence"`
}

type positionNode struct {
	Pos        pos
	At         map[string]pos
	Holder     string   `kb:"holder,required"`
	Topic      string   `kb:"topic,required"`
	Polarity   string   `kb:"polarity,required"`
	Stance     string   `kb:"stance,required"`
	Inferred   bool     `kb:"inferred"`
	Basis      string   `kb:"basis"`
	AsOf       dateNode `kb:"as_of"`
	Statements []string `kb:"statements"`
	Evidence   passages `kb:"evidence"`
}

type controlNode struct {
	Pos        pos
	At         map[string]pos
	Territory  string   `kb:"territory,required"`
	Controller string   `kb:"controller,required"`
	Kind       string   `kb:"kind"`
	Share      *float64 `kb:"share"`
	ShareBound string   `kb:"share_bound"`
	Qualifier  string   `kb:"qualifier"`
	AsOf       dateNode `kb:"as_of"`
	Note       string   `kb:"note"`
	Evidence   passages `kb:"evidence,required"`
}

// The closed vocabularies of the format, as the schema's CHECKs have them.
var (
	organizationKinds = []string{"state", "government", "institution", "collective", "company", "party", "team", "league", "court", "agency", "other"}
	territoryKinds    = []string{"country", "region", "province", "city", "facility", "area"}
	eventKinds        = []string{"call", "meeting", "forum", "address", "leak", "match", "vote", "hearing", "launch", "interview", "press_conference", "other"}
	endKinds          = []string{"past", "announced"}
	statementKinds    = []string{"direct", "reported"}
	polarities        = []string{"supports", "opposes", "demands", "conditional", "rejects", "neutral"}
	controlKinds      = []string{"control", "claim"}
	shareBounds       = []string{"exact", "more_than", "about", "less_than"}
	linkKinds         = []string{"also_read", "related"}
)
