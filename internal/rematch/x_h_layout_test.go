package rematch

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"kb/extract"
	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// A quote the rules find no speaker for, that repeats a quote the
// database holds (said by anyone, within extract.MaxDays), is drafted as
// its re-report (x-h-layout); one said a month later is not. Invented
// articles.
func TestMatchFindsTheSpeakerlessQuotesStatement(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	dir := t.TempDir()
	const wire = "Harbour to reopen in March\n\nMayor Lena Varga said on Monday: “The harbour will reopen in March once the new cranes are working.”\n"
	a := extract.Extract(wire, extract.Options{SourceID: "port-wire", Published: "2026-08-03", BodyFile: "port-wire.txt"})
	if err := os.WriteFile(filepath.Join(dir, "port-wire.txt"), []byte(wire), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "port-wire.yaml"), a.YAML(), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := seed.ReadPaths([]string{filepath.Join(dir, "port-wire.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	const radio = "Cranes arrive at the harbour\n\n“The harbour will reopen in March once the new cranes are working,” the radio heard on the quay.\n"
	for _, tc := range []struct {
		published string
		want      bool
	}{{"2026-08-05", true}, {"2026-09-30", false}, {"", true}} {
		d := extract.Extract(radio, extract.Options{SourceID: "port-radio", Published: tc.published, BodyFile: "port-radio.txt"})
		if len(d.Unattributed) != 1 {
			t.Fatalf("the radio's quote is not unattributed: %+v %+v", d.Statements, d.Unattributed)
		}
		if err := New(db).Match(ctx, d); err != nil {
			t.Fatal(err)
		}
		got := len(d.Statements) == 1 && d.Statements[0].Rereport != nil && d.Statements[0].Rereport.ID == "port-wire-s1"
		if got != tc.want || len(d.Unattributed) == 1 == tc.want {
			t.Errorf("published %q: statements %+v, unattributed %d; want a re-report of port-wire-s1 %v", tc.published, d.Statements, len(d.Unattributed), tc.want)
		}
	}
}
