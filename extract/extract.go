// Package extract drafts a fact file (docs/fact-files.md) from the plain
// text of a news article: direct quotes and their speakers, reported
// speech, people and their roles, territory-control figures, relative
// dates and related links. It is rule-based and deterministic; every item
// says which rule produced it and how sure it is, for the person who
// reviews the draft.
package extract

import (
	"strings"
	"time"

	"kb/internal/names"
)

// Options steer an extraction.
type Options struct {
	SourceID  string // slug of the source; required
	Title     string // the source title; the first headline when empty
	Published string // publication date, YYYY-MM-DD; "" when unknown
	BodyFile  string // body_file as written in the draft
	Known     []Known
}

// Date is an inferred date with the words it was worked out from.
type Date struct {
	On    string // 2025-12-06, 2025-W49, 2026-01
	Basis string
}

// Statement is a drafted statement.
type Statement struct {
	Speaker  *Entity
	Kind     string // direct or reported
	Text     string
	Cue      string
	Said     *Date
	Topics   []string
	Evidence []string
	Why
	// Rereport is the known statement this one repeats (written as a
	// re-report of it); Near, one alike but not enough to be taken as it.
	Rereport, Near *Match

	spans []span // evidence spans
	text  span   // where Text is in the body
}

// Role is a drafted role.
type Role struct {
	Person       *Entity
	Title        string
	Organization *Entity
	End          *Date
	EndKind      string
	Evidence     string
	Why

	at        span
	fullTitle string // the title with its possessor, when Organization came from it
}

// Control is a drafted territory-control figure.
type Control struct {
	Territory  *Entity
	Controller *Entity
	Kind       string // control or claim
	Share      *float64
	ShareBound string
	Qualifier  string
	Note       string
	AsOf       *Date
	Evidence   string
	Why
}

// Link is an "Also Read:" line.
type Link struct {
	Title, Kind, Evidence string
	Why
}

// Draft is everything extracted from one article.
type Draft struct {
	SourceID, Title, Published, BodyFile string

	Links      []Link
	Entities   []*Entity // every entity referred to, known ones included
	Topic      *Entity   // the placeholder topic, when one was needed
	Roles      []Role
	Statements []Statement
	Control    []Control
	// Unattributed are quotes no speaker could be found for; they are
	// written as comments, since a statement needs a speaker.
	Unattributed []Statement
	Notes        []string
}

// extractor holds the state of one extraction.
type extractor struct {
	d     *doc
	reg   *registry
	opt   Options
	pub   time.Time
	isPub bool
	out   *Draft
	pro   pronounState
	joint []*Entity // set by resolveNP for a joint speaker, read by attribute
	// the author of the last statement quoted as a document ("a statement
	// from X read:"), for "The statement continued:"
	lastStatement *Entity
	chain         int // depth of pronounChain
	// the one person who spoke in each sentence (nil when none or two),
	// for "X led it, Y said. “...,” he added": he is Y, not X
	spokeIn map[int]*Entity
	// sentences whose quoted fragment is the running speaker's (rule
	// possessive-fragment, g_rules.go)
	fragOf map[int]*Entity
}

// Extract drafts the facts of body.
func Extract(body string, opt Options) *Draft {
	x := &extractor{d: newDoc(body), reg: newRegistry(opt.Known), opt: opt}
	x.out = &Draft{SourceID: opt.SourceID, Title: opt.Title, Published: opt.Published, BodyFile: opt.BodyFile}
	if t, err := time.Parse("2006-01-02", opt.Published); err == nil {
		x.pub, x.isPub = t, true
	} else if opt.Published != "" {
		x.out.Notes = append(x.out.Notes, "the publication date "+opt.Published+" is not YYYY-MM-DD: no relative dates were resolved")
		x.out.Published = ""
	}
	if x.out.Title == "" && len(x.d.paras) > 0 && x.d.heads[0] {
		x.out.Title = x.d.text(x.d.paras[0])
	}
	if !x.isPub {
		x.out.Notes = append(x.out.Notes, "no --published date: relative dates (Saturday, last week) were left unresolved")
	}
	x.links()
	x.roles()
	x.speech()
	x.control()
	x.topics()
	x.fullNames()
	x.titleStates()
	for _, e := range x.reg.all {
		if x.used(e) {
			x.out.Entities = append(x.out.Entities, e)
		}
	}
	return x.out
}

