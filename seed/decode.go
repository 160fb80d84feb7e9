package seed

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kb/store"
)

// The fact-file decoder walks yaml.Node trees by hand instead of using
// yaml.Unmarshal, for three reasons: it reports every problem at once rather
// than the first, each with its line and column; it can suggest the field
// meant by a misspelled one; and it refuses anchors and aliases outright, so
// no "billion laughs" document can make it expand anything.
//
// Structs opt in with `kb:"name"` or `kb:"name,required"` tags. A field of
// type pos named Pos receives the position of the mapping; a field of type
// map[string]pos named At receives the position of each key's value.

type decoder struct {
	r report
}

var (
	posType      = reflect.TypeOf(pos{})
	dateType     = reflect.TypeOf(dateNode{})
	passagesType = reflect.TypeOf(passages{})
	textNodeType = reflect.TypeOf(textNode{})
)

// textNode is a text that may be the curator's inference, written as a
// scalar, or {text, inferred: true, basis} (a statement's setting).
type textNode struct {
	Pos      pos
	Text     string
	Inferred bool
	Basis    string
}

// dateNode is a date as written: a scalar, or {on, inferred, basis}.
type dateNode struct {
	Pos      pos
	Text     string
	Inferred bool
	Basis    string
}

// passage is one evidence string with its position.
type passage struct {
	Pos  pos
	Text string
}

// passages is evidence: one string or a list of them.
type passages []passage

func nodePos(n *yaml.Node) pos { return pos{Line: n.Line, Col: n.Column} }

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// alias refuses anchors' aliases wherever they appear.
func (d *decoder) alias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		d.r.at(nodePos(n), "YAML aliases (*%s) are not allowed in fact files: write the value out", n.Value)
		return true
	}
	return false
}

// singular names one item of each list section, for messages.
var singular = map[string]string{
	"people": "person", "organizations": "organization", "topics": "topic", "territories": "territory",
	"events": "event", "roles": "role", "statements": "statement", "positions": "position",
	"control": "control figure", "related": "related link",
}

type fieldInfo struct {
	index    int
	name     string
	required bool
}

func structFields(t reflect.Type) []fieldInfo {
	var out []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("kb")
		if tag == "" {
			continue
		}
		name, opt, _ := strings.Cut(tag, ",")
		out = append(out, fieldInfo{index: i, name: name, required: opt == "required"})
	}
	return out
}

// decodeStruct fills the struct v (addressable) from mapping node n. what
// names the thing for messages ("a person").
func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what string) {
	if d.alias(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.r.at(nodePos(n), "%s must be a mapping of fields, not %s", what, kindName(n))
		return
	}
	t := v.Type()
	fields := structFields(t)
	byName := map[string]fieldInfo{}
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		byName[f.name] = f
		names = append(names, f.name)
	}
	if f, ok := t.FieldByName("Pos"); ok && f.Type == posType {
		v.FieldByName("Pos").Set(reflect.ValueOf(nodePos(n)))
	}
	var at reflect.Value
	if f, ok := t.FieldByName("At"); ok && f.Type == reflect.TypeOf(map[string]pos{}) {
		at = v.FieldByName("At")
		at.Set(reflect.ValueOf(map[string]pos{}))
	}
	seen := map[string]pos{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if d.alias(k) || d.alias(val) {
			continue
		}
		key := k.Value
		if first, dup := seen[key]; dup {
			d.r.at(nodePos(k), "duplicate field %q (first given at line %d)", key, first.Line)
			continue
		}
		seen[key] = nodePos(k)
		f, ok := byName[key]
		if !ok {
			msg := fmt.Sprintf("unknown field %q in %s", key, what)
			if s := store.Suggest(key, names, 1); len(s) > 0 {
				msg += fmt.Sprintf(" (did you mean %q?)", s[0])
			} else {
				msg += fmt.Sprintf(" (known fields: %s)", strings.Join(names, ", "))
			}
			d.r.at(nodePos(k), "%s", msg)
			continue
		}
		if at.IsValid() {
			at.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(nodePos(val)))
		}
		if f.required && (isNull(val) || (val.Kind == yaml.ScalarNode && strings.TrimSpace(val.Value) == "")) {
			d.r.at(nodePos(val), "the required field %q of %s is empty", key, what)
			continue
		}
		d.decodeValue(val, v.Field(f.index), fmt.Sprintf("%q", key))
	}
	for _, f := range fields {
		if _, ok := seen[f.name]; !ok && f.required {
			d.r.at(nodePos(n), "%s is missing the required field %q", what, f.name)
		}
	}
}

