package store

import (
	"context"
	"database/sql"
	"errors"
)

// ControlFigure is one reported figure of who controls, or claims, how
// much of a territory, as of a date.
type ControlFigure struct {
	ID         int64     `json:"id"`
	Territory  Entity    `json:"territory"`
	Within     *Entity   `json:"within"` // the territory's parent
	Depth      int       `json:"depth"`  // levels below the territory asked for, or below a root
	Controller Entity    `json:"controller"`
	Kind       string    `json:"kind"`        // control or claim
	Share      *float64  `json:"share"`       // percent; null when the source gives no number
	ShareBound *string   `json:"share_bound"` // exact, more_than, about, less_than; null with share
	Qualifier  *string   `json:"qualifier"`   // the words as reported: "over 80%", "small parts"
	AsOf       *Date     `json:"as_of"`
	Note       *string   `json:"note"`
	Source     SourceRef `json:"source"`
	Span       Span      `json:"span"`
	Evidence   string    `json:"evidence"`
}

// TerritoryNode is a territory inside another, with its depth below it.
type TerritoryNode struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Depth int    `json:"depth"`
}

// Territory is a territory with everything inside it.
type Territory struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Kind     string          `json:"kind"`
	Parent   *Entity         `json:"parent"`
	Aliases  []string        `json:"aliases"`
	Contains []TerritoryNode `json:"contains"` // depth first, by name
}

const (
	selectTerritory = `
SELECT t.id, t.name, t.kind, pt.id, pt.name
  FROM territories t LEFT JOIN territories pt ON pt.id = t.parent_id
 WHERE t.id = ?`
	selectTerritoryAliases = `SELECT alias FROM territory_aliases WHERE territory_id = ? AND alias <> (SELECT name FROM territories WHERE id = ?) ORDER BY alias`

	// territoryTree walks down from the territory given, or from every
	// root when it is NULL; path orders the walk depth first by name.
	territoryTree = `WITH RECURSIVE tree(id, depth, path) AS (
    SELECT id, 0, name FROM territories WHERE (?1 IS NULL AND parent_id IS NULL) OR id = ?1
    UNION
    SELECT t.id, tree.depth + 1, tree.path || char(31) || t.name
      FROM territories t JOIN tree ON t.parent_id = tree.id
     WHERE tree.depth < 100)`
	selectTerritoryContents = territoryTree + `
SELECT t.id, t.name, t.kind, tree.depth
  FROM tree JOIN territories t ON t.id = tree.id
 WHERE tree.depth > 0
 ORDER BY tree.path`

	selectControlColumns = `
SELECT c.id, t.id, t.name, pt.id, pt.name, o.id, o.name, c.kind, c.share, c.share_bound, c.qualifier,
       c.as_of, c.as_of_precision, c.as_of_inferred, c.as_of_basis, c.note,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       c.evidence_start, c.evidence_end,
       substr(src.body, c.evidence_start + 1, c.evidence_end - c.evidence_start)`
	controlJoins = `
  JOIN territories t ON t.id = c.territory_id
  LEFT JOIN territories pt ON pt.id = t.parent_id
  JOIN organizations o ON o.id = c.controller_id
  JOIN sources src ON src.id = c.source_id`
	// Figures in a territory's tree: the territory first, then what is
	// inside it depth first; control before claims; newest first.
	selectControlInTree = territoryTree + selectControlColumns + `, tree.depth
  FROM territory_control c
  JOIN tree ON tree.id = c.territory_id` + controlJoins + `
 ORDER BY tree.path, c.kind = 'claim', c.as_of DESC NULLS LAST, o.name, c.id`
	selectControlByController = selectControlColumns + `, 0
  FROM territory_control c` + controlJoins + `
 WHERE c.controller_id = ?
 ORDER BY t.name, c.kind = 'claim', c.as_of DESC NULLS LAST, c.id`
)

// Territory returns the territory with id, what it contains, and the
// control figures for it and everything inside it.
func (db *DB) Territory(ctx context.Context, id string) (*Territory, []ControlFigure, error) {
	var t Territory
	var figures []ControlFigure
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var pID, pName sql.NullString
		err := tx.QueryRowContext(ctx, selectTerritory, id).Scan(&t.ID, &t.Name, &t.Kind, &pID, &pName)
		if errors.Is(err, sql.ErrNoRows) {
			return Errorf(ENOTFOUND, "no territory with id %q", id)
		}
		if err != nil {
			return err
		}
		t.Parent = nullEntity(KindTerritory, pID, pName)
		if t.Aliases, err = queryStrings(ctx, tx, selectTerritoryAliases, id, id); err != nil {
			return err
		}
		if t.Contains, err = findTerritoryContents(ctx, tx, id); err != nil {
			return err
		}
		figures, err = findControl(ctx, tx, selectControlInTree, id)
		return err
	})
	if err != nil {
		return nil, nil, wrapSQL(err)
	}
	return &t, figures, nil
}

// ControlFigures lists every control figure, territory by territory down
// the containment tree.
func (db *DB) ControlFigures(ctx context.Context) ([]ControlFigure, error) {
	var out []ControlFigure
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = findControl(ctx, tx, selectControlInTree, nil)
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

func findTerritoryContents(ctx context.Context, tx *sql.Tx, id string) ([]TerritoryNode, error) {
	rows, err := tx.QueryContext(ctx, selectTerritoryContents, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []TerritoryNode{}
	for rows.Next() {
		var n TerritoryNode
		if err := rows.Scan(&n.ID, &n.Name, &n.Kind, &n.Depth); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func findControl(ctx context.Context, tx execer, query string, arg any) ([]ControlFigure, error) {
	rows, err := tx.QueryContext(ctx, query, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ControlFigure{}
	for rows.Next() {
		var c ControlFigure
		var pID, pName, bound, qual, asOn, asPrec, asBasis, note sql.NullString
		var srcTitle, pubOn, pubPrec, pubBasis sql.NullString
		var asInf, pubInf sql.NullInt64
		var share sql.NullFloat64
		c.Territory.Kind, c.Controller.Kind = KindTerritory, KindOrganization
		if err := rows.Scan(&c.ID, &c.Territory.ID, &c.Territory.Name, &pID, &pName, &c.Controller.ID, &c.Controller.Name,
			&c.Kind, &share, &bound, &qual, &asOn, &asPrec, &asInf, &asBasis, &note,
			&c.Source.ID, &srcTitle, &pubOn, &pubPrec, &pubInf, &pubBasis,
			&c.Span.Start, &c.Span.End, &c.Evidence, &c.Depth); err != nil {
			return nil, err
		}
		c.Within = nullEntity(KindTerritory, pID, pName)
		if share.Valid {
			v := share.Float64
			c.Share = &v
		}
		c.ShareBound, c.Qualifier, c.Note = nullString(bound), nullString(qual), nullString(note)
		c.AsOf = nullDate(asOn, asPrec, asInf, asBasis)
		c.Source.Title = srcTitle.String
		c.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		out = append(out, c)
	}
	return out, rows.Err()
}
