package rematch

import (
	"context"
	"os"
	"strings"
	"testing"

	"kb/extract"
)

// In a batch, an article's words of a statement it re-reports are
// wordings the later articles may repeat: the radio's “the dock can reopen
// in March” repeats the Herald's words of the Wire's remark.
func TestMatchKeepsTheBatchsWordings(t *testing.T) {
	m := New(nil)
	var radio *extract.Draft
	for i, name := range []string{"dock-wire", "dock-herald", "dock-radio"} {
		data, err := os.ReadFile("../../extract/testdata/rereport/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		d := extract.Extract(string(data), extract.Options{SourceID: name, Published: "2026-08-0" + string(rune('1'+i)), BodyFile: name + ".txt"})
		if err := m.Match(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		radio = d
	}
	for _, s := range radio.Statements {
		if s.Kind == "direct" && strings.Contains(s.Text, "reopen in March") {
			if s.Rereport == nil || !strings.HasPrefix(s.Rereport.ID, "dock-wire-s") {
				t.Fatalf("%q re-reports %+v, want a statement of dock-wire\n%s", s.Text, s.Rereport, radio.YAML())
			}
			return
		}
	}
	t.Fatalf("the radio's quote was not drafted:\n%s", radio.YAML())
}
