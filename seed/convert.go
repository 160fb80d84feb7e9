package seed

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"kb/store"
)

var (
	speakerKinds = []store.Kind{store.KindPerson, store.KindOrganization}
	mentionKinds = []store.Kind{store.KindPerson, store.KindOrganization, store.KindTerritory}
)

// convert validates one parsed file and builds its facts.
func (c *checker) convert(p *parsed) store.SourceFacts {
	ff, r := &p.ff, p.r
	var sf store.SourceFacts
	if ff.KB != 0 && ff.KB != FormatVersion {
		r.at(ff.At["kb"], "fact-file format version %d is not supported by this kb (it reads version %d)", ff.KB, FormatVersion)
	}
	if ff.Source == nil {
		return sf
	}
	s := ff.Source
	sf.Source = store.SourceDef{
		ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL,
		Published: date(r, s.Published, "the publication date"),
	}
	c.checkID(r, s.ID, s.At["id"])
	if p.body != nil {
		sf.Source.Body = p.body.text
	}
	for _, l := range s.Related {
		kind := oneOf(r, l.At["kind"], l.Kind, "related link kind", linkKinds, "also_read")
		sp, ok := p.onePassage(l.Evidence, l.Pos, "a related link")
		if ok {
			sf.Source.Links = append(sf.Source.Links, store.LinkDef{Kind: kind, Title: l.Title, URL: l.URL, Evidence: sp})
		}
	}

	for _, x := range ff.People {
		sf.People = append(sf.People, store.PersonDef{ID: x.ID, Name: c.name(r, x.Name, x.At["name"]), Description: x.Description, Aliases: x.Aliases})
	}
	for _, x := range ff.Organizations {
		kind := oneOf(r, x.At["kind"], x.Kind, "organization kind", organizationKinds, "")
		if x.Parent != "" {
			c.ref(r, x.At["parent"], x.Parent, "parent organization", store.KindOrganization)
		}
		sf.Organizations = append(sf.Organizations, store.OrganizationDef{ID: x.ID, Name: c.name(r, x.Name, x.At["name"]), Kind: kind, Parent: x.Parent, Description: x.Description, Aliases: x.Aliases})
	}
	for _, x := range ff.Topics {
		if x.Parent != "" {
			c.ref(r, x.At["parent"], x.Parent, "parent topic", store.KindTopic)
		}
		sf.Topics = append(sf.Topics, store.TopicDef{ID: x.ID, Name: c.name(r, x.Name, x.At["name"]), Parent: x.Parent, Description: x.Description, Aliases: x.Aliases})
	}
	for _, x := range ff.Territories {
		kind := oneOf(r, x.At["kind"], x.Kind, "territory kind", territoryKinds, "")
		if x.Parent != "" {
			c.ref(r, x.At["parent"], x.Parent, "parent territory", store.KindTerritory)
		}
		sf.Territories = append(sf.Territories, store.TerritoryDef{ID: x.ID, Name: c.name(r, x.Name, x.At["name"]), Kind: kind, Parent: x.Parent, Aliases: x.Aliases})
	}
	for _, x := range ff.Events {
		e := store.EventDef{
			ID: x.ID, Name: x.Name, Place: x.Place, Description: x.Description,
			Kind:         oneOf(r, x.At["kind"], x.Kind, "event kind", eventKinds, ""),
			Held:         date(r, x.Held, "the event date"),
			Participants: c.refs(r, x.At["participants"], x.Participants, "participant", speakerKinds...),
		}
		e.Evidence, _ = p.onePassage(x.Evidence, x.Pos, fmt.Sprintf("event %q", x.ID))
		sf.Events = append(sf.Events, e)
	}
	for _, x := range ff.Roles {
		sf.Roles = append(sf.Roles, c.role(p, x))
	}
	for i, x := range ff.Statements {
		st := c.statement(p, x)
		st.Position = i + 1
		sf.Statements = append(sf.Statements, st)
	}
	for _, x := range ff.Positions {
		sf.Positions = append(sf.Positions, c.position(p, x, sf.Statements))
	}
	for _, x := range ff.Control {
		sf.Control = append(sf.Control, c.control(p, x))
	}
	sf.Source.ContentHash = store.FactsHash(sf)
	return sf
}

func (c *checker) name(r report, name string, at pos) string {
	if at.Line == 0 {
		return name // no name given: the decoder said so
	}
	if strings.TrimSpace(name) == "" || store.Normalize(name) == "" {
		r.at(at, "a name must contain at least one letter or digit")
	}
	return name
}

