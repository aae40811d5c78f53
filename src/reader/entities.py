"""Company and AI-model mentions: the gazetteer, the matcher, and where to look in an article.

The gazetteer is data (src/reader/data/gazetteer.toml, plus the user's entities.toml); its
header documents the format and the annotation decisions. Matching is one regular expression
built from a trie of every surface form (so Python's engine can skip to the letters names start
with), then per-candidate rules in Python for the few names that need context. A company
missing from the gazetteer is still found where the words around it can only introduce a
business ("la start-up X", "le patron de X", "X, la maison mère de"); Matcher(guess_unknown=False)
turns that off.
"""

from __future__ import annotations

import bisect
import re
import threading
import tomllib
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.document import Block, Cell

COMPANY = "company"
MODEL = "model"
KINDS = (COMPANY, MODEL)
_SENSES = frozenset({COMPANY, MODEL, "platform", "person", "word"})

BUNDLED = Path(__file__).resolve().parent / "data" / "gazetteer.toml"
USER_FILE_NAME = "entities.toml"

# What one space in a multi-word name may be in the text: spaces, or one line break (Markdown
# wraps paragraphs), but never a blank line.
_SP = r"(?:[ \t\u00a0\u2009\u202f]+(?:\n[ \t]*)?|\n[ \t]*)"
_APOSTROPHES = "'’ʼ"
_HYPHENS = "-‐‑"
_MASK = "\x00"  # replaces what is not prose; never a word character nor a space


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in text: `text == source[start:end]`."""

    start: int
    end: int
    kind: str
    canonical: str
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One gazetteer entry (see the header of gazetteer.toml for the fields)."""

    name: str
    kind: str
    forms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    maker: str | None = None
    also: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    strict_case: bool = False
    ignore: bool = False


class GazetteerError(ValueError):
    """An entry that cannot be used; the message is one line."""


# ---- loading


