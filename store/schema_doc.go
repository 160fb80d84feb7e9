package store

// schemaDocs describes every table and view a user can query, and each of
// their columns. It is the one source of `kb schema`; the migrations'
// comments say the same for developers. TestSchemaDocsCoverEveryColumn
// fails when a migration adds a column or a table without a description
// here, and when a description names a column that no longer exists.
var schemaDocs = []tableDoc{
	{"sources", "One row per source (an article): its metadata and full text.", cols{
		"id":                  "slug of the source, e.g. 'ukraine-talks-2025-12-07'",
		"title":               "headline or a descriptive title; NULL when unknown",
		"outlet":              "publisher; NULL when unknown",
		"url":                 "address of the article; NULL when unknown",
		"published_on":        "publication date, text at its precision ('2025-12-07', '2025-12', '2025'); NULL when unknown",
		"published_precision": "precision of published_on: day, week, month or year",
		"published_inferred":  "1 when published_on was worked out rather than stated",
		"published_basis":     "why published_on is what it is, when inferred",
		"body":                "full text, verbatim (byte-order mark and carriage returns removed); evidence offsets point into it",
		"content_hash":        "sha256 of the facts the source owns, as stored (not of the file's bytes); a file whose facts are unchanged is skipped on reload",
		"added_at":            "UTC timestamp of the load that wrote this row",
	}},
	{"source_links", "Headlines of other articles a source links to (\"Also Read: ...\"); not statements.", cols{
		"source_id":      "the source the link is in (sources.id)",
		"position":       "order of the link within the source, from 1",
		"kind":           "also_read or related",
		"title":          "headline of the linked article",
		"url":            "address of the linked article; NULL when unknown",
		"evidence_start": evidenceStart,
		"evidence_end":   evidenceEnd,
	}},
	{"people", "One row per person.", cols{
		"id":          "slug of the person, e.g. 'zelenskiy'",
		"name":        "canonical display name",
		"description": "one line from the sources; NULL when none",
	}},
	{"person_aliases", "Every spelling of a person's name, the canonical one included.", aliasCols("person_id", "the person (people.id)")},
	{"organizations", "States, governments, institutions and collective speakers (\"European leaders\").", cols{
		"id":          "slug of the organization, e.g. 'kremlin'",
		"name":        "canonical display name",
		"kind":        "state, government, institution, collective, company, party, team, league, court, agency or other",
		"parent_id":   "the organization it is part of (organizations.id); NULL when none. The Kremlin is part of Russia",
		"description": "one line from the sources; NULL when none",
	}},
	{"organization_aliases", "Every name of an organization, the canonical one included.", aliasCols("organization_id", "the organization (organizations.id)")},
	{"roles", "A title a person holds or held, optionally in an organization, over a span of time.", cols{
		"id":              "row id",
		"person_id":       "who holds it (people.id)",
		"title":           "the title as the source gives it",
		"organization_id": "the organization it is held in (organizations.id); NULL for a bare title",
		"start_on":        "when it began, text at its precision; NULL when unknown",
		"start_precision": precisionOf("start_on"),
		"start_inferred":  inferredOf("start_on"),
		"end_on":          "when it ends or ended, text at its precision; NULL when no end is known",
		"end_precision":   precisionOf("end_on"),
		"end_inferred":    inferredOf("end_on"),
		"end_basis":       "why end_on is what it is, when inferred",
		"end_kind":        "NULL: current as of the source; 'past': it has ended (\"retired\"); 'announced': an end is announced (\"steps down in January\")",
		"source_id":       sourceOfFact,
		"evidence_start":  evidenceStart,
		"evidence_end":    evidenceEnd,
	}},
	{"topics", "What statements are about; a topic may sit under a broader one.", cols{
		"id":          "slug of the topic, e.g. 'donbas-status'",
		"name":        "display name",
		"parent_id":   "the broader topic (topics.id); NULL for a root",
		"description": "NULL when none",
	}},
	{"topic_counts", "How many statements each topic has, kept by the loaders so that topic pages need not count.", cols{
		"topic_id":       "the topic (topics.id)",
		"statements":     "statements about the topic or any topic below it, each counted once",
		"own_statements": "statements tagged with the topic itself",
	}},
	{"topic_aliases", "Every name of a topic, the canonical one included.", aliasCols("topic_id", "the topic (topics.id)")},
	{"territories", "Places: countries, regions, provinces, cities, facilities, in a containment tree.", cols{
		"id":        "slug of the territory, e.g. 'donetsk'",
		"name":      "display name",
		"kind":      "country, region, province, city, facility or area",
		"parent_id": "the territory it lies in (territories.id); NULL for a root. Donetsk is in Donbas",
	}},
	{"territory_aliases", "Every name of a territory, the canonical one included.", aliasCols("territory_id", "the territory (territories.id)")},
	{"territory_control", "Who controls, or claims, how much of a territory, as reported.", cols{
		"id":              "row id",
		"territory_id":    "the territory (territories.id)",
		"controller_id":   "who controls or claims it (organizations.id)",
		"kind":            "control (holds it) or claim (says it should)",
		"share":           "percent, 0-100; NULL when the source gives no number (\"small parts\")",
		"share_bound":     "how share relates to the truth: exact (19.2%), more_than (over 80%), about (about 75%), less_than; NULL when share is NULL",
		"qualifier":       "the words as reported: 'all', 'over 80%', 'small parts'",
		"as_of":           "the date the figure holds for, text at its precision",
		"as_of_precision": precisionOf("as_of"),
		"as_of_inferred":  inferredOf("as_of"),
		"as_of_basis":     "why as_of is what it is, when inferred",
		"note":            "anything else the source says, e.g. 'annexed in 2014'",
		"source_id":       sourceOfFact,
		"evidence_start":  evidenceStart,
		"evidence_end":    evidenceEnd,
	}},
	{"events", "Calls, meetings, forums, addresses, leaks: things that happened.", cols{
		"id":             "slug of the event",
		"name":           "display name",
		"kind":           "call, meeting, forum, address, leak, match, vote, hearing, launch, interview, press_conference or other",
		"held_on":        "when it happened, text at its precision; NULL when unknown",
		"held_precision": precisionOf("held_on"),
		"held_inferred":  inferredOf("held_on"),
		"held_basis":     "why held_on is what it is, when inferred",
		"place":          "where; NULL when unknown",
		"description":    "NULL when none",
		"source_id":      sourceOfFact,
		"evidence_start": evidenceStart,
		"evidence_end":   evidenceEnd,
	}},
	{"event_participants", "Who took part in an event: a person or an organization per row.", cols{
		"event_id":        "the event (events.id)",
		"person_id":       "a person who took part (people.id); NULL when the row is an organization",
		"organization_id": "an organization that took part (organizations.id); NULL when the row is a person",
	}},
	{"statements", "The heart: one row per thing said. A statement reported by several sources has several statement_appearances.", cols{
		"id":                "slug of the statement, e.g. 'kellogg-really-close'",
		"source_id":         "the source whose fact file defines it (sources.id)",
		"speaker_person_id": "the person who said it (people.id); NULL when an organization did",
		"speaker_org_id":    "the organization that said it (organizations.id); NULL when a person did",
		"on_behalf_of_id":   "the organization a person spoke for (organizations.id); NULL when none",
		"kind":              "direct (the exact words inside quotation marks) or reported (the claim as the source words it)",
		"text":              "what was said, the speaker's words only: the quoted words, or the reported claim; ' … ' stands where the writer's own words (an aside, 'Kellogg said') are left out",
		"cue":               "the verb of attribution: said, warned, claims, counters...",
		"said_on":           "when it was said, text at its precision; NULL when the source does not say",
		"said_precision":    precisionOf("said_on"),
		"said_inferred":     inferredOf("said_on"),
		"said_basis":        "why said_on is what it is, when inferred",
		"setting":           "where or how it was said: 'nightly video address'; NULL when not given",
		"setting_inferred":  "1 when the setting and event were worked out from the context rather than written with the statement",
		"setting_basis":     "why the setting is what it is, when inferred",
		"paraphrase":        "1 when a reported statement's text is the curator's wording rather than the source's words",
		"event_id":          "the event it was said at (events.id); NULL when none",
		"position":          "order within its fact file",
	}},
	{"statement_appearances", "Where a statement is written: one row per passage per source.", cols{
		"statement_id":   "the statement (statements.id)",
		"source_id":      "the source the passage is in (sources.id)",
		"evidence_start": evidenceStart,
		"evidence_end":   evidenceEnd,
		"wording":        "the statement's text as this source prints it (a re-report may trim or reword a quote), in the body's characters; NULL when not known",
		"position":       "the passage's place (1, 2, ...) among the statement's passages in this source, in the order the fact file lists them; kb export writes them in this order",
	}},
	{"statement_topics", "What a statement is about.", cols{
		"statement_id": "the statement (statements.id)",
		"topic_id":     "a topic it is about (topics.id)",
		"sort_key":     "the statement's place in statement order (newest first, then source id, then position), as text sorting ascending; kept by the loaders",
		"position":     "the topic's place (1, 2, ...) among the statement's topics, in the order its fact file lists them; kb export writes them in this order",
	}},
	{"statement_mentions", "People, organizations and territories a statement names: one of the three per row.", cols{
		"statement_id":    "the statement (statements.id)",
		"person_id":       "a person it names (people.id), or NULL",
		"organization_id": "an organization it names (organizations.id), or NULL",
		"territory_id":    "a territory it names (territories.id), or NULL",
	}},
	{"positions", "The stance an actor holds on a topic as of a date.", cols{
		"id":               "row id",
		"holder_person_id": "the person holding it (people.id); NULL when an organization does",
		"holder_org_id":    "the organization holding it (organizations.id); NULL when a person does",
		"topic_id":         "the topic (topics.id)",
		"stance":           "the stance, short, in the source's terms",
		"polarity":         "supports, opposes, demands, conditional, rejects or neutral",
		"as_of":            "the date it is held as of, text at its precision",
		"as_of_precision":  precisionOf("as_of"),
		"as_of_inferred":   inferredOf("as_of"),
		"as_of_basis":      "why as_of is what it is, when inferred",
		"stance_inferred":  "1 when the polarity and stance are the curator's reading of the source rather than its words",
		"stance_basis":     "why the polarity and stance are what they are, when inferred",
		"source_id":        sourceOfFact,
		"evidence_start":   evidenceStart,
		"evidence_end":     evidenceEnd,
	}},
	{"position_statements", "The statements that show a position.", cols{
		"position_id":  "the position (positions.id)",
		"statement_id": "a statement that shows it (statements.id)",
	}},
	{"statements_fts", "FTS5 full-text index over statements.text (rowid = statements.rowid); query with MATCH, rank with bm25(statements_fts).", cols{
		"text": "the statement's text, indexed with diacritics removed",
	}},
	{"goose_db_version", "The schema migrations applied, kept by goose; `kb migrate status` reads it.", cols{
		"id":         "row id",
		"version_id": "migration number",
		"is_applied": "1 when applied, 0 when rolled back",
		"tstamp":     "when it was applied or rolled back",
	}},

	// Views: their columns are a stable contract.
	{"who_said_what", "View: one row per statement appearance: who said what, in what role, when, about what, and the passage where it is written.", cols{
		"statement_id":              "the statement (statements.id)",
		"speaker":                   "the speaker's name",
		"speaker_kind":              "person or organization",
		"speaker_id":                "people.id or organizations.id of the speaker",
		"speaker_role":              "title of the role the speaker held when it was said (statement_speaker_roles); NULL when none is known",
		"speaker_role_organization": "organization of that role; NULL when none",
		"on_behalf_of":              "name of the organization a person spoke for; NULL when none",
		"kind":                      "direct or reported",
		"text":                      "what was said",
		"cue":                       "the verb of attribution",
		"said_on":                   "when it was said, text at its precision; NULL when not given",
		"said_precision":            precisionOf("said_on"),
		"said_inferred":             inferredOf("said_on"),
		"setting":                   "where or how it was said",
		"topics":                    "names of its topics, comma-separated, by name",
		"source_id":                 "the source of this appearance (sources.id)",
		"source_title":              "that source's title",
		"source_published_on":       "that source's publication date",
		"evidence":                  "the passage of the source where it is written",
		"evidence_start":            evidenceStart,
		"evidence_end":              evidenceEnd,
		"wording":                   "the statement's text as this source prints it; NULL when not known (statement_appearances.wording)",
	}},
	{"statement_speaker_roles", "View: the role a statement's speaker held when it was said: the role whose span covers the date said (or, when unknown, the source's date).", cols{
		"statement_id": "the statement (statements.id)",
		"role_id":      "the role (roles.id); NULL when no role covers the date or the speaker is an organization",
	}},
	{"person_roles", "View: roles with names and a readable status.", cols{
		"role_id":         "the role (roles.id)",
		"person_id":       "people.id of the holder",
		"person":          "the holder's name",
		"title":           "the title as the source gives it",
		"organization":    "name of the organization it is held in; NULL for a bare title",
		"start_on":        "when it began; NULL when unknown",
		"start_precision": precisionOf("start_on"),
		"end_on":          "when it ends or ended; NULL when no end is known",
		"end_precision":   precisionOf("end_on"),
		"end_inferred":    inferredOf("end_on"),
		"status":          "current (no end known), announced_end (an end is announced) or former (ended)",
		"source_id":       sourceOfFact,
		"evidence":        "the passage of the source it is taken from",
	}},
	{"control_figures", "View: territory-control figures with names and their evidence.", cols{
		"control_id":      "the figure (territory_control.id)",
		"territory_id":    "territories.id",
		"territory":       "the territory's name",
		"within":          "name of the territory it lies in; NULL for a root",
		"controller":      "name of who controls or claims it",
		"kind":            "control or claim",
		"share":           "percent; NULL when the source gives no number",
		"share_bound":     "exact, more_than, about or less_than; NULL with share",
		"qualifier":       "the words as reported: 'all', 'over 80%', 'small parts'",
		"as_of":           "the date the figure holds for",
		"as_of_precision": precisionOf("as_of"),
		"as_of_inferred":  inferredOf("as_of"),
		"note":            "anything else the source says",
		"source_id":       sourceOfFact,
		"evidence":        "the passage of the source it is taken from",
	}},
	{"stances", "View: positions with the holder's and the topic's names.", cols{
		"position_id":     "the position (positions.id)",
		"holder":          "the holder's name",
		"holder_kind":     "person or organization",
		"holder_id":       "people.id or organizations.id of the holder",
		"topic":           "the topic's name",
		"topic_id":        "topics.id",
		"polarity":        "supports, opposes, demands, conditional, rejects or neutral",
		"stance":          "the stance, in the source's terms",
		"as_of":           "the date it is held as of",
		"as_of_precision": precisionOf("as_of"),
		"as_of_inferred":  inferredOf("as_of"),
		"source_id":       sourceOfFact,
		"evidence":        "the passage of the source it is taken from",
		"stance_inferred": "1 when the polarity and stance are the curator's reading of the source rather than its words",
		"stance_basis":    "why the polarity and stance are what they are, when inferred",
	}},
}

type cols map[string]string

type tableDoc struct {
	name, description string
	columns           cols
}

const (
	evidenceStart = "0-based offset of the passage's first character in sources.body, in Unicode characters"
	evidenceEnd   = "offset just past the passage's last character: substr(body, evidence_start + 1, evidence_end - evidence_start) is the passage"
	sourceOfFact  = "the source the fact is taken from (sources.id)"
)

func precisionOf(col string) string {
	return "precision of " + col + ": day, week (stored as its Monday), month or year"
}

func inferredOf(col string) string {
	return "1 when " + col + " was worked out (from \"Saturday\", \"last week\") rather than stated, else 0"
}

func aliasCols(owner, ownerDesc string) cols {
	return cols{
		owner:   ownerDesc,
		"alias": "the name as written",
		"norm":  "the name with case, diacritics and punctuation folded, for exact lookup",
		"fold":  "norm with transliteration variants folded (y/i/j, doubled letters, ph/f): Zelenskyy and Zelensky fold alike",
	}
}
