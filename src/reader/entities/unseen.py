"""Names the gazetteer has never seen, found by the shapes in shapes.py: a guess may add a
name, lengthen a known one ("AMD" -> "AMD Ventures", "Pharia-1" -> "Pharia-1-LLM-7B"), or read
a list from the business it holds (lists.py); it never overrides a model or a name found with
context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.entities.base import COMPANY, MODEL, Mention
from reader.entities.lexicon import FIRST_NAMES, NOT_VERSION, word_set
from reader.entities.lists import (
    Placed,
    company_like,
    item_before,
    list_members,
    ok_name,
    surnames,
)
from reader.entities.rules import apposed, context_cue
from reader.entities.shapes import (
    ACRONYM,
    ALLY_VERB_BEFORE,
    ALLY_VERB_LAST_WORDS,
    AMONG,
    ANAPHORA_NEXT,
    BOUGHT_BY,
    BOUGHT_SUBJECT,
    BUSINESS_DEED,
    CABINET_BEFORE,
    CAPS_BEFORE,
    CHOSEN_NAME,
    CONTROL_OF,
    DECIMALS,
    DOT_AI,
    EDITION,
    ENTRUSTED,
    HYPHEN_HEAD,
    HYPHEN_TAIL,
    INSTITUTION,
    LEDE_SUBJECT,
    LIKE_BEFORE,
    LIST_CUE,
    LIST_LEAD,
    LOWER_NAME,
    LOWER_ORG,
    LOWER_ORG_BEFORE,
    MAKER_OF,
    MAKER_VERB_BEFORE,
    MAKER_VERB_WORDS,
    MODEL_APPOSED,
    MODEL_BEFORE_NAME,
    MODEL_CAMEL_VERSION,
    MODEL_CAP_VERSION,
    MODEL_CAPS_SIZE,
    MODEL_CUE,
    MODEL_GPT,
    MODEL_HYPHEN,
    MODEL_HYPHEN_VERSION,
    MODEL_NAME_BEFORE,
    MODEL_SIZE,
    MODEL_SMALL_VERSION,
    NAME_BEFORE,
    NAME_BEFORE_CLAUSE,
    NAME_BEFORE_QUI,
    NAME_NEXT,
    NAME_SOON,
    NATIONAL,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAME,
    OWN_MODELS,
    OWNER_BEFORE,
    PARTNER_LEAD,
    PARTNER_NAME,
    PRODUCT_TAIL,
    RAISED,
    RELEASED,
    RIVALS_BEFORE,
    RIVALS_VERB,
    ROUND_ANNOUNCED,
    SET_OFF_NAME,
    SOURCE_BEFORE,
    SOURCE_VERB_AFTER,
    STAKE_IN,
    SUED_NAME,
    SUPPLIED,
    TRIGGER_WORDS,
    TRIGGER_WORDS_LED,
    TRIGGERS,
    USED_BY,
    VARIANT_VERSION,
    acronym_of,
    near,
)

# The second name a plural model cue gives: " et Corail 2".
_AND_MODEL = re.compile(
    r"[ ]+et[ ]+([A-ZÀ-ÖØ-Þ][\w.-]*(?:[ ]\d{1,2}(?:\.\d{1,2})?)?)(?=[ ]*[.,;:])")

# One capitalised word with a past participle's ending: "Présenté", "Annoncée", "Dévoilés".
_PARTICIPLE_OPENING = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:é|ée|és|ées)")


def guess_names(text: str, mentions: list[Mention],
                blocked: Sequence[tuple[int, int]] = (),
                listed: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """`mentions` (found by name) with the names found by shape added or lengthened.

    `blocked`: spans the gazetteer says are not mentions (an outlet, an analyst firm): no guess
    may take them or reach into them ("Counterpoint Research" is not a business to find).
    `listed`: the spans of the names the gazetteer found (the others were guessed by context)."""
    placed = Placed(_without_overlaps(_lengthened(text, m) for m in mentions))
    never = Placed(Mention(s, e, "", "", "") for s, e in blocked)
    guessed: set[int] = set()

    def add(start: int, end: int, kind: str, whole_name: bool = False,
            party: bool = False, of: Mention | None = None) -> None:
        name = text[start:end]
        if not (ok_name(name, text, start) or (whole_name and (
                name.split()[0] not in NOT_NAMES or name.split()[0] in _REGIONS))):
            return
        # (`party`: counted among a business's clients or partners, a firm is no source cited:
        # "compte le cabinet Gide parmi ses clients")
        if never.overlapping(start, end) or (not party and _after_source(text, start)):
            return  # a source cited, not an actor of the story
        if INSTITUTION.search(text, max(0, start - 1), min(len(text), end + 14)):
            return
        if _STREET_BEFORE.search(text, max(0, start - 12), start):
            return  # a street: "la banque de la rue Laffitte a signé"
        clash = placed.overlapping(start, end)
        if clash and kind == MODEL and all(
                m.kind == COMPANY and id(m) not in guessed and m.start == start and m.end < end
                and text[m.end] == "-" for m in clash):
            # A model named after its maker ("Viettel-LLM"): the model, not the business.
            for m in clash:
                placed.remove(m)
            clash = []
        if clash and name.endswith(" IA") and any((m.start, m.end) in listed for m in clash):
            return  # "Google IA" is Google and the word IA (a new name is "Nébuleuse IA")
        if clash:
            # A guess may lengthen a business found by name ("AMD" -> "AMD Ventures").
            # (never the same span again: the name found keeps its canonical form)
            if kind != COMPANY or any(
                m.kind != COMPANY or id(m) in guessed or m.start < start or m.end > end
                or (m.start, m.end) == (start, end)
                for m in clash
            ):
                return
            for m in clash:
                placed.remove(m)
        canonical = " ".join(name.split())
        if of is not None and acronym_of(canonical, of.canonical):
            # "la Banque de développement du Canada (BDC)": one business, under the name the
            # article gives it in full
            canonical = of.canonical
        if len(clash) == 1 and (
                (clash[0].start == start and _LEGAL_TAIL.fullmatch(text, clash[0].end, end))
                or (clash[0].end == end and text[start : clash[0].start] == "Groupe ")):
            # "Mizuho Financial Group", "Groupe Renault": a known business under its legal
            # name (or with its head word) is that business: the name found keeps
            # its canonical form ("AMD Ventures", a fund of AMD's, is another business).
            canonical = clash[0].canonical
        guess = Mention(start, end, kind, canonical, name)
        guessed.add(id(guess))
        placed.add(guess)

    for hit in _org_names(text, placed):
        start, end = _trimmed(text, *hit.span())
        if end > start:
            # ("My AI, le chatbot maison de l'application": a name on "AI" the text calls a
            # chatbot is the assistant, not a business)
            add(start, end, MODEL if apposed(text, end) == MODEL else COMPANY, whole_name=True)
    if "Banque" in text or "Caisse" in text or "Fonds" in text or "Crédit" in text or (
            "Mutuelle" in text):
        for hit in LOWER_ORG.finditer(text):
            if (hit.group("adj") or hit.group("of")) and LOWER_ORG_BEFORE.search(
                    text, max(0, hit.start() - 4), hit.start()):
                add(*hit.span(), COMPANY, whole_name=True)
    for hit in near("dot_ai", DOT_AI, text):
        add(*hit.span(), MODEL if context_cue(text, *hit.span()) == MODEL else COMPANY)
    for name, regexes in (("hyphen", (MODEL_HYPHEN, MODEL_HYPHEN_VERSION)),
                          ("size", (MODEL_SIZE, MODEL_CAPS_SIZE)),
                          ("camel", (MODEL_CAMEL_VERSION,)), ("gpt", (MODEL_GPT,)),
                          ("small_version", (MODEL_SMALL_VERSION, MODEL_CAP_VERSION))):
        for hit in near(name, regexes, text):
            edition = EDITION.match(text, hit.end())  # "Kaamos-2 Mini", "Qingniao-4 Turbo"
            end = edition.end() if edition else hit.end()
            size = _SIZE_TAIL.match(text, end)  # "Falcon-H1R 7B"
            add(hit.start(), size.end() if size else end, MODEL)
    # Each rule, the kind it gives, and how far before its trigger word it can start.
    rules = {"cue": (MODEL_CUE, MODEL, 24), "released": (RELEASED, MODEL, 8),
             "national": (NATIONAL, COMPANY, 6)}
    list_starts: list[int] = []
    for lead in TRIGGER_WORDS_LED.finditer(text):
        start, end = lead.span("word")
        rule = TRIGGER_WORDS[lead.group("word")]
        if rule == "list":
            if lead.group("word") == "comme" and not LIKE_BEFORE.search(
                    text, max(0, start - 80), start):
                continue  # examples of what is not a business: "des villes comme Lyon"
            cue = LIST_CUE.match(text, start)
            if cue:
                lead = LIST_LEAD.match(text, cue.end())
                list_starts.append(lead.end() if lead else cue.end())
            continue
        if not (NAME_NEXT if rule == "national" else NAME_SOON).match(text, end):
            continue  # no name follows
        regex, kind, before = rules[rule]
        # Each rule starts at a word start at most `before` characters before its trigger
        # word: it is tried there only, not at every position around.
        for pos in range(max(0, start - before), start + 1):
            if pos and (text[pos - 1].isalnum() or not text[pos].isalnum()):
                continue
            hit = regex.match(text, pos, end + 90)
            if hit and hit.start("name") >= end:
                if rule == "cue" and lead.group("word")[:3].lower() in ("bap", "nom", "app") and (
                        _BUSINESS_NAMED.search(text, max(0, start - 60), start)):
                    # "une coentreprise, baptisée Lactoptim": what a business noun names is a
                    # business, not a model
                    add(*hit.span("name"), COMPANY)
                    break
                add(*hit.span("name"), kind)
                # "ses modèles, baptisés Malibu et Corail": the other name the cue names.
                other = _AND_MODEL.match(text, hit.end()) if kind == MODEL and hit.group(
                    0).split()[0].endswith("s") else None
                if other and other.group(1).split()[0] not in NOT_NAMES:
                    add(*other.span(1), MODEL)
                break
    for raised in (*near("raised", RAISED, text), *near("round", ROUND_ANNOUNCED, text)):
        name = NAME_BEFORE.search(text, max(0, raised.start() - 60), raised.start())
        # ("Resellr, qui a levé 12 millions": the relative's subject raised them)
        qui = NAME_BEFORE_QUI.search(text, max(0, raised.start() - 60),
                                     raised.start()) if name is None else None
        if qui is not None and company_like(qui.group(1), text, qui.start(1)):
            add(*qui.span(1), COMPANY)
            continue
        if name is None:
            clause = NAME_BEFORE_CLAUSE.search(text, max(0, raised.start() - 200),
                                               raised.start())
            if clause and company_like(clause.group(1), text, clause.start(1)):
                add(*clause.span(1), COMPANY)
            continue
        # (nor what a preposition gives: "Le spécialiste du CRM a finalisé l'acquisition")
        if company_like(name.group(), text, name.start()) and not _HOME_BEFORE.search(
                text, max(0, name.start() - 40), name.start()) and not _AFTER_PREPOSITION.search(
                text, max(0, name.start() - 8), name.start()):
            add(*name.span(), COMPANY)
    people = None
    for verb in TRIGGERS["deed"][0].finditer(text):
        # The deed starts at the verb, or at "a " before it ("a lancé").
        deed = BUSINESS_DEED.match(text, verb.start()) or (
            text[verb.start() - 2 : verb.start()] == " a"
            and BUSINESS_DEED.match(text, verb.start() - 2))
        if not deed:
            continue
        lo = max(0, deed.start() - 60)
        # (or before a relative pronoun: "Nubank, qui a racheté la start-up")
        name = NAME_BEFORE.search(text, lo, deed.start()) or NAME_BEFORE_QUI.search(
            text, lo, deed.start())
        if name is None or _AFTER_PREPOSITION.search(text, max(0, name.start(1) - 8),
                                                     name.start(1)):
            continue  # not the subject: "Le spécialiste du CRM a finalisé l'acquisition"
        span, words = name.span(1), name.group(1).split()
        # Two words when the first is a business found by name: "LG Uplus déploie son agent".
        known = len(words) == 2 and any(m.kind == COMPANY and m.start == span[0]
                                        for m in placed.overlapping(span[0], span[0] + 1))
        # (a first name alone is a person: "Marc s'appuie sur la start-up X")
        if (len(words) == 1 or known) and company_like(words[0]) and not (
                len(words) == 1 and words[0] in FIRST_NAMES):
            people = surnames(text) if people is None else people
            if name.group(1) not in people:
                add(*span, COMPANY)
    for apposition in MODEL_APPOSED.finditer(text):
        lo = max(0, apposition.start() - 60)
        name = (MODEL_NAME_BEFORE.search(text, lo, apposition.start())
                or CAPS_BEFORE.search(text, lo, apposition.start()))
        if name and ok_name(name.group()):
            add(*name.span(), MODEL)
    for named in SET_OFF_NAME.finditer(text):
        # "Son modèle, Daraja-7B,", "une nouvelle version, Giuseppe 3.0,": a name set off by
        # commas after what the sentence calls a model.
        if MODEL_BEFORE_NAME.search(text, max(0, named.start() - 80), named.start()):
            add(*named.span("name"), MODEL)

    def subjects(mentions: list[Mention]) -> None:
        """Who releases a model, or allies with, relies on or buys a business found."""
        nonlocal people
        for m in mentions:
            space = text.rfind(" ", max(0, m.start - 16), m.start - 1)
            word = text[space + 1 : m.start - 1] if space >= 0 else ""
            # (the word before the name must be a verb, an adverb or a preposition of the rules)
            if m.kind == MODEL and word in MAKER_VERB_WORDS:
                verb = MAKER_VERB_BEFORE.search(text, max(0, m.start - 70), m.start)
            # (not a model it relies on: an assistant relies on a model too)
            elif m.kind == COMPANY and word in ALLY_VERB_LAST_WORDS:
                verb = ALLY_VERB_BEFORE.search(text, max(0, m.start - 60), m.start)
            else:
                continue
            if verb is None:
                continue
            name = NAME_BEFORE.search(text, max(0, verb.start() - 60), verb.start())
            item = name.span() if name else None
            if item is not None and _AFTER_PREPOSITION.search(
                    text, max(0, item[0] - 8), item[0]):
                continue  # not the subject: "le groupe de Seattle intègre X"
            while item is not None:
                subject = text[item[0] : item[1]]
                if not company_like(subject, text, item[0]):
                    break
                if " " not in subject:
                    people = surnames(text) if people is None else people
                    if subject in people:
                        break
                add(*item, COMPANY)
                item = item_before(text, item[0])

    subjects(placed.all())
    before_slots = {id(m) for m in placed.all()}
    models: set[str] | None = None
    for own in OWN_MODELS.finditer(text):
        # The clause before, from its sentence's start (a name further back is another's).
        lo = max(0, own.start() - 120)
        stop = max(text.rfind(". ", lo, own.start()), text.rfind("\n", lo, own.start()))
        owner = OWNER_BEFORE.search(text, stop + 1 if stop >= 0 else lo, own.start())
        if owner is None or not company_like(owner.group("name"), text, owner.start("name")):
            continue
        if _HOME_BEFORE.search(text, max(0, owner.start("name") - 40), owner.start("name")):
            continue  # "L'équipementier de Phoenix, qui commercialise son propre modèle"
        people = surnames(text) if people is None else people
        if models is None:
            models = {m.text for m in placed.all() if m.kind == MODEL}
        if owner.group("name") not in people and owner.group("name") not in models:
            add(*owner.span("name"), COMPANY)
    for lower in LOWER_NAME.finditer(text):
        add(*lower.span("name"), COMPANY, whole_name=True)
    slots = [(slot, PARTNER_LEAD.search(text, max(0, slot.start() - 70), slot.start() + len(
        slot.group().split(None, 1)[0]) + 1)) for slot in PARTNER_NAME.finditer(text)]
    slots += [(chosen, chosen) for chosen in CHOSEN_NAME.finditer(text)]
    if "confi" in text:
        slots += [(given, given) for given in ENTRUSTED.finditer(text)]
    if "modèle" in text or "LLM" in text:
        slots += [(maker, maker) for maker in MAKER_OF.finditer(text)]
    if "assign" in text or "poursui" in text or "attaqu" in text or "accus" in text:
        slots += [(sued, sued) for sued in SUED_NAME.finditer(text)]
    if " par " in text:
        slots += [(user, user) for user in USED_BY.finditer(text)]
    if "fournisseur" in text or "prestataire" in text or "sous-traitant" in text:
        slots += [(client, client) for client in SUPPLIED.finditer(text)]
    for slot, lead in slots:
        # The other party of a deal: "un accord de distribution avec X", "s'allier à X",
        # "a retenu X pour".
        group = "name2" if "name2" in slot.re.groupindex and slot.group("name2") else "name"
        name = slot.group(group)
        if lead is None or not company_like(name, text, slot.start(group)):
            continue
        people = surnames(text) if people is None else people
        if name.split()[0] not in FIRST_NAMES and name not in people:
            add(*slot.span(group), COMPANY)
    if "par " in text or "contrôle" in text or "dans " in text:
        # (who buys, chooses, controls or invests in a business; what is bought)
        for deal in (*BOUGHT_BY.finditer(text), *BOUGHT_SUBJECT.finditer(text),
                     *CONTROL_OF.finditer(text)):
            group = next(g for g in ("name", "name2", "name3")
                         if g in deal.re.groupindex and deal.group(g))
            name = deal.group(group)
            if company_like(name, text, deal.start(group)):
                people = surnames(text) if people is None else people
                if name.split()[0] not in FIRST_NAMES and name not in people:
                    add(*deal.span(group), COMPANY)
    if "capital" in text or "participation" in text or "parts" in text or "%" in text:
        for stake in STAKE_IN.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if stake.group(g))
            name = stake.group(group)
            if company_like(name, text, stake.start(group)):
                people = surnames(text) if people is None else people
                if name.split()[0] not in FIRST_NAMES and name not in people:
                    add(*stake.span(group), COMPANY)
    for verb in RIVALS_VERB.finditer(text) if " se " in text else ():
        pair = RIVALS_BEFORE.search(text, max(0, verb.start() - 90), verb.start())
        if pair is None:
            continue
        people = surnames(text) if people is None else people
        for group in ("name", "name2"):
            name = pair.group(group)
            if company_like(name, text, pair.start(group)) and name.split()[0] not in (
                    FIRST_NAMES) and name not in people:
                add(*pair.span(group), COMPANY)
    for anaphora in ANAPHORA_NEXT.finditer(text):
        # The sentence before, from its start.
        lo = max(0, anaphora.start() - 300)
        stop = max(text.rfind(". ", lo, anaphora.start()), text.rfind("\n", lo, anaphora.start()))
        start = stop + 2 if stop >= 0 and text[stop] == "." else stop + 1 if stop >= 0 else lo
        if start != 0 and stop < 0:
            continue  # no sentence start in reach
        lede = LEDE_SUBJECT.match(text, start, anaphora.start())
        if lede and _PARTICIPLE_OPENING.fullmatch(lede.group("name")):
            # ("Présenté mardi à l'Élysée, le campus…", "Annoncée lundi, l'opération…": a
            # sentence opening on a past participle is a participial clause, not a name.)
            continue
        if lede and company_like(lede.group("name"), text, lede.start("name")):
            if models is None:  # (a model named in the article is not the business)
                models = {m.text for m in placed.all() if m.kind == MODEL}
            if lede.group("name") not in models:
                add(*lede.span("name"), COMPANY)
    for among in near("among", AMONG, text):
        # Clients, partners and investors counted so are businesses, of two words as well
        # ("Reliance Jio"): the list before the words is read back to its first member.
        name = NAME_BEFORE.search(text, max(0, among.start() - 60), among.start())
        item = name.span() if name else None
        while item is not None and ok_name(text[item[0] : item[1]]):
            add(*item, COMPANY, party=True)
            item = item_before(text, item[0])
    members = list_members(text, placed, list_starts)
    written_after_first_names = surnames(text) if members else set()
    for start, end in members:
        if text[start:end] not in written_after_first_names:
            add(start, end, COMPANY)
    # The subjects of the businesses the slots and lists found: "Zorvane a noué un partenariat
    # avec Trelis", where Trelis is found by its slot.
    subjects([m for m in placed.all() if id(m) not in before_slots])
    for m in placed.all():
        if m.kind == COMPANY and text.startswith(" (", m.end):
            acronym = ACRONYM.match(text, m.end)
            if acronym:
                add(*acronym.span("acr"), COMPANY, of=m)
    found = _joined_models(text, placed.all(), listed)
    if "cabinet" not in text:
        return found
    return [m for m in found if not _cited_source(text, m)]


def _joined_models(text: str, mentions: list[Mention],
                   listed: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Two model names one space apart are one name: "Solar Open 100B", "Falcon-H1R 7B",
    "Genie Operator-1" (a list of models is written with commas or "et", never bare spaces).
    Two names the gazetteer knows each are two: "intégrer à Siri Gemini" puts a model into an
    assistant."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and last.kind == MODEL and m.kind == MODEL
                and text[last.end : m.start] == " "
                and not ((last.start, last.end) in listed and (m.start, m.end) in listed)):
            name = text[last.start : m.end]
            out[-1] = Mention(last.start, m.end, MODEL, name, name)
            continue
        out.append(m)
    return out


def _cited_source(text: str, m: Mention) -> bool:
    """"Selon le cabinet X", "le cabinet X estime": a firm cited as a source."""
    if m.kind != COMPANY or "cabinet" not in text[max(0, m.start - 12) : m.start]:
        return False
    before = CABINET_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return False
    return not before.group().startswith(("Le", "le")) or bool(
        SOURCE_VERB_AFTER.match(text, m.end))


_BUSINESS_NAMED = re.compile(
    r"\b(?:coentreprise|société|start-?up|filiale|structure|entité|entreprise|jeune[ ]pousse|"
    r"holding|joint-venture|scale-?up)"
    # (a word or two of what it is, not the model it made: "la start-up lance son modèle, baptisé")
    r"(?:[ ]+(?!(?:modèles?|assistants?|agents?|chatbots?|outils?|logiciels?|applications?|"
    r"plateformes?|versions?|son|sa|ses|leur|leurs|une?|le|la|les|des)[ ,])(?:de[ ]+)?"
    r"[a-zà-öø-ÿ-]+){0,2},?[ ]+$")
# "La société de Heidelberg a levé": the town a business noun gives as its home, not the one
# that raised the money.
_HOME_BEFORE = re.compile(
    r"\b(?:société|start-?up|jeune[ ]pousse|entreprise|pépite|licorne|firme|groupe|éditeur|"
    r"fabricant|laboratoire|scale-?up|équipementier|constructeur|géant|industriel|assureur|"
    r"opérateur)[ ](?:de|d['’])[ ]?$")
_STREET_BEFORE = re.compile(
    r"\b(?:boulevard|rue|avenue|quai|place|cours|allée|faubourg|esplanade)[ ]$")
# What a group's legal name adds to the name it is known by.
_LEGAL_TAIL = re.compile(r"(?:[ ](?:Financial|Group|Holdings?|Corporation|Corp\.?|Inc\.?|Ltd|"
                         r"PLC|SpA|GmbH|AG|SA|SE))+")
_AFTER_PREPOSITION = re.compile(
    r"(?:^|[ ])(?:de|du|des|à|au|aux|en|chez|par|pour|sur|dans|avec)[ ]$|\b[dD]['’]$")
_MORE_NAME = re.compile(r"[ ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
_WORD_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|\d+)[ ]$")


def _after_source(text: str, start: int) -> bool:
    """Whether the name at start is (in) the name of a source: "Selon Il Sole 24 Ore"."""
    for _ in range(4):
        if SOURCE_BEFORE.search(text, max(0, start - 40), start):
            return True
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is None:
            return False
        start = word.start()
    return False


def _org_names(text: str, placed: Placed) -> list[re.Match[str]]:
    """Business names around their tail or head word ("Capital", "Bank", "Banque"): the name
    is matched from the earliest capitalised word before it that makes one."""
    found: list[re.Match[str]] = []
    last = -1
    for word in TRIGGERS["org"][0].finditer(text):
        clash = placed.overlapping(*word.span())
        if word.start() < last or (clash and not (
                # (a head word guessed alone, as "le groupe Banco": the name goes on after it,
                # "Banco do Brasil")
                word.group() in ORG_HEADS and len(clash) == 1
                and (clash[0].start, clash[0].end) == word.span())):
            continue  # ("Mistral AI" is known whole)
        starts = [word.start()]
        pos = word.start()
        for _ in range(6):  # the words before, nearest first
            if pos == 0:
                break  # (a head word that opens the text: "Banque X" has no word before)
            space = text.rfind(" ", max(0, pos - 40), pos - 1)
            if space < 0:
                if 0 < pos <= 40 and text[pos - 1] == " ":
                    starts.append(0)  # the first word of the text starts a name too
                break
            pos = space + 1
            elided = text[pos + 1 : pos + 2] in ("'", "’") and text[pos] in "dlDL"
            if text[pos + 2 : pos + 3] in ("'", "’") and text[pos : pos + 2] in ("qu", "Qu"):
                starts.append(pos + 3)  # "tandis qu'Axis Bank"
                continue
            starts.append(pos + 2 if elided else pos)  # "d'Inovia Capital"
        for start in reversed(starts):
            if not (text[start].isupper() or text[start].isdigit()):
                continue
            name = ORG_NAME.match(text, start)
            # A tail word followed by more of a name ("Milano Digital Week") did not end it.
            if name and name.end() >= word.end() and not _MORE_NAME.match(text, name.end()):
                found.append(name)
                last = name.end()
                break
    return found


_REGIONS = word_set("Nord Sud Est Ouest")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A guessed name without the sentence words it may start with ("Selon HDFC Bank")."""
    while True:
        word = re.match(r"\S+", text[start:end])
        if word is None or word.group() not in NOT_NAMES or " " not in text[start:end]:
            return start, end
        # (a region that opens a fund's name: "Nord Capital Partenaires", "Sud Invest")
        after = start + len(word.group()) + 1
        if word.group() in _REGIONS and TRIGGERS["org"][0].match(text, after):
            return start, end
        start += len(word.group()) + 1


