package store

import (
	"database/sql"
	"encoding/json"
)

// nullDate builds a *Date from its nullable columns.
func nullDate(on, precision sql.NullString, inferred sql.NullInt64, basis sql.NullString) *Date {
	if !on.Valid {
		return nil
	}
	return &Date{On: on.String, Precision: precision.String, Inferred: inferred.Int64 == 1, Basis: basis.String}
}

func nullString(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}

func nullEntity(kind Kind, id, name sql.NullString) *Entity {
	if !id.Valid {
		return nil
	}
	return &Entity{Kind: kind, ID: id.String, Name: name.String}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