func (c *checker) role(p *parsed, x *roleNode) store.RoleDef {
	r := p.r
	out := store.RoleDef{Title: x.Title}
	if ref, ok := c.ref(r, x.At["person"], x.Person, "person", store.KindPerson); ok {
		out.Person = ref.ID
	}
	if x.Organization != "" {
		if ref, ok := c.ref(r, x.At["organization"], x.Organization, "organization", store.KindOrganization); ok {
			out.Organization = ref.ID
		}
	}
	out.Start = date(r, x.Start, "the start date")
	out.End = date(r, x.End, "the end date")
	if x.EndKind != "" {
		out.EndKind = oneOf(r, x.At["end_kind"], x.EndKind, "end_kind", endKinds, "")
	} else if out.End != nil {
		r.at(x.End.Pos, "a role with an end date needs end_kind: past (it has ended) or announced (an end is announced)")
	}
	if dateAfter(out.Start, out.End) {
		r.at(x.End.Pos, "the role ends (%s) before it starts (%s)", out.End.On, out.Start.On)
	} else if out.Start != nil && out.End != nil && out.Start.On > out.End.On {
		r.at(x.End.Pos, "the role's end (%s) is less precise than its start (%s) and would sort before it: write both at the same precision", out.End.On, out.Start.On)
	}
	out.Evidence, _ = p.onePassage(x.Evidence, x.Pos, "a role")
	return out
}

func (c *checker) statement(p *parsed, x *statementNode) store.StatementDef {
	r := p.r
	out := store.StatementDef{ID: x.ID}
	if isStatementRef(x) {
		out.RefOnly = true
		for key, at := range x.At {
			if key != "id" && key != "evidence" && key != "text" {
				r.at(at, "statement %q is given by id only, to add where this source reports it: it takes only evidence and this source's wording as text, not %q (to define a statement, give speaker, kind and text)", x.ID, key)
			}
		}
		_, inBatch := c.defs[store.KindStatement][x.ID]
		if !inBatch && !slices.Contains(c.dbKinds[x.ID], store.KindStatement) && x.Text != "" {
			// most likely a new statement missing its speaker and kind
			r.at(x.Pos, "statement %q has a text but no speaker or kind: to define it, give speaker, kind and topics; to report a statement another source defines, give its id (no statement %q is defined in the files given nor in the database)", x.ID, x.ID)
			return out
		}
		c.ref(r, x.At["id"], x.ID, "statement", store.KindStatement)
		if len(x.Evidence) == 0 {
			r.at(x.Pos, "statement %q is given by id only, to add where this source reports it: it needs evidence", x.ID)
		}
		return c.rereport(p, x, out)
	}
	for _, f := range []struct{ name, value string }{{"speaker", x.Speaker}, {"kind", x.Kind}, {"text", x.Text}} {
		if f.value == "" {
			r.at(x.Pos, "statement %q is missing the required field %q", x.ID, f.name)
		}
	}
	if len(x.Topics) == 0 {
		r.at(x.Pos, "statement %q has no topics: give at least one topic id", x.ID)
	}
	if x.Speaker != "" {
		out.Speaker, _ = c.ref(r, x.At["speaker"], x.Speaker, "speaker", speakerKinds...)
	}
	if x.OnBehalfOf != "" {
		if ref, ok := c.ref(r, x.At["on_behalf_of"], x.OnBehalfOf, "on_behalf_of", store.KindOrganization); ok {
			out.OnBehalfOf = ref.ID
		}
		if out.Speaker.Kind == store.KindOrganization {
			r.at(x.At["on_behalf_of"], "only a person speaks on behalf of an organization; the speaker %q is an organization", x.Speaker)
		}
	}
	if x.Kind != "" {
		out.Kind = oneOf(r, x.At["kind"], x.Kind, "statement kind", statementKinds, "")
	}
	out.Text = strings.TrimSpace(x.Text)
	out.Cue = x.Cue
	out.Said = date(r, x.Said, "the date said")
	out.Setting = x.Setting.Text
	out.SettingInferred, out.SettingBasis = x.Setting.Inferred, x.Setting.Basis
	if x.Event != "" {
		if ref, ok := c.ref(r, x.At["event"], x.Event, "event", store.KindEvent); ok {
			out.Event = ref.ID
		}
	}
	out.Topics = c.refIDs(r, x.At["topics"], x.Topics, "topic", store.KindTopic)
	out.Mentions = c.refs(r, x.At["mentions"], x.Mentions, "mention", mentionKinds...)
	if out.Text == "" {
		return out
	}
	if !c.statementText(p, x, &out) {
		p.failed[x.ID] = true
		return out
	}
	return out
}

