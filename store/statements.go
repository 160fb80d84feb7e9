package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
)

// StatementFilter selects statements. Zero fields do not filter.
type StatementFilter struct {
	PersonID       string   // said by this person
	OrganizationID string   // said by this organization, or by a person on its behalf
	PartsOf        string   // said by an organization below this one (at any depth), or on behalf of one
	MentionsPerson string   // naming this person (statement_mentions)
	MentionsOrg    string   // naming this organization (statement_mentions)
	TopicIDs       []string // about any of these topics (callers expand subtopics)
	TopicTree      string   // about this topic or any topic below it
	SourceID       string   // appearing in this source
	Kind           string   // direct or reported
	Since, Until   string   // said (or, when unknown, published) within these dates, inclusive
	IDs            []string // exactly these
	Limit          int      // at most this many; 0 for all
	Offset         int      // skip this many first (with the order above)
}

// The date a statement is ordered and filtered by: when it was said, or
// else when its source was published.
const statementWhen = `coalesce(s.said_on, src.published_on)`

// The last day of that date's span where it is a week (stored as its
// Monday); months and years compare as prefixes.
const statementWhenLast = `CASE WHEN coalesce(s.said_precision, src.published_precision) = 'week'
       THEN date(` + statementWhen + `, '+6 days') ELSE ` + statementWhen + ` END`

// topicTree lists a topic and every topic below it. UNION rather than
// UNION ALL so that a cycle, which the loader refuses anyway, still ends.
const topicTree = `WITH RECURSIVE tree(id) AS (
    SELECT id FROM topics WHERE id = ?
    UNION
    SELECT t.id FROM topics t JOIN tree ON t.parent_id = tree.id)
  SELECT id FROM tree`

// orgParts lists the organizations below one, at any depth (the Kremlin
// below Russia), not the organization itself.
const orgParts = `WITH RECURSIVE parts(id) AS (
    SELECT id FROM organizations WHERE parent_id = ?
    UNION
    SELECT o.id FROM organizations o JOIN parts ON o.parent_id = parts.id)
  SELECT id FROM parts`

const selectStatements = `
SELECT s.id, s.kind, s.text, s.cue, s.said_on, s.said_precision, s.said_inferred, s.said_basis, s.setting,
       s.setting_inferred, s.setting_basis, s.paraphrase,
       CASE WHEN s.speaker_person_id IS NOT NULL THEN 'person' ELSE 'organization' END,
       coalesce(s.speaker_person_id, s.speaker_org_id), coalesce(p.name, o.name),
       bo.id, bo.name, e.id, e.name, e.kind,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis
  FROM statements s
  JOIN sources src ON src.id = s.source_id
  LEFT JOIN people p ON p.id = s.speaker_person_id
  LEFT JOIN organizations o ON o.id = s.speaker_org_id
  LEFT JOIN organizations bo ON bo.id = s.on_behalf_of_id
  LEFT JOIN events e ON e.id = s.event_id`

// Details fetched for a page of statements at once, keyed by statement id.
const (
	selectStatementRoles = `
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each(?))`
	selectStatementTopics = `
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each(?))
 ORDER BY t.name`
	selectStatementAppearances = `
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each(?))
 ORDER BY src.published_on, src.id, a.evidence_start`
)

// Statements lists the statements that match f, newest first (by the date
// said, or else published), each with the speaker's role at the time, its
// topics and every passage where it appears.
func (db *DB) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	var out []Statement
	err := db.lookupTx(ctx, func(tx execer) error {
		var err error
		out, err = findStatements(ctx, tx, f)
		return err
	})
	return out, wrapSQL(err)
}

