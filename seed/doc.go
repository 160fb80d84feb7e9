// Package seed owns the fact-file format (docs/fact-files.md): YAML files,
// written by hand, that record who said what in one source with the
// passages of its body that show it. It decodes them with every problem at
// its file:line:column, checks them against each other and the database
// (quotes found in the body, ids that refer to something, dates that
// exist, parents without cycles), turns them into store facts for an
// all-or-nothing load, and writes the database back out in the same
// format. It also embeds the fact files kb ships with, and their schema.
package seed
