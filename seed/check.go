package seed

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"kb/store"
)

// Catalog answers what the database already holds, so that a fact file may
// refer to entities another source defined. *store.DB implements it; a nil
// Catalog means an empty database.
type Catalog interface {
	// EntityKinds reports, for each of ids, the kinds of entity it names.
	EntityKinds(ctx context.Context, ids []string) (map[string][]store.Kind, error)
	// EntityIDs lists ids of one kind, for suggestions.
	EntityIDs(ctx context.Context, kind store.Kind) ([]string, error)
	// Parents maps each entity of kind to its parent, for cycle checks.
	Parents(ctx context.Context, kind store.Kind) (map[string]string, error)
	// Owners maps each of ids that names a statement or an event to the
	// source that defines it.
	Owners(ctx context.Context, kind store.Kind, ids []string) (map[string]string, error)
	// ReferencedElsewhere maps, by kind, the statements and events that
	// sources define and that other sources refer to, to one such source.
	ReferencedElsewhere(ctx context.Context, sources []string) (map[store.Kind]map[string]store.Reference, error)
	// SourceWithBody names a source other than except with this body.
	SourceWithBody(ctx context.Context, body, except string) (string, error)
}

// StatementTexter is what a Catalog may also answer: the text of each of
// ids that is a statement in the database, so that a re-report is checked
// against the words of the statement it repeats. *store.DB implements it.
type StatementTexter interface {
	StatementTexts(ctx context.Context, ids []string) (map[string]string, error)
}

var slugRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// parsed is one fact file after decoding.
type parsed struct {
	file File
	r    report
	ff   factFile
	body *body
	// failed holds the statements of this file whose text or evidence is
	// wrong, so that what depends on them is not reported again.
	failed map[string]bool
}

// definition is where an id is defined in the batch.
type definition struct {
	file string
	pos  pos
}

// checker validates a batch of files and turns them into store facts.
type checker struct {
	cat     Catalog
	probs   Problems
	files   []*parsed
	defs    map[store.Kind]map[string]definition // defined in this batch
	dbKinds map[string][]store.Kind              // defined in the database
	owners  map[store.Kind]map[string]string     // statement and event ids in the database -> their source
	// elsewhere: statements and events the batch's sources define in the
	// database that other sources refer to -> one such source
	elsewhere map[store.Kind]map[string]store.Reference
	sources   map[string]bool // the sources of the batch
	idCache   map[store.Kind][]string
	// unknown holds the references to ids nothing defines, reported at the
	// end with the nearest ids as suggestions.
	unknown []unknownRef
	// texts: the text of every statement the batch defines or refers to
	// and the database holds, to check re-reports against
	texts map[string]string
	// wordings: other sources' words of those statements given by the
	// batch's re-reports; recorded: those the database's appearances hold
	// (see rereport.go)
	wordings, recorded map[string][]string
	// candidates and suggestWork serve suggestIDs.
	candidates  map[string][]string
	suggestWork int
}

// Check parses and validates files against each other and the catalog, and
// returns their facts ready for store.Load. It reports every problem it
// finds; the facts are only meaningful when there are none.
func Check(ctx context.Context, files []File, cat Catalog) ([]store.SourceFacts, Problems, error) {
	c := &checker{cat: cat, defs: map[store.Kind]map[string]definition{}, idCache: map[store.Kind][]string{}, candidates: map[string][]string{}, texts: map[string]string{}, wordings: map[string][]string{}, recorded: map[string][]string{}}
	for _, f := range files {
		if p := c.parse(f); p != nil {
			c.files = append(c.files, p)
		}
	}
	c.collectDefinitions()
	if err := c.lookupDatabase(ctx); err != nil {
		return nil, nil, err
	}
	c.checkDefinitions()
	c.checkStillDefined()
	if err := c.checkBodies(ctx); err != nil {
		return nil, nil, err
	}
	var out []store.SourceFacts
	for _, p := range c.files {
		out = append(out, c.convert(p))
	}
	if err := c.reportUnknown(ctx); err != nil {
		return nil, nil, err
	}
	if err := c.checkCycles(ctx); err != nil {
		return nil, nil, err
	}
	return out, c.probs.Sorted(), nil
}

