package seed_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"kb/internal/testdb"
	"kb/seed"
)

// compileSchema compiles the shipped schema with a real JSON Schema
// validator: the test does not take the schema's meaning on trust.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(seed.FactFileSchema()))
	if err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("fact-file.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("fact-file.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch
}

// yamlToJSON reads YAML as an editor's YAML language support does (YAML
// 1.2: a date is a string) and gives the JSON value a schema validates.
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not YAML: %v", err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.AliasNode:
			return conv(n.Alias)
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, c := range n.Content {
				l = append(l, conv(c))
			}
			return l
		}
		switch n.ShortTag() {
		case "!!null":
			return nil
		case "!!bool":
			return n.Value == "true"
		case "!!int", "!!float":
			var v any
			if err := json.Unmarshal([]byte(n.Value), &v); err == nil {
				return json.Number(n.Value)
			}
			return n.Value // .nan, .inf, 0x1f: not JSON numbers
		}
		return n.Value
	}
	data, err := json.Marshal(conv(&doc))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// shippedFactFiles lists every fact file in the repository.
func shippedFactFiles(t *testing.T) []string {
	var out []string
	for _, pattern := range []string{"*.yaml", "../docs/examples/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) < 2 {
		t.Fatalf("found only %v", out)
	}
	return out
}

