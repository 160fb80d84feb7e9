package extract

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// YAML writes the draft as a fact file. Each item is preceded by a comment
// with the rule that produced it and its confidence (0-1); entities that
// are already in the database are referred to by id and not redefined.
//
// The draft is built as YAML nodes, comments attached to the items they
// describe, and written by the YAML library; each top-level section is a
// document of its own, joined by blank lines, so that the sections stand
// apart. Texts are double-quoted; ids, kinds and dates are plain.
func (d *Draft) YAML() []byte {
	var sections []*yaml.Node
	var head []string
	head = append(head,
		"# Draft fact file written by `kb extract`: review every item before `kb seed`.",
		"# Each item is preceded by the rule that produced it and a confidence (0-1).",
		"# Statements have no ids: the loader numbers them <source id>-s<N>.")
	for _, n := range d.Notes {
		head = append(head, "# note: "+oneLine(n))
	}
	top := mapping(plain("kb"), plain("1"))
	top.HeadComment = strings.Join(head, "\n")
	sections = append(sections, top, mapping(plain("source"), d.sourceNode()))

	var known []string
	kinds := []struct{ kind, key string }{{KindPerson, "people"}, {KindOrganization, "organizations"}, {KindTerritory, "territories"}, {KindTopic, "topics"}}
	for _, sec := range kinds {
		list := sequence()
		for _, e := range d.Entities {
			if e.Kind != sec.kind {
				continue
			}
			if e.Known {
				known = append(known, fmt.Sprintf("#   %s %s (%s)", e.Kind, e.ID, oneLine(e.Name)))
				continue
			}
			list.Content = append(list.Content, entityNode(e))
		}
		if len(list.Content) > 0 {
			sections = append(sections, mapping(plain(sec.key), list))
		}
	}
	if len(known) > 0 {
		footnote(sections[len(sections)-1], "# Already in the database, referred to by id:\n"+strings.Join(known, "\n"))
	}
	if len(d.Roles) > 0 {
		list := sequence()
		for _, r := range d.Roles {
			list.Content = append(list.Content, roleNode(r))
		}
		sections = append(sections, mapping(plain("roles"), list))
	}
	if len(d.Statements) > 0 {
		list := sequence()
		for _, s := range d.Statements {
			list.Content = append(list.Content, statementNode(s))
		}
		sections = append(sections, mapping(plain("statements"), list))
	}
	if len(d.Control) > 0 {
		list := sequence()
		for _, c := range d.Control {
			list.Content = append(list.Content, controlNode(c))
		}
		sections = append(sections, mapping(plain("control"), list))
	}
	if len(d.Unattributed) > 0 {
		// written as the entries they would be, commented out
		list := sequence()
		for _, s := range d.Unattributed {
			list.Content = append(list.Content, mapping(plain("kind"), plain("direct"), plain("text"), quoted(s.Text),
				plain("evidence"), quoted(oneLine(s.Evidence[0]))))
		}
		lines := []string{"# Quotes with no speaker found: give each a speaker and topics, and move it to statements."}
		for _, l := range strings.Split(strings.TrimSuffix(encode(list), "\n"), "\n") {
			lines = append(lines, "#  "+l)
		}
		footnote(sections[len(sections)-1], strings.Join(lines, "\n"))
	}
	var b bytes.Buffer
	for i, s := range sections {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(encode(s))
	}
	return b.Bytes()
}

func (d *Draft) sourceNode() *yaml.Node {
	m := mapping(plain("id"), plain(d.SourceID))
	if d.Title != "" {
		m.Content = append(m.Content, plain("title"), quoted(d.Title))
	}
	if d.Published != "" {
		m.Content = append(m.Content, plain("published"), plain(d.Published))
	}
	m.Content = append(m.Content, plain("body_file"), quoted(d.BodyFile))
	if len(d.Links) > 0 {
		list := sequence()
		for _, l := range d.Links {
			item := mapping(plain("kind"), plain(l.Kind), plain("title"), quoted(l.Title), plain("evidence"), quoted(l.Evidence))
			item.HeadComment = why(l.Why)
			list.Content = append(list.Content, item)
		}
		m.Content = append(m.Content, plain("related"), list)
	}
	return m
}

func entityNode(e *Entity) *yaml.Node {
	m := mapping(plain("id"), plain(e.ID), plain("name"), quoted(e.Name))
	m.HeadComment = why(e.Why)
	if e.Kind == KindOrganization || e.Kind == KindTerritory {
		m.Content = append(m.Content, plain("kind"), plain(e.Sub))
	}
	if len(e.Aliases) > 0 {
		list := sequence()
		list.Style = yaml.FlowStyle
		for _, a := range e.Aliases {
			list.Content = append(list.Content, quoted(a))
		}
		m.Content = append(m.Content, plain("aliases"), list)
	}
	if e.Parent != "" {
		m.Content = append(m.Content, plain("parent"), plain(e.Parent))
	}
	return m
}

