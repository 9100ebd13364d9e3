"""Corpus runs: finding the inputs and their metadata (`inputs`), analyzing each one in this
process, in local processes or on Dask (`run`), and writing the tables with a manifest of every
input (`tables`)."""
