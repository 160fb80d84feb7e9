package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	x := &extractor{d: newDoc(string(b)), reg: newRegistry(nil)}
	x.out = &Draft{}
	for si := range x.d.sents {
		for _, c := range x.findCues(si) {
			fmt.Println(si, c.i, c.j, c.verb, c.participle, joinToks(x.d.sents[si].toks[c.i:c.j]))
		}
	}
}
