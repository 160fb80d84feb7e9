package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kb/seed"
	"kb/store"
)

type newSourceOptions struct {
	app   *app
	body  string
	out   string
	force bool
}

func newNewCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Start a new fact file",
		Args:  exactArgs(0, "a subcommand: source"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("%s takes a subcommand: source (see `%s --help`)", cmd.CommandPath(), cmd.CommandPath())
		},
	}
	cmd.AddCommand(newNewSourceCmd(a))
	return cmd
}

func newNewSourceCmd(a *app) *cobra.Command {
	opts := &newSourceOptions{app: a}
	cmd := &cobra.Command{
		Use:   "source SLUG --body ARTICLE.txt [--out FILE]",
		Short: "Write a fact-file skeleton for a new article",
		Long: `new source writes a fact file for the article in ARTICLE.txt: the source
filled in (its id, the body's first line as a title to check, the body
file), and commented examples of every other section (docs/fact-files.md).
The body goes beside the fact file as SLUG.txt (copied when it is elsewhere).
The skeleton passes kb check as it stands; uncomment and edit the examples,
run kb check FILE until it says ok, then kb seed FILE.

FILE defaults to SLUG.yaml in the working directory. Existing files are not
overwritten unless --force is given. Nothing is written to the database.`,
		Args: exactArgs(1, "the slug of the new source"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(args[0])
		},
	}
	cmd.Flags().StringVar(&opts.body, "body", "", "the article's text, a UTF-8 file (required)")
	cmd.Flags().StringVar(&opts.out, "out", "", "the fact file to write (default SLUG.yaml)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite existing files")
	cmd.MarkFlagRequired("body")
	return cmd
}

func (o *newSourceOptions) run(slug string) error {
	if err := seed.CheckSlug(slug); err != nil {
		return usageError{err} // a command line to correct, as extract --source-id
	}
	out := o.out
	if out == "" {
		out = slug + ".yaml"
	}
	dir := filepath.Dir(out)
	bodyName := slug + ".txt"
	bodyPath := filepath.Join(dir, bodyName)
	body, err := seed.ReadBody(o.body)
	if err != nil {
		return err
	}
	data, err := seed.Skeleton(slug, bodyName, body)
	if err != nil {
		return err
	}
	sameBody := sameFile(o.body, bodyPath)
	targets := []string{out}
	if !sameBody {
		targets = append(targets, bodyPath)
	}
	if !o.force {
		for _, t := range targets {
			if _, err := os.Stat(t); err == nil {
				return store.Errorf(store.ECONFLICT, "%s already exists: give --force to overwrite it, or --out elsewhere", t)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return store.Errorf(store.EINVALID, "%s: %v", t, err)
			}
		}
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return store.Errorf(store.EINVALID, "directory %s does not exist", dir)
	}
	if !sameBody {
		if err := os.WriteFile(bodyPath, body, 0o644); err != nil {
			return store.Errorf(store.EINVALID, "cannot write %s: %v", bodyPath, err)
		}
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return store.Errorf(store.EINVALID, "cannot write %s: %v", out, err)
	}
	w := o.app.io.Out
	fmt.Fprintln(w, out)
	if !sameBody {
		fmt.Fprintln(w, bodyPath)
	}
	fmt.Fprintf(o.app.io.Err, "kb: next, fill in %s (docs/fact-files.md), then `kb check %s` and `kb seed %s`\n", out, out, out)
	return nil
}

// sameFile says whether a and b name one file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
