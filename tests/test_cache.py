"""The build cache: the gazetteer read back is the one built, and any change to what it was
built from builds it anew."""

import shutil

from newstally import cache
from newstally.extract.gazetteer import GAZETTEER, load_gazetteer


def test_the_gazetteer_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTALLY_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER, folder)
    built = load_gazetteer(folder)
    (saved,) = (tmp_path / "cache").glob("gazetteer-*.pickle")
    load_gazetteer.cache_clear()
    again = load_gazetteer(folder)
    assert again is not built and again.entries == built.entries and again.index == built.index
    assert again.entries["geonames:99072"].name_en == "Mosul"
    with (folder / "places.csv").open("a", encoding="utf-8") as places:
        places.write("\n")  # any change to a data file: another fingerprint, another build
    load_gazetteer.cache_clear()
    load_gazetteer(folder)
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 2
    load_gazetteer.cache_clear()


def test_a_damaged_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTALLY_CACHE", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    files = [GAZETTEER / "actors.csv"]
    assert cache.cached("thing", files, ["numpy"], build) == {"built": 1}
    assert cache.cached("thing", files, ["numpy"], build) == {"built": 1}
    (saved,) = tmp_path.glob("thing-*.pickle")
    saved.write_bytes(b"not a pickle")
    assert cache.cached("thing", files, ["numpy"], build) == {"built": 2}
    assert cache.cached("thing", files, ["numpy"], build) == {"built": 2}


def test_caching_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTALLY_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cached("thing", [], [], lambda: 7) == 7
    assert not list(tmp_path.rglob("*"))


def test_the_fingerprint_follows_package_versions():
    files = [GAZETTEER / "actors.csv"]
    assert cache.fingerprint(files, ["numpy"]) == cache.fingerprint(files, ["numpy"])
    assert cache.fingerprint(files, ["numpy"]) != cache.fingerprint(files, ["pandas"])


def test_the_normalization_table_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    from newstally.text.normalize import CHAR_STEPS, _build_table, _char_table

    monkeypatch.setenv("NEWSTALLY_CACHE", str(tmp_path))
    _char_table.cache_clear()
    everything = frozenset(CHAR_STEPS)
    _char_table(everything)
    _char_table.cache_clear()
    assert len(list(tmp_path.glob("chartable-*.pickle"))) == 1
    assert (_char_table(everything) == _build_table(everything)).all()
    _char_table.cache_clear()
