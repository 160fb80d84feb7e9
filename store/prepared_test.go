package store_test

import (
	"context"
	"reflect"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// A lookup's statements are prepared once they have run twice, and the
// third run reuses them: same answer, no new statement.
func TestLookupsReusePreparedStatements(t *testing.T) {
	ctx := context.Background()
	lookups := []struct {
		name string
		run  func(db *store.DB) (any, error)
	}{
		{"person", func(db *store.DB) (any, error) {
			m, err := db.Resolve(ctx, "Zelensky", store.KindPerson)
			if err != nil {
				return nil, err
			}
			return db.Person(ctx, m.ID)
		}},
		{"organization", func(db *store.DB) (any, error) { return db.Organization(ctx, "kremlin") }},
		{"topic", func(db *store.DB) (any, error) {
			return db.Topic(ctx, "territorial-questions", store.TopicPage{Limit: 2, Offset: 1})
		}},
	}
	for _, l := range lookups {
		t.Run(l.name, func(t *testing.T) {
			db := testdb.Seeded(t)
			first, err := l.run(db)
			if err != nil {
				t.Fatal(err)
			}
			if n := db.PreparedStatements(); n != 0 {
				t.Errorf("%d statements prepared after one run; a one-off lookup should prepare none", n)
			}
			if _, err := l.run(db); err != nil {
				t.Fatal(err)
			}
			prepared := db.PreparedStatements()
			if prepared < 3 {
				t.Errorf("%d statements prepared after two runs", prepared)
			}
			third, err := l.run(db)
			if err != nil {
				t.Fatal(err)
			}
			if n := db.PreparedStatements(); n != prepared {
				t.Errorf("the third run prepared %d more statements", n-prepared)
			}
			if !reflect.DeepEqual(first, third) {
				t.Error("the answer through prepared statements differs from the first")
			}
		})
	}
}
