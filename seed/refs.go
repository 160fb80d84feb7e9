package seed

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"kb/store"
)

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
		c.unknown = append(c.unknown, unknownRef{r: r, at: at, id: id, what: what, kinds: allowed})
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

// unknownRef is a reference to an id that nothing defines.
type unknownRef struct {
	r     report
	at    pos
	id    string
	what  string
	kinds []store.Kind
}

// reportUnknown reports the references to undefined ids, each with the
// nearest ids of the kinds it may name.
func (c *checker) reportUnknown(ctx context.Context) error {
	for _, u := range c.unknown {
		msg := fmt.Sprintf("%s %q is not defined in any fact file given nor in the database", u.what, u.id)
		s, err := c.suggestIDs(ctx, u.id, u.kinds)
		if err != nil {
			return err
		}
		if len(s) > 0 {
			msg += fmt.Sprintf(" (nearest: %s)", strings.Join(s, ", "))
		}
		u.r.at(u.at, "%s", msg)
	}
	return nil
}

func (c *checker) suggestIDs(ctx context.Context, id string, kinds []store.Kind) ([]string, error) {
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
					var err error
					if ids, err = c.cat.EntityIDs(ctx, k); err != nil {
						return nil, err
					}
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
		return nil, nil
	}
	c.suggestWork += len(all)
	return store.Suggest(id, all, 3), nil
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

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
