package store

import (
	"errors"
	"fmt"
)

// Code classifies an error so the CLI can choose an exit code and a message
// without inspecting error strings.
type Code string

const (
	// ENOTFOUND: the thing asked for does not exist.
	ENOTFOUND Code = "not_found"
	// EAMBIGUOUS: a name matches more than one thing.
	EAMBIGUOUS Code = "ambiguous"
	// EINVALID: the input is malformed or breaks a rule.
	EINVALID Code = "invalid"
	// ECONFLICT: the input contradicts what the database holds.
	ECONFLICT Code = "conflict"
	// ESCHEMA: the database is at a schema this binary cannot use as it is.
	ESCHEMA Code = "schema"
	// EINTERNAL: anything else; a bug or an environmental failure.
	EINTERNAL Code = "internal"
)

// Error is kb's one error type. Message is written for the user; Candidates
// carries the names that a not-found or ambiguous lookup offers instead.
type Error struct {
	Code       Code
	Message    string
	Candidates []string
	Err        error // the underlying cause, if any
}

func (e *Error) Error() string { return e.Message }

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// suggest offers the candidates closest to what was asked for (query): in
// e.Candidates and, when there are any, as "did you mean" in the message,
// which it reports.
func (e *Error) suggest(query string, candidates []string) bool {
	return e.offer(Suggest(query, candidates, 3))
}

// offer adds names the user may have meant to the error, reporting whether
// there were any.
func (e *Error) offer(names []string) bool {
	e.Candidates = names
	if len(e.Candidates) == 0 {
		return false
	}
	e.Message += "; did you mean " + quoteList(e.Candidates) + "?"
	return true
}

// Offer is offer for the commands, which find candidates themselves.
func (e *Error) Offer(names []string) bool { return e.offer(names) }

// ErrorCode returns the code of err, EINTERNAL when err is not an *Error, and
// "" when err is nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
