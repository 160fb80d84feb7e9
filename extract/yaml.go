package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// YAML writes the draft as a fact file. Each item is preceded by a comment
// with the rule that produced it and its confidence (0-1); entities that
// are already in the database are referred to by id and not redefined.
func (d *Draft) YAML() []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Draft fact file written by `kb extract`: review every item before `kb seed`.\n")
	w("# Each item is preceded by the rule that produced it and a confidence (0-1).\n")
	w("# Statements have no ids: the loader numbers them <source id>-s<N>.\n")
	for _, n := range d.Notes {
		w("# note: %s\n", oneLine(n))
	}
	w("kb: 1\n\nsource:\n")
	w("  id: %s\n", d.SourceID)
	if d.Title != "" {
		w("  title: %s\n", yq(d.Title))
	}
	if d.Published != "" {
		w("  published: %s\n", d.Published)
	}
	w("  body_file: %s\n", yq(d.BodyFile))
	if len(d.Links) > 0 {
		w("  related:\n")
		for _, l := range d.Links {
			w("    %s\n", why(l.Why))
			w("    - kind: %s\n      title: %s\n      evidence: %s\n", l.Kind, yq(l.Title), yq(l.Evidence))
		}
	}
	var known []string
	sections := []struct{ kind, key string }{{KindPerson, "people"}, {KindOrganization, "organizations"}, {KindTerritory, "territories"}, {KindTopic, "topics"}}
	for _, sec := range sections {
		first := true
		for _, e := range d.Entities {
			if e.Kind != sec.kind {
				continue
			}
			if e.Known {
				known = append(known, fmt.Sprintf("%s %s (%s)", e.Kind, e.ID, oneLine(e.Name)))
				continue
			}
			if first {
				w("\n%s:\n", sec.key)
				first = false
			}
			w("  %s\n", why(e.Why))
			w("  - id: %s\n    name: %s\n", e.ID, yq(e.Name))
			switch e.Kind {
			case KindOrganization:
				w("    kind: %s\n", e.Sub)
			case KindTerritory:
				w("    kind: %s\n", e.Sub)
			}
			if len(e.Aliases) > 0 {
				qs := make([]string, len(e.Aliases))
				for i, a := range e.Aliases {
					qs[i] = yq(a)
				}
				w("    aliases: [%s]\n", strings.Join(qs, ", "))
			}
			if e.Parent != "" {
				w("    parent: %s\n", e.Parent)
			}
		}
	}
	if len(known) > 0 {
		w("\n# Already in the database, referred to by id:\n")
		for _, k := range known {
			w("#   %s\n", k)
		}
	}
	if len(d.Roles) > 0 {
		w("\nroles:\n")
		for _, r := range d.Roles {
			w("  %s\n", why(r.Why))
			w("  - person: %s\n    title: %s\n", r.Person.ID, yq(r.Title))
			if r.Organization != nil {
				w("    organization: %s\n", r.Organization.ID)
			}
			if r.End != nil {
				w("    end: %s\n", date(r.End))
			}
			if r.EndKind != "" {
				w("    end_kind: %s\n", r.EndKind)
			}
			w("    evidence: %s\n", yq(r.Evidence))
		}
	}
	if len(d.Statements) > 0 {
		w("\nstatements:\n")
		for _, s := range d.Statements {
			w("  %s\n", why(s.Why))
			if m := s.Rereport; m != nil {
				w("  %s\n  - id: %s\n", rereportComment(m), m.ID)
				if s.Text != "" {
					w("    text: %s\n", yq(s.Text))
				}
				w("    evidence:\n")
				for _, e := range s.Evidence {
					w("      - %s\n", yq(e))
				}
				continue
			}
			if s.Near != nil {
				w("  %s\n", nearComment(s.Near))
			}
			w("  - speaker: %s\n    kind: %s\n    text: %s\n", s.Speaker.ID, s.Kind, yq(s.Text))
			if s.Cue != "" {
				w("    cue: %s\n", yq(s.Cue))
			}
			if s.Said != nil {
				w("    said: %s\n", date(s.Said))
			}
			w("    topics: [%s]\n", strings.Join(s.Topics, ", "))
			w("    evidence:\n")
			for _, e := range s.Evidence {
				w("      - %s\n", yq(e))
			}
		}
	}
	if len(d.Control) > 0 {
		w("\ncontrol:\n")
		for _, c := range d.Control {
			w("  %s\n", why(c.Why))
			w("  - territory: %s\n    controller: %s\n    kind: %s\n", c.Territory.ID, c.Controller.ID, c.Kind)
			if c.Share != nil {
				w("    share: %s\n    share_bound: %s\n", strconv.FormatFloat(*c.Share, 'f', -1, 64), c.ShareBound)
			}
			if c.Qualifier != "" {
				w("    qualifier: %s\n", yq(c.Qualifier))
			}
			if c.AsOf != nil {
				w("    as_of: %s\n", date(c.AsOf))
			}
			if c.Note != "" {
				w("    note: %s\n", yq(c.Note))
			}
			w("    evidence: %s\n", yq(c.Evidence))
		}
	}
	if len(d.Unattributed) > 0 {
		w("\n# Quotes with no speaker found: give each a speaker and topics, and move it to statements.\n")
		for _, s := range d.Unattributed {
			w("#  - kind: direct\n#    text: %s\n#    evidence: %s\n", yq(s.Text), yq(oneLine(s.Evidence[0])))
		}
	}
	return []byte(b.String())
}

func why(w Why) string {
	s := fmt.Sprintf("# rule: %s; confidence %.2f", w.Rule, w.Confidence)
	if w.Note != "" {
		s += "; " + oneLine(w.Note)
	}
	return s
}

func date(d *Date) string {
	return fmt.Sprintf("{on: %s, inferred: true, basis: %s}", d.On, yq(d.Basis))
}

// oneLine makes s fit on a comment line: one line of printable characters.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if !yamlPrintable(r) || r == '\u0085' || r == '\u2028' || r == '\u2029' || r == '\ufeff' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// yamlPrintable is YAML's printable set (tab and line breaks aside).
func yamlPrintable(r rune) bool {
	return r >= 0x20 && r <= 0x7e || r >= 0xa0 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd || r >= 0x10000 && r <= 0x10ffff
}

// yq quotes s as a YAML double-quoted scalar.
func yq(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case !yamlPrintable(r) || r == '\u0085' || r == '\u2028' || r == '\u2029' || r == '\ufeff':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
