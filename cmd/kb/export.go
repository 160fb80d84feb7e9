package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kb/internal/progress"
	"kb/seed"
	"kb/store"
)

type exportOptions struct {
	app     *app
	sources []string
	force   bool
}

func newExportCmd(a *app) *cobra.Command {
	opts := &exportOptions{app: a}
	cmd := &cobra.Command{
		Use:   "export [--source ID]... [DIR]",
		Short: "Write the database back out as fact files",
		Long: `export writes each source as a fact file, SOURCE.yaml, with its body beside
it in SOURCE.txt, into DIR (default: the working directory, created if
missing). Seeding the files of a whole export into an empty database gives
the same database back. Each file defines the people, organizations, topics
and territories it refers to, so that it stands alone; people and the like
that no source refers to go into the first file.

Existing files are not overwritten unless --force is given.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("%s takes at most one directory (see `%s --help`)", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return opts.run(cmd, dir)
		},
	}
	cmd.Flags().StringSliceVar(&opts.sources, "source", nil, "export only this source (repeatable)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite existing files")
	return cmd
}

func (o *exportOptions) run(cmd *cobra.Command, dir string) error {
	ctx := cmd.Context()
	db, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	// progress on a terminal: reading the sources, then writing the files
	var bar *progress.Bar
	facts, err := db.ExportProgress(ctx, o.sources, func(done, total int) {
		if bar == nil {
			bar = progress.New(o.app.io.Err, o.app.io.ErrTTY, "kb export", "sources", total)
		}
		bar.Set(done)
	})
	if bar != nil {
		bar.Done()
	}
	if err != nil {
		return err
	}
	var files []seed.Rendered
	for _, sf := range facts {
		r, err := seed.Render(sf)
		if err != nil {
			return err
		}
		files = append(files, r)
	}
	// Check every target before writing any, so a refusal writes nothing.
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return store.Errorf(store.EINVALID, "%s is a file, not a directory", dir)
	}
	if !o.force {
		for _, r := range files {
			for _, name := range []string{r.Name, r.BodyName} {
				if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
					return store.Errorf(store.ECONFLICT, "%s already exists: give --force to overwrite it, or another directory", filepath.Join(dir, name))
				} else if !errors.Is(err, fs.ErrNotExist) {
					return store.Errorf(store.EINVALID, "%s: %v", filepath.Join(dir, name), err)
				}
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return store.Errorf(store.EINVALID, "cannot create %s: %v", dir, err)
	}
	statements := 0
	// not when the file names go to the same terminal: they would tear the bar
	wbar := progress.New(o.app.io.Err, o.app.io.ErrTTY && !o.app.io.OutTTY, "kb export: writing", "sources", len(files))
	defer wbar.Done()
	for i, r := range files {
		for _, f := range []struct {
			name string
			data []byte
		}{{r.Name, r.Data}, {r.BodyName, r.Body}} {
			if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
				return store.Errorf(store.EINVALID, "cannot write %s: %v", filepath.Join(dir, f.name), err)
			}
		}
		statements += len(facts[i].Statements)
		fmt.Fprintf(o.app.io.Out, "%s\n", filepath.Join(dir, r.Name))
		wbar.Set(i + 1)
	}
	wbar.Done()
	fmt.Fprintf(o.app.io.Err, "kb: exported %s, %s, to %s\n", count(len(files), "source"), count(statements, "statement entry"), dir)
	return nil
}