func (d *decoder) decodeValue(n *yaml.Node, v reflect.Value, what string) {
	if d.alias(n) {
		return
	}
	switch v.Type() {
	case dateType:
		d.decodeDate(n, v.Addr().Interface().(*dateNode), what)
		return
	case passagesType:
		d.decodePassages(n, v.Addr().Interface().(*passages), what)
		return
	case textNodeType:
		d.decodeText(n, v.Addr().Interface().(*textNode), what)
		return
	}
	switch v.Kind() {
	case reflect.String:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.r.at(nodePos(n), "%s must be text, not %s", what, kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Int:
		if n.Kind != yaml.ScalarNode || isNull(n) {
			d.r.at(nodePos(n), "%s must be a whole number, not %s", what, kindName(n))
			return
		}
		i, err := strconv.Atoi(n.Value)
		if err != nil {
			d.r.at(nodePos(n), "%s must be a whole number, not %q", what, n.Value)
			return
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			d.r.at(nodePos(n), "%s must be true or false, not %s", what, kindName(n))
			return
		}
		v.SetBool(n.Value == "true")
	case reflect.Pointer:
		if isNull(n) {
			return
		}
		switch v.Type().Elem().Kind() {
		case reflect.Float64:
			f, err := strconv.ParseFloat(n.Value, 64)
			if n.Kind != yaml.ScalarNode || err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				d.r.at(nodePos(n), "%s must be a number, not %s", what, kindName(n))
				return
			}
			v.Set(reflect.ValueOf(&f))
		case reflect.Struct:
			if n.Kind != yaml.MappingNode {
				// Report it, and leave the field unset, as if not given.
				d.decodeStruct(n, reflect.New(v.Type().Elem()).Elem(), what)
				return
			}
			p := reflect.New(v.Type().Elem())
			d.decodeStruct(n, p.Elem(), what)
			v.Set(p)
		}
	case reflect.Slice:
		if isNull(n) {
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.r.at(nodePos(n), "%s must be a list, not %s", what, kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), 0, len(n.Content))
		for i, item := range n.Content {
			itemName := fmt.Sprintf("item %d of %s", i+1, what)
			if one, ok := singular[strings.Trim(what, `"`)]; ok {
				itemName = fmt.Sprintf("%s %d", one, i+1)
			}
			e := reflect.New(v.Type().Elem()).Elem()
			d.decodeValue(item, e, itemName)
			if e.Kind() == reflect.Pointer && e.IsNil() {
				continue // not a mapping, and reported so
			}
			s = reflect.Append(s, e)
		}
		v.Set(s)
	default:
		panic("seed: unsupported field type " + v.Type().String())
	}
}

func (d *decoder) decodeDate(n *yaml.Node, out *dateNode, what string) {
	out.Pos = nodePos(n)
	switch {
	case isNull(n):
		return
	case n.Kind == yaml.ScalarNode:
		out.Text = n.Value
	case n.Kind == yaml.MappingNode:
		var m struct {
			On       string `kb:"on,required"`
			Inferred bool   `kb:"inferred"`
			Basis    string `kb:"basis"`
			At       map[string]pos
		}
		d.decodeStruct(n, reflect.ValueOf(&m).Elem(), "the date "+what)
		out.Text, out.Inferred, out.Basis = m.On, m.Inferred, m.Basis
		if p, ok := m.At["on"]; ok {
			out.Pos = p
		}
		checkBasis(d.r, nodePos(n), m.Inferred, m.Basis, "the date "+what)
	default:
		d.r.at(nodePos(n), "%s must be a date (2025-12-06, 2025-W49, 2026-01, 2026) or {on: ..., inferred: true, basis: ...}, not %s", what, kindName(n))
	}
}

func (d *decoder) decodeText(n *yaml.Node, out *textNode, what string) {
	out.Pos = nodePos(n)
	switch {
	case isNull(n):
	case n.Kind == yaml.ScalarNode:
		out.Text = n.Value
	case n.Kind == yaml.MappingNode:
		var m struct {
			Text     string `kb:"text,required"`
			Inferred bool   `kb:"inferred"`
			Basis    string `kb:"basis"`
			At       map[string]pos
		}
		d.decodeStruct(n, reflect.ValueOf(&m).Elem(), what)
		out.Text, out.Inferred, out.Basis = m.Text, m.Inferred, m.Basis
		if p, ok := m.At["text"]; ok {
			out.Pos = p
		}
		checkBasis(d.r, nodePos(n), m.Inferred, m.Basis, "the "+strings.Trim(what, `"`))
	default:
		d.r.at(nodePos(n), "%s must be text or {text: ..., inferred: true, basis: ...}, not %s", what, kindName(n))
	}
}

// checkBasis reports an inference without a basis, and a basis without
// the inference.
func checkBasis(r report, at pos, inferred bool, basis, what string) {
	if inferred && strings.TrimSpace(basis) == "" {
		r.at(at, "%s is inferred but says nothing of its basis: add `basis: ...`", what)
	}
	if !inferred && basis != "" {
		r.at(at, "%s has a basis but is not marked `inferred: true`", what)
	}
}

func (d *decoder) decodePassages(n *yaml.Node, out *passages, what string) {
	switch {
	case isNull(n):
	case n.Kind == yaml.ScalarNode:
		*out = passages{{Pos: nodePos(n), Text: n.Value}}
	case n.Kind == yaml.SequenceNode:
		for _, item := range n.Content {
			if d.alias(item) {
				continue
			}
			if item.Kind != yaml.ScalarNode || isNull(item) {
				d.r.at(nodePos(item), "each passage of %s must be text, not %s", what, kindName(item))
				continue
			}
			*out = append(*out, passage{Pos: nodePos(item), Text: item.Value})
		}
	default:
		d.r.at(nodePos(n), "%s must be a passage of the body, or a list of passages, not %s", what, kindName(n))
	}
}
