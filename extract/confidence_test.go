package extract

import (
	"strings"
	"testing"
)

// TestFartherCueLowerConfidence: a quotation attributed to a cue outside
// its sentence (the nearest in its paragraph; "X said:" closing the
// paragraph before) is drafted with a lower confidence than the same cue
// gives a quotation in its own sentence. Written for mutants of quotes.go
// that lived (the discount made a division).
func TestFartherCueLowerConfidence(t *testing.T) {
	const text = "This bridge will change the town"
	conf := func(t *testing.T, body, rule string) float64 {
		t.Helper()
		d := Extract(body, Options{SourceID: "t", BodyFile: "a.txt"})
		for _, st := range d.Statements {
			if st.Text == text && st.Speaker != nil && st.Speaker.Name == "Anna Berg" {
				if rule != "" && !strings.Contains(st.Rule, rule) {
					t.Fatalf("%q: rule %q, want one with %q", text, st.Rule, rule)
				}
				return st.Confidence
			}
		}
		t.Fatalf("%q not given to Anna Berg in %q", text, body)
		return 0
	}
	for _, tc := range []struct {
		name, near, far, rule string
	}{
		{"the nearest cue of the paragraph",
			"“This bridge will change the town,” Mayor Anna Berg said at the opening on Monday.",
			"“This bridge will change the town.” Mayor Anna Berg said so at the opening on Monday.",
			"quote/same-paragraph/"},
		{"a colon closing the paragraph before",
			"The bridge opened on Monday. Speaking to reporters afterwards, Mayor Anna Berg said: “This bridge will change the town.”",
			"The bridge opened on Monday. Speaking to reporters afterwards, Mayor Anna Berg said:\n\n“This bridge will change the town.”",
			"quote/colon-before/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			near, far := conf(t, tc.near, ""), conf(t, tc.far, tc.rule)
			if !(far < near) || far <= 0 {
				t.Errorf("confidence %v with the cue farther, %v in the sentence: want lower, above 0", far, near)
			}
		})
	}
}

// TestContinuedParagraphLowerConfidence: the paragraphs after the first of
// a quotation running over several share its speaker with a lower
// confidence.
func TestContinuedParagraphLowerConfidence(t *testing.T) {
	d := Extract("Anna Berg said on Monday: “The crews worked through the night.\n\n“They slept on the boats and ate in the rain.”",
		Options{SourceID: "t", BodyFile: "a.txt"})
	conf := map[string]float64{}
	for _, st := range d.Statements {
		if st.Speaker != nil && st.Speaker.Name == "Anna Berg" {
			conf[st.Text] = st.Confidence
		}
	}
	first, next := conf["The crews worked through the night"], conf["They slept on the boats and ate in the rain"]
	if first == 0 || next == 0 {
		t.Fatalf("both paragraphs must be Anna Berg's; confidences %v", conf)
	}
	if !(next < first) {
		t.Errorf("confidence %v in the continued paragraph, %v in the first: want lower", next, first)
	}
}
