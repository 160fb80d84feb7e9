package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"kb/internal/render"
	"kb/store"
)

// homeDoc is the JSON of the home page.
type homeDoc struct {
	Counts     store.Counts      `json:"counts"`
	Statements []store.Statement `json:"statements"` // the 10 loaded last, newest first
}

func (s *Server) home(r *request) error {
	ctx := r.Context()
	c, err := s.db.Count(ctx)
	if err != nil {
		return err
	}
	sts, err := s.db.RecentStatements(ctx, 10)
	if err != nil {
		return err
	}
	doc := homeDoc{Counts: c, Statements: sts}
	return r.respond(view{Page: "home", Title: "Who said what", Section: "home", Data: doc}, doc, nil)
}

// resolveName answers a page asked for by a name rather than an id: a
// name that resolves is redirected to its page; one that does not is 404
// with the nearest names, and the pages of other kinds that have it.
func (s *Server) resolveName(r *request, kind store.Kind, name string) error {
	ctx := r.Context()
	m, err := s.db.Resolve(ctx, name, kind)
	if err == nil {
		u := entityURL(store.Entity{Kind: m.Kind, ID: m.ID})
		if r.format != "html" {
			u += "." + r.format
		}
		if r.URL.RawQuery != "" {
			u += "?" + r.URL.RawQuery
		}
		http.Redirect(r.w, r.Request, u, http.StatusFound)
		return nil
	}
	var e *store.Error
	if !errors.As(err, &e) || e.Code != store.ENOTFOUND {
		return err
	}
	var sugg []link
	for _, c := range e.Candidates {
		sugg = append(sugg, link{c, entityURL(store.Entity{Kind: kind, ID: c})})
	}
	for _, other := range []store.Kind{store.KindPerson, store.KindOrganization, store.KindTopic, store.KindTerritory} {
		if other == kind {
			continue
		}
		if o, oerr := s.db.Resolve(ctx, name, other); oerr == nil {
			sugg = append([]link{{o.Name + " (" + string(o.Kind) + ")", entityURL(store.Entity{Kind: o.Kind, ID: o.ID})}}, sugg...)
		}
	}
	return notFound(e.Message, sugg)
}

// htmlListPage reads one page of a list for its HTML page: listPage rows
// unless the query asks for another limit.
func htmlListPage[T any](r *request, paged func(context.Context, store.Page) ([]T, int, error)) ([]T, pager, error) {
	p, err := r.pageParams()
	if err != nil {
		return nil, pager{}, err
	}
	if r.URL.Query().Get("limit") == "" {
		p.Limit = listPage
	}
	items, total, err := paged(r.Context(), p)
	if err != nil {
		return nil, pager{}, err
	}
	return items, r.pagerFor(p, len(items), total, listPage), nil
}

func (s *Server) people(r *request) error {
	if r.format == "html" {
		// Only the page is read: there may be tens of thousands.
		people, pg, err := htmlListPage(r, s.db.PeoplePaged)
		if err != nil {
			return err
		}
		data := struct {
			People []store.PersonSummary
			Pager  pager
		}{people, pg}
		return r.respond(view{Page: "people", Title: "People", Section: "people", Data: data}, nil, &render.Table{})
	}
	people, err := s.db.People(r.Context())
	if err != nil {
		return err
	}
	t := render.People(people)
	pg, shown, err := r.slice(len(people))
	if err != nil {
		return err
	}
	data := struct {
		People []store.PersonSummary
		Pager  pager
	}{people[shown[0]:shown[1]], pg}
	return r.respond(view{Page: "people", Title: "People", Section: "people", Data: data}, render.PeopleDoc{People: people}, &t)
}

func (s *Server) person(r *request) error {
	page, err := r.pageParams()
	if err != nil {
		return err
	}
	p, err := s.db.PersonPaged(r.Context(), r.id(), page)
	if store.IsNotFound(err) {
		return s.resolveName(r, store.KindPerson, r.id())
	}
	if err != nil {
		return err
	}
	t := render.PersonStatements(&p.Person)
	data := struct {
		*store.PersonPage
		Pager pager
	}{p, r.pager(page, len(p.Statements), p.Total)}
	return r.respond(view{Page: "person", Title: p.Name, Section: "people", Data: data}, p, &t)
}

