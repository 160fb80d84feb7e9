package extract

import "strings"

// The built-in lexicon: general English news vocabulary, not names from
// any one article.

// cueVerbs are verbs of attribution. The value is true for verbs that may
// stand without a complement and still report a stance ("X pushed back").
var cueVerbs = map[string]bool{
	"said": false, "says": false, "say": false, "told": false, "tells": false, "tell": false,
	"added": false, "adds": false, "adding": false, "warned": false, "warns": false, "warn": false,
	"claimed": false, "claims": false, "claim": false, "counter": false, "counters": false, "countered": false,
	"accused": false, "accuses": false, "accuse": false, "estimated": false, "estimates": false,
	"confirmed": false, "confirms": false, "expects": false, "expect": false,
	"emphasized": false, "emphasised": false, "emphasizes": false, "emphasises": false,
	"stressed": false, "stresses": false, "insisted": false, "insists": false, "argued": false, "argues": false,
	"noted": false, "notes": false, "acknowledged": false, "acknowledges": false, "acknowledge": false,
	"announced": false, "announces": false, "denied": false, "denies": false, "stated": false, "states": false,
	"predicted": false, "predicts": false, "wrote": false, "writes": false, "replied": false,
	"explained": false, "explains": false, "admitted": false, "admits": false, "believes": false,
	"believe": false, "asserted": false, "asserts": false, "maintained": false, "maintains": false,
	"reiterated": false, "reiterates": false, "promised": false, "promises": false, "vowed": false, "vows": false,
	"suggested": false, "suggests": false, "declared": false, "declares": false, "recalled": false,
	"conceded": false, "concedes": false, "urged": false, "urges": false, "called": false,
	"ruled": false, "ruling": false,
	"objected": true, "disagreed": true, "protested": true,
	"saying": false, "telling": false, "warning": false, "insisting": false, "arguing": false,
}

// phrasalCues are cues of two words.
var phrasalCues = map[string]bool{"pushed back": true, "pushes back": true, "hit back": true, "hits back": true}

// participleCues continue the attribution of the clause before them
// ("Kellogg said, adding: ...").
var participleCues = map[string]bool{"ruling": true, "adding": true, "saying": true, "telling": true, "warning": true, "insisting": true, "arguing": true}

// auxiliaries and adverbs that may stand between a speaker and the cue.
var cueModifiers = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "repeatedly": true, "previously": true,
	"again": true, "later": true, "reportedly": true, "publicly": true, "earlier": true, "recently": true,
	"often": true, "already": true, "then": true, "once": true, "separately": true, "privately": true,
	"firmly": true, "flatly": true, "bluntly": true, "further": true, "openly": true, "long": true, "would": true, "will": true,
	"both": true, "jointly": true, "together": true, "all": false, "is": true, "was": true, "were": true, "are": true, "does": true, "did": true, "do": true,
}

// negations make a cue report what was not said.
var negations = map[string]bool{"not": true, "never": true, "n’t": true, "n't": true}

// roleHeads end a title ("Special Envoy", "Kremlin aide").
var roleHeads = map[string]bool{
	"president": true, "envoy": true, "aide": true, "minister": true, "secretary": true, "chancellor": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "adviser": true, "advisor": true,
	"ambassador": true, "general": true, "director": true, "chief": true, "governor": true, "mayor": true,
	"senator": true, "commander": true, "negotiator": true, "leader": true, "official": true,
	"premier": true, "king": true, "queen": true, "chairman": true, "chairwoman": true, "chair": true,
	"head": true, "mp": true, "representative": true, "diplomat": true, "analyst": true, "lawmaker": true,
	"vice-president": true, "prime": false, "deputy": false, "colonel": true, "admiral": true,
	"officer": true, "correspondent": true, "prosecutor": true, "judge": true, "speaker": true,
	"mediator": true, "candidate": true, "manager": true, "scientist": true, "observer": true, "strategist": true, "lawyer": true, "justice": true, "executive": true, "economist": true, "nurse": true, "doctor": true, "professor": true, "researcher": true, "commissioner": true, "sheikh": true, "emir": true, "pope": true,
	"administrator": true, "ceo": true, "coo": true, "cfo": true, "cto": true, "founder": true, "co-founder": true, "organiser": true,
	"organizer": true, "captain": true, "owner": true, "coach": true, "councillor": true, "councilor": true,
	"epidemiologist": true, "physician": true, "attorney": true, "counsel": true, "treasurer": true,
	"superintendent": true, "sheriff": true, "inspector": true, "editor": true, "host": true, "president-elect": true,
	"midfielder": true, "striker": true, "defender": true, "goalkeeper": true, "forward": false,
}

// roleModifiers may precede a role head inside a title ("special envoy").
var roleModifiers = map[string]bool{
	"special": true, "senior": true, "top": true, "deputy": true, "chief": true, "foreign": true,
	"defence": true, "defense": true, "prime": true, "foreign-policy": true, "national": true,
	"security": true, "lieutenant": true, "major": true, "vice": true, "former": false, "acting": true,
	"interim": true, "incumbent": true, "military": true, "economic": true, "presidential": true, "lead": true, "principal": true,
}

