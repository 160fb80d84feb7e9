// Command kb is a knowledge base of who said what: people, their roles,
// their statements with provenance, positions and territory control, in a
// SQLite database that plain SQL can query too.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], newSystemIO())
	stop()
	os.Exit(code)
}
