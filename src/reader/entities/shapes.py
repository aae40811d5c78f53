"""Names the gazetteer has never seen, told by their shape and by the structure of the news.

A gazetteer trails the news; these rules read what any new name looks like:
- the name of a business: "HDFC Bank", "Peak XV Partners", "Banque Royale du Canada", "Gnani.ai";
- the name of a model: "Krutrim-2", "Apriel-5B", "Viking 33B", a known company's "Sarvam-M",
  a known model's longer name ("Pharia-1-LLM-7B", "Jamba Mini"), "le modèle X";
- the members of a list a funding round, a client or partner list introduces, or that is
  coordinated with a business already found ("Nvidia, Accel et Elaia");
- an acronym given in brackets after a business: "Public Investment Fund (PIF)".
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable

from reader.entities.base import COMPANY, MODEL, Mention
from reader.entities.lexicon import word_set
from reader.entities.patterns import trie, trie_regex
from reader.entities.rules import context_cue

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word (not an elided article: "L'israélien"), or a digit-led name ("42dot").
_CAP = rf"(?:(?![LDJ]['’])[{_UPPER}][\w'’&.]*[\w&]|[{_UPPER}]|\d+[A-Za-z][\w]*)"
# Words that end (or, in French, begin) the name of a business.
_ORG_TAIL = (
    "Ventures|Venture Partners|Venture Capital|Capital|Partners|Bank|Banking|Investment|"
    "Investments|Fund|Group|Holdings|Corporation|Corp|Technologies|Analytics|Securities|"
    "Financial|Financial Group|Consultancy Services|Services|Solutions|Robotics|Motor|Motors|"
    "Electronics|Semiconductor|Telecom|Insurance|Digital|Cloud|Labs|Research|Asset Management|"
    "Industries|Systems|Intuitions|Autonomy|AI"
)
_ORG_HEAD = "Banque|Groupe|Fonds|Investissements|Caisse|Crédit"
_JOIN = r"(?:[ ](?:of|and|du|de|des)[ ]|[ ]&[ ]|[ ])"
_ORG_NAME = re.compile(
    rf"(?<![\w.-])(?:{_CAP}(?:{_JOIN}{_CAP}){{0,4}}{_JOIN}(?:{_ORG_TAIL})"
    rf"|(?:{_ORG_HEAD})(?:[ ](?:du|de|des|d['’])?[ ]?{_CAP}){{1,3}})(?![\w-])"
)
_DOT_AI = re.compile(rf"(?<![\w.-])[{_UPPER}][\w-]*\.ai(?![\w.-])")
# A model's hyphenated name: a word with a small letter, then parts with digits or a letter
# ("Krutrim-2", "Apriel-5B", "Fathom-R1-14B", "Sarashina2-8x70B", "Kanana-1.5-8B").
_MODEL_HYPHEN = re.compile(
    rf"(?<![\w.-])[{_UPPER}][\w]*[a-z][\w]*(?:-(?:[A-Za-z]*\d(?:[\w.]*\w)?|[A-Z]{{1,4}}))*"
    r"-(?:[A-Za-z]*\d(?:[\w.]*\w)?|[A-Z])(?:-(?:[\w.]*\w)?)*(?![\w-])"
)
# A name and a size in parameters: "Viking 33B", "ALLaM 34B".
_MODEL_SIZE = re.compile(rf"(?<![\w.-])[{_UPPER}][\w.-]*[ ]\d+(?:\.\d+)?[BbT](?![\w-])")
# A name with inner capitals and a version: "PLaMo 2", "EvoLLM-JP 2", "A.X 4.0".
_MODEL_CAMEL_VERSION = re.compile(
    rf"(?<![\w.-])(?:(?=[\w.-]*[a-z])[{_UPPER}][a-z]*[{_UPPER}][\w.-]*|[{_UPPER}]\.[{_UPPER}])"
    r"[ ]\d{1,2}"
    r"(?:\.\d{1,2})?(?![\w,.]?\w)"
)
_MODEL_CUE = re.compile(
    r"(?:\b(?:[Ll]e|[Ss]on|[Ll]eur|[Uu]n|[Dd]u|[Cc]e|[Nn]otre)[ ]+(?:nouveau[ ]+|dernier[ ]+)?"
    r"(?:modèle|chatbot|LLM|agent|assistant|moteur)|[Ll]['’](?:assistant|agent|application)|"
    r"(?:[Ll]a|[Ss]a|[Ll]eur)[ ]+famille|(?:[Ss]a|[Ll]eur)[ ]+plateforme|"
    r"[SsLl]es[ ]+modèles|"
    r"baptisée?|nommée?|appelée?)"
    r"(?:[ ]+(?:de|d['’])[ ]*(?:langage|raisonnement|fondation|vision|code)(?:[ ]+\w+)?)?"
    r"(?:[ ]+(?:open[ -]source|maison|phare|vedette|spécialisée?|multimodale?|vocale?|"
    r"conversationnel(?:le)?|génératif|générative|maison))?"
    rf"[ ]+(?P<name>{_CAP}(?:[ ]{_CAP})?(?:[ ]\d{{1,2}}(?:\.\d{{1,2}})?)?)(?![\w-])"
)
_LIST_CUE = re.compile(
    r"\b(?:mené|menée|menés|emmené|emmenée|conduit|conduite|codirigé|codirigée|soutenue?|"
    r"financée?|appuyée?)[ ]+par[ ]+|"
    r"\b(?:avec|aux[ ]+côtés)[ ]+(?:la[ ]+participation[ ]+)?(?:de|d['’]|des)[ ]+|"
    r"\b(?:participation|investisseurs?|actionnaires?|clients?|partenaires?)[ ]+"
    r"(?:historiques[ ]+|existants[ ]+|comme[ ]+|tels[ ]+que[ ]+|dont[ ]+)?(?=[A-ZÀ-ÖØ-Þ])"
)
_LIST_LEAD = re.compile(
    r"(?:(?:le|la|les|l['’])[ ]*(?:fonds|banque|groupe|assureur|opérateur|géant|conglomérat|"
    r"société|constructeur|firme|fonds[ ]+souverain)(?:[ ]+[a-zé]+)?[ ]+)?"
)
_LIST_SEP = re.compile(
    r"[ ]*(?:,[ ]*(?:et[ ]+)?|[ ]+et[ ]+|[ ]+ainsi[ ]+que[ ]+)(?:de[ ]+|d['’]|du[ ]+|des[ ]+)?"
)
_ACRONYM = re.compile(rf"[ ]\((?P<acr>[{_UPPER}][{_UPPER}0-9&]{{1,6}})\)")
_NAME_RUN = re.compile(rf"(?<![\w.'’-]){_CAP}(?:[ ]{_CAP}){{0,3}}(?![\w-])")
_NAME_BEFORE = re.compile(rf"(?<![\w.'’-]){_CAP}(?:[ ]{_CAP}){{0,3}}$")
_SEP_ENDS = (",", " et", " de", " du", " des", " que", "d'", "d’")
_ITEM_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<name>{_CAP}(?:[ ]{_CAP}){{0,3}})(?:{_LIST_SEP.pattern})$"
)
_EDITION = re.compile(
    r"[ ](?:Mini|Think|Pro|Max|Flash|Lite|Turbo|Ultra|Nano|Large|Small|Medium|Instruct|"
    r"Vision|Thinking|Reasoning|Air|Chat|Driver|Copilot)(?![\w-])"
)
_HYPHEN_TAIL = re.compile(r"(?:-[A-Za-z0-9][\w.]*\w|-[A-Za-z0-9])+(?![\w-])")
# After a company: a hyphenated tail with a digit, or one capital ("Sarvam-M"), or a version.
_PRODUCT_TAIL = re.compile(
    r"(?:-[A-Z](?![\w-])|(?:-[\w.]*\w)*-[A-Za-z]*\d(?:[\w.]*\w)?(?:-[\w.]*\w)*(?![\w-])|"
    r"[ ]\d{1,2}\.\d{1,2}(?![\w,.]?\w)|[ ](?:Chat|Agent|Assistant|Driver)(?![\w-]))"
)
# "Nanda, un modèle en hindi", "Centaur, un agent": what the apposition calls a model.
_MODEL_APPOSED = re.compile(
    r",[ ]+(?:un|une|son|sa|le|la|leur|notre)[ ]+(?:nouvel[ ]+|nouveau[ ]+|premier[ ]+)?"
    r"(?:modèle|assistant|chatbot|agent|LLM)\b"
)
_HYPHEN_HEAD = re.compile(rf"[{_UPPER}][\w]*-$")
# "le suédois Saab", "l'israélien AI21 Labs": a nationality written as an adjective (a person
# would be "le Suédois") before a name: a business.
_NATIONAL = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne)[ ]*(?:sud-|nord-)?(?:américain|chinois|français|"
    r"allemand|britannique|japonais|coréen|indien|israélien|canadien|suédois|finlandais|"
    r"norvégien|émirati|saoudien|suisse|néerlandais|italien|espagnol|danois|taïwanais|"
    r"singapourien|européen|parisien|californien|londonien|berlinois|munichois|québécois|"
    r"torontois|montréalais|lyonnais|toulousain|nantais)(?:e|ne)?[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# "Upstage a bouclé un tour de table", "Decart lève 100 millions": who raises money is a
# business (a person founds, leads, says; a round is raised by a company).
_RAISED = re.compile(
    r"[ ]+(?:a[ ]+(?:levé|bouclé|finalisé|clôturé)|lève|boucle|vient[ ]+de[ ]+(?:lever|boucler)|"
    r"a[ ]+été[ ]+valorisée?|est[ ]+(?:désormais[ ]+)?valorisée?)\b"
)
# "a dévoilé Poro 2", "lance Lumo 3": a name and a version after a release verb: a model.
_RELEASED = re.compile(
    r"\b(?:a[ ]+(?:dévoilé|présenté|publié|lancé|sorti|annoncé)|dévoile|présente|publie|lance)"
    rf"[ ]+(?P<name>{_CAP}[ ]\d{{1,2}}(?:\.\d{{1,2}})?)(?![\w,.]?\w)"
)
_NATIONALITIES = word_set(
    "américain chinois français allemand britannique japonais coréen indien israélien canadien "
    "suédois finlandais norvégien émirati saoudien suisse néerlandais italien espagnol danois "
    "taïwanais singapourien européen parisien californien londonien berlinois munichois "
    "québécois torontois montréalais lyonnais toulousain nantais"
)
_TRIGGER_WORDS = {
    **dict.fromkeys((a + end for a in _NATIONALITIES for end in ("", "e", "ne")), "national"),
    **dict.fromkeys((f"sud-{a}{end}" for a in ("coréen", "africain") for end in ("", "ne", "e")),
                    "national"),
    **dict.fromkeys(word_set(
        "modèle modèles chatbot LLM agent assistant moteur famille plateforme application "
        "baptisé baptisée nommé nommée appelé appelée"), "cue"),
    **dict.fromkeys(word_set(
        "dévoilé dévoile présenté présente publié publie lancé lance sorti annoncé"), "released"),
    **dict.fromkeys(word_set(
        "mené menée menés emmené emmenée conduit conduite codirigé codirigée soutenu soutenue "
        "financé financée appuyé appuyée avec aux participation investisseur investisseurs "
        "actionnaire actionnaires client clients partenaire partenaires"), "list"),
}
# What each rule cannot do without: a rare piece of text the regex engine skips to quickly
# (a literal, or a capital), around which the full rule then runs. Without them the rules
# would try every position of a 10 MB text.
_TRIGGERS = {
    "org": (re.compile(rf"(?:{_ORG_TAIL}|{_ORG_HEAD})(?![\w-])"), 160, 80),
    "dot_ai": (re.compile(r"\.ai(?![\w.-])"), 40, 4),
    "raised": (re.compile(r"lev|lèv|boucl|finalis|clôtur|valoris"), 30, 30),
    "hyphen": (re.compile(r"-(?=[A-Z0-9])"), 40, 60),
    "size": (re.compile(r"\d[BbT](?![\w-])"), 40, 4),
    "camel": (re.compile(rf"[{_UPPER}][a-z]*[{_UPPER}.]"), 4, 40),
    "words": (re.compile(r"(?<![\w-])" + trie_regex(trie(_TRIGGER_WORDS))), 20, 90),
}


def _windows(name: str, text: str) -> list[list[int]]:
    """The stretches of text around the hits of a rule's trigger, merged."""
    trigger, before, after = _TRIGGERS[name]
    windows: list[list[int]] = []
    for hit in trigger.finditer(text):
        lo, hi = max(hit.start() - before, 0), min(hit.end() + after, len(text))
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return windows