// pastMarkers in an apposition mean the role has ended.
var pastMarkers = map[string]bool{"retired": true, "former": true, "ex": true, "onetime": true, "erstwhile": true}

// groupNouns head a collective speaker ("European leaders", "all sides").
var groupNouns = map[string]bool{
	"leaders": true, "officials": true, "allies": true, "sides": true, "countries": true, "governments": true,
	"diplomats": true, "lawmakers": true, "analysts": true, "critics": true, "members": true, "experts": true,
	"negotiators": true, "authorities": true, "partners": true, "parties": true, "nations": true,
	"states": true, "ministers": true, "observers": true, "investigators": true, "residents": true,
	"protesters": true, "activists": true, "troops": true, "commanders": true, "sources": true,
	"groups": true, "regulators": true, "economists": true, "investors": true, "scientists": true, "researchers": true,
	"prosecutors": true, "judges": true, "unions": true, "workers": true, "voters": true, "doctors": true,
	"engineers": true, "nurses": true, "shareholders": true, "fans": true, "supporters": true, "teachers": true, "farmers": true, "residents'": false, "campaigners": true,
	"ministries": true, "jurors": true, "relatives": true,
	"lawyers": true, "attorneys": true, "senators": true, "republicans": true, "democrats": true, "conservatives": true, "liberals": true, "families": true,
}

// state is a state with its capital and adjective, for metonymy ("Moscow
// said") and demonyms ("under Russian control").
type state struct {
	name      string
	aliases   []string // capital first; other spellings after
	demonym   string
	institute []string // seats of power that speak for it: "the Kremlin"
}

var states = []state{
	{"Russia", []string{"Moscow", "Russian Federation"}, "Russian", []string{"Kremlin"}},
	{"Ukraine", []string{"Kyiv", "Kiev"}, "Ukrainian", nil},
	{"United States", []string{"Washington", "US", "U.S.", "USA", "America"}, "American", []string{"White House", "Pentagon"}},
	{"China", []string{"Beijing"}, "Chinese", nil},
	{"Britain", []string{"London", "United Kingdom", "UK"}, "British", []string{"Downing Street"}},
	{"France", []string{"Paris"}, "French", []string{"Elysee", "Élysée"}},
	{"Germany", []string{"Berlin"}, "German", nil},
	{"Poland", []string{"Warsaw"}, "Polish", nil},
	{"Turkey", []string{"Ankara", "Türkiye"}, "Turkish", nil},
	{"Israel", []string{"Jerusalem"}, "Israeli", nil},
	{"Iran", []string{"Tehran"}, "Iranian", nil},
	{"India", []string{"New Delhi"}, "Indian", nil},
	{"Japan", []string{"Tokyo"}, "Japanese", nil},
	{"Belarus", []string{"Minsk"}, "Belarusian", nil},
	{"Italy", []string{"Rome"}, "Italian", nil},
	{"Spain", []string{"Madrid"}, "Spanish", nil},
	{"Canada", []string{"Ottawa"}, "Canadian", nil},
	{"Georgia", []string{"Tbilisi"}, "Georgian", nil},
	{"Moldova", []string{"Chisinau"}, "Moldovan", nil},
	{"Hungary", []string{"Budapest"}, "Hungarian", nil},
}

// institutions speak without being states.
var institutions = []struct{ name, kind string }{
	{"NATO", "institution"}, {"European Union", "institution"}, {"EU", "institution"},
	{"United Nations", "institution"}, {"UN", "institution"}, {"European Commission", "institution"},
	{"IAEA", "institution"}, {"G7", "institution"},
}

// collectivePhrases are lower-case collective speakers.
var collectivePhrases = []string{"all sides", "both sides", "the two sides", "both parties", "the West", "Western officials", "Western leaders"}

// orgSuffixes mark a capitalized name as an organization.
var orgSuffixes = map[string]bool{
	"ministry": true, "party": true, "council": true, "commission": true, "union": true, "office": true,
	"agency": true, "bank": true, "forum": true, "committee": true, "government": true, "parliament": true,
	"army": true, "forces": true, "court": true, "service": true, "company": true, "corporation": true,
	"group": true, "institute": true, "organization": true, "organisation": true, "administration": true,
	"department": true, "house": true, "association": true, "federation": true, "guard": true, "authority": true, "police": true, "assembly": true, "street": true, "front": true, "movement": true, "alliance": true,
}

// facilityNouns end the name of a facility ("Zaporizhzhia nuclear power plant").
var facilityNouns = map[string]bool{"plant": true, "station": true, "airport": true, "port": true, "dam": true, "base": true, "bridge": true, "refinery": true, "mine": true}