def _strings(value: object, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{field} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def entity_from_dict(entry: object) -> Entity:
    """Validate one entry of a gazetteer file; raise GazetteerError saying what is wrong."""
    if not isinstance(entry, dict):
        raise GazetteerError("not a table")
    unknown = set(entry) - {"name", "kind", "forms", "patterns", "maker", "also", "requires",
                            "case"}
    if unknown:
        raise GazetteerError(f"unknown field {sorted(unknown)[0]!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError("name must be a non-empty string")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise GazetteerError(f"kind must be 'company' or 'model', not {kind!r}")
    forms = _strings(entry["forms"], "forms") if "forms" in entry else (name.strip(),)
    patterns = _strings(entry.get("patterns"), "patterns")
    for pattern in patterns:
        try:
            compiled = re.compile(_pattern_source(pattern))
        except re.error as error:
            raise GazetteerError(f"pattern {pattern!r} is not a valid regex ({error})") from None
        if compiled.groups:
            raise GazetteerError(f"pattern {pattern!r} has capturing groups; use (?:...)")
        if compiled.match(""):
            raise GazetteerError(f"pattern {pattern!r} matches empty text")
    if not forms and not patterns:
        raise GazetteerError("needs at least one form or pattern")
    maker = entry.get("maker")
    if maker is not None and (not isinstance(maker, str) or not maker.strip()):
        raise GazetteerError("maker must be a non-empty string")
    also = frozenset(_strings(entry.get("also"), "also"))
    if also - _SENSES:
        raise GazetteerError(f"also: unknown sense {sorted(also - _SENSES)[0]!r}")
    case = entry.get("case", "exact")
    if case not in ("exact", "strict"):
        raise GazetteerError("case must be 'exact' or 'strict'")
    return Entity(
        name=name.strip(),
        kind=kind,
        forms=forms,
        patterns=patterns,
        maker=maker.strip() if maker else None,
        also=also,
        requires=_strings(entry.get("requires"), "requires"),
        strict_case=case == "strict",
    )


def load_gazetteer(path: Path, strict: bool = False) -> tuple[list[Entity], list[str]]:
    """Read a gazetteer file; bad entries become one-line messages (or errors when strict)."""
    label = str(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return [], []
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        if strict:
            raise
        return [], [f"{label}: cannot read entities ({_one_line(error)}); file ignored"]
    entities: list[Entity] = []
    messages: list[str] = []
    entries = data.get("entity", [])
    if not isinstance(entries, list):
        entries = [entries]
    for number, entry in enumerate(entries, 1):
        try:
            entities.append(entity_from_dict(entry))
        except GazetteerError as error:
            name = entry.get("name") if isinstance(entry, dict) else None
            where = f"entity {number}" + (f" ({name!r})" if isinstance(name, str) else "")
            message = f"{label}: {where}: {error}; skipped"
            if strict:
                raise GazetteerError(message) from None
            messages.append(message)
    ignore = data.get("ignore", [])
    try:
        names = _strings(ignore, "ignore")
    except GazetteerError as error:
        if strict:
            raise
        messages.append(f"{label}: {error}; ignore list skipped")
    else:
        entities.extend(Entity(n, COMPANY, (n,), ignore=True) for n in names)
    return entities, messages


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


# ---- regular expressions


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _piece(char: str) -> str:
    if char == " ":
        return _SP
    if char in _APOSTROPHES:
        return f"[{_APOSTROPHES}]"
    if char in _HYPHENS:
        return f"[{_HYPHENS}]"
    return re.escape(char)


def _normal(surface: str) -> str:
    """The key a matched surface is looked up by: one space, one apostrophe, one hyphen."""
    surface = re.sub(r"\s+", " ", surface)
    for a in _APOSTROPHES[1:]:
        surface = surface.replace(a, "'")
    for h in _HYPHENS[1:]:
        surface = surface.replace(h, "-")
    return surface


def _pattern_source(pattern: str) -> str:
    """A gazetteer pattern as a regex: spaces outside [...] match like spaces in forms."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == " ":
            out.append(_SP)
        else:
            out.append(char)
    return "(?:" + "".join(out) + r")(?!\w)"


def _trie(forms: Iterable[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def _trie_regex(node: dict, last: str = "") -> str:
    """Alternatives sharing prefixes; longer continuations are tried before the end, so the
    regex engine returns the longest form at a position."""
    alternatives = [_piece(char) + _trie_regex(node[char], char) for char in sorted(node) if char]
    if "" in node:
        alternatives.append(r"(?!\w)" if last and _is_word(last) else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a pattern can start with, or None when that cannot be told cheaply."""
    try:
        from re import _constants as c
        from re import _parser as parser

        tree = parser.parse(pattern)
    except Exception:
        return None

    def first(items) -> frozenset[str] | None:
        if not items:
            return None
        op, av = items[0]
        if op is c.SUBPATTERN:
            return first(list(av[-1]))
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.IN:
            chars: set[str] = set()
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 64:
                    chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
                else:
                    return None
            return frozenset(chars)
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                part = first(list(branch))
                if part is None:
                    return None
                union |= part
            return frozenset(union)
        return None

    return first(list(tree))


# ---- context

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = re.compile(r"\w+(?:-\w+)*")
_WINDOW_CUT = re.compile(r"[.!?;:,«»\"“”()\[\]\n\x00]")
_MODEL_NOUNS = _words(
    "modèle modèles model models llm llms chatbot chatbots assistant assistante assistants agent "
    "agents application applications app apps appli applis version versions outil outils "
    "générateur logiciel moteur robot interface famille"
)
_COMPANY_NOUNS = _words(
    "start-up startup start-ups startups pousse société sociétés entreprise entreprises groupe "
    "firme laboratoire labo compagnie éditeur fabricant constructeur pépite licorne opérateur "
    "géant company firm lab maker rival rivale concurrent concurrente filiale fonds banque "
    "spécialiste acteur"
)
_ROLE_NOUNS = _words(
    "fondateur fondatrice fondateurs cofondateur cofondatrice cofondateurs co-fondateur pdg ceo "
    "patron patronne dirigeant dirigeante dirigeants directeur directrice président présidente "
    "investisseur investisseurs actionnaire actionnaires capital valorisation rachat salariés "
    "employés ingénieurs chercheurs équipes équipe siège bureaux locaux levée porte-parole "
    "concurrents rivaux clients client créateur créateurs chiffre revenus bénéfices résultats "
    "action actions titre cours bourse introduction cofounder founder ceo"
)
_MADE_WITH = _words(
    "généré générée générés générées créé créée créés créées produit produite produits "
    "produites réalisé réalisée réalisés réalisées dessiné dessinée imaginé imaginée rédigé "
    "rédigée rédigés rédigées écrit écrite écrits écrites traduit traduite generated created "
    "written made"
)
# A verb just before the name whose object is a model: "Tencent intègre DeepSeek".
_USE_VERBS = _words(
    "intègre intègrent intégrer intégré intégrée intégrant utilise utilisent utiliser utilisé "
    "utilisant adopte adoptent adopter adopté déploie déploient déployer déployé télécharger "
    "téléchargé télécharge teste tester testé essayer essayé essaie interroger interrogé "
    "interroge héberge héberger hébergé propose proposer proposé proposerait intègrera "
    "integrates integrated uses using used deploys deployed"
)
# A verb just before the name whose object is a business: "Disney a assigné Midjourney".
_SUE_VERBS = _words(
    "assigné assigne assignent assigner poursuit poursuivent poursuivi poursuivre attaque "
    "attaquent attaqué attaquer accuse accusent accusé condamne condamné sanctionne sanctionné "
    "rachète rachètent racheté racheter acquiert acquis absorbe absorbé sued sues suing acquired "
    "acquires"
)
_INVEST_WORDS = _words(
    "investir investit investi investissent investissement investissements participation "
    "participations parts actions injecte injecté injecter entre entré entrer invest invested "
    "investing stake"
)
_OWNER_PREPS = frozenset({"de", "d", "du", "des", "of"})
_AGENT_PREPS = frozenset({"chez", "par", "at", "by"})
_STOP = _words(
    "comme et ou avec contre face mais tandis sur pour à au aux que qui dont ni car donc puis "
    "selon via entre vs versus than and or with like such as to"
)
_COMPANY_VERB = re.compile(
    r"[ \t]+(?:(?:l['’]|les[ \t]+|en[ \t]+|y[ \t]+)?(?:a|avait|aurait)[ \t]+"
    r"(?:levé|lancé|annoncé|publié|dévoilé|présenté|racheté|"
    r"recruté|investi|signé|embauché|licencié|conclu|obtenu|ouvert|été[ \t]+(?:fondée?|valorisée?|"
    r"créée?|rachetée?))|lève|lance|annonce|publie|dévoile|présente|rachète|recrute|investit|signe|"
    r"emploie|embauche|licencie|revendique|vaut|est[ \t]+valorisée?|raised|launched|announced|"
    r"released|unveiled|acquired|hired|is[ \t]+valued)\b"
)
_MODEL_VERB = re.compile(
    r"[ \t]+(?:répond|a[ \t]+répondu|génère|a[ \t]+généré|rédige|hallucine|"
    r"(?:est|sera|serait|pourrait[ \t]+(?:ainsi[ \t]+)?être)[ \t]+(?:disponible|téléchargeable|"
    r"accessible|préinstallée?|intégrée?)|"
    r"s['’]est[ \t]+hissée?[ \t]+en[ \t]+tête|"
    r"a[ \t]+été[ \t]+(?:téléchargée?|adoptée?|entraînée?|intégrée?)|answers|answered|generates|"
    r"generated)\b"
)
_HONORIFICS = _words(
    "m mme mlle monsieur madame mademoiselle dr docteur saint sainte st prénom frère sœur soeur "
    "père abbé mr mrs ms miss sir"
)
_SPEECH_VERBS = _words(
    "amuse dit explique raconte confie ajoute souligne sourit témoigne résume assure affirme "
    "précise estime reconnaît poursuit insiste lance tranche glisse note regrette"
)
_SURNAME = re.compile(r"[ \t\u00a0]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\b")
_NOT_SURNAMES = _words(
    "Pro Plus Max Code Chat Mini Ultra Enterprise Team Desktop Web Mobile Instant Opus Sonnet "
    "Haiku Live Nano Flash Advanced Turbo Premium"
)
_SENTENCE_END = ".!?…:\n"
_COORDINATION = re.compile(r"[ \t]*(?:,|et|ou|and|or|&)[ \t]+|[ \t]*,[ \t]*(?:et|ou|and|or)?[ \t]*")
_SENTENCE_LEAD = " \t\u00a0*_#>«\"'“‘([-–—•\x00"


# A version after a model's name: "2", "4.0", "v2.1", then maybe an edition ("1.5 Large"), or
# an edition joined by a hyphen ("Flash-Lite"). Never a year, a count or a quantity.
_EDITIONS = (
    "Pro|Flash|Lite|Mini|mini|Max|Turbo|Ultra|Nano|Large|Small|Medium|Plus|Instruct|Chat|"
    "Vision|Preview|Thinking|Reasoning|Heavy|Lightning|Air|Exp"
)
_VERSION_TAIL = re.compile(
    rf"(?:[ \u00a0-][vV]?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?:[ -](?:{_EDITIONS}))?|-(?:{_EDITIONS}))"
    r"(?![\w.,]?\w)"
)
_NOT_VERSION = re.compile(
    r"[ \u00a0]*(?:%|€|\$|[ \u00a0](?:fois|ans?|mois|jours?|heures?|minutes?|secondes?|"
    r"semaines?|millions?|milliards?|mille|euros?|dollars?|utilisateurs?|personnes|pays|"
    r"langues|pour|sur|points?|places?|rangs?|ème|e|er|re|h|min|s|B|M|G|Go|To|Mo)\b)"
)


# What a comma and a noun right after a name call it: "Mistral, la start-up", "Le Chat, son
# assistant", "Gemma, une cliente", "Chrome, le navigateur", and a participle: "Midjourney,
# poursuivie par Disney" (what is sued, bought, valued or listed is a business).
_APPOSED = re.compile(
    r"[ \t]*,[ \t]*(?P<det>l['’][ \t]*|(?:la|le|les|une?|cette|ce|cet|notre|sa|son|ses|leur|"
    r"the|an?)[ \t]+)?(?P<first>[\w-]+)(?:[ \t]+(?P<second>[\w-]+))?",
    re.IGNORECASE,
)
_APPOSED_NOUNS = (
    (COMPANY, _words(
        "start-up startup start-ups startups jeune société entreprise firme pépite licorne groupe "
        "laboratoire compagnie filiale maison company firm lab"
    )),
    (MODEL, _words(
        "chatbot modèle assistant assistante agent application appli model app"
    )),
    ("person", _words(
        "client cliente utilisateur utilisatrice ingénieur ingénieure étudiant étudiante "
        "développeur développeuse directeur directrice fondateur fondatrice chercheur chercheuse "
        "employé employée salarié salariée graphiste illustrateur illustratrice médecin avocat "
        "avocate analyste enseignant enseignante professeur professeure lycéen lycéenne mère père "
        "fille fils retraité retraitée habitant habitante journaliste consultant consultante "
        "responsable infirmier infirmière patient patiente créateur créatrice"
    )),
    ("product", _words(
        "navigateur réseau plateforme service logiciel moteur jeu smartphone téléphone console "
        "puce site messagerie système outil produit marque browser"
    )),
)
_APPOSED_PARTICIPLES = _words(
    "poursuivi poursuivie assigné assignée attaqué attaquée accusé accusée condamné condamnée "
    "racheté rachetée valorisé valorisée coté cotée fondé fondée créé créée financé financée "
    "soutenu soutenue détenu détenue contrôlé contrôlée sued acquired valued founded backed"
)


def _apposed(text: str, end: int) -> str | None:
    """The sense an apposition after a name gives it: company, model, 'person', 'product'."""
    found = _APPOSED.match(text, end)
    if found is None:
        return None
    first = found.group("first").lower()
    if found.group("det") is None and first in _APPOSED_PARTICIPLES:
        return COMPANY
    # The noun, or an adjective and then the noun: "une cliente", "une jeune pousse".
    words = [first, (found.group("second") or "").lower()]
    for word in words:
        for sense, nouns in _APPOSED_NOUNS:
            if word in nouns:
                return sense
    return None


def _tokens_before(text: str, start: int) -> list[str]:
    """Lower-cased words before `start` in the same clause, nearest first."""
    segment = text[max(0, start - 100) : start]
    cuts = list(_WINDOW_CUT.finditer(segment))
    if cuts:
        segment = segment[cuts[-1].end() :]
    return _TOKEN.findall(segment.lower())[::-1]


def _cue(text: str, start: int, end: int) -> str | None:
    """The kind the words around a name give it: 'company', 'model', or None."""
    tokens = _tokens_before(text, start)
    if tokens:
        nearest = tokens[0]
        if nearest in _AGENT_PREPS:
            # "généré par Midjourney": a tool; "développé par Anysphere": a maker.
            return MODEL if len(tokens) > 1 and tokens[1] in _MADE_WITH else COMPANY
        if nearest in _USE_VERBS:
            return MODEL
        if nearest in _SUE_VERBS:
            return COMPANY
        if nearest in ("dans", "in") and len(tokens) > 1 and tokens[1] in _INVEST_WORDS:
            return COMPANY  # "investir dans Perplexity"
        if nearest in _OWNER_PREPS:
            if any(t in _MODEL_NOUNS or t in _ROLE_NOUNS or t in _COMPANY_NOUNS
                   for t in tokens[1:4]):
                return COMPANY
            return None
        if nearest in ("ia", "ai"):
            return MODEL
    for token in tokens[:7]:
        if token in _STOP:
            break
        if token in _MODEL_NOUNS:
            return MODEL
        if token in _COMPANY_NOUNS:
            return COMPANY
    apposed = _apposed(text, end)
    if apposed in (COMPANY, MODEL):
        return apposed
    after = text[end : end + 80]
    if _COMPANY_VERB.match(after):
        return COMPANY
    if _MODEL_VERB.match(after):
        return MODEL
    return None


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _SENTENCE_LEAD:
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return True
    # A list marker such as "1." or "2)" at the start of a line.
    return text[i].isdigit() and (i == 0 or text[i - 1] == "\n")


# ---- companies the gazetteer does not know
# A capitalised name right after words that only introduce a business ("la start-up X", "le
# patron de X", "X, la maison mère de", "a racheté X") is a company even when it is not listed.

_NAME = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\.[\w&-]+)*|\d+[A-Za-z][\w-]*)"
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ&][\w&-]*(?:\.[\w&-]+)*){0,2}"
)
_NAME_AT = re.compile(_NAME)
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))(" + _NAME + r")[ \t]*$")
_FUNCTION = _words(
    "de du des d la le les l en à au aux et ou qui que dont a est sur pour par avec comme dans "
    "chez ses son sa leur leurs un une ce cet cette"
)
# Cue words: nouns that introduce a business (after a determiner), roles followed by "de X",
# verbs followed by "X", and appositions after a name ("X, la maison mère de ...").
_CUE_WORDS = {
    **dict.fromkeys(
        ["jeune pousse", "start-up", "startup", "société", "entreprise", "groupe", "firme",
         "fabricant", "constructeur", "éditeur", "licorne", "pépite", "opérateur",
         "équipementier", "fonds", "spécialiste"], "noun"),
    **dict.fromkeys(
        ["PDG", "pdg", "CEO", "patron", "patronne", "fondateur", "fondatrice", "cofondateur",
         "cofondatrice", "co-fondateur", "co-fondatrice", "directeur général",
         "directrice générale", "maison mère", "filiale", "rachat", "acquisition"], "role"),
    **dict.fromkeys(["rachète", "racheter", "racheté", "acquiert", "acquérir"], "verb"),
}
_COMPANY_CUE = re.compile(
    r"\b(?:" + _trie_regex(_trie(_CUE_WORDS)) + ")"
    r"|,(?=[ \t]*(?:la[ \t]+|sa[ \t]+|une[ \t]+|l['’])?(?:maison[ \t]+mère|filiale|start-?up|"
    r"société|entreprise)\b)"
)
_ROLE_TAIL = re.compile(r"[ \t]+(?:de[ \t]+|d['’])")
_VERB_TAIL = re.compile(r"[ \t]+")
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:[Ll]a|[Ll]e|[Ll]['’]|[Uu]ne|[Uu]n|[Cc]ette|[Cc]e|"
                                r"[Ss]a|[Ss]on)[ \t]*$")
