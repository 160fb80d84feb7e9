package seed

import "testing"

// A text pasted with its marks is refused; a claim that merely starts and
// ends with quoted phrases is a claim, and kb extract drafts such claims.
func TestWrappedInQuotes(t *testing.T) {
	cases := []struct {
		name string
		text string
		want bool
	}{
		{"curly marks round one quotation", "“Nobody will sign away land”", true},
		{"straight marks round one quotation", `"the status of Donbas"`, true},
		{"guillemets", "«nous sommes prêts»", true},
		{"a claim between two quoted phrases", "“all available assets” were in use, slowed by “bad weather”", false},
		{"straight marks, two phrases", `"soon" meant weeks, not "days"`, false},
		{"opening mark only", "“all available assets were in use", false},
		{"closing mark only", "all available assets were in use”", false},
		{"one mark", "“", false},
		{"no marks", "all available assets were in use", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := wrappedInQuotes(tc.text); got != tc.want {
				t.Errorf("wrappedInQuotes(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
