package extract

import (
	"strings"
	"sync"
	"unicode"

	"kb/internal/names"
)

// The word classes of branch x-entities4: what may be a speaker and what a
// drafted entity is. Built from general knowledge of news English (the
// world's states, the regions news names, the nouns of documents and the
// verbs that issue them, name particles), not from the words of any one
// article. The rules that read them are in documents.go and places.go.

// countryNames are the world's sovereign states (UN members and
// observers) with the short and older forms news writes. A country is
// never a person: as a speaker it is the state (an organization of kind
// state), as in the fact-file format. The twenty states of the metonymy
// lexicon (lexicon.go) keep their capitals and demonyms there.
var countryNames = []string{
	"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
	"Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
	"Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Bosnia",
	"Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde",
	"Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
	"Comoros", "Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo",
	"Costa Rica", "Côte d'Ivoire", "Ivory Coast", "Croatia", "Cuba", "Cyprus", "Czech Republic",
	"Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
	"El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland", "Ethiopia",
	"Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
	"Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
	"India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
	"Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
	"Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
	"Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia",
	"Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma",
	"Namibia", "Nauru", "Nepal", "Netherlands", "Holland", "New Zealand", "Nicaragua", "Niger",
	"Nigeria", "North Korea", "North Macedonia", "Macedonia", "Norway", "Oman", "Pakistan", "Palau",
	"Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
	"Qatar", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
	"Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
	"Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
	"Solomon Islands", "Somalia", "South Africa", "South Korea", "Korea", "South Sudan", "Spain",
	"Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan", "Tanzania",
	"Thailand", "Timor-Leste", "East Timor", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey",
	"Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "UAE",
	"United Kingdom", "Britain", "Great Britain", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
	"Vatican", "Holy See", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Taiwan", "Kosovo",
}

// regionNames are places news names that are not states and never speak:
// continents and world regions, disputed and self-governing territories,
// and regions at war or in the news for long. Someone speaks for them
// ("Gaza's health ministry", "the Crimean authorities"), never the place.
var regionNames = []string{
	"Africa", "Asia", "Europe", "Oceania", "Antarctica", "Arctic", "Latin America", "South America",
	"North America", "Central America", "Middle East", "Near East", "Far East", "Caribbean", "Balkans",
	"Caucasus", "South Caucasus", "Baltics", "Scandinavia", "Sahel", "Maghreb", "Levant", "Horn of Africa",
	"Central Asia", "South Asia", "Southeast Asia", "East Asia", "Eastern Europe", "Western Europe",
	"Gulf", "Persian Gulf", "Mediterranean", "Black Sea", "Red Sea", "South China Sea", "Indo-Pacific",
	"Nagorno-Karabakh", "Karabakh", "Artsakh", "Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk",
	"Kherson", "Zaporizhzhia", "Transnistria", "Abkhazia", "South Ossetia", "Gaza", "Gaza Strip",
	"West Bank", "Golan Heights", "Golan", "Kashmir", "Jammu and Kashmir", "Tibet", "Xinjiang",
	"Hong Kong", "Macau", "Kurdistan", "Iraqi Kurdistan", "Darfur", "Tigray", "Western Sahara",
	"Chechnya", "Dagestan", "Siberia", "Balochistan", "Punjab", "Sindh", "Catalonia", "Basque Country",
	"Northern Ireland", "Scotland", "Wales", "England", "Greenland", "Puerto Rico", "Kurdish region",
	"Idlib", "Aleppo", "Rafah", "Sinai", "Mindanao", "Papua", "Aceh", "Kosovo region",
}

var (
	placeIdxOnce sync.Once
	countryIdx   map[string]string // normalized name -> the name as listed
	regionIdx    map[string]bool
)

func placeIndex() {
	placeIdxOnce.Do(func() {
		countryIdx = map[string]string{}
		regionIdx = map[string]bool{}
		for _, c := range countryNames {
			countryIdx[names.Normalize(c)] = c
		}
		for _, r := range regionNames {
			regionIdx[names.Normalize(r)] = true
		}
	})
}

