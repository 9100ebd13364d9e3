"""Extraction: from a `NormalizedText` to the contract's records. The gazetteer, dates, numbers,
people and the tagger's names become `Entity` mentions (`entities`); every stated count becomes
a `Tally` (`tallies`, with `clauses` and `numbers`); the counts are checked against each other
(`checks`); `analyze` runs the whole flow. The word tables are in `lexicon`."""
