package extract

import (
	"fmt"
	"time"
)

// Relative dates are resolved against the publication date and always
// marked inferred, with the words and the rule in the basis.

// monthIn reads "in January" and resolves it: forward (the next such
// month) when the clause speaks of what is to come, else back.
func (x *extractor) monthIn(toks []tok, future bool) (*Date, bool) {
	if !x.isPub {
		return nil, false
	}
	for i := 0; i+1 < len(toks); i++ {
		if lower(toks[i]) != "in" {
			continue
		}
		m := monthIndex(lower(toks[i+1]))
		if m < 0 {
			continue
		}
		y := x.pub.Year()
		pm := int(x.pub.Month()) - 1
		switch {
		case future && m < pm: // the article's own month is this one ("steps down in December", written on December 10)
			y++
		case !future && m > pm:
			y--
		}
		dir := "the next"
		if !future {
			dir = "the last"
		}
		return &Date{On: fmt.Sprintf("%d-%02d", y, m+1), Basis: fmt.Sprintf("“in %s”: %s %s from the article of %s", toks[i+1].text, dir, toks[i+1].text, x.opt.Published)}, true
	}
	return nil, false
}

func monthIndex(w string) int {
	for i, m := range months {
		if m == w {
			return i
		}
	}
	return -1
}

func weekdayIndex(w string) int {
	for i, d := range weekdays {
		if d == w {
			return i
		}
	}
	return -1
}

// relativeDate finds a date word among toks (outside quotes and outside
// the claim), for the date a statement was made. An attributive weekday
// ("a Saturday call") dates the thing, not the statement, and is skipped.
func (x *extractor) relativeDate(toks []tok, skip func(i int) bool, future bool) (*Date, bool) {
	if !x.isPub {
		return nil, false
	}
	pub := x.opt.Published
	for i := 0; i < len(toks); i++ {
		if skip(i) {
			continue
		}
		w := lower(toks[i])
		prev := ""
		if i > 0 {
			prev = lower(toks[i-1])
		}
		next := ""
		if i+1 < len(toks) {
			next = lower(toks[i+1])
		}
		switch {
		case w == "yesterday":
			return &Date{On: x.pub.AddDate(0, 0, -1).Format("2006-01-02"), Basis: fmt.Sprintf("“yesterday” in the article of %s", pub)}, true
		case w == "today" && prev != "of":
			return &Date{On: pub, Basis: fmt.Sprintf("“today” in the article of %s", pub)}, true
		case w == "last" && next == "week":
			y, wk := x.pub.AddDate(0, 0, -7).ISOWeek()
			return &Date{On: fmt.Sprintf("%d-W%02d", y, wk), Basis: fmt.Sprintf("“last week” in the article of %s: the ISO week seven days before", pub)}, true
		case w == "this" && next == "week":
			y, wk := x.pub.ISOWeek()
			return &Date{On: fmt.Sprintf("%d-W%02d", y, wk), Basis: fmt.Sprintf("“this week” in the article of %s", pub)}, true
		case w == "last" && next == "month":
			m := time.Date(x.pub.Year(), x.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			return &Date{On: m.Format("2006-01"), Basis: fmt.Sprintf("“last month” in the article of %s", pub)}, true
		case weekdayIndex(w) >= 0 && !toks[i].surname:
			if prev == "a" || prev == "an" || prev == "the" || prev == "every" {
				continue // attributive: "a Saturday call"
			}
			target := weekdayIndex(w)
			cur := int(x.pub.Weekday())
			var d time.Time
			var how string
			if future || prev == "next" {
				delta := (target - cur + 7) % 7
				if delta == 0 {
					delta = 7
				}
				d, how = x.pub.AddDate(0, 0, delta), "the next"
			} else {
				delta := (cur - target + 7) % 7
				if delta == 0 {
					delta = 7
				}
				d, how = x.pub.AddDate(0, 0, -delta), "the last"
			}
			return &Date{On: d.Format("2006-01-02"), Basis: fmt.Sprintf("“%s”: %s %s from the article of %s (%s)", toks[i].text, how, toks[i].text, pub, x.pub.Weekday())}, true
		}
	}
	return nil, false
}