func TestShippedFactFilesValidateAgainstTheSchema(t *testing.T) {
	sch := compileSchema(t)
	files := shippedFactFiles(t)
	// and what export writes, and the generated corpus
	dir := t.TempDir()
	exportTo(t, testdb.Seeded(t), dir)
	corpus := t.TempDir()
	writeCorpus(t, corpus, 3, 2)
	for _, d := range []string{dir, corpus} {
		m, _ := filepath.Glob(filepath.Join(d, "*.yaml"))
		files = append(files, m...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(yamlToJSON(t, data)); err != nil {
			t.Errorf("%s does not validate against the schema:\n%v", f, err)
		}
	}
}

// The schema and the loader agree: every file in the first table is
// refused by both, every file in the second accepted by both. The loader
// refuses more than a schema can express (a passage not in the body, an id
// that refers to nothing, 30 February, a cycle, duplicate keys, YAML
// aliases); those are tested in check_test.go and are not listed here.
func TestSchemaAndLoaderAgree(t *testing.T) {
	sch := compileSchema(t)
	db := testdb.Seeded(t)
	bad := []struct {
		name  string
		edits []string
	}{
		{"unknown top-level field", []string{"kb: 1\n", "kb: 1\nauthor: me\n"}},
		{"unknown field in a person", []string{"    aliases: [Hollis]\n", "    alias: [Hollis]\n"}},
		{"unknown field in a date", []string{"inferred: true, basis:", "inferred: true, reason:"}},
		{"format version 2", []string{"kb: 1\n", "kb: 2\n"}},
		{"no kb", []string{"kb: 1\n", ""}},
		{"no source", []string{"source:\n  id: london-meeting-example\n", "sauce:\n  id: london-meeting-example\n"}},
		{"source without id", []string{"  id: london-meeting-example\n", ""}},
		{"source without body", []string{"  body_file: london-meeting-example.txt\n", ""}},
		{"body and body_file", []string{"  body_file: london-meeting-example.txt\n", "  body_file: london-meeting-example.txt\n  body: Text.\n"}},
		{"id not a slug", []string{"  - id: maria-hollis\n", "  - id: Maria_Hollis\n"}},
		{"person without name", []string{"    name: Maria Hollis\n", ""}},
		{"empty name", []string{"    name: Maria Hollis\n", "    name: \"\"\n"}},
		{"null required field", []string{"    name: Maria Hollis\n", "    name: null\n"}},
		{"organization kind unknown", []string{"kind: institution", "kind: think-tank"}},
		{"organization without kind", []string{"    kind: institution\n", ""}},
		{"aliases not a list", []string{"aliases: [Hollis]", "aliases: Hollis"}},
		{"malformed date", []string{"published: 2025-12-08", "published: 08/12/2025"}},
		{"month 13", []string{"published: 2025-12-08", "published: 2025-13"}},
		{"week 60", []string{"as_of: 2025-12-08", "as_of: 2025-W60"}},
		{"date as a list", []string{"published: 2025-12-08", "published: [2025-12-08]"}},
		{"inferred without basis", []string{`, basis: "“on Sunday”, in an article dated Monday 2025-12-08"}`, "}"}},
		{"basis without inferred", []string{"as_of: 2025-12-08", "as_of: {on: 2025-12-08, basis: the dateline}"}},
		{"date mapping without on", []string{"said: {on: 2025-12-07, inferred: true,", "said: {inferred: true,"}},
		{"end without end_kind", []string{"    end_kind: past\n", ""}},
		{"end_kind unknown", []string{"end_kind: past", "end_kind: former"}},
		{"role without evidence", []string{"    evidence: \"Hollis advised the Dutch foreign ministry until 2023.\"\n", ""}},
		{"role with two passages", []string{"    evidence: \"Hollis advised the Dutch foreign ministry until 2023.\"\n", "    evidence: [\"Hollis advised the Dutch foreign ministry\", \"until 2023.\"]\n"}},
		{"empty passage", []string{"    evidence: \"Hollis advised the Dutch foreign ministry until 2023.\"\n", "    evidence: \" \"\n"}},
		{"statement kind unknown", []string{"kind: reported\n    text: security", "kind: paraphrase\n    text: security"}},
		{"statement without text", []string{"    text: the status of Donbas remained the hardest part of any agreement\n", ""}},
		{"statement without topics", []string{"    topics: [donbas-status]\n", ""}},
		{"statement with no topic", []string{"    topics: [donbas-status]\n", "    topics: []\n"}},
		{"statement by id with a cue", []string{"  - id: kellogg-really-close\n", "  - id: kellogg-really-close\n    cue: said\n"}},
		{"statement by id without evidence", []string{"    evidence: \"Keith Kellogg said a deal was “really close”\"\n", ""}},
		{"polarity unknown", []string{"polarity: demands", "polarity: insists"}},
		{"position without evidence or statements", []string{"    statements: [institute-guarantees-first]   # evidence: that of the statement\n", ""}},
		{"share over 100", []string{"share: 19\n", "share: 100.5\n"}},
		{"share below 0", []string{"share: 19\n", "share: -1\n"}},
		{"share not a number", []string{"share: 19\n", "share: nineteen\n"}},
		{"share_bound without share", []string{"    share: 19\n", ""}},
		{"share_bound unknown", []string{"share_bound: about", "share_bound: roughly"}},
		{"control kind unknown", []string{"kind: claim ", "kind: holds "}},
		{"a string instead of a list", []string{"statements: [institute-guarantees-first]", "statements: institute-guarantees-first"}},
		{"a list instead of a mapping", []string{"  - id: netherlands\n    name: Netherlands\n    kind: state\n    aliases: [the Dutch]\n", "  - [netherlands, Netherlands, state]\n"}},
		{"topics not a list", []string{"topics: [european-unity]", "topics: european-unity"}},
	}
	for _, tc := range bad {
		t.Run("refused/"+tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			if err := sch.Validate(yamlToJSON(t, []byte(text))); err == nil {
				t.Errorf("the schema accepts it")
			}
			if probs := check(t, path, db); len(probs) == 0 {
				t.Errorf("the loader accepts it")
			}
		})
	}
	good := []struct {
		name  string
		edits []string
	}{
		{"as written", nil},
		{"evidence as a list", []string{`evidence: "She said the status`, `evidence: ["She said the status`, `part of any agreement."`, `part of any agreement."]`}},
		{"role evidence as a list of one", []string{"    evidence: \"Hollis advised the Dutch foreign ministry until 2023.\"\n", "    evidence: [\"Hollis advised the Dutch foreign ministry until 2023.\"]\n"}},
		{"optional fields null", []string{"    aliases: [Hollis]\n", "    aliases: null\n", "    kind: claim ", "    kind: null ", "  outlet: Example News", "  outlet: null"}},
		{"a year as a number", []string{"published: 2025-12-08", "published: 2025"}},
		{"a week", []string{"as_of: 2025-12-08", "as_of: 2025-W50"}},
		{"a stated date as a mapping", []string{"as_of: 2025-12-08", "as_of: {on: 2025-12-08}"}},
		{"inline body", []string{"  body_file: london-meeting-example.txt\n", "  body: |\n" + indent(t, "    ")}},
		{"empty sections", []string{"kb: 1\n", "kb: 1\nevents: []\nterritories:\n"}},
		{"a share without a bound", []string{"    share_bound: about\n", ""}},
	}
	for _, tc := range good {
		t.Run("accepted/"+tc.name, func(t *testing.T) {
			path, text := copyExample(t, tc.edits...)
			if err := sch.Validate(yamlToJSON(t, []byte(text))); err != nil {
				t.Errorf("the schema refuses it: %v", err)
			}
			if probs := check(t, path, db); len(probs) > 0 {
				t.Errorf("the loader refuses it: %v", probs)
			}
		})
	}
}

// indent returns the example body indented, for an inline body.
func indent(t *testing.T, prefix string) string {
	data, err := os.ReadFile(filepath.Join(exampleDir, exampleName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

func check(t *testing.T, path string, cat seed.Catalog) seed.Problems {
	t.Helper()
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	_, probs, err := seed.Check(context.Background(), files, cat)
	if err != nil {
		t.Fatal(err)
	}
	return probs
}
