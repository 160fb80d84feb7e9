package seed

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"kb/store"
)

// MaxFileSize bounds a fact file and a body file. A news article is a few
// kilobytes; anything this large is a mistake, refused before it is read.
// It also bounds a check: a fact file of this size, all small entries,
// parses in a few seconds and some 350 MB.
const MaxFileSize = 8 << 20

// File is a fact file's content with a way to read the files beside it.
type File struct {
	Name        string // shown in messages
	Data        []byte
	ReadSibling func(name string) ([]byte, error)
}

//go:embed *.yaml *.txt
var embedded embed.FS

// Embedded returns the fact files kb ships with, in name order.
func Embedded() []File {
	entries, _ := fs.ReadDir(embedded, ".")
	var out []File
	for _, e := range entries {
		if !isFactFile(e.Name()) {
			continue
		}
		data, _ := embedded.ReadFile(e.Name())
		out = append(out, File{
			Name: "seed/" + e.Name(),
			Data: data,
			ReadSibling: func(name string) ([]byte, error) {
				return embedded.ReadFile(path.Clean(name))
			},
		})
	}
	return out
}

func isFactFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// ReadPaths reads fact files from paths; a directory contributes every
// .yaml and .yml file below it, in name order. A path that cannot be read
// is a Problem; every one is reported, as Problems, after trying them all.
func ReadPaths(paths []string) ([]File, error) {
	var out []File
	var probs Problems
	fail := func(name, format string, args ...any) {
		probs = append(probs, Problem{File: name, Msg: fmt.Sprintf(format, args...)})
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			fail(p, "%v", cleanOSError(err))
			continue
		}
		if !st.IsDir() {
			f, err := readFile(p)
			if err != nil {
				fail(p, "%s", errorText(err))
				continue
			}
			out = append(out, f)
			continue
		}
		var names []string
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isFactFile(name) {
				names = append(names, name)
			}
			return nil
		})
		if err != nil {
			fail(p, "%v", cleanOSError(err))
			continue
		}
		if len(names) == 0 {
			fail(p, "no .yaml fact files in this directory")
			continue
		}
		slices.Sort(names)
		for _, n := range names {
			f, err := readFile(n)
			if err != nil {
				fail(n, "%s", errorText(err))
				continue
			}
			out = append(out, f)
		}
	}
	if len(probs) > 0 {
		return out, probs // the files that could be read, for checking
	}
	return out, nil
}

// ReadBody reads an article's text, refusing a file over MaxFileSize.
func ReadBody(name string) ([]byte, error) {
	data, err := readLimited(name)
	if err != nil {
		return nil, store.Errorf(store.EINVALID, "%s: %s", name, errorText(err))
	}
	return data, nil
}

func readFile(name string) (File, error) {
	data, err := readLimited(name)
	if err != nil {
		return File{}, err
	}
	dir := filepath.Dir(name)
	return File{
		Name: name,
		Data: data,
		ReadSibling: func(rel string) ([]byte, error) {
			if filepath.IsAbs(rel) {
				return readLimited(rel)
			}
			return readLimited(filepath.Join(dir, filepath.FromSlash(rel)))
		},
	}, nil
}

