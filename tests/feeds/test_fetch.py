"""Feeds and pages from a local site into the library: formats, extraction, dedup, updates, 304."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feed_server import FeedServer
from feed_site import (
    ARTICLES,
    BILLION_LAUGHS,
    BOILERPLATE,
    atom,
    external_entity,
    json_feed,
    page,
    rss,
    rss1,
)

from reader.articles import load_article, load_library
from reader.feeds import Fetcher, Store
from reader.paths import data_dir, default_library, seeds_dir
from reader.storage import StateStore


def saved_files() -> list[Path]:
    return sorted((data_dir() / "library").rglob("*.md"))


def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in saved_files()}


def fetcher(**options) -> Fetcher:
    options.setdefault("deadline", 5.0)
    return Fetcher(**options)


@pytest.mark.parametrize(
    ("path", "build", "content_type"),
    [
        ("/feed.xml", rss, "application/rss+xml"),
        ("/rdf", rss1, "application/rdf+xml"),
        ("/atom", atom, "application/atom+xml"),
        ("/feed.json", json_feed, "application/feed+json"),
    ],
)
def test_every_feed_format_saves_its_articles(site: FeedServer, path, build, content_type) -> None:
    site.serve(path, build(site.base), content_type)
    result = fetcher().add(site.url(path))
    assert result.ok, [o.error for o in result.outcomes]
    assert sorted(o.status for o in result.outcomes) == ["new"] * 3
    assert len(saved_files()) == 3
    titles = {load_article(p).title for p in saved_files()}
    assert titles == {a.title for a in ARTICLES}
    assert Store().load().feeds[0]["url"] == site.url(path)


def test_saved_markdown_is_the_article_without_boilerplate(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    by_title = {load_article(p).title: p.read_text(encoding="utf-8") for p in saved_files()}
    for article in ARTICLES:
        text = by_title[article.title]
        for paragraph in article.paragraphs:
            assert paragraph in text
        assert f"## {article.heading}" in text
        # Links kept (relative ones resolved against the page), mailto kept, javascript: not.
        href = article.link_href if article.link_href.startswith("http") else (
            site.url(article.link_href))
        assert f"[{article.link_text}]({href})" in text
        assert "[la rédaction](mailto:redaction@actu.example)" in text
        assert "ce lien piégé" in text and "javascript:" not in text
        for junk in (*BOILERPLATE, "script text", "form text", "ads.example", "Nvidia dépasse"):
            assert junk not in text, junk
        meta = load_article(next(p for p in saved_files()
                                 if load_article(p).title == article.title)).meta
        assert meta["author"] == article.author
        assert meta["date"] == article.date
        assert meta["source"] == "Actu IA"
        assert meta["lang"] == "fr"
        assert meta["feed"] == site.url("/feed.xml")
        # The tracking parameter of the feed's link is gone from the saved address.
        assert meta["url"] == site.url(f"/articles/{article.slug}")


def test_unchanged_feed_costs_one_304_and_writes_nothing(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in saved_files()}
    site.requests.clear()
    result = fetcher().refresh()
    assert [r.path for r in site.requests] == ["/feed.xml"]
    sent = site.requests[0].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Mon, 02 Mar 2026 09:00:00 GMT"
    assert sent["user-agent"].startswith("reader/")
    assert result.feeds[0].not_modified and result.outcomes == []
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in saved_files()} == before


def test_changed_feed_fetches_only_new_entries(site: FeedServer) -> None:
    site.serve("/feed.xml", rss(site.base, ARTICLES[:2]), "application/rss+xml")
    fetcher().add(site.url("/feed.xml"))
    site.requests.clear()
    site.serve("/feed.xml", rss(site.base), "application/rss+xml")
    result = fetcher().refresh()
    assert sorted(o.status for o in result.outcomes) == ["new", "unchanged", "unchanged"]
    assert sorted(r.path.split("?")[0] for r in site.requests) == [
        f"/articles/{ARTICLES[2].slug}", "/feed.xml"]


def test_same_article_from_two_feeds_and_by_url_is_saved_once(site: FeedServer) -> None:
    site.serve("/atom", atom(site.base), "application/atom+xml")
    fetcher().add(site.url("/feed.xml"))  # links carry ?utm_source=rss
    result = fetcher().add(site.url("/atom"))  # same pages, other GUIDs, no tracking
    assert [o.status for o in result.outcomes] == ["unchanged"] * 3
    result = fetcher().add(site.url(f"/articles/{ARTICLES[0].slug}?utm_medium=x&fbclid=abc"))
    assert [o.status for o in result.outcomes] == ["unchanged"]
    assert len(saved_files()) == 3


def test_canonical_link_recognises_a_page_under_another_address(server: FeedServer) -> None:
    article = ARTICLES[0]
    canonical = server.url(f"/articles/{article.slug}")
    server.serve(f"/articles/{article.slug}", page(article))
    server.serve("/amp/mistral", page(article, canonical=canonical))
    first = fetcher().add(canonical)
    second = fetcher().add(server.url("/amp/mistral"))
    assert first.outcomes[0].status == "new"
    assert second.outcomes[0].status == "unchanged"
    assert second.outcomes[0].path == first.outcomes[0].path
    assert len(saved_files()) == 1


def test_update_rewrites_the_changed_article_and_keeps_read_marks(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    files = {load_article(p).title: p for p in saved_files()}
    kept, changed = files[ARTICLES[1].title], files[ARTICLES[0].title]
    state = StateStore()
    state.load()
    for path in (kept, changed):
        state.set_read(path.resolve(), load_article(path).digest, True)
        state.set_position(path.resolve(), load_article(path).digest, 3)
    state.save()
    kept_bytes = kept.read_bytes()
    # The publisher edits the first article: new text, new <pubDate>-independent GUID date.
    edited = ARTICLES[0].__class__(**{**ARTICLES[0].__dict__})
    edited.paragraphs = [*edited.paragraphs, "Mise à jour : la levée a été confirmée mercredi."]
    edited.date = "2026-03-03T10:00:00Z"
    site.serve(f"/articles/{edited.slug}", page(edited))
    site.serve("/feed.xml", rss(site.base, [edited, *ARTICLES[1:]]), "application/rss+xml")
    result = fetcher().refresh()
    statuses = {o.title: o.status for o in result.outcomes}
    assert statuses[ARTICLES[0].title] == "updated"
    assert statuses[ARTICLES[1].title] == "unchanged"
    assert len(saved_files()) == 3
    assert "Mise à jour : la levée a été confirmée mercredi." in changed.read_text("utf-8")
    assert kept.read_bytes() == kept_bytes
    again = StateStore()
    again.load()
    assert again.article(kept.resolve(), load_article(kept).digest).read
    after = again.article(changed.resolve(), load_article(changed).digest)
    assert not after.read and after.block == 3  # new text to read, the place is kept


def test_windows_1252_and_latin1_pages_keep_their_accents(server: FeedServer) -> None:
    article = ARTICLES[2]
    html = page(article, charset="windows-1252").encode("cp1252")
    server.serve("/meta-only", html, "text/html")  # only <meta> says the charset
    server.serve("/header", page(article, charset="x").encode("latin-1", "replace"),
                 "text/html; charset=ISO-8859-1")
    feed = rss(server.base, [article], encoding="windows-1252").replace(
        f"{server.base}articles/{article.slug}?utm_source=rss", server.url("/meta-only"))
    server.serve("/cp.xml", feed.encode("cp1252"), "application/rss+xml")
    result = fetcher().add(server.url("/cp.xml"))
    assert result.ok
    text = saved_files()[0].read_text("utf-8")
    assert "Google déploie Gemini" in text and "États-Unis" in text
    assert "\ufffd" not in text and "Ã" not in text
    single = fetcher().add(server.url("/header"))
    assert single.outcomes[0].status == "new"  # another address, no canonical link: new
    assert "États-Unis" in texts()[single.outcomes[0].path.stem]


@pytest.mark.parametrize("label", ["rot13", "base64", "idna", "undefined", "unicode_escape",
                                   "utf-7"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_charset_no_page_is_written_in_is_ignored_as_a_browser_does(
    server: FeedServer, label: str, where: str
) -> None:
    article = ARTICLES[2]
    # A backslash escape in the text: `unicode_escape` would turn it into a character.
    html = page(article, charset=label if where == "meta" else "x").replace(
        "États-Unis", "États-Unis \\u00e9t\\x1b")
    kind = f"text/html; charset={label}" if where == "header" else "text/html"
    server.serve("/page", html.encode("utf-8"), kind)
    result = fetcher().add(server.url("/page"))
    assert [o.status for o in result.outcomes] == ["new"], result.outcomes[0].error
    text = texts()[result.outcomes[0].path.stem]
    assert "États-Unis \\u00e9t\\x1b" in text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32-be"])
@pytest.mark.parametrize("hostile", ["laughs", "external"])
def test_hostile_feed_xml_is_refused(
    server: FeedServer, tmp_path: Path, hostile, encoding: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = BILLION_LAUGHS if hostile == "laughs" else external_entity(str(secret))
    body = body.replace('<?xml version="1.0"?>',
                        f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    server.serve("/evil.xml", body, "application/rss+xml")
    result = fetcher().add(server.url("/evil.xml"))
    assert not result.ok
    assert "entities" in result.outcomes[0].error
    assert saved_files() == []
    assert "TOP-SECRET" not in json.dumps([o.as_json() for o in result.outcomes])


def test_one_failing_feed_never_stops_the_others(site: FeedServer) -> None:
    site.serve("/broken.xml", "<?xml version='1.0'?><rss><channel><title>x</tit", "text/xml")
    store = Store()
    with store.locked():
        store.add_feed(site.url("/broken.xml"))
        store.add_feed(site.url("/missing.xml"))
        store.add_feed(site.url("/feed.xml"))
        store.save()
    result = fetcher(retries=0).refresh()
    assert not result.ok
    reports = {r.url: r for r in result.feeds}
    assert reports[site.url("/missing.xml")].error == "HTTP 404 Not Found"
    assert reports[site.url("/feed.xml")].new == 3
    assert len(saved_files()) == 3
    records = {f["url"]: f for f in Store().load().feeds}
    assert records[site.url("/missing.xml")]["last_error"] == "HTTP 404 Not Found"


def test_entries_without_links_and_duplicate_guids(server: FeedServer) -> None:
    items = "".join(
        f"<item><title>Brève {n % 3}</title><guid>g{n % 3}</guid>"
        f"<description>&lt;p&gt;Texte de la brève numéro {n % 3} sur l'IA.&lt;/p&gt;"
        f"</description></item>" for n in range(6))
    server.serve("/briefs.xml", rss(server.base, [], extra=items), "application/rss+xml")
    result = fetcher().add(server.url("/briefs.xml"))
    assert sorted(o.status for o in result.outcomes) == ["new"] * 3
    article = load_article(saved_files()[0])
    assert article.meta["summary_only"] == "true"
    assert "Texte de la brève numéro" in article.body


def test_a_feed_with_thousands_of_items_saves_the_newest(server: FeedServer) -> None:
    items = "".join(
        f"<item><title>Dépêche {n}</title><guid>d{n}</guid>"
        f"<pubDate>{_day(n)}</pubDate><description>Contenu {n}.</description></item>"
        for n in range(300))
    server.serve("/many.xml", rss(server.base, [], extra=items), "application/rss+xml")
    result = fetcher(max_items=200).add(server.url("/many.xml"))
    assert len(result.outcomes) == 200 and len(saved_files()) == 200
    titles = {load_article(p).title for p in saved_files()}
    assert "Dépêche 299" in titles and "Dépêche 99" not in titles


def _day(n: int) -> str:
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    return format_datetime(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n))


def test_page_without_article_text_is_a_clear_failure(server: FeedServer) -> None:
    server.serve("/app", "<html><body><div id=root></div><script>render()</script></body></html>")
    result = fetcher().add(server.url("/app"))
    assert result.outcomes[0].status == "failed"
    assert result.outcomes[0].error == "no article text found on the page"


def test_paywalled_page_saves_the_feed_summary(server: FeedServer) -> None:
    article = ARTICLES[1]
    server.serve(f"/articles/{article.slug}", "<html><body><p>Réservé aux abonnés.</p>"
                 "<script>paywall()</script></body></html>")
    server.serve("/feed.xml", rss(server.base, [article]), "application/rss+xml")
    result = fetcher().add(server.url("/feed.xml"))
    assert result.ok
    saved = load_article(saved_files()[0])
    assert saved.meta["summary_only"] == "true"
    assert article.paragraphs[0] in saved.body


def test_home_page_subscribes_to_its_first_feed(site: FeedServer) -> None:
    site.serve("/atom", atom(site.base), "application/atom+xml")
    site.serve("/", page(ARTICLES[0], feeds=("/feed.xml", "/atom")))
    result = fetcher().add(site.url("/"))
    assert [f["url"] for f in Store().load().feeds] == [site.url("/feed.xml")]
    assert result.notes == [f"also advertised: {site.url('/atom')}"]
    assert len(result.outcomes) == 3


def test_saved_articles_join_the_default_library_with_stable_ids(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    assert default_library() == [seeds_dir(), data_dir() / "library"]
    first = {a.id: a.path for a in load_library(default_library()).articles}
    again = {a.id: a.path for a in load_library(list(reversed(default_library()))).articles}
    assert first == again and len(first) == 5 + 3
    assert all("~" not in article_id for article_id in first)


def test_same_title_and_date_get_distinct_names(server: FeedServer) -> None:
    items = "".join(
        f"<item><title>Même titre</title><guid>m{n}</guid>"
        f"<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><description>Texte {n}.</description>"
        f"</item>" for n in range(3))
    server.serve("/same.xml", rss(server.base, [], extra=items), "application/rss+xml")
    fetcher().add(server.url("/same.xml"))
    assert {p.stem for p in saved_files()} == {
        "2026-03-02-meme-titre", "2026-03-02-meme-titre-2", "2026-03-02-meme-titre-3"}


def test_retention_removes_oldest_read_articles_never_unread(server: FeedServer) -> None:
    items = "".join(
        f"<item><title>Article {n}</title><guid>a{n}</guid><pubDate>{_day(n)}</pubDate>"
        f"<description>Texte {n}.</description></item>" for n in range(4))
    server.serve("/k.xml", rss(server.base, [], extra=items), "application/rss+xml")
    from reader.feeds import read_marks

    fetcher(is_read=read_marks()).add(server.url("/k.xml"), keep=2)
    assert len(saved_files()) == 4  # nothing read yet: nothing removed
    by_title = {load_article(p).title: p for p in saved_files()}
    state = StateStore()
    state.load()
    for title in ("Article 0", "Article 3"):
        path = by_title[title]
        state.set_read(path.resolve(), load_article(path).digest, True)
    state.save()
    server.serve("/k.xml", rss(server.base, [], extra=items + " "), "application/rss+xml")
    result = fetcher(is_read=read_marks()).refresh()
    left = {load_article(p).title for p in saved_files()}
    assert left == {"Article 1", "Article 2", "Article 3"}  # unread 1 and 2 stay
    assert result.feeds[0].removed == 1
    fetcher(is_read=read_marks()).refresh()
    assert "Article 0" not in {load_article(p).title for p in saved_files()}  # not back


def test_two_feeds_with_different_dates_do_not_rewrite_each_other(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    before = {p: p.read_bytes() for p in saved_files()}
    later = [a.__class__(**{**a.__dict__, "date": "2026-04-01T00:00:00Z"}) for a in ARTICLES]
    site.serve("/other.xml", rss(site.base, later, title="Autre"), "application/rss+xml")
    for _ in range(2):
        result = fetcher().add(site.url("/other.xml"))
        assert [o.status for o in result.outcomes] == ["unchanged"] * 3
        result = fetcher().refresh()
    assert {p: p.read_bytes() for p in saved_files()} == before


def test_a_feed_without_xml_declaration_served_as_html_is_a_feed(site: FeedServer) -> None:
    body = rss(site.base).split("\n", 1)[1]  # no <?xml ...?> line
    site.serve("/plain", "<!-- généré -->\n" + body, "text/html; charset=utf-8")
    result = fetcher().add(site.url("/plain"))
    assert [o.status for o in result.outcomes] == ["new"] * 3
    assert [f["url"] for f in Store().load().feeds] == [site.url("/plain")]


def test_a_short_article_page_is_saved_not_taken_for_a_home_page(site: FeedServer) -> None:
    short = ARTICLES[0].__class__(**{**ARTICLES[0].__dict__})
    short.paragraphs = ["Mistral AI confirme sa levée de fonds.", "Plus de détails demain."]
    site.serve("/breve", page(short))  # og:type article, advertises /feed.xml
    result = fetcher().add(site.url("/breve"))
    assert [o.status for o in result.outcomes] == ["new"] and result.outcomes[0].feed is None
    assert Store().load().feeds == []
    assert "Plus de détails demain." in result.outcomes[0].path.read_text("utf-8")


def test_a_page_without_a_date_is_not_dated_by_its_copyright_line(server: FeedServer) -> None:
    article = ARTICLES[1]
    undated = page(article).replace(
        f'<meta property="article:published_time" content="{article.date}">', "")
    undated = undated.replace("</body>", "<footer><p>© 2024 Actu IA</p></footer></body>")
    server.serve("/undated", undated)
    result = fetcher().add(server.url("/undated"))
    assert result.outcomes[0].status == "new"
    saved = load_article(result.outcomes[0].path)
    # htmldate's extensive search guessed one from the copyright line or a related link's
    # address (2026/02/…): no date is better than a wrong one.
    assert saved.meta.get("date", "") == ""
    assert not result.outcomes[0].path.name.startswith(("2024-01-01", "2026-02-01"))


def test_adding_a_feed_counts_as_its_last_fetch(site: FeedServer) -> None:
    fetcher().add(site.url("/feed.xml"))
    assert Store().load().feeds[0].get("last_fetch")


def test_a_saved_page_that_a_feed_lists_later_is_not_rewritten_by_the_refresh(
    site: FeedServer,
) -> None:
    article = ARTICLES[0]
    saved = fetcher().add(site.url(f"/articles/{article.slug}")).outcomes[0]
    before = saved.path.read_bytes()
    adopted = fetcher().add(site.url("/feed.xml"))
    assert {o.title: o.status for o in adopted.outcomes}[article.title] == "unchanged"
    site.serve("/feed.xml", rss(site.base), "application/rss+xml")  # no validators: no 304
    again = fetcher().refresh()
    assert {o.title: o.status for o in again.outcomes}[article.title] == "unchanged"
    assert saved.path.read_bytes() == before


def test_a_json_feed_with_odd_field_types_saves_what_it_can(server: FeedServer) -> None:
    items = [
        {"id": 1, "title": "Auteurs en nombre", "authors": 5,
         "content_text": "Un texte assez long pour faire le résumé de cette brève."},
        {"id": "b", "title": "Auteur sans nom", "author": {"name": 5}, "authors": None,
         "content_html": "<p>Un autre texte de brève.</p>"},
        # A date at the edge of the calendar overflowed when moved to UTC.
        {"id": "c", "title": "Date au bord", "date_published": "0001-01-01T00:00:00+05:00",
         "content_text": "Troisième brève."},
    ]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Brèves",
                       "items": items})
    server.serve("/odd.json", body, "application/feed+json")
    result = fetcher().add(server.url("/odd.json"))
    assert result.ok, [o.error for o in result.outcomes]
    assert {o.title: o.status for o in result.outcomes} == {
        "Auteurs en nombre": "new", "Auteur sans nom": "new", "Date au bord": "new"}


def test_an_extractor_crash_on_one_page_is_that_page_s_failure(
    site: FeedServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.feeds import service

    real = service.extract_page

    def extract(html: str, url: str):
        if "/broken" in url:
            raise RuntimeError("extractor bug")
        return real(html, url)

    monkeypatch.setattr(service, "extract_page", extract)
    site.serve("/broken", page(ARTICLES[0]))
    broken = fetcher().add(site.url("/broken"))
    assert [(o.status, o.error) for o in broken.outcomes] == [
        ("failed", "RuntimeError: extractor bug")]
    fine = fetcher().add(site.url(f"/articles/{ARTICLES[1].slug}"))
    assert [o.status for o in fine.outcomes] == ["new"]


def test_an_amp_page_keeps_its_image_alt_text(server: FeedServer) -> None:
    from html import escape

    article = ARTICLES[2]
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    server.serve("/amp", f"""<!doctype html><html ⚡ lang="fr"><head><meta charset="utf-8">
<title>{escape(article.title)}</title><style amp-boilerplate>body{{visibility:hidden}}</style>
</head><body><amp-sidebar id="menu"><a href="/">Accueil</a></amp-sidebar><article>
<h1>{escape(article.title)}</h1>{paragraphs}
<amp-img src="/photo.jpg" alt="Le campus de Google à Zurich" width="600" height="400"></amp-img>
</article></body></html>""")
    result = fetcher().add(server.url("/amp"))
    assert [o.status for o in result.outcomes] == ["new"]
    text = result.outcomes[0].path.read_text("utf-8")
    assert article.paragraphs[-1] in text
    assert "*Le campus de Google à Zurich*" in text


def test_a_page_that_declares_a_paywall_is_marked_summary_only(server: FeedServer) -> None:
    article = ARTICLES[0]
    # A long teaser (over the 40-word floor), and the schema.org mark news sites give Google.
    teaser = page(article).replace(
        "</head>", '<script type="application/ld+json">{"@type": "NewsArticle", '
                   '"isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", '
                   '"isAccessibleForFree": false, "cssSelector": ".paywall"}}</script></head>')
    server.serve("/payant", teaser)
    single = fetcher().add(server.url("/payant"))
    assert [o.status for o in single.outcomes] == ["new"]
    assert load_article(single.outcomes[0].path).meta.get("summary_only") == "true"
    server.serve(f"/articles/{ARTICLES[1].slug}", page(ARTICLES[1]).replace(
        "</head>", '<script type="application/ld+json">{"isAccessibleForFree":false}</script>'
                   "</head>"))
    server.serve("/feed.xml", rss(server.base, [ARTICLES[1]]), "application/rss+xml")
    fetcher().add(server.url("/feed.xml"))
    saved = [load_article(p) for p in saved_files()]
    from_feed = next(a for a in saved if a.title == ARTICLES[1].title)
    assert from_feed.meta.get("summary_only") == "true"
    assert ARTICLES[1].paragraphs[0] in from_feed.body


def test_control_characters_in_a_feed_s_links_are_percent_encoded(server: FeedServer) -> None:
    items = [{"id": "a", "title": "Lien piégé", "url": "/nulle-part\u001b]0;PWNED\u0007\u202e",
              "content_text": "Une brève dont la page n'existe pas."},
             {"id": "b", "title": "Sans page", "url": "/absent\u009b31m"}]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Pièges",
                       "items": items})
    server.serve("/pieges.json", body, "application/feed+json")
    result = fetcher(retries=0).add(server.url("/pieges.json"))
    urls = {o.url for o in result.outcomes}
    assert server.url("/nulle-part%1B]0;PWNED%07%E2%80%AE") in urls, urls
    assert server.url("/absent%C2%9B31m") in urls, urls
