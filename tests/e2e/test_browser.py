"""End to end: a real server on 127.0.0.1 driven by Debian's Chromium through Playwright.

Set ``REPORTEDLY_SCREENSHOTS=docs/screenshots`` to refresh the README screenshots; otherwise
they are written to a temporary folder (and still checked to be non-empty).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.builders import (
    IMG,
    SAMPLE_META,
    SCRIPT,
    XSS_OUTLET,
    build_trace_store,
    xss_analysis,
)
from reportedly.api import create_app
from reportedly.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "e2e-token"
DESKTOP = {"width": 1366, "height": 900}
NARROW = {"width": 400, "height": 860}

pytestmark = [
    pytest.mark.needs_model,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is missing: install Debian's chromium (.ci/run does)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serving(db: Path, *, token: str | None = None) -> Iterator[str]:
    """Run the app with uvicorn on a free 127.0.0.1 port in a thread; yield its base URL."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(
        create_app(db, ingest_token=token), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> Iterator[str]:
    """A server whose store got the sample through the ingest endpoint, as a client would."""
    db = tmp_path_factory.mktemp("e2e") / "store.db"
    with serving(db, token=TOKEN) as url:
        response = httpx.post(
            f"{url}/api/ingest",
            content=sample_path.read_bytes(),
            params=SAMPLE_META,
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
            timeout=120,
        )
        assert response.status_code == 200, response.text
        yield url


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    db = tmp_path_factory.mktemp("e2e-xss") / "store.db"
    analysis = xss_analysis()
    with Store.open(db) as store:
        store.save(analysis)
    with serving(db) as url:
        yield url, analysis.article.id


@pytest.fixture(scope="module")
def trace_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose store holds two reports of one quote, analysed by the pipeline."""
    db = tmp_path_factory.mktemp("e2e-trace") / "store.db"
    build_trace_store(db)
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("REPORTEDLY_SCREENSHOTS")
    folder = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Watch:
    """Console errors (CSP violations show up there) and dialogs of one page."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def _shot(page: Any, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 5_000


def test_browser_search_article_and_speaker(browser: Any, site: str, shots: Path) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport=DESKTOP)
    watch = Watch(page)
    page.goto(site + "/")
    expect(page.locator(".tile").first).to_contain_text("1")
    _shot(page, shots, "home-desktop")

    page.fill(".bigsearch input[name=q]", "negotiations")
    page.click(".bigsearch button")
    page.wait_for_url("**/search?q=negotiations")
    expect(page.locator("article.result").first).to_be_visible()
    page.fill(".filters input[name=speaker]", "Peskov")
    page.click(".filters button[type=submit]")
    page.wait_for_url("**speaker=Peskov**")
    results = page.locator("article.result")
    expect(results.first).to_contain_text("Peskov")
    _shot(page, shots, "search-desktop")

    results.first.locator("blockquote a").click()
    page.wait_for_url("**/articles/**")
    peskov = page.locator('#text mark.st[title*="Peskov"]')
    assert peskov.count() >= 4
    background = peskov.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#text .spk").count() >= 1
    assert page.locator("#text .cue").count() >= 1
    peskov.nth(1).hover()
    expect(page.locator(".card.hot").first).to_be_visible()
    peskov.nth(1).click()
    expect(page.locator(".card.active")).to_have_count(1)
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, shots, "article-desktop")

    # the first cards are the lede's stances (other acts, doubtful); Peskov's quote follows
    card = page.locator(".card").filter(has=page.locator("a.actor", has_text="Dmitry Peskov")).first
    expect(card.locator("a.actor")).to_have_text("Dmitry Peskov")
    chain = card.locator(".chain")
    expect(chain).to_be_visible()
    expect(chain.locator(".step-source").first).to_contain_text("RIA Novosti")
    expect(chain.locator(".step-source").first.locator(".aff")).to_have_text("state-owned")
    expect(chain.locator(".step-reported")).to_contain_text("Ukrainska Pravda")
    expect(card.locator("a.tracelink")).to_have_attribute(
        "href", re.compile(r"^/trace\?statement=")
    )

    page.locator(".legend a", has_text="Peskov").click()
    page.wait_for_url("**/actors/peskov-dmitry")
    expect(page.locator("h1")).to_have_text("Dmitry Peskov")
    expect(page.locator(".roles")).to_contain_text("press secretary of the President of Russia")
    expect(page.locator(".roles")).to_contain_text("2012-05-22")
    expect(page.locator("svg.timeline rect.bar")).to_have_count(1)
    assert page.locator("article.result").count() >= 4
    _shot(page, shots, "actor-desktop")

    page.locator(".roles a", has_text="Government of Russia").first.click()
    page.wait_for_url("**/actors/government-russia")
    page.goto(site + "/outlets/ria-novosti")
    expect(page.locator(".factlist")).to_contain_text("Rossiya Segodnya")
    expect(page.locator(".factlist .aff")).to_have_text("state-owned")
    _shot(page, shots, "outlet-desktop")
    assert watch.errors == []
    assert watch.dialogs == []
    page.close()