func (c *checker) define(kind store.Kind, id string, r report, at pos, batchUnique bool) {
	if id == "" {
		return // missing or empty: the decoder said so
	}
	if c.defs[kind] == nil {
		c.defs[kind] = map[string]definition{}
	}
	if prev, ok := c.defs[kind][id]; ok {
		if prev.file == r.file || batchUnique {
			r.at(at, "duplicate %s id %q (first defined at %s:%d)", kind, id, prev.file, prev.pos.Line)
		}
		return
	}
	c.defs[kind][id] = definition{file: r.file, pos: at}
}

// defined is an entity or event a fact file defines by id, as the checks
// common to every kind see it.
type defined struct {
	id, parent   string
	at, parentAt pos
}

// definedKinds lists, per kind, what a fact file defines. Entities (once
// false) may be defined again by another file of a batch, as each file
// stands alone; an event is a fact, defined once.
var definedKinds = []struct {
	kind store.Kind
	once bool
	list func(*factFile) []defined
}{
	{store.KindPerson, false, func(ff *factFile) []defined {
		return each(ff.People, func(x *personNode) defined { return defined{x.ID, "", x.At["id"], pos{}} })
	}},
	{store.KindOrganization, false, func(ff *factFile) []defined {
		return each(ff.Organizations, func(x *organizationNode) defined { return defined{x.ID, x.Parent, x.At["id"], x.At["parent"]} })
	}},
	{store.KindTopic, false, func(ff *factFile) []defined {
		return each(ff.Topics, func(x *topicNode) defined { return defined{x.ID, x.Parent, x.At["id"], x.At["parent"]} })
	}},
	{store.KindTerritory, false, func(ff *factFile) []defined {
		return each(ff.Territories, func(x *territoryNode) defined { return defined{x.ID, x.Parent, x.At["id"], x.At["parent"]} })
	}},
	{store.KindEvent, true, func(ff *factFile) []defined {
		return each(ff.Events, func(x *eventNode) defined { return defined{x.ID, "", x.At["id"], pos{}} })
	}},
}

