package corpus

import (
	"os"
	"path/filepath"

	"kb/seed"
	"kb/store"
)

// WriteFactFiles writes the corpus of cfg as fact files into dir, one
// NAME.yaml with its body in NAME.txt per source, for loading the slow way
// with `kb seed DIR`. Passages are written as text, so the loader finds
// them itself. It is meant for small corpora.
func WriteFactFiles(dir string, cfg Config) error {
	return Generate(cfg, func(sf *store.SourceFacts) error {
		r, err := seed.Render(*sf)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, r.BodyName), r.Body, 0o644); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, r.Name), r.Data, 0o644)
	})
}