func (s *Server) orgs(r *request) error {
	if r.format == "html" {
		// Only the page is read, as for people: counting every
		// organization's members and statements is the dear part.
		orgs, pg, err := htmlListPage(r, s.db.OrganizationsPaged)
		if err != nil {
			return err
		}
		data := struct {
			Orgs  []store.OrganizationSummary
			Pager pager
		}{orgs, pg}
		return r.respond(view{Page: "orgs", Title: "Organizations", Section: "orgs", Data: data}, nil, &render.Table{})
	}
	orgs, err := s.db.Organizations(r.Context())
	if err != nil {
		return err
	}
	t := render.Orgs(orgs)
	pg, shown, err := r.slice(len(orgs))
	if err != nil {
		return err
	}
	data := struct {
		Orgs  []store.OrganizationSummary
		Pager pager
	}{orgs[shown[0]:shown[1]], pg}
	return r.respond(view{Page: "orgs", Title: "Organizations", Section: "orgs", Data: data}, render.OrgsDoc{Organizations: orgs}, &t)
}

func (s *Server) org(r *request) error {
	page, err := r.pageParams()
	if err != nil {
		return err
	}
	o, err := s.db.OrganizationPaged(r.Context(), r.id(), page)
	if store.IsNotFound(err) {
		return s.resolveName(r, store.KindOrganization, r.id())
	}
	if err != nil {
		return err
	}
	t := render.OrgStatements(&o.Organization)
	data := struct {
		*store.OrganizationPage
		Pager pager
	}{o, r.pager(page, len(o.Statements), o.Total)}
	return r.respond(view{Page: "org", Title: o.Name, Section: "orgs", Data: data}, o, &t)
}

func (s *Server) topics(r *request) error {
	topics, err := s.db.Topics(r.Context())
	if err != nil {
		return err
	}
	t := render.Topics(topics)
	return r.respond(view{Page: "topics", Title: "Topics", Section: "topics", Data: topics}, render.TopicsDoc{Topics: topics}, &t)
}

func (s *Server) topic(r *request) error {
	page, err := r.pageParams()
	if err != nil {
		return err
	}
	positions, err := r.positionsParam()
	if err != nil {
		return err
	}
	tp, err := s.db.Topic(r.Context(), r.id(), store.TopicPage{Limit: page.Limit, Offset: page.Offset, Positions: positions})
	if store.IsNotFound(err) {
		return s.resolveName(r, store.KindTopic, r.id())
	}
	if err != nil {
		return err
	}
	var sts []store.Statement
	for _, g := range tp.Speakers {
		sts = append(sts, g.Statements...)
	}
	t := render.Statements(sts)
	data := struct {
		*store.Topic
		Pager        pager
		Shown        int
		AllPositions string // the same page with every position, when some are left out
	}{tp, r.pager(page, len(sts), tp.Total), len(sts), ""}
	if len(tp.Positions) < tp.PositionsTotal {
		u := *r.URL
		q := u.Query()
		q.Set("positions", "0")
		u.RawQuery = q.Encode()
		data.AllPositions = u.String()
	}
	return r.respond(view{Page: "topic", Title: tp.Name, Section: "topics", Data: data}, tp, &t)
}

func (s *Server) territories(r *request) error {
	figures, err := s.db.ControlFigures(r.Context())
	if err != nil {
		return err
	}
	t := render.Figures(figures)
	doc := render.TerritoryDoc{Figures: figures}
	return r.respond(view{Page: "territories", Title: "Territories", Section: "territories", Data: doc}, doc, &t)
}

func (s *Server) territory(r *request) error {
	tr, figures, err := s.db.Territory(r.Context(), r.id())
	if store.IsNotFound(err) {
		return s.resolveName(r, store.KindTerritory, r.id())
	}
	if err != nil {
		return err
	}
	t := render.Figures(figures)
	doc := render.TerritoryDoc{Territory: tr, Figures: figures}
	return r.respond(view{Page: "territory", Title: tr.Name, Section: "territories", Data: doc}, doc, &t)
}

func (s *Server) sources(r *request) error {
	if r.format == "html" {
		// Only the page is read, with its counts of facts.
		p, err := r.pageParams()
		if err != nil {
			return err
		}
		if r.URL.Query().Get("limit") == "" {
			p.Limit = listPage
		}
		srcs, total, err := s.db.SourcesPaged(r.Context(), p)
		if err != nil {
			return err
		}
		data := struct {
			Sources []store.SourceSummary
			Pager   pager
		}{srcs, r.pagerFor(p, len(srcs), total, listPage)}
		return r.respond(view{Page: "sources", Title: "Sources", Section: "sources", Data: data}, nil, &render.Table{})
	}
	srcs, err := s.db.Sources(r.Context())
	if err != nil {
		return err
	}
	t := render.Sources(srcs)
	pg, shown, err := r.slice(len(srcs))
	if err != nil {
		return err
	}
	data := struct {
		Sources []store.SourceSummary
		Pager   pager
	}{srcs[shown[0]:shown[1]], pg}
	return r.respond(view{Page: "sources", Title: "Sources", Section: "sources", Data: data}, render.SourcesDoc{Sources: srcs}, &t)
}

