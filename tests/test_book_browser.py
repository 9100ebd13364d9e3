"""The built book in a real browser: headless Chromium (Playwright, the distribution's browser)
opens every page from a local server and checks what a reader would see.

Runs when the book is built (`make book`) and Chromium is installed (`.ci/run` does both)."""

import functools
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest

from .conftest import ROOT

HTML = ROOT / "book" / "_build" / "html"
HOSTILE = ROOT / "tests" / "data" / "hostile-markup.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "book" / "_build" / "screenshots"
ALLOWED_CONSOLE = ("invalid theme mode",)  # the stock theme's notice on a first visit

pytestmark = pytest.mark.skipif(
    not (HTML / "index.html").exists() or not Path(CHROMIUM).exists(),
    reason="needs the built book (make book) and Chromium",
)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    handler = functools.partial(QuietHandler, directory=str(HTML))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def pages() -> list[str]:
    """Every page of the book but the redirect the build writes as index.html."""
    return sorted(
        str(p.relative_to(HTML))
        for p in HTML.rglob("*.html")
        if "_static" not in p.parts and 'http-equiv="Refresh"' not in p.read_text(errors="ignore")
    )


def visit(browser, url: str):
    """Open a page; return it with the problems seen: console errors, failed requests, dialogs."""
    page = browser.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            m.type == "error"
            and not any(a in m.text for a in ALLOWED_CONSOLE)
            and not m.location.get("url", "").endswith("/favicon.ico")
            and problems.append(f"console: {m.text} ({m.location.get('url')})")
        ),
    )
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url}"))
    page.on(
        "response",
        lambda r: (
            r.status >= 400
            and not r.url.endswith("/favicon.ico")  # asked for by the browser, not by the book
            and problems.append(f"{r.status}: {r.url}")
        ),
    )
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url, wait_until="load")
    return page, problems


def test_every_page_loads_cleanly_with_its_images_and_links(server, browser):
    for name in pages():
        page, problems = visit(browser, f"{server}/{name}")
        broken_images = page.eval_on_selector_all(
            "img", "imgs => imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
        )
        links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        page.close()
        assert problems == [], name
        assert broken_images == [], name
        for link in links:
            target = link.split("#")[0]
            if not target or re.match(r"^[a-z]+:", target):
                continue
            assert (HTML / name).parent.joinpath(target).resolve().exists(), f"{name}: {link}"


def test_arabic_reads_right_to_left_and_figures_are_present(server, browser):
    page, _ = visit(browser, f"{server}/chapters/03_tallies.html")
    directions = page.eval_on_selector_all(
        "[lang=ar]", "els => els.map(e => getComputedStyle(e).direction)"
    )
    cells = page.eval_on_selector_all(  # cells whose first letter is Arabic
        "td",
        "tds => tds.filter(td => /^[^A-Za-z\\u0600-\\u06FF]*[\\u0600-\\u06FF]/.test(td.textContent))"
        ".map(td => getComputedStyle(td).direction)",
    )
    figures = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.naturalWidth)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "03_tallies.png"), full_page=True)
    page.close()
    assert directions and set(directions) == {"rtl"}
    assert cells and set(cells) == {"rtl"}
    assert figures and all(width > 0 for width in figures)


def test_every_article_has_its_page(server, browser):
    articles = sorted(p.name for p in (HTML / "reports").glob("article-*.html"))
    assert articles == ["article-000-e7f41f3c86338498.html"]  # seeds/ and data/articles/
    press = sorted((HTML / "press").glob("article-*.html"))
    assert len(press) == 20  # chapter 5: the ANT articles with the most findings


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    """The tally chapter run on the escaping test article, its HTML outputs as one page: the
    test article is not a page of the published book."""
    import nbformat

    from newstally.book.reports import article_page

    folder = tmp_path_factory.mktemp("hostile")
    article_page(HOSTILE, "2023-02-15", folder / "hostile.ipynb", "# hostile markup")
    notebook = nbformat.read(folder / "hostile.ipynb", as_version=4)
    body = "".join(
        output["data"]["text/html"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "text/html" in output.get("data", {})
    )
    page = folder / "hostile.html"
    page.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    return page


def test_search_finds_daesh(server, browser):
    page, problems = visit(browser, f"{server}/search.html?q=داعش")
    page.wait_for_selector("#search-results li", timeout=20000)
    results = page.eval_on_selector_all("#search-results li", "lis => lis.length")
    page.close()
    assert results >= 1 and problems == []


def test_article_markup_is_shown_as_text_and_never_run(browser, hostile_page):
    page, problems = visit(browser, hostile_page.as_uri())
    text = page.inner_text("body")
    injected = page.evaluate(
        "() => document.querySelectorAll('img[src=\"x\"]').length + [...document.scripts]"
        ".filter(s => s.textContent.includes('alert(')).length"
    )
    page.close()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert injected == 0 and problems == []
