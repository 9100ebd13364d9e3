"""Scores against labelled data: ISAF press releases field by field (`isaf`, printed by
`scores`), the entity tagger's P/R/F1 (`scores`), and tallies against gold that follows the
annotation guide, with agreement and an error table (`tallies`)."""