func findStatements(ctx context.Context, tx execer, f StatementFilter) ([]Statement, error) {
	var where []string
	var args []any
	if f.PersonID != "" {
		where = append(where, `s.speaker_person_id = ?`)
		args = append(args, f.PersonID)
	}
	if f.OrganizationID != "" {
		where = append(where, `(s.speaker_org_id = ? OR s.on_behalf_of_id = ?)`)
		args = append(args, f.OrganizationID, f.OrganizationID)
	}
	if f.PartsOf != "" {
		where = append(where, `(s.speaker_org_id IN (`+orgParts+`) OR s.on_behalf_of_id IN (`+orgParts+`))`)
		args = append(args, f.PartsOf, f.PartsOf)
	}
	if f.MentionsPerson != "" {
		where = append(where, `s.id IN (SELECT statement_id FROM statement_mentions WHERE person_id = ?)`)
		args = append(args, f.MentionsPerson)
	}
	if f.MentionsOrg != "" {
		where = append(where, `s.id IN (SELECT statement_id FROM statement_mentions WHERE organization_id = ?)`)
		args = append(args, f.MentionsOrg)
	}
	if len(f.TopicIDs) > 0 {
		where = append(where, `s.id IN (SELECT statement_id FROM statement_topics WHERE topic_id IN (SELECT value FROM json_each(?)))`)
		args = append(args, jsonArray(f.TopicIDs))
	}
	if f.TopicTree != "" {
		where = append(where, `s.id IN (SELECT statement_id FROM statement_topics WHERE topic_id IN (`+topicTree+`))`)
		args = append(args, f.TopicTree)
	}
	if f.SourceID != "" {
		where = append(where, `s.id IN (SELECT statement_id FROM statement_appearances WHERE source_id = ?)`)
		args = append(args, f.SourceID)
	}
	if f.Kind != "" {
		where = append(where, `s.kind = ?`)
		args = append(args, f.Kind)
	}
	// Dates compare at the coarser of the two precisions, so a statement
	// whose span overlaps the range counts: "2025-12" is within
	// --until 2025-12-06, and "2025-12-06" within --until 2025-12.
	if f.Since != "" {
		where = append(where, `substr(?, 1, length(`+statementWhenLast+`)) <= substr(`+statementWhenLast+`, 1, length(?))`)
		args = append(args, f.Since, f.Since)
	}
	if f.Until != "" {
		where = append(where, `substr(`+statementWhen+`, 1, length(?)) <= substr(?, 1, length(`+statementWhen+`))`)
		args = append(args, f.Until, f.Until)
	}
	if f.IDs != nil {
		where = append(where, `s.id IN (SELECT value FROM json_each(?))`)
		args = append(args, jsonArray(f.IDs))
	}
	const order = "\n ORDER BY " + statementWhen + " DESC NULLS LAST, src.id, s.position"
	cond := ""
	if len(where) > 0 {
		cond = "\n WHERE " + strings.Join(where, "\n   AND ")
	}
	q := selectStatements + cond + order
	if f.Limit > 0 || f.Offset > 0 {
		// The page's ids first, sorting only what the order needs; the
		// whole rows and their joins only for the page. SQLite would
		// otherwise build every matching row before its top-N sort keeps
		// a few: half the time on a topic with 40,000 statements.
		limit := f.Limit
		if limit <= 0 {
			limit = -1 // SQLite's "no limit", which OFFSET needs
		}
		q = selectStatements + "\n WHERE s.id IN (SELECT s.id FROM statements s JOIN sources src ON src.id = s.source_id" +
			cond + order + "\n LIMIT ? OFFSET ?)" + order
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Statement{}
	index := map[string]int{}
	for rows.Next() {
		var s Statement
		var cue, saidOn, saidPrec, saidBasis, setting, settingBasis, boID, boName, evID, evName, evKind sql.NullString
		var pubOn, pubPrec, pubBasis, srcTitle sql.NullString
		var saidInf, pubInf sql.NullInt64
		var speakerKind string
		if err := rows.Scan(&s.ID, &s.Kind, &s.Text, &cue, &saidOn, &saidPrec, &saidInf, &saidBasis, &setting,
			&s.SettingInferred, &settingBasis, &s.Paraphrase, &speakerKind, &s.Speaker.ID, &s.Speaker.Name, &boID, &boName, &evID, &evName, &evKind,
			&s.Source.ID, &srcTitle, &pubOn, &pubPrec, &pubInf, &pubBasis); err != nil {
			return nil, err
		}
		s.Speaker.Kind = Kind(speakerKind)
		s.Cue, s.Setting, s.SettingBasis = nullString(cue), nullString(setting), nullString(settingBasis)
		s.Said = nullDate(saidOn, saidPrec, saidInf, saidBasis)
		s.OnBehalfOf = nullEntity(KindOrganization, boID, boName)
		s.Event = nullEntity(KindEvent, evID, evName)
		s.EventKind = evKind.String
		s.Source.Title = srcTitle.String
		s.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		s.Topics, s.Appearances = []Entity{}, []Appearance{}
		index[s.ID] = len(out)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]string, len(out))
	for i, s := range out {
		ids[i] = s.ID
	}
	return out, fillStatementDetails(ctx, tx, out, index, jsonArray(ids))
}

func fillStatementDetails(ctx context.Context, tx execer, out []Statement, index map[string]int, ids string) error {
	rows, err := tx.QueryContext(ctx, selectStatementRoles, ids)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, title string
		var orgID, orgName sql.NullString
		if err := rows.Scan(&id, &title, &orgID, &orgName); err != nil {
			rows.Close()
			return err
		}
		out[index[id]].SpeakerRole = &RoleAt{Title: title, Organization: nullEntity(KindOrganization, orgID, orgName)}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	rows, err = tx.QueryContext(ctx, selectStatementTopics, ids)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		t := Entity{Kind: KindTopic}
		if err := rows.Scan(&id, &t.ID, &t.Name); err != nil {
			rows.Close()
			return err
		}
		out[index[id]].Topics = append(out[index[id]].Topics, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	rows, err = tx.QueryContext(ctx, selectStatementAppearances, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var a Appearance
		var title, pubOn, pubPrec, pubBasis, wording sql.NullString
		var pubInf sql.NullInt64
		if err := rows.Scan(&id, &a.Source.ID, &title, &pubOn, &pubPrec, &pubInf, &pubBasis,
			&a.Span.Start, &a.Span.End, &a.Passage, &wording); err != nil {
			return err
		}
		if wording.Valid {
			a.Wording = &wording.String
		}
		a.Source.Title = title.String
		a.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		out[index[id]].Appearances = append(out[index[id]].Appearances, a)
	}
	return rows.Err()
}

func jsonArray(ids []string) string {
	if ids == nil {
		ids = []string{}
	}
	b, _ := json.Marshal(ids)
	return string(b)
}
