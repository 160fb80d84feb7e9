// Package corpus generates a deterministic synthetic corpus of sources and
// statements for tests and benchmarks: the same Config always yields the
// same facts, byte for byte. Every passage (statement, role, event) really
// is in its source body, and its offsets are counted in Unicode characters.
package corpus

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"kb/store"
)

// Version changes whenever the generated corpus changes for a given Config,
// so that cached corpus databases are rebuilt.
const Version = 2

// Config chooses the size and the seed of a corpus.
type Config struct {
	Statements int    // how many statements to define (re-reports come on top as appearances)
	Seed       uint64 // same seed, same corpus
}

// Shape is how many of each entity a corpus of cfg.Statements holds.
type Shape struct {
	People, Organizations, Topics, Territories int
}

// ShapeOf sizes the entity tables for a number of statements: about fifty
// statements per person on average, few organizations, fixed topic and
// territory trees.
func ShapeOf(statements int) Shape {
	return Shape{
		People:        max(40, statements/50),
		Organizations: min(400, max(30, statements/2500)),
		Topics:        len(topicRoots) * (1 + topicChildren*(1+topicGrandchildren)),
		Territories:   len(countries) * (1 + len(regionWords)),
	}
}

const (
	topicChildren      = 6
	topicGrandchildren = 4
	startDate          = "2022-02-24"
	spanDays           = 4 * 365
)

// Picks are names and words chosen for benchmarks: a typical person, a
// topic, two mid-frequency words (each in about one statement in a
// hundred), two words found together in about a fifth of all statements.
type Picks struct {
	Person      string // a person with about the average number of statements
	PersonID    string
	Topic       string // a mid-level topic (with subtopics)
	TopicID     string
	QuotesBy    string // a person for `kb quotes --by`
	QuotesByID  string
	QuotesSince string // a date about a year before the last source
	MidWords    [2]string
	CommonWords [2]string
}

// PicksFor returns the benchmark picks of a corpus of cfg.
func PicksFor(cfg Config) Picks {
	g := newGen(cfg)
	sh := g.shape
	mid := g.people[sh.People/2]
	q := g.people[sh.People/4]
	t := g.topics[1] // the first child of the first root: has subtopics
	end := g.publishedOn(g.sources() - 1)
	since := end.AddDate(-1, 0, 0).Format("2006-01-02")
	return Picks{
		Person: mid.name, PersonID: mid.id,
		Topic: t.name, TopicID: t.id,
		QuotesBy: q.name, QuotesByID: q.id, QuotesSince: since,
		MidWords: [2]string{vocabulary()[120], vocabulary()[135]},
		// both in about a fifth of all statements ("the" in 70%, "we" in 33%)
		CommonWords: [2]string{vocabulary()[0], vocabulary()[2]},
	}
}

type person struct {
	id, name, first, last string
	aliases               []string
	org                   int
	title                 string
	roleStart             string
	endKind, endOn        string
}

type org struct {
	id, name, kind, parent string
	aliases                []string
	speech                 string // how the body names it when it speaks
}

type topic struct {
	id, name, parent string
	aliases          []string
	root             int
}

type territory struct {
	id, name, kind, parent string
	aliases                []string
}

type gen struct {
	cfg         Config
	shape       Shape
	people      []person
	orgs        []org
	topics      []topic
	territories []territory
	vocab       []string
	cdf         []float64 // word ranks, Zipf
	rolesGiven  []bool
	lastFirst   string // the text of the last source's first statement, for a re-report of it
	start       time.Time
}

func newGen(cfg Config) *gen {
	if cfg.Statements < 1 {
		cfg.Statements = 1
	}
	g := &gen{cfg: cfg, shape: ShapeOf(cfg.Statements)}
	g.start, _ = time.Parse("2006-01-02", startDate)
	r := rand.New(rand.NewPCG(cfg.Seed, 0x6b62))
	g.makeOrgs()
	g.makePeople(r)
	g.makeTopics()
	g.makeTerritories()
	g.rolesGiven = make([]bool, len(g.people))
	// Zipf with exponent 1 over the vocabulary: the fifth word is in about
	// a fifth of all statements, word 120 in about one in a hundred.
	g.vocab = vocabulary()
	g.cdf = make([]float64, len(g.vocab))
	sum := 0.0
	for i := range g.vocab {
		sum += 1 / float64(i+1)
		g.cdf[i] = sum
	}
	for i := range g.cdf {
		g.cdf[i] /= sum
	}
	return g
}

