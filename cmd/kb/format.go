package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"kb/store"
)

// outputFormat is the value of -o/--format.
type outputFormat string

const (
	formatTable outputFormat = "table"
	formatJSON  outputFormat = "json"
	formatCSV   outputFormat = "csv"
)

func (f *outputFormat) String() string { return string(*f) }
func (f *outputFormat) Type() string   { return "format" }
func (f *outputFormat) Set(v string) error {
	switch outputFormat(v) {
	case formatTable, formatJSON, formatCSV:
		*f = outputFormat(v)
		return nil
	}
	return fmt.Errorf("must be table, json or csv, not %q", v)
}

// addFormatFlag gives a command the -o/--format flag, table by default.
func addFormatFlag(cmd *cobra.Command, f *outputFormat) {
	*f = formatTable
	cmd.Flags().VarP(f, "format", "o", "output format: table, json or csv")
}

// writeJSON writes v as indented JSON with a trailing newline. HTML is not
// escaped: quotes are data here.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeCSV writes a header and rows as RFC 4180 CSV.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// dateText renders a date for people: "2025-12-06 (inferred)".
func dateText(d *store.Date) string { return dateMarked(d, " (inferred)") }

// dateMarked renders a date with mark after it when it is inferred; a date
// known to the week is "week of" its Monday.
func dateMarked(d *store.Date, mark string) string {
	if d == nil {
		return ""
	}
	s := d.On
	if d.Precision == "week" {
		s = "week of " + d.On
	}
	if d.Inferred {
		s += mark
	}
	return s
}

// datePreposition is "on" a day and "in" a week, month or year, so that
// prose reads "said in the week of 2025-12-01".
func datePreposition(d *store.Date) string {
	switch d.Precision {
	case "day":
		return "on"
	case "week":
		return "in the"
	}
	return "in"
}

func dateOn(d *store.Date) string {
	if d == nil {
		return ""
	}
	return d.On
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func entityName(e *store.Entity) string {
	if e == nil {
		return ""
	}
	return e.Name
}

func topicNames(ts []store.Entity) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return strings.Join(names, ", ")
}

// wrap breaks text into lines of at most width runes, at spaces.
func wrap(text string, width int) []string {
	if width < 1 {
		width = 1
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width:
				lines = append(lines, line)
				line = word
			default:
				line += " " + word
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// printWrapped writes text wrapped to width after a first-line prefix;
// the lines after the first hang at the prefix's width.
func printWrapped(w io.Writer, prefix, text string, width int) {
	hang := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	for i, l := range wrap(text, max(20, width-len(hang))) {
		if i == 0 {
			fmt.Fprintf(w, "%s%s\n", prefix, l)
		} else {
			fmt.Fprintf(w, "%s%s\n", hang, l)
		}
	}
}

// styles for the table format; empty when colour is off.
type styles struct{ bold, dim, reset string }

func (s *ioStreams) styles() styles {
	if !s.color() {
		return styles{}
	}
	return styles{bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m"}
}
