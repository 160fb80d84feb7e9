package extract

// titleStates is the rule "title-state": a state the draft would define
// only because a title or an institution names it ("French Foreign
// Minister", "Ukraine’s President", the Kremlin's Russia) is not drafted.
// A country in a title is the role's jurisdiction, and the title keeps it
// as the source gives it; a new organization is drafted only from an
// organization's name. A state the database holds is still the role's
// organization, and one that speaks or controls a territory is drafted.
func (x *extractor) titleStates() {
	for _, e := range x.reg.all {
		if e.Known || e.Kind != KindOrganization || e.Sub != "state" || x.actsIn(e) {
			continue
		}
		for i := range x.out.Roles {
			r := &x.out.Roles[i]
			if r.Organization != e {
				continue
			}
			r.Organization = nil
			if r.fullTitle != "" {
				r.Title = r.fullTitle
			}
			r.Why.Note = joinNotes(r.Why.Note, "the title’s country, “"+e.Name+"”, not drafted (title-state)")
		}
		for _, o := range x.reg.all {
			if o.Parent == e.ID && !o.Known {
				o.Parent = ""
				o.Why.Note = joinNotes(o.Why.Note, "part of "+e.Name+", not drafted (title-state)")
			}
		}
	}
}

// actsIn says whether e speaks or controls a territory in the draft.
func (x *extractor) actsIn(e *Entity) bool {
	for _, s := range x.out.Statements {
		if s.Speaker == e {
			return true
		}
	}
	for _, c := range x.out.Control {
		if c.Controller == e {
			return true
		}
	}
	return false
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}
