package seed

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"kb/store"
)

var (
	dayRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	weekRE  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	monthRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
	yearRE  = regexp.MustCompile(`^\d{4}$`)
)

// date converts a written date, reporting malformed and impossible ones.
func date(r report, d dateNode, what string) *store.Date {
	if d.Text == "" {
		return nil
	}
	out := &store.Date{Inferred: d.Inferred, Basis: d.Basis}
	t := strings.TrimSpace(d.Text)
	switch {
	case dayRE.MatchString(t):
		if _, err := time.Parse("2006-01-02", t); err != nil {
			r.at(d.Pos, "%s %q is not a real date", what, t)
			return nil
		}
		out.On, out.Precision = t, "day"
	case weekRE.MatchString(t):
		m := weekRE.FindStringSubmatch(t)
		var year, week int
		fmt.Sscanf(m[1]+" "+m[2], "%d %d", &year, &week)
		monday, ok := isoWeekMonday(year, week)
		if !ok {
			r.at(d.Pos, "%s %q is not a real ISO week", what, t)
			return nil
		}
		out.On, out.Precision = monday, "week"
	case monthRE.MatchString(t):
		if _, err := time.Parse("2006-01", t); err != nil {
			r.at(d.Pos, "%s %q is not a real month", what, t)
			return nil
		}
		out.On, out.Precision = t, "month"
	case yearRE.MatchString(t):
		out.On, out.Precision = t, "year"
	default:
		r.at(d.Pos, "%s %q is not a date: write 2025-12-06, 2025-W49, 2026-01 or 2026", what, t)
		return nil
	}
	return out
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) (string, bool) {
	if w < 1 || w > 53 {
		return "", false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	monday := jan4.AddDate(0, 0, -offset+(w-1)*7)
	if yy, ww := monday.ISOWeek(); yy != y || ww != w {
		return "", false
	}
	return monday.Format("2006-01-02"), true
}

// dateAfter reports whether a is certainly after b, comparing at the
// coarser of the two precisions.
func dateAfter(a, b *store.Date) bool {
	if a == nil || b == nil {
		return false
	}
	n := min(len(a.On), len(b.On))
	return a.On[:n] > b.On[:n]
}