def _in_windows(regex: re.Pattern[str], text: str, windows: list[list[int]]):
    for lo, hi in windows:
        yield from regex.finditer(text, lo, hi)


def _near(name: str, regex: re.Pattern[str], text: str):
    """regex.finditer over the windows of text around its trigger's hits."""
    return _in_windows(regex, text, _windows(name, text))


# Capitalised words that are not names on their own (sentence words, places, months...).
NOT_NAMES = word_set(
    "Le La Les L Un Une Des De Du Il Elle Ils Elles Ce Cet Cette Ces Son Sa Ses Leur Leurs "
    "Selon Pour Mais Et En Au Aux À Dans Sur Par Avec Si Alors Chine France Europe Allemagne "
    "Japon Inde Corée Taïwan Paris Londres Pékin Séoul Tokyo Bombay Mumbai Bangalore Dubaï "
    "Riyad Toronto Montréal Berlin Munich Stockholm Helsinki Oslo Tel Aviv Abou Dhabi Émirats "
    "Arabie Saoudite Washington Bruxelles Californie États-Unis Royaume-Uni Israël Russie "
    "Canada Italie Espagne Suisse Suède Norvège Finlande Québec Ontario Singapour IA AI LLM "
    "GPU The A An Depuis Ensuite Enfin Puis Ainsi Lundi Mardi Mercredi Jeudi Vendredi Samedi "
    "Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre "
    "Décembre Oui Non Côté Outre Or Donc Également Aussi Surtout Notamment M Mme Dr Sud Nord "
    "Est Ouest"
)
_PERSON_PARTICLES = frozenset({"de", "du", "des", "van", "von", "al", "bin", "ben"})


