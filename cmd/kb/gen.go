package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kb/internal/corpus"
	"kb/internal/progress"
	"kb/store"
)

type genOptions struct {
	app        *app
	statements int
	seed       uint64
	integrity  bool
	facts      string
	picks      bool
	format     outputFormat
}

// newGenCmd is a hidden command for tests and benchmarks: it writes a
// synthetic corpus straight into a new database through the bulk-load path.
func newGenCmd(a *app) *cobra.Command {
	opts := &genOptions{app: a}
	cmd := &cobra.Command{
		Use:    "gen",
		Short:  "Generate a synthetic corpus into a new database (for benchmarks)",
		Hidden: true,
		Long: `gen writes a deterministic synthetic corpus (the same --seed and
--statements always give the same facts) into a new database at --db through
the bulk-load path, with a progress bar on a terminal. --facts DIR writes the
corpus as fact files instead, for loading the slow way with kb seed DIR.
--picks prints the names and words the benchmark looks up, as shell
assignments.`,
		Example: `  kb gen --statements 10000 --db /tmp/corpus.db
  kb gen --statements 1000 --facts /tmp/facts
  kb gen --statements 1000000 --picks`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd)
		},
	}
	cmd.Flags().IntVar(&opts.statements, "statements", 10000, "how many statements to generate")
	cmd.Flags().Uint64Var(&opts.seed, "seed", 1, "seed: the same seed gives the same corpus")
	cmd.Flags().StringVar(&opts.facts, "facts", "", "write fact files into this directory instead of a database")
	cmd.Flags().BoolVar(&opts.picks, "picks", false, "print the benchmark's names and words, and generate nothing")
	cmd.Flags().BoolVar(&opts.integrity, "integrity-check", false, "end with PRAGMA integrity_check instead of quick_check and index entry counts")
	addFormatFlag(cmd, &opts.format)
	return cmd
}

func (o *genOptions) run(cmd *cobra.Command) error {
	if o.statements < 1 {
		return usagef("--statements must be at least 1")
	}
	cfg := corpus.Config{Statements: o.statements, Seed: o.seed}
	out := o.app.io.Out
	if o.picks {
		p := corpus.PicksFor(cfg)
		for _, kv := range [][2]string{
			{"PERSON", p.Person}, {"PERSON_ID", p.PersonID}, {"PERSON_NORM", store.Normalize(p.Person)},
			{"TOPIC", p.Topic}, {"TOPIC_ID", p.TopicID}, {"TOPIC_NORM", store.Normalize(p.Topic)},
			{"QUOTES_BY", p.QuotesBy}, {"QUOTES_BY_ID", p.QuotesByID}, {"QUOTES_BY_NORM", store.Normalize(p.QuotesBy)},
			{"QUOTES_SINCE", p.QuotesSince},
			{"MID_WORDS", p.MidWords[0] + " " + p.MidWords[1]}, {"COMMON_WORDS", p.CommonWords[0] + " " + p.CommonWords[1]},
			{"CORPUS_VERSION", fmt.Sprint(corpus.Version)}, {"SCHEMA_VERSION", fmt.Sprint(store.LatestVersion())},
		} {
			fmt.Fprintf(out, "%s='%s'\n", kv[0], strings.ReplaceAll(kv[1], "'", `'\''`))
		}
		return nil
	}
	if o.facts != "" {
		if st, err := os.Stat(o.facts); err != nil || !st.IsDir() {
			return store.Errorf(store.EINVALID, "--facts %s is not a directory", o.facts)
		}
		return corpus.WriteFactFiles(o.facts, cfg)
	}
	bar := progress.New(o.app.io.Err, o.app.io.ErrTTY, "kb gen", "statements", o.statements)
	rep, err := store.Bulk(cmd.Context(), o.app.dbPath, func(emit func(*store.SourceFacts) error) error {
		return corpus.Generate(cfg, emit)
	}, store.BulkOptions{Progress: bar.Set, Phase: func(name string) { bar.Status(phaseText(name)) },
		IntegrityCheck: o.integrity})
	bar.Done()
	if err != nil {
		return err
	}
	if o.format == formatJSON {
		return writeJSON(out, rep)
	}
	total, cpu := 0.0, 0.0
	for _, p := range rep.Phases {
		total += p.Seconds
		cpu += p.CPUSeconds
	}
	fmt.Fprintf(out, "%s: %d statements from %d sources in %.1fs, %.1f CPU-s (%.0f statements/s)\n",
		o.app.dbPath, rep.Statements, rep.Sources, total, cpu, float64(rep.Statements)/total)
	for _, p := range rep.Phases {
		fmt.Fprintf(out, "  %-8s %6.1fs wall %6.1fs CPU\n", p.Name, p.Seconds, p.CPUSeconds)
	}
	fmt.Fprintf(out, "  checked with foreign_key_check and %s\n", rep.Checks)
	return nil
}

// phaseText says what a bulk-load step is doing, for the progress line.
func phaseText(name string) string {
	if name == "checks" {
		return "checking foreign keys and the file"
	}
	return "building the " + name
}
