"""Scores against labelled data: ISAF press releases field by field (`isaf`), tallies on
hand-annotated sentences and entity-level NER figures (`scores`)."""
