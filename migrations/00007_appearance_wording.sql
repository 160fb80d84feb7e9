-- Every outlet's wording: an appearance records the statement's text as
-- that source prints it (a re-report may trim or reword a quote: "the rest
-- of the things will work out fairly well" for "I think the rest will work
-- out fairly well"). NULL when it is not known: the fact file gave no
-- wording and the statement's own text is not in the passage.
--
-- Existing rows get the statement's text where their passage holds it,
-- compared in the match form of the loader (curly and straight quotes and
-- apostrophes, non-breaking and thin spaces alike, rune for rune), and
-- stored as the body prints it. The down step drops the column and nothing
-- else; up again fills it the same way.

-- +goose Up
ALTER TABLE statement_appearances ADD COLUMN wording TEXT CHECK (wording IS NULL OR length(wording) > 0);

-- +goose StatementBegin
UPDATE statement_appearances AS a
   SET wording = (
       SELECT substr(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start),
                     instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' '), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s.text, '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' ')),
                     length(s.text))
         FROM statements s JOIN sources src ON src.id = a.source_id
        WHERE s.id = a.statement_id
          AND instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' '), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s.text, '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' ')) > 0);
-- +goose StatementEnd

-- +goose Down
ALTER TABLE statement_appearances DROP COLUMN wording;
