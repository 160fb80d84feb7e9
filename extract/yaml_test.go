package extract

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite testdata/drafts/*.golden")

// Drafts as written, compared with testdata/drafts/*.golden (refresh with
// go test ./extract -update): the seed article, an article whose remarks
// are re-reports of another's, and text with characters YAML must escape.
func TestDraftGolden(t *testing.T) {
	read := func(p string) string {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	wire := Extract(read("../cmd/kb/testdata/rereport/port-wire.txt"), Options{SourceID: "port-wire", Published: "2026-03-02", BodyFile: "port-wire.txt"})
	tests := []struct {
		name string
		body string
		opt  Options
		prep func(*Draft)
	}{
		{name: "seed-article", body: read("../seed/ukraine-talks-2025-12-07.txt"), opt: Options{SourceID: "talks", Published: "2025-12-07", BodyFile: "talks.txt"}},
		{name: "rereports", body: read("../cmd/kb/testdata/rereport/port-courier.txt"), opt: Options{SourceID: "port-courier", Published: "2026-03-03", BodyFile: "port-courier.txt"},
			prep: func(d *Draft) { d.MatchKnown(wire.Defined()) }},
		{name: "escapes", body: "Odd \"titles\"\tand\\slashes\n\nAnna Berg said: “Tabs\there, a line\u2028separator, a bell \a and a BOM \ufeff stay text: # not a comment, key: value, - dash.”\n\nAlso Read: A link with \"quotes\" and a colon: yes\n",
			opt: Options{SourceID: "escapes", BodyFile: "a b/c\"d.txt"}},
		{name: "known-and-unattributed", body: "Minister Anna Berg visited the port on Monday.\n\n“Open the gates” was written on a banner.\n",
			opt: Options{SourceID: "port-visit", Published: "2026-04-01", BodyFile: "port-visit.txt", Known: []Known{{Kind: KindPerson, ID: "anna-berg", Name: "Anna Berg", Aliases: []string{"Berg"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Extract(tt.body, tt.opt)
			if tt.prep != nil {
				tt.prep(d)
			}
			got := d.YAML()
			path := filepath.Join("testdata", "drafts", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("the draft differs from %s:\n%s", path, got)
			}
			// it is YAML,
			var v any
			if err := yaml.Unmarshal(got, &v); err != nil {
				t.Fatalf("not YAML: %v", err)
			}
			// and a fact file the checker takes as it stands:
			// TestDraftsPassCheck in extract/checked (it links the
			// database; this package's tests do not, docs/testing.md)
		})
	}
}

// Two blocks of comments after one section stay apart.
func TestFootnotes(t *testing.T) {
	n := mapping(plain("topics"), sequence())
	footnote(n, "# first block")
	footnote(n, "# second block")
	want := "topics: []\n\n# first block\n\n# second block\n"
	if got := encode(n); got != want {
		t.Errorf("encode = %q, want %q", got, want)
	}
}