_ADJECTIVE = re.compile(r"[ \t]+([a-zà-öø-ÿ][a-zà-öø-ÿ-]*)")
_PLACE_PREP_BEFORE = re.compile(r"(?:^|\W)(?:[EeÀà]n|[Aa]ux?|à|À|[Dd]ans|[Ss]elon)[ \t]+$")
# Capitalised words that begin sentences or name places, never a business on their own.
_NOT_COMPANIES = _words(
    "Le La Les L Un Une Des De Du Il Elle Ils Elles Ce Cet Cette Ces Son Sa Ses Leur Leurs Selon "
    "Pour Mais Et En Au Aux À Dans Sur Par Avec Si Quant Alors Chine France Europe Allemagne "
    "Japon Inde Corée Taïwan Paris Londres Pékin Washington Bruxelles Californie États-Unis "
    "Royaume-Uni Silicon Valley Hong Kong Israël Russie Canada Italie Espagne Suisse Bercy "
    "Matignon Élysée IA AI LLM GPU The A An Depuis Ensuite Enfin Puis Ainsi Aujourd'hui "
    "Aujourd’hui Hier Demain Pourtant Toutefois Cependant Néanmoins Désormais Parallèlement Bref "
    "Certes Outre Or Donc Également Côté Ici Là Aussi Surtout Notamment Entre-temps Finalement "
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin "
    "Juillet Août Septembre Octobre Novembre Décembre Oui Non Résultat Bien Autrement Sinon"
)