func each[T any](xs []T, f func(T) defined) []defined {
	out := make([]defined, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// collectDefinitions records every id the batch defines. Entities may be
// defined again by another file of the batch (each file stands alone);
// sources, events and statements are facts and are defined once.
func (c *checker) collectDefinitions() {
	for _, p := range c.files {
		ff := &p.ff
		if ff.Source != nil && ff.Source.ID != "" {
			c.define(store.KindSource, ff.Source.ID, p.r, ff.Source.At["id"], true)
		}
		for _, k := range definedKinds {
			for _, d := range k.list(ff) {
				c.checkID(p.r, d.id, d.at)
				c.define(k.kind, d.id, p.r, d.at, k.once)
			}
		}
		for i, x := range ff.Statements {
			if isStatementRef(x) {
				if t := strings.TrimSpace(x.Text); t != "" && x.ID != "" {
					c.wordings[x.ID] = append(c.wordings[x.ID], t)
				}
				continue
			}
			if x.ID == "" && ff.Source != nil {
				x.ID = fmt.Sprintf("%s-s%d", ff.Source.ID, i+1)
			} else {
				c.checkID(p.r, x.ID, x.At["id"])
			}
			c.define(store.KindStatement, x.ID, p.r, x.Pos, true)
			if _, ok := c.texts[x.ID]; !ok && x.Text != "" {
				c.texts[x.ID] = x.Text
			}
		}
	}
}

func (c *checker) checkID(r report, id string, at pos) {
	if id != "" && !slugRE.MatchString(id) {
		r.at(at, "id %q is not a slug: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit", id)
	}
}

// isStatementRef says whether a statement entry only adds appearances to a
// statement defined elsewhere: it has an id and evidence, and at most the
// wording of this source as its text, but no speaker or kind.
func isStatementRef(s *statementNode) bool {
	return s.ID != "" && s.Speaker == "" && s.Kind == ""
}

// lookupDatabase asks the catalog about every id the batch refers to but
// does not define.
func (c *checker) lookupDatabase(ctx context.Context) error {
	c.dbKinds = map[string][]store.Kind{}
	c.owners = map[store.Kind]map[string]string{}
	c.sources = map[string]bool{}
	for _, p := range c.files {
		if id := p.sourceID(); id != "" {
			c.sources[id] = true
		}
	}
	if c.cat == nil {
		return nil
	}
	want := map[string]bool{}
	add := func(ids ...string) {
		for _, id := range ids {
			if id != "" {
				want[id] = true
			}
		}
	}
	// ids defined here too: a person must not share an id with an
	// organization in the database, and a statement or event must not be
	// defined by two sources.
	for kind, defs := range c.defs {
		if kind != store.KindSource {
			for id := range defs {
				add(id)
			}
		}
	}
	for _, p := range c.files {
		ff := &p.ff
		for _, k := range definedKinds {
			for _, d := range k.list(ff) {
				add(d.parent)
			}
		}
		for _, x := range ff.Events {
			add(x.Participants...)
		}
		for _, x := range ff.Roles {
			add(x.Person, x.Organization)
		}
		for _, x := range ff.Statements {
			add(x.Speaker, x.OnBehalfOf, x.Event)
			add(x.Topics...)
			add(x.Mentions...)
			if isStatementRef(x) {
				add(x.ID)
			}
		}
		for _, x := range ff.Positions {
			add(x.Holder, x.Topic)
			add(x.Statements...)
		}
		for _, x := range ff.Control {
			add(x.Territory, x.Controller)
		}
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	kinds, err := c.cat.EntityKinds(ctx, ids)
	if err != nil {
		return err
	}
	c.dbKinds = kinds
	if st, ok := c.cat.(StatementTexter); ok {
		var refs []string
		for _, id := range ids {
			if slices.Contains(kinds[id], store.KindStatement) {
				refs = append(refs, id)
			}
		}
		texts, err := st.StatementTexts(ctx, refs)
		if err != nil {
			return err
		}
		if sw, ok := c.cat.(StatementWordinger); ok {
			ws, err := sw.StatementWordings(ctx, refs)
			if err != nil {
				return err
			}
			for id, w := range ws {
				c.recorded[id] = w
			}
		}
		for id, t := range texts {
			if _, ok := c.texts[id]; !ok {
				c.texts[id] = t
			}
		}
	}
	for _, kind := range []store.Kind{store.KindStatement, store.KindEvent} {
		var these []string
		for _, id := range ids {
			if slices.Contains(kinds[id], kind) {
				these = append(these, id)
			}
		}
		if c.owners[kind], err = c.cat.Owners(ctx, kind, these); err != nil {
			return err
		}
	}
	var sources []string
	for id := range c.sources {
		sources = append(sources, id)
	}
	slices.Sort(sources)
	c.elsewhere, err = c.cat.ReferencedElsewhere(ctx, sources)
	return err
}

// checkStillDefined reports a statement or event that a source being
// reloaded defined, that another source refers to, and that no file of the
// batch defines any more: loading would leave that reference dangling.
func (c *checker) checkStillDefined() {
	for _, p := range c.files {
		src := p.ff.Source
		if src == nil {
			continue
		}
		for _, kind := range []store.Kind{store.KindStatement, store.KindEvent} {
			var ids []string
			for id := range c.elsewhere[kind] {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			for _, id := range ids {
				ref := c.elsewhere[kind][id]
				if _, defined := c.defs[kind][id]; defined || ref.Owner != src.ID {
					continue
				}
				p.r.at(src.At["id"], "%s %q, which this source defines in the database, is referred to by source %q: define it again in this file, or change that source first", kind, id, ref.By)
			}
		}
	}
}

// checkDefinitions reports ids that clash: a person and an organization
// with one id, a statement or event that another source already defines,
// and a statement given by id more than once in one file, or in the file
// that defines it.
func (c *checker) checkDefinitions() {
	for _, p := range c.files {
		ff := &p.ff
		for _, x := range ff.People {
			if d, ok := c.defs[store.KindOrganization][x.ID]; ok {
				p.r.at(x.At["id"], "id %q names both a person (here) and an organization (%s:%d): a speaker must be one or the other; give them different ids", x.ID, d.file, d.pos.Line)
			} else if slices.Contains(c.dbKinds[x.ID], store.KindOrganization) {
				p.r.at(x.At["id"], "id %q names an organization in the database: a speaker must be a person or an organization, not both; give the person another id", x.ID)
			}
		}
		for _, x := range ff.Organizations {
			if _, ok := c.defs[store.KindPerson][x.ID]; !ok && slices.Contains(c.dbKinds[x.ID], store.KindPerson) {
				p.r.at(x.At["id"], "id %q names a person in the database: a speaker must be a person or an organization, not both; give the organization another id", x.ID)
			}
		}
		for _, x := range ff.Events {
			if owner := c.owners[store.KindEvent][x.ID]; owner != "" && owner != p.sourceID() && !c.sources[owner] {
				p.r.at(x.At["id"], "event %q is already defined by source %q: refer to it by id instead of defining it again", x.ID, owner)
			}
		}
		given := map[string]pos{}
		for _, x := range ff.Statements {
			if !isStatementRef(x) {
				if owner := c.owners[store.KindStatement][x.ID]; owner != "" && owner != p.sourceID() && !c.sources[owner] {
					p.r.at(x.Pos, "statement %q is already defined by source %q: to report it again, give only its id and evidence", x.ID, owner)
				}
				continue
			}
			// A reference written without an id key (its id derived) has
			// no position of its own for "id": point at the item.
			at := x.At["id"]
			if at.Line == 0 {
				at = x.Pos
			}
			if first, ok := given[x.ID]; ok {
				p.r.at(at, "statement %q is already given by id at line %d: put all its passages in one evidence list", x.ID, first.Line)
				continue
			}
			given[x.ID] = at
			if d, ok := c.defs[store.KindStatement][x.ID]; ok && d.file == p.r.file {
				p.r.at(at, "statement %q is defined in this file (line %d): add this passage to its evidence instead", x.ID, d.pos.Line)
			}
		}
	}
}

// checkBodies refuses an article loaded a second time under another source
// id, in the batch or in the database: one article is one source.
func (c *checker) checkBodies(ctx context.Context) error {
	first := map[string]*parsed{}
	for _, p := range c.files {
		src := p.ff.Source
		if p.body == nil || src == nil || src.ID == "" {
			continue
		}
		at := src.At["body_file"]
		if at.Line == 0 {
			at = src.At["body"]
		}
		if q, ok := first[p.body.text]; ok {
			if q.sourceID() != src.ID {
				p.r.at(at, "the body of source %q is the body of source %q (%s): one article is one source; load it once, under one id", src.ID, q.sourceID(), q.r.file)
			}
			continue
		}
		first[p.body.text] = p
		if c.cat == nil {
			continue
		}
		other, err := c.cat.SourceWithBody(ctx, p.body.text, src.ID)
		if err != nil {
			return err
		}
		if other != "" && !c.sources[other] {
			p.r.at(at, "the body of source %q is the body of source %q, already in the database: one article is one source; load it once, under one id (or reload %q with its file)", src.ID, other, other)
		}
	}
	return nil
}
