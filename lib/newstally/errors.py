"""The errors the library raises for input it cannot use. Each message is one line that names
the file and the problem, fit to show a user as it is."""


class ArticleError(ValueError):
    """An article could not be read as text."""

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class EmptyArticleError(ArticleError):
    """The file has no text: zero bytes, or only white space."""


class BinaryArticleError(ArticleError):
    """The file holds binary data, not text."""


class EncodingError(ArticleError):
    """The bytes are not in an encoding the library reads (UTF-8, UTF-16, windows-1256)."""


class UnreadableArticleError(ArticleError):
    """The file is missing or cannot be opened."""


class TooLargeArticleError(ArticleError):
    """The file is far larger than any article (see `newstally.text.reader.MAX_BYTES`)."""


class DateError(ValueError):
    """A publication date that is not a date written YYYY-MM-DD."""