func (s *Server) source(r *request) error {
	ctx := r.Context()
	id := r.id()
	src, err := s.db.Source(ctx, id, true)
	if store.IsNotFound(err) {
		if _, rerr := s.db.ResolveSource(ctx, id); rerr != nil {
			var e *store.Error
			if errors.As(rerr, &e) && e.Code == store.ENOTFOUND {
				var sugg []link
				for _, c := range e.Candidates {
					sugg = append(sugg, link{c, sourceURL(c)})
				}
				return notFound(e.Message, sugg)
			}
			return rerr
		}
	}
	if err != nil {
		return err
	}
	row := render.SourceRow(src.SourceSummary)
	t := render.Table{Header: append(append([]string{}, render.SourceHeader...), "body"), Rows: [][]string{append(row, *src.Body)}}
	data := struct {
		*store.Source
		Segments []segment
	}{src, segments(*src.Body, src.Passages)}
	return r.respond(view{Page: "source", Title: sourceTitle(src.SourceSummary), Section: "sources", Data: data}, src, &t)
}

func sourceTitle(s store.SourceSummary) string {
	if s.Title != nil && *s.Title != "" {
		return *s.Title
	}
	return s.ID
}

func (s *Server) statement(r *request) error {
	ctx := r.Context()
	st, err := s.db.Statement(ctx, r.id())
	if e := (*store.Error)(nil); errors.As(err, &e) && e.Code == store.ENOTFOUND && len(e.Candidates) > 0 {
		var sugg []link
		for _, c := range e.Candidates {
			sugg = append(sugg, link{c, statementURL(c)})
		}
		return notFound(e.Message, sugg)
	}
	if err != nil {
		return err
	}
	// The sources that carry it, for their outlet and address.
	var carriers []store.SourceSummary
	seen := map[string]bool{}
	for _, a := range st.Appearances {
		if seen[a.Source.ID] {
			continue
		}
		seen[a.Source.ID] = true
		src, err := s.db.Source(ctx, a.Source.ID, false)
		if err != nil {
			return err
		}
		carriers = append(carriers, src.SourceSummary)
	}
	data := struct {
		*store.Statement
		Sources []store.SourceSummary
	}{st, carriers}
	v := view{Page: "statement", Title: "Statement by " + st.Speaker.Name, Data: data, JSONLD: jsonLD(st, carriers)}
	return r.respond(v, st, nil)
}

// searchView is the search page.
type searchView struct {
	Query string
	Raw   bool
	Limit int
	More  string // the address of more hits, when the limit was reached
	Hits  []store.SearchHit
}

func (s *Server) search(r *request) error {
	q := r.URL.Query()
	query := q.Get("q")
	raw := q.Get("raw") != ""
	if len(query) > maxSearchBytes {
		return badRequest("the search is %d bytes long; at most %d", len(query), maxSearchBytes)
	}
	limit := 20
	if q.Get("limit") != "" {
		p, err := r.pageParams()
		if err != nil {
			return err
		}
		limit = p.Limit
	}
	v := searchView{Query: query, Raw: raw, Limit: limit, Hits: []store.SearchHit{}}
	if strings.TrimSpace(query) != "" {
		mark := [2]string{}
		if r.format == "html" {
			mark = [2]string{markOpen, markClose}
		}
		hits, err := s.db.Search(r.Context(), store.SearchOptions{Query: query, Raw: raw, Limit: limit, Mark: mark})
		if err != nil {
			return err
		}
		v.Hits = hits
		if len(hits) == limit && limit < r.s.opts.MaxLimit {
			u := *r.URL
			q := u.Query()
			q.Set("limit", strconv.Itoa(min(limit*5, r.s.opts.MaxLimit)))
			u.RawQuery = q.Encode()
			v.More = u.String()
		}
	} else if r.format != "html" {
		return badRequest("nothing to search for: give ?q=words")
	}
	t := render.Search(v.Hits)
	return r.respond(view{Page: "search", Title: "Search", Section: "search", Query: query, Data: v},
		render.SearchDoc{Query: query, Raw: raw, Hits: v.Hits}, &t)
}

// maxSearchBytes bounds a search; no real search is near it.
const maxSearchBytes = 2000

// queryURL is the page of a query, for links.
func queryURL(path, q string) string {
	return path + "?" + url.Values{"q": {q}}.Encode()
}
