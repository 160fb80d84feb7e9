package seed

import (
	"bytes"
	"fmt"
	"regexp"
	"time"

	"go.yaml.in/yaml/v3"

	"kb/store"
)

// Rendered is a fact file and the body file beside it, as export writes
// them.
type Rendered struct {
	Name     string // <source id>.yaml
	Data     []byte
	BodyName string // <source id>.txt
	Body     []byte
}

// The out* types give the YAML layout of an exported fact file: the same
// fields as the format, written in the format's order, with empty values
// left out.
type outFile struct {
	KB            int           `yaml:"kb"`
	Source        outSource     `yaml:"source"`
	People        []outPerson   `yaml:"people,omitempty"`
	Organizations []outOrg      `yaml:"organizations,omitempty"`
	Topics        []outTopic    `yaml:"topics,omitempty"`
	Territories   []outTerr     `yaml:"territories,omitempty"`
	Events        []outEvent    `yaml:"events,omitempty"`
	Roles         []outRole     `yaml:"roles,omitempty"`
	Statements    []outStmt     `yaml:"statements,omitempty"`
	Positions     []outPosition `yaml:"positions,omitempty"`
	Control       []outControl  `yaml:"control,omitempty"`
}

type outSource struct {
	ID        string    `yaml:"id"`
	Title     string    `yaml:"title,omitempty"`
	Outlet    string    `yaml:"outlet,omitempty"`
	URL       string    `yaml:"url,omitempty"`
	Published any       `yaml:"published,omitempty"`
	BodyFile  string    `yaml:"body_file"`
	Related   []outLink `yaml:"related,omitempty"`
}

type outLink struct {
	Title    string `yaml:"title"`
	Kind     string `yaml:"kind"`
	URL      string `yaml:"url,omitempty"`
	Evidence string `yaml:"evidence"`
}

type outPerson struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases,flow,omitempty"`
	Description string   `yaml:"description,omitempty"`
}

type outOrg struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        string   `yaml:"kind"`
	Aliases     []string `yaml:"aliases,flow,omitempty"`
	Parent      string   `yaml:"parent,omitempty"`
	Description string   `yaml:"description,omitempty"`
}

type outTopic struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Parent      string   `yaml:"parent,omitempty"`
	Aliases     []string `yaml:"aliases,flow,omitempty"`
	Description string   `yaml:"description,omitempty"`
}

type outTerr struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Kind    string   `yaml:"kind"`
	Parent  string   `yaml:"parent,omitempty"`
	Aliases []string `yaml:"aliases,flow,omitempty"`
}

type outEvent struct {
	ID           string   `yaml:"id"`
	Name         string   `yaml:"name"`
	Kind         string   `yaml:"kind"`
	Held         any      `yaml:"held,omitempty"`
	Place        string   `yaml:"place,omitempty"`
	Description  string   `yaml:"description,omitempty"`
	Participants []string `yaml:"participants,flow,omitempty"`
	Evidence     string   `yaml:"evidence"`
}

type outRole struct {
	Person       string `yaml:"person"`
	Title        string `yaml:"title"`
	Organization string `yaml:"organization,omitempty"`
	Start        any    `yaml:"start,omitempty"`
	End          any    `yaml:"end,omitempty"`
	EndKind      string `yaml:"end_kind,omitempty"`
	Evidence     string `yaml:"evidence"`
}

type outStmt struct {
	ID         string   `yaml:"id"`
	Speaker    string   `yaml:"speaker,omitempty"`
	OnBehalfOf string   `yaml:"on_behalf_of,omitempty"`
	Kind       string   `yaml:"kind,omitempty"`
	Text       string   `yaml:"text,omitempty"`
	Paraphrase bool     `yaml:"paraphrase,omitempty"`
	Cue        string   `yaml:"cue,omitempty"`
	Said       any      `yaml:"said,omitempty"`
	Setting    any      `yaml:"setting,omitempty"`
	Event      string   `yaml:"event,omitempty"`
	Topics     []string `yaml:"topics,flow,omitempty"`
	Mentions   []string `yaml:"mentions,flow,omitempty"`
	Evidence   []string `yaml:"evidence"`
}

