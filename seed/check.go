package seed

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

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
}

// definition is where an id is defined in the batch.
type definition struct {
	file string
	pos  pos
}

// checker validates a batch of files and turns them into store facts.
type checker struct {
	ctx     context.Context
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
	// texts: the text of every statement the batch defines or refers to
	// and the database holds, to check re-reports against
	texts map[string]string
	// candidates and suggestWork serve suggestIDs.
	candidates  map[string][]string
	suggestWork int
}

// Check parses and validates files against each other and the catalog, and
// returns their facts ready for store.Load. It reports every problem it
// finds; the facts are only meaningful when there are none.
func Check(ctx context.Context, files []File, cat Catalog) ([]store.SourceFacts, Problems, error) {
	c := &checker{ctx: ctx, cat: cat, defs: map[store.Kind]map[string]definition{}, idCache: map[store.Kind][]string{}, candidates: map[string][]string{}, texts: map[string]string{}}
	for _, f := range files {
		if p := c.parse(f); p != nil {
			c.files = append(c.files, p)
		}
	}
	c.collectDefinitions()
	if err := c.lookupDatabase(); err != nil {
		return nil, nil, err
	}
	c.checkDefinitions()
	c.checkStillDefined()
	var out []store.SourceFacts
	for _, p := range c.files {
		out = append(out, c.convert(p))
	}
	if err := c.checkCycles(); err != nil {
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

// collectDefinitions records every id the batch defines. Entities may be
// defined again by another file of the batch (each file stands alone);
// sources, events and statements are facts and are defined once.
func (c *checker) collectDefinitions() {
	for _, p := range c.files {
		ff := &p.ff
		if ff.Source != nil && ff.Source.ID != "" {
			c.define(store.KindSource, ff.Source.ID, p.r, ff.Source.At["id"], true)
		}
		for _, x := range ff.People {
			c.checkID(p.r, x.ID, x.At["id"])
			c.define(store.KindPerson, x.ID, p.r, x.At["id"], false)
		}
		for _, x := range ff.Organizations {
			c.checkID(p.r, x.ID, x.At["id"])
			c.define(store.KindOrganization, x.ID, p.r, x.At["id"], false)
		}
		for _, x := range ff.Topics {
			c.checkID(p.r, x.ID, x.At["id"])
			c.define(store.KindTopic, x.ID, p.r, x.At["id"], false)
		}
		for _, x := range ff.Territories {
			c.checkID(p.r, x.ID, x.At["id"])
			c.define(store.KindTerritory, x.ID, p.r, x.At["id"], false)
		}
		for _, x := range ff.Events {
			c.checkID(p.r, x.ID, x.At["id"])
			c.define(store.KindEvent, x.ID, p.r, x.At["id"], true)
		}
		for i, x := range ff.Statements {
			if isStatementRef(x) {
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
func (c *checker) lookupDatabase() error {
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
		for _, x := range ff.Organizations {
			add(x.Parent)
		}
		for _, x := range ff.Topics {
			add(x.Parent)
		}
		for _, x := range ff.Territories {
			add(x.Parent)
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
	kinds, err := c.cat.EntityKinds(c.ctx, ids)
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
		texts, err := st.StatementTexts(c.ctx, refs)
		if err != nil {
			return err
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
		if c.owners[kind], err = c.cat.Owners(c.ctx, kind, these); err != nil {
			return err
		}
	}
	var sources []string
	for id := range c.sources {
		sources = append(sources, id)
	}
	slices.Sort(sources)
	c.elsewhere, err = c.cat.ReferencedElsewhere(c.ctx, sources)
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
			if first, ok := given[x.ID]; ok {
				p.r.at(x.At["id"], "statement %q is already given by id at line %d: put all its passages in one evidence list", x.ID, first.Line)
				continue
			}
			given[x.ID] = x.At["id"]
			if d, ok := c.defs[store.KindStatement][x.ID]; ok && d.file == p.r.file {
				p.r.at(x.At["id"], "statement %q is defined in this file (line %d): add this passage to its evidence instead", x.ID, d.pos.Line)
			}
		}
	}
}

// ref resolves a reference to one of the allowed kinds, reporting unknown
// and ambiguous ids.
func (c *checker) ref(r report, at pos, id, what string, allowed ...store.Kind) (store.Ref, bool) {
	if id == "" {
		return store.Ref{}, false // a missing required id: the decoder said so
	}
	var found []store.Kind
	for _, k := range allowed {
		_, inBatch := c.defs[k][id]
		if inBatch || slices.Contains(c.dbKinds[id], k) {
			found = append(found, k)
		}
	}
	switch len(found) {
	case 1:
		k := found[0]
		if _, inBatch := c.defs[k][id]; !inBatch && (k == store.KindStatement || k == store.KindEvent) {
			if owner := c.owners[k][id]; c.sources[owner] {
				r.at(at, "%s %q is defined by source %q as it is in the database, but this load replaces that source and it no longer defines it", what, id, owner)
				return store.Ref{}, false
			}
		}
		return store.Ref{Kind: k, ID: id}, true
	case 0:
		msg := fmt.Sprintf("%s %q is not defined in any fact file given nor in the database", what, id)
		if s := c.suggestIDs(id, allowed); len(s) > 0 {
			msg += fmt.Sprintf(" (nearest: %s)", strings.Join(s, ", "))
		}
		r.at(at, "%s", msg)
	default:
		names := make([]string, len(found))
		for i, k := range found {
			names[i] = article(string(k)) + " " + string(k)
		}
		r.at(at, "%s %q is ambiguous: it is both %s; give entities of different kinds different ids", what, id, strings.Join(names, " and "))
	}
	return store.Ref{}, false
}

// maxSuggestWork bounds the candidates compared for "nearest" suggestions
// in one check: a file with thousands of unknown ids among thousands of
// known ones would otherwise take quadratic time. Beyond it, problems come
// without suggestions.
const maxSuggestWork = 500_000

func (c *checker) suggestIDs(id string, kinds []store.Kind) []string {
	key := fmt.Sprint(kinds)
	all, ok := c.candidates[key]
	if !ok {
		for _, k := range kinds {
			for d := range c.defs[k] {
				all = append(all, d)
			}
			if c.cat != nil {
				ids, ok := c.idCache[k]
				if !ok {
					ids, _ = c.cat.EntityIDs(c.ctx, k)
					c.idCache[k] = ids
				}
				all = append(all, ids...)
			}
		}
		slices.Sort(all)
		all = slices.Compact(all)
		c.candidates[key] = all
	}
	if c.suggestWork+len(all) > maxSuggestWork {
		return nil
	}
	c.suggestWork += len(all)
	return store.Suggest(id, all, 3)
}

func (c *checker) refs(r report, at pos, ids []string, what string, allowed ...store.Kind) []store.Ref {
	var out []store.Ref
	for _, id := range ids {
		if ref, ok := c.ref(r, at, id, what, allowed...); ok {
			out = append(out, ref)
		}
	}
	return out
}

func (c *checker) refIDs(r report, at pos, ids []string, what string, kind store.Kind) []string {
	var out []string
	for _, ref := range c.refs(r, at, ids, what, kind) {
		out = append(out, ref.ID)
	}
	return out
}

// oneOf checks value against a closed vocabulary; an empty value is def.
// A required value that is missing has been reported by the decoder.
func oneOf(r report, at pos, value, what string, allowed []string, def string) string {
	if value == "" {
		return def
	}
	if !slices.Contains(allowed, value) {
		msg := fmt.Sprintf("%s %q is not one of %s", what, value, strings.Join(allowed, ", "))
		if s := store.Suggest(value, allowed, 1); len(s) > 0 {
			msg += fmt.Sprintf(" (did you mean %q?)", s[0])
		}
		r.at(at, "%s", msg)
	}
	return value
}

var (
	dayRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	weekRE  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	monthRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
	yearRE  = regexp.MustCompile(`^\d{4}$`)
)

// date converts a written date, reporting malformed and impossible ones.
func date(r report, d dateNode, what string) *store.Date {
	if d.Text == "" {
		return nil
	}
	out := &store.Date{Inferred: d.Inferred, Basis: d.Basis}
	t := strings.TrimSpace(d.Text)
	switch {
	case dayRE.MatchString(t):
		if _, err := time.Parse("2006-01-02", t); err != nil {
			r.at(d.Pos, "%s %q is not a real date", what, t)
			return nil
		}
		out.On, out.Precision = t, "day"
	case weekRE.MatchString(t):
		m := weekRE.FindStringSubmatch(t)
		var year, week int
		fmt.Sscanf(m[1]+" "+m[2], "%d %d", &year, &week)
		monday, ok := isoWeekMonday(year, week)
		if !ok {
			r.at(d.Pos, "%s %q is not a real ISO week", what, t)
			return nil
		}
		out.On, out.Precision = monday, "week"
	case monthRE.MatchString(t):
		if _, err := time.Parse("2006-01", t); err != nil {
			r.at(d.Pos, "%s %q is not a real month", what, t)
			return nil
		}
		out.On, out.Precision = t, "month"
	case yearRE.MatchString(t):
		out.On, out.Precision = t, "year"
	default:
		r.at(d.Pos, "%s %q is not a date: write 2025-12-06, 2025-W49, 2026-01 or 2026", what, t)
		return nil
	}
	return out
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) (string, bool) {
	if w < 1 || w > 53 {
		return "", false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	monday := jan4.AddDate(0, 0, -offset+(w-1)*7)
	if yy, ww := monday.ISOWeek(); yy != y || ww != w {
		return "", false
	}
	return monday.Format("2006-01-02"), true
}

// dateAfter reports whether a is certainly after b, comparing at the
// coarser of the two precisions.
func dateAfter(a, b *store.Date) bool {
	if a == nil || b == nil {
		return false
	}
	n := min(len(a.On), len(b.On))
	return a.On[:n] > b.On[:n]
}

// span finds one passage in the body, reporting a passage that is missing
// (with the closest one) or found more than once.
func (p *parsed) span(ps passage, what string) (store.Span, bool) {
	if p.body == nil {
		return store.Span{}, false
	}
	if strings.TrimSpace(ps.Text) == "" {
		p.r.at(ps.Pos, "%s is empty", what)
		return store.Span{}, false
	}
	hits, n := p.body.locate(ps.Text)
	switch len(hits) {
	case 1:
		return store.Span{Start: hits[0], End: hits[0] + n}, true
	case 0:
		msg := fmt.Sprintf("%s %q is not in the body of source %q", what, clip(ps.Text), p.sourceID())
		if near := p.body.closest(ps.Text); near != "" {
			msg += fmt.Sprintf("; the closest passage is %q", clip(near))
		}
		p.r.at(ps.Pos, "%s", msg)
	default:
		p.r.at(ps.Pos, "%s %q is found %d times in the body of source %q: quote a longer passage so it is found once", what, clip(ps.Text), len(hits), p.sourceID())
	}
	return store.Span{}, false
}

// onePassage is span for facts that take exactly one passage.
func (p *parsed) onePassage(ev passages, at pos, what string) (store.Span, bool) {
	switch len(ev) {
	case 0:
		p.r.at(at, "%s needs evidence: a passage of the body", what)
		return store.Span{}, false
	case 1:
		return p.span(ev[0], "the evidence of "+what)
	}
	p.r.at(ev[1].Pos, "%s takes one evidence passage, not %d", what, len(ev))
	return store.Span{}, false
}

func (p *parsed) sourceID() string {
	if p.ff.Source == nil {
		return ""
	}
	return p.ff.Source.ID
}

func clip(s string) string {
	rs := []rune(s)
	if len(rs) > 120 {
		return string(rs[:117]) + "..."
	}
	return s
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