# A business's branch: an acronym, the country it serves in its own language, or its region.
_BRANCH_TAIL = re.compile(r"[ ]([A-Z]{2,4}|France|Deutschland|Italia|España|Japan|India|Korea|"
                          r"Canada|UK|Asia|Europe|Africa|America|China)"
                          r"(?![\w'’&.-]|[ ]+[A-ZÀ-ÖØ-Þ])")
# (acronyms of things a business sells or runs, not branches: "Nvidia GPU", "OpenAI API")
_NOT_BRANCHES = word_set(
    "IA AI API GPU CPU TPU NPU LLM SDK PDG CEO CFO CTO DG PC TV IT UE USA US ONU OS VR AR "
    "XR IPO SA SAS AG PME ETI BTP RH HDS RGPD CNIL PIB TVA")
_CORPORATE_LAB = re.compile(r"[ ]Research[ ](?:Institute|Center|Centre)(?![\w'’-])")
_SIZE_TAIL = re.compile(r"[ ]\d{1,3}(?:\.\d)?[BM](?![\w,.]?\w)")


def _lengthened(text: str, m: Mention) -> Mention:
    """A known name written longer: a model's hyphenated or edition tail ("Pharia-1-LLM-7B",
    "Jamba Mini"), a hyphenated head ("Apriel-Nemotron"), a company's product ("Sarvam-M")."""
    start, end, kind = m.start, m.end, m.kind
    after = text[end : end + 2]
    # Cheap looks first: most names are followed by a space and a small letter.
    longer = after[:1] == "-" or (
        after[:1] == " "
        and (after[1:2].isupper() or after[1:].isdigit() or after[1:] in ("m", "f"))
    )
    if kind == MODEL:
        if after[:1] == "." and after[1:].isdigit():  # "Doubao-Seed-1" + ".6": one version
            decimals = DECIMALS.match(text, end)
            if decimals:
                end = decimals.end()
                longer = text[end : end + 1] == "-"
        tail = (HYPHEN_TAIL.match(text, end) or EDITION.match(text, end)) if longer else None
        if tail:
            end = tail.end()
        elif longer and not m.text[-1:].isdigit() and (
                variant := VARIANT_VERSION.match(text, end)) and not NOT_VERSION.match(
                    text, variant.end()):
            end = variant.end()  # "Llama Guard 3": the family's variant and its version
        if start and text[start - 1] == "-":
            head = HYPHEN_HEAD.search(text, max(0, start - 30), start)
            if head and (head.start() == 0 or not text[head.start() - 1].isalnum()):
                start = head.start()
    elif kind == COMPANY and longer:
        tail = PRODUCT_TAIL.match(text, end)
        if tail:
            end, kind = tail.end(), MODEL
        elif (branch := _BRANCH_TAIL.match(text, end)) and branch.group(1) not in _NOT_BRANCHES:
            end = branch.end()  # "LG CNS", "Crédit Agricole CIB", "Generali France"
        elif lab := _CORPORATE_LAB.match(text, end):
            # "le Toyota Research Institute": a business's research arm under a name of its
            # own is a division, a party of its own deals (a public institute is no business,
            # but it is never named after one).
            end = lab.end()
    if kind == MODEL and end != m.end and (edition := EDITION.match(text, end)):
        end = edition.end()  # "Rakuten AI 2.0 mini", "Nabta 3 Mini"
    if kind == MODEL and end == m.end and text[end : end + 1] == " ":
        edition = EDITION.match(text, end)  # a found version, then its edition
        if edition and m.text[-1:].isdigit():
            end = edition.end()
    if kind == MODEL and (size := _SIZE_TAIL.match(text, end)):
        end = size.end()  # "Falcon-H1R 7B": the size of the weights is part of the name
    if (start, end) == (m.start, m.end):
        return m
    name = text[start:end]
    return Mention(start, end, kind, " ".join(name.split()), name)


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions in order, a lengthened one taking the place of those it now covers."""
    out: list[Mention] = []
    end = -1  # where the last mention kept ends
    for m in mentions:
        if m.start >= end:  # (most mentions: after the last one)
            out.append(m)
            end = m.end
            continue
        while out and m.start < out[-1].end and m.end >= out[-1].end and m.start <= out[-1].start:
            out.pop()  # "Apriel-Nemotron-15B" covers "Apriel" found before it
        if out and m.start < out[-1].end:
            end = out[-1].end
            continue
        out.append(m)
        end = m.end
    return out