func roleNode(r Role) *yaml.Node {
	m := mapping(plain("person"), plain(r.Person.ID), plain("title"), quoted(r.Title))
	m.HeadComment = why(r.Why)
	if r.Organization != nil {
		m.Content = append(m.Content, plain("organization"), plain(r.Organization.ID))
	}
	if r.End != nil {
		m.Content = append(m.Content, plain("end"), date(r.End))
	}
	if r.EndKind != "" {
		m.Content = append(m.Content, plain("end_kind"), plain(r.EndKind))
	}
	m.Content = append(m.Content, plain("evidence"), quoted(r.Evidence))
	return m
}

func statementNode(s Statement) *yaml.Node {
	evidence := sequence()
	for _, e := range s.Evidence {
		evidence.Content = append(evidence.Content, quoted(e))
	}
	comments := []string{why(s.Why)}
	if m := s.Rereport; m != nil {
		// a re-report: the known statement's id, this source's words
		n := mapping(plain("id"), plain(m.ID))
		if s.Text != "" {
			n.Content = append(n.Content, plain("text"), quoted(s.Text))
		}
		n.Content = append(n.Content, plain("evidence"), evidence)
		n.HeadComment = strings.Join(append(comments, rereportComment(m)), "\n")
		return n
	}
	if s.Near != nil {
		comments = append(comments, nearComment(s.Near))
	}
	n := mapping(plain("speaker"), plain(s.Speaker.ID), plain("kind"), plain(s.Kind), plain("text"), quoted(s.Text))
	n.HeadComment = strings.Join(comments, "\n")
	if s.Cue != "" {
		n.Content = append(n.Content, plain("cue"), quoted(s.Cue))
	}
	if s.Said != nil {
		n.Content = append(n.Content, plain("said"), date(s.Said))
	}
	topics := sequence()
	topics.Style = yaml.FlowStyle
	for _, t := range s.Topics {
		topics.Content = append(topics.Content, plain(t))
	}
	n.Content = append(n.Content, plain("topics"), topics, plain("evidence"), evidence)
	return n
}

func controlNode(c Control) *yaml.Node {
	m := mapping(plain("territory"), plain(c.Territory.ID), plain("controller"), plain(c.Controller.ID), plain("kind"), plain(c.Kind))
	m.HeadComment = why(c.Why)
	if c.Share != nil {
		m.Content = append(m.Content, plain("share"), plain(strconv.FormatFloat(*c.Share, 'f', -1, 64)), plain("share_bound"), plain(c.ShareBound))
	}
	if c.Qualifier != "" {
		m.Content = append(m.Content, plain("qualifier"), quoted(c.Qualifier))
	}
	if c.AsOf != nil {
		m.Content = append(m.Content, plain("as_of"), date(c.AsOf))
	}
	if c.Note != "" {
		m.Content = append(m.Content, plain("note"), quoted(c.Note))
	}
	m.Content = append(m.Content, plain("evidence"), quoted(c.Evidence))
	return m
}

// date is an inferred date as a flow mapping.
func date(d *Date) *yaml.Node {
	m := mapping(plain("on"), plain(d.On), plain("inferred"), plain("true"), plain("basis"), quoted(d.Basis))
	m.Style = yaml.FlowStyle
	return m
}

func mapping(kv ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: kv}
}

func sequence() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }

// plain is an id, a kind, a date or a number: written as it is.
func plain(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

// quoted is a text: a double-quoted string, escaped by the library.
func quoted(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Style: yaml.DoubleQuotedStyle}
}

// footnote adds a block of comments after a section, a blank line before.
func footnote(n *yaml.Node, comment string) {
	if n.FootComment != "" {
		n.FootComment += "\n\n"
	}
	n.FootComment += comment
}

// encode writes one section; the nodes are built here, so an error is a
// bug.
func encode(n *yaml.Node) string {
	var b bytes.Buffer
	e := yaml.NewEncoder(&b)
	e.SetIndent(2)
	if err := e.Encode(n); err != nil {
		panic("extract: the draft does not encode: " + err.Error())
	}
	e.Close()
	return b.String()
}

func why(w Why) string {
	s := fmt.Sprintf("# rule: %s; confidence %.2f", w.Rule, w.Confidence)
	if w.Note != "" {
		s += "; " + oneLine(w.Note)
	}
	return s
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
