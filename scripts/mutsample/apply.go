package main

import (
	"bytes"
	"fmt"
	"go/scanner"
	"go/token"
)

// mutations is, per gremlins v0.6.0 mutant kind, the token it replaces and
// by what (internal/engine/mappings.go at v0.6.0, read with its AST walk in
// engine.go and node.go: the operator of a binary or unary expression, an
// ++/-- statement, an assignment or a break/continue). A binary `-` is
// listed under both INVERT_NEGATIVES and ARITHMETIC_BASE, as in gremlins,
// which makes them two mutants with the same text.
var mutations = map[string]map[token.Token]token.Token{
	"ARITHMETIC_BASE": {
		token.ADD: token.SUB, token.SUB: token.ADD,
		token.MUL: token.QUO, token.QUO: token.MUL, token.REM: token.MUL,
	},
	"CONDITIONALS_BOUNDARY": {
		token.GTR: token.GEQ, token.GEQ: token.GTR,
		token.LSS: token.LEQ, token.LEQ: token.LSS,
	},
	"CONDITIONALS_NEGATION": {
		token.EQL: token.NEQ, token.NEQ: token.EQL,
		token.GTR: token.LEQ, token.LEQ: token.GTR,
		token.LSS: token.GEQ, token.GEQ: token.LSS,
	},
	"INCREMENT_DECREMENT": {token.INC: token.DEC, token.DEC: token.INC},
	"INVERT_NEGATIVES":    {token.SUB: token.ADD},
	// Off by default in gremlins (and in scripts/mutate.sh); here so a
	// dry-run made with them switched on can be sampled too.
	"INVERT_LOGICAL":  {token.LAND: token.LOR, token.LOR: token.LAND},
	"INVERT_LOOPCTRL": {token.BREAK: token.CONTINUE, token.CONTINUE: token.BREAK},
	"INVERT_ASSIGNMENTS": {
		token.ADD_ASSIGN: token.SUB_ASSIGN, token.SUB_ASSIGN: token.ADD_ASSIGN,
		token.MUL_ASSIGN: token.QUO_ASSIGN, token.QUO_ASSIGN: token.MUL_ASSIGN,
		token.REM_ASSIGN: token.REM_ASSIGN, // sic in gremlins: no change
	},
	"INVERT_BITWISE": {
		token.AND: token.OR, token.OR: token.AND, token.XOR: token.AND,
		token.AND_NOT: token.AND, token.SHL: token.SHR, token.SHR: token.SHL,
	},
	"INVERT_BWASSIGN": {
		token.AND_ASSIGN: token.OR_ASSIGN, token.OR_ASSIGN: token.AND_ASSIGN,
		token.XOR_ASSIGN: token.AND_ASSIGN, token.AND_NOT_ASSIGN: token.AND_ASSIGN,
		token.SHL_ASSIGN: token.SHR_ASSIGN, token.SHR_ASSIGN: token.SHL_ASSIGN,
	},
	"REMOVE_SELF_ASSIGNMENTS": {
		token.ADD_ASSIGN: token.ASSIGN, token.SUB_ASSIGN: token.ASSIGN,
		token.MUL_ASSIGN: token.ASSIGN, token.QUO_ASSIGN: token.ASSIGN,
		token.REM_ASSIGN: token.ASSIGN, token.AND_ASSIGN: token.ASSIGN,
		token.OR_ASSIGN: token.ASSIGN, token.XOR_ASSIGN: token.ASSIGN,
		token.AND_NOT_ASSIGN: token.ASSIGN, token.SHL_ASSIGN: token.ASSIGN,
		token.SHR_ASSIGN: token.ASSIGN,
	},
}

// apply returns src with the mutation of the given kind made to the token
// that starts at line:col (1-based; col counts bytes, as go/token and
// gremlins' log do). Only that token changes: where the new operator would
// run into its neighbour (`a+-b` made `a++b`), it gets a space either side.
// The result is checked by scanning it again: the same tokens but one.
func apply(src []byte, line, col int, kind string) ([]byte, error) {
	table, ok := mutations[kind]
	if !ok {
		return nil, fmt.Errorf("unknown mutant kind %s", kind)
	}
	off, err := offsetOf(src, line, col)
	if err != nil {
		return nil, err
	}
	toks, err := scan(src)
	if err != nil {
		return nil, err
	}
	at := -1
	for i, t := range toks {
		if t.off == off {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, fmt.Errorf("%d:%d: no token starts there", line, col)
	}
	old := toks[at].tok
	repl, ok := table[old]
	if !ok {
		return nil, fmt.Errorf("%d:%d: %s does not apply to %q", line, col, kind, old)
	}
	end := off + len(old.String())
	for _, pad := range []string{"", " "} {
		var b bytes.Buffer
		b.Write(src[:off])
		b.WriteString(pad + repl.String() + pad)
		b.Write(src[end:])
		out := b.Bytes()
		if sameButOne(toks, out, at, repl) {
			return out, nil
		}
	}
	return nil, fmt.Errorf("%d:%d: %s of %q does not scan as one changed token", line, col, kind, old)
}

// offsetOf turns a 1-based line and byte column into a byte offset.
func offsetOf(src []byte, line, col int) (int, error) {
	if line < 1 || col < 1 {
		return 0, fmt.Errorf("%d:%d: bad position", line, col)
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("%d:%d: past the end of the file", line, col)
		}
		off += i + 1
	}
	eol := bytes.IndexByte(src[off:], '\n')
	if eol < 0 {
		eol = len(src) - off
	}
	if col-1 >= eol {
		return 0, fmt.Errorf("%d:%d: past the end of the line", line, col)
	}
	return off + col - 1, nil
}

type scanned struct {
	off int
	tok token.Token
	lit string
}

// scan lists src's tokens, comments left out (the automatic semicolons
// kept: a changed token must not change where statements end).
func scan(src []byte) ([]scanned, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	var out []scanned
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		out = append(out, scanned{file.Offset(pos), tok, lit})
	}
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	return out, nil
}

// sameButOne reports whether mutated scans as orig with token at made repl.
func sameButOne(orig []scanned, mutated []byte, at int, repl token.Token) bool {
	got, err := scan(mutated)
	if err != nil || len(got) != len(orig) {
		return false
	}
	for i := range got {
		want := orig[i]
		if i == at {
			want.tok, want.lit = repl, ""
			if repl.IsKeyword() {
				want.lit = repl.String()
			}
		}
		if got[i].tok != want.tok || got[i].lit != want.lit {
			return false
		}
	}
	return true
}
