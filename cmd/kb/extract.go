package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/extract"
	"kb/internal/progress"
	"kb/internal/rematch"
	"kb/seed"
	"kb/store"
)

type extractOptions struct {
	app       *app
	sourceID  string
	published string
	out       string
	eval      string
	format    outputFormat
}

var (
	extractSlugRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	extractDateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func newExtractCmd(a *app) *cobra.Command {
	opts := &extractOptions{app: a}
	cmd := &cobra.Command{
		Use:   "extract ARTICLE.txt|DIR...",
		Short: "Draft a fact file from a plain-text article, for review",
		Long: `extract reads a plain-text news article and writes a draft fact file
(docs/fact-files.md): direct quotes and their speakers, reported speech,
people and their roles, territory-control figures, relative dates resolved
against --published, and "Also Read:" links. Every item is preceded by a
comment with the rule that produced it and a confidence. The draft passes
the fact-file checker as it stands; review it before loading it with
` + "`kb seed`" + `.

When the database exists, people, organizations, territories and topics
already in it are matched by their aliases and referred to by id, and each
drafted statement is compared with the statements of its speaker there:
one that repeats a known statement (the same speaker, said within 14 days,
a reworded or trimmed variant of its words) is drafted as a re-report of
it, with this source's wording; one that is only alike is drafted as new,
with the candidate named in a comment. The database is never created or
changed.

Many articles at once: give several files, or directories (every .txt file
below them, in name order), and --out DIR. Each article gets DIR/ID.yaml,
ID a slug of its file name; a later article's statements are also matched
with those drafted for the articles before it. A progress bar is drawn on
a terminal, and a summary (articles, quotes, speakers, new and known
statements, low-confidence items) is printed at the end (-o json for it as
JSON).

With --eval FACTFILE, the draft is compared with a curated fact file of the
same article instead of written, and precision and recall are printed for
quotes, speakers, reported claims, roles and territory figures
(docs/extract.md). The curated file is checked as kb check does; one with
problems is refused, each as file:line:column.`,
		Example: `  kb extract article.txt --published 2025-12-07 --out drafts/article.yaml
  kb extract articles/ --out drafts/
  kb extract a.txt b.txt --published 2026-03-03 --out drafts/ -o json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s takes one or more article files or directories (see `%s --help`)", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// one file is drafted on its own, unless --out names a
			// directory: then it is a batch of one
			if len(args) == 1 && !isDir(args[0]) && (opts.out == "" || !isDir(opts.out)) {
				return opts.run(cmd, args[0])
			}
			return opts.runBatch(cmd, args)
		},
	}
	cmd.Flags().StringVar(&opts.sourceID, "source-id", "", "slug of the source (default: from the file name)")
	cmd.Flags().StringVar(&opts.published, "published", "", "publication date YYYY-MM-DD, to resolve Saturday, last week...")
	cmd.Flags().StringVar(&opts.out, "out", "", "write the draft to FILE instead of stdout; for many articles, the directory DIR")
	cmd.Flags().StringVar(&opts.eval, "eval", "", "compare the draft with this curated fact file and print the scores")
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().Lookup("format").Usage = "output format of --eval and of a batch's summary: table, json or csv"
	return cmd
}

// articleFile is one article to draft.
type articleFile struct {
	path, id, body string
}

// readArticle reads an article file as the loader reads a body.
func readArticle(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", store.Errorf(store.EINVALID, "%s: %v", path, errors.Unwrap(err))
	}
	if len(data) > seed.MaxFileSize {
		return "", store.Errorf(store.EINVALID, "%s is larger than %d MiB: not an article", path, seed.MaxFileSize>>20)
	}
	if err := seed.CheckUTF8(path, data); err != nil {
		return "", err // its draft would fail kb check
	}
	body := strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(body) == "" {
		return "", store.Errorf(store.EINVALID, "%s is empty", path)
	}
	return body, nil
}

func (o *extractOptions) run(cmd *cobra.Command, path string) error {
	if o.published != "" && !extractDateRE.MatchString(o.published) {
		return usagef("--published %q is not a date: give YYYY-MM-DD", o.published)
	}
	id := o.sourceID
	if id == "" {
		id = defaultSourceID(path)
	}
	if !extractSlugRE.MatchString(id) {
		return usagef("--source-id %q is not a slug: use lowercase letters, digits, '.', '_' and '-'", id)
	}
	body, err := readArticle(path)
	if err != nil {
		return err
	}
	db, err := o.app.openExistingDB(cmd.Context())
	if err != nil {
		return err
	}
	known, err := rematch.Entities(cmd.Context(), db)
	if err != nil {
		return err
	}
	bodyFile, err := relativeBodyFile(path, o.out)
	if err != nil {
		return err
	}
	draft := extract.Extract(body, extract.Options{SourceID: id, Published: o.published, BodyFile: bodyFile, Known: known})
	if o.eval != "" {
		curated, err := o.curated(cmd, db)
		if err != nil {
			return err
		}
		return writeEvaluation(o.app.io.Out, extract.Evaluate(draft, curatedOf(curated), body, known), o.format)
	}
	if o.format != formatTable {
		return usagef("-o applies to --eval and to many articles; the draft itself is always YAML")
	}
	if err := rematch.New(db).Match(cmd.Context(), draft); err != nil {
		return err
	}
	y := draft.YAML()
	if o.out == "" {
		_, err := o.app.io.Out.Write(y)
		return err
	}
	return writeAtomic(o.out, y)
}

// runBatch drafts many articles, one fact file each in the --out directory.
// Every article is read and named before anything is written.
func (o *extractOptions) runBatch(cmd *cobra.Command, args []string) error {
	switch {
	case o.published != "" && !extractDateRE.MatchString(o.published):
		return usagef("--published %q is not a date: give YYYY-MM-DD", o.published)
	case o.sourceID != "":
		return usagef("--source-id names one article; with many, each id is a slug of its file name")
	case o.eval != "":
		return usagef("--eval compares one article with its curated fact file, not many")
	case o.out == "":
		return usagef("many articles need --out DIR, the directory for their drafts")
	}
	if st, err := os.Stat(o.out); err == nil && !st.IsDir() {
		return usagef("--out %s is a file: many articles need a directory", o.out)
	}
	paths, err := articlePaths(args)
	if err != nil {
		return err
	}
	var arts []articleFile
	byID := map[string]string{}
	for _, p := range paths {
		id := defaultSourceID(p)
		if prev, ok := byID[id]; ok {
			return store.Errorf(store.EINVALID, "%s and %s would both be source %q (drafted as %s): rename one", prev, p, id, filepath.Join(o.out, id+".yaml"))
		}
		byID[id] = p
		body, err := readArticle(p)
		if err != nil {
			return err
		}
		arts = append(arts, articleFile{path: p, id: id, body: body})
	}
	db, err := o.app.openExistingDB(cmd.Context())
	if err != nil {
		return err
	}
	known, err := rematch.Entities(cmd.Context(), db)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return store.Errorf(store.EINVALID, "cannot make the directory %s: %v", o.out, errors.Unwrap(err))
	}
	m := rematch.New(db)
	sum := extractSummary{Articles: len(arts), Drafts: []draftSummary{}}
	speakers := map[string]bool{}
	bar := progress.New(o.app.io.Err, o.app.io.ErrTTY, "kb extract", "articles", len(arts))
	for i, a := range arts {
		out := filepath.Join(o.out, a.id+".yaml")
		bodyFile, err := relativeBodyFile(a.path, out)
		if err != nil {
			bar.Done()
			return err
		}
		draft := extract.Extract(a.body, extract.Options{SourceID: a.id, Published: o.published, BodyFile: bodyFile, Known: known})
		if err := m.Match(cmd.Context(), draft); err != nil {
			bar.Done()
			return err
		}
		if err := writeAtomic(out, draft.YAML()); err != nil {
			bar.Done()
			return err
		}
		c := draft.Counts()
		for _, s := range draft.Statements {
			speakers[s.Speaker.ID] = true
		}
		sum.Counts.Add(c)
		sum.Drafts = append(sum.Drafts, draftSummary{Article: a.path, Draft: out, SourceID: a.id, Counts: c})
		bar.Set(i + 1)
	}
	bar.Done()
	sum.Counts.Speakers = len(speakers)
	return writeExtractSummary(o.app.io.Out, sum, o.format)
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// articlePaths expands the arguments: a directory gives every .txt file
// below it, in name order; a file is taken as it is.
func articlePaths(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, store.Errorf(store.EINVALID, "%s: %v", arg, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".txt") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, store.Errorf(store.EINVALID, "%s: %v", arg, err)
		}
		if len(found) == 0 {
			return nil, store.Errorf(store.EINVALID, "%s holds no .txt article", arg)
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}

// writeAtomic writes data to a temporary file beside path and renames it,
// so a failure leaves no half draft.
func writeAtomic(path string, data []byte) error {
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		return store.Errorf(store.EINVALID, "cannot write %s: the directory %s does not exist", path, filepath.Dir(path))
	}
	tmp, err := createTemp(filepath.Dir(path), ".kb-extract-")
	if err != nil {
		return store.Errorf(store.EINVALID, "cannot write %s: %v", path, errors.Unwrap(err))
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return store.Errorf(store.EINVALID, "%s: %v", path, errors.Unwrap(err))
	}
	return nil
}

// extractSummary is what a batch drafted (the JSON document of a batch).
type extractSummary struct {
	Articles int `json:"articles"`
	extract.Counts
	Drafts []draftSummary `json:"drafts"`
}

type draftSummary struct {
	Article  string `json:"article"`
	Draft    string `json:"draft"`
	SourceID string `json:"source_id"`
	extract.Counts
}

func writeExtractSummary(w io.Writer, s extractSummary, f outputFormat) error {
	header := []string{"article", "draft", "quotes", "reported", "speakers", "new", "known", "near misses", "low confidence", "unattributed"}
	row := func(a, d string, c extract.Counts) []string {
		return []string{a, d, strconv.Itoa(c.Quotes), strconv.Itoa(c.Reported), strconv.Itoa(c.Speakers), strconv.Itoa(c.New),
			strconv.Itoa(c.Known), strconv.Itoa(c.NearMisses), strconv.Itoa(c.LowConfidence), strconv.Itoa(c.Unattributed)}
	}
	switch f {
	case formatJSON:
		return writeJSON(w, s)
	case formatCSV:
		rows := [][]string{}
		for _, d := range s.Drafts {
			rows = append(rows, row(d.Article, d.Draft, d.Counts))
		}
		return writeCSV(w, header, rows)
	}
	c := s.Counts
	articles := "articles"
	if s.Articles == 1 {
		articles = "article"
	}
	fmt.Fprintf(w, "%d %s drafted: %d quotes, %d reported claims, %d speakers; %d new statements, %d known (re-reports), %d near misses; %d low-confidence items (below %.1f), %d quotes without a speaker\n",
		s.Articles, articles, c.Quotes, c.Reported, c.Speakers, c.New, c.Known, c.NearMisses, c.LowConfidence, extract.LowConfidence, c.Unattributed)
	return nil
}

// curatedOf hands the checked facts of a curated file to extract.Evaluate
// as plain data (extract does not link the database).
func curatedOf(sf store.SourceFacts) extract.Curated {
	c := extract.Curated{Names: map[string][]string{}}
	name := func(id, n string, aliases []string) {
		c.Names[id] = append(c.Names[id], append([]string{n}, aliases...)...)
	}
	for _, e := range sf.People {
		name(e.ID, e.Name, e.Aliases)
	}
	for _, e := range sf.Organizations {
		name(e.ID, e.Name, e.Aliases)
	}
	for _, e := range sf.Territories {
		name(e.ID, e.Name, e.Aliases)
	}
	body := []rune(sf.Source.Body)
	for _, s := range sf.Statements {
		if s.RefOnly {
			continue // another source's statement: not one of this article's
		}
		st := extract.CuratedStatement{Speaker: s.Speaker.ID, Kind: s.Kind, Text: s.Text}
		for _, sp := range s.Evidence {
			if sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(body) {
				st.Evidence = append(st.Evidence, string(body[sp.Start:sp.End]))
			}
		}
		c.Statements = append(c.Statements, st)
	}
	for _, r := range sf.Roles {
		c.Roles = append(c.Roles, extract.CuratedRole{Person: r.Person, Title: r.Title})
	}
	for _, x := range sf.Control {
		c.Control = append(c.Control, extract.CuratedControl{Territory: x.Territory, Controller: x.Controller, Kind: x.Kind,
			Share: x.Share, ShareBound: x.ShareBound, Qualifier: x.Qualifier})
	}
	return c
}

// curated reads the --eval fact file as kb check does, against the
// database when there is one, and refuses it with its problems.
func (o *extractOptions) curated(cmd *cobra.Command, db *store.DB) (store.SourceFacts, error) {
	if st, err := os.Stat(o.eval); err == nil && st.IsDir() {
		return store.SourceFacts{}, usagef("--eval takes one fact file, not the directory %s", o.eval)
	}
	files, err := seed.ReadPaths([]string{o.eval})
	if err != nil {
		return store.SourceFacts{}, err
	}
	var cat seed.Catalog
	if db != nil {
		cat = db
	}
	facts, probs, err := seed.Check(cmd.Context(), files, cat)
	if err != nil {
		return store.SourceFacts{}, err
	}
	if len(probs) > 0 {
		return store.SourceFacts{}, probs
	}
	return facts[0], nil
}

// defaultSourceID makes a slug of the article's file name.
func defaultSourceID(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var b strings.Builder
	for _, r := range strings.ToLower(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-._")
	if s == "" {
		return "article"
	}
	return s
}

// relativeBodyFile is the article's path as the draft's body_file: relative
// to the directory of the draft (the working directory on stdout).
func relativeBodyFile(article, out string) (string, error) {
	absArt, err := filepath.Abs(article)
	if err != nil {
		return "", err
	}
	dir := "."
	if out != "" {
		dir = filepath.Dir(out)
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absDir, absArt)
	if err != nil {
		return filepath.ToSlash(absArt), nil
	}
	return filepath.ToSlash(rel), nil
}

// writeEvaluation prints an evaluation as a table, JSON or CSV (one row
// per item kind; misses are in the table and the JSON).
func writeEvaluation(w io.Writer, ev *extract.Evaluation, f outputFormat) error {
	switch f {
	case formatJSON:
		return writeJSON(w, ev)
	case formatCSV:
		rows := [][]string{}
		for _, r := range ev.Rows() {
			rows = append(rows, []string{r.Name, strconv.Itoa(r.Score.Matched), strconv.Itoa(r.Score.Drafted), strconv.Itoa(r.Score.Curated),
				strconv.FormatFloat(r.Score.Precision(), 'f', 2, 64), strconv.FormatFloat(r.Score.Recall(), 'f', 2, 64)})
		}
		return writeCSV(w, []string{"item", "matched", "drafted", "curated", "precision", "recall"}, rows)
	}
	ev.Write(w)
	return nil
}

// createTemp creates a new file in dir named prefix and a random suffix,
// with mode 0666 less the umask (0644 as a rule), as the draft it becomes
// should have: os.CreateTemp makes files only their owner can read.
func createTemp(dir, prefix string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, &fs.PathError{Op: "createtemp", Path: filepath.Join(dir, prefix+"*"), Err: fs.ErrExist}
}
