package extract

import "testing"

// ijExtract drafts a body with a publication date.
func ijExtract(body string) *Draft {
	return Extract(body, Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestIJRules runs short articles we wrote to imitate the kinds of unseen
// batches I and J (docs/extract.md, "x-ij-rules (seventh session)"): each
// want is a statement's opening words and its speaker; each not a name
// no drafted entity may have.
func TestIJRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want [][2]string
		not  []string
	}{
		{"president-not-vice", "President Lena Dahl praised the rescue teams. An hour later, Dahl and Vice President Omar Haddad visited the mine.\n\n" +
			"Both spoke to reporters, with Dahl thanking the crews. The president added that she had met a miner's father, Karl.\n\n" +
			"\"He told me he never lost hope,\" she said.\n",
			[][2]string{{"she had met a miner's father", "Lena Dahl"}, {"He told me he never lost hope", "Lena Dahl"}}, nil},
		{"president-not-former", "The news came weeks after Tom Reiss stumbled in a debate against former President Ada Voss, his rival. Mr. Reiss had refused calls to quit.\n\n" +
			"In a letter on Sunday, the president confirmed that he had left the race. The president said that \"the work goes on.\"\n",
			[][2]string{{"he had left the race", "Tom Reiss"}, {"the work goes on", "Tom Reiss"}}, nil},
		{"vice-president-named", "Vice President Omar Haddad visited the mine on Monday. The vice president said the crews \"did everything right.\"\n",
			[][2]string{{"did everything right", "Omar Haddad"}}, nil},
		{"photo-credit-caption", "Mayor Jo Brandt said on Friday she will not run again.\n\n" +
			"\"It is time for someone new,\" she said.\n\n" +
			"Nina Falk/Courier Mayor Jo Brandt at the harbour on Friday.\n\n" +
			"\"I will go back to teaching. I have missed my pupils.\"\n\n" +
			"Brandt said the new bridge was what she was proudest of.\n\n" +
			"\"Nobody builds a bridge alone.\"\n",
			[][2]string{{"I will go back to teaching", "Jo Brandt"}, {"Nobody builds a bridge alone", "Jo Brandt"}},
			[]string{"Nina Falk", "Courier"}},
		{"verb-object-colon", "Ines Kord, 36, has announced her retirement.\n\n" +
			"In a video on Monday, the champion thanked her followers: \"Three years of back pain have worn me down.\n\n" +
			"\"I rowed every day to come back.\n\n" +
			"\"The water gave me more than I ever asked for.\"\n",
			[][2]string{{"Three years of back pain", "Ines Kord"}, {"I rowed every day", "Ines Kord"}, {"The water gave me", "Ines Kord"}}, nil},
		{"verb-object-colon-dash", "Ines Kord, 36, has announced her retirement.\n\n" +
			"In a video on Monday, the champion - who won three world titles - greeted the crowd: \"Three years of back pain have worn me down.\"\n",
			[][2]string{{"Three years of back pain", "Ines Kord"}}, nil},
		{"acronym-comma", "GENEVA (Wire) – The International Labour Office (ILO), last week warned of jobs vanishing \"faster than new ones appear.\"\n",
			[][2]string{{"faster than new ones appear", "International Labour Office"}}, nil},
		{"acronym-who", "The World Health Organization (WHO) published its yearly report on Monday.\n\n" +
			"Since 2010, WHO said, cholera cases have risen at an \"alarming speed\" in the south.\n",
			[][2]string{{"alarming speed", "WHO"}}, nil},
		{"prize-panel", "Two physicists, Eva Lind and Omar Berg, won the prize for work that \"opened a window on the early universe,\" according to the panel that chose them in Bern.\n\n" +
			"The panel said the pair's \"careful measurements ... settled a long dispute.\"\n",
			[][2]string{{"opened a window on the early universe", "Panel"}, {"careful measurements", "Panel"}}, nil},
		{"court-jury", "Judge Ann Fisk said the jury concluded that Reyes \"lied from start to end.\"\n",
			[][2]string{{"lied from start to end", "Ann Fisk"}}, []string{"Jury"}},
		{"when-asked", "Governor Luis Pires spoke on Monday, a day after news of activist Rui Costa's arrest.\n\n" +
			"When asked whether what happened to Costa was revenge, Pires said that while \"the facts are still unclear,\" he argued that \"the police broke every rule.\"\n",
			[][2]string{{"the facts are still unclear", "Luis Pires"}, {"the police broke every rule", "Luis Pires"}}, nil},
		{"asked-about", "Coach Tom Hale met reporters after the defeat to the team of striker Ivo Mart.\n\n" +
			"Asked about Mart, he said \"nobody could stop him today.\"\n",
			[][2]string{{"nobody could stop him today", "Tom Hale"}}, nil},
		{"great", "BERN – Swiss skier Lara Hofer has announced her retirement, saying next month's race in Zermatt will be her last.\n\n" +
			"\"The race in Zermatt will be my final World Cup start,\" the Ski great said in a statement on her website.\n",
			[][2]string{{"The race in Zermatt will be my final", "Lara Hofer"}}, nil},
		{"great-hall", "Envoy Tom Hale met the premier in the Great Hall of the Nation on Monday. The firm, which nearly folded after the Great Slump, said \"we are back.\"\n",
			nil, []string{"Hall", "Slump"}},
		{"state-dateline", "Springfield IL - Governor Dana Holt attacked the school budget on Monday, calling it unfair and describing the plan as a \"slow insult to teachers.\"\n",
			[][2]string{{"slow insult to teachers", "Dana Holt"}}, []string{"Springfield IL", "Springfield"}},
		{"winner", "Maria Lopez said last week that she would retire after the autumn season.\n\n" +
			"In a column in Runner's World, the 12-time marathon winner said that, although she hopes to race once more in Boston, the moment has come for her to go \"down another road.\"\n",
			[][2]string{{"down another road", "Maria Lopez"}, {"although she hopes to race once more", "Maria Lopez"}}, nil},
		{"and-title", "Harbor Tools Corp. said on Monday that it has sold its garden unit.\n\n" +
			"Mara Olsen, president and chief executive of Harbor Tools said in a statement, \"We owe our workers a great deal.\"\n",
			[][2]string{{"We owe our workers a great deal", "Mara Olsen"}}, nil},
		{"recalling-how", "\"When we met in May, I promised him a new bridge,\" Mayor Ivo Brandt said, recalling how Tom told him his town needed one. \"I told him today, 'It is open.' The bridge is his too.\"\n",
			[][2]string{{"I told him today", "Ivo Brandt"}}, nil},
		{"saying-that", "\"We lost a friend,\" Coach Ana Ruiz said, explaining that Lena told her the news at dawn. \"Nobody slept last night.\"\n",
			[][2]string{{"Nobody slept last night", "Ana Ruiz"}}, nil},
		{"read-from", "Mayor Carl Ortiz was angry on Tuesday. The council shut the pool.\n\n" +
			"\"Tonight the council voted to shut the pool on Park Road,\" read a post from Ortiz's account an hour later. \"It is a sad vote. The fight goes on.\"\n",
			[][2]string{{"Tonight the council voted", "Carl Ortiz"}, {"It is a sad vote", "Carl Ortiz"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ijExtract(tc.body)
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// TestIJCreditEnd: where a caption starts after a photographer/outlet credit.
func TestIJCreditEnd(t *testing.T) {
	for _, tc := range []struct{ line, rest string }{
		{"Nina Falk/Courier Mayor Jo Brandt at the harbour.", "Mayor Jo Brandt at the harbour."},
		{"Ana de Vries/Wire Coach Tom Hart.", ""}, // lower-case "de": not read
		{"Ana Vries Moll/Wire Coach Tom Hart.", "Coach Tom Hart."},
		{"Nina Falk/Courier", ""},
		{"Nina Falk/Courier the mayor at the harbour.", ""},
		{"Nina Falk/courier Mayor Jo Brandt.", ""},
		{"Nina Falk/ Mayor Jo Brandt.", ""},
		{"the Falk/Courier Mayor Jo Brandt.", ""},
		{"Mayor Jo Brandt said the AC/DC concert was loud.", ""},
		{"A B C D/Courier Mayor Jo Brandt.", ""},
	} {
		rs := []rune("\n" + tc.line)
		p := span{1, len(rs)}
		got := string(rs[ijCreditEnd(rs, p):p.End])
		if tc.rest == "" {
			tc.rest = tc.line
		}
		if got != tc.rest {
			t.Errorf("%q: caption %q; want %q", tc.line, got, tc.rest)
		}
	}
}

// TestIJVerbObjectColon: which words before a colon make a cue.
func TestIJVerbObjectColon(t *testing.T) {
	for _, tc := range []struct {
		body, verb string
		want       bool
	}{
		{`The coach thanked the fans: "We owe you."`, "thanked", true},
		{`The coach thanked his loyal fans: "We owe you."`, "thanked", true},
		{`The coach thanked his many loyal home fans: "We owe you."`, "thanked", false}, // too far
		{`The coach thanked Paris: "We owe you."`, "thanked", false},                    // a name, not an object
		{`The coach thanked the fans: we owe you.`, "thanked", false},                   // no quotation
		{`The coach thanked the fans, "We owe you."`, "thanked", false},
		{`The coach lifted the cup: "We owe you."`, "lifted", true},
		{`The coach was angry: "We owe you."`, "was", false},
		{`The coach the crowd: "We owe you."`, "coach", false},
		{`A thanked the fans: "We owe you."`, "thanked", false},
		{`Lee thanked the fans: "We owe you."`, "thanked", true},
	} {
		_, toks, k := hsX(tc.body, tc.verb, 1)
		if got := ijVerbObjectColon(toks, k); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestIJInAskedClause: which tokens lie in a fronted question clause.
func TestIJInAskedClause(t *testing.T) {
	for _, tc := range []struct {
		body, word string
		want       bool
	}{
		{"When asked about Reyes, Ortiz said no.", "Reyes", true},
		{"After asked about Reyes, Ortiz said no.", "Reyes", true},
		{"Once asked about Reyes, Ortiz said no.", "Reyes", true},
		{"Asked about Reyes, Ortiz said no.", "Reyes", true},
		{"Asked about Reyes, Ortiz said no.", "Ortiz", false},
		{"When Reyes asked about it, Ortiz said no.", "Reyes", false},
		{"Ortiz asked about Reyes, and said no.", "Reyes", false},
		{"Asked about Reyes Ortiz said no.", "Reyes", false}, // no comma: no clause read
		{"Asked about Reyes, Ortiz said no.", ",", false},
	} {
		_, toks, k := hsX(tc.body, tc.word, 1)
		if got := ijInAskedClause(toks, k); got != tc.want {
			t.Errorf("%q at %q: %v, want %v", tc.body, tc.word, got, tc.want)
		}
	}
}

// TestIJStateDateline: a place and a state code before a dash.
func TestIJStateDateline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int // words read, 0 for none
	}{
		{"Springfield IL - Governor Dana Holt spoke.", 3},
		{"Kansas City MO – Mayor Ann Lee spoke.", 4},
		{"Port Ellis Bay MO – Mayor Ann Lee spoke.", 0}, // three words: not read
		{"The UK - EU deal was signed.", 0},
		{"Springfield ILL - Governor Dana Holt spoke.", 0},
		{"Springfield IL Governor Dana Holt spoke.", 0},
		{"Springfield IL -", 3}, // (pagePrefixEnd reads the line as furniture)
		{"Springfield IL", 0},
		{"springfield IL - Governor Dana Holt spoke.", 0},
		{"SPRINGFIELD IL - Governor Dana Holt spoke.", 0},
	} {
		rs := []rune(tc.line)
		ws := layoutWords(rs, 0, len(rs), 40)
		if got := ijStateDateline(ws, 0); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.line, got, tc.want)
		}
		if len(ws) > 1 && ijStateDateline(ws, 1) != 1 {
			t.Errorf("%q: read from its second word", tc.line)
		}
	}
}

// TestIJAppositionTitle: the title a bare apposition with "and" gives.
func TestIJAppositionTitle(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`Mara Olsen, president and chief executive of Harbor Tools said in a statement, "We owe them."`, "president and chief executive of Harbor Tools"},
		{`Mara Olsen, chief executive of Harbor Tools said in a statement, "We owe them."`, "chief executive of Harbor Tools"},
		{`Mara Olsen, president and founder of Harbor Tools, said "we owe them."`, "president and founder of Harbor Tools"},
		{`Mara Olsen, president and Harbor Tools founder, said "we owe them."`, ""},
	} {
		d := ijExtract(tc.body)
		got := ""
		for _, r := range d.Roles {
			got = r.Title
		}
		if got != tc.want {
			t.Errorf("%q: title %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestIJEmbedded: a participle clause with "how" or "that" between two cues.
func TestIJEmbedded(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Ortiz said, recalling how Rosa told him.", true},
		{"Ortiz said, adding that Rosa told him.", true},
		{"Ortiz said, recalling Rosa, who told him.", false},
		{"Ortiz said recalling how Rosa told him.", false},
		{"Ortiz said, and how Rosa told him.", false},
		{"Ortiz said, recalling when Rosa told him.", false},
	} {
		_, toks, k := hsX(tc.body, "told", 1)
		if got := ijEmbedded(toks, 2, k); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.body, got, tc.want)
		}
		if ijEmbedded(toks, 2, 4) {
			t.Errorf("%q: embedded before the clause ends", tc.body)
		}
	}
}

// TestIJEdges: the helpers at the ends of their token slices.
func TestIJEdges(t *testing.T) {
	w := func(ss ...string) []tok {
		var ts []tok
		for _, x := range ss {
			ts = append(ts, tok{text: x, word: x != "," && x != "(" && x != ")"})
		}
		return ts
	}
	if ijInAskedClause(nil, 0) || ijInAskedClause(w("When"), 0) || ijInAskedClause(w("Asked"), 0) {
		t.Error("a clause read in too few words")
	}
	if ijInAskedClause(w("When", "asked", "about", "Reyes"), 3) {
		t.Error("a clause read with no comma closing it")
	}
	for _, tc := range []struct {
		toks []tok
		k    int
		want int
	}{
		{w("Acme", "(", "AC", ")", ","), 4, 3},
		{w("Acme", "(", "A", ")", ","), 4, 4},
		{w("Acme", "(", "Ac", ")", ","), 4, 4},
		{w("the", "(", "AC", ")", ","), 4, 4},
		{w("(", "AC", ")", ","), 3, 3},
		{w("Acme", "(", "AC", ")", "said"), 4, 4},
		{w("Acme", "Food", "(", "AC", ")", ","), 5, 4},
	} {
		if got := ijAcronymComma(tc.toks, tc.k); got != tc.want {
			t.Errorf("ijAcronymComma(%v, %d) = %d, want %d", tc.toks, tc.k, got, tc.want)
		}
	}
	for _, tc := range []struct {
		toks []tok
		want bool
	}{
		{w("\"", "read", "a", "post", "from", "Lee"), true},
		{w("\"", "read", "a", "post", "from"), false},
		{w("\"", "read", "a", "post"), false},
		{w("read", "a", "post", "from", "Lee"), false},
	} {
		k := 1
		if tc.toks[0].text == "read" {
			k = 0
		}
		if got := ijReadFromAt(tc.toks, k); got != tc.want {
			t.Errorf("ijReadFromAt(%v) = %v, want %v", tc.toks, got, tc.want)
		}
	}
	for _, tc := range []struct {
		toks []tok
		want int
	}{
		{w("president", "and", "chief", "executive", "of"), 3},
		{w("president", "and", "founder", "of"), 2},
		{w("president", "and"), 0},
		{w("president", "and", "chief"), 3},
		{w("president", "or", "founder"), 0},
		{w("president", "and", "Founder"), 0},
		{w("road", "and", "founder"), 0},
	} {
		if got := ijAndHead(tc.toks, 0); got != tc.want {
			t.Errorf("ijAndHead(%v) = %d, want %d", tc.toks, got, tc.want)
		}
	}
}

// TestIJReadFrom: the owner after an inverted "read" and a document.
func TestIJReadFrom(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`"We won," read a post from Ann Lee's account.`, "Ann Lee"},
		{`"We won," reads the statement by Ann Lee.`, "Ann Lee"},
		{`"We won," read an email from Ann Lee.`, "Ann Lee"},
		{`"We won," read a post on Ann Lee's account.`, ""},
		{`"We won," read a book from Ann Lee.`, ""},
		{`"We won," read his post from Ann Lee.`, ""},
		{`"We won," said a post from Ann Lee.`, ""},
		{`"We won," read a post from the account.`, ""},
		{`He read a post from Ann Lee.`, ""},
		{`"We won," read a post from`, ""},
	} {
		_, toks, k := hsX(tc.body, "read", 1)
		if k < 0 {
			_, toks, k = hsX(tc.body, "reads", 1)
		}
		if k < 0 {
			_, toks, k = hsX(tc.body, "said", 1)
		}
		a, b := ijReadFrom(toks, k)
		got := ""
		if b > a {
			got = joinToks(toks[a:b])
		}
		if got != tc.want || ijReadFromAt(toks, k) != (tc.want != "") {
			t.Errorf("%q: owner %q, want %q", tc.body, got, tc.want)
		}
	}
}
