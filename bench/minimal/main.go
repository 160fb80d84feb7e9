// Command minimal runs the SQL of a file through modernc.org/sqlite and
// prints every row, and nothing else: the benchmark's second reference, so
// that kb's own overhead (cobra, name resolution, formatting) shows apart
// from the driver's.
//
//	minimal DB FILE.sql
package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"os"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: minimal DB FILE.sql")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}

func run(dbPath, sqlPath string) error {
	text, err := os.ReadFile(sqlPath)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+dbPath+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	// statements are separated by a semicolon at the end of a line
	for _, q := range strings.Split(string(text), ";\n") {
		if strings.TrimSpace(stripComments(q)) == "" {
			continue
		}
		if err := query(db, w, q); err != nil {
			return fmt.Errorf("%w\n%s", err, q)
		}
	}
	return nil
}

func query(db *sql.DB, w *bufio.Writer, q string) error {
	rows, err := db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]sql.RawBytes, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, v := range vals {
			if i > 0 {
				w.WriteByte('|')
			}
			w.Write(v)
		}
		w.WriteByte('\n')
	}
	return rows.Err()
}

func stripComments(q string) string {
	var b strings.Builder
	for _, line := range strings.Split(q, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			b.WriteString(line)
		}
	}
	return b.String()
}
