package extract

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"kb/internal/names"
)

// The evaluation compares a draft with a curated fact file of the same
// article. Matching rules:
//
//   - quotes: direct statements whose texts are equal after normQuote
//     (quote marks folded, spaces collapsed, case and closing punctuation
//     ignored), one to one;
//   - speakers: a matched statement (quote or claim) whose two speakers are
//     the same entity, by id or by any shared name or alias (normalized and
//     transliteration-folded, or a surname against a full name);
//   - reported claims: the span of the claim's text in the body (found
//     within its evidence) overlaps the other's with a Jaccard index of at
//     least 0.5, one to one, best overlap first;
//   - roles: same person (as for speakers) and titles equal when normalized;
//   - territory figures: same territory, controller and kind, and the same
//     figure: the qualifier when given, else share and bound.
//
// Precision is matched / drafted, recall matched / curated.

// Score is one line of an evaluation.
type Score struct {
	Matched int `json:"matched"`
	Drafted int `json:"drafted"`
	Curated int `json:"curated"`
}

// Precision is matched over drafted (1 when nothing was drafted).
func (s Score) Precision() float64 {
	if s.Drafted == 0 {
		return 1
	}
	return float64(s.Matched) / float64(s.Drafted)
}

// Recall is matched over curated (1 when nothing was curated).
func (s Score) Recall() float64 {
	if s.Curated == 0 {
		return 1
	}
	return float64(s.Matched) / float64(s.Curated)
}

// Evaluation is the comparison of a draft with a curated fact file.
type Evaluation struct {
	Quotes   Score `json:"quotes"`
	Speakers Score `json:"speakers"`
	Reported Score `json:"reported_claims"`
	Roles    Score `json:"roles"`
	Control  Score `json:"territory"`
	// QuotesRightSpeaker counts curated quotes found with the right speaker.
	QuotesRightSpeaker int      `json:"quotes_right_speaker"`
	Missed             []string `json:"missed"`
	Spurious           []string `json:"not_curated"`
}

// Rows lists the scores by name, in the order they are printed.
func (e *Evaluation) Rows() []struct {
	Name  string
	Score Score
} {
	return []struct {
		Name  string
		Score Score
	}{{"quotes", e.Quotes}, {"speakers", e.Speakers}, {"reported claims", e.Reported}, {"roles", e.Roles}, {"territory", e.Control}}
}

// facts is what the evaluation compares of a draft or a curated file.
type facts struct {
	names      map[string][]string // ids to every name of the entity
	statements []factStatement
	roles      []factRole
	control    []factControl
}

type factStatement struct {
	speaker, kind, text string
	evidence            []string
}

type factRole struct{ person, title string }

type factControl struct {
	territory, controller, kind string
	share                       *float64
	bound, qualifier            string
}

// knownNames maps the ids of the known entities to their names.
func knownNames(known []Known) map[string][]string {
	m := map[string][]string{}
	for _, k := range known {
		m[k.ID] = append(m[k.ID], append([]string{k.Name}, k.Aliases...)...)
	}
	return m
}

// draftFacts reads a draft as its fact file says it: entities already in
// the database are named by the known ones, the others by the draft.
func draftFacts(d *Draft, known []Known) facts {
	f := facts{names: knownNames(known)}
	for _, e := range d.Entities {
		if !e.Known && e.Kind != KindTopic {
			f.names[e.ID] = append(f.names[e.ID], append([]string{e.Name}, e.Aliases...)...)
		}
	}
	for _, s := range d.Statements {
		f.statements = append(f.statements, factStatement{speaker: s.Speaker.ID, kind: s.Kind, text: s.Text, evidence: s.Evidence})
	}
	for _, r := range d.Roles {
		f.roles = append(f.roles, factRole{r.Person.ID, r.Title})
	}
	for _, c := range d.Control {
		f.control = append(f.control, factControl{c.Territory.ID, c.Controller.ID, c.Kind, c.Share, c.ShareBound, c.Qualifier})
	}
	return f
}

// Curated is what a draft is compared with: the checked facts of a curated
// fact file, as plain data (the caller converts them from the checker's,
// so that this package needs no database).
type Curated struct {
	Names      map[string][]string // entity id -> its name and aliases, for the entities the file defines
	Statements []CuratedStatement  // the statements the file defines (not re-reports of other sources)
	Roles      []CuratedRole
	Control    []CuratedControl
}

// CuratedStatement is a statement of a curated file, with its evidence
// passages as the body's text.
type CuratedStatement struct {
	Speaker, Kind, Text string
	Evidence            []string
}

