"""Network rules, front matter that survives anything, names, OPML, and the CLI's contract."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from feed_server import FeedServer, running
from feed_site import ARTICLES, page, rss
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles import article_from_text
from reader.feeds import Fetcher, Store, net
from reader.feeds.net import FetchError, Scheduler, Task
from reader.feeds.opml import OpmlError, read_opml
from reader.feeds.store import render
from reader.feeds.urls import canonical, slug, source_name
from reader.text import clean

# ---- network --------------------------------------------------------------------------------


def serve_gzip(server: FeedServer, path: str, body: bytes) -> None:
    """Serve `body` on `path` as `Content-Encoding: gzip` HTML."""
    server.serve(path, body, "text/html")
    original = server.server.RequestHandlerClass.end_headers

    def end_headers(handler) -> None:
        if handler.path == path:
            handler.send_header("Content-Encoding", "gzip")
        original(handler)

    server.server.RequestHandlerClass.end_headers = end_headers


def test_only_http_and_https(server: FeedServer) -> None:
    for url in ("file:///etc/passwd", "ftp://x/y", "javascript:alert(1)", "http://", "no url"):
        with pytest.raises(FetchError):
            net.get(url)
    server.serve("/to-file", b"", mode="redirect", status=302,
                 location="file:///etc/passwd")
    with pytest.raises(FetchError, match="only http and https"):
        net.get(server.url("/to-file"))


def test_redirects_are_followed_and_reported(server: FeedServer) -> None:
    server.serve("/new", "<p>ici</p>")
    server.serve("/old", b"", mode="redirect", status=301, location="/new")
    response = net.get(server.url("/old"))
    assert response.url == server.url("/new") and response.body == b"<p>ici</p>"


def test_a_redirect_to_another_port_on_the_same_host_is_not_followed(
    server: FeedServer,
) -> None:
    # Two local services: the feed's server must not send reader to the other one.
    with running() as other:
        other.serve("/", "<p>secret</p>")
        server.serve("/moved", b"", mode="redirect", status=302, location=other.url("/"))
        with pytest.raises(FetchError, match="not followed"):
            net.get(server.url("/moved"), retries=0)
        assert other.paths() == []
        server.serve("/same", b"", mode="redirect", status=302, location=server.url("/here"))
        server.serve("/here", "<p>ici</p>")
        assert net.get(server.url("/same")).body == b"<p>ici</p>"


def test_a_feed_s_links_to_another_port_of_its_host_are_not_fetched(server: FeedServer) -> None:
    with running() as other:
        other.serve("/secret", "<p>secret</p>")
        items = (f"<item><title>Résumé</title><link>{other.url('/secret')}</link><guid>a</guid>"
                 "<description>Le résumé du flux.</description></item>"
                 f"<item><title>Rien</title><link>{other.url('/secret')}?b</link><guid>b</guid>"
                 "</item>")
        server.serve("/feed.xml", rss(server.base, [], extra=items), "application/rss+xml")
        result = Fetcher().add(server.url("/feed.xml"))
        assert other.paths() == []
    statuses = {o.url: (o.status, o.error) for o in result.outcomes}
    saved = [o for o in result.outcomes if o.status == "new"]
    assert len(saved) == 1 and "Le résumé du flux." in saved[0].path.read_text("utf-8")
    assert statuses[other.url("/secret") + "?b"] == (
        "failed", "not fetched: it points to another port of the same host, or to a local "
        "address, over http")


def test_a_feed_a_home_page_advertises_on_another_port_is_not_fetched(
    server: FeedServer,
) -> None:
    with running() as other:
        other.serve("/feed.xml", rss(other.base), "application/rss+xml")
        server.serve("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                     f"href=\"{other.url('/feed.xml')}\"></head><body></body></html>")
        result = Fetcher().add(server.url("/"))
        assert other.paths() == []
    assert [(o.url, o.status) for o in result.outcomes] == [(other.url("/feed.xml"), "failed")]


def test_size_ceiling(server: FeedServer) -> None:
    server.serve("/big", b"x" * 2000)
    with pytest.raises(FetchError, match="too large"):
        net.get(server.url("/big"), max_bytes=1000)
    import gzip

    bomb = gzip.compress(b"a" * 100_000)
    # A gzip body that inflates past the ceiling is refused while inflating.
    serve_gzip(server, "/gz", bomb)
    with pytest.raises(FetchError, match="too large"):
        net.get(server.url("/gz"), max_bytes=10_000)
    assert net.get(server.url("/gz")).body == b"a" * 100_000


def test_overall_deadline_bounds_a_dripping_server(server: FeedServer) -> None:
    server.serve("/drip", b"x" * 100, mode="drip")
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        net.get(server.url("/drip"), deadline=1.0, retries=0)
    assert time.monotonic() - start < 3  # one byte every 0.2 s would take 20 s


def test_retries_only_timeouts_and_5xx(server: FeedServer) -> None:
    server.serve("/down", "panne", status=503)
    server.serve("/gone", "absent", status=404)
    with pytest.raises(FetchError, match="HTTP 503"):
        net.get(server.url("/down"), retries=2, backoff=0.01)
    with pytest.raises(FetchError, match="HTTP 404"):
        net.get(server.url("/gone"), retries=2, backoff=0.01)
    assert server.paths() == ["/down"] * 3 + ["/gone"]


def test_one_request_at_a_time_per_host(server: FeedServer) -> None:
    for n in range(3):
        # Two bytes 0.2 s apart: long enough to overlap if the rule were broken.
        server.serve(f"/slow{n}", b"x" * 2, mode="drip")
    done: list[str] = []
    scheduler = Scheduler(concurrency=4, per_host=1, deadline=10)
    for n in range(3):
        url = server.url(f"/slow{n}")
        scheduler.add(Task(url, lambda u=url: net.get(u, deadline=10),
                           lambda value, error: done.append("ok" if error is None else "x")))
    scheduler.run()
    assert done == ["ok"] * 3 and server.most_active == 1


def test_cancelling_returns_promptly_while_a_request_hangs(server: FeedServer) -> None:
    server.serve("/hang", b"", mode="hang")
    scheduler = Scheduler(deadline=30)
    scheduler.add(Task(server.url("/hang"), lambda: net.get(server.url("/hang"), deadline=30),
                       lambda value, error: None))
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    start = time.monotonic()
    assert scheduler.run(cancelled=stop.is_set) is False
    assert time.monotonic() - start < 1.0


# ---- front matter and names ---------------------------------------------------------------

NASTY = [
    'Google : "Gemini" n\'est pas \'fini\'',
    "# Pas un titre Markdown",
    "---",
    "--- suite",
    "...",
    "a: b: c",
    "Back\\slash \\n pas une fin de ligne",
    "Tab\there",
    "Ligne\nsuivante",
    "\x1b[31mrouge\x1b[0m et \x07 cloche",
    "séparateur\u2028de ligne et \u2029 paragraphe",
    "  espaces autour  ",
    '"entre guillemets"',
    "'simples'",
    "[lien](javascript:alert(1)) *gras*",
    "emoji 🤖 et CJK 人工智能",
]


@pytest.mark.parametrize("title", NASTY)
def test_front_matter_round_trip(title: str) -> None:
    meta = {"title": title, "author": title, "url": "https://a.example/x", "lang": "fr"}
    text = render(meta, "Corps de l'article.\n")
    # One `key: value` line per field between the fences, nothing else.
    head = text.split("\n---\n", 1)[0].split("\n")[1:]
    assert all(line.split(": ", 1)[0].isidentifier() for line in head), head
    article = article_from_text(text, Path("x.md"))
    expected = clean(title)
    assert article.meta["title"] == expected
    assert article.meta["author"] == expected
    assert article.title == expected
    assert article.body.strip() == "Corps de l'article."


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_front_matter_round_trip_any_text(title: str) -> None:
    text = render({"title": title, "source": "s"}, "Corps.\n")
    article = article_from_text(text, Path("x.md"))
    expected = clean(title)
    if expected.strip():
        assert article.meta["title"] == expected
    assert article.meta["source"] == "s"
    assert article.body.strip() == "Corps."


def test_hand_written_front_matter_still_reads() -> None:
    article = article_from_text('---\ntitle: "Titre simple"\nlang: fr\n---\nTexte.', Path("a.md"))
    assert article.meta == {"title": "Titre simple", "lang": "fr"}


def test_names_are_safe() -> None:
    assert canonical("HTTP://Www.Ex.FR:80/a?utm_source=x&id=3&fbclid=y#top") == \
        "http://www.ex.fr/a?id=3"
    assert slug("L'IA générative : « ça change tout » !") == "l-ia-generative-ca-change-tout"
    assert slug("../../etc/passwd") == "etc-passwd"
    for url in ("http://../x", "http://%2e%2e/", "https://a/../../b", "http://[::1]/"):
        name = source_name(url)
        assert name not in ("", ".", "..") and "/" not in name and "\\" not in name


def test_network_paths_never_leave_the_library(server: FeedServer) -> None:
    items = ("<item><title>../../../../tmp/evil</title><guid>e</guid>"
             "<description>x</description></item>")
    server.serve("/e.xml", rss(server.base, [], extra=items), "application/rss+xml")
    result = Fetcher().add(server.url("/e.xml"))
    path = result.outcomes[0].path
    library = Store().library.resolve()
    assert path.resolve().parent.parent == library
    assert path.name.endswith("-tmp-evil.md")


# ---- OPML ----------------------------------------------------------------------------------


def test_opml_import_and_export_round_trip(tmp_path: Path, capsys) -> None:
    from reader.feeds.cli import run_feeds

    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline text="Tech"><outline text="Le Site" xmlUrl="https://site.example/rss"/>'
        '<outline title="Autre &amp; Co" xmlUrl="http://autre.example/feed"/></outline>'
        '<outline text="mauvais" xmlUrl="file:///etc/passwd"/></body></opml>')
    assert run_feeds(["import", str(opml)]) == 0
    assert [f["url"] for f in Store().load().feeds] == [
        "https://site.example/rss", "http://autre.example/feed"]
    capsys.readouterr()
    assert run_feeds(["export"]) == 0
    exported = tmp_path / "out.opml"
    exported.write_text(capsys.readouterr().out)
    assert read_opml(exported) == [("https://site.example/rss", "Le Site"),
                                   ("http://autre.example/feed", "Autre & Co")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_opml_with_entities_is_refused(tmp_path: Path, encoding: str) -> None:
    evil = tmp_path / "evil.opml"
    evil.write_text(f'<?xml version="1.0" encoding="{encoding}"?>'
                    '<!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<opml><body><outline xmlUrl="http://a/&x;"/></body></opml>',
                    encoding=encoding)
    with pytest.raises(OpmlError, match="declares XML entities; refused"):
        read_opml(evil)


# ---- the command line ---------------------------------------------------------------------


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_cli_add_fetch_feeds_and_exit_codes(site: FeedServer) -> None:
    site.serve("/", page(ARTICLES[0], feeds=("/feed.xml",)))
    added = reader("add", site.url("/"), "--json")
    assert added.returncode == 0, added.stderr
    rows = json.loads(added.stdout)
    assert [r["status"] for r in rows] == ["new"] * 3
    assert set(rows[0]) == {"url", "path", "id", "title", "lang", "feed", "status"}
    assert rows[0]["feed"] == site.url("/feed.xml") and Path(rows[0]["path"]).is_file()

    single = reader("add", site.url(f"/articles/{ARTICLES[1].slug}"), "--json")
    assert json.loads(single.stdout)[0]["status"] == "unchanged"

    fetched = reader("fetch")
    assert fetched.returncode == 0 and "✓ Actu IA: not modified" in fetched.stdout
    assert reader("fetch", "--json").stdout.strip() == "[]"

    listed = reader("feeds", "--json")
    feeds = json.loads(listed.stdout)
    assert feeds[0]["articles"] == 3 and feeds[0]["unread"] == 3

    # Every command with no PATH reads the bundled articles and the saved ones.
    ids = [row["id"] for row in json.loads(reader("list", "--json").stdout)]
    assert rows[0]["id"] in ids and "000_49dae49570f5a508" in ids

    site.routes.pop("/feed.xml")
    failed = reader("fetch", "--json")
    assert failed.returncode == 1
    assert json.loads(failed.stdout) == [
        {"url": site.url("/feed.xml"), "status": "failed", "error": "HTTP 404 Not Found"}]
    assert failed.stderr.count("reader: failed:") == 1

    assert reader("add", "ftp://x/y").returncode == 2
    assert reader("add").returncode == 2
    assert reader("feeds", "frobnicate").returncode == 2

    removed = reader("feeds", "remove", site.url("/feed.xml"))
    assert removed.returncode == 0 and "kept" in removed.stdout
    assert reader("feeds", "--json").stdout.strip() == "[]"
    assert Path(rows[0]["path"]).is_file()
    assert reader("feeds", "remove", site.url("/feed.xml")).returncode == 1


def test_cli_page_failure_is_one_line_and_status_1(server: FeedServer) -> None:
    server.serve("/ok", page(ARTICLES[2], feeds=()))
    result = reader("add", server.url("/ok"), server.url("/nope"))
    assert result.returncode == 1
    assert result.stdout.startswith("new ")
    assert result.stderr.strip().splitlines() == [
        f"reader: failed: {server.url('/nope')}: HTTP 404 Not Found"]


# ---- hostile text -------------------------------------------------------------------------


def test_markup_escapes_and_uris_in_pages_become_plain_text() -> None:
    from reader.webpage import safe_markdown

    markdown = safe_markdown(
        "Voir [ici](javascript:alert(1)), [là](data:text/html,x), [doc](../a), "
        "[mail](mailto:a@b.fr) et ![un schéma](data:image/png;base64,AAAA) "
        "![photo](https://img.example/p.png) \x1b]8;;http://evil\x07lien\x1b]8;;\x07",
        "https://site.example/dossier/page",
    )
    assert "javascript" not in markdown and "data:" not in markdown and "\x1b" not in markdown
    assert "Voir ici, là, [doc](https://site.example/a)" in markdown
    assert "[mail](mailto:a@b.fr)" in markdown
    assert "*un schéma*" in markdown and "*photo*" in markdown and "img.example" not in markdown


def test_escape_sequences_in_feed_titles_are_cleaned(server: FeedServer) -> None:
    items = ("<item><title>\x1b[31mRouge[/] [bold]titre[/bold]</title><guid>t</guid>"
             "<author>\x1b]0;pwned\x07Jean</author>"
             "<description>Texte \x1b[2J effacé.</description></item>")
    server.serve("/t.xml", rss(server.base, [], extra=items), "application/rss+xml")
    result = Fetcher().add(server.url("/t.xml"))
    text = result.outcomes[0].path.read_text("utf-8")
    assert "\x1b" not in text and "\\u001b" not in text
    article = article_from_text(text, result.outcomes[0].path)
    assert article.title == "Rouge[/] [bold]titre[/bold]"
    assert article.meta["author"] == "Jean"


def test_removing_a_feed_with_its_articles(site: FeedServer, capsys) -> None:
    from reader.feeds.cli import run_feeds

    Fetcher().add(site.url("/feed.xml"))
    site.serve("/other.xml", rss(site.base, [], title="Autre", extra=(
        "<item><title>Seule</title><guid>s</guid><description>Texte.</description></item>")),
        "application/rss+xml")
    Fetcher().add(site.url("/other.xml"))
    assert run_feeds(["remove", site.url("/feed.xml"), "--delete-articles"]) == 0
    assert "3 articles deleted" in capsys.readouterr().out
    left = list(Store().library.rglob("*.md"))
    from reader.articles import load_article

    assert [load_article(p).title for p in left] == ["Seule"]
    assert [f["url"] for f in Store().load().feeds] == [site.url("/other.xml")]


def test_feed_summaries_stay_plain_text_in_markdown() -> None:
    from reader.feeds.parse import html_to_markdown

    markdown = html_to_markdown(
        "<p># pas un titre</p><p>1. pas une liste</p><p>&gt; pas une citation</p>"
        "<ul><li>- un tiret</li></ul><script>alert(1)</script>", "https://x.example/")
    article = article_from_text(markdown, Path("x.md"))
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "# pas un titre"), ("paragraph", "1. pas une liste"),
        ("paragraph", "> pas une citation"), ("list_item", "- un tiret")]



def test_the_size_ceiling_is_named_as_the_readme_names_it(server: FeedServer) -> None:
    import gzip

    # 5 MB is 5 × 1024 × 1024 bytes; the messages said "limit 5.24288 MB".
    server.serve("/big", b"x" * (6 * 1024 * 1024))
    with pytest.raises(FetchError, match=r"^too large \(6 MB; limit 5 MB\)$"):
        net.get(server.url("/big"))
    serve_gzip(server, "/gz", gzip.compress(b"a" * (6 * 1024 * 1024)))
    with pytest.raises(FetchError, match=r"^too large \(over 5 MB\)$"):
        net.get(server.url("/gz"))


def test_json_output_carries_no_c1_or_bidi_character_to_the_terminal(server: FeedServer) -> None:
    # U+009B is CSI to a terminal, U+202E reverses what follows; both are legal in XML text.
    link = server.url("/a\u009b31m\u202eevil")
    item = f"<item><title>Lien piégé</title><link>{link}</link><guid>x</guid></item>"
    server.serve("/feed.xml", rss(server.base, [], extra=item), "application/rss+xml")
    added = subprocess.run([sys.executable, "-m", "reader", "add", server.url("/feed.xml"),
                            "--json"], capture_output=True, timeout=120)
    assert added.returncode == 1
    for stream in (added.stdout, added.stderr):
        text = stream.decode("utf-8")
        assert not any("\x80" <= c <= "\x9f" or "\u202a" <= c <= "\u202e" for c in text), text
    # Not lost: the address reads back percent-encoded (feedparser itself reads U+009B as the
    # Windows-1252 "›").
    assert json.loads(added.stdout)[0]["url"].endswith("/a\u203a31m%E2%80%AEevil")


@contextlib.contextmanager
def answering_once(raw: bytes) -> Iterator[int]:
    """A 127.0.0.1 port whose one connection gets `raw` as the whole answer (no HTTP server
    would send these malformed lines)."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def answer() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(raw)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        thread.join(5)
        listener.close()


