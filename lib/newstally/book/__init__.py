"""The book's helpers: notebook parameters checked first (`parameters`), HTML views of an
article (`display`), charts (`plots`), the audit of CENTCOM's figures (`audit`) and the
per-article report pages (`reports`). A chapter imports them from `newstally.book.notebook`."""
