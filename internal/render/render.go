// Package render writes kb's documents as JSON and CSV: the one rendering
// of lookups that `kb ... -o json|csv` and `kb serve` share, so the CLI
// and the web server give the same documents (docs/json.md).
package render

import (
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"kb/store"
)

// JSON writes v as indented JSON with a trailing newline. HTML is not
// escaped: quotes are data here.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// CSV writes a header and rows as RFC 4180 CSV.
func CSV(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// Table is a CSV document: a header and rows of cells.
type Table struct {
	Header []string
	Rows   [][]string
}

// The JSON documents of the list lookups.
type (
	PeopleDoc struct {
		People []store.PersonSummary `json:"people"`
	}
	OrgsDoc struct {
		Organizations []store.OrganizationSummary `json:"organizations"`
	}
	TopicsDoc struct {
		Topics []store.TopicNode `json:"topics"`
	}
	TerritoryDoc struct {
		Territory *store.Territory      `json:"territory"`
		Figures   []store.ControlFigure `json:"figures"`
	}
	SourcesDoc struct {
		Sources []store.SourceSummary `json:"sources"`
	}
	SearchDoc struct {
		Query string            `json:"query"`
		Raw   bool              `json:"raw"`
		Hits  []store.SearchHit `json:"hits"`
	}
)

// StatementHeader is the header of every CSV of statements.
var StatementHeader = []string{
	"statement_id", "speaker", "speaker_kind", "speaker_role", "on_behalf_of", "kind", "text", "cue",
	"said_on", "said_precision", "said_inferred", "setting", "topics", "source_id", "evidence",
}

// Statements is one row per statement appearance.
func Statements(sts []store.Statement) Table {
	rows := [][]string{}
	for _, st := range sts {
		role := SpeakerRole(st)
		for _, a := range st.Appearances {
			rows = append(rows, []string{
				st.ID, st.Speaker.Name, string(st.Speaker.Kind), role, entityName(st.OnBehalfOf), st.Kind, st.Text,
				str(st.Cue), dateOn(st.Said), datePrecision(st.Said), dateInferred(st.Said), str(st.Setting),
				TopicNames(st.Topics), a.Source.ID, a.Passage,
			})
		}
	}
	return Table{StatementHeader, rows}
}

// RelatedHeader is StatementHeader with a last column, relation, saying
// how a statement relates to the person or organization looked up: said,
// on_behalf, part or mentioned.
var RelatedHeader = append(append([]string(nil), StatementHeader...), "relation")

// related is Statements with the relation in the last column.
func related(rows [][]string, sts []store.Statement, relation string) [][]string {
	for _, r := range Statements(sts).Rows {
		rows = append(rows, append(r, relation))
	}
	return rows
}

// PersonStatements is one row per appearance of the person's statements,
// then of those that mention them.
func PersonStatements(p *store.Person) Table {
	rows := related([][]string{}, p.Statements, "said")
	return Table{RelatedHeader, related(rows, p.MentionedIn, "mentioned")}
}

// OrgStatements is one row per appearance of the organization's own
// statements and those made on its behalf, then of its parts' and of those
// that mention it.
func OrgStatements(o *store.Organization) Table {
	rows := [][]string{}
	for _, st := range o.Statements {
		relation := "on_behalf"
		if st.Speaker.Kind == store.KindOrganization && st.Speaker.ID == o.ID {
			relation = "said"
		}
		rows = related(rows, []store.Statement{st}, relation)
	}
	rows = related(rows, o.PartStatements, "part")
	return Table{RelatedHeader, related(rows, o.MentionedIn, "mentioned")}
}

// SearchHeader is the header of the CSV of search hits.
var SearchHeader = []string{
	"rank", "score", "statement_id", "speaker", "speaker_kind", "speaker_role", "kind", "snippet", "text",
	"said_on", "source_id", "evidence", "topics",
}

// Search is one row per hit, with the passage from the statement's own
// source.
func Search(hits []store.SearchHit) Table {
	rows := [][]string{}
	for _, h := range hits {
		st := h.Statement
		evidence := ""
		for _, a := range st.Appearances {
			if a.Source.ID == st.Source.ID {
				evidence = a.Passage
				break
			}
		}
		rows = append(rows, []string{
			strconv.Itoa(h.Rank), strconv.FormatFloat(h.Score, 'g', 6, 64), st.ID, st.Speaker.Name,
			string(st.Speaker.Kind), SpeakerRole(st), st.Kind, h.Snippet, st.Text, dateOn(st.Said), st.Source.ID, evidence,
			TopicNames(st.Topics),
		})
	}
	return Table{SearchHeader, rows}
}

// People is one row per person.
func People(people []store.PersonSummary) Table {
	rows := [][]string{}
	for _, p := range people {
		title, org, status, end := "", "", "", ""
		if p.Role != nil {
			title, org, status, end = p.Role.Title, entityName(p.Role.Organization), p.Role.Status, dateOn(p.Role.End)
		}
		rows = append(rows, []string{p.ID, p.Name, str(p.Description), title, org, status, end, strconv.Itoa(p.Statements)})
	}
	return Table{[]string{"id", "name", "description", "role", "role_organization", "role_status", "role_end_on", "statements"}, rows}
}

// Orgs is one row per organization.
func Orgs(orgs []store.OrganizationSummary) Table {
	rows := [][]string{}
	for _, g := range orgs {
		parentID := ""
		if g.Parent != nil {
			parentID = g.Parent.ID
		}
		rows = append(rows, []string{g.ID, g.Name, g.Kind, str(g.Description), parentID, entityName(g.Parent),
			strconv.Itoa(g.Members), strconv.Itoa(g.Statements)})
	}
	return Table{[]string{"id", "name", "kind", "description", "parent_id", "parent", "members", "statements"}, rows}
}

// Topics is one row per topic of the tree.
func Topics(topics []store.TopicNode) Table {
	rows := [][]string{}
	for _, t := range topics {
		rows = append(rows, []string{t.ID, t.Name, str(t.ParentID), strconv.Itoa(t.Depth),
			strconv.Itoa(t.Statements), strconv.Itoa(t.OwnStatements), strconv.Itoa(t.Positions)})
	}
	return Table{[]string{"id", "name", "parent_id", "depth", "statements", "own_statements", "positions"}, rows}
}

// Figures is one row per control figure.
func Figures(figures []store.ControlFigure) Table {
	rows := [][]string{}
	for _, c := range figures {
		withinID := ""
		if c.Within != nil {
			withinID = c.Within.ID
		}
		rows = append(rows, []string{
			c.Territory.ID, c.Territory.Name, withinID, entityName(c.Within), strconv.Itoa(c.Depth),
			c.Controller.ID, c.Controller.Name, c.Kind, ShareText(c.Share), str(c.ShareBound), str(c.Qualifier),
			dateOn(c.AsOf), datePrecision(c.AsOf), dateInferred(c.AsOf), str(c.Note), c.Source.ID, c.Evidence,
		})
	}
	return Table{[]string{"territory_id", "territory", "within_id", "within", "depth", "controller_id", "controller",
		"kind", "share", "share_bound", "qualifier", "as_of", "as_of_precision", "as_of_inferred", "note", "source_id", "evidence"}, rows}
}

// SourceHeader is the header of the CSV of sources.
var SourceHeader = []string{"id", "title", "outlet", "url", "published_on", "published_precision", "published_inferred",
	"published_basis", "added_at", "content_hash", "characters", "statements", "roles", "positions", "control_figures", "events", "links"}

// SourceRow is one source as a CSV row.
func SourceRow(s store.SourceSummary) []string {
	c := s.Counts
	basis := ""
	if s.Published != nil {
		basis = s.Published.Basis
	}
	return []string{s.ID, str(s.Title), str(s.Outlet), str(s.URL), dateOn(s.Published), datePrecision(s.Published),
		dateInferred(s.Published), basis, s.AddedAt, s.ContentHash, strconv.Itoa(s.Characters),
		strconv.Itoa(c.Statements), strconv.Itoa(c.Roles), strconv.Itoa(c.Positions), strconv.Itoa(c.ControlFigures),
		strconv.Itoa(c.Events), strconv.Itoa(c.Links)}
}

// Sources is one row per source.
func Sources(sources []store.SourceSummary) Table {
	rows := [][]string{}
	for _, s := range sources {
		rows = append(rows, SourceRow(s))
	}
	return Table{SourceHeader, rows}
}

// SpeakerRole renders the role the speaker held when the statement was
// made; "" when none is known.
func SpeakerRole(st store.Statement) string {
	if st.SpeakerRole == nil {
		return ""
	}
	return RoleText(st.SpeakerRole.Title, st.SpeakerRole.Organization)
}

// RoleText renders a role as "Title (Organization)", leaving out an
// organization the title already names.
func RoleText(title string, org *store.Entity) string {
	if org == nil || namesOrg(title, org.Name) {
		return title
	}
	return title + " (" + org.Name + ")"
}

// TopicNames joins the names of topics with commas.
func TopicNames(ts []store.Entity) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return strings.Join(names, ", ")
}