// used says whether the draft refers to e (a known entity that is never
// referred to is not listed).
func (x *extractor) used(e *Entity) bool {
	if !e.Known && (e.Kind == KindTopic || e.Kind == KindTerritory || x.isParent(e)) {
		return true // (topics and territories are what statements and figures refer to)
	}
	for _, r := range x.out.Roles {
		if r.Person == e || r.Organization == e {
			return true
		}
	}
	for _, s := range x.out.Statements {
		if s.Speaker == e {
			return true
		}
	}
	for _, c := range x.out.Control {
		if c.Territory == e || c.Controller == e {
			return true
		}
	}
	return false
}

// links turns "Also Read:" lines into related links.
func (x *extractor) links() {
	for _, pi := range x.d.links {
		line := x.d.text(x.d.paras[pi])
		prefix := linkPrefix(line)
		title := strings.TrimSpace(line[len(prefix):])
		kind := "also_read"
		if l := strings.ToLower(prefix); l == "related:" || l == "see also:" {
			kind = "related"
		}
		if title == "" || x.d.count(line) != 1 {
			x.out.Notes = append(x.out.Notes, "skipped the link line "+quoteText(line)+": it is empty or written more than once")
			continue
		}
		x.out.Links = append(x.out.Links, Link{Title: title, Kind: kind, Evidence: line, Why: Why{Rule: "link-line", Confidence: 0.95}})
	}
}

// uniquePassage returns the body's text of sp, widened to the sentence and
// then to the paragraph until it occurs once in the body.
func (x *extractor) uniquePassage(sp span) (string, span, bool) {
	t := x.d.text(sp)
	if x.d.count(t) == 1 {
		return t, sp, true
	}
	for _, s := range x.d.sents {
		if s.Start <= sp.Start && sp.End <= s.End {
			if t := x.d.text(s.span); x.d.count(t) == 1 {
				return t, s.span, true
			}
		}
	}
	for _, p := range x.d.paras {
		if p.Start <= sp.Start && sp.End <= p.End {
			if t := x.d.text(p); x.d.count(t) == 1 {
				return t, p, true
			}
		}
	}
	return "", span{}, false
}

func quoteText(s string) string { return "“" + s + "”" }

// topics gives each statement the known topics whose names its evidence
// uses, or a placeholder topic for the reviewer to replace: the format
// wants at least one.
func (x *extractor) topics() {
	type alias struct {
		id, norm string
	}
	var known []alias
	for _, e := range x.reg.all {
		if e.Kind != KindTopic || !e.Known {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if n := names.Normalize(a); n != "" {
				known = append(known, alias{e.ID, n})
			}
		}
	}
	for i := range x.out.Statements {
		s := &x.out.Statements[i]
		ev := " " + names.Normalize(strings.Join(s.Evidence, " ")) + " "
		for _, a := range known {
			if strings.Contains(ev, " "+a.norm+" ") && !containsString(s.Topics, a.id) {
				s.Topics = append(s.Topics, a.id)
			}
		}
		if len(s.Topics) > 0 {
			continue
		}
		if x.out.Topic == nil {
			t := &Entity{Kind: KindTopic, Name: "Topics of " + x.opt.SourceID + " (to review)", Why: Why{Rule: "placeholder-topic", Confidence: 0.1, Note: "replace with real topics"}}
			t.ID = x.reg.newID(slug(x.opt.SourceID) + "-topic")
			x.reg.add(t)
			x.out.Topic = t
		}
		s.Topics = []string{x.out.Topic.ID}
	}
}

// isParent says whether a drafted entity that refers to nothing itself is
// the parent of one that is used (a state of its ministry).
func (x *extractor) isParent(e *Entity) bool {
	for _, o := range x.reg.all {
		if o != e && o.Parent == e.ID && x.used(o) {
			return true
		}
	}
	return false
}