@pytest.mark.parametrize("length", ["²", "9" * 5000], ids=["superscript", "5000-digits"])
def test_a_content_length_that_is_no_number_is_no_length(length: str) -> None:
    """As http.client reads it: the body runs to the connection's end, within the ceiling."""
    raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
           + length.encode("latin-1", "replace")
           + b"\r\nConnection: close\r\n\r\n<p>ici</p>")
    with answering_once(raw) as port:
        assert net.get(f"http://127.0.0.1:{port}/x", retries=0).body == b"<p>ici</p>"

def test_a_server_s_reason_phrase_is_cleaned_where_it_enters() -> None:
    raw = (b"HTTP/1.1 404 \x1b]0;PWNED\x07\x1b[31mPerdu\x9b31m\r\n"
           b"Content-Length: 0\r\nConnection: close\r\n\r\n")
    with answering_once(raw) as port, pytest.raises(FetchError) as caught:
        net.get(f"http://127.0.0.1:{port}/x", retries=0)
    # The message lands in feeds.json, the log and the app's notifications, not only the CLI.
    assert str(caught.value) == "HTTP 404 Perdu"


def test_a_refused_redirect_names_its_target_without_escapes(server: FeedServer) -> None:
    server.serve("/to-evil", b"", mode="redirect", status=302,
                 location="ftp://x/\x1b]0;PWNED\x07\x9b31mevil")
    with pytest.raises(FetchError) as caught:
        net.get(server.url("/to-evil"))
    assert str(caught.value) == "only http and https addresses can be fetched: ftp://x/evil"
