package store_test

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

var updateBenchSQL = flag.Bool("update-bench-sql", false, "rewrite bench/sql/*.sql from the queries the store runs")

// benchLookup is a lookup as kb runs it, and the placeholders of run.sh
// that stand for the values it binds.
type benchLookup struct {
	file, header string
	setup        func(ctx context.Context, db *store.DB) error // before the lookup, untraced
	run          func(ctx context.Context, db *store.DB) error
	values       map[string]string // value bound -> placeholder
	// placeholders of the JSON lists of ids bound, one after the other
	// (the same list keeps its placeholder); without, values["ids"]
	lists []string
}

var benchLookups = []benchLookup{
	{
		file:   "person.sql",
		header: "The SQL `kb person {{PERSON}}` runs (store: SchemaVersion, Resolve, Person)",
		run: func(ctx context.Context, db *store.DB) error {
			m, err := db.Resolve(ctx, "Keith Kellogg", store.KindPerson)
			if err == nil {
				_, err = db.Person(ctx, m.ID)
			}
			return err
		},
		// The benchmarked person is also named in others' statements,
		// whose details kb fetches as a second list; no one in the seed
		// both speaks and is named, so the seed gains a mention.
		setup: func(ctx context.Context, db *store.DB) error {
			_, err := db.SQL().ExecContext(ctx, `INSERT INTO statement_mentions (statement_id, person_id) VALUES ('zelenskiy-talks-constructive', 'kellogg')`)
			return err
		},
		values: map[string]string{"Keith Kellogg": "{{PERSON}}", "keith kellogg": "{{PERSON_NORM}}", "kellogg": "{{PERSON_ID}}"},
		lists:  []string{"{{PERSON_STATEMENT_IDS}}", "{{PERSON_MENTION_IDS}}"},
	},
	{
		file:   "topic.sql",
		header: "The SQL `kb topic {{TOPIC}}` runs (store: SchemaVersion, Resolve, Topic with the default --limit 50 and --positions 50)",
		run: func(ctx context.Context, db *store.DB) error {
			m, err := db.Resolve(ctx, "Territorial questions", store.KindTopic)
			if err == nil {
				_, err = db.Topic(ctx, m.ID, store.TopicPage{Limit: 50, Positions: 50})
			}
			return err
		},
		// The page reads each topic of the subtree (topic_merge.go):
		// run.sh repeats a query on {{SUBTOPIC_ID}} for each subtopic.
		values: map[string]string{"Territorial questions": "{{TOPIC}}", "territorial questions": "{{TOPIC_NORM}}",
			"territorial-questions": "{{TOPIC_ID}}", "ids": "{{TOPIC_PAGE_IDS}}",
			"zaporizhzhia-npp": "{{SUBTOPIC_ID}}", "donbas-status": "{{SUBTOPIC_ID}}"},
	},
	{
		file:   "quotes.sql",
		header: "The SQL `kb quotes --by {{QUOTES_BY}} --since {{QUOTES_SINCE}}` runs (store: SchemaVersion, Resolve, Statements)",
		run: func(ctx context.Context, db *store.DB) error {
			m, err := db.Resolve(ctx, "Keith Kellogg", store.KindPerson, store.KindOrganization)
			if err == nil {
				_, err = db.Statements(ctx, store.StatementFilter{PersonID: m.ID, Since: "2025-12-01"})
			}
			return err
		},
		values: map[string]string{"Keith Kellogg": "{{QUOTES_BY}}", "keith kellogg": "{{QUOTES_BY_NORM}}",
			"kellogg": "{{QUOTES_BY_ID}}", "2025-12-01": "{{QUOTES_SINCE}}", "ids": "{{QUOTES_IDS}}"},
	},
	{
		file:   "search.sql",
		header: "The SQL `kb search \"{{WORDS}}\"` runs (store: SchemaVersion, Search with the default --limit 20)",
		run: func(ctx context.Context, db *store.DB) error {
			_, err := db.Search(ctx, store.SearchOptions{Query: "the", Limit: 20})
			return err
		},
		values: map[string]string{`"the"`: "{{WORDS_MATCH}}", "ids": "{{WORDS_IDS}}"},
	},
}

// TestBenchSQLIsWhatTheStoreRuns renders the queries each benchmarked
// lookup runs on the seed, with run.sh's placeholders for the values bound,
// and compares them with bench/sql/: the benchmark must measure kb's SQL.
// go test ./store -run TestBenchSQL -update-bench-sql rewrites the files.
func TestBenchSQLIsWhatTheStoreRuns(t *testing.T) {
	db := testdb.Seeded(t)
	ctx := context.Background()
	for _, l := range benchLookups {
		t.Run(l.file, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, "-- %s,\n-- with the values kb binds written in as run.sh's {{...}} placeholders.\n", l.header)
			b.WriteString("-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):\n")
			b.WriteString("-- go test ./store -run TestBenchSQL -update-bench-sql\n")
			for _, q := range store.SchemaVersionSQL {
				b.WriteString(strings.TrimSpace(q) + ";\n")
			}
			if l.setup != nil {
				if err := l.setup(ctx, db); err != nil {
					t.Fatal(err)
				}
			}
			values := maps.Clone(l.values)
			lists := l.lists
			prev := ""
			restore := store.TraceQueries(func(q string, args []any) {
				for _, a := range args {
					if v, ok := a.(string); ok && strings.HasPrefix(v, `["`) && values[v] == "" && len(lists) > 0 {
						values[v], lists = lists[0], lists[1:]
					}
				}
				q = bindSQL(t, q, args, values) + ";\n"
				// one query per subtopic is written once
				if q == prev && strings.Contains(q, "{{SUBTOPIC_ID}}") {
					return
				}
				prev = q
				b.WriteString(q)
			})
			err := l.run(ctx, db)
			restore()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("..", "bench", "sql", l.file)
			if *updateBenchSQL {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(want) != b.String() {
				t.Errorf("%s is not the SQL the store runs; run go test ./store -run TestBenchSQL -update-bench-sql\n--- store runs:\n%s", path, b.String())
			}
		})
	}
}

// bindSQL writes the arguments into q in place of ? and ?N, as literals or
// as the placeholder of their value. A JSON array of ids (a page of
// statements) is the placeholder under the key "ids".
func bindSQL(t *testing.T, q string, args []any, values map[string]string) string {
	t.Helper()
	lit := func(v any) string {
		switch v := v.(type) {
		case nil:
			return "NULL"
		case string:
			if p, ok := values[v]; ok {
				return "'" + p + "'"
			}
			if strings.HasPrefix(v, `["`) {
				if p, ok := values["ids"]; ok {
					return "'" + p + "'"
				}
			}
			return "'" + strings.ReplaceAll(v, "'", "''") + "'"
		default:
			return fmt.Sprint(v)
		}
	}
	var b strings.Builder
	next := 0
	inString := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inString = !inString
			b.WriteByte(c)
		case c == '?' && !inString:
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			n := next
			if j > i+1 {
				fmt.Sscan(q[i+1:j], &n)
				n--
			} else {
				next++
			}
			if n < 0 || n >= len(args) {
				t.Fatalf("parameter %d of %d in %s", n+1, len(args), q)
			}
			b.WriteString(lit(args[n]))
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(b.String())
}
