package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// TestTopicSpeakersMostFirst: a topic page groups its statements by
// speaker, the speaker with most statements first, ties by name (the
// seed's counts). Written for a mutant of groupBySpeaker that lived (the
// groups left in the order of their first statement).
func TestTopicSpeakersMostFirst(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, tc := range []struct {
		topic, want string
	}{
		{"russia-ukraine-war", "kellogg:9 zelenskiy:5 ushakov:4 russia:2 all-sides:1 trump:1 kremlin:1 ukraine-and-allies:1 ukrainian-european-officials:1"},
		{"territorial-questions", "zelenskiy:3 kellogg:2 ushakov:2 ukrainian-european-officials:1"},
		{"donbas-status", "kellogg:2 zelenskiy:2 ushakov:2"},
		{"military-aid", ""},
	} {
		t.Run(tc.topic, func(t *testing.T) {
			tp, err := db.Topic(ctx, tc.topic, store.TopicPage{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sp := range tp.Speakers {
				got = append(got, fmt.Sprintf("%s:%d", sp.Speaker.ID, len(sp.Statements)))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("speakers\n got %s\nwant %s", g, tc.want)
			}
		})
	}
}
