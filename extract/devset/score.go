package devset

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kb/extract"
	"kb/seed"
)

// ArticleScore is what the extractor got right and wrong on one article.
// Counts of gold items leave out the optional ones; a drafted item that
// matches an optional gold item is neither a miss nor held against the
// draft.
type ArticleScore struct {
	ID, Outlet, Subject, Published string

	Missing     bool // no text in the folder: not scored
	TextChanged bool // the text's SHA-256 differs from the gold file's

	Quotes       int // gold direct quotes
	QuotesFound  int // found, as a statement or as an unattributed quote
	RightSpeaker int // found as a statement with the gold speaker

	DraftedQuotes int      // direct statements in the draft
	NonQuotes     []string // drafted direct statements no gold quote accounts for
	MisCut        []string // drafted direct statements that overlap a gold quote they do not match

	Reported             int // gold reported claims
	ReportedFound        int
	ReportedRightSpeaker int
	DraftedReported      int
	ReportedMatched      int // drafted claims that match a gold claim (optional ones too)

	Entities    int      // drafted people and organizations
	Invented    []string // drafted people and organizations no gold entity names
	SurnameOnly []string // drafted as a surname where the gold entity has the full name

	CheckProblems []string // what seed.Check says of the unedited draft

	Missed   []string // gold items not found, and wrong speakers
	Spurious []string // drafted claims that match no gold claim
}

// Report is the score of every article and of the set pooled.
type Report struct {
	Articles []*ArticleScore
	Pooled   ArticleScore
}

// Config is the database the drafts are made against: its entities for
// name matching and its catalog for the checker. The zero Config is no
// database, as `kb extract` without one.
type Config struct {
	Known   []extract.Known
	Catalog seed.Catalog
}

// Score drafts every article whose text is in dir (as <id>.txt) and
// compares the draft with the gold facts. With only, just those ids.
func Score(g *Gold, dir string, only ...string) (*Report, error) {
	return Config{}.Score(g, dir, only...)
}

// Score is Score against the database of c.
func (c Config) Score(g *Gold, dir string, only ...string) (*Report, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder of article texts (README.md says how to fetch them)", dir)
	}
	r := &Report{}
	for i := range g.Articles {
		a := &g.Articles[i]
		if len(only) > 0 && !contains(only, a.ID) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, a.ID+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			r.Articles = append(r.Articles, &ArticleScore{ID: a.ID, Outlet: a.Outlet, Subject: a.Subject, Published: a.Published, Missing: true})
			continue
		}
		if err != nil {
			return nil, err
		}
		s := c.ScoreArticle(a, data)
		r.Articles = append(r.Articles, s)
		r.Pooled.add(s)
	}
	if len(only) > 0 && len(r.Articles) == 0 {
		return nil, fmt.Errorf("no article has the id %s", strings.Join(only, ", "))
	}
	return r, nil
}

