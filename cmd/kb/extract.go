package main

import (
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kb/extract"
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
		Use:   "extract ARTICLE.txt",
		Short: "Draft a fact file from a plain-text article, for review",
		Long: `extract reads a plain-text news article and writes a draft fact file
(docs/fact-files.md): direct quotes and their speakers, reported speech,
people and their roles, territory-control figures, relative dates resolved
against --published, and "Also Read:" links. Every item is preceded by a
comment with the rule that produced it and a confidence. The draft passes
the fact-file checker as it stands; review it before loading it with
` + "`kb seed`" + `.

When the database exists, people, organizations, territories and topics
already in it are matched by their aliases and referred to by id; the
database is never created or changed.

With --eval FACTFILE, the draft is compared with a curated fact file of the
same article instead of written, and precision and recall are printed for
quotes, speakers, reported claims, roles and territory figures
(docs/extract.md). The curated file is checked as kb check does; one with
problems is refused, each as file:line:column.`,
		Args: exactArgs(1, "one article file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args[0])
		},
	}
	cmd.Flags().StringVar(&opts.sourceID, "source-id", "", "slug of the source (default: from the file name)")
	cmd.Flags().StringVar(&opts.published, "published", "", "publication date YYYY-MM-DD, to resolve Saturday, last week...")
	cmd.Flags().StringVar(&opts.out, "out", "", "write the draft to FILE instead of stdout")
	cmd.Flags().StringVar(&opts.eval, "eval", "", "compare the draft with this curated fact file and print the scores")
	addFormatFlag(cmd, &opts.format)
	cmd.Flags().Lookup("format").Usage = "output format of --eval: table, json or csv"
	return cmd
}

func (o *extractOptions) run(cmd *cobra.Command, article string) error {
	if o.published != "" && !extractDateRE.MatchString(o.published) {
		return usagef("--published %q is not a date: give YYYY-MM-DD", o.published)
	}
	id := o.sourceID
	if id == "" {
		id = defaultSourceID(article)
	}
	if !extractSlugRE.MatchString(id) {
		return usagef("--source-id %q is not a slug: use lowercase letters, digits, '.', '_' and '-'", id)
	}
	data, err := os.ReadFile(article)
	if err != nil {
		return store.Errorf(store.EINVALID, "%s: %v", article, errors.Unwrap(err))
	}
	if len(data) > seed.MaxFileSize {
		return store.Errorf(store.EINVALID, "%s is larger than %d MiB: not an article", article, seed.MaxFileSize>>20)
	}
	body := strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(body) == "" {
		return store.Errorf(store.EINVALID, "%s is empty", article)
	}
	db, err := o.app.openExistingDB(cmd.Context())
	if err != nil {
		return err
	}
	known, err := knownEntities(cmd, db)
	if err != nil {
		return err
	}
	bodyFile, err := relativeBodyFile(article, o.out)
	if err != nil {
		return err
	}
	draft := extract.Extract(body, extract.Options{SourceID: id, Published: o.published, BodyFile: bodyFile, Known: known})
	y := draft.YAML()
	if o.eval != "" {
		curated, err := o.curated(cmd, db)
		if err != nil {
			return err
		}
		return writeEvaluation(o.app.io.Out, extract.Evaluate(draft, curated, body, known), o.format)
	}
	if o.format != formatTable {
		return usagef("-o applies to --eval; the draft itself is always YAML")
	}
	if o.out == "" {
		_, err := o.app.io.Out.Write(y)
		return err
	}
	// write to a temporary file and rename, so a failure leaves no half draft
	if st, err := os.Stat(filepath.Dir(o.out)); err != nil || !st.IsDir() {
		return store.Errorf(store.EINVALID, "cannot write %s: the directory %s does not exist", o.out, filepath.Dir(o.out))
	}
	tmp, err := createTemp(filepath.Dir(o.out), ".kb-extract-")
	if err != nil {
		return store.Errorf(store.EINVALID, "cannot write %s: %v", o.out, errors.Unwrap(err))
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(y); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), o.out); err != nil {
		return store.Errorf(store.EINVALID, "%s: %v", o.out, errors.Unwrap(err))
	}
	return nil
}

// knownEntities lists the database's entities; none without a database,
// which is never created here.
func knownEntities(cmd *cobra.Command, db *store.DB) ([]extract.Known, error) {
	if db == nil {
		return nil, nil
	}
	ents, err := db.KnownEntities(cmd.Context())
	if err != nil {
		return nil, err
	}
	return extract.KnownFromStore(ents), nil
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
