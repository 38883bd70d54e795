"""Step one of extraction: an article's *mentions*, each a trigger with the arguments,
counts and cues of its own clause. Which mentions tell one happening is step two
(``polybius.extract.assemble``)."""
