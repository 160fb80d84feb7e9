package seed

import _ "embed"

//go:embed fact-file.schema.json
var factFileSchema []byte

// FactFileSchema returns the JSON Schema (draft 2020-12) of the fact-file
// format, for editors with YAML language support. kb check validates more
// than a schema can say: passages found in the body once, ids that refer to
// something, real dates, parents without cycles.
func FactFileSchema() []byte {
	return append([]byte(nil), factFileSchema...)
}
