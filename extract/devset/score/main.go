// Command score re-scores kb extract on the real-news development set:
//
//	go run ./extract/devset/score [-gold FILE | -heldout | -fresh] [-v] [-set] [-seeded] [-only ID,...] DIR
//
// DIR holds the article texts as <id>.txt (fetched again as
// extract/devset/README.md says; they never enter the repository). It
// prints a markdown table per article and pooled; -v adds every miss,
// -set the table of the set itself; -seeded drafts against a temporary
// database holding kb's embedded seed instead of none; -save FILE keeps
// the figures as JSON and -before FILE prints what changed since them.
// A second table scores re-report matching: each event's articles drafted
// one after the other against a database holding the earlier ones.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"kb/extract"
	"kb/extract/devset"
	"kb/seed"
	"kb/store"
)

func main() {
	goldPath := flag.String("gold", "", "gold file (default: the embedded extract/devset/devset.yaml)")
	heldOut := flag.Bool("heldout", false, "score the held-out articles (the embedded extract/devset/heldout.yaml) instead")
	fresh := flag.Bool("fresh", false, "score the fresh articles (the embedded extract/devset/fresh.yaml) instead")
	verbose := flag.Bool("v", false, "list every miss, non-quote and invented entity")
	set := flag.Bool("set", false, "also print the table of the set (outlets, dates, URLs)")
	only := flag.String("only", "", "score only these article ids (comma-separated)")
	hashes := flag.Bool("hashes", false, "print each article text's sha256 (for the gold file) and stop")
	seeded := flag.Bool("seeded", false, "draft and check against a temporary database loaded with kb's embedded seed")
	save := flag.String("save", "", "also write the figures as JSON to FILE, for -before later")
	before := flag.String("before", "", "also print what changed since the figures saved in FILE (e.g. extract/devset/before.json)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: score [-gold FILE | -heldout | -fresh] [-v] [-set] [-seeded] [-only ID,...] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*goldPath, *heldOut, *fresh, flag.Arg(0), *verbose, *set, *hashes, *seeded, *only, *save, *before); err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
}

func run(goldPath string, heldOut, fresh bool, dir string, verbose, set, hashes, seeded bool, only, save, before string) error {
	var g *devset.Gold
	var err error
	switch {
	case btoi(heldOut)+btoi(fresh)+btoi(goldPath != "") > 1:
		return fmt.Errorf("-heldout, -fresh and -gold each name a gold file: give one")
	case fresh:
		g, err = devset.Fresh()
	case heldOut:
		g, err = devset.HeldOut()
	case goldPath == "":
		g, err = devset.Embedded()
	default:
		g, err = devset.Load(goldPath)
	}
	if err != nil {
		return err
	}
	if hashes {
		for _, a := range g.Articles {
			data, err := os.ReadFile(dir + "/" + a.ID + ".txt")
			if err != nil {
				return err
			}
			fmt.Printf("%s %s\n", a.ID, devset.Hash(data))
		}
		return nil
	}
	var ids []string
	if only != "" {
		ids = strings.Split(only, ",")
	}
	var cfg devset.Config
	if seeded {
		db, cleanup, err := seededDB()
		if err != nil {
			return err
		}
		defer cleanup()
		ents, err := db.KnownEntities(context.Background())
		if err != nil {
			return err
		}
		known := make([]extract.Known, 0, len(ents))
		for _, e := range ents {
			known = append(known, extract.Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
		}
		cfg = devset.Config{Known: known, Catalog: db}
	}
	r, err := cfg.Score(g, dir, ids...)
	if err != nil {
		return err
	}
	if set {
		fmt.Println(g.Summary())
		fmt.Println()
		g.SetTable(os.Stdout)
		fmt.Println()
	}
	r.Markdown(os.Stdout)
	rr, err := devset.Config{}.Rereports(context.Background(), g, dir, ids...)
	if err != nil {
		return err
	}
	fmt.Print("\nRe-reports: each event's articles drafted in publication order against a database holding the earlier ones, each unedited draft loaded:\n\n")
	devset.RereportMarkdown(os.Stdout, rr)
	if before != "" {
		data, err := os.ReadFile(before)
		if err != nil {
			return err
		}
		var figs []devset.Figures
		if err := json.Unmarshal(data, &figs); err != nil {
			return fmt.Errorf("%s: %v", before, err)
		}
		fmt.Printf("\nChanges since %s:\n\n", before)
		r.Compare(os.Stdout, figs)
	}
	if save != "" {
		data, err := json.MarshalIndent(r.Figures(), "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(save, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if verbose {
		r.Details(os.Stdout)
		devset.RereportDetails(os.Stdout, rr)
	}
	return nil
}

// seededDB creates a database in a temporary folder and loads kb's
// embedded seed into it; cleanup closes and removes it.
func seededDB() (*store.DB, func(), error) {
	tmp, err := os.MkdirTemp("", "kb-devset-")
	if err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	db, err := store.Create(ctx, filepath.Join(tmp, "kb.db"))
	if err != nil {
		os.RemoveAll(tmp)
		return nil, nil, err
	}
	cleanup := func() { db.Close(); os.RemoveAll(tmp) }
	if _, err := seed.Load(ctx, db, seed.Embedded(), store.LoadOptions{}); err != nil {
		cleanup()
		return nil, nil, err
	}
	return db, cleanup, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
