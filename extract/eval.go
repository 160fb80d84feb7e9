package extract

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kb/store"
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

// factFile is what the evaluation reads of a fact file.
type factFile struct {
	Source struct {
		ID       string `yaml:"id"`
		Body     string `yaml:"body"`
		BodyFile string `yaml:"body_file"`
	} `yaml:"source"`
	People        []entityDef `yaml:"people"`
	Organizations []entityDef `yaml:"organizations"`
	Territories   []entityDef `yaml:"territories"`
	Roles         []struct {
		Person   string   `yaml:"person"`
		Title    string   `yaml:"title"`
		Evidence evidence `yaml:"evidence"`
	} `yaml:"roles"`
	Statements []struct {
		Speaker  string   `yaml:"speaker"`
		Kind     string   `yaml:"kind"`
		Text     string   `yaml:"text"`
		Evidence evidence `yaml:"evidence"`
	} `yaml:"statements"`
	Control []struct {
		Territory  string   `yaml:"territory"`
		Controller string   `yaml:"controller"`
		Kind       string   `yaml:"kind"`
		Share      *float64 `yaml:"share"`
		ShareBound string   `yaml:"share_bound"`
		Qualifier  string   `yaml:"qualifier"`
	} `yaml:"control"`
}

type entityDef struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

// evidence is one passage or a list of them.
type evidence []string

func (e *evidence) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*e = evidence{n.Value}
		return nil
	case yaml.SequenceNode:
		var l []string
		if err := n.Decode(&l); err != nil {
			return err
		}
		*e = l
		return nil
	}
	return fmt.Errorf("line %d: evidence must be text or a list of text", n.Line)
}

// ParseBodyFile returns the body_file a fact file names ("" when none).
func ParseBodyFile(data []byte) (string, error) {
	var f factFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return "", err
	}
	return f.Source.BodyFile, nil
}

// names maps ids to every name of the entity, from a file's definitions
// and the known entities.
func names(f *factFile, known []Known) map[string][]string {
	m := map[string][]string{}
	for _, k := range known {
		m[k.ID] = append(m[k.ID], append([]string{k.Name}, k.Aliases...)...)
	}
	for _, l := range [][]entityDef{f.People, f.Organizations, f.Territories} {
		for _, e := range l {
			m[e.ID] = append(m[e.ID], append([]string{e.Name}, e.Aliases...)...)
		}
	}
	return m
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
		nx := strings.TrimPrefix(store.Normalize(x), "the ")
		fx := strings.Fields(store.Fold(nx))
		for _, y := range append(cu.names[b], b) {
			ny := strings.TrimPrefix(store.Normalize(y), "the ")
			if nx == "" || ny == "" {
				continue
			}
			if nx == ny || store.Fold(nx) == store.Fold(ny) {
				return true
			}
			fy := strings.Fields(store.Fold(ny))
			if len(fx) > 0 && len(fy) > 0 && fx[len(fx)-1] == fy[len(fy)-1] && (len(fx) == 1 || len(fy) == 1) && len(fx)+len(fy) > 2 {
				return true // a surname and a full name
			}
		}
	}
	return false
}

// Evaluate compares draft with curated, two fact files of body. known
// names the database entities either may refer to by id.
func Evaluate(draft, curated []byte, body string, known []Known) (*Evaluation, error) {
	var df, cf factFile
	if err := yaml.Unmarshal(draft, &df); err != nil {
		return nil, fmt.Errorf("the draft: %w", err)
	}
	if err := yaml.Unmarshal(curated, &cf); err != nil {
		return nil, fmt.Errorf("the curated file: %w", err)
	}
	d := newDoc(body)
	ds, cs := side{names(&df, known)}, side{names(&cf, known)}
	ev := &Evaluation{Missed: []string{}, Spurious: []string{}}

	type stmt struct {
		speaker, text string
		sp            span
		ok            bool
	}
	locate := func(text string, evs evidence) (span, bool) {
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
	split := func(f *factFile, kind string) []stmt {
		var out []stmt
		for _, s := range f.Statements {
			if s.Kind != kind {
				continue
			}
			st := stmt{speaker: s.Speaker, text: s.Text}
			st.sp, st.ok = locate(s.Text, s.Evidence)
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
	ev.Roles = Score{Drafted: len(df.Roles), Curated: len(cf.Roles)}
	usedRole := make([]bool, len(df.Roles))
	for _, c := range cf.Roles {
		found := false
		for i, r := range df.Roles {
			if !usedRole[i] && store.Normalize(r.Title) == store.Normalize(c.Title) && same(ds, r.Person, cs, c.Person) {
				usedRole[i], found = true, true
				ev.Roles.Matched++
				break
			}
		}
		if !found {
			ev.Missed = append(ev.Missed, fmt.Sprintf("role %s: %q", c.Person, c.Title))
		}
	}
	for i, r := range df.Roles {
		if !usedRole[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("role %s: %q", r.Person, r.Title))
		}
	}

	// territory figures
	ev.Control = Score{Drafted: len(df.Control), Curated: len(cf.Control)}
	figure := func(q string, share *float64, bound string) string {
		if q != "" {
			return store.Normalize(q)
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
	usedCtl := make([]bool, len(df.Control))
	for _, c := range cf.Control {
		found := false
		for i, x := range df.Control {
			if !usedCtl[i] && kindOf(x.Kind) == kindOf(c.Kind) && figure(x.Qualifier, x.Share, x.ShareBound) == figure(c.Qualifier, c.Share, c.ShareBound) &&
				same(ds, x.Territory, cs, c.Territory) && same(ds, x.Controller, cs, c.Controller) {
				usedCtl[i], found = true, true
				ev.Control.Matched++
				break
			}
		}
		if !found {
			ev.Missed = append(ev.Missed, fmt.Sprintf("%s figure %s of %s: %q", kindOf(c.Kind), c.Controller, c.Territory, c.Qualifier))
		}
	}
	for i, x := range df.Control {
		if !usedCtl[i] {
			ev.Spurious = append(ev.Spurious, fmt.Sprintf("%s figure %s of %s: %q", kindOf(x.Kind), x.Controller, x.Territory, x.Qualifier))
		}
	}
	return ev, nil
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

// KnownFromStore converts the database's entities for Options.Known.
func KnownFromStore(es []store.KnownEntity) []Known {
	out := make([]Known, 0, len(es))
	for _, e := range es {
		out = append(out, Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
	}
	return out
}

// PublishedOf returns the publication date a fact file gives ("" when
// none), as `kb extract --published` would take it.
func PublishedOf(data []byte) string {
	var f struct {
		Source struct {
			Published yaml.Node `yaml:"published"`
		} `yaml:"source"`
	}
	if yaml.Unmarshal(data, &f) != nil {
		return ""
	}
	n := f.Source.Published
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Value
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "on" {
				return n.Content[i+1].Value
			}
		}
	}
	return ""
}
