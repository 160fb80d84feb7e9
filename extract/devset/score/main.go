// Command score re-scores kb extract on the real-news development set:
//
//	go run ./extract/devset/score [-gold FILE] [-v] [-set] [-only ID,...] DIR
//
// DIR holds the article texts as <id>.txt (fetched again as
// extract/devset/README.md says; they never enter the repository). It
// prints a markdown table per article and pooled; -v adds every miss,
// -set the table of the set itself.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"kb/extract/devset"
)

func main() {
	goldPath := flag.String("gold", "", "gold file (default: the embedded extract/devset/devset.yaml)")
	verbose := flag.Bool("v", false, "list every miss, non-quote and invented entity")
	set := flag.Bool("set", false, "also print the table of the set (outlets, dates, URLs)")
	only := flag.String("only", "", "score only these article ids (comma-separated)")
	hashes := flag.Bool("hashes", false, "print each article text's sha256 (for the gold file) and stop")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: score [-gold FILE] [-v] [-set] [-only ID,...] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*goldPath, flag.Arg(0), *verbose, *set, *hashes, *only); err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
}

func run(goldPath, dir string, verbose, set, hashes bool, only string) error {
	var g *devset.Gold
	var err error
	if goldPath == "" {
		g, err = devset.Embedded()
	} else {
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
	r, err := devset.Score(g, dir, ids...)
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
	if verbose {
		r.Details(os.Stdout)
	}
	return nil
}
