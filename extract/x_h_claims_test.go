package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// hcExtract drafts an article of testdata/x-h-claims with a publication date.
func hcExtract(t *testing.T, file string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "x-h-claims", file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestHClaims runs the articles of testdata/x-h-claims, written by us to
// imitate the claim kinds of batch H (docs/extract.md, "x-h-claims"):
// each want is a claim (speaker, opening, rule part); each not is an
// opening no drafted claim may have.
func TestHClaims(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][3]string
		not  []string
	}{
		{"participle-that", [][3]string{
			{"Ann Lee", "the vote was \"a great day for the town\"", "speaker-before-cue"}, // the first claim ends before "adding"
			{"Ann Lee", "the new road would open in May", "participle-cue"},                // "“…” adding that": no comma
			{"Jo Kent", "the clinic would stay open", "participle-cue,subject"},            // "before stating that"
			{"Tom Dale", "the budget was tight", ""},                                       // "then adding that"
		}, []string{
			"the road be moved",     // "with Tom Dale still demanding that": the absolute phrase's
			"the road was too loud", // "heard residents saying that": a noun before it
			"to the list",           // "adding that to the list": no clause
			"the vote was \"a great day for the town\" adding", // one claim no more
		}},
		{"unnamed-people", [][3]string{
			{"people familiar with the talks", "Acme is weighing a sale", "according-to/unnamed-people"},
			{"people familiar with the talks", "The board had grown tired", "unnamed-people,again"}, // "the people said"
			{"two people close to the board", "the vote would be held in June", "speaker-before-cue/unnamed-people"},
			{"one person", "The directors argued for weeks", "unnamed-people"},
			{"several people close to the board", "the vote was close", "according-to/unnamed-people"}, // the relative clause left out of the name
			{"a person familiar with the matter", "the chief would stay until May", "unnamed-people"},
			{"people in the room", "the chair nearly walked out", "according-to/unnamed-people"},
		}, []string{"the queue was long", "the plant was too loud"}}, // voters, townsfolk: no source
		{"research-finding", [][3]string{
			{"the study", "dockers who work nights sleep less", "research-finding,document"}, // a long subject: "A recent study conducted by … has found that"
			{"the study", "shift work harms the heart", "research-finding"},                  // "The findings of the study suggest that"
			{"the study", "the data came from one city", "pronoun"},                          // "it acknowledges that": the study spoke last
			{"the research", "short naps help workers", "research-finding"},                  // "New research shows that"
			{"the survey", "most workers want day shifts", "research-finding"},               // "Harvard's survey": Harvard is named nowhere else
			{"Zenko Corp", "most managers want day shifts too", "research-finding,author"},   // the author named before
		}, []string{"older workers slept least", "nothing new"}}, // "The study was led by X, who found that"; "The report shown to the board found nothing"
		{"other-shapes", [][3]string{
			{"Bo Ray", "hold the airport and two bridges", "speaker-before-cue"},            // "claimed to" + infinitive
			{"the statement", "The company will close two plants", "according-to/document"}, // "…, according to the statement."
			{"Axios", "Fuel prices will rise in June", "according-to/document-author,name"}, // "an Axios report": its author
			{"an earlier report", "Turnout was low", "according-to/document"},               // no author: the article's words
			{"Ida Holm", "she would not run again", "speaker-before-cue"},                   // quoted titles and a parenthesis before "that"
			{"Eva Strand", "she feels stronger than ever", "speaker-before-cue"},            // "shared that"
			{"Tom Dale", "Tom Dale was \"deeply moved\"", "clause-ending-in-quote"},         // a quoted phrase inside the clause before "he said"
			{"Per Lund", "crews are working to \"restore power", "participle-cue"},          // a clause of its own before "to “…”"
			{"Tom Dale", "there is work to be done", "coordinated-cue"},                     // a subject set off by dashes
			{"Zenko", "it is cutting 300 jobs", "speaker-before-cue"},                       // "has just announced"
		}, []string{"the port was rejected", "were loud", "view with her team"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			checkClaims(t, hcExtract(t, tc.file), tc.want, tc.not)
		})
	}
}
