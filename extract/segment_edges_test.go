package extract

import "testing"

// TestEmbeddedPostEdges: a post embedded in an article (its text, then a
// signature "— Name (@handle) date") is the poster's, not the article's:
// nothing is drafted from it; and a signature opening the text does not
// panic. Written for mutants of segment.go (embeddedPosts) that lived.
func TestEmbeddedPostEdges(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the post's text before its signature is not drafted",
			body: "The bridge opened on Monday.\n\nTom Reed said the bridge is open at last. Great day for the town. #proud @harbourtown\n\n— Tom Reed (@tomreed) May 5, 2025\n\nThe crowd went home after dark.",
			not:  []stmt{{"Tom Reed", "reported", "the bridge is open at last"}}},
		{name: "a signature opening the text does not panic",
			body: "— Anna Berg (@annaberg) May 5, 2025\n\nThe bridge opened on Monday, Tom Reed said.",
			want: []stmt{{"Tom Reed", "reported", "The bridge opened on Monday"}}},
	})
}