// sources is how many sources carry cfg.Statements statements (ten each on
// average).
func (g *gen) sources() int { return max(1, (g.cfg.Statements+9)/10) }

func (g *gen) publishedOn(i int) time.Time {
	n := g.sources()
	return g.start.AddDate(0, 0, int(int64(i)*spanDays/int64(max(1, n-1))))
}

func (g *gen) makeOrgs() {
	for _, c := range countries {
		g.orgs = append(g.orgs, org{id: slug(c.name), name: c.name, kind: "state", aliases: c.aliases, speech: c.name})
		if len(g.orgs) >= g.shape.Organizations {
			return
		}
	}
	for i := 0; len(g.orgs) < g.shape.Organizations; i++ {
		state := g.orgs[i%len(countries)]
		kind := orgKinds[i/len(countries)%len(orgKinds)]
		name := fmt.Sprintf("%s of %s", kind.name, state.name)
		if i >= len(countries)*len(orgKinds) {
			name = fmt.Sprintf("%s %d of %s", kind.name, i/(len(countries)*len(orgKinds))+1, state.name)
		}
		o := org{id: slug(name), name: name, kind: kind.kind, parent: state.id, speech: "the " + name}
		if kind.alias != "" {
			o.aliases = []string{state.name + " " + kind.alias}
		}
		g.orgs = append(g.orgs, o)
	}
}

func (g *gen) makePeople(r *rand.Rand) {
	n := g.shape.People
	// Every (first, last) pair at most once: walk the pairs in a shuffled
	// order.
	total := len(firstNames) * len(lastNames)
	perm := r.Perm(total)
	for i := 0; i < n; i++ {
		k := perm[i%total]
		first, last := firstNames[k%len(firstNames)], lastNames[k/len(firstNames)]
		name := first + " " + last
		id := slug(name)
		if i >= total {
			name = fmt.Sprintf("%s %s %s", first, string(rune('A'+i/total%26)), last)
			id = slug(name) + fmt.Sprint(i/total)
		}
		p := person{id: id, name: name, first: first, last: last, org: r.IntN(len(g.orgs))}
		// spellings a reader might type: transliterations, the initial
		ini, _ := utf8.DecodeRuneInString(first)
		p.aliases = append(p.aliases, string(ini)+". "+last)
		if v := variant(last); v != last {
			p.aliases = append(p.aliases, first+" "+v)
		}
		p.title = titles[r.IntN(len(titles))]
		startYear := 2015 + r.IntN(8)
		p.roleStart = fmt.Sprintf("%d-%02d", startYear, 1+r.IntN(12))
		switch x := r.IntN(20); {
		case x == 0:
			p.endKind, p.endOn = "past", fmt.Sprintf("%d", 2024+r.IntN(2))
		case x == 1:
			p.endKind, p.endOn = "announced", "2027-01"
		}
		g.people = append(g.people, p)
	}
}

func (g *gen) makeTopics() {
	for ri, root := range topicRoots {
		rid := slug(root)
		g.topics = append(g.topics, topic{id: rid, name: root, root: ri, aliases: []string{strings.ToLower(root)}})
		for c := 0; c < topicChildren; c++ {
			cname := fmt.Sprintf("%s: %s", root, topicAspects[c])
			cid := fmt.Sprintf("%s-%s", rid, slug(topicAspects[c]))
			g.topics = append(g.topics, topic{id: cid, name: cname, parent: rid, root: ri})
			for gc := 0; gc < topicGrandchildren; gc++ {
				gname := fmt.Sprintf("%s, %s", cname, topicFacets[(c+gc)%len(topicFacets)])
				gid := fmt.Sprintf("%s-%s", cid, slug(topicFacets[(c+gc)%len(topicFacets)]))
				g.topics = append(g.topics, topic{id: gid, name: gname, parent: cid, root: ri})
			}
		}
	}
}

func (g *gen) makeTerritories() {
	for _, c := range countries {
		cid := "t-" + slug(c.name)
		g.territories = append(g.territories, territory{id: cid, name: c.name, kind: "country", aliases: c.aliases})
		for _, w := range regionWords {
			name := w + " " + c.name
			g.territories = append(g.territories, territory{id: "t-" + slug(name), name: name, kind: "region", parent: cid})
		}
	}
}

