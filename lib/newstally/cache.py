"""What the library builds once and keeps between runs (the gazetteer: 2 s to build, 0.03 s to
read back), in a cache folder: `$NEWSTALLY_CACHE`, else `$XDG_CACHE_HOME/newstally`, else
`~/.cache/newstally`. Each thing is a pickle named by a fingerprint of all it was built from
(data files, the source of the code that builds it, the versions of the packages it reads), so
changing any of them builds it anew. `NEWSTALLY_CACHE=off` builds it every time; a folder that
cannot be written is skipped the same way."""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
import tempfile
from collections.abc import Callable, Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def folder() -> Path | None:
    """Where cached things live, or None when caching is off."""
    chosen = os.environ.get("NEWSTALLY_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newstally"


def fingerprint(files: Iterable[Path], packages: Iterable[str]) -> str:
    """A hash of the files' names and bytes, the packages' installed versions and Python's."""
    digest = hashlib.sha256(platform.python_version().encode())
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for package in sorted(packages):
        try:
            installed = version(package)
        except PackageNotFoundError:
            installed = "absent"
        digest.update(f"{package}={installed}\0".encode())
    return digest.hexdigest()[:20]


def cached(name: str, files: Iterable[Path], packages: Iterable[str], build: Callable[[], T]) -> T:
    """`build()`, or what an earlier run built from the same files and packages."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{name}-{fingerprint(files, packages)}.pickle"
    try:
        with path.open("rb") as saved:
            return pickle.load(saved)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # not built yet, or unreadable: build it
    value = build()
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=where, suffix=".tmp", delete=False) as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)  # whole or not at all, even with processes racing
    except OSError:
        pass  # a read-only home: run without the cache
    return value
