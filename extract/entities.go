package extract

import (
	"strings"
	"sync"

	"kb/internal/names"
)

// Entity kinds, as fact files name their sections.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindTerritory    = "territory"
	KindTopic        = "topic"
)

// Known is an entity already in the database, offered so that a draft
// reuses its id instead of inventing a new one.
type Known struct {
	Kind    string
	ID      string
	Name    string
	Sub     string // organization or territory kind
	Aliases []string
}

// Entity is an entity the draft refers to: one from the database (Known)
// or one the draft defines.
type Entity struct {
	Kind        string
	ID          string
	Name        string
	Sub         string // organization kind (state, collective...) or territory kind
	Aliases     []string
	Parent      string
	Description string
	Known       bool
	Why
}

// Why says which rule produced an item and how sure it is.
type Why struct {
	Rule       string
	Confidence float64
	Note       string
}

// registry resolves names to entities: the database's first, then those
// the draft has defined, then new ones.
type registry struct {
	all    []*Entity
	byNorm map[string][]*Entity
	byFold map[string][]*Entity
	ids    map[string]*Entity
}

func newRegistry(known []Known) *registry {
	r := &registry{byNorm: map[string][]*Entity{}, byFold: map[string][]*Entity{}, ids: map[string]*Entity{}}
	for _, k := range known {
		e := &Entity{Kind: k.Kind, ID: k.ID, Name: k.Name, Sub: k.Sub, Aliases: k.Aliases, Known: true}
		r.add(e)
	}
	return r
}

func (r *registry) add(e *Entity) {
	r.all = append(r.all, e)
	r.ids[e.ID] = e
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		r.index(e, a)
	}
}

func (r *registry) index(e *Entity, alias string) {
	n := names.Normalize(alias)
	if n == "" {
		return
	}
	if !containsEntity(r.byNorm[n], e) {
		r.byNorm[n] = append(r.byNorm[n], e)
	}
	f := names.Fold(n)
	if !containsEntity(r.byFold[f], e) {
		r.byFold[f] = append(r.byFold[f], e)
	}
}

