package wording

import (
	"fmt"
	"testing"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		close bool
		near  bool
	}{
		{"reworded by another outlet", "I think the rest will work out fairly well", "the rest of the things will work out fairly well", true, false},
		{"trimmed, other spelling", "the last 10 metres", "the last 10 meters to the goal are always the most difficult", true, false},
		{"same words, other quotes and case", "We’re “really close”", `we're "REALLY close"`, true, false},
		{"trimmed to the core", "a deal on security guarantees is really close now", "security guarantees is really close", true, false},
		{"different remark, same opening", "We will not accept any deal that gives away land", "We will not accept a ceasefire without guarantees", false, false},
		{"different remark, same topic", "The talks in Geneva were constructive and useful", "Geneva is not the place for talks on territory", false, false},
		{"different remark, grammar only", "It is what it is and we will see", "It was not what we wanted to see at all", false, false},
		{"near: same subject, other claim", "Security guarantees for Ukraine must come first", "Security guarantees for Ukraine are a matter for later talks", false, true},
		{"one shared content word", "The strike will go on until the port pays", "The port has made a fair offer", false, false},
		{"empty", "", "anything", false, false},
		{"identical short quote", "horrific", "Horrific", true, false},
		{"fragment: two content words inside a longer quote", "really close", "We’re really, really close", true, false},
		{"fragment: function words between are skipped", "really close", "We are really very close to a peace agreement", true, false},
		{"fragment: a piece of a longer remark", "two meters", "we are about the last two meters away", true, false},
		{"fragment: its own function words differ", "as seems likely", "And if it fails, which seems likely, the vote is over", true, false},
		{"no fragment: a negation is not skipped", "the rest will fall into place", "the rest will not fall into place", false, true},
		{"a contracted negation", "We can’t accept the terms of this deal today", "We can accept the terms of this deal today", false, true},
		{"a fragment after a negation that is not its own", "gives away land", "We will not accept any deal that gives away land", true, false},
		{"a fragment that leaves its negation out", "accept any deal", "We will not accept any deal that gives away land", false, true},
		{"a negation elsewhere in the longer quote", "Let us trust each other", "They don’t want anything done for the public good. Let us trust each other", true, false},
		{"overlap: two pieces of one answer", "Coming back from two goals down, feeling like we could still do it. There was so much belief in that dressing room at half-time",
			"There was so much belief in that dressing room at half-time, and you saw it on the pitch", true, false},
		{"no overlap: six words in a row", "After the storm we promised to fight for the people of Saltvik and rebuild the pier by spring",
			"The council cannot fight for the people of Saltvik while the budget is frozen and the mayor is away", false, true},
		{"fragment with words between, no more than its own", "unprecedented war", "unprecedented in terms of a regional war", true, false},
		{"no fragment: content words far apart", "unprecedented war", "unprecedented, the human costs of this long war", false, true},
		{"reworded: a word moved, inflections", "If we settle these two issues, I believe the rest will go fairly well",
			"If we get those two issues settled, I think the rest of the things will work out fairly well", true, false},
		{"words moved as one block", "Mr Bankman-Fried’s name is pretty much mud right now around the world",
			"There is absolutely no doubt that Mr Bankman-Fried’s name right now is pretty much mud around the world", true, false},
		{"other figures", "We lost 20,000 soldiers this year", "We lost 30,000 soldiers this year", false, true},
		{"a figure in words and in digits", "two million tonnes", "about 2 million tonnes of grain", true, false},
		{"a short remark with a word replaced", "The strike at the port will end on Monday", "The strike at the port will spread on Monday", false, true},
		{"two words trade places", "We will cut taxes for families next year and raise spending on schools",
			"We will raise taxes for families next year and cut spending on schools", false, true},
		{"no fragment: one content word", "close", "We are really very close", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Compare(tt.a, tt.b)
			if s.Close() != tt.close || s.Near() != tt.near {
				t.Errorf("Compare(%q, %q) = %+v: close %v near %v, want close %v near %v", tt.a, tt.b, s, s.Close(), s.Near(), tt.close, tt.near)
			}
		})
	}
}

func TestBest(t *testing.T) {
	tests := []struct {
		name, text, passage, want string
		close                     bool
	}{
		{"exact inside a sentence", "really close", "He said a deal was “really close” on Saturday.", "really close", true},
		{"reworded inside a sentence", "I think the rest will work out fairly well", "Asked about the plan, he said “the rest of the things will work out fairly well,” and left.", "the rest of the things will work out fairly well", true},
		{"not there", "Nobody in London will sign away land", "The institute said guarantees must come first.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, ok := Best(tt.text, tt.passage)
			if ok && w.Score.Close() != tt.close || tt.close && w.Text != tt.want {
				t.Errorf("Best(%q) = %q %+v (ok %v), want %q close %v", tt.text, w.Text, w.Score, ok, tt.want, tt.close)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"I think the rest will work out fairly well", "the rest of the things will work out fairly well", `-“I think” +“of the things”`},
		{"the last 10 metres", "the last 10 meters to the goal", `-“metres” +“meters to the goal”`},
		{"really close", "Really close", ``},
		{"The last 10 metres are always the hardest", "Always the hardest are the last 10 metres", `+“Always the hardest are” -“are always the hardest”`},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if got := Changes(Diff(tt.a, tt.b)); got != tt.want {
				t.Errorf("Changes = %s, want %s (%v)", got, tt.want, fmt.Sprint(Diff(tt.a, tt.b)))
			}
		})
	}
}

// oneEdit is the allocation-free form of osa(a, b) <= 1 for ASCII words.
func TestOneEditAgreesWithOSA(t *testing.T) {
	words := []string{"metres", "meters", "metre", "meter", "settle", "settled", "settles", "issues", "issue", "isuses", "abcde", "abced", "bacde", "abcdef", "abxdef", "xbcdef", "abcdex", "abcdefg", "bcdef", "acbde"}
	for _, a := range words {
		for _, b := range words {
			if a == b {
				continue
			}
			want := abs(len(a)-len(b)) <= 1 && osa([]rune(a), []rune(b)) <= 1
			if got := oneEdit(a, b); got != want {
				t.Errorf("oneEdit(%q, %q) = %v, osa says %v", a, b, got, want)
			}
		}
	}
}
