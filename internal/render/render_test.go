package render

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestRowKeys(t *testing.T) {
	cases := []struct {
		name      string
		cols, out []string
	}{
		{"distinct", []string{"a", "b"}, []string{"a", "b"}},
		{"repeated", []string{"a", "a", "b", "a"}, []string{"a", "a_2", "b", "a_3"}},
		{"none", []string{}, []string{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := RowKeys(tc.cols); !reflect.DeepEqual(got, tc.out) {
				t.Errorf("RowKeys(%q) = %q, want %q", tc.cols, got, tc.out)
			}
		})
	}
}

func TestJSONValue(t *testing.T) {
	cases := []struct {
		name string
		in   any
		out  any
	}{
		{"blob", []byte{0xde, 0xad}, "x'dead'"},
		{"inf", math.Inf(1), "Infinity"},
		{"-inf", math.Inf(-1), "-Infinity"},
		{"int", int64(3), int64(3)},
		{"null", nil, nil},
		{"text", "<b>", "<b>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := JSONValue(tc.in); !reflect.DeepEqual(got, tc.out) {
				t.Errorf("JSONValue(%v) = %v, want %v", tc.in, got, tc.out)
			}
		})
	}
}

func TestCSVQuotes(t *testing.T) {
	var b strings.Builder
	if err := CSV(&b, Table{[]string{"a", "b"}, [][]string{{`say "hi", then`, "line\nbreak"}}}); err != nil {
		t.Fatal(err)
	}
	if want := "a,b\n\"say \"\"hi\"\", then\",\"line\nbreak\"\n"; b.String() != want {
		t.Errorf("CSV:\n%q\nwant\n%q", b.String(), want)
	}
}