// readLimited reads a file of at most MaxFileSize bytes. A larger regular
// file is refused by its size before any of it is read; the limited reader
// covers files whose size the system does not know (pipes, devices).
func readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, store.Errorf(store.EINVALID, "%v", cleanOSError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, store.Errorf(store.EINVALID, "%v", cleanOSError(err))
	}
	if st.IsDir() {
		return nil, store.Errorf(store.EINVALID, "it is a directory")
	}
	if st.Size() > MaxFileSize {
		return nil, tooLarge(st.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, store.Errorf(store.EINVALID, "%v", cleanOSError(err))
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}

func tooLarge(size int64) error {
	what := fmt.Sprintf("%d MiB", size>>20)
	if size < 1<<20 {
		what = fmt.Sprintf("%d bytes", size)
	}
	return store.Errorf(store.EINVALID, "the file is %s, larger than the %d MiB limit: not a fact file or article kb will read", what, MaxFileSize>>20)
}

func cleanOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var (
	yamlLineRE      = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	unknownAnchorRE = regexp.MustCompile(`unknown anchor '(.*)' referenced$`)
)

// afterQuoteRE finds a value that goes on after its closing quote:
// title: "Kellogg" says
var afterQuoteRE = regexp.MustCompile(`:\s+("[^"]*"|'[^']*')\s*[^\s#]`)

// yamlHint turns the parser's message about a line into the column of the
// fault and what to do, for the mistakes people make writing YAML by hand.
func yamlHint(data []byte, line int, msg string) (pos, string) {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return pos{line, 1}, msg
	}
	text := lines[line-1]
	col := func(byteOff int) pos { return pos{line, utf8.RuneCountInString(text[:byteOff]) + 1} }
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	switch msg {
	case "found character that cannot start any token":
		if i := strings.IndexByte(text[:indent], '\t'); i >= 0 {
			return col(i), "YAML syntax error: a tab in the indentation; indent with spaces"
		}
		if i := strings.IndexByte(text, '\t'); i >= 0 {
			return col(i), "YAML syntax error: a tab where YAML expects a value; use spaces, or quote the text"
		}
	case "mapping values are not allowed in this context":
		// key: text: more -- the second colon starts a field in the text
		if k := strings.Index(text, ": "); k >= 0 {
			rest := text[k+2:]
			quoted := strings.HasPrefix(strings.TrimSpace(rest), `"`) || strings.HasPrefix(strings.TrimSpace(rest), "'")
			if c := strings.Index(rest, ": "); c >= 0 && !quoted {
				return col(k + 2 + c), "YAML syntax error: an unquoted text holds \": \", which YAML reads as a field; quote the text (\"...\")"
			}
			if strings.HasSuffix(rest, ":") && !quoted {
				return col(len(text) - 1), "YAML syntax error: an unquoted text ends with \":\", which YAML reads as a field; quote the text (\"...\")"
			}
		}
		return col(indent), "YAML syntax error: this field is indented more than the one before it; line up the fields of one mapping"
	case "could not find expected ':'":
		return col(indent), "YAML syntax error: this line has no \":\" after its field name; write `field: value`"
	case "block sequence entries are not allowed in this context":
		if i := strings.Index(text, ": - "); i >= 0 {
			return col(i + 2), "YAML syntax error: a text that starts with \"- \" reads as a list; quote the text (\"...\")"
		}
	case "did not find expected key":
		// the parser names the line where the mapping began; the fault is
		// often a text that goes on after its closing quote, further down,
		// or a line with no field name before its colon
		for i := line - 1; i < len(lines); i++ {
			if t := strings.TrimLeft(lines[i], " "); t == ":" || strings.HasPrefix(t, ": ") {
				return pos{i + 1, len(lines[i]) - len(t) + 1}, "YAML syntax error: this line has no field name before its \":\"; write `field: value`"
			}
			if m := afterQuoteRE.FindStringIndex(lines[i]); m != nil {
				t := lines[i]
				return pos{i + 1, utf8.RuneCountInString(t[:m[1]-1]) + 1}, "YAML syntax error: the text goes on after its closing quotation mark; quote the whole text, writing a quotation mark inside it as \\\" (or use the other kind of quotes around it)"
			}
		}
	case "found a tab character that violates indentation":
		// the parser names the line before the tab's
		for i := line - 1; i < len(lines) && i <= line; i++ {
			t := lines[i]
			if j := strings.IndexByte(t[:len(t)-len(strings.TrimLeft(t, " \t"))], '\t'); j >= 0 {
				return pos{i + 1, utf8.RuneCountInString(t[:j]) + 1}, "YAML syntax error: a tab in the indentation; indent with spaces"
			}
		}
	case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
		// the parser names the line before the bracket's, or its own
		open, shut, what := byte('['), byte(']'), "list"
		if strings.HasSuffix(msg, "'}'") {
			open, shut, what = '{', '}', "mapping"
		}
		for i := line - 1; i < len(lines) && i <= line; i++ {
			if j := unclosed(lines[i], open, shut); j >= 0 {
				t := lines[i]
				return pos{i + 1, utf8.RuneCountInString(t[:j]) + 1}, fmt.Sprintf("YAML syntax error: this %s opened with %q is never closed; close it with %q, or quote the text (\"...\") if the bracket is part of it", what, open, shut)
			}
		}
	case "found unexpected end of stream":
		if i := strings.IndexAny(text, "\"'"); i >= 0 {
			return col(i), "YAML syntax error: this quoted text is never closed; add the closing quotation mark"
		}
	}
	return pos{line, 1}, "YAML syntax error: " + msg
}

// unclosed is the byte offset of the last bracket open in line that the
// line never closes, or -1; brackets inside quotes do not count.
func unclosed(line string, open, shut byte) int {
	var stack []int
	var quote byte
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' '):
			i = len(line) // a comment
		case c == open:
			stack = append(stack, i)
		case c == shut && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) == 0 {
		return -1
	}
	return stack[len(stack)-1]
}

// offsetPos turns a byte offset into a line and a column in characters.
func offsetPos(data []byte, off int) pos {
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return pos{line, utf8.RuneCount(before[lineStart:]) + 1}
}