// countryName says whether name (a leading "the" allowed) is a state of
// countryNames, and gives it as listed.
func countryName(name string) (string, bool) {
	placeIndex()
	n := names.Normalize(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	c, ok := countryIdx[n]
	return c, ok
}

// regionName says whether name is a region of regionNames.
func regionName(name string) bool {
	placeIndex()
	return regionIdx[names.Normalize(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))]
}

// documentNouns are the nouns of texts that news lets speak ("the
// statement said", "the lawsuit alleges", "the report says"): statements
// and releases, legal papers, official papers, studies, letters and posts.
// A document is never a person: its author speaks when the article names
// one; else the document is drafted as worded (rule document, below).
var documentNouns = map[string]bool{
	"statement": true, "communique": true, "communiqué": true, "declaration": true, "release": true,
	"announcement": true, "advisory": true, "bulletin": true, "notice": true, "circular": true,
	"report": true, "study": true, "survey": true, "paper": true, "analysis": true, "assessment": true,
	"review": true, "audit": true, "memo": true, "memorandum": true, "letter": true, "email": true,
	"e-mail": true, "message": true, "post": true, "tweet": true, "note": true, "transcript": true,
	"proposal": true, "plan": true, "draft": true, "document": true, "text": true, "manifesto": true,
	"resolution": true, "bill": true, "decree": true, "directive": true, "guidance": true, "guidelines": true,
	"agreement": true, "accord": true, "treaty": true, "deal": true, "charter": true,
	"lawsuit": true, "suit": true, "complaint": true, "petition": true, "motion": true, "filing": true,
	"indictment": true, "affidavit": true, "brief": true, "judgment": true, "judgement": true,
	"verdict": true, "order": true, "opinion": true, "summons": true, "warrant": true, "citation": true,
}

// issueVerbs have a document's author as their subject ("X issued a
// statement", "X put out a statement saying").
var issueVerbs = map[string]bool{
	"issued": true, "issues": true, "released": true, "releases": true, "published": true,
	"publishes": true, "posted": true, "posts": true, "sent": true, "sends": true, "filed": true,
	"files": true, "submitted": true, "submits": true, "presented": true, "presents": true,
	"unveiled": true, "unveils": true, "tabled": true, "tables": true, "signed": true, "signs": true,
	"wrote": true, "writes": true, "drafted": true, "drafts": true, "distributed": true,
	"circulated": true, "circulates": true, "put": true, "puts": true, "brought": true, "brings": true,
	"lodged": true, "lodges": true, "delivered": true, "delivers": true, "sued": true,
}

// hyphenParticles are the lower-case particles joined by a hyphen to the
// capitalized part of a surname: Arabic "al-", "el-" and the assimilated
// forms of the article ("ad-", "as-", "ash-", "an-", "ar-", "at-", "az-",
// "ud-", "ul-"), "bin-", "ibn-", "abu-", "abd-" ("Adel al-Jubeir", "Abdel
// Fattah el-Sisi"). Inside a name they are part of it; alone they open an
// organization's name as often ("al-Qaeda") and are left to other rules.
var hyphenParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "an": true, "at": true,
	"az": true, "ud": true, "ul": true, "bin": true, "ibn": true, "abu": true, "abd": true, "bint": true,
}

// hyphenParticleName says whether w is a surname written with a
// lower-case particle: "al-Jubeir", "el-Sisi".
func hyphenParticleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || !hyphenParticles[w[:i]] {
		return false
	}
	r := []rune(w[i+1:])
	return len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z'
}

