"""A French news site for tests: article pages with boilerplate around them, and its feeds.

Every page carries what real news pages carry around the article — navigation, a cookie banner,
ads, a newsletter box, related links, comments, a footer — so tests can assert the article comes
out and none of the rest does. Also used by benchmarks/fetch.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

# Words that appear only in the boilerplate: none may reach a saved article.
BOILERPLATE = (
    "Accepter les cookies",
    "Publicité",
    "Abonnez-vous à notre lettre",
    "À lire aussi",
    "Commentaire de",
    "Mentions légales",
    "Tous droits réservés",
    "Rubriques",
)


@dataclass
class Article:
    slug: str
    title: str
    author: str
    date: str  # ISO 8601
    paragraphs: list[str]
    heading: str
    link_text: str
    link_href: str


ARTICLES = [
    Article(
        "mistral-leve-des-fonds",
        "Mistral AI lève 600 millions d'euros pour ses modèles ouverts",
        "Camille Martin",
        "2026-03-02T08:30:00Z",
        [
            "La jeune pousse parisienne Mistral AI a annoncé mardi une levée de fonds de "
            "600 millions d'euros, menée par plusieurs investisseurs européens et américains.",
            "L'entreprise, fondée en 2023 par d'anciens chercheurs de Google DeepMind et de Meta, "
            "entend consacrer cette somme à l'entraînement de nouveaux modèles de langage.",
            "Selon ses dirigeants, la priorité reste la publication de modèles aux poids ouverts, "
            "une stratégie qui la distingue d'OpenAI et d'Anthropic.",
        ],
        "Une stratégie tournée vers l'Europe",
        "le communiqué officiel",
        "/communiques/mistral-600m",
    ),
    Article(
        "openai-accord-microsoft",
        "OpenAI et Microsoft renégocient leur partenariat",
        "Lucas Bernard",
        "2026-03-01T14:00:00Z",
        [
            "OpenAI et Microsoft ont entamé des discussions pour revoir les termes de leur accord, "
            "signé en 2019 et renforcé à plusieurs reprises depuis.",
            "Au cœur des négociations figure la part des revenus reversée à Microsoft, ainsi que "
            "l'accès exclusif du groupe de Redmond aux modèles GPT.",
            "Les deux entreprises n'ont pas souhaité commenter ces informations, révélées par "
            "plusieurs médias américains en fin de semaine.",
        ],
        "Des enjeux financiers considérables",
        "notre précédent article",
        "https://actu.example/2026/02/openai-microsoft",
    ),
    Article(
        "google-gemini-france",
        "Google déploie Gemini dans ses services en France",
        "Inès Moreau",
        "2026-02-27T09:15:00Z",
        [
            "Google a commencé à déployer son assistant Gemini dans Gmail et Docs pour les "
            "utilisateurs français, après plusieurs mois de tests aux États-Unis.",
            "La firme de Mountain View assure que les données des utilisateurs européens sont "
            "traitées conformément au règlement général sur la protection des données.",
            "Ce lancement intervient alors que la concurrence s'intensifie avec Microsoft Copilot "
            "et les assistants des jeunes pousses françaises.",
        ],
        "Une concurrence de plus en plus vive",
        "la page du produit",
        "https://gemini.example/fr",
    ),
]


def page(article: Article, *, charset: str = "utf-8", canonical: str | None = None,
         feeds: tuple[str, ...] = ("/feed.xml",)) -> str:
    """A full HTML page: the article among the boilerplate."""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[:2])
    rest = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[2:])
    feed_links = "\n".join(
        f'<link rel="alternate" type="application/rss+xml" title="Flux" href="{f}">'
        for f in feeds)
    canonical_link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="{charset}">
<title>{escape(article.title)} | Actu IA</title>
<meta name="author" content="{escape(article.author)}">
<meta property="article:published_time" content="{article.date}">
<meta property="og:type" content="article">
{canonical_link}
{feed_links}
<script>window.dataLayer = [];</script>
<style>.pub {{ display: block; }}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>Nous utilisons des cookies pour améliorer votre expérience.</p>
  <button>Accepter les cookies</button> <button>Refuser</button>
</div>
<header class="site-header">
  <nav class="menu"><span>Rubriques</span>
    <ul><li><a href="/">Accueil</a></li><li><a href="/tech">Tech</a></li>
    <li><a href="/economie">Économie</a></li><li><a href="/ia">Intelligence artificielle</a></li>
    </ul>
  </nav>
</header>
<div class="pub ad-banner"><p>Publicité</p><iframe src="https://ads.example/banner"></iframe></div>
<main>
<article class="post">
  <h1>{escape(article.title)}</h1>
  <p class="byline">Par {escape(article.author)}</p>
  {paragraphs}
  <h2>{escape(article.heading)}</h2>
  {rest}
  <p>Pour en savoir plus, consultez <a href="{article.link_href}">{escape(article.link_text)}</a>
  ou écrivez à <a href="mailto:redaction@actu.example">la rédaction</a>, mais pas
  <a href="javascript:alert(1)">ce lien piégé</a>.</p>
  <script>document.write("script text must not appear");</script>
  <form action="/vote"><input name="q" value="form text"></form>
</article>
<aside class="newsletter"><h3>Abonnez-vous à notre lettre</h3>
  <form><input type="email" placeholder="Votre adresse"></form></aside>
<aside class="related"><h3>À lire aussi</h3><ul>
  <li><a href="/autre-1">Nvidia dépasse les attentes des analystes au troisième trimestre</a></li>
  <li><a href="/autre-2">Le Sénat adopte un texte sur l'encadrement des algorithmes</a></li>
</ul></aside>
<section id="comments" class="comments"><h3>Commentaires</h3>
  <div class="comment"><p>Commentaire de Jean : article très intéressant, merci !</p></div>
  <div class="comment"><p>Commentaire de Marie : je ne suis pas d'accord du tout.</p></div>
</section>
</main>
<div class="pub"><p>Publicité</p></div>
<footer><p>Mentions légales · Tous droits réservés © Actu IA 2026</p></footer>
</body>
</html>
"""


