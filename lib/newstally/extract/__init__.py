"""Extraction: from a `NormalizedText` to the contract's records. The gazetteer, dates, people
found by rule and the tagger's names become `Entity` mentions (`entities`); every stated count
becomes a `Tally` (`tallies`, reading `numbers` and the words around them with `clauses` and `custody`); the counts are checked against each other
(`checks`); `analyze` runs the whole flow. The word tables are in `lexicon`."""
