package main

import (
	"bytes"
	"testing"
)

func TestPrintTableFitsWidth(t *testing.T) {
	for _, tc := range []struct {
		name  string
		width int
		want  string
	}{
		{"fits", 80, "NAME     ROLE\nKellogg  US Special Envoy for Ukraine\nPutin    President\n"},
		{"wraps the widest column", 26, "NAME     ROLE\nKellogg  US Special Envoy\n         for Ukraine\nPutin    President\n"},
		{"never inside a word: wider than asked instead", 12, "NAME     ROLE\nKellogg  US\n         Special\n         Envoy for\n         Ukraine\nPutin    President\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			printTable(&b, styles{}, tc.width, []string{"name", "role"}, [][]string{{"Kellogg", "US Special Envoy for Ukraine"}, {"Putin", "President"}})
			if b.String() != tc.want {
				t.Fatalf("got\n%q\nwant\n%q", b.String(), tc.want)
			}
		})
	}
}