def _clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a guessed name to its capitalised words that are not sentence words or places."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().rstrip(".'’-") in _NOT_COMPANIES:
        words.pop()
    if not words or words[0].group() in _NOT_COMPANIES:
        return None
    last = words[-1]
    stop = start + last.start() + len(last.group().rstrip(".'’-"))
    if stop <= start or not text[start].isalnum():
        return None
    return start, stop




def _unknown_companies(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Companies named in a clear company context but absent from the gazetteer.

    `taken`: sorted, disjoint spans already named; guesses never overlap them.
    """
    found: list[Mention] = []
    starts = [s for s, _ in taken]
    ends = [e for _, e in taken]
    for cue in _COMPANY_CUE.finditer(text):
        word = cue.group()
        sense = "apposition" if word == "," else _CUE_WORDS.get(" ".join(word.split()))
        if sense != "apposition" and cue.start() and _is_word(text[cue.start() - 1]):
            continue
        span: tuple[int, int] | None = None
        if sense == "noun":
            if not _DETERMINER_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
                continue
            pos = cue.end()
            for _ in range(2):  # up to two adjectives: "la start-up parisienne X"
                adjective = _ADJECTIVE.match(text, pos)
                if not adjective or adjective.group(1) in _FUNCTION:
                    break
                pos = adjective.end()
            space = _VERB_TAIL.match(text, pos)
            name = _NAME_AT.match(text, space.end()) if space else None
            span = name.span() if name else None
        elif sense in ("role", "verb"):
            tail = (_ROLE_TAIL if sense == "role" else _VERB_TAIL).match(text, cue.end())
            name = _NAME_AT.match(text, tail.end()) if tail else None
            span = name.span() if name else None
        elif sense == "apposition":
            before = _NAME_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
            if before and not _PLACE_PREP_BEFORE.search(
                text, max(0, before.start(1) - 8), before.start(1)
            ):
                span = before.span(1)
        if span is None or (span[0] and _is_word(text[span[0] - 1])):
            continue
        span = _clean_name(text, *span)
        # A name the text calls a product, a model or a person is not a business.
        if span is None or _apposed(text, span[1]) in (MODEL, "product", "person"):
            continue
        start, end = span
        i = bisect.bisect_left(starts, end)
        if i > 0 and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        found.append(Mention(start, end, COMPANY, " ".join(text[start:end].split()),
                             text[start:end]))
    found.sort(key=lambda m: m.start)
    return found


# ---- the matcher


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    entity: Entity
    canonical: str
    pattern: bool
    bare: bool  # one-word form: the case where first names and ordinary words collide
    cue: str | None = None
    ok: bool = True
    kind: str = ""


@dataclass(slots=True)
class _Facts:
    """What a whole text says, for names whose sense depends on the rest of it."""

    present: set[str]
    votes: dict[str, Counter]
    midsentence: set[str]


class Matcher:
    """Finds mentions; built once from a list of entities (see default_matcher())."""

    def __init__(self, entities: Sequence[Entity], messages: Sequence[str] = (),
                 guess_unknown: bool = True) -> None:
        self.messages: list[str] = list(messages)
        self.guess_unknown = guess_unknown
        by_name: dict[str, Entity] = {}
        for entity in entities:
            key = entity.name if not entity.ignore else "\x00ignore:" + entity.name
            by_name.pop(key, None)  # a later entry (the user's) replaces an earlier one
            by_name[key] = entity
        self.entities: tuple[Entity, ...] = tuple(by_name.values())
        self._surface: dict[str, Entity] = {}
        for entity in self.entities:
            for form in entity.forms:
                for variant in self._variants(entity, form):
                    self._surface[_normal(variant)] = entity
        self._patterns: list[tuple[re.Pattern[str], Entity]] = []
        self._by_first: dict[str, list[tuple[re.Pattern[str], Entity]]] = {}
        self._any_first: list[tuple[re.Pattern[str], Entity]] = []
        # Names starting with a capital or a digit are found by one regex whose alternatives all
        # start with a literal, so the engine skips to those characters; the few that start
        # with a small letter ("xAI", "iFlytek", "o1") would make it stop inside every word, so
        # they get a second regex anchored at word starts.
        capital: list[str] = []
        small: list[str] = []
        for entity in self.entities:
            for pattern in entity.patterns:
                source = _pattern_source(pattern)
                compiled = re.compile(source)
                self._patterns.append((compiled, entity))
                firsts = _first_chars(source)
                if firsts is None:
                    self._any_first.append((compiled, entity))
                    small.append(f"(?={source})")
                    continue
                for char in sorted(firsts):
                    self._by_first.setdefault(char, []).append((compiled, entity))
                    # A literal first, then a look-behind checking the whole pattern from it.
                    alternative = f"{re.escape(char)}(?<=(?={source}){re.escape(char)})"
                    (small if char.islower() else capital).append(alternative)
        # One regex per first character tells cheaply that none of its patterns matches.
        self._first_check = {
            char: re.compile("|".join(c.pattern for c, _ in group))
            for char, group in self._by_first.items()
        }
        trie = _trie(self._surface)
        self._trie = re.compile(_trie_regex(trie)) if trie else None
        for char in sorted(trie):
            alternative = _piece(char) + _trie_regex(trie[char], char)
            (small if char.islower() else capital).append(alternative)
        self._search = re.compile("|".join(capital)) if capital else None
        self._search_small = re.compile(r"\b(?:" + "|".join(small) + ")") if small else None
        self._sp = re.compile(_SP)
        self._lookup_cache: dict[str, tuple[Entity | None, bool]] = {}
        self._starts = frozenset(trie) | frozenset(self._by_first) | (
            frozenset(_APOSTROPHES) if self._any_first else frozenset()
        )
        self._facts_cache: dict[str, _Facts] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _variants(entity: Entity, form: str) -> list[str]:
        variants = [form]
        upper = form.upper()
        plain = not (entity.also & {"person", "word"}) and not entity.ignore
        if not entity.strict_case and plain and len(form) >= 3 and upper != form:
            variants.append(upper)
        return variants

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> Matcher:
        """Bundled data first, then user files: bad entries of the latter become messages."""
        entities: list[Entity] = []
        messages: list[str] = []
        for number, path in enumerate(paths):
            found, notes = load_gazetteer(path, strict=number == 0 and path == BUNDLED)
            entities.extend(found)
            messages.extend(notes)
        return cls(entities, messages)

    # -- scanning --

    def _lookup(self, surface: str) -> tuple[Entity | None, bool]:
        """The entity a matched surface names, and whether the surface is one word."""
        try:
            return self._lookup_cache[surface]
        except KeyError:
            key = _normal(surface)
            found = (self._surface.get(key), " " not in key)
            if len(self._lookup_cache) < 50_000:
                self._lookup_cache[surface] = found
            return found

    def _longest(self, text: str, pos: int) -> _Candidate | None:
        best: _Candidate | None = None
        if self._trie is not None:
            match = self._trie.match(text, pos)
            if match:
                entity, bare = self._lookup(match.group())
                if entity is not None:
                    best = _Candidate(pos, match.end(), entity, entity.name, False, bare)
        patterns = self._by_first.get(text[pos], ())
        if self._any_first or (patterns and self._first_check[text[pos]].match(text, pos)):
            for compiled, entity in (*patterns, *self._any_first):
                match = compiled.match(text, pos)
                if match and (best is None or match.end() > best.end):
                    best = _Candidate(pos, match.end(), entity, _normal(match.group()), True,
                                      False)
        if best is not None and best.entity.kind == MODEL and not best.entity.ignore:
            best = self._with_version(text, best)
        return best

    def _with_version(self, text: str, c: _Candidate) -> _Candidate:
        """"Jamba 1.5", "Seedream 4.0", "Nemotron Nano 2": a model name and the version after it
        are one mention, for every model, not only the families the gazetteer has patterns for.
        """
        if text[c.end - 1].isdigit():
            return c  # the name had its version already ("Grok 3")
        tail = _VERSION_TAIL.match(text, c.end)
        if tail is None or _NOT_VERSION.match(text, tail.end()):
            return c
        return _Candidate(c.start, tail.end(), c.entity, _normal(text[c.start:tail.end()]),
                          True, False)

    def _scan(self, text: str) -> list[_Candidate]:
        """Longest non-overlapping candidates, left to right, before any context rule."""
        found: list[_Candidate] = []
        never = len(text) + 1
        search = self._search.search if self._search is not None else None
        search_small = self._search_small.search if self._search_small is not None else None
        small_at = -1 if search_small is not None else never
        pos = 0
        while True:
            match = search(text, pos) if search is not None else None
            start = match.start() if match is not None else never
            if search_small is not None and small_at < pos:
                small = search_small(text, pos)
                small_at = small.start() if small is not None else never
            if small_at < start:
                start = small_at
            if start >= never:
                break
            if start and _is_word(text[start - 1]):
                pos = start + 1
                continue
            candidate = self._longest(text, start)
            if candidate is None:
                pos = start + 1
                continue
            if candidate.entity.kind == COMPANY and not candidate.entity.ignore:
                candidate = self._with_product(text, candidate)
            found.append(candidate)
            pos = candidate.end
        return found

    def _with_product(self, text: str, maker: _Candidate) -> _Candidate:
        """"Google Gemini", "Microsoft Copilot": a maker followed by its product is one mention."""
        space = self._sp.match(text, maker.end)
        if not space or space.end() >= len(text):
            return maker
        if not self._any_first and text[space.end()] not in self._starts:
            return maker
        product = self._longest(text, space.end())
        if product is None or product.entity.maker != maker.entity.name:
            return maker
        if product.entity.kind != MODEL or product.entity.ignore:
            return maker
        return _Candidate(maker.start, product.end, product.entity, product.canonical,
                          product.pattern, False)

    # -- context --

    def _needs_context(self, c: _Candidate) -> bool:
        e = c.entity
        return bool(e.requires or e.also) and not e.ignore

    def _judge(self, text: str, candidates: list[_Candidate]) -> _Facts:
        """Apply local rules (cues, first names) and collect the text's facts."""
        present: set[str] = set()
        votes: dict[str, Counter] = {}
        midsentence: set[str] = set()
        for c in candidates:
            e = c.entity
            if e.ignore:
                c.ok = False
                continue
            if not self._needs_context(c):
                present.add(e.name)
                if e.maker:
                    present.add(e.maker)
                continue
            c.cue = _cue(text, c.start, c.end)
            if c.cue is not None and ({e.kind} | e.also) & {c.cue}:
                votes.setdefault(e.name, Counter())[c.cue] += 1
            if c.bare and "person" in e.also and self._is_person(text, c):
                c.ok = False
                continue
            if not _at_sentence_start(text, c.start):
                midsentence.add(e.name)
            gated = bool(e.requires) or (c.bare and e.also & {"person", "platform"})
            if not gated:
                present.add(e.name)
                if e.maker:
                    present.add(e.maker)
        return _Facts(present, votes, midsentence)

    def _is_person(self, text: str, c: _Candidate) -> bool:
        """"Claude François", "Jean-Claude", "M. Claude": a first name, not the assistant."""
        if c.start >= 2 and text[c.start - 1] in _HYPHENS and text[c.start - 2].isalpha():
            return True
        tokens = _tokens_before(text, c.start)
        if tokens and tokens[0] in _HONORIFICS:
            return True
        # "», s'amuse Gemma" (who said it), "Gemma, une cliente": a person.
        if (tokens and tokens[0] in _SPEECH_VERBS) or _apposed(text, c.end) == "person":
            return True
        surname = _SURNAME.match(text, c.end)
        if surname and surname.group(1) not in _NOT_SURNAMES:
            following = self._longest(text, surname.start(1))
            return following is None
        return False

    def _facts(self, context: str) -> _Facts:
        facts = self._facts_cache.get(context)
        if facts is None:
            facts = self._judge(context, self._scan(_mask_urls(context)))
            with self._lock:  # views and workers may share the default matcher
                if len(self._facts_cache) >= 16:
                    self._facts_cache.pop(next(iter(self._facts_cache)), None)
                self._facts_cache[context] = facts
        return facts

    def _decide(self, text: str, c: _Candidate, facts: _Facts, listed: bool) -> bool:
        """Whether a candidate that needs context is a mention, and of which kind.

        `listed`: the name is coordinated with a sure mention ("Orange et Capgemini",
        "Kimi et Yuanbao"), which vouches for it as a name of the same world.
        """
        e = c.entity
        support = (e.maker in facts.present if e.maker else False) or listed
        if e.requires and not (
            any(r in facts.present for r in e.requires) or c.cue is not None or listed
        ):
            return False
        if c.bare and "person" in e.also and not (
            support or c.cue == MODEL or e.name in facts.present
        ):
            return False
        if c.bare and "platform" in e.also and c.cue != COMPANY:
            return False
        if (
            c.bare
            and "word" in e.also
            and _at_sentence_start(text, c.start)
            and not (e.name in facts.midsentence or c.cue is not None or support)
        ):
            return False
        senses = ({e.kind} | e.also) & set(KINDS)
        if c.pattern or len(senses) < 2:
            c.kind = e.kind
        elif c.cue in senses:
            c.kind = c.cue
        else:
            counts = facts.votes.get(e.name)
            if counts and len(counts) == 1:
                c.kind = next(iter(counts))
            elif counts and counts.most_common(2)[0][1] != counts.most_common(2)[1][1]:
                c.kind = counts.most_common(1)[0][0]
            else:
                c.kind = e.kind
        return True

    def _listed(self, text: str, candidates: list[_Candidate], i: int) -> bool:
        """Whether candidate i is joined by "et", "ou" or a comma to a mention that needs no
        context."""
        c = candidates[i]
        if i > 0:
            before = candidates[i - 1]
            if self._sure(before) and _COORDINATION.fullmatch(text, before.end, c.start):
                return True
        if i + 1 < len(candidates):
            after = candidates[i + 1]
            if self._sure(after) and _COORDINATION.fullmatch(text, c.end, after.start):
                return True
        return False

    def _sure(self, c: _Candidate) -> bool:
        return c.ok and not c.entity.ignore and (c.pattern or not self._needs_context(c))

    def find(self, text: str, context: str | None = None) -> list[Mention]:
        """Mentions in `text`, sorted and non-overlapping.

        `context` is the whole text `text` belongs to (an article body when `text` is one of its
        blocks): names whose sense depends on the rest of the text are judged against it.
        """
        masked = _mask_urls(text)
        candidates = self._scan(masked)
        facts = self._judge(masked, candidates)
        if context is not None and context != text:
            facts = self._facts(context)
        mentions: list[Mention] = []
        for i, c in enumerate(candidates):
            if not c.ok:
                continue
            if self._needs_context(c):
                listed = self._listed(masked, candidates, i)
                if not self._decide(masked, c, facts, listed):
                    continue
                kind = c.kind
            else:
                kind = c.entity.kind
            mentions.append(Mention(c.start, c.end, kind, c.canonical, text[c.start : c.end]))
        if self.guess_unknown:
            taken = [(c.start, c.end) for c in candidates]
            extra = _unknown_companies(masked, taken)
            if extra:
                extra = [Mention(m.start, m.end, m.kind, m.canonical, text[m.start : m.end])
                         for m in extra]
                mentions = sorted(mentions + extra, key=lambda m: m.start)
        return mentions


def user_entities_path() -> Path:
    from reader import paths

    return paths.config_dir() / USER_FILE_NAME


@cache
def default_matcher() -> Matcher:
    """The bundled gazetteer plus the user's entities.toml, compiled once per process."""
    return Matcher.from_files([BUNDLED, user_entities_path()])


# ---- where the prose is

_URLISH = re.compile(
    r"://|www\.|@|\.(?:com|fr|org|net|io|ai|dev|co|eu|uk|de|cn|app|"
    r"tech|info|gov|edu|be|ch|ca|us|ly|gl|gg|me)(?![\w-])"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _mask_ranges(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """Replace ranges with a filler that is neither a word character nor a space; keep newlines."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(ranges):
        start = max(start, last)
        if end <= start:
            continue
        parts.append(text[last:start])
        chunk = text[start:end]
        parts.append("".join("\n" if ch == "\n" else _MASK for ch in chunk))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _mask_urls(text: str) -> str:
    """URLs, web addresses and e-mail addresses are not prose: mask them, keeping offsets."""
    ranges: list[tuple[int, int]] = []
    covered = 0
    for hit in _URLISH.finditer(text):
        if hit.start() < covered:
            continue
        start = hit.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = hit.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        token = text[start:end]
        marker = hit.group()
        if marker.startswith(".") and not (hit.start() and _is_word(text[hit.start() - 1])):
            continue
        if marker == "@":
            email = _EMAIL.search(token)
            if not email:
                continue
        elif marker.startswith(".") and "/" not in token and not token[:1].islower():
            # "Amazon.com", "JD.com": a company's name, not an address written out.
            continue
        ranges.append((start, end))
        covered = end
    return _mask_ranges(text, ranges) if ranges else text


_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
_LINK_DEST = re.compile(
    r"(?<=\])\((?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)"
)
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>")
_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_MAYBE_CODE_BLOCK = re.compile(r"```|~~~|^(?: {4}|\t)", re.MULTILINE)


def markdown_prose(source: str) -> str:
    """`source` with everything that is not prose masked (same length, same offsets)."""
    ranges: list[tuple[int, int]] = []
    if _MAYBE_CODE_BLOCK.search(source):
        from reader.document import _parser

        starts = [0]
        for line in source.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        for token in _parser().parse(source):
            if token.type in ("fence", "code_block") and token.map:
                first, last = token.map
                ranges.append((starts[first], min(starts[min(last, len(starts) - 1)], len(source))))
    text = _mask_ranges(source, ranges) if ranges else source
    more: list[tuple[int, int]] = []
    for regex in (_INLINE_CODE, _LINK_DEST, _REF_DEF, _AUTOLINK, _HTML):
        more.extend(m.span() for m in regex.finditer(text))
    return _mask_ranges(text, more) if more else text


def find_in_markdown(source: str, matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in Markdown source, ignoring code, link targets, URLs and HTML tags."""
    matcher = matcher or default_matcher()
    prose = markdown_prose(source)
    return [_retext(m, source) for m in matcher.find(prose)]


def _retext(mention: Mention, source: str) -> Mention:
    text = source[mention.start : mention.end]
    if text == mention.text:
        return mention
    return Mention(mention.start, mention.end, mention.kind, mention.canonical, text)


_article_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _article_prose(article: Article) -> str:
    cached = _article_cache.get(article)
    if cached is not None and cached[0] == article.digest:
        return cached[1]
    body = article.body
    prose = markdown_prose(body) if article.markdown else body
    _article_cache[article] = (article.digest, prose)
    return prose


def forget_article(article: Article) -> None:
    """Drop the cached prose of an article (a big library counts, then lets go)."""
    _article_cache.pop(article, None)


def article_mentions(article: Article, matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in an article's body, with offsets into `article.text` (front matter skipped)."""
    matcher = matcher or default_matcher()
    offset = article.body_offset
    prose = _article_prose(article)
    return [
        Mention(m.start + offset, m.end + offset, m.kind, m.canonical,
                article.text[m.start + offset : m.end + offset])
        for m in matcher.find(prose)
    ]


def _without_code(text: str, spans: Iterable) -> str:
    ranges = [(s.start, s.end) for s in spans if s.style == "code"]
    return _mask_ranges(text, ranges) if ranges else text


def cell_mentions(cell: Cell, article: Article | None = None,
                  matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in one table cell, offsets into `cell.text`; inline code excluded."""
    matcher = matcher or default_matcher()
    context = _article_prose(article) if article is not None else None
    return _cell_mentions(cell, context, matcher)


def _cell_mentions(cell: Cell, context: str | None, matcher: Matcher) -> list[Mention]:
    found = matcher.find(_without_code(cell.text, cell.spans), context)
    return [_retext(m, cell.text) for m in found]


def block_mentions(block: Block, article: Article | None = None,
                   matcher: Matcher | None = None) -> list[Mention]:
    """Mentions in a parsed block, offsets into `block.text`; code spans and code blocks excluded.

    Pass the article the block comes from so that names whose sense depends on the whole text
    (a first name, a name that is both company and model) are judged as article_mentions judges
    them.
    """
    from reader import document

    matcher = matcher or default_matcher()
    if block.kind in (document.CODE, document.RULE):
        return []
    if block.kind == document.TABLE and block.rows:
        found: list[Mention] = []
        offset = 0
        # Without the article, the table is the text its cells are judged in.
        table_context = _article_prose(article) if article is not None else block.text
        for row in block.rows:
            for cell in row:
                for m in _cell_mentions(cell, table_context, matcher):
                    found.append(Mention(m.start + offset, m.end + offset, m.kind,
                                         m.canonical, m.text))
                offset += len(cell.text) + 1  # the tab or newline joining cells
        return [m for m in found if block.text[m.start : m.end] == m.text]
    context = _article_prose(article) if article is not None else None
    found = matcher.find(_without_code(block.text, block.spans), context)
    return [_retext(m, block.text) for m in found]
