package checked_test

import (
	"kb/extract"
	"kb/store"
)

// curatedOf converts checked facts for extract.Evaluate, as cmd/kb does.
func curatedOf(sf store.SourceFacts) extract.Curated {
	c := extract.Curated{Names: map[string][]string{}}
	for _, e := range sf.People {
		c.Names[e.ID] = append(c.Names[e.ID], append([]string{e.Name}, e.Aliases...)...)
	}
	for _, e := range sf.Organizations {
		c.Names[e.ID] = append(c.Names[e.ID], append([]string{e.Name}, e.Aliases...)...)
	}
	for _, e := range sf.Territories {
		c.Names[e.ID] = append(c.Names[e.ID], append([]string{e.Name}, e.Aliases...)...)
	}
	body := []rune(sf.Source.Body)
	for _, s := range sf.Statements {
		if s.RefOnly {
			continue
		}
		st := extract.CuratedStatement{Speaker: s.Speaker.ID, Kind: s.Kind, Text: s.Text}
		for _, sp := range s.Evidence {
			if sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(body) {
				st.Evidence = append(st.Evidence, string(body[sp.Start:sp.End]))
			}
		}
		c.Statements = append(c.Statements, st)
	}
	for _, r := range sf.Roles {
		c.Roles = append(c.Roles, extract.CuratedRole{Person: r.Person, Title: r.Title})
	}
	for _, x := range sf.Control {
		c.Control = append(c.Control, extract.CuratedControl{Territory: x.Territory, Controller: x.Controller, Kind: x.Kind, Share: x.Share, ShareBound: x.ShareBound, Qualifier: x.Qualifier})
	}
	return c
}

// knownFromStore converts the database's entities, as cmd/kb does.
func knownFromStore(es []store.KnownEntity) []extract.Known {
	out := make([]extract.Known, 0, len(es))
	for _, e := range es {
		out = append(out, extract.Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
	}
	return out
}
