// Package migrations holds kb's schema as plain goose SQL files. They are
// embedded so the binary migrates in-process, and they stay ordinary files so
// the stock goose CLI can run the same folder.
package migrations

import "embed"

// FS is the folder of numbered migrations, in goose's file format.
//
//go:embed *.sql
var FS embed.FS
