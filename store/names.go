package store

import "kb/internal/names"

// The name folding lives in kb/internal/names, so that packages that do not
// touch the database (extract) use it without linking SQLite. These keep
// the store's callers and other branches working.

// Normalize folds a name for exact lookup (see names.Normalize).
func Normalize(s string) string { return names.Normalize(s) }

// Fold folds transliteration variants of a normalized name (see names.Fold).
func Fold(normalized string) string { return names.Fold(normalized) }

// Suggest returns up to most of the candidates closest to query (see names.Suggest).
func Suggest(query string, candidates []string, most int) []string {
	return names.Suggest(query, candidates, most)
}

// MatchForm maps quote and space variants to one form (see names.MatchForm).
func MatchForm(s string) string { return names.MatchForm(s) }
