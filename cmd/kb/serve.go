package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"kb/store"
	"kb/web"
)

type serveOptions struct {
	app     *app
	addr    string
	grace   time.Duration
	cacheMB int
}

func newServeCmd(a *app) *cobra.Command {
	opts := &serveOptions{app: a}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the knowledge base as a read-only web site with JSON and CSV",
		Long: `serve answers HTTP on --addr (127.0.0.1:8080 unless told otherwise) with a
page for every person, organization, topic, territory, source and statement,
linked to each other; full-text search; and a read-only SQL console (1 s
limit, 1,000 rows). Every page is also JSON at .json and, where it is a
list, CSV at .csv: the documents of -o json and -o csv (docs/serve.md).

The database is opened read-only; facts that another kb loads meanwhile
show on the next request. Ctrl-C (SIGINT) or SIGTERM stops it after the
requests in flight are answered.`,
		Example: `  kb serve
  kb serve --addr 127.0.0.1:9000 --db team.db`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on; give 0.0.0.0:PORT to serve other machines")
	cmd.Flags().IntVar(&opts.cacheMB, "cache-mb", 32, "memory for rendered pages, each kept until the database changes (0 for none)")
	cmd.Flags().DurationVar(&opts.grace, "grace", 10*time.Second, "on SIGINT or SIGTERM, how long requests in flight may take to finish")
	return cmd
}

func (o *serveOptions) run(cmd *cobra.Command) error {
	if o.cacheMB < 0 {
		return usagef("--cache-mb must not be negative")
	}
	// Listen first: a bad --addr is refused before a database is created.
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		// net's "listen tcp: " says nothing to a user; what follows does
		msg := err.Error()
		if op := (*net.OpError)(nil); errors.As(err, &op) {
			msg = op.Err.Error()
		}
		return usagef("cannot listen on %s: %s (--addr takes HOST:PORT, such as 127.0.0.1:8080)", o.addr, msg)
	}
	defer ln.Close() // closed already by Shutdown, unless something below fails
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// openDB creates the database with the seed when there is none and
	// checks its schema; the server then reads through its own read-only
	// connections only.
	rw, err := o.app.openDB(ctx)
	if err != nil {
		return err
	}
	path := rw.Path()
	rw.Close()
	o.app.db = nil
	db, err := store.OpenReader(ctx, path, 2*runtime.GOMAXPROCS(0)+1) // +1: the change watcher
	if err != nil {
		return err
	}
	defer db.Close()
	cacheBytes := o.cacheMB << 20
	if cacheBytes == 0 {
		cacheBytes = -1 // none
	}
	srv, err := web.New(ctx, db, web.Options{ErrorLog: o.app.io.Err, CacheBytes: cacheBytes})
	if err != nil {
		return err
	}
	defer srv.Close()

	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Fprintf(o.app.io.Err, "kb: serving %s read-only at http://%s/ (Ctrl-C stops)\n", path, ln.Addr())
	if !addr.IP.IsLoopback() {
		fmt.Fprintf(o.app.io.Err, "kb: %s is reachable from other machines\n", ln.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	stop() // a second Ctrl-C kills at once
	fmt.Fprintln(o.app.io.Err, "kb: stopping: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), o.grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("stopping the server: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