type outPosition struct {
	Holder     string   `yaml:"holder"`
	Topic      string   `yaml:"topic"`
	Polarity   string   `yaml:"polarity"`
	Stance     string   `yaml:"stance"`
	Inferred   bool     `yaml:"inferred,omitempty"`
	Basis      string   `yaml:"basis,omitempty"`
	AsOf       any      `yaml:"as_of,omitempty"`
	Statements []string `yaml:"statements,flow,omitempty"`
	Evidence   string   `yaml:"evidence"`
}

type outControl struct {
	Territory  string   `yaml:"territory"`
	Controller string   `yaml:"controller"`
	Kind       string   `yaml:"kind"`
	Share      *float64 `yaml:"share,omitempty"`
	ShareBound string   `yaml:"share_bound,omitempty"`
	Qualifier  string   `yaml:"qualifier,omitempty"`
	AsOf       any      `yaml:"as_of,omitempty"`
	Note       string   `yaml:"note,omitempty"`
	Evidence   string   `yaml:"evidence"`
}

type outDate struct {
	On       string `yaml:"on"`
	Inferred bool   `yaml:"inferred"`
	Basis    string `yaml:"basis"`
}

// Render writes the facts of one source as a fact file with its body in a
// sibling file. Loading the result gives back the same rows.
func Render(sf store.SourceFacts) (Rendered, error) {
	s := sf.Source
	if !slugRE.MatchString(s.ID) {
		return Rendered{}, store.Errorf(store.EINVALID, "source id %q is not a slug and cannot name a file", s.ID)
	}
	rs := []rune(s.Body)
	passage := func(sp store.Span) string {
		if sp.Start < 0 || sp.End > len(rs) || sp.Start >= sp.End {
			return ""
		}
		return string(rs[sp.Start:sp.End])
	}
	out := outFile{KB: FormatVersion}
	r := Rendered{Name: s.ID + ".yaml", BodyName: s.ID + ".txt", Body: []byte(s.Body)}
	out.Source = outSource{ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: outDateOf(s.Published), BodyFile: r.BodyName}
	for _, l := range s.Links {
		out.Source.Related = append(out.Source.Related, outLink{Title: l.Title, Kind: l.Kind, URL: l.URL, Evidence: passage(l.Evidence)})
	}
	for _, p := range sf.People {
		out.People = append(out.People, outPerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Description: p.Description})
	}
	for _, o := range sf.Organizations {
		out.Organizations = append(out.Organizations, outOrg{ID: o.ID, Name: o.Name, Kind: o.Kind, Aliases: o.Aliases, Parent: o.Parent, Description: o.Description})
	}
	for _, t := range sf.Topics {
		out.Topics = append(out.Topics, outTopic{ID: t.ID, Name: t.Name, Parent: t.Parent, Aliases: t.Aliases, Description: t.Description})
	}
	for _, t := range sf.Territories {
		out.Territories = append(out.Territories, outTerr{ID: t.ID, Name: t.Name, Kind: t.Kind, Parent: t.Parent, Aliases: t.Aliases})
	}
	for _, e := range sf.Events {
		out.Events = append(out.Events, outEvent{ID: e.ID, Name: e.Name, Kind: e.Kind, Held: outDateOf(e.Held), Place: e.Place,
			Description: e.Description, Participants: refIDs(e.Participants), Evidence: passage(e.Evidence)})
	}
	for _, x := range sf.Roles {
		out.Roles = append(out.Roles, outRole{Person: x.Person, Title: x.Title, Organization: x.Organization,
			Start: outDateOf(x.Start), End: outDateOf(x.End), EndKind: x.EndKind, Evidence: passage(x.Evidence)})
	}
	out.Statements = layoutStatements(sf.Statements, passage)
	for _, p := range sf.Positions {
		out.Positions = append(out.Positions, outPosition{Holder: p.Holder.ID, Topic: p.Topic, Polarity: p.Polarity, Stance: p.Stance,
			Inferred: p.StanceInferred, Basis: p.StanceBasis, AsOf: outDateOf(p.AsOf), Statements: p.Statements, Evidence: passage(p.Evidence)})
	}
	for _, c := range sf.Control {
		out.Control = append(out.Control, outControl{Territory: c.Territory, Controller: c.Controller, Kind: c.Kind, Share: c.Share,
			ShareBound: c.ShareBound, Qualifier: c.Qualifier, AsOf: outDateOf(c.AsOf), Note: c.Note, Evidence: passage(c.Evidence)})
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Exported by kb from source %s (format: docs/fact-files.md).\n", s.ID)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return Rendered{}, store.Errorf(store.EINTERNAL, "export %s: %v", s.ID, err)
	}
	if err := enc.Close(); err != nil {
		return Rendered{}, store.Errorf(store.EINTERNAL, "export %s: %v", s.ID, err)
	}
	r.Data = plainDates(buf.Bytes())
	return r, nil
}

