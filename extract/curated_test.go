package extract

import "kb/store"

// curatedOf converts checked facts for Evaluate, as cmd/kb does.
func curatedOf(sf store.SourceFacts) Curated {
	c := Curated{Names: map[string][]string{}}
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
		st := CuratedStatement{Speaker: s.Speaker.ID, Kind: s.Kind, Text: s.Text}
		for _, sp := range s.Evidence {
			if sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(body) {
				st.Evidence = append(st.Evidence, string(body[sp.Start:sp.End]))
			}
		}
		c.Statements = append(c.Statements, st)
	}
	for _, r := range sf.Roles {
		c.Roles = append(c.Roles, CuratedRole{r.Person, r.Title})
	}
	for _, x := range sf.Control {
		c.Control = append(c.Control, CuratedControl{x.Territory, x.Controller, x.Kind, x.Share, x.ShareBound, x.Qualifier})
	}
	return c
}

// knownFromStore converts the database's entities, as cmd/kb does.
func knownFromStore(es []store.KnownEntity) []Known {
	out := make([]Known, 0, len(es))
	for _, e := range es {
		out = append(out, Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
	}
	return out
}