// ShareText is a share in percent as a plain number; "" when unknown.
func ShareText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// Cell renders one value of an ad-hoc query for a cell; null is what NULL
// becomes.
func Cell(v any, null string) string {
	switch v := v.(type) {
	case nil:
		return null
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case string:
		return v
	case []byte:
		return "x'" + hex.EncodeToString(v) + "'"
	case time.Time:
		return v.Format("2006-01-02 15:04:05.999999999Z07:00")
	}
	return fmt.Sprint(v)
}

// RowKeys are the JSON keys of a query's columns: a repeated name gets
// _2, _3, ...
func RowKeys(names []string) []string {
	seen := map[string]int{}
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = n
		if seen[n]++; seen[n] > 1 {
			keys[i] = fmt.Sprintf("%s_%d", n, seen[n])
		}
	}
	return keys
}

// JSONValue is a query value as `kb sql -o json` writes it: a BLOB as its
// x'hex' string, an infinite REAL as "Infinity" or "-Infinity".
func JSONValue(v any) any {
	switch v := v.(type) {
	case []byte:
		return Cell(v, "")
	case float64:
		switch {
		case math.IsInf(v, 1):
			return "Infinity"
		case math.IsInf(v, -1):
			return "-Infinity"
		case math.IsNaN(v):
			return nil
		}
	case time.Time:
		return Cell(v, "")
	}
	return v
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func entityName(e *store.Entity) string {
	if e == nil {
		return ""
	}
	return e.Name
}

func dateOn(d *store.Date) string {
	if d == nil {
		return ""
	}
	return d.On
}

func datePrecision(d *store.Date) string {
	if d == nil {
		return ""
	}
	return d.Precision
}

func dateInferred(d *store.Date) string {
	if d == nil {
		return ""
	}
	if d.Inferred {
		return "true"
	}
	return "false"
}

// namesOrg reports whether title names the organization called name: its
// name anywhere, or its initials (US, U.S., UK, EU) as a word.
func namesOrg(title, name string) bool {
	if strings.Contains(strings.ToLower(title), strings.ToLower(name)) {
		return true
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	var initials, dotted strings.Builder
	for _, w := range words {
		r := []rune(w)[0]
		if strings.ToUpper(string(r)) != string(r) {
			continue // "of", "and": not part of the initials
		}
		initials.WriteRune(r)
		dotted.WriteString(string(r) + ".")
	}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == ',' || r == '’' || r == '\'' || r == '(' || r == ')' }) {
		if w == initials.String() || w == dotted.String() {
			return initials.Len() > 1
		}
	}
	return false
}

// FigureText renders a control figure as reported: the qualifier, with the
// number when the words do not already give it ("all (100%)"), and the note.
func FigureText(c store.ControlFigure) string {
	share := ""
	if c.Share != nil {
		share = strconv.FormatFloat(*c.Share, 'f', -1, 64) + "%"
		switch str(c.ShareBound) {
		case "more_than":
			share = "over " + share
		case "about":
			share = "about " + share
		case "less_than":
			share = "under " + share
		}
	}
	q := str(c.Qualifier)
	var fig string
	switch {
	case q != "" && share != "" && !strings.Contains(q, strconv.FormatFloat(*c.Share, 'f', -1, 64)):
		fig = q + " (" + share + ")"
	case q != "":
		fig = q
	case share != "":
		fig = share
	default:
		fig = "no figure given"
	}
	if c.Note != nil {
		fig += "; " + *c.Note
	}
	return fig
}