def test_browser_trace_from_article_panel(browser: Any, trace_site: str, shots: Path) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport=DESKTOP)
    watch = Watch(page)
    items = httpx.get(f"{trace_site}/api/articles").json()["items"]
    earliest = next(a for a in items if a["outlet"] == "TASS")
    page.goto(f"{trace_site}/articles/{earliest['id']}")
    page.locator(".card a.tracelink").first.click()
    page.wait_for_url("**/trace?statement=**")
    versions = page.locator("ol.versions > li")
    expect(versions).to_have_count(2)
    expect(versions.nth(0)).to_have_class(re.compile(r"\bearliest\b"))
    expect(versions.nth(0)).to_contain_text("TASS")
    expect(versions.nth(1)).to_contain_text("material change")
    expect(versions.nth(1).locator("del", has_text="peaceful diplomatic")).to_be_visible()
    expect(versions.nth(1).locator("ins", has_text="military")).to_be_visible()
    _shot(page, shots, "trace-desktop")
    page.set_viewport_size(NARROW)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    _shot(page, shots, "trace-narrow")
    assert watch.errors == []
    page.close()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home", "/"),
        ("search", "/search?q=negotiations"),
        ("article", "/articles/{article}"),
        ("speaker", "/speakers/{peskov}"),
        ("actor", "/actors/peskov-dmitry"),
        ("actors", "/actors"),
        ("outlet", "/outlets/ria-novosti"),
        ("outlets", "/outlets"),
        ("trace", "/trace?statement={statement}"),
    ],
)
def test_browser_narrow_screen_fits(
    browser: Any, site: str, shots: Path, name: str, path: str
) -> None:
    article = httpx.get(f"{site}/api/articles").json()["items"][0]["id"]
    peskov = httpx.get(f"{site}/api/speakers", params={"q": "peskov"}).json()["items"][0]["id"]
    statement = httpx.get(f"{site}/api/actors/peskov-dmitry").json()["statements"]["items"][0]
    page = browser.new_page(viewport=NARROW, device_scale_factor=2)
    watch = Watch(page)
    page.goto(
        site + path.format(article=article, peskov=peskov, statement=statement["statement_id"])
    )
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    # the speaker page stays for old links; the trace test shoots a page with two versions
    if name not in ("speaker", "trace"):
        _shot(page, shots, f"{name}-narrow")
    assert watch.errors == []
    page.close()


@pytest.mark.parametrize(
    "path",
    [
        "/articles/{article}",
        "/search?q=fine",
        "/speakers/mallory",
        "/",
        "/actors/{actor}",
        "/outlets",
        "/trace?q=script+alert+is+fine",
    ],
)
def test_browser_injected_script_is_text(
    browser: Any, xss_site: tuple[str, str], path: str
) -> None:
    url, article = xss_site
    actor = httpx.get(f"{url}/api/actors", params={"q": "mallory"}).json()["items"][0]["id"]
    page = browser.new_page(viewport=DESKTOP)
    watch = Watch(page)
    page.goto(url + path.format(article=article, actor=actor))
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)
    assert watch.dialogs == []
    assert page.locator("main img").count() == 0
    assert page.locator("script:not([src])").count() == 0
    shown = page.inner_text("main")
    assert any(bad in shown for bad in (SCRIPT, IMG, XSS_OUTLET))
    page.close()


def test_browser_injection_article_shows_script_source(
    browser: Any, xss_site: tuple[str, str]
) -> None:
    url, article = xss_site
    page = browser.new_page(viewport=DESKTOP)
    watch = Watch(page)
    page.goto(f"{url}/articles/{article}")
    text = page.inner_text("#text")
    assert SCRIPT in text
    assert IMG in text
    assert page.title().startswith(SCRIPT)
    assert watch.dialogs == []
    page.close()