// orgHeadNouns end or open the name of a body whose name can hold a title
// word ("Directorate General of Health Services", "Elysee Palace"): the
// name is an organization's, never a title and a person.
var orgHeadNouns = map[string]bool{
	"directorate": true, "secretariat": true, "inspectorate": true, "bureau": true, "palace": true,
	"tribunal": true, "chamber": true, "senate": true, "congress": true, "cabinet": true,
	"embassy": true, "consulate": true, "municipality": true, "university": true, "college": true,
	"hospital": true, "foundation": true, "fund": true, "society": true, "board": true, "trust": true,
	"centre": true, "center": true, "observatory": true, "museum": true, "academy": true, "league": true,
	"staff": true, "command": true, "headquarters": true, // "the General Staff", "Central Command"
}

// militaryNouns head a state's armed body as news names it ("the Israeli
// military said", "the army said"): an organization noun like "army".
var militaryNouns = []string{"military", "navy", "coastguard", "gendarmerie", "militia"}

func init() {
	for _, w := range militaryNouns {
		if _, ok := orgSuffixes[w]; !ok {
			orgSuffixes[w] = true
		}
	}
}

// moreHonorifics join the honorifics of lexicon.go: Malaysian "Tun",
// "Dato", "Haji"/"Hajjah" (the pilgrimage title), "Hon." (Honourable)
// and the French and German forms news keeps. Two-word ones ("Tan Sri")
// are read by pairedHonorific.
var moreHonorifics = []string{"tun", "dato", "haji", "hajah", "hajjah", "hon", "mme", "mlle", "messrs", "mx", "herr", "frau"}

func init() {
	for _, w := range moreHonorifics {
		honorifics[w] = true
	}
}

// pluralDemonymWords are plural nationality nouns not shaped like an
// adjective plus s ("the Israelis", "the Kurds"); the others are read from
// their shape (Palestinians, Americans, Chinese-speaking aside).
var pluralDemonymWords = map[string]bool{
	"israelis": true, "iraqis": true, "pakistanis": true, "saudis": true, "yemenis": true, "kuwaitis": true,
	"qataris": true, "emiratis": true, "omanis": true, "bangladeshis": true, "somalis": true, "afghans": true,
	"kurds": true, "turks": true, "arabs": true, "serbs": true, "croats": true, "thais": true, "filipinos": true,
	"britons": true, "danes": true, "swedes": true, "finns": true, "poles": true, "czechs": true, "slovaks": true,
	"greeks": true, "scots": true, "welsh": true, "dutch": true, "swiss": true, "french": false,
}

// pluralDemonym says whether w is a capitalized plural nationality noun:
// "Palestinians", "Americans", "Israelis", "Kurds".
func pluralDemonym(w string) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || isAcronym(w) {
		return false
	}
	l := strings.ToLower(w)
	if pluralDemonymWords[l] {
		return true
	}
	if !strings.HasSuffix(l, "s") {
		return false
	}
	stem := w[:len(w)-1]
	return lexiconDemonym(stem) || isDemonym(stem) && !strings.HasSuffix(l, "ishs")
}

// moreTitles are title heads news sets before a name that the lexicon
// lacked: the hyphenated offices ("U.N. Secretary-General X", "WHO
// Director-General X", "Attorney-General X") and religious and royal
// titles that are rarely surnames (Archbishop, Ayatollah, Patriarch).
// Words that are also surnames (Prince, Duke, Bishop, Sultan, Mufti) are
// left out: a surname must never read as a title ("lawyer James Sultan").
var moreTitles = []string{
	"secretary-general", "director-general", "attorney-general", "governor-general", "solicitor-general",
	"auditor-general", "inspector-general", "surgeon-general", "procurator-general", "comptroller-general",
	"registrar-general", "postmaster-general", "vice-chancellor", "vice-chairman", "vice-chair", "vice-premier",
	"archbishop", "ayatollah", "patriarch", "sheikha", "emperor", "empress",
}

func init() {
	for _, w := range moreTitles {
		if _, ok := roleHeads[w]; !ok {
			roleHeads[w] = true
		}
	}
}
