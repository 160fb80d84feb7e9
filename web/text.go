package web

import (
	"html"
	"html/template"
	"sort"
	"strings"

	"kb/internal/render"
	"kb/store"
)

// A search snippet marks matched words with these private-use characters,
// which become <mark> only after the snippet is escaped.
const (
	markOpen  = "\uE000"
	markClose = "\uE001"
)

// snippetHTML escapes a snippet and turns its marks into <mark> elements.
// Marks are paired here, so stray mark characters in the data cannot leave
// an element open.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	open := false
	for _, part := range strings.SplitAfter(html.EscapeString(s), "") {
		switch part {
		case markOpen:
			if !open {
				b.WriteString("<mark>")
				open = true
			}
		case markClose:
			if open {
				b.WriteString("</mark>")
				open = false
			}
		default:
			b.WriteString(part)
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// segment is a run of a source body: plain text, or text inside one or
// more statements' passages. Starts names the passages that begin here,
// which are the targets of links from statement pages.
type segment struct {
	Text       string
	Statements []string // the statements whose passage covers it
	Starts     []string // anchors of the passages that begin here
}

// segments cuts body (offsets in Unicode characters) at every passage
// boundary, so that overlapping passages still highlight every character
// they cover.
func segments(body string, passages []store.Passage) []segment {
	runes := []rune(body)
	n := len(runes)
	cuts := map[int]bool{0: true, n: true}
	for _, p := range passages {
		if p.Span.Start < 0 || p.Span.End > n || p.Span.Start >= p.Span.End {
			continue
		}
		cuts[p.Span.Start], cuts[p.Span.End] = true, true
	}
	at := make([]int, 0, len(cuts))
	for c := range cuts {
		at = append(at, c)
	}
	sort.Ints(at)
	var out []segment
	for i := 0; i+1 < len(at); i++ {
		from, to := at[i], at[i+1]
		seg := segment{Text: string(runes[from:to])}
		for _, p := range passages {
			if p.Span.Start <= from && to <= p.Span.End {
				seg.Statements = append(seg.Statements, p.StatementID)
			}
			if p.Span.Start == from {
				seg.Starts = append(seg.Starts, passageAnchor(p.StatementID, p.Span.Start))
			}
		}
		out = append(out, seg)
	}
	// Blank lines at the end of a body are not worth a screen.
	if k := len(out) - 1; k >= 0 && len(out[k].Statements) == 0 {
		out[k].Text = strings.TrimRight(out[k].Text, " \t\r\n")
	}
	return out
}

// dateText renders a date for people: "2025-12-06", "week of 2025-12-01".
func dateText(d *store.Date) string {
	if d == nil {
		return ""
	}
	if d.Precision == "week" {
		return "week of " + d.On
	}
	return d.On
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// jsonLD describes a statement in schema.org terms: a Quotation with its
// creator for a direct quote, a Claim with its appearances for a reported
// one, each source a NewsArticle. kb's own fields stay in its JSON.
func jsonLD(st *store.Statement, sources []store.SourceSummary) map[string]any {
	speaker := map[string]any{"@type": "Person", "name": st.Speaker.Name}
	if st.Speaker.Kind == store.KindOrganization {
		speaker["@type"] = "Organization"
	}
	if st.SpeakerRole != nil {
		speaker["jobTitle"] = render.RoleText(st.SpeakerRole.Title, st.SpeakerRole.Organization)
		if st.Speaker.Kind == store.KindOrganization {
			delete(speaker, "jobTitle")
		}
	}
	var articles []map[string]any
	for _, s := range sources {
		a := map[string]any{"@type": "NewsArticle", "identifier": s.ID}
		if s.Title != nil {
			a["headline"] = *s.Title
		}
		if s.URL != nil {
			a["url"] = *s.URL
		}
		if s.Outlet != nil {
			a["publisher"] = map[string]any{"@type": "Organization", "name": *s.Outlet}
		}
		if s.Published != nil {
			a["datePublished"] = s.Published.On
		}
		articles = append(articles, a)
	}
	var about []map[string]any
	for _, t := range st.Topics {
		about = append(about, map[string]any{"@type": "Thing", "name": t.Name})
	}
	doc := map[string]any{"@context": "https://schema.org", "identifier": st.ID, "text": st.Text}
	if st.Kind == "direct" {
		doc["@type"] = "Quotation"
		doc["creator"] = speaker
		if len(articles) > 0 {
			doc["isPartOf"] = articles[0]
			doc["citation"] = articles
		}
	} else {
		doc["@type"] = "Claim"
		doc["author"] = speaker
		doc["appearance"] = articles
		if len(articles) > 0 {
			doc["firstAppearance"] = articles[0]
		}
	}
	if st.Said != nil {
		doc["dateCreated"] = st.Said.On
	}
	if len(about) > 0 {
		doc["about"] = about
	}
	return doc
}
