package corpus

import (
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"kb/store"
)

// WriteFactFiles writes the corpus of cfg as fact files into dir, one
// NAME.yaml with its body in NAME.txt per source, for loading the slow way
// with `kb seed DIR`. Passages are written as text, so the loader finds
// them itself. It is meant for small corpora.
func WriteFactFiles(dir string, cfg Config) error {
	return Generate(cfg, func(sf *store.SourceFacts) error {
		id := sf.Source.ID
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(sf.Source.Body), 0o644); err != nil {
			return err
		}
		data, err := yaml.Marshal(factFile(sf))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, id+".yaml"), data, 0o644)
	})
}

// ff mirrors the fact-file format (docs/fact-files.md) closely enough to
// write it; yaml keeps the field order.
type ff struct {
	KB            int           `yaml:"kb"`
	Source        ffSource      `yaml:"source"`
	People        []ffEntity    `yaml:"people,omitempty"`
	Organizations []ffEntity    `yaml:"organizations,omitempty"`
	Topics        []ffEntity    `yaml:"topics,omitempty"`
	Territories   []ffEntity    `yaml:"territories,omitempty"`
	Events        []ffEvent     `yaml:"events,omitempty"`
	Roles         []ffRole      `yaml:"roles,omitempty"`
	Statements    []ffStatement `yaml:"statements,omitempty"`
	Positions     []ffPosition  `yaml:"positions,omitempty"`
}

type ffSource struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title,omitempty"`
	Outlet    string `yaml:"outlet,omitempty"`
	URL       string `yaml:"url,omitempty"`
	Published any    `yaml:"published,omitempty"`
	BodyFile  string `yaml:"body_file"`
}

type ffEntity struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        string   `yaml:"kind,omitempty"`
	Parent      string   `yaml:"parent,omitempty"`
	Aliases     []string `yaml:"aliases,omitempty"`
	Description string   `yaml:"description,omitempty"`
}

type ffEvent struct {
	ID           string   `yaml:"id"`
	Name         string   `yaml:"name"`
	Kind         string   `yaml:"kind"`
	Held         any      `yaml:"held,omitempty"`
	Place        string   `yaml:"place,omitempty"`
	Participants []string `yaml:"participants,omitempty"`
	Evidence     string   `yaml:"evidence"`
}

type ffRole struct {
	Person       string `yaml:"person"`
	Title        string `yaml:"title"`
	Organization string `yaml:"organization,omitempty"`
	Start        any    `yaml:"start,omitempty"`
	End          any    `yaml:"end,omitempty"`
	EndKind      string `yaml:"end_kind,omitempty"`
	Evidence     string `yaml:"evidence"`
}

type ffStatement struct {
	ID         string   `yaml:"id"`
	Speaker    string   `yaml:"speaker,omitempty"`
	OnBehalfOf string   `yaml:"on_behalf_of,omitempty"`
	Kind       string   `yaml:"kind,omitempty"`
	Text       string   `yaml:"text,omitempty"`
	Cue        string   `yaml:"cue,omitempty"`
	Said       any      `yaml:"said,omitempty"`
	Setting    string   `yaml:"setting,omitempty"`
	Event      string   `yaml:"event,omitempty"`
	Topics     []string `yaml:"topics,omitempty"`
	Mentions   []string `yaml:"mentions,omitempty"`
	Evidence   []string `yaml:"evidence,omitempty"`
}

type ffPosition struct {
	Holder     string   `yaml:"holder"`
	Topic      string   `yaml:"topic"`
	Polarity   string   `yaml:"polarity"`
	Stance     string   `yaml:"stance"`
	AsOf       any      `yaml:"as_of,omitempty"`
	Statements []string `yaml:"statements"`
}

func factFile(sf *store.SourceFacts) ff {
	rs := []rune(sf.Source.Body)
	passage := func(sp store.Span) string { return string(rs[sp.Start:sp.End]) }
	s := sf.Source
	out := ff{KB: 1, Source: ffSource{ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: date(s.Published), BodyFile: s.ID + ".txt"}}
	for _, p := range sf.People {
		out.People = append(out.People, ffEntity{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Description: p.Description})
	}
	for _, o := range sf.Organizations {
		out.Organizations = append(out.Organizations, ffEntity{ID: o.ID, Name: o.Name, Kind: o.Kind, Parent: o.Parent, Aliases: o.Aliases, Description: o.Description})
	}
	for _, t := range sf.Topics {
		out.Topics = append(out.Topics, ffEntity{ID: t.ID, Name: t.Name, Parent: t.Parent, Aliases: t.Aliases, Description: t.Description})
	}
	for _, t := range sf.Territories {
		out.Territories = append(out.Territories, ffEntity{ID: t.ID, Name: t.Name, Kind: t.Kind, Parent: t.Parent, Aliases: t.Aliases})
	}
	for _, e := range sf.Events {
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, p.ID)
		}
		out.Events = append(out.Events, ffEvent{ID: e.ID, Name: e.Name, Kind: e.Kind, Held: date(e.Held), Place: e.Place, Participants: parts, Evidence: passage(e.Evidence)})
	}
	for _, r := range sf.Roles {
		out.Roles = append(out.Roles, ffRole{Person: r.Person, Title: r.Title, Organization: r.Organization, Start: date(r.Start), End: date(r.End), EndKind: r.EndKind, Evidence: passage(r.Evidence)})
	}
	for _, st := range sf.Statements {
		x := ffStatement{ID: st.ID}
		for _, sp := range st.Evidence {
			x.Evidence = append(x.Evidence, passage(sp))
		}
		if !st.RefOnly {
			x.Speaker, x.OnBehalfOf, x.Kind, x.Text, x.Cue = st.Speaker.ID, st.OnBehalfOf, st.Kind, st.Text, st.Cue
			x.Said, x.Setting, x.Event, x.Topics = date(st.Said), st.Setting, st.Event, st.Topics
			for _, m := range st.Mentions {
				x.Mentions = append(x.Mentions, m.ID)
			}
		}
		out.Statements = append(out.Statements, x)
	}
	for _, p := range sf.Positions {
		out.Positions = append(out.Positions, ffPosition{Holder: p.Holder.ID, Topic: p.Topic, Polarity: p.Polarity, Stance: p.Stance, AsOf: date(p.AsOf), Statements: p.Statements})
	}
	return out
}

// date writes a stated date as its plain value and an inferred one as a
// mapping.
func date(d *store.Date) any {
	if d == nil {
		return nil
	}
	if !d.Inferred {
		return d.On
	}
	return map[string]any{"on": d.On, "inferred": true, "basis": d.Basis}
}