def rss(base: str, articles: list[Article] | None = None, *, title: str = "Actu IA",
        encoding: str = "utf-8", extra: str = "") -> str:
    items = "\n".join(
        f"""<item><title>{escape(a.title)}</title><link>{base}articles/{a.slug}?utm_source=rss</link>
<guid isPermaLink="false">actu-{a.slug}</guid><pubDate>{_rfc822(a.date)}</pubDate>
<author>{escape(a.author)}</author>
<description>{escape("<p>" + a.paragraphs[0] + "</p>")}</description></item>"""
        for a in (ARTICLES if articles is None else articles))
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>{base}</link>
<description>Toute l'actualité de l'IA</description>
{items}{extra}
</channel></rss>
"""


def atom(base: str, articles: list[Article] | None = None) -> str:
    entries = "\n".join(
        f"""<entry><title>{escape(a.title)}</title><link href="{base}articles/{a.slug}"/>
<id>urn:actu:{a.slug}</id><updated>{a.date}</updated><published>{a.date}</published>
<author><name>{escape(a.author)}</name></author>
<summary>{escape(a.paragraphs[0])}</summary></entry>"""
        for a in (ARTICLES if articles is None else articles))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Actu IA (Atom)</title>
<link href="{base}"/><id>urn:actu</id><updated>2026-03-02T08:30:00Z</updated>
{entries}
</feed>
"""


def rss1(base: str, articles: list[Article] | None = None) -> str:
    chosen = ARTICLES if articles is None else articles
    seq = "".join(f'<rdf:li resource="{base}articles/{a.slug}"/>' for a in chosen)
    items = "\n".join(
        f"""<item rdf:about="{base}articles/{a.slug}"><title>{escape(a.title)}</title>
<link>{base}articles/{a.slug}</link><dc:date>{a.date}</dc:date>
<dc:creator>{escape(a.author)}</dc:creator>
<description>{escape(a.paragraphs[0])}</description></item>"""
        for a in chosen)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{base}rdf"><title>Actu IA (RSS 1.0)</title><link>{base}</link>
<description>RDF</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>
{items}
</rdf:RDF>
"""


def json_feed(base: str, articles: list[Article] | None = None) -> str:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Actu IA (JSON)",
        "home_page_url": base,
        "items": [
            {"id": f"json-{a.slug}", "url": f"{base}articles/{a.slug}", "title": a.title,
             "date_published": a.date, "authors": [{"name": a.author}],
             "summary": a.paragraphs[0]}
            for a in (ARTICLES if articles is None else articles)
        ],
    }, ensure_ascii=False)


def _rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.1/x</link></item></channel></rss>
"""


def external_entity(path: str) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{path}">]>
<rss version="2.0"><channel><title>Fuite &secret;</title>
<item><title>&secret;</title><link>http://127.0.0.1/x</link><description>&secret;</description>
</item></channel></rss>
"""
