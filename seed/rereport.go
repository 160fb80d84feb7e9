package seed

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"kb/internal/names"
	"kb/internal/wording"
	"kb/store"
)

// StatementWordinger is what a Catalog may also answer: the wordings the
// appearances of each of ids record, other outlets' words of the
// statement. *store.DB implements it.
type StatementWordinger interface {
	StatementWordings(ctx context.Context, ids []string) (map[string][]string, error)
}

// variants are the other wordings of a statement a re-report may repeat
// instead of its text: those the database has recorded (each was checked
// when it was loaded), and those the batch's other re-reports give that
// are close variants of the text themselves (so no chain of files vouches
// for itself).
func (c *checker) variants(id, text string) []string {
	out := append([]string{}, c.recorded[id]...)
	for _, w := range c.wordings[id] {
		if wording.Compare(text, w).Close() {
			out = append(out, w)
		}
	}
	return out
}

// closeToWording says whether given is a close variant of another
// source's wording of the statement: one outlet quotes “the last 10
// metres” of a long answer, a later one “the last 10 meters to the goal”,
// a fragment of the first's words though not of the whole answer.
func (c *checker) closeToWording(id, text, given string) bool {
	for _, w := range c.variants(id, text) {
		if wording.Compare(w, given).Close() {
			return true
		}
	}
	return false
}

// passageHoldsWording says whether the passage holds a close variant of
// another source's wording of the statement.
func (c *checker) passageHoldsWording(id, text, passage string) bool {
	for _, w := range c.variants(id, text) {
		if b, ok := wording.Best(w, passage); ok && b.Score.Close() {
			return true
		}
	}
	return false
}

// rereport checks the passages of a statement that another source defines
// and records this source's wording of it at each. The wording is the
// entry's text when it gives one (found in every passage, like a quote),
// else the statement's own text where a passage holds it. Each passage
// must hold the statement's text or a close variant of it
// (wording.Score.Close: Dice of at least 0.6 on weighted words, a
// trimmed copy, a fragment of two content words or more, an overlap of 8
// words, a retelling; no other negation or figures), or of another
// source's wording of it (variants); otherwise the error names the
// closest wording, or why an alike one is not a variant.
func (c *checker) rereport(p *parsed, x *statementNode, out store.StatementDef) store.StatementDef {
	r := p.r
	text, known := c.texts[x.ID]
	given := strings.TrimSpace(x.Text)
	if given != "" && known {
		if s := wording.Compare(text, given); !s.Close() && !c.closeToWording(x.ID, text, given) {
			if why := s.Apart(); why != "" {
				r.at(x.At["text"], "the wording %q is not a variant of statement %q %q: %s",
					clip(given), x.ID, clip(text), why)
			} else {
				r.at(x.At["text"], "the wording %q is not a variant of statement %q %q (%s; a variant may also be a fragment, its content words in order, or a retelling sharing %d content words)",
					clip(given), x.ID, clip(text), s.Shortfall(), wording.MinReworded)
			}
		}
	}
	for _, ev := range x.Evidence {
		sp, ok := p.span(ev, "the evidence of statement "+x.ID)
		if !ok {
			continue
		}
		var w string
		switch {
		case given != "":
			if w = p.body.within(sp, given); w == "" {
				r.at(ev.Pos, "the evidence of statement %q does not contain this source's wording %q given as its text", x.ID, clip(given))
				continue
			}
			out.Text = w
		case known:
			if w = p.body.within(sp, text); w == "" {
				passage := p.body.slice(sp.Start, sp.End)
				best, found := wording.Best(text, passage)
				if (!found || !best.Score.Close()) && !c.passageHoldsWording(x.ID, text, passage) {
					msg := fmt.Sprintf("the evidence of statement %q holds neither its text %q nor a close variant", x.ID, clip(text))
					if found && best.Score.Shared > 0 {
						msg += fmt.Sprintf("; the closest wording is %q (%s)", clip(best.Text), best.Score.Shortfall())
					}
					r.at(ev.Pos, "%s", msg)
					continue
				}
				// a close variant: the words are this source's, but which
				// ones is a guess; give them as text to record them
			}
		}
		out.Evidence = append(out.Evidence, sp)
		out.Wording = append(out.Wording, w)
	}
	if known && names.MatchForm(out.Text) == names.MatchForm(text) {
		// the statement's own words: no wording of this source's to keep in
		// the facts (an export, which leaves it out, hashes alike)
		out.Text = ""
	}
	return out
}

// within finds text inside the passage sp of the body, comparing in the
// match form (quotes, apostrophes and spaces alike, and either Unicode
// normalization of the text), and returns the body's characters; "" when
// the passage does not hold it.
func (b *body) within(sp store.Span, text string) string {
	if text == "" {
		return ""
	}
	rs := []rune(b.slice(sp.Start, sp.End))
	hay := names.MatchForm(string(rs))
	for _, t := range []string{text, norm.NFC.String(text), norm.NFD.String(text)} {
		if i := strings.Index(hay, names.MatchForm(t)); i >= 0 {
			start := len([]rune(hay[:i]))
			return string(rs[start : start+len([]rune(names.MatchForm(t)))])
		}
	}
	return ""
}
