package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Match is an entity a name resolved to.
type Match struct {
	Kind Kind   `json:"kind"`
	ID   string `json:"id"`
	Name string `json:"name"`
	// Shadowed are the other entities that answer to the name, when it
	// resolved to an entity because it is that entity's id.
	Shadowed []Match `json:"-"`
}

// maxNameLen bounds a name to look up; no alias is anywhere near it.
const maxNameLen = 500

// aliasTables are the alias tables searched by Resolve, per kind.
var aliasTables = map[Kind]struct{ byNorm, byFold, bySurname, all string }{
	KindPerson: {
		byNorm:    `SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.norm = ?`,
		byFold:    `SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.fold = ?`,
		bySurname: `SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.fold LIKE '% ' || ? ESCAPE '\'`,
		all:       `SELECT alias, person_id FROM person_aliases`,
	},
	KindOrganization: {
		byNorm:    `SELECT DISTINCT o.id, o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.norm = ?`,
		byFold:    `SELECT DISTINCT o.id, o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.fold = ?`,
		bySurname: "",
		all:       `SELECT alias, organization_id FROM organization_aliases`,
	},
	KindTopic: {
		byNorm:    `SELECT DISTINCT t.id, t.name FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE a.norm = ?`,
		byFold:    `SELECT DISTINCT t.id, t.name FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE a.fold = ?`,
		bySurname: "",
		all:       `SELECT alias, topic_id FROM topic_aliases`,
	},
	KindTerritory: {
		byNorm:    `SELECT DISTINCT t.id, t.name FROM territory_aliases a JOIN territories t ON t.id = a.territory_id WHERE a.norm = ?`,
		byFold:    `SELECT DISTINCT t.id, t.name FROM territory_aliases a JOIN territories t ON t.id = a.territory_id WHERE a.fold = ?`,
		bySurname: "",
		all:       `SELECT alias, territory_id FROM territory_aliases`,
	},
}

// Resolve finds the one entity of the given kinds that name refers to. It
// tries, in order, and stops at the first step that finds anything: the
// normalized name against every alias (case, diacritics and punctuation
// folded), the transliteration-folded name (Zelenskyy, Zelensky, zelenskyi),
// and, for people, the last word of an alias (a surname alone). Before all
// of these, an entity's id, in any case, names that entity whatever else
// answers to the same spelling (those are in Match.Shadowed). More than one
// entity is EAMBIGUOUS with the candidates; none is ENOTFOUND with the
// nearest names as suggestions.
func (db *DB) Resolve(ctx context.Context, name string, kinds ...Kind) (Match, error) {
	what := describeKinds(kinds)
	if !utf8.ValidString(name) {
		return Match{}, Errorf(EINVALID, "the %s name is not valid UTF-8", what)
	}
	if utf8.RuneCountInString(name) > maxNameLen {
		return Match{}, Errorf(EINVALID, "the %s name is %d characters long; names are at most %d", what, utf8.RuneCountInString(name), maxNameLen)
	}
	n := Normalize(name)
	if n == "" {
		article := "a"
		if strings.ContainsRune("aeiou", rune(what[0])) {
			article = "an"
		}
		return Match{}, Errorf(EINVALID, "give %s %s name with at least one letter or digit", article, what)
	}
	var found, shadowed []Match
	var aliases map[string]string // alias -> entity name, to suggest from when nothing is found
	err := db.lookupTx(ctx, func(tx execer) error {
		// Ids are lowercase slugs: one typed in any case is that entity,
		// and what the names find beside it is shadowed.
		ids, err := matchIDs(ctx, tx, kinds, strings.ToLower(name))
		if err != nil {
			return err
		}
		if found, err = matchNames(ctx, tx, kinds, n); err != nil {
			return err
		}
		if len(ids) > 0 {
			for _, m := range found {
				if !slices.ContainsFunc(ids, m.same) {
					shadowed = append(shadowed, m)
				}
			}
			found = ids
		}
		if len(found) == 0 {
			aliases, err = allAliases(ctx, tx, kinds)
		}
		return err
	})
	if err != nil {
		return Match{}, wrapSQL(err)
	}
	switch len(found) {
	case 1:
		m := found[0]
		m.Shadowed = shadowed
		return m, nil
	case 0:
		e := Errorf(ENOTFOUND, "no %s named %q", what, name)
		e.offer(suggestEntities(name, aliases))
		return Match{}, e
	}
	e := Errorf(EAMBIGUOUS, "%q could be any of %d: ", name, len(found))
	var names []string
	for _, m := range found {
		names = append(names, fmt.Sprintf("%s (%s %s)", m.Name, m.Kind, m.ID))
		e.Candidates = append(e.Candidates, m.Name)
	}
	e.Message += strings.Join(names, ", ") + "; give the full name or the id"
	return Match{}, e
}

