"""The chapters re-run with papermill on an article other than the seed, as a user would."""

import nbformat
import papermill

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"


def run_chapter(name: str, output, **parameters) -> str:
    """Execute a chapter with papermill; return all the text its cells printed or displayed."""
    papermill.execute_notebook(
        NOTEBOOKS / name, output, parameters=parameters, cwd=str(NOTEBOOKS), progress_bar=False
    )
    printed = []
    for cell in nbformat.read(output, as_version=4).cells:
        for out in cell.get("outputs", []):
            printed.append(out.get("text") or out.get("data", {}).get("text/plain", ""))
    return "\n".join(printed)


def test_normalization_chapter_reruns_on_a_utf16_article(tmp_path):
    article = tmp_path / "censored.txt"
    text = "أعلنت «قـ.ـسد» اعتقال ٣ من عناصر داعـ.ـش في الحسكة.\nThe SDF said 3 were detained."
    article.write_bytes(text.encode("utf-16"))
    printed = run_chapter(
        "01_normalization.ipynb",
        tmp_path / "out.ipynb",
        article_path=str(article),
        published="2023-02-15",
        skip_steps=["teh_marbuta"],
    )
    assert "read as utf-16, published 2023-02-15" in printed
    assert 'اعلنت "قسد" اعتقال 3 من عناصر داعش في الحسكة.' in printed
    assert "deobfuscate                2  قـ.ـسد → قسد; داعـ.ـش → داعش" in printed
    assert "ar    1\nen    1" in printed
