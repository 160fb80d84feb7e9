//go:build unix

package seed_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"kb/seed"
)

// A fact file whose size the system does not know (a named pipe) is read
// up to the limit: exactly the limit is read whole, one byte more is
// refused by its size (files.go:171, the limited reader's `+1` made `-1`,
// and files.go:175, `>` made `>=`, lived: only regular files were tested).
func TestPipeAtTheSizeLimit(t *testing.T) {
	for _, tc := range []struct {
		size    int
		refused bool
	}{{seed.MaxFileSize, false}, {seed.MaxFileSize + 1, true}} {
		path := filepath.Join(t.TempDir(), "piped.yaml")
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
		go func() {
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer f.Close()
			f.Write(bytes.Repeat([]byte("#"), tc.size)) // a YAML comment; the reader may stop early
		}()
		_, err := seed.ReadPaths([]string{path})
		refused := err != nil && strings.Contains(err.Error(), "larger than the 8 MiB limit")
		if refused != tc.refused {
			t.Errorf("%d bytes through a pipe: refused by size %v, want %v (%v)", tc.size, refused, tc.refused, err)
		}
	}
}