// CuratedRole is a role of a curated file.
type CuratedRole struct{ Person, Title string }

// CuratedControl is a territory-control figure of a curated file.
type CuratedControl struct {
	Territory, Controller, Kind string
	Share                       *float64
	ShareBound, Qualifier       string
}

// curatedFacts reads a curated file's facts.
func curatedFacts(c Curated, known []Known) facts {
	f := facts{names: knownNames(known)}
	for id, ns := range c.Names {
		f.names[id] = append(f.names[id], ns...)
	}
	for _, s := range c.Statements {
		f.statements = append(f.statements, factStatement{speaker: s.Speaker, kind: s.Kind, text: s.Text, evidence: s.Evidence})
	}
	for _, r := range c.Roles {
		f.roles = append(f.roles, factRole{r.Person, r.Title})
	}
	for _, x := range c.Control {
		f.control = append(f.control, factControl{x.Territory, x.Controller, x.Kind, x.Share, x.ShareBound, x.Qualifier})
	}
	return f
}

type side struct {
	names map[string][]string
}

// same says whether id a of the draft and id b of the curated file name
// the same entity.
func same(da side, a string, cu side, b string) bool {
	if a == b {
		return true
	}
	for _, x := range append(da.names[a], a) {
		nx := strings.TrimPrefix(names.Normalize(x), "the ")
		fx := strings.Fields(names.Fold(nx))
		for _, y := range append(cu.names[b], b) {
			ny := strings.TrimPrefix(names.Normalize(y), "the ")
			if nx == "" || ny == "" {
				continue
			}
			if nx == ny || names.Fold(nx) == names.Fold(ny) {
				return true
			}
			fy := strings.Fields(names.Fold(ny))
			if len(fx) > 0 && len(fy) > 0 && fx[len(fx)-1] == fy[len(fy)-1] && (len(fx) == 1 || len(fy) == 1) && len(fx)+len(fy) > 2 {
				return true // a surname and a full name
			}
		}
	}
	return false
}

