package extract

// LowConfidence is the confidence below which an item is counted as
// unsure in a summary: the reviewer should read those first.
const LowConfidence = 0.5

// Counts sums up a draft for the summary of a batch.
type Counts struct {
	Quotes        int `json:"quotes"`         // direct statements drafted, re-reports included
	Reported      int `json:"reported"`       // reported claims drafted, re-reports included
	Speakers      int `json:"speakers"`       // distinct speakers of the statements
	New           int `json:"new_statements"` // statements the draft defines
	Known         int `json:"known_statements"`
	NearMisses    int `json:"near_misses"`    // new statements with a known one alike, named in a comment
	LowConfidence int `json:"low_confidence"` // items (statements, roles, entities, figures) below LowConfidence
	Unattributed  int `json:"unattributed"`   // quotes with no speaker, left as comments
}

// Counts counts what the draft holds.
func (d *Draft) Counts() Counts {
	var c Counts
	speakers := map[string]bool{}
	for _, s := range d.Statements {
		if s.Kind == "direct" {
			c.Quotes++
		} else {
			c.Reported++
		}
		speakers[s.Speaker.ID] = true
		switch {
		case s.Rereport != nil:
			c.Known++
		default:
			c.New++
			if s.Near != nil {
				c.NearMisses++
			}
		}
		if s.Confidence < LowConfidence {
			c.LowConfidence++
		}
	}
	c.Speakers = len(speakers)
	for _, r := range d.Roles {
		if r.Confidence < LowConfidence {
			c.LowConfidence++
		}
	}
	for _, e := range d.Entities {
		if !e.Known && e.Kind != KindTopic && e.Confidence < LowConfidence {
			c.LowConfidence++
		}
	}
	for _, x := range d.Control {
		if x.Confidence < LowConfidence {
			c.LowConfidence++
		}
	}
	c.Unattributed = len(d.Unattributed)
	return c
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Quotes += o.Quotes
	c.Reported += o.Reported
	c.New += o.New
	c.Known += o.Known
	c.NearMisses += o.NearMisses
	c.LowConfidence += o.LowConfidence
	c.Unattributed += o.Unattributed
}
