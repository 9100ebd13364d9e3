"""The entity tagger (PERS, LOC, ORG, MISC) for the names no list knows: the features both of
its models share, the feature CRF (`crf`), the BiLSTM-CRF (trained in torch, `bilstm`; run in
numpy, `neural`), the chain sums both use (`chain`), their vote and its decoding (`tagger`),
one name one type across an article (`discourse`), their training (`training`), CoNLL files,
and camel-tools' NER as an optional backend (`camel`, imported only when asked for and
installed)."""