var (
	quotedOnKey = regexp.MustCompile(`(?m)^(\s*)"on":`)
	quotedDate  = regexp.MustCompile(`(?m)^(\s*(?:- )?[a-z_]+: )"(\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?)"$`)
)

// plainDates writes dates and the key `on` plain, as a person would: the
// encoder quotes them because YAML 1.1 read them as a timestamp and a
// boolean, but the fact-file decoder reads every scalar as text.
func plainDates(b []byte) []byte {
	b = quotedOnKey.ReplaceAll(b, []byte("${1}on:"))
	return quotedDate.ReplaceAll(b, []byte("${1}${2}"))
}

// layoutStatements puts each statement the source defines back at its
// place in the list (which the database keeps), and fills the places
// between with the statements of other sources that this one reports.
func layoutStatements(sts []store.StatementDef, passage func(store.Span) string) []outStmt {
	var defs, refs []store.StatementDef
	for _, s := range sts {
		if s.RefOnly {
			refs = append(refs, s)
		} else {
			defs = append(defs, s)
		}
	}
	var out []outStmt
	evidence := func(spans []store.Span) []string {
		ev := []string{}
		for _, sp := range spans {
			ev = append(ev, passage(sp))
		}
		return ev
	}
	for len(defs) > 0 || len(refs) > 0 {
		if len(defs) > 0 && (defs[0].Position <= len(out)+1 || len(refs) == 0) {
			s := defs[0]
			defs = defs[1:]
			out = append(out, outStmt{ID: s.ID, Speaker: s.Speaker.ID, OnBehalfOf: s.OnBehalfOf, Kind: s.Kind, Text: s.Text, Paraphrase: s.Paraphrase,
				Cue: s.Cue, Said: outDateOf(s.Said), Setting: outSettingOf(s), Event: s.Event, Topics: s.Topics, Mentions: refIDs(s.Mentions),
				Evidence: evidence(s.Evidence)})
			continue
		}
		s := refs[0]
		refs = refs[1:]
		out = append(out, outStmt{ID: s.ID, Text: s.Text, Evidence: evidence(s.Evidence)}) // Text: this source's wording, if given
	}
	return out
}

func refIDs(refs []store.Ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.ID)
	}
	return out
}

// outDateOf writes a stored date back at its precision: a week as its ISO
// week, an inferred date as a mapping with its basis.
func outDateOf(d *store.Date) any {
	if d == nil {
		return nil
	}
	on := d.On
	if d.Precision == "week" {
		if t, err := time.Parse("2006-01-02", d.On); err == nil {
			y, w := t.ISOWeek()
			on = fmt.Sprintf("%04d-W%02d", y, w)
		}
	}
	if !d.Inferred {
		return on
	}
	basis := d.Basis
	if basis == "" {
		basis = "not recorded" // roles keep no basis for their start
	}
	return outDate{On: on, Inferred: true, Basis: basis}
}

// outSetting is an inferred setting, written as a mapping with its basis.
type outSetting struct {
	Text     string `yaml:"text"`
	Inferred bool   `yaml:"inferred"`
	Basis    string `yaml:"basis"`
}

func outSettingOf(s store.StatementDef) any {
	if s.Setting == "" {
		return nil
	}
	if !s.SettingInferred {
		return s.Setting
	}
	return outSetting{Text: s.Setting, Inferred: true, Basis: s.SettingBasis}
}