// Evaluate compares draft, extracted from body, with curated, the facts
// of a curated fact file of the same article. known names the database
// entities either may refer to by id.
func Evaluate(draft *Draft, curated Curated, body string, known []Known) *Evaluation {
	df, cf := draftFacts(draft, known), curatedFacts(curated, known)
	d := newDoc(body)
	ds, cs := side{df.names}, side{cf.names}
	ev := &Evaluation{Missed: []string{}, Spurious: []string{}}

	type stmt struct {
		speaker, text string
		sp            span
		ok            bool
	}
	locate := func(text string, evs []string) (span, bool) {
		for _, e := range evs {
			if d.count(e) != 1 {
				continue
			}
			es, _ := d.find(e, 0)
			if ts, ok := d.find(text, es.Start); ok && ts.End <= es.End {
				return ts, true
			}
			return es, true
		}
		if d.count(text) >= 1 {
			return d.find(text, 0)
		}
		return span{}, false
	}
	split := func(f *facts, kind string) []stmt {
		var out []stmt
		for _, s := range f.statements {
			if s.kind != kind {
				continue
			}
			st := stmt{speaker: s.speaker, text: s.text}
			st.sp, st.ok = locate(s.text, s.evidence)
			out = append(out, st)
		}
		return out
	}

	// direct quotes
	dq, cq := split(&df, "direct"), split(&cf, "direct")
	ev.Quotes = Score{Drafted: len(dq), Curated: len(cq)}
	usedD := make([]bool, len(dq))
	speakerRight := 0
	for _, c := range cq {
		found := false
		for i, q := range dq {
			if !usedD[i] && normQuote(q.text) == normQuote(c.text) {
				usedD[i], found = true, true
				ev.Quotes.Matched++
				if same(ds, q.speaker, cs, c.speaker) {
					speakerRight++
					ev.QuotesRightSpeaker++
				} else {
					ev.Missed = append(ev.Missed, fmt.Sprintf("speaker of quote %q: drafted %s, curated %s", c.text, q.speaker, c.speaker))
				}
				break
			}
		}
		if !found {
			ev.Missed = append(ev.Missed, fmt.Sprintf("quote %q (%s)", c.text, c.speaker))
		}
	}
	for i, q := range dq {
		if !usedD[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("quote %q (%s)", q.text, q.speaker))
		}
	}

	// reported claims, best overlap first
	dr, cr := split(&df, "reported"), split(&cf, "reported")
	ev.Reported = Score{Drafted: len(dr), Curated: len(cr)}
	type pair struct {
		i, j int
		jac  float64
	}
	var pairs []pair
	for i, a := range dr {
		for j, b := range cr {
			if a.ok && b.ok {
				if jac := jaccard(a.sp, b.sp); jac >= 0.5 {
					pairs = append(pairs, pair{i, j, jac})
				}
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].jac > pairs[b].jac })
	usedR, usedC := make([]bool, len(dr)), make([]bool, len(cr))
	for _, p := range pairs {
		if usedR[p.i] || usedC[p.j] {
			continue
		}
		usedR[p.i], usedC[p.j] = true, true
		ev.Reported.Matched++
		if same(ds, dr[p.i].speaker, cs, cr[p.j].speaker) {
			speakerRight++
		} else {
			ev.Missed = append(ev.Missed, fmt.Sprintf("speaker of claim %q: drafted %s, curated %s", clipText(cr[p.j].text), dr[p.i].speaker, cr[p.j].speaker))
		}
	}
	for j, c := range cr {
		if !usedC[j] {
			ev.Missed = append(ev.Missed, fmt.Sprintf("claim %q (%s)", clipText(c.text), c.speaker))
		}
	}
	for i, r := range dr {
		if !usedR[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("claim %q (%s)", clipText(r.text), r.speaker))
		}
	}
	ev.Speakers = Score{Matched: speakerRight, Drafted: len(dq) + len(dr), Curated: len(cq) + len(cr)}

	// roles
	ev.Roles = Score{Drafted: len(df.roles), Curated: len(cf.roles)}
	usedRole := make([]bool, len(df.roles))
	for _, c := range cf.roles {
		found := false
		for i, r := range df.roles {
			if !usedRole[i] && names.Normalize(r.title) == names.Normalize(c.title) && same(ds, r.person, cs, c.person) {
				usedRole[i], found = true, true
				ev.Roles.Matched++
				break
			}
		}
		if !found {
			ev.Missed = append(ev.Missed, fmt.Sprintf("role %s: %q", c.person, c.title))
		}
	}
	for i, r := range df.roles {
		if !usedRole[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("role %s: %q", r.person, r.title))
		}
	}

	// territory figures
	ev.Control = Score{Drafted: len(df.control), Curated: len(cf.control)}
	figure := func(q string, share *float64, bound string) string {
		if q != "" {
			return names.Normalize(q)
		}
		if share != nil {
			return strconv.FormatFloat(*share, 'f', -1, 64) + " " + bound
		}
		return ""
	}
	kindOf := func(k string) string {
		if k == "" {
			return "control"
		}
		return k
	}
	usedCtl := make([]bool, len(df.control))
	for _, c := range cf.control {
		found := false
		for i, x := range df.control {
			if !usedCtl[i] && kindOf(x.kind) == kindOf(c.kind) && figure(x.qualifier, x.share, x.bound) == figure(c.qualifier, c.share, c.bound) &&
				same(ds, x.territory, cs, c.territory) && same(ds, x.controller, cs, c.controller) {
				usedCtl[i], found = true, true
				ev.Control.Matched++
				break
			}
		}
		if !found {
			ev.Missed = append(ev.Missed, fmt.Sprintf("%s figure %s of %s: %q", kindOf(c.kind), c.controller, c.territory, c.qualifier))
		}
	}
	for i, x := range df.control {
		if !usedCtl[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("%s figure %s of %s: %q", kindOf(x.kind), x.controller, x.territory, x.qualifier))
		}
	}
	return ev
}

func jaccard(a, b span) float64 {
	inter := min(a.End, b.End) - max(a.Start, b.Start)
	if inter <= 0 {
		return 0
	}
	union := max(a.End, b.End) - min(a.Start, b.Start)
	return float64(inter) / float64(union)
}

func clipText(s string) string {
	r := []rune(s)
	if len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

// Write prints the evaluation as a table, then what was missed and what
// was drafted but not curated.
func (e *Evaluation) Write(w io.Writer) {
	fmt.Fprintf(w, "%-16s %7s %7s %7s %9s %6s\n", "item", "matched", "drafted", "curated", "precision", "recall")
	for _, r := range e.Rows() {
		fmt.Fprintf(w, "%-16s %7d %7d %7d %9.2f %6.2f\n", r.Name, r.Score.Matched, r.Score.Drafted, r.Score.Curated, r.Score.Precision(), r.Score.Recall())
	}
	fmt.Fprintf(w, "quotes with the right speaker: %d of %d\n", e.QuotesRightSpeaker, e.Quotes.Curated)
	for _, m := range e.Missed {
		fmt.Fprintf(w, "missed: %s\n", m)
	}
	for _, s := range e.Spurious {
		fmt.Fprintf(w, "not curated: %s\n", s)
	}
}
