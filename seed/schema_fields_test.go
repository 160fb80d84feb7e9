package seed

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

// Every field the decoder knows is in the schema, and nothing else is;
// required is required in both.
func TestSchemaHasTheDecodersFields(t *testing.T) {
	var schema struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Required   []string                   `json:"required"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(FactFileSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	types := map[string]reflect.Type{
		"source": reflect.TypeOf(sourceNode{}), "link": reflect.TypeOf(linkNode{}), "person": reflect.TypeOf(personNode{}),
		"organization": reflect.TypeOf(organizationNode{}), "topic": reflect.TypeOf(topicNode{}), "territory": reflect.TypeOf(territoryNode{}),
		"event": reflect.TypeOf(eventNode{}), "role": reflect.TypeOf(roleNode{}), "statementDefinition": reflect.TypeOf(statementNode{}),
		"position": reflect.TypeOf(positionNode{}), "control": reflect.TypeOf(controlNode{}),
	}
	check := func(name string, t2 reflect.Type, props map[string]json.RawMessage, required []string) {
		var fields, req []string
		for _, f := range structFields(t2) {
			fields = append(fields, f.name)
			if f.required {
				req = append(req, f.name)
			}
		}
		var keys []string
		for k := range props {
			keys = append(keys, k)
		}
		slices.Sort(fields)
		slices.Sort(keys)
		if !slices.Equal(fields, keys) {
			t.Errorf("%s: the decoder has fields %v, the schema %v", name, fields, keys)
		}
		for _, r := range req {
			if !slices.Contains(required, r) {
				t.Errorf("%s: %q is required by the decoder but not by the schema", name, r)
			}
		}
	}
	check("the fact file", reflect.TypeOf(factFile{}), schema.Properties, schema.Required)
	for name, typ := range types {
		d, ok := schema.Defs[name]
		if !ok {
			t.Errorf("the schema has no $defs/%s", name)
			continue
		}
		check(name, typ, d.Properties, d.Required)
	}
}