// statementText checks a statement's text against the body and its
// evidence, and fills in the text as stored and the evidence spans. It
// reports one problem per fault and says whether there was none.
func (c *checker) statementText(p *parsed, x *statementNode, out *store.StatementDef) bool {
	r := p.r
	textAt := x.At["text"]
	if wrappedInQuotes(out.Text) {
		hint := "give only the words inside them"
		if out.Kind == "reported" {
			hint = "a quotation is kind: direct, with only the words inside the marks as its text"
		}
		r.at(textAt, "the text of statement %q is written with its quotation marks (%s): %s", x.ID, clip(out.Text), hint)
		return false
	}
	parts := textParts(out.Text)
	if len(parts) > 1 && p.body != nil {
		if hits, _ := p.body.locate(out.Text); len(hits) > 0 {
			parts = []string{out.Text} // the speaker's own ellipsis, as the body writes it
		}
	}
	for i, part := range parts {
		if strings.TrimSpace(part) == "" {
			r.at(textAt, "the text of statement %q has nothing before or after an ellipsis (part %d is empty): an ellipsis stands only between the speaker's words", x.ID, i+1)
			return false
		}
	}
	if x.Paraphrase && out.Kind == "direct" {
		r.at(x.At["paraphrase"], "statement %q is direct: its text is the words inside the quotation marks, never a paraphrase (a paraphrase is kind: reported)", x.ID)
		return false
	}
	out.Paraphrase = x.Paraphrase
	if out.Kind == "direct" && p.body != nil {
		// The exact words are the body's characters: curly quotes and
		// composed accents as the body has them, whatever was typed.
		for i, part := range parts {
			if hits, n := p.body.locate(part); len(hits) > 0 {
				parts[i] = p.body.slice(hits[0], hits[0]+n)
			}
		}
	}
	out.Text = strings.Join(parts, Ellipsis)
	if len(x.Evidence) == 0 {
		if x.Paraphrase {
			r.at(x.Pos, "statement %q is a paraphrase, so its text is not in the body: give the evidence passage it paraphrases", x.ID)
			return false
		}
		if len(parts) > 1 {
			r.at(textAt, "the text of statement %q leaves words out (an ellipsis), so it cannot be its own evidence: give the passage that holds its parts as evidence", x.ID)
			return false
		}
		// The text is its own evidence, widened to its sentence so the
		// passage reads on its own.
		sp, ok := p.span(passage{Pos: textAt, Text: out.Text}, fmt.Sprintf("the text of statement %q", x.ID))
		if !ok {
			return false
		}
		wording := p.body.slice(sp.Start, sp.End)
		sp.Start, sp.End = p.body.sentence(sp.Start, sp.End)
		out.Evidence = append(out.Evidence, sp)
		out.Wording = append(out.Wording, wording)
		return true
	}
	ok := true
	for _, ev := range x.Evidence {
		sp, found := p.span(ev, fmt.Sprintf("the evidence of statement %q", x.ID))
		if !found {
			ok = false
			continue
		}
		if !x.Paraphrase {
			if i := partsIn(ev.Text, parts); i >= 0 {
				ok = false
				switch {
				case len(parts) == 1 && out.Kind == "direct":
					r.at(ev.Pos, "the evidence of direct statement %q does not contain its text %q", x.ID, clip(out.Text))
				case len(parts) == 1:
					r.at(ev.Pos, "the evidence of reported statement %q does not contain its text %q: write the claim in the source's words, or mark the text `paraphrase: true`", x.ID, clip(out.Text))
				case i == 0:
					r.at(ev.Pos, "the evidence of statement %q does not contain the first part of its text, %q", x.ID, clip(parts[0]))
				default:
					r.at(ev.Pos, "the evidence of statement %q does not contain the %s part of its text, %q, after the part before it", x.ID, ordinal(i), clip(parts[i]))
				}
				continue
			}
		}
		out.Evidence = append(out.Evidence, sp)
		// A text that leaves words out has no one wording in the passage:
		// NULL, as migration 00007 gives such rows.
		out.Wording = append(out.Wording, p.body.within(sp, out.Text))
	}
	return ok
}

