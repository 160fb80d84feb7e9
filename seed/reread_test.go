package seed_test

import (
	"strings"
	"testing"

	"kb/internal/testdb"
)

// The seed as a fact-checker re-read it (issue 11): each fix has its exact
// value here.
func TestSeedReadsRightToAFactChecker(t *testing.T) {
	db := testdb.Seeded(t)
	one := func(q string, args ...any) string {
		t.Helper()
		var s string
		if err := db.SQL().QueryRow(q, args...).Scan(&s); err != nil {
			t.Fatalf("%s %v: %v", q, args, err)
		}
		return s
	}
	t.Run("a statement's text is the speaker's words only", func(t *testing.T) {
		for id, want := range map[string]string{
			"trump-toughest-challenge":             "ending Russia’s full-scale invasion of Ukraine … remains his toughest foreign policy challenge",
			"ushakov-territorial-problems-central": "“territorial problems” … had been central to the talks",
			"kellogg-deal-hinges-on-two-issues":    "a deal was “really close” and hinged on just two unresolved issues … The future status of Donbas … The fate of the Zaporizhzhia nuclear power plant",
		} {
			if got := one(`SELECT text FROM statements WHERE id = ?`, id); got != want {
				t.Errorf("%s: %q, want %q", id, got, want)
			}
		}
	})
	t.Run("narration is no statement", func(t *testing.T) {
		if n := one(`SELECT count(*) FROM who_said_what WHERE evidence LIKE '%Moscow pushed back%' OR statement_id = 'moscow-pushed-back'`); n != "0" {
			t.Errorf("%s statements of “But Moscow pushed back.”", n)
		}
	})
	t.Run("the setting is inferred where the article does not give it", func(t *testing.T) {
		got := queryStrings(t, db, `SELECT id || ' ' || setting_inferred FROM statements WHERE setting = 'Reagan National Defense Forum' ORDER BY position`)
		want := []string{
			"kellogg-last-10-metres 0", "kellogg-efforts-hardest-part 0", "kellogg-really-close 1",
			"kellogg-deal-hinges-on-two-issues 1", "kellogg-if-we-get-two-issues-settled 1", "kellogg-really-really-close 1",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("settings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	t.Run("inferable dates", func(t *testing.T) {
		for id, want := range map[string]string{
			"zelenskiy-nightly-address": "2025-12-01 week 1",
			"brussels-consultations":    "2025-12-08 week 1",
		} {
			if got := one(`SELECT held_on || ' ' || held_precision || ' ' || held_inferred FROM events WHERE id = ?`, id); got != want {
				t.Errorf("%s held %q, want %q", id, got, want)
			}
		}
		got := queryStrings(t, db, `SELECT id || ' ' || said_on FROM statements WHERE event_id = 'zelenskiy-nightly-address' ORDER BY position`)
		if want := "zelenskiy-us-know-positions 2025-12-01\nzelenskiy-dialogue-complex 2025-12-01"; strings.Join(got, "\n") != want {
			t.Errorf("said in the address:\n%s", strings.Join(got, "\n"))
		}
	})
	t.Run("polarities as stated, the rest marked inferred", func(t *testing.T) {
		// read through the view a user of kb sql reads
		got := queryStrings(t, db, `SELECT holder_id || ' ' || topic_id || ' ' || polarity || ' ' || stance_inferred
  FROM stances ORDER BY position_id`)
		want := []string{
			"zelenskiy peace-plan neutral 1",
			"zelenskiy donbas-status opposes 1",
			"ukraine donbas-status rejects 0",
			"russia diplomatic-process supports 1",
			"russia peace-plan demands 0",
			"russia donbas-status demands 1",
			"kremlin diplomatic-process neutral 1",
			"ukraine-and-allies diplomatic-process neutral 1",
			"kellogg peace-plan neutral 1",
			"kellogg donbas-status neutral 1",
			"kellogg zaporizhzhia-npp neutral 1",
			"european-leaders diplomatic-process supports 0",
			"european-leaders security-guarantees supports 0",
			"european-leaders military-aid supports 0",
			"trump diplomatic-process neutral 1",
			"united-states peace-plan neutral 1",
			"ukrainian-european-officials us-draft-proposals opposes 1",
			"all-sides peace-plan neutral 1",
			"almost-all-countries donbas-status supports 1",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("positions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if n := one(`SELECT count(*) FROM stances WHERE stance_inferred = 1 AND coalesce(trim(stance_basis), '') = ''`); n != "0" {
			t.Errorf("%s inferred stances without a basis", n)
		}
	})
}
