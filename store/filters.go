package store

import "strings"

// Filters for roles, positions and events, as StatementFilter is for
// statements: callers say what they want in fields, and only this file
// turns them into SQL. Zero fields do not filter; the order of the rows
// follows from the field that is set.

// RoleFilter selects roles.
type RoleFilter struct {
	PersonID       string // held by this person: current ones first, then newest start; undated ones in source order
	OrganizationID string // held in this organization (its members), by person name
}

// PositionFilter selects positions.
type PositionFilter struct {
	PersonID       string // held by this person, by topic name
	OrganizationID string // held by this organization, by topic name
	TopicTree      string // on this topic or any below it: the topic itself first, then by polarity
	Limit          int    // at most this many, the first in that order; 0 for all
}

// EventFilter selects the events someone took part in, oldest first.
type EventFilter struct {
	PersonID       string
	OrganizationID string
}

// clauses collects WHERE conditions and their arguments.
type clauses struct {
	where []string
	args  []any
}

func (c *clauses) add(cond string, args ...any) {
	c.where = append(c.where, cond)
	c.args = append(c.args, args...)
}

// sql renders the conditions as a WHERE clause ("" when there are none).
func (c *clauses) sql() string {
	if len(c.where) == 0 {
		return ""
	}
	return "\n WHERE " + strings.Join(c.where, "\n   AND ")
}

func (f RoleFilter) query() (string, []any) {
	var c clauses
	order := `r.end_kind = 'past', r.start_on DESC NULLS LAST, r.id`
	if f.PersonID != "" {
		c.add(`r.person_id = ?`, f.PersonID)
	}
	if f.OrganizationID != "" {
		c.add(`r.organization_id = ?`, f.OrganizationID)
		// members: current ones first, then by name
		order = `r.end_kind = 'past', p.name COLLATE NOCASE, r.start_on DESC NULLS LAST, r.id`
	}
	return selectRoles + c.sql() + "\n ORDER BY " + order, c.args
}

func (f PositionFilter) query() (string, []any) {
	var c clauses
	order, orderArgs := `t.name, ps.id`, []any(nil)
	if f.PersonID != "" {
		c.add(`ps.holder_person_id = ?`, f.PersonID)
	}
	if f.OrganizationID != "" {
		c.add(`ps.holder_org_id = ?`, f.OrganizationID)
	}
	if f.TopicTree != "" {
		// The topic itself first, then its subtopics by name; within a
		// topic from agreement to refusal, so that who supports and who
		// opposes sit next to each other.
		c.add(`ps.topic_id IN (`+topicTree+`)`, f.TopicTree)
		order = `ps.topic_id IS NOT ?, t.name, CASE ps.polarity WHEN 'supports' THEN 1 WHEN 'conditional' THEN 2 WHEN 'neutral' THEN 3
          WHEN 'demands' THEN 4 WHEN 'opposes' THEN 5 WHEN 'rejects' THEN 6 END, coalesce(p.name, o.name) COLLATE NOCASE, ps.id`
		orderArgs = []any{f.TopicTree}
	}
	if f.Limit > 0 {
		// The positions shown are chosen on their keys alone, so that the
		// full rows (passages, statement lists) are read for them only.
		args := append(append(append(append([]any{}, c.args...), orderArgs...), f.Limit), orderArgs...)
		return selectPositions + "\n WHERE ps.id IN (" + selectPositionKeys + c.sql() + "\n ORDER BY " + order +
			"\n LIMIT ?)\n ORDER BY " + order, args
	}
	return selectPositions + c.sql() + "\n ORDER BY " + order, append(c.args, orderArgs...)
}

func (f EventFilter) query() (string, []any) {
	var c clauses
	if f.PersonID != "" {
		c.add(`ep.person_id = ?`, f.PersonID)
	}
	if f.OrganizationID != "" {
		c.add(`ep.organization_id = ?`, f.OrganizationID)
	}
	return selectEvents + c.sql() + "\n ORDER BY e.held_on NULLS LAST, e.id", c.args
}
