package extract

import (
	"context"
	"os"
	"testing"

	"kb/seed"
)

func TestDebugDraft(t *testing.T) {
	body, _ := os.ReadFile("../seed/ukraine-talks-2025-12-07.txt")
	d := Extract(string(body), Options{SourceID: "talks", Published: "2025-12-07", BodyFile: "a.txt"})
	y := d.YAML()
	os.WriteFile("/tmp/draft.yaml", y, 0o644)
	_, probs, err := seed.Check(context.Background(), []seed.File{{Name: "draft.yaml", Data: y, ReadSibling: func(string) ([]byte, error) { return body, nil }}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
}