func (c *checker) position(p *parsed, x *positionNode, own []store.StatementDef) store.PositionDef {
	r := p.r
	out := store.PositionDef{Stance: x.Stance, StanceInferred: x.Inferred, StanceBasis: x.Basis}
	checkBasis(r, x.Pos, x.Inferred, x.Basis, "the stance")
	out.Holder, _ = c.ref(r, x.At["holder"], x.Holder, "holder", speakerKinds...)
	if ref, ok := c.ref(r, x.At["topic"], x.Topic, "topic", store.KindTopic); ok {
		out.Topic = ref.ID
	}
	out.Polarity = oneOf(r, x.At["polarity"], x.Polarity, "polarity", polarities, "")
	out.AsOf = date(r, x.AsOf, "as_of")
	out.Statements = c.refIDs(r, x.At["statements"], x.Statements, "statement", store.KindStatement)
	if len(x.Evidence) > 0 {
		out.Evidence, _ = p.onePassage(x.Evidence, x.Pos, "a position")
		return out
	}
	// Without evidence of its own, a position borrows that of the first
	// statement of this file that shows it.
	for _, id := range out.Statements {
		for _, s := range own {
			if s.ID == id && !s.RefOnly && len(s.Evidence) > 0 {
				out.Evidence = s.Evidence[0]
				return out
			}
		}
	}
	if len(out.Statements) < len(x.Statements) {
		return out // a statement id that resolves to nothing: reported already
	}
	for _, id := range out.Statements {
		if p.failed[id] {
			return out // that statement's problem is reported already
		}
	}
	r.at(x.Pos, "a position needs evidence, or a statement of this file that shows it")
	return out
}

func (c *checker) control(p *parsed, x *controlNode) store.ControlDef {
	r := p.r
	out := store.ControlDef{Share: x.Share, Qualifier: x.Qualifier, Note: x.Note}
	if ref, ok := c.ref(r, x.At["territory"], x.Territory, "territory", store.KindTerritory); ok {
		out.Territory = ref.ID
	}
	if ref, ok := c.ref(r, x.At["controller"], x.Controller, "controller", store.KindOrganization); ok {
		out.Controller = ref.ID
	}
	out.Kind = oneOf(r, x.At["kind"], x.Kind, "control kind", controlKinds, "control")
	switch {
	case x.Share != nil && (*x.Share < 0 || *x.Share > 100):
		r.at(x.At["share"], "share %v is outside 0-100: it is a percentage", *x.Share)
	case x.Share != nil:
		out.ShareBound = oneOf(r, x.At["share_bound"], x.ShareBound, "share_bound", shareBounds, "exact")
	case x.ShareBound != "":
		r.at(x.At["share_bound"], "share_bound is given without a share")
	}
	out.AsOf = date(r, x.AsOf, "as_of")
	out.Evidence, _ = p.onePassage(x.Evidence, x.Pos, "a control figure")
	return out
}

// checkCycles reports parent chains that loop, for topics, territories and
// organizations, across the batch and the database together.
func (c *checker) checkCycles(ctx context.Context) error {
	type node struct {
		id, parent, file string
		at               pos
	}
	for _, k := range definedKinds {
		kind := k.kind
		parents := map[string]string{}
		var nodes []node
		for _, p := range c.files {
			for _, d := range k.list(&p.ff) {
				if d.parent != "" {
					parents[d.id] = d.parent
					nodes = append(nodes, node{d.id, d.parent, p.r.file, d.parentAt})
				}
			}
		}
		if len(nodes) == 0 {
			continue // no parent given: no new cycle
		}
		if c.cat != nil {
			db, err := c.cat.Parents(ctx, kind)
			if err != nil {
				return err
			}
			for id, parent := range db {
				if _, ok := parents[id]; !ok {
					parents[id] = parent // the batch's own parents win
				}
			}
		}
		reported := map[string]bool{}
		for _, n := range nodes {
			chain := []string{n.id}
			seen := map[string]bool{n.id: true}
			for cur := parents[n.id]; cur != ""; cur = parents[cur] {
				chain = append(chain, cur)
				if cur == n.id {
					if !reported[n.id] {
						for _, id := range chain {
							reported[id] = true
						}
						c.probs = append(c.probs, Problem{File: n.file, Line: n.at.Line, Col: n.at.Col,
							Msg: fmt.Sprintf("%s parents form a cycle: %s", kind, strings.Join(chain, " → "))})
					}
					break
				}
				if seen[cur] {
					break // a cycle above n, reported from its own members
				}
				seen[cur] = true
			}
		}
	}
	return nil
}