// word draws a word from the vocabulary by its Zipf frequency.
func (g *gen) word(r *rand.Rand) string {
	i := sort.SearchFloat64s(g.cdf, r.Float64())
	return g.vocab[min(i, len(g.vocab)-1)]
}

func (g *gen) words(r *rand.Rand, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.word(r)
	}
	return strings.Join(ws, " ")
}

// speaker draws a person index, skewed so that a few people speak often:
// the first person gets about sqrt(1/n) of all person statements, the
// median one about the average.
func (g *gen) speaker(r *rand.Rand) int {
	u := r.Float64()
	return min(len(g.people)-1, int(float64(len(g.people))*u*u))
}

// Generate calls emit with the facts of each source in order. The first
// source also defines every entity. emit may keep the facts.
func Generate(cfg Config, emit func(*store.SourceFacts) error) error {
	g := newGen(cfg)
	left := cfg.Statements
	n := g.sources()
	for i := 0; i < n; i++ {
		k := left / (n - i)
		if rem := left % (n - i); rem > 0 {
			k++
		}
		left -= k
		r := rand.New(rand.NewPCG(cfg.Seed, uint64(i)+1))
		sf := g.source(r, i, k)
		if i == 0 {
			g.addEntities(sf)
		}
		if err := emit(sf); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) addEntities(sf *store.SourceFacts) {
	for _, p := range g.people {
		sf.People = append(sf.People, store.PersonDef{ID: p.id, Name: p.name, Aliases: p.aliases,
			Description: fmt.Sprintf("%s of %s", p.title, g.orgs[p.org].name)})
	}
	for _, o := range g.orgs {
		sf.Organizations = append(sf.Organizations, store.OrganizationDef{ID: o.id, Name: o.name, Kind: o.kind, Parent: o.parent, Aliases: o.aliases})
	}
	for _, t := range g.topics {
		sf.Topics = append(sf.Topics, store.TopicDef{ID: t.id, Name: t.name, Parent: t.parent, Aliases: t.aliases})
	}
	for _, t := range g.territories {
		sf.Territories = append(sf.Territories, store.TerritoryDef{ID: t.id, Name: t.name, Kind: t.kind, Parent: t.parent, Aliases: t.aliases})
	}
}

// body builds a source text and counts its length in characters as it goes.
type body struct {
	b     strings.Builder
	runes int
}

// add appends s and returns its span.
func (b *body) add(s string) store.Span {
	start := b.runes
	b.b.WriteString(s)
	b.runes += utf8.RuneCountInString(s)
	return store.Span{Start: start, End: b.runes}
}

func (g *gen) source(r *rand.Rand, i, nStatements int) *store.SourceFacts {
	for attempt := 0; ; attempt++ {
		sf, given := g.trySource(r, i, nStatements)
		if passagesUnique(sf) {
			for _, pi := range given {
				g.rolesGiven[pi] = true
			}
			if len(sf.Statements) > 0 {
				g.lastFirst = sf.Statements[0].Text
			}
			return sf
		}
		if attempt > 50 {
			panic(fmt.Sprintf("corpus: cannot make the passages of source %d unique", i))
		}
	}
}

func (g *gen) trySource(r *rand.Rand, i, nStatements int) (*store.SourceFacts, []int) {
	var given []int
	id := fmt.Sprintf("gen-%07d", i+1)
	pub := g.publishedOn(i)
	o := outlets[i%len(outlets)]
	sf := &store.SourceFacts{Source: store.SourceDef{
		ID:        id,
		Outlet:    o,
		Published: &store.Date{On: pub.Format("2006-01-02"), Precision: "day"},
	}}
	if r.IntN(5) > 0 {
		sf.Source.URL = fmt.Sprintf("https://%s.example/news/%s", slug(o), id)
	}
	if r.IntN(25) == 0 {
		sf.Source.Published = &store.Date{On: pub.Format("2006-01"), Precision: "month"}
	}
	theme := r.IntN(len(topicRoots))
	var b body
	b.add(fmt.Sprintf("%s — %s. ", strings.ToUpper(o), g.words(r, 8+r.IntN(6))))

	// an event some statements were made at
	var event *store.EventDef
	if r.IntN(10) == 0 {
		a, c := g.speaker(r), g.speaker(r)
		kind := eventKinds[r.IntN(len(eventKinds))]
		place := places[r.IntN(len(places))]
		ev := store.EventDef{ID: id + "-e1", Name: fmt.Sprintf("%s in %s", upperFirst(kind), place), Kind: kind,
			Held: &store.Date{On: pub.Format("2006-01-02"), Precision: "day"}, Place: place,
			Participants: []store.Ref{{Kind: store.KindPerson, ID: g.people[a].id}}}
		if c != a {
			ev.Participants = append(ev.Participants, store.Ref{Kind: store.KindPerson, ID: g.people[c].id})
		}
		ev.Evidence = b.add(fmt.Sprintf("The %s in %s brought together %s and others", kind, place, g.people[a].name))
		b.add(". ")
		sf.Events = append(sf.Events, ev)
		event = &sf.Events[0]
	}
	named := map[int]bool{}
	for k := 0; k < nStatements; k++ {
		s := store.StatementDef{ID: fmt.Sprintf("%s-s%d", id, k+1), Cue: cues[r.IntN(len(cues))]}
		s.Topics = g.statementTopics(r, theme)
		kind := "direct"
		if r.IntN(3) == 0 {
			kind = "reported"
		}
		s.Kind = kind
		text := g.words(r, 6+r.IntN(11))
		if kind == "direct" {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
		s.Text = text
		var who, role string
		rolePerson := -1
		if r.IntN(100) < 85 {
			pi := g.speaker(r)
			p := g.people[pi]
			s.Speaker = store.Ref{Kind: store.KindPerson, ID: p.id}
			who = p.name
			if named[pi] {
				who = p.last
			}
			if !g.rolesGiven[pi] && !slices.Contains(given, pi) {
				// the first time anyone quotes this person, the article gives
				// their title: that is the role's evidence
				given = append(given, pi)
				rolePerson = pi
				role = fmt.Sprintf("%s, %s of %s", p.name, p.title, g.orgs[p.org].name)
				who = role
			}
			named[pi] = true
			if r.IntN(10) == 0 {
				s.OnBehalfOf = g.orgs[p.org].id
			}
		} else {
			oi := r.IntN(len(g.orgs))
			s.Speaker = store.Ref{Kind: store.KindOrganization, ID: g.orgs[oi].id}
			who = g.orgs[oi].speech
		}
		var sentence string
		if kind == "direct" {
			sentence = fmt.Sprintf("“%s,” %s %s", text, s.Cue, who)
		} else {
			sentence = fmt.Sprintf("%s %s that %s", upperFirst(who), s.Cue, text)
		}
		start := b.runes
		sp := b.add(sentence)
		b.add(". ")
		s.Evidence = []store.Span{sp}
		if role != "" {
			off := start + utf8.RuneCountInString(sentence) - utf8.RuneCountInString(role)
			if kind == "reported" {
				off = start
			}
			p := g.people[rolePerson]
			rd := store.RoleDef{Person: p.id, Title: p.title, Organization: g.orgs[p.org].id,
				Start:    &store.Date{On: p.roleStart, Precision: "month"},
				Evidence: store.Span{Start: off, End: off + utf8.RuneCountInString(role)}}
			if p.endKind != "" {
				rd.EndKind = p.endKind
				prec := "year"
				if len(p.endOn) == 7 {
					prec = "month"
				}
				rd.End = &store.Date{On: p.endOn, Precision: prec}
			}
			sf.Roles = append(sf.Roles, rd)
		}
		switch x := r.IntN(10); {
		case x < 5:
			d := pub.AddDate(0, 0, -r.IntN(3))
			s.Said = &store.Date{On: d.Format("2006-01-02"), Precision: "day"}
		case x == 5:
			d := pub.AddDate(0, 0, -1-r.IntN(6))
			s.Said = &store.Date{On: d.Format("2006-01-02"), Precision: "day", Inferred: true,
				Basis: fmt.Sprintf("“on %s”, before the article of %s", d.Weekday(), pub.Format("2006-01-02"))}
		}
		if event != nil && r.IntN(2) == 0 {
			s.Event = event.ID
		}
		if r.IntN(10) < 3 {
			t := g.territories[r.IntN(len(g.territories))]
			s.Mentions = append(s.Mentions, store.Ref{Kind: store.KindTerritory, ID: t.id})
		}
		if r.IntN(10) == 0 {
			p := g.people[r.IntN(len(g.people))]
			if s.Speaker.ID != p.id {
				s.Mentions = append(s.Mentions, store.Ref{Kind: store.KindPerson, ID: p.id})
			}
		}
		if r.IntN(50) == 0 {
			s.Setting = settings[r.IntN(len(settings))]
		}
		sf.Statements = append(sf.Statements, s)
		if r.IntN(4) == 0 {
			b.add(g.words(r, 10+r.IntN(10)) + ". ")
		}
	}
	// one in fifty sources reports again what the previous source reported
	if i > 0 && r.IntN(50) == 0 {
		prev := fmt.Sprintf("gen-%07d-s1", i)
		// a re-report quotes the words again: kb check verifies it
		sp := b.add(fmt.Sprintf("The remarks “%s” were first reported in %s", g.lastFirst, fmt.Sprintf("gen-%07d", i)))
		b.add(". ")
		sf.Statements = append(sf.Statements, store.StatementDef{ID: prev, RefOnly: true, Evidence: []store.Span{sp}, Wording: []string{g.lastFirst}})
	}
	if i%20 == 0 && len(sf.Statements) > 0 {
		s := sf.Statements[0]
		sf.Positions = append(sf.Positions, store.PositionDef{Holder: s.Speaker, Topic: s.Topics[0],
			Polarity: polarities[r.IntN(len(polarities))], Stance: "Holds that " + strings.ToLower(s.Text[:1]) + s.Text[1:],
			AsOf: &store.Date{On: pub.Format("2006-01-02"), Precision: "day"}, Statements: []string{s.ID}, Evidence: s.Evidence[0]})
	}
	b.add(g.words(r, 12))
	b.add(".")
	sf.Source.Body = b.b.String()
	// each passage prints the statement's text as it is (as the checker
	// finds it when the corpus is loaded from fact files)
	rs := []rune(sf.Source.Body)
	for k := range sf.Statements {
		if s := &sf.Statements[k]; !s.RefOnly {
			s.Wording = nil
			for _, ev := range s.Evidence {
				w := ""
				if strings.Contains(string(rs[ev.Start:ev.End]), s.Text) {
					w = s.Text
				}
				s.Wording = append(s.Wording, w)
			}
		}
	}
	sf.Source.Title = fmt.Sprintf("%s: %s", topicRoots[theme], g.words(r, 5))
	sf.Source.ContentHash = fmt.Sprintf("corpus-v%d-%d-%d", Version, g.cfg.Seed, i)
	return sf, given
}

// statementTopics draws one to three distinct topics, mostly from the
// source's theme.
func (g *gen) statementTopics(r *rand.Rand, theme int) []string {
	per := 1 + topicChildren*(1+topicGrandchildren)
	n := 1 + r.IntN(3)
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		root := theme
		if r.IntN(5) == 0 {
			root = r.IntN(len(topicRoots))
		}
		// deeper topics are more specific and each less frequent
		j := int(math.Floor(float64(per) * math.Pow(r.Float64(), 1.5)))
		t := g.topics[root*per+j].id
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// passagesUnique reports whether every passage a fact file would quote is
// found exactly once in the body, as the fact-file loader requires.
func passagesUnique(sf *store.SourceFacts) bool {
	body := sf.Source.Body
	rs := []rune(body)
	once := func(sp store.Span) bool {
		return strings.Count(body, string(rs[sp.Start:sp.End])) == 1
	}
	for _, s := range sf.Statements {
		for _, sp := range s.Evidence {
			if !once(sp) {
				return false
			}
		}
		if !s.RefOnly && strings.Count(body, s.Text) != 1 {
			return false
		}
	}
	for _, r := range sf.Roles {
		if !once(r.Evidence) {
			return false
		}
	}
	for _, e := range sf.Events {
		if !once(e.Evidence) {
			return false
		}
	}
	return true
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// slug makes an id from a name: lowercase ASCII letters, digits and dashes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range store.Normalize(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// variant is another transliteration of a surname, the way news agencies
// differ: -skiy/-sky/-skyy, -iy/-y.
func variant(last string) string {
	for _, p := range [][2]string{{"skiy", "sky"}, {"sky", "skyy"}, {"iy", "y"}, {"ch", "tch"}, {"ü", "ue"}, {"ö", "oe"}} {
		if strings.HasSuffix(last, p[0]) || strings.Contains(last, p[0]) {
			return strings.Replace(last, p[0], p[1], 1)
		}
	}
	return last
}