// Hash is the SHA-256 of an article's text as stored, for the gold file.
func Hash(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// ScoreArticle drafts one article's text, as kb extract does it without a
// database, and scores the draft.
func ScoreArticle(a *Article, data []byte) *ArticleScore { return Config{}.ScoreArticle(a, data) }

// ScoreArticle is ScoreArticle against the database of c.
func (c Config) ScoreArticle(a *Article, data []byte) *ArticleScore {
	s := &ArticleScore{ID: a.ID, Outlet: a.Outlet, Subject: a.Subject, Published: a.Published}
	s.TextChanged = a.SHA256 != "" && a.SHA256 != Hash(data)
	// the same clean-up as cmd/kb/extract.go
	body := strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n"), "\r", "\n")
	d := extract.Extract(body, extract.Options{SourceID: a.ID, Published: a.Published, BodyFile: "article.txt", Known: c.Known})
	s.check(d, body, c.Catalog)

	var direct, reported []extract.Statement
	for _, st := range d.Statements {
		if st.Kind == "direct" {
			direct = append(direct, st)
		} else {
			reported = append(reported, st)
		}
	}
	s.DraftedQuotes, s.DraftedReported = len(direct), len(reported)
	s.quotes(a, direct, d.Unattributed)
	s.reported(a, reported)
	s.entities(a, d.Entities)
	return s
}

// check runs the fact-file checker on the unedited draft, with the
// catalog when there is one.
func (s *ArticleScore) check(d *extract.Draft, body string, cat seed.Catalog) {
	files := []seed.File{{Name: s.ID + ".yaml", Data: d.YAML(), ReadSibling: func(name string) ([]byte, error) {
		if name != "article.txt" {
			return nil, fmt.Errorf("unexpected sibling %q", name)
		}
		return []byte(body), nil
	}}}
	_, probs, err := seed.Check(context.Background(), files, cat)
	if err != nil {
		s.CheckProblems = append(s.CheckProblems, err.Error())
	}
	for _, p := range probs {
		s.CheckProblems = append(s.CheckProblems, p.String())
	}
}

// requiredFirst is the order in which gold items take drafted ones: the
// required items in article order, then the optional ones, so that an
// optional item never takes the draft a required one matches.
func requiredFirst(items []Item) []int {
	var order, opt []int
	for i, g := range items {
		if g.Optional {
			opt = append(opt, i)
		} else {
			order = append(order, i)
		}
	}
	return append(order, opt...)
}

// quotes matches drafted direct statements to gold quotes, required ones
// first, each in article order, one to one; a drafted statement with
// several evidence passages (the extractor merges a quote repeated by its
// speaker) can stand for as many gold quotes. Misses are listed in
// article order.
func (s *ArticleScore) quotes(a *Article, direct, unattributed []extract.Statement) {
	uses := make([]int, len(direct))
	usesU := make([]int, len(unattributed))
	missed := make([]string, len(a.Quotes))
	defer func() { s.Missed = appendSet(s.Missed, missed) }()
	for _, gi := range requiredFirst(a.Quotes) {
		g := a.Quotes[gi]
		gw := words(g.Opens)
		if !g.Optional {
			s.Quotes++
		}
		found := -1
		for i, st := range direct {
			if uses[i] < max(1, len(st.Evidence)) && quoteMatches(gw, words(st.Text)) {
				found = i
				break
			}
		}
		if found >= 0 {
			uses[found]++
			if g.Optional {
				continue
			}
			s.QuotesFound++
			if sameSpeaker(a.speakerNames(g.Speaker), direct[found].Speaker) {
				s.RightSpeaker++
			} else {
				missed[gi] = fmt.Sprintf("speaker of quote %q: drafted %s, gold %s", g.Opens, speakerName(direct[found].Speaker), g.Speaker)
			}
			continue
		}
		unattr := false
		for i, st := range unattributed {
			if usesU[i] < max(1, len(st.Evidence)) && quoteMatches(gw, words(st.Text)) {
				usesU[i]++
				unattr = true
				break
			}
		}
		if g.Optional {
			continue
		}
		if unattr {
			s.QuotesFound++
			missed[gi] = fmt.Sprintf("speaker of quote %q: none drafted (unattributed), gold %s", g.Opens, g.Speaker)
			continue
		}
		missed[gi] = fmt.Sprintf("quote %q (%s)", g.Opens, g.Speaker)
	}
	for i, st := range direct {
		if uses[i] > 0 {
			continue
		}
		// a drafted quote that holds a gold quote's opening, or whose
		// opening begins one, is a quote cut at the wrong place: a miss
		// (above), not a non-quote
		dw := words(st.Text)
		boundary := false
		for _, g := range a.Quotes {
			gw := words(g.Opens)
			if indexOf(dw, gw) >= 0 || hasPrefix(gw, dw[:min(len(dw), 3)]) {
				boundary = true
				break
			}
		}
		item := fmt.Sprintf("%q (%s)", clip(st.Text), speakerName(st.Speaker))
		if boundary {
			s.MisCut = append(s.MisCut, item)
		} else {
			s.NonQuotes = append(s.NonQuotes, item)
		}
	}
}

// reported matches drafted claims to gold claims, one to one, required
// ones first, each in article order.
func (s *ArticleScore) reported(a *Article, reported []extract.Statement) {
	used := make([]bool, len(reported))
	missed := make([]string, len(a.Reported))
	defer func() { s.Missed = appendSet(s.Missed, missed) }()
	for _, gi := range requiredFirst(a.Reported) {
		g := a.Reported[gi]
		gw := words(g.Opens)
		if !g.Optional {
			s.Reported++
		}
		found := -1
		for i, st := range reported {
			if !used[i] && claimMatches(gw, words(st.Text)) {
				found = i
				break
			}
		}
		if found < 0 {
			if !g.Optional {
				missed[gi] = fmt.Sprintf("claim %q (%s)", g.Opens, g.Speaker)
			}
			continue
		}
		used[found] = true
		s.ReportedMatched++
		if g.Optional {
			continue
		}
		s.ReportedFound++
		if sameSpeaker(a.speakerNames(g.Speaker), reported[found].Speaker) {
			s.ReportedRightSpeaker++
		} else {
			missed[gi] = fmt.Sprintf("speaker of claim %q: drafted %s, gold %s", g.Opens, speakerName(reported[found].Speaker), g.Speaker)
		}
	}
	for i, st := range reported {
		if !used[i] {
			s.Spurious = append(s.Spurious, fmt.Sprintf("claim %q (%s)", clip(st.Text), speakerName(st.Speaker)))
		}
	}
}

// entities lists the drafted people and organizations that no gold entity
// names: a name (or alias) equal to one of a gold entity's names is real;
// a person's name equal to the last words of a longer gold name is a
// surname only (real, but listed); anything else is invented ("Golf Club"
// of "Augusta National Golf Club" is no surname).
func (s *ArticleScore) entities(a *Article, ents []*extract.Entity) {
	gold := a.entityNames()
	for _, e := range ents {
		if e.Known || (e.Kind != extract.KindPerson && e.Kind != extract.KindOrganization) {
			continue
		}
		s.Entities++
		names := append([]string{e.Name}, e.Aliases...)
		real, surname := false, false
		for _, alts := range gold {
			for _, n := range names {
				if nameEqual(alts, n) {
					real = true
				}
			}
			if e.Kind == extract.KindPerson && isSurname(alts, e.Name) {
				surname = true
			}
		}
		switch {
		case real:
		case surname:
			s.SurnameOnly = append(s.SurnameOnly, fmt.Sprintf("%s %q", e.Kind, e.Name))
		default:
			s.Invented = append(s.Invented, fmt.Sprintf("%s %q", e.Kind, e.Name))
		}
	}
}

func (p *ArticleScore) add(s *ArticleScore) {
	p.Quotes += s.Quotes
	p.QuotesFound += s.QuotesFound
	p.RightSpeaker += s.RightSpeaker
	p.DraftedQuotes += s.DraftedQuotes
	p.NonQuotes = append(p.NonQuotes, s.NonQuotes...)
	p.Reported += s.Reported
	p.ReportedFound += s.ReportedFound
	p.ReportedRightSpeaker += s.ReportedRightSpeaker
	p.DraftedReported += s.DraftedReported
	p.ReportedMatched += s.ReportedMatched
	p.Entities += s.Entities
	p.Invented = append(p.Invented, s.Invented...)
	p.SurnameOnly = append(p.SurnameOnly, s.SurnameOnly...)
	p.CheckProblems = append(p.CheckProblems, s.CheckProblems...)
}

// The matching rule (README.md): texts are compared as word sequences
// after normalization (letters and digits only, lower case, diacritics
// and apostrophes dropped, so quote marks and punctuation never matter).

// quoteMatches: the drafted quote holds the gold opening within its first
// three words (a stray word or mark before it is tolerated), or the
// drafted quote is a beginning of the gold opening at least three words
// long (a quote cut short).
func quoteMatches(gold, drafted []string) bool {
	if i := indexOf(drafted, gold); i >= 0 && i <= 2 {
		return true
	}
	return len(drafted) >= 3 && hasPrefix(gold, drafted)
}

// claimMatches: the drafted claim holds the gold opening (its first six
// words) within its first four words ("that", a subject the gold left out);
// or it holds the gold opening less its first one or two words (still at
// least three words: "it expects Kushner to" against "Kushner to be..."),
// as claims have no marks to say where they begin; or the drafted claim is
// a beginning of the gold opening at least three words long.
func claimMatches(gold, drafted []string) bool {
	for j := 0; j <= 2 && j < len(gold); j++ {
		g := gold[j:min(len(gold), j+6)]
		if j > 0 && len(g) < 3 {
			break
		}
		if i := indexOf(drafted, g); i >= 0 && i <= 3 {
			return true
		}
	}
	return len(drafted) >= 3 && hasPrefix(gold, drafted)
}

// sameSpeaker: one of the drafted speaker's names equals one of the gold
// entity's names, or the drafted person's name is the gold name's surname.
func sameSpeaker(gold []string, e *extract.Entity) bool {
	if e == nil {
		return false
	}
	for _, n := range append([]string{e.Name, e.ID}, e.Aliases...) {
		if nameEqual(gold, n) || (e.Kind == extract.KindPerson && isSurname(gold, n)) {
			return true
		}
	}
	return false
}

func nameEqual(gold []string, name string) bool {
	n := strings.TrimPrefix(normalize(name), "the ")
	for _, g := range gold {
		if n != "" && strings.TrimPrefix(normalize(g), "the ") == n {
			return true
		}
	}
	return false
}

// isSurname: the name, one word as printed, is the last words of a longer
// gold name ("Bankman-Fried" of "Sam Bankman-Fried", "Kellogg" of "Keith
// Kellogg").
func isSurname(gold []string, name string) bool {
	n := words(name)
	if len(n) == 0 || len(strings.Fields(name)) != 1 {
		return false // one word as printed, hyphens allowed: "Golf Club" is no surname
	}
	for _, g := range gold {
		gw := words(g)
		if len(gw) > len(n) && hasPrefix(gw[len(gw)-len(n):], n) {
			return true
		}
	}
	return false
}

func speakerName(e *extract.Entity) string {
	if e == nil {
		return "nobody"
	}
	return e.Name
}

// normalize keeps letters and digits, lower-cased and without diacritics;
// apostrophes join (Kellogg's, O'Brien) and everything else separates.
func normalize(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func words(s string) []string { return strings.Fields(normalize(s)) }

func hasPrefix(s, prefix []string) bool {
	if len(prefix) > len(s) || len(prefix) == 0 {
		return false
	}
	for i := range prefix {
		if s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// indexOf is the first position of sub in s, or -1.
func indexOf(s, sub []string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefix(s[i:], sub) {
			return i
		}
	}
	return -1
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}

// appendSet appends the non-empty strings of add to list, in order.
func appendSet(list, add []string) []string {
	for _, m := range add {
		if m != "" {
			list = append(list, m)
		}
	}
	return list
}