def _ok_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0] not in NOT_NAMES and all(
        w not in NOT_NAMES for w in words[-1:])


class _Placed:
    """Disjoint mentions by start, asked what overlaps a range in logarithmic time."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_start = {m.start: m for m in mentions}
        self.starts = sorted(self.by_start)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, end) - 1
        out = []
        while i >= 0 and self.by_start[self.starts[i]].end > start:
            out.append(self.by_start[self.starts[i]])
            i -= 1
        return out

    def add(self, m: Mention) -> None:
        insort(self.starts, m.start)
        self.by_start[m.start] = m

    def remove(self, m: Mention) -> None:
        self.starts.pop(bisect_left(self.starts, m.start))
        del self.by_start[m.start]

    def all(self) -> list[Mention]:
        return [self.by_start[s] for s in self.starts]


def guess_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (found by name) with the names found by shape added or lengthened."""
    placed = _Placed(_without_overlaps(_lengthened(text, m) for m in mentions))
    guessed: set[int] = set()

    def add(start: int, end: int, kind: str, whole_name: bool = False) -> None:
        name = text[start:end]
        if not (_ok_name(name) or (whole_name and name.split()[0] not in NOT_NAMES)):
            return
        clash = placed.overlapping(start, end)
        if clash:
            # A guess may lengthen a business found by name ("AMD" -> "AMD Ventures").
            if kind != COMPANY or any(
                m.kind != COMPANY or id(m) in guessed or m.start < start or m.end > end
                for m in clash
            ):
                return
            for m in clash:
                placed.remove(m)
        guess = Mention(start, end, kind, " ".join(name.split()), name)
        guessed.add(id(guess))
        placed.add(guess)

    for hit in _near("org", _ORG_NAME, text):
        start, end = _trimmed(text, *hit.span())
        if end > start:
            add(start, end, COMPANY, whole_name=True)
    for hit in _near("dot_ai", _DOT_AI, text):
        add(*hit.span(), MODEL if context_cue(text, *hit.span()) == MODEL else COMPANY)
    for name, regex in (("hyphen", _MODEL_HYPHEN), ("size", _MODEL_SIZE),
                        ("camel", _MODEL_CAMEL_VERSION)):
        for hit in _near(name, regex, text):
            add(*hit.span(), MODEL)
    rules = {"cue": (_MODEL_CUE, MODEL), "released": (_RELEASED, MODEL),
             "national": (_NATIONAL, COMPANY)}
    list_starts: list[int] = []
    for word in _TRIGGERS["words"][0].finditer(text):
        rule = _TRIGGER_WORDS[word.group()]
        if rule == "list":
            cue = _LIST_CUE.match(text, word.start())
            if cue:
                lead = _LIST_LEAD.match(text, cue.end())
                list_starts.append(lead.end() if lead else cue.end())
            continue
        regex, kind = rules[rule]
        for hit in regex.finditer(text, max(0, word.start() - 20), word.end() + 90):
            if hit.start("name") >= word.end():
                add(*hit.span("name"), kind)
    for raised in _near("raised", _RAISED, text):
        name = _NAME_BEFORE.search(text, max(0, raised.start() - 60), raised.start())
        if name and _company_like(name.group()):
            add(*name.span(), COMPANY)
    for apposition in _MODEL_APPOSED.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, apposition.start() - 60), apposition.start())
        if name and _ok_name(name.group()):
            add(*name.span(), MODEL)
    for start, end in _list_members(text, placed, list_starts):
        add(start, end, COMPANY)
    for m in placed.all():
        if m.kind == COMPANY:
            acronym = _ACRONYM.match(text, m.end)
            if acronym:
                add(*acronym.span("acr"), COMPANY)
    return placed.all()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A guessed name without the sentence words it may start with ("Selon HDFC Bank")."""
    while True:
        word = re.match(r"\S+", text[start:end])
        if word is None or word.group() not in NOT_NAMES or " " not in text[start:end]:
            return start, end
        start += len(word.group()) + 1


def _lengthened(text: str, m: Mention) -> Mention:
    """A known name written longer: a model's hyphenated or edition tail ("Pharia-1-LLM-7B",
    "Jamba Mini"), a hyphenated head ("Apriel-Nemotron"), a company's product ("Sarvam-M")."""
    start, end, kind = m.start, m.end, m.kind
    if kind == MODEL:
        tail = _HYPHEN_TAIL.match(text, end) or _EDITION.match(text, end)
        if tail:
            end = tail.end()
        head = _HYPHEN_HEAD.search(text, max(0, start - 30), start)
        if head and (head.start() == 0 or not text[head.start() - 1].isalnum()):
            start = head.start()
    elif kind == COMPANY:
        tail = _PRODUCT_TAIL.match(text, end)
        if tail:
            end, kind = tail.end(), MODEL
    if (start, end) == (m.start, m.end):
        return m
    name = text[start:end]
    return Mention(start, end, kind, " ".join(name.split()), name)


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _list_members(text: str, placed: _Placed, starts: list[int]) -> list[tuple[int, int]]:
    """Names in a list that a funding round or a client list introduces (`starts`), or that
    holds a business already found ("Benchmark et Sequoia Capital", "Infosys et Tata
    Consultancy Services", "mené par Accel, avec la participation de Nvidia et d'Elaia")."""
    members: list[tuple[int, int]] = []

    def item_at(pos: int) -> tuple[int, int, bool] | None:
        """The list item starting at pos: (start, end, is a business found already)."""
        clash = placed.overlapping(pos, pos + 1)
        if clash:
            m = clash[0]
            return (m.start, m.end, True) if m.kind == COMPANY and m.start == pos else None
        name = _NAME_RUN.match(text, pos)
        if name is None or placed.overlapping(*name.span()):
            return None
        return name.start(), name.end(), False

    def walk(start: int, end: int) -> None:
        pos = end
        while (sep := _LIST_SEP.match(text, pos)) is not None:
            item = item_at(sep.end())
            if item is None:
                break
            if not item[2] and _company_like(text[item[0] : item[1]]):
                members.append(item[:2])
            pos = item[1]
        pos = start
        while text[max(0, pos - 6) : pos].rstrip().endswith(_SEP_ENDS) and (
            before := _ITEM_BEFORE.search(text, max(0, pos - 80), pos)
        ) is not None:
            clash = placed.overlapping(*before.span("name"))
            if clash:
                m = clash[0]
                if m.kind != COMPANY or m.end != before.end("name"):
                    break
                pos = m.start
                continue
            if not _company_like(before.group("name")):
                break
            members.append(before.span("name"))
            pos = before.start("name")

    for pos in starts:
        item = item_at(pos)
        if item is not None:
            if not item[2] and _company_like(text[item[0] : item[1]]):
                members.append(item[:2])
            walk(item[0], item[1])
    for m in placed.all():
        if m.kind == COMPANY:
            walk(m.start, m.end)
    return sorted(set(members))


def _company_like(name: str) -> bool:
    """Not a person ("Kim Sung-hun") nor a place: one word, an acronym, or a business name."""
    words = name.split()
    if not _ok_name(name) or any(w in NOT_NAMES for w in words):
        return False
    if len(words) == 1:
        return True
    return bool(_ORG_NAME.fullmatch(name)) or all(w.isupper() for w in words)