// parse decodes one fact file and reads its body. It returns nil when the
// file cannot be read as YAML at all.
func (c *checker) parse(f File) *parsed {
	p := &parsed{file: f, r: report{file: f.Name, probs: &c.probs}, failed: map[string]bool{}}
	data := bytes.TrimPrefix(f.Data, []byte("\xef\xbb\xbf"))
	if line, col, ok := invalidUTF8(data); !ok {
		p.r.at(pos{line, col}, "the file is not valid UTF-8 (a byte that starts no character); save it as UTF-8")
		return nil
	}
	if line, col, r, ok := controlChar(data); !ok {
		p.r.at(pos{line, col}, "the file holds the control character U+%04X, which YAML does not allow; remove it", r)
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		p.r.at(pos{1, 1}, "the file is empty: a fact file starts with `kb: %d` and a `source:`", FormatVersion)
		return nil
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1 // the parser names no line for some faults on line 1
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		at, msg := yamlHint(data, line, msg)
		if m := unknownAnchorRE.FindStringSubmatch(msg); m != nil {
			// the parser names the anchor but not where it is used
			if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
				at = offsetPos(data, i)
			}
		}
		if !strings.HasPrefix(msg, "YAML syntax error: ") {
			msg = "YAML syntax error: " + msg
		}
		p.r.at(at, "%s", msg)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.r.at(nodePos(&extra), "a fact file holds one YAML document; this is a second one")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		p.r.at(nodePos(root), "not a fact file: expected a mapping with `kb: %d` and `source:`, found %s", FormatVersion, kindName(root))
		return nil
	}
	d := &decoder{r: p.r}
	d.decodeStruct(root, reflect.ValueOf(&p.ff).Elem(), "the fact file")
	if p.ff.Source != nil {
		p.readBody()
	}
	return p
}

func (p *parsed) readBody() {
	s := p.ff.Source
	var raw []byte
	switch {
	case s.Body != "" && s.BodyFile != "":
		p.r.at(s.At["body_file"], "give the body inline (body) or in a file (body_file), not both")
		return
	case s.BodyFile != "":
		b, err := p.file.ReadSibling(s.BodyFile)
		if err != nil {
			p.r.at(s.At["body_file"], "cannot read body_file %q: %v", s.BodyFile, errorText(err))
			return
		}
		if line, col, ok := invalidUTF8(b); !ok {
			p.r.at(s.At["body_file"], "body_file %q is not valid UTF-8 (line %d, column %d)", s.BodyFile, line, col)
			return
		}
		raw = b
	case s.Body != "":
		raw = []byte(s.Body)
	default:
		p.r.at(s.Pos, "the source has no body: give `body: |` with the text, or `body_file: NAME`")
		return
	}
	text := normalizeBody(string(raw))
	if strings.TrimSpace(text) == "" {
		p.r.at(s.Pos, "the source body is empty")
		return
	}
	p.body = newBody(text)
}

func errorText(err error) string {
	var e *store.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return cleanOSError(err).Error()
}

// normalizeBody drops a byte-order mark and turns Windows and old Mac line
// endings into \n, so offsets do not depend on the editor that saved it.
func normalizeBody(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// controlChar finds the first character YAML does not allow in a stream
// (C0 controls but tab and line breaks, DEL, C1 controls but NEL,
// surrogates and U+FFFE/U+FFFF), by line and column.
func controlChar(b []byte) (line, col int, r rune, ok bool) {
	line, col = 1, 1
	for _, r := range string(b) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == '\t' || r == '\r' || r == 0x85:
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff:
			return line, col, r, false
		}
		col++
	}
	return 0, 0, 0, true
}

// invalidUTF8 finds the first byte that is not UTF-8, by line and column.
func invalidUTF8(b []byte) (line, col int, ok bool) {
	if utf8.Valid(b) {
		return 0, 0, true
	}
	line, col = 1, 1
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			return line, col, false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		b = b[size:]
	}
	return line, col, false
}

// Load checks files and, when they have no problems, loads them into db in
// one transaction. Problems come back as a Problems error.
func Load(ctx context.Context, db *store.DB, files []File, opt store.LoadOptions) (*store.LoadReport, error) {
	facts, probs, err := Check(ctx, files, db)
	if err != nil {
		return nil, err
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return db.Load(ctx, facts, opt)
}

// CheckUTF8 says where a text file (an article to draft) stops being UTF-8,
// as file:line:column, or returns nil.
func CheckUTF8(name string, b []byte) error {
	if line, col, ok := invalidUTF8(b); !ok {
		return store.Errorf(store.EINVALID, "%s:%d:%d: the text is not valid UTF-8; save it as UTF-8", name, line, col)
	}
	return nil
}