func containsEntity(es []*Entity, e *Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func ofKinds(es []*Entity, kinds []string) []*Entity {
	var out []*Entity
	for _, e := range es {
		for _, k := range kinds {
			if e.Kind == k {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// lookup finds the one entity of the kinds that name refers to: by
// normalized alias, by transliteration fold, and for people by surname.
func (r *registry) lookup(name string, kinds ...string) *Entity {
	n := names.Normalize(name)
	if n == "" {
		return nil
	}
	if es := ofKinds(r.byNorm[n], kinds); len(es) == 1 {
		return es[0]
	} else if len(es) > 1 {
		return preferDraft(es)
	}
	if es := ofKinds(r.byFold[names.Fold(n)], kinds); len(es) == 1 {
		return es[0]
	}
	// a surname alone, or a full name whose surname is a known person's
	want := false
	for _, k := range kinds {
		want = want || k == KindPerson
	}
	if !want {
		return nil
	}
	base, _ := splitSuffix(name)
	words := strings.Fields(names.Fold(names.Normalize(base)))
	if len(words) == 0 {
		return nil
	}
	last := words[len(words)-1]
	var found []*Entity
	for _, e := range r.all {
		if e.Kind != KindPerson || e.Why.Rule == "unnamed-source" {
			continue // "a spokesperson for Harbour Line" has no surname "Line"
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			ab, _ := splitSuffix(a)
			aw := strings.Fields(names.Fold(names.Normalize(ab)))
			if len(aw) == 0 || aw[len(aw)-1] != last {
				continue
			}
			// "Kellogg" matches "Keith Kellogg"; "Keith Kellogg" matches
			// "Kellogg"; two different first names do not match.
			// A surname of several words matches as the end of the full
			// name: "Van den Bergh" is "Dimitri van den Bergh".
			if len(words) == 1 || len(aw) == 1 || aw[0] == words[0] || len(words) < len(aw) && strings.Join(aw[len(aw)-len(words):], " ") == strings.Join(words, " ") {
				if !containsEntity(found, e) {
					found = append(found, e)
				}
			}
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return nil
}

func preferDraft(es []*Entity) *Entity {
	for _, e := range es {
		if !e.Known {
			return e
		}
	}
	return nil
}

// slug makes an id from a name.
func slug(name string) string {
	var b strings.Builder
	for _, r := range names.Normalize(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "entity"
	}
	return s
}

// newID returns a free id from the candidates, adding a number if all are
// taken.
func (r *registry) newID(cands ...string) string {
	for _, c := range cands {
		if _, taken := r.ids[c]; !taken {
			return c
		}
	}
	base := cands[len(cands)-1]
	for i := 2; ; i++ {
		c := base + "-" + itoa(i)
		if _, taken := r.ids[c]; !taken {
			return c
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// person resolves or defines a person by name.
func (r *registry) person(name string, why Why) *Entity {
	if f := strings.Fields(name); len(f) >= 3 && capsLeadIn(f[0]) {
		name = strings.Join(f[1:], " ") // "TWO-GOAL Carl Stead believed": a lead-in in capitals, no part of the name
	}
	if e := r.lookup(name, KindPerson); e != nil {
		if !e.Known && len(strings.Fields(name)) > len(strings.Fields(e.Name)) {
			// a fuller form of a name first seen short
			e.Aliases = appendNew(e.Aliases, e.Name)
			e.Name = name
			r.index(e, name)
		} else if !e.Known && names.Normalize(name) != names.Normalize(e.Name) && len(strings.Fields(name)) > 1 {
			e.Aliases = appendNew(e.Aliases, name)
			r.index(e, name)
		}
		return e
	}
	base, suffix := splitSuffix(name)
	words := strings.Fields(base)
	e := &Entity{Kind: KindPerson, Name: name, Why: why}
	if suffix != "" {
		e.Aliases = []string{base} // rule name-suffix
	}
	e.ID = r.newID(slug(words[len(words)-1]), slug(name))
	r.add(e)
	return e
}

// organization resolves or defines an organization. The lexicon of states
// and institutions turns "Moscow" into Russia and "the Kremlin" into the
// Kremlin, part of Russia.
func (r *registry) organization(name, sub string, why Why) *Entity {
	name = initialismStop(strings.TrimSpace(name)) // "U.N" at a sentence's end (residual.go)
	bare := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if e := r.lookup(name, KindOrganization); e != nil {
		return e
	}
	if e := r.lookup(bare, KindOrganization); e != nil {
		return e
	}
	n := names.Normalize(bare)
	for _, s := range states {
		for _, inst := range s.institute {
			if names.Normalize(inst) == n {
				parent := r.state(s, why)
				e := &Entity{Kind: KindOrganization, Name: inst, Sub: "institution", Aliases: []string{"the " + inst}, Parent: parent.ID, Why: why}
				e.ID = r.newID(slug(inst))
				r.add(e)
				return e
			}
		}
		if names.Normalize(s.name) == n || names.Normalize(s.demonym) == n {
			return r.state(s, why) // "Ukrainian President": Ukraine's
		}
		for _, a := range s.aliases {
			if names.Normalize(a) == n {
				e := r.state(s, why)
				if !e.Known && !containsString(e.Aliases, a) {
					e.Aliases = append(e.Aliases, a)
				}
				return e
			}
		}
	}
	for _, in := range institutions {
		if names.Normalize(in.name) == n {
			sub = in.kind
		}
	}
	if sub == "" {
		sub = "other"
	}
	e := &Entity{Kind: KindOrganization, Name: bare, Sub: sub, Why: why}
	e.ID = r.newID(slug(bare))
	r.add(e)
	return e
}

// state resolves or defines the organization of a state in the lexicon.
func (r *registry) state(s state, why Why) *Entity {
	if e := r.lookup(s.name, KindOrganization); e != nil {
		return e
	}
	for _, a := range s.aliases {
		if e := r.lookup(a, KindOrganization); e != nil {
			return e
		}
	}
	e := &Entity{Kind: KindOrganization, Name: s.name, Sub: "state", Why: why}
	e.ID = r.newID(slug(s.name))
	r.add(e)
	return e
}

// stateOf finds the lexicon state a word names: its name, an alias or its
// demonym.
func stateOf(word string) (state, bool) {
	n := names.Normalize(word)
	if n == "" {
		return state{}, false
	}
	i, ok := stateIndex()[n]
	if !ok {
		return state{}, false
	}
	return states[i], true
}

var (
	stateIdxOnce sync.Once
	stateIdx     map[string]int
)

// stateIndex maps the normalized names, aliases and demonyms of the
// lexicon's states to their index, the first state winning.
func stateIndex() map[string]int {
	stateIdxOnce.Do(func() {
		stateIdx = map[string]int{}
		for i, s := range states {
			for _, n := range append([]string{s.name, s.demonym}, s.aliases...) {
				k := names.Normalize(n)
				if _, dup := stateIdx[k]; !dup && k != "" {
					stateIdx[k] = i
				}
			}
		}
	})
	return stateIdx
}

// territory resolves or defines a territory. A new territory named like a
// state is a country; its id keeps clear of the state's organization id.
func (r *registry) territory(name, sub string, why Why) *Entity {
	if e := r.lookup(name, KindTerritory); e != nil {
		return e
	}
	if s, ok := stateOf(name); ok && names.Normalize(s.name) == names.Normalize(name) {
		sub = "country"
	}
	if sub == "" {
		sub = "area"
	}
	e := &Entity{Kind: KindTerritory, Name: name, Sub: sub, Why: why}
	id := slug(name)
	cands := []string{id}
	if _, ok := stateOf(name); ok {
		cands = []string{id + "-territory"}
	}
	e.ID = r.newID(append(cands, id+"-territory")...)
	r.add(e)
	return e
}

func appendNew(list []string, s string) []string {
	if containsString(list, s) {
		return list
	}
	return append(list, s)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
