package extract

import "unicode"

// Rules drawn from the misses of unseen batch G (docs/extract.md, section
// "x-g-rules (sixth session)"). Each is stated as a class of text and
// tested on invented articles under testdata/g-rules.

// guillemetsAsCurly returns rs with each guillemet that sits against its
// quotation's words (the wire style «The price is fair,» she said) read as
// the curly mark of the same side, and the original runes when it changed
// any, nil otherwise (rule guillemet-quotes). The quote finders then pair
// them as curly quotes; the drafts take their words from the original. A
// guillemet with a space inside (« Oui »), as French prints it, is left
// alone: its closing mark does not close where a curly one would.
func guillemetsAsCurly(rs []rune) (read, orig []rune) {
	for i, c := range rs {
		var to rune
		switch {
		case c == '«' && i+1 < len(rs) && isWordRune(rs[i+1]):
			to = '“'
		case c == '»' && i > 0 && !unicode.IsSpace(rs[i-1]):
			to = '”'
		default:
			continue
		}
		if orig == nil {
			orig = rs
			read = make([]rune, len(rs))
			copy(read, rs)
		}
		read[i] = to
	}
	if orig == nil {
		return rs, nil
	}
	return read, orig
}
