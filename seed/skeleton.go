package seed

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"kb/store"
)

// CheckSlug says why id cannot be a source id, or returns nil.
func CheckSlug(id string) error {
	if !slugRE.MatchString(id) {
		return store.Errorf(store.EINVALID, "%q is not a slug: use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit", id)
	}
	return nil
}

// Skeleton returns a fact file for a new source whose body is in the file
// bodyFile (relative to the fact file): the source filled in as far as the
// body allows, and every other section as commented examples. It passes
// `kb check` as it stands; the examples become facts by uncommenting and
// editing them.
func Skeleton(id, bodyFile string, body []byte) ([]byte, error) {
	if err := CheckSlug(id); err != nil {
		return nil, err
	}
	if !utf8.Valid(body) {
		line, col, _ := invalidUTF8(body)
		return nil, store.Errorf(store.EINVALID, "the body is not valid UTF-8 (line %d, column %d); save it as UTF-8", line, col)
	}
	text := normalizeBody(string(body))
	if strings.TrimSpace(text) == "" {
		return nil, store.Errorf(store.EINVALID, "the body is empty")
	}
	var title string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			title = l
			break
		}
	}
	if utf8.RuneCountInString(title) > 200 {
		title = "" // a paragraph, not a headline
	}
	var b strings.Builder
	fmt.Fprintf(&b, `# Facts of the article in %s. The format is documented in docs/fact-files.md;
# %s validates this file and %s loads it.
# Uncomment and edit the examples below; delete what the article does not
# have. Quotes are written as text, exactly as the body has them (straight
# and curly quotes match each other): kb finds them in the body itself.
kb: %d

source:
  id: %s
`, bodyFile, "`kb check FILE`", "`kb seed FILE`", FormatVersion, id)
	if title != "" {
		fmt.Fprintf(&b, "  title: %s   # the first line of the body: check it\n", yamlString(title))
	} else {
		b.WriteString("  # title: The headline, or a descriptive title\n")
	}
	fmt.Fprintf(&b, `  # outlet: The publisher (leave out when unknown)
  # url: https://... (leave out when unknown)
  # published: 2025-12-07          # or {on: 2025-12-07, inferred: true, basis: "why"}
  body_file: %s
  # related:                       # "Also Read:" lines: links, not statements
  #   - title: The linked headline
  #     kind: also_read
  #     evidence: "Also Read: The linked headline"

# Entities: define the ones no earlier fact file (or the database) has;
# refer to the others by id.
# people:
#   - id: jane-doe
#     name: Jane Doe
#     aliases: [Doe]
#     description: Foreign minister of Examplia
# organizations:
#   - id: examplia
#     name: Examplia
#     kind: state                   # state | government | institution | collective | company | party | team | league | court | agency | other
# topics:
#   - id: ceasefire
#     name: Ceasefire
#     parent: null                  # id of a broader topic
# territories:
#   - id: north-province
#     name: North Province
#     kind: province                # country | region | province | city | facility | area
#     parent: null
# events:
#   - id: %s-summit
#     name: The summit
#     kind: meeting                 # call | meeting | forum | address | leak | match | vote | hearing | launch | interview | press_conference | other
#     held: 2025-12-06
#     participants: [jane-doe, examplia]
#     evidence: "a passage of the body that mentions it"

# Facts of this source.
# roles:
#   - person: jane-doe
#     title: Foreign minister
#     organization: examplia
#     evidence: "Foreign minister Jane Doe"
# statements:
#   - id: doe-ceasefire-close       # optional; default %s-s<N>
#     speaker: jane-doe             # a person or an organization
#     kind: direct                  # direct (inside quotation marks) | reported
#     text: a ceasefire is close    # the speaker's words only, without the marks; " … " leaves the writer's words out
#     cue: said
#     topics: [ceasefire]
#     evidence: "Doe said “a ceasefire is close”"   # optional: else the sentence around the text
# positions:
#   - holder: examplia
#     topic: ceasefire
#     polarity: supports            # supports | opposes | demands | conditional | rejects | neutral
#     stance: Wants a ceasefire by January
#     # inferred: true                # when the polarity is your reading, not the source's words
#     # basis: "..."
#     statements: [doe-ceasefire-close]
# control:
#   - territory: north-province
#     controller: examplia
#     kind: control                 # control | claim
#     share: 80
#     share_bound: more_than        # exact | more_than | about | less_than
#     qualifier: over 80%%
#     evidence: "over 80%% of North Province"
`, yamlString(bodyFile), id, id)
	return []byte(b.String()), nil
}

// yamlString writes s as a YAML scalar: plain when that reads back as the
// same string, double-quoted otherwise.
func yamlString(s string) string {
	plain := s != "" && !strings.ContainsAny(s, ":#{}[]&*!|>'\"%@`,?\\\t") &&
		!strings.HasPrefix(s, "-") && strings.TrimSpace(s) == s && !looksTyped(s) &&
		!strings.ContainsFunc(s, isControl)
	if plain {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			if isControl(r) {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// looksTyped says whether a plain scalar would read as something other than
// a string (a number, boolean or null).
func looksTyped(s string) bool {
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n":
		return true
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789.+-eE_:", r) {
			return false
		}
	}
	return true
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfeff
}