// matchNames tries, in order, the normalized name n against every alias,
// its transliteration-folded form, and, for people, the last word of an
// alias; it returns what the first step that finds anything finds.
func matchNames(ctx context.Context, tx execer, kinds []Kind, n string) ([]Match, error) {
	steps := []func(Kind) string{
		func(k Kind) string { return aliasTables[k].byNorm },
		func(k Kind) string { return aliasTables[k].byFold },
		func(k Kind) string { return aliasTables[k].bySurname },
	}
	args := []string{n, Fold(n), escapeLike(Fold(n))}
	var found []Match
	for i, step := range steps {
		for _, k := range kinds {
			q := step(k)
			if q == "" {
				continue
			}
			ms, err := queryMatches(ctx, tx, k, q, args[i])
			if err != nil {
				return nil, err
			}
			found = append(found, ms...)
		}
		if len(found) > 0 {
			break
		}
	}
	return found, nil
}

func queryMatches(ctx context.Context, tx execer, k Kind, q, arg string) ([]Match, error) {
	rows, err := tx.QueryContext(ctx, q, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Match
	for rows.Next() {
		m := Match{Kind: k}
		if err := rows.Scan(&m.ID, &m.Name); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

var idQueries = map[Kind]string{
	KindPerson:       `SELECT id, name FROM people WHERE id = ?`,
	KindOrganization: `SELECT id, name FROM organizations WHERE id = ?`,
	KindTopic:        `SELECT id, name FROM topics WHERE id = ?`,
	KindTerritory:    `SELECT id, name FROM territories WHERE id = ?`,
}

func matchIDs(ctx context.Context, tx execer, kinds []Kind, id string) ([]Match, error) {
	var out []Match
	for _, k := range kinds {
		ms, err := queryMatches(ctx, tx, k, idQueries[k], id)
		if err != nil {
			return nil, err
		}
		out = append(out, ms...)
	}
	return out, nil
}

// same reports whether o is the same entity as m.
func (m Match) same(o Match) bool { return m.Kind == o.Kind && m.ID == o.ID }

// allAliases lists every alias of the given kinds, sorted.
// allAliases maps every alias of the given kinds to its entity (kind and
// id), so that suggestions can offer each entity once.
func allAliases(ctx context.Context, tx execer, kinds []Kind) (map[string]string, error) {
	all := map[string]string{}
	for _, k := range kinds {
		rows, err := tx.QueryContext(ctx, aliasTables[k].all)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var alias, id string
			if err := rows.Scan(&alias, &id); err != nil {
				rows.Close()
				return nil, err
			}
			all[alias] = string(k) + ":" + id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return all, nil
}

// suggestEntities returns the aliases closest to query, closest first, at
// most one per entity: "Zelenskiu" suggests one spelling of Zelenskiy, not
// all five.
func suggestEntities(query string, aliases map[string]string) []string {
	keys := make([]string, 0, len(aliases))
	for a := range aliases {
		keys = append(keys, a)
	}
	slices.Sort(keys)
	out := []string{}
	seen := map[string]bool{}
	for _, a := range Suggest(query, keys, len(keys)) {
		if !seen[aliases[a]] {
			seen[aliases[a]] = true
			out = append(out, a)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

func describeKinds(kinds []Kind) string {
	if len(kinds) == 2 && kinds[0] == KindPerson && kinds[1] == KindOrganization {
		return "person or organization"
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = string(k)
	}
	return strings.Join(parts, " or ")
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, " or ")
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}