// regionNouns refer back to a territory ("the region").
var regionNouns = map[string]string{"region": "region", "province": "province", "country": "country", "city": "city", "area": "area", "oblast": "province", "territory": "area", "peninsula": "region"}

// notNames are capitalized words that do not start or make a name.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "after": true, "before": true,
	"in": true, "on": true, "at": true, "for": true, "of": true, "to": true, "from": true, "with": true,
	"despite": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "this": true, "that": true,
	"these": true, "those": true, "also": true, "meanwhile": true, "however": true, "when": true,
	"while": true, "as": true, "if": true, "neither": true, "either": true, "both": true, "all": true,
	"almost": true, "for now": true, "now": true, "there": true, "here": true, "some": true, "many": true,
	"most": true, "read": true, "during": true, "since": true, "until": true, "by": true, "amid": true,
	"over": true, "under": true, "according": true, "although": true, "though": true, "yet": true, "so": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "what": true, "who": true, "why": true, "how": true,
	"no": true, "not": true, "one": true, "two": true, "three": true, "leaked": true, "human": true,
}

var weekdays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// adverbialStarts begin a clause that only frames the claim before it
// ("... were “constructive,” as diplomatic efforts accelerate").
var adverbialStarts = map[string]bool{"as": true, "after": true, "before": true, "when": true, "while": true, "amid": true, "ahead": true, "following": true, "during": true, "because": true, "since": true, "despite": true, "until": true}

// futureMarkers make relative dates point forward.
var futureMarkers = map[string]bool{"will": true, "scheduled": true, "planned": true, "plans": true, "due": true, "expected": true, "set": true, "steps": true, "step": true, "upcoming": true, "next": true}

// controlVerbs state territorial control.
var controlVerbs = map[string]bool{"controls": true, "controlled": true, "holds": true, "held": true, "occupies": true, "occupied": true}

// shareWords are quantities without a number.
var shareWords = map[string]struct {
	share float64
	bound string
	ok    bool
}{
	"all": {100, "exact", true}, "most": {50, "more_than", true}, "half": {50, "about", true},
	"large parts": {0, "", false}, "small parts": {0, "", false}, "parts": {0, "", false},
	"much": {0, "", false}, "a third": {33.3, "about", true}, "a quarter": {25, "about", true},
	"two-thirds": {66.7, "about", true}, "one-fifth": {20, "about", true}, "nearly all": {100, "less_than", true},
	"almost all": {100, "less_than", true}, "virtually all": {100, "less_than", true}, "part": {0, "", false},
	"large swathes": {0, "", false}, "most of": {50, "more_than", true},
}

// boundWords qualify a percentage.
var boundWords = map[string]string{
	"over": "more_than", "more than": "more_than", "above": "more_than", "at least": "more_than",
	"about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about", "nearly": "less_than",
	"almost": "less_than", "under": "less_than", "less than": "less_than", "just under": "less_than", "up to": "less_than",
}

// geoNouns end a place named with a possessive ("Kherson's left bank").
var geoNouns = map[string]bool{"bank": true, "coast": true, "side": true, "shore": true, "north": true, "south": true, "east": true, "west": true, "outskirts": true, "border": true}

// reportNouns stand between "according to" and a source ("according to
// estimates by analysts").
var reportNouns = map[string]bool{"estimates": true, "figures": true, "data": true, "reports": true, "a": true, "report": true, "statement": true, "statements": true, "an": true, "estimate": true}

// honorifics may start a name ("Dr Maria Costa"); they are not part of it.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "sir": true, "dame": true, "lord": true, "lady": true,
	// Malaysian honorifics ("Datuk Seri Dr Ann Lee"), rule honorific-titles
	"datuk": true, "datin": true, "seri": true}

// personNouns describe a person without being a title: "the Ireland
// legend said", "the 26-year-old added". As a speaker they refer back to
// the last subject or speaker (a low-confidence guess, marked so).
var personNouns = map[string]bool{
	"legend": true, "star": true, "striker": true, "midfielder": true, "defender": true,
	"goalkeeper": true, "keeper": true, "winger": true, "veteran": true, "champion": true,
	"skipper": true, "boss": true, "player": true, "golfer": true, "youngster": true,
	"teenager": true, "rookie": true, "debutant": true, "hero": true, "ace": true, "icon": true,
	"newcomer": true, "driver": true, "rider": true, "runner": true, "batter": true, "bowler": true,
	"batsman": true, "pitcher": true, "quarterback": true, "boxer": true, "fighter": true,
	"entrepreneur": true, "billionaire": true, "businessman": true, "businesswoman": true,
	"actor": true, "actress": true, "singer": true, "author": true, "writer": true, "novelist": true,
	"defendant": true, "victim": true, "witness": true, "survivor": true, "mother": true, "father": true,
}

// isAgeNoun: "26-year-old", as in "the 26-year-old said".
func isAgeNoun(w string) bool {
	return strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old") && w[0] >= '0' && w[0] <= '9'
}
