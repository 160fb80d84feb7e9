// Package checked holds the tests of package extract that need the
// fact-file checker (kb/seed) and the database (kb/store): drafts accepted
// by `kb check`, and drafts scored against curated fact files. They live
// apart so that extract's own test binary does not link SQLite, which
// keeps a mutation run of extract affordable (docs/testing.md). The
// package has no code.
package checked
