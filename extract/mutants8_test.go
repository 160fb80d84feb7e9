package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Tests written for mutants that lived in the logged gremlins runs of the
// fourth session and were still alive after TestFixtureDrafts
// (docs/testing.md, "Survivors re-examined (fifth session, mutate8)"):
// each case names the edge it holds.

// extractSafely drafts body and fails the test, instead of crashing or
// hanging the run, when Extract panics or does not return.
func extractSafely(t *testing.T, body string) *Draft {
	t.Helper()
	type result struct {
		d     *Draft
		panic any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		done <- result{d: Extract(body, Options{SourceID: "t", Published: "2026-01-15", BodyFile: "a.txt"})}
	}()
	select {
	case r := <-done:
		if r.panic != nil {
			t.Fatalf("Extract(%q) panicked: %v", body, r.panic)
		}
		return r.d
	case <-time.After(10 * time.Second):
		t.Fatalf("Extract(%q) did not return in 10 s", body)
	}
	return nil
}

// controlFigures lists a draft's control figures as
// "territory <- controller kind: qualifier [evidence]".
func controlFigures(d *Draft) []string {
	var out []string
	for _, c := range d.Control {
		out = append(out, fmt.Sprintf("%s <- %s %s: %s [%s]", c.Territory.Name, c.Controller.Name, c.Kind, c.Qualifier, c.Evidence))
	}
	return out
}

// TestControlEdges: control figures in texts that end inside the list
// (a cut article, a title), at the first word of a text, with the share
// at its limits and the region named in the sentence before (control.go).
func TestControlEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string // every figure, in order
	}{
		// the text ends inside the list: the figure read so far, no panic
		{"a text ending with a comma after the list", "Russia controls all of Luhansk,",
			[]string{"Luhansk <- Russia control: all [all of Luhansk]"}},
		{"a text ending with including", "Russia controls all of Luhansk, including",
			[]string{"Luhansk <- Russia control: all [all of Luhansk]"}},
		{"a text ending with and", "Russia controls all of Luhansk and",
			[]string{"Luhansk <- Russia control: all [all of Luhansk]"}},
		{"a text ending with a comma after a name", "Russia controls Crimea,",
			[]string{"Crimea <- Russia control:  [Crimea]"}},
		{"a text ending with the second name", "Russia controls Crimea, Sevastopol",
			[]string{"Crimea <- Russia control:  [Crimea, Sevastopol]", "Sevastopol <- Russia control:  [Crimea, Sevastopol]"}},
		{"a text ending with the article", "Russia controls all of the", nil},
		// a claim that names no territory: nothing, and no endless loop
		{"a claim over no territory", "Russia’s claims over the years have grown.", nil},
		// the claim is the text's first words: its evidence starts there
		{"a claim at the start of the text", "Russia’s claims to all of Donetsk remain.",
			[]string{"Donetsk <- Russia claim: all [Russia’s claims to all of Donetsk]"}},
		// shares at their limits, and "percent" spelled out
		{"none of it", "Russia controls 0% of Donetsk.", []string{"Donetsk <- Russia control: 0% [0% of Donetsk]"}},
		{"all of it, in figures", "Russia controls 100% of Donetsk.", []string{"Donetsk <- Russia control: 100% [100% of Donetsk]"}},
		{"percent in words", "Russia controls 5 percent of Donetsk.", []string{"Donetsk <- Russia control: 5 percent [5 percent of Donetsk]"}},
		// "the region" refers back to the sentence before, even the text's first
		{"the region named in the first sentence", "Ukraine lost Kharkiv. Russia controls half of the region.",
			[]string{"Kharkiv <- Russia control: half [half of the region]"}},
		{"the region named by the text's first word", "Donetsk fell. Russia controls all of the region.",
			[]string{"Donetsk <- Russia control: all [all of the region]"}},
		{"a two-word region name", "Kyiv said the Donetsk Oblast was lost. Russia controls all of the oblast.",
			[]string{"Donetsk Oblast <- Russia control: all [all of the oblast]"}},
		{"the article before the region name is no part of it", "The Sumy region was quiet. Russia controls parts of the area.",
			[]string{"Sumy <- Russia control: parts [parts of the area]"}},
		// "under Russian control" with the facility as the first word
		{"a facility first", "Plant under Russian control.", []string{"Plant <- Russia control:  [Plant under Russian control]"}},
		// "-controlled portions" as the first words, and after "and"
		{"a portion first", "Ukrainian-controlled portions of Donetsk are shrinking.",
			[]string{"Donetsk <- Ukraine control: Ukrainian-controlled portions [Ukrainian-controlled portions of Donetsk]"}},
		{"and before the portion", "Crimea and Russian-controlled parts of Donetsk were shelled.",
			[]string{"Donetsk <- Russia control: Russian-controlled parts [Russian-controlled parts of Donetsk]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := controlFigures(extractSafely(t, tc.body))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("control figures of %q:\n got %q\nwant %q", tc.body, got, tc.want)
			}
		})
	}
}
