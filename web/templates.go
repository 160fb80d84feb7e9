package web

import (
	"html/template"
	"strings"

	"kb/internal/render"
	"kb/store"
)

// pageNames are the templates in templates/, each rendered inside
// layout.html.
var pageNames = []string{"home", "people", "person", "orgs", "org", "topics", "topic", "territories", "territory",
	"sources", "source", "statement", "search", "sql", "error"}

var funcs = template.FuncMap{
	"entityURL":    entityURL,
	"statementURL": statementURL,
	"sourceURL":    sourceURL,
	"passageURL":   passageURL,
	"queryURL":     queryURL,
	"date":         dateText,
	"role":         render.RoleText,
	"speakerRole":  render.SpeakerRole,
	"figure":       render.FigureText,
	"snippet":      snippetHTML,
	"deref":        deref,
	"cell":         func(v any) string { return render.Cell(v, "") },
	"isNull":       func(v any) bool { return v == nil },
	"indent":       func(depth int) string { return strings.Repeat("\u00a0\u00a0\u00a0", depth) },
	"person":       func() store.Kind { return store.KindPerson },
	"first": func(ss []string) string {
		if len(ss) == 0 {
			return ""
		}
		return ss[0]
	},
}

func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}
