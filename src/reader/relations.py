"""Who works with whom: relations between companies and models, read from French sentences.

A relation is read only from a sentence in which the mentions pipeline (reader.entities) found
both parties, and only when a cue says what links them: "s'associe à", "investit dans",
"rachète", "intègre", "concurrent"... Two names side by side are not a relation, and a list of
examples ("des acteurs tels qu'Anthropic et Perplexity") relates none of them, unless the
examples are a cue's own object ("en pourparlers avec d'autres noms tels que X et Y"). Each cue
knows its type, its direction and the status its own words give (talks, ended, rumoured); words
around it can change the status ("autrefois rivaux", "négocient un accord").

A party may also be what the sentences before named (Context): the previous subject for "le
groupe" or "ils", the company introduced as "la start-up" for "la jeune pousse", the last funded
company for "X et Y ont participé à l'opération", the model just named for "l'intégrer". A model
whose maker the gazetteer knows is that maker's (makes_model) when the article names the maker.

Names are the gazetteer's canonical names, so one company has one name across the library;
models keep family and version as written. Results are cached by article content (see
RelationCache); nothing here imports Textual.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache
from itertools import islice, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader import coref
from reader.entities import COMPANY, MODEL, Mention, article_mentions

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.entities import Matcher

# Bump when the extraction changes what it finds for the same text.
VERSION = 17

PARTNERSHIP = "partnership"
INVESTMENT = "investment"
ACQUISITION = "acquisition"
USES_MODEL = "uses_model"
MAKES_MODEL = "makes_model"
RIVALRY = "rivalry"
TYPES = (PARTNERSHIP, INVESTMENT, ACQUISITION, USES_MODEL, MAKES_MODEL, RIVALRY)
UNORDERED = frozenset({PARTNERSHIP, RIVALRY})

STATED = "stated"
TALKS = "talks"
ENDED = "ended"
RUMORED = "rumored"
STATUSES = (STATED, TALKS, ENDED, RUMORED)


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation read in one sentence; `start`/`end` index the article's text (the file).

    For partnership and rivalry `a` and `b` are in alphabetical order (the pair is unordered);
    otherwise the relation goes from `a` to `b` (investor → investee, buyer → bought,
    company → model).
    """

    type: str
    a: str
    b: str
    status: str
    block: int
    start: int
    end: int
    evidence: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.a, self.b)


def relation_key(kind: str, a: str, b: str) -> tuple[str, str, str]:
    """The identity of a relation: unordered pairs sorted, directed ones as given."""
    if kind in UNORDERED and b < a:
        a, b = b, a
    return (kind, a, b)


# ---- cues

# A cue is a regular expression, the relation it states, and the shape of the sentence around
# it: "svo" (the party before the cue acts on the party after it), "ovs" (the party after the
# cue acts on the one before: "racheté par", "lève … auprès de"), "pair" (the parties on both
# sides are partners or rivals; "entre X et Y" keeps the pair after the cue).
_W = r"[\w'’-]*"  # the rest of a word: conjugations, plurals
# The endings of a verb (not of its nouns: "utilisateurs", "développement" are no cues).
_VERB = (r"(?:e|es|ent|er|é|ée|és|ées|ait|aient|ant|era|eront|erait|eraient|erai|ons|ez|it|ir"
         r"|ira|iront|issent|i|ie|is|ies|ions)\b")
_ADV = r"(?:\s+(?:d[ée]j[àa]|aussi|également|désormais|notamment|officiellement|enfin|"\
       r"récemment|bien|ainsi|encore|même|depuis|finalement|directement|massivement|"\
       r"largement|lourdement|fortement|ensemble|pas|plus|ne|n['’]))*"

# Between "s'appuie" and "sur": "par ailleurs", "lui aussi", "pour sa part" as well as adverbs.
_USE_ADV = (r"(?:\s+(?:\w+ment|désormais|déjà|aussi|également|surtout|encore|plutôt|par\s+ailleurs"
            r"|jusqu['’]ici|jusque-là|jusqu['’]alors|auparavant|longtemps"
            r"|(?:lui|elle|eux|elles)\s+aussi|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté"
            r"|depuis\s+(?:ses|leurs)\s+débuts|depuis\s+(?:sa|leur)\s+création|depuis\s+\d{4}"
            r"|quant\s+à\s+(?:lui|elle|eux|elles)"
            # ("s'appuie depuis deux ans sur", "basculera dès le mois prochain sur", "s'appuie
            # en outre sur": a time or a connective between the verb and its object)
            r"|depuis\s+(?:un|une|deux|trois|quatre|cinq|six|plusieurs|quelques|\d+)\s+"
            r"(?:ans?|années?|mois|semaines?)|dès\s+(?:le\s+mois\s+prochain|l['’]an\s+prochain"
            r"|cette\s+année|maintenant|aujourd['’]hui|\d{4})|en\s+outre"
            r"|en\s+(?:partie|grande\s+partie)|avant\s+tout"
            # ("s'appuie aujourd'hui sur M", "repose d'ailleurs sur M", "s'appuie toujours sur
            # M": a time or a connective of the news writer's own, read as the adverbs are)
            r"|aujourd['’]hui|d['’]ailleurs|toujours)){0,2}")

# Between a participle and its agent: "racheté depuis par X", "développé en 2023 par X",
# "financée jusqu'ici par X".
_AGENT_GAP = (r"(?:\s+(?:\w+ment|depuis(?:\s+(?:lors|\d{4}))?|en\s+\d{4}|dès\s+\d{4}"
              # ("créée en mai 2025 par X": the month before the year)
              r"|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
              r"|novembre|décembre)\s+\d{4}"
              r"|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée)"
              r"|il\s+y\s+a\s+\w+\s+ans?|jusqu['’](?:ici|à\s+présent|alors)|entre-temps"
              r"|déjà|aussi|également|notamment|surtout|ensuite|en\s+partie"
              # ("soutenu à ses débuts par X", "financée dès sa création par X")
              r"|(?:à|dès|depuis)\s+(?:ses|leurs)\s+débuts|(?:à|dès|depuis|lors\s+de)\s+(?:sa|leur)"
              r"\s+création)"
              # ("OpenAI, soutenu de son côté par Microsoft", "quant à elle", "pour sa part": the
              # aside that sets the company against the one before; without it, "soutenu" was
              # read as the company backing its own backer)
              r"|,?\s*(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part"
              r"|quant\s+à\s+(?:lui|elle|eux|elles))\s*,?)?")

# "a choisi", "a, lui, opté pour": a choice, of a partner or of a model.
_CHOICE = (r"(?:a|ont|avait|aurait|auraient|avoir)(?:\s*,\s*(?:lui|elle|eux|elles"
           r"|de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles))\s*,)?"
           # ("aurait lui aussi retenu": the stressed pronoun without its commas)
           r"(?:\s+(?:par\s+ailleurs|aussi|également|finalement|déjà|d[ée]j[àa]"
           r"|(?:lui|elle|eux|elles)\s+(?:aussi|également|non\s+plus)"
           r"|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté))?\s+(?:choisi|retenu"
           # ("a préféré M (Y)": the one chosen over others, named right after; not "a préféré
           # s'allier à Y", "a préféré la voie contractuelle")
           r"|préféré(?=\s+(?:l['’]\s*|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}?(?-i:[A-ZÀ-Þ]))"
           r"|opté\s+pour|sélectionné|fait\s+le\s+choix\s+d[eu'’]?)|choisit|choisissent|retient"
           r"|opte\s+pour|sélectionne|f(?:ait|ont)\s+le\s+choix\s+d[eu'’]?")

class _Gate(NamedTuple):
    """The words a cue's pattern cannot match without, one at least (as _pieces gives them):
    whole words, and words' beginnings where the pattern reads on into the word ("tour" of
    "tournée")."""

    words: frozenset[str]
    stems: tuple[str, ...] = ()

    def opens(self, pieces: set[str]) -> bool:
        return not pieces.isdisjoint(self.words) or (
            bool(self.stems) and any(piece.startswith(self.stems) for piece in pieces))


# A cue whose stems are common words ("part", "mis", "pass") but whose phrase is rare carries a
# sixth element, its _Gate. Built from the word lists the pattern itself is built from where it
# has them. A cue that reads capitals somewhere may carry a seventh, the _Gate of its phrases
# that read them: without their words, it is looked for in the lowered sentence (faster than
# ignoring case), as the cues without capitals are.
_STAKE_VERBS = ("prend", "pris", "prendre", "prennent", "prenne", "prise", "détient", "détenait",
                "détiennent", "possède", "possédait", "possèdent", "cédé", "cède", "cèdent",
                "revendu", "vendu", "acquis", "acquiert", "acquièrent", "racheté", "rachète",
                "rachètent")
_STAKE_NOUNS = ("participation", "part")
_FOLD_NOUNS = ("contrôle", "pavillon", "giron", "coupe")
_HANDED_WORDS = ("disposition", "mains")
_SUPPLIER_NOUNS = ("partenaire", "fournisseur", "prestataire", "hébergeur", "distributeur", "allié")

_CUES: list[tuple[tuple[str, ...], str, str, str, str | None]
            | tuple[tuple[str, ...], str, str, str, str | None, _Gate | None]
            | tuple[tuple[str, ...], str, str, str, str | None, _Gate | None, _Gate]] = [
    # partnership, verbs
    (("associ",),
     # ("se sont associés": the compound past says "se", not "s'")
     rf"(?:s['’]|se\s+(?=(?:sont|seraient|seront|sera)\b))(?:(?:est|sont|était|étaient|serait"
     rf"|seraient|seront|sera|être)\s+(?:déjà\s+|aussi\s+|également\s+|\w+ment\s+)?)?associ{_W}"
     r"(?:\s+(?:à|a|avec))?",
     PARTNERSHIP, "pair", None),
    (("alli",),
     # ("le premier à s'être allié à Y": the past infinitive)
     rf"(?:s['’]|se\s+(?=(?:sont|seraient|seront|sera)\b))(?:(?:est|sont|était|étaient|serait"
     rf"|seraient|seront|sera|être)\s+(?:déjà\s+|aussi\s+|également\s+|\w+ment\s+)?)?"
     rf"all(?:ie|ient|ier|iera|ieront|iait|iaient|iée?s?){_W}(?:\s+(?:à|a|avec))?",
     PARTNERSHIP, "pair", None),
    # "X s'est entendu avec Y", "X et Y se sont entendus sur un contrat": an agreement reached
    (("entend",),
     # (not "accuse X et Y de s'être entendus pour …": collusion alleged, no deal)
     r"(?:s['’]|se\s+)(?:(?:est|sont|était|étaient|serait|seraient|seront|sera)"
     r"\s+(?:\w+ment\s+|déjà\s+|aussi\s+|enfin\s+)?)?"
     r"entend(?:u|ue|us|ues|ent|ra|ront|rait|raient)(?:\s+avec|(?=\s+sur\b))",
     PARTNERSHIP, "pair", None),
    # "X a accompagné Y et Z dans l'industrialisation de…", "X accompagne Y sur sa stratégie":
    # a consultant's client, named right after the verb (not "s'accompagne d'un accord", nor
    # "accompagné de Y", nor the investor "qui l'a accompagnée lors de sa série B")
    (("accompagn",),
     r"(?<!s['’])(?<!\bl['’])accompagn(?:e|ent|é|ée|és|ées|ait|aient|era|eront|er)"
     r"(?:\s+(?:\w+ment|déjà|aussi|notamment|depuis\s+\d{4}))?"
     r"(?=\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}(?-i:[A-ZÀ-Þ]))",
     PARTNERSHIP, "svo", None),
    # "X s'approvisionne (désormais en processeurs) auprès d'Y", "se fournit chez Y": a supplier
    (("approvision", "fourni", "fournit", "fournissent"),
     r"(?:s['’]|se\s+)(?:(?:est|sont|était|étaient)\s+)?(?:approvisionn\w*|fourni(?:t|ssent|ssait"
     r"|ssaient|ra|ront)?)(?:\s+(?:\w+ment|déjà|aussi|désormais|notamment))*"
     r"(?:\s+en\s+(?:[^\s,;:.]+\s+){1,3}?)?\s*(?:auprès\s+d[eu'’]?|chez)",
     PARTNERSHIP, "svo", None),
    (("collabor", "coopér", "travaill"),
     rf"(?:collabor{_W}|coopér{_W}|travaill{_W})\s+(?:[\w'’-]+\s+){{0,4}}?avec", PARTNERSHIP,
     "pair", None),
    # "X et Y vont co-développer un assistant", "X codéveloppe avec Y", "co-construiront":
    # making one thing together is a partnership (the passive "codéveloppé par X et Y" is read
    # by the agents' cue, the last one)
    (("co-dévelop", "codévelop", "co-constru", "coconstru", "co-conç", "coconç", "co-conce",
      "coconce"),
     # (not a purpose, "pour co-développer", "afin de": the deal before it has its own cue)
     r"(?<!pour\s)(?<!de\s)co-?(?:développ|construi|conç|conce[pv])(?:e|es|ent|er|era|eront|erait|eraient|ait|aient"
     r"|ant|ons|ez|re|ront|ra|raient|rait|t|sent|oit|oivent|voir|vra|vront|i|ié)?\b"
     r"(?!\s+(?:\S+\s+){0,2}?par\b)", PARTNERSHIP, "pair", None),
    (("collabor", "coopèr", "uniss", "unit", "uni", "unir", "équipe", "rapproch", "conclu", "sign",
      "nou", "scell", "annonc", "renouvel", "étendu", "prolong", "élargi"),
     r"collaborent|coopèrent|s['’]unissent|s['’]unit\s+(?:à|avec)"
     r"|(?:unissent|ont\s+uni|uniront|uniraient|unir)\s+leurs\s+forces"
     r"|font\s+équipe|fait\s+équipe\s+avec|se\s+rapproch\w*(?:\s+d[eu]\b|\s+d['’])?"
     r"|s['’](?:est|était|étaient|sont)\s+(?:\w+ment\s+|aussi\s+|déjà\s+)?rapproch\w*"
     r"(?:\s+d[eu]\b|\s+d['’])?"
     r"|(?:a|ont)(?:\s+(?:par\s+ailleurs|aussi|également|déjà|enfin|\w+ment))?"
     r"\s+(?:conclu|signé|noué|scellé|renouvelé|étendu|prolongé|élargi)|ont\s+annoncé"
     r"|(?:conclu\w*|sign\w*|nou\w*|scell\w*)\s+(?:un|une|des|leur|son|sa|ses)\b"
     # ("avait signé en début d'année avec X", "a signé l'an dernier avec X")
     r"|sign(?:e|ent|era|eront|ait|aient|é)\s+(?:(?:en|dès|au)\s+(?:\d{4}|[\w-]+(?:\s+d['’]année)?)\s+"
     r"|l['’]an\s+dernier\s+|cette\s+année\s+|\w+ment\s+|déjà\s+|aussi\s+"
     # ("signe de son côté avec Y")
     r"|de\s+(?:son|leur)\s+côté\s+|pour\s+(?:sa|leur)\s+part\s+)?avec\b", PARTNERSHIP,
     "pair", None),
    (("parten", "allian", "accord", "contrat", "collabor", "coopér", "consorti",
      "coentrep", "joint", "co-entrep", "entente", "deal"),
     rf"(?:partenariat|partenaire|alliance|accord|contrat|collaboration|coopération|"
     rf"consortium|coentreprise|joint-venture|co-entreprise|entente|deal){_W}",
     PARTNERSHIP, "pair", None),
    (("choisi", "retenu", "retient", "opté", "opte", "sélection", "choix", "préféré"),
     _CHOICE, PARTNERSHIP, "svo", None),
    # "X a été retenu (choisi) par Y": a supplier chosen by its client (a model chosen is a
    # use: the uses_model cue reads it)
    (("choisi", "retenu", "sélectionné"),
     rf"(?:choisie?s?|retenue?s?|sélectionnée?s?){_AGENT_GAP}\s+par", PARTNERSHIP, "ovs", None),
    (("client", "fournisseur", "distributeur", "hébergeur"),
     r"(?:est|sont|devient|deviennent|sera|seront)\s+(?:(?:désormais|aussi|également|déjà)\s+)?"
     r"(?:le\s+|la\s+|un\s+|une\s+)?(?:client|fournisseur|distributeur|hébergeur)\w*",
     PARTNERSHIP, "pair", None),
    (("fourni", "équip", "héberg", "distribu", "propuls", "aliment"),
     r"(?:fourni(?:t|r|ra|ront|rait|raient|ssent|ssait|ssaient)|équip(?:e|er|era|eront|ent|ait|aient)"
     r"|héberg(?:e|er|era|eront|ent|eait|eaient)|distribu(?:e|er|era|eront|ent|ait|aient)"
     r"|propuls(?:e|er|era|ent|ait)|aliment(?:e|er|era|ent|ait|aient))\b",
     PARTNERSHIP, "svo", None),
    (("client", "fournisseur", "revendeur"),
     # ("le premier revendeur des offres d'X": a reseller of X's products)
     r"(?:client|clients|cliente|fournisseur|fournisseurs)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
     r"(?:de|d['’]|du)|revendeurs?\s+(?:(?:des|de\s+ses)\s+(?:offres|produits|solutions"
     r"|modèles|services|logiciels)\s+)?(?:de|d['’]|du)",
     PARTNERSHIP, "pair", None),
    # "X a obtenu une licence auprès d'Y": a licence deal
    (("obten", "obtenu", "obtient", "acqui", "achet"),
     r"(?:obten\w*|obtenu|obtient|acquis|acheté)(?:\s+(?:\w+ment|déjà|aussi))?\s+"
     r"(?:une|des|la|sa|leur)\s+licences?(?:\s+[^\s,;:.]+){0,3}?\s+auprès\s+d[eu'’]?"
     # ("pour obtenir une licence (non exclusive) sur la technologie de Y")
     r"|(?:obten\w*|obtenu|obtient|acquis|acheté)(?:\s+(?:\w+ment|déjà|aussi))?\s+"
     r"(?:une|des|la|sa|leur)\s+licences?(?:\s+(?:non\s+)?exclusives?)?\s+sur\s+(?:la|les|sa|ses"
     r"|leur|leurs)\s+(?:technologies?|brevets|modèles?|puces|logiciels?|propriété\s+"
     r"intellectuelle)\s+(?:de\s+|d['’]|du\s+)",
     PARTNERSHIP, "svo", None),
    (("client", "parten"),
     r"(?:compt\w*|affich\w*|revendiqu\w*)(?:\s+\S+){0,6}?\s+parmi\s+(?:ses|leurs)\s+"
     r"(?:principaux\s+|grands\s+|premiers\s+|plus\s+gros\s+)?"
     r"(?:clients|partenaires)|(?:ses|leurs)\s+(?:principaux\s+|grands\s+|premiers\s+)?"
     r"(?:clients|partenaires)(?:\s+(?:figurent|comptent|sont|incluent))?\s*(?=:|(?-i:[A-ZÀ-Þ]))"
     r"|a\s+pour\s+(?:clients?|partenaires?)"
     # "revendique comme clients X, Y et Z"
     r"|(?:compt|affich|revendiqu|cit)\w*(?:\s+(?:déjà|aussi|\w+ment))?\s+comme\s+"
     r"(?:principaux\s+|grands\s+|premiers\s+)?(?:clients|partenaires)\s+(?=(?-i:[A-ZÀ-Þ])"
     r"|l['’]|les?\s|la\s)", PARTNERSHIP, "pair", None),
    # "revendique (déjà) un premier client, X", "a décroché deux nouveaux clients : X et Y"
    (("client",),
     r"(?:revendiqu|décroch|compt|annonc|affich|sign|gagn|rempor|séduit)\w*"
     r"(?:\s+(?:déjà|aussi|également|ainsi|\w+ment))?\s+(?:un|une|son|sa|ses|deux|trois|quatre"
     r"|plusieurs)\s+(?:(?:premiers?|premières?|nouveaux?|nouvelles?|grands?|gros)\s+)?"
     r"client(?:e|s|es)?\s*[,:]", PARTNERSHIP, "pair", None),
    (("travaux", "projet", "programme", "recherche", "développement", "pilote"),
     r"(?:travaux|projets?|programmes?|recherches?|développements?|pilotes?)(?:\s+(?:commun|communs"
     r"|conjoint|conjoints))?\s+(?:\w+\s+)?avec\b", PARTNERSHIP, "pair", None),
    # ("confie à Y", "confie son hébergement (le sujet, la refonte de son site) à Y": the
    # thing entrusted, lowercase words, between the verb and "à")
    (("confi",),
     r"confi(?:e|é|ée|ent|era|eront|ait)(?:\s+(?:\w+ment|désormais|déjà|aussi))?"
     r"(?:\s+(?:l['’]\s*|le\s+|la\s+|les\s+|son\s+|sa\s+"
     r"|ses\s+|leur\s+|leurs\s+|une\s+|un\s+|des\s+)(?-i:[a-zà-ÿ'’-]+)(?:\s+(?-i:[a-zà-ÿ'’-]+))"
     r"{0,4}?)?\s+à\b", PARTNERSHIP, "svo", None),
    # "X a convaincu Y", "a déjà séduit la banque Y": a client won, named right after (not "a
    # convaincu Y de mener le tour": an investor won, the round's cue reads it)
    (("convain", "séduit"),
     r"(?:convaincu|convainc(?:u|ra|ront)?|séduit)(?:\s+(?:\w+ment|déjà|aussi|également|enfin))?"
     r"(?=\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}?(?-i:[A-ZÀ-Þ]))"
     r"(?![^,;.]{0,60}?\s(?:de|d['’])\s*(?:mener|investir|participer|entrer|financer|rejoindre"
     r"|prendre|miser|injecter|co-?investir)\b)", PARTNERSHIP, "svo", None),
    # "qui comptait revendre l'accès aux modèles de Y", "revend les services de Y": a reseller
    # of Y's offer (not "a revendu sa filiale Y": a sale, read by the purchase's cues)
    (("revend",),
     r"revend(?:re|ra|ront|rait|raient|ait|aient|ant|e|ent)?\s+(?:l['’]accès\s+(?:aux?|à\s+(?:la|l['’]))"
     r"\s*|les\s+)(?:modèles|services|offres|produits|solutions|licences|puces|logiciels|outils)"
     r"(?:\s+[a-zà-ÿ-]+)?\s+(?:de|d['’]|du)", PARTNERSHIP, "svo", None),
    # "X paiera Y pour accéder à ses modèles", "X verse 40 millions à Y pour une licence": a
    # client paying for access, use or a licence (the purpose said within the clause; "verse des
    # dividendes à Y" pays for none)
    (("paie", "paier", "paient", "payé", "payer", "payait", "verse", "versé", "verser"),
     r"(?:pai(?:e|ent|era|eront|erait|eraient)|pay(?:é|ée|er|ait|aient)|vers(?:e|ent|é|ée|er|era"
     r"|eront|ait|aient|erait|eraient))\b"
     r"(?=[^.;:]{0,100}?\bpour\s+(?:(?:pouvoir\s+)?(?:accéder|utiliser|exploiter|intégrer)\b"
     r"|obtenir\s+(?:une|la|l['’]|le)\s*(?:licence|accès|droit)|une\s+licence|l['’](?:accès"
     r"|utilisation|usage)\b|le\s+droit\s+d))", PARTNERSHIP, "svo", None),
    # "X fait appel à Y (depuis un an)": Y is X's supplier
    (("appel",),
     r"(?:f(?:ait|ont|aisait|aisaient|era|eront|aire|erait|eraient)|fai[st])\s+(?:\w+ment\s+"
     r"|aussi\s+|déjà\s+)?appel\s+(?:à|au|aux)\b", PARTNERSHIP, "svo", None),
    (("fait", "font", "fera", "feront", "faire", "ferait"),
     r"f(?:ait|ont|era|eront|aire|erait|eraient)\s+(?:d['’]|de\s+)(?=[^,;.]{1,60}?\s(?:son|sa|leur)"
     r"\s+(?:\w+\s+){0,2}?(?:" + "|".join(_SUPPLIER_NOUNS) + r")s?\b)",
     PARTNERSHIP, "svo", None,
     _Gate(frozenset((*_SUPPLIER_NOUNS, *(n + "s" for n in _SUPPLIER_NOUNS))))),
    (("déploy", "install", "utilisé", "présent"),
     r"(?:déployé|installé|utilisé|présent)\w*\s+(?:\w+\s+)?chez\b", PARTNERSHIP, "pair", None),
    (("client",),
     # ("une trentaine d'éditeurs clients, dont X", "100 000 entreprises clientes, parmi
     # lesquelles Y": the clients counted by their trade)
     r"(?:(?:ses|leurs|des|de|ces)\s+|d['’])(?:[\da-zà-ÿ'’]+\s+){0,3}?client(?:s|es)"
     r"(?:\s+[a-zà-ÿ]+){0,3}?\s*,?\s*"
     # (not "12 000 clients, dont une large part utilise…": a share of them, no name)
     r"(?:parmi\s+lesquel(?:le)?s|dont(?!\s+(?:une?|la|les?)\s+(?:(?:large|grande|bonne"
     r"|petite)\s+)?(?:part|partie|majorité|plupart|moitié|tiers|quart|minorité)\b)|notamment|comme"
     r"|tels?\s+que|à\s+l['’]instar\s+d[eu'’]?)"
     r"(?:\s+(?:figurent|on\s+(?:trouve|compte)))?", PARTNERSHIP, "among", None),
    # "Plusieurs clients l'ont testé en avant-première, dont X et Y"
    (("client",),
     r"(?:plusieurs|de\s+nombreux|certains|des)\s+(?:de\s+ses\s+|de\s+leurs\s+)?"
     r"(?:[a-zà-ÿ]+\s+)?clients\s+(?:l['’](?:ont|a)|ont)\s+(?:\w+\s+)?(?:test|utilis|adopt|intégr"
     r"|déploy|essay|choisi|retenu)\w*[^,;:.]{0,60}?,\s*(?:dont|notamment|parmi\s+lesquels)",
     PARTNERSHIP, "among", None),
    (("parmi",),
     r"parmi\s+(?:les|ses|leurs|ces)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:clients|partenaires)"
     r"(?:\s+[^\s,;:]+){0,3}?\s+(?:figur(?:ent|e|aient|ait|eront|era)|on\s+(?:trouve|retrouve"
     r"|compte)|se\s+trouv(?:ent|aient)|comptent)\b", PARTNERSHIP, "among", None),
    (("parmi",),
     # (in any tense: "Parmi les investisseurs figuraient X et Y"; the round's subscribers too)
     r"parmi\s+(?:les|ses|leurs|ces)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:investisseurs|actionnaires"
     r"|souscripteurs)(?:\s+[^\s,;:]+){0,3}?\s+(?:figur(?:ent|e|aient|ait|eront|era)"
     r"|on\s+(?:trouve|retrouve|compte)|se\s+trouv(?:ent|aient)|comptent)\b",
     INVESTMENT, "among", None),
    # "X a rompu avec Y": a partnership that ended (the status words read "rompu")
    (("rompu", "romp"),
     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?rompu\s+avec|romp(?:t|ent|ait|aient)\s+avec",
     PARTNERSHIP, "pair", None),
    # "X, Y et Z ont officialisé le projet W (lancé une initiative)": the subjects together
    # ("X et Y vont construire à Munich un cloud industriel", "X et Y ont lancé lundi un service
    # de minibus": one service, site or platform built or launched by a plural subject)
    (("ont", "vont"),
     r"(?:ont\s+(?:\w+ment\s+|aussi\s+|également\s+)?(?:officialisé|lancé|présenté|dévoilé|créé"
     r"|formé|monté|fondé|initié|engagé|construit|bâti|inauguré|ouvert)"
     r"|vont\s+(?:\w+ment\s+|aussi\s+|également\s+)?(?:lancer|créer|construire|bâtir|monter"
     r"|ouvrir|développer|déployer))"
     # ("ont lancé chacun un service": each its own; a look bounded, made at each verb)
     r"(?![^.;]{0,40}?\b(?:chacun|chacune|respectivement|séparément)\b)"
     r"\s+(?:[\w'’-]+\s+){0,4}?(?:(?:un|une|leur)\s+(?:«\s*)?(?:nouvel?l?e?\s+)?(?:service|cloud"
     # (not "une offre": a bid, whose target is no partner; the "offre conjointe" cue reads it)
     r"|campus|plateforme|usine|centre|supercalculateur|laboratoire|réseau)\b"
     r"|(?:[\w'’-]+\s+)?(?:projet|initiative|programme|coentreprise|norme|standard|rapprochement"
     r"|chantier)\b)"
     # ("ont lancé un programme, chacun de son côté": each its own, after the whole match;
     # bounded, "ont lancé un projet" repeated without a stop made the unbounded look quadratic)
     r"(?![^.;]{0,300}\b(?:chacun|chacune|respectivement|séparément)\b)", PARTNERSHIP, "pair",
     None),
    # "la norme portée par X et Y", "l'initiative lancée par X, Y et Z": its founders together
    # ("le groupement emmené par X, avec Y et Z": the bidders grouped behind their leader)
    (("projet", "initiative", "norme", "standard", "programme", "coentreprise", "consorti",
      "alliance", "coalition", "groupement"),
     r"(?:projet|initiative|norme|standard|programme|coentreprise|consortium|alliance|coalition"
     r"|groupement)"
     r"(?:\s+[a-zà-ÿ-]+){0,2}?\s*,?\s+(?:porté|lancé|soutenu|créé|fondé|piloté|(?:em)?mené"
     r"|formé|initié|conduit|défendu)e?s?(?:\s+[^\s,;:.]+){0,4}?\s+par", PARTNERSHIP, "pair", None),
    # "Ses actionnaires, X et Y, qui ont mené…", "Ses investisseurs, parmi lesquels X": X and
    # Y invest in the company the possessive stands for.
    (("actionnaire", "investisseur"),
     # (not "le soutien de ses investisseurs, X et Y", the "soutien" cue's)
     r"(?<!de\s)(?<!des\s)(?<!du\s)(?<!à\s)(?:ses|leurs)\s+(?:(?:principaux|deux|trois|premiers"
     r"|grands|historiques)\s+)?(?:actionnaires|investisseurs)(?:\s+historiques)?\s*[,:]\s*(?:(?:au\s+premier\s+rang"
     r"\s+desquels|parmi\s+lesquels|dont|notamment)\b)?", INVESTMENT, "among", None),
    # "un tour auquel avaient participé X et Y": X and Y invest in the company raising it
    (("auquel", "laquelle"),
     # (no name between: "un tour mené par X, auquel ont participé Y" is read by "mené par")
     r"(?:tour|levée|opération|financement|série\s+[A-F])(?:\s+(?-i:[a-zà-ÿ\d'’-])[^\s,;:.]*)"
     r"{0,8}?\s*,?\s*(?:auquel|à\s+laquelle)\s+(?:ont|a|avaient|avait)\s+(?:\w+ment\s+|aussi\s+|notamment\s+)?"
     r"(?:particip|contribu)\w*", INVESTMENT, "ovs", None),
    # "X, Y et Z figuraient parmi les (autres) participants": the last company funded
    (("figur", "compt"),
     r"(?:figur|compt)\w*\s+(?:aussi\s+|également\s+)?parmi\s+les\s+(?:autres\s+)?"
     # ("figure aussi parmi les souscripteurs": those who subscribed to the round)
     r"(?:participants|souscripteurs|investisseurs\s+(?:du\s+tour|de\s+l['’]opération))\b",
     INVESTMENT, "join", None),
    # "X rejoint le consortium (le groupement, l'alliance)": the members read before
    (("rejoin", "rejoint"),
     r"(?:rejoin\w*|rejoint)(?:\s+(?:\w+ment|aussi|à\s+son\s+tour|à\s+leur\s+tour))?\s+"
     r"(?:le|la|l['’]|ce|cette|cet)\s*(?:consortium|groupement|alliance|coalition|initiative"
     r"|collectif|projet|partenariat)\b", PARTNERSHIP, "joins_deal", None),
    # "X et Y figurent (aussi) parmi ses fournisseurs": members named before the list they join
    (("figur", "trouv", "partie"),
     r"(?:figur\w*|se\s+trouv\w*|f(?:ont|ait)(?:\s+aussi|\s+également|\s+déjà)?\s+partie)"
     r"(?:\s+(?:\w+ment|aussi|déjà|désormais))?"
     r"\s+(?:parmi|de|d['’]|des)\s+(?:ses|leurs)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
     r"(?:clients|partenaires|fournisseurs|distributeurs)\b", PARTNERSHIP, "members", None),
    # "X et Y comptent (déjà) parmi ses clients.": the same, "compter parmi" said of the members
    # (not "X compte parmi ses clients Y", whose members follow the noun)
    (("compt",),
     r"compt(?:e|ent|aient|ait|eront|era)(?:\s+(?:\w+ment|aussi|déjà|désormais))?\s+parmi\s+"
     r"(?:ses|leurs)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:clients|partenaires|fournisseurs|distributeurs)\b"
     r"(?![^.;:]{0,40}?(?-i:[A-ZÀ-Þ]))", PARTNERSHIP, "members", None),
    # "X et Y utilisent ses outils": a plural subject and a singular possessor, another company,
    # whose clients they are (not "X utilise ses outils", its own).
    (("utilisent", "emploient", "déploient", "adoptent", "intègrent", "testent", "ont"),
     r"(?:utilisent|emploient|déploient|adoptent|intègrent|testent|ont\s+(?:\w+ment\s+|déjà\s+"
     r"|aussi\s+)?(?:adopté|déployé|intégré|testé|utilisé))(?:\s+(?:\w+ment|déjà|aussi))?"
     r"\s+(?:ses|son|sa)\s+(?!propres?\b)(?:[a-zà-ÿ-]+\s+)?(?:outil|logiciel|solution|plateforme"
     r"|service|produit|agent|assistant|application)s?\b",
     PARTNERSHIP, "members", None),
    (("figur", "trouv", "partie"),
     r"(?:figur\w*|se\s+trouv\w*|f(?:ont|ait)(?:\s+aussi|\s+également|\s+déjà)?\s+partie)"
     r"(?:\s+(?:\w+ment|aussi|déjà|désormais))?"
     r"\s+(?:parmi|de|d['’]|des)\s+(?:ses|leurs)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
     r"(?:investisseurs|actionnaires|bailleurs\s+de\s+fonds)\b", INVESTMENT, "members", None),
    # "X et Y figurent parmi les premiers clients (annoncés de cette offre)": with no owner named
    # after the noun, the clients of the company spoken of ("clients de Z" is the noun's cue).
    (("figur", "compt"),
     r"(?:figur\w*|compt\w*)(?:\s+(?:\w+ment|aussi|déjà|désormais))?\s+parmi\s+les\s+"
     r"(?:[a-zà-ÿ]+\s+){0,2}?(?:clients|partenaires|fournisseurs|distributeurs)\b"
     r"(?!\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:de|d['’]|du|chez)\s*(?:la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Þ]))",
     PARTNERSHIP, "members", None),
    (("attir", "séduit", "réuni", "rassembl", "fédér"),
     r"(?:attir|séduit|réuni|rassembl|fédér)\w*", INVESTMENT, "attracts", None),
    (("proche",),
     r"(?<!sources\s)(?<!source\s)proches?\s+d[eu'’]", PARTNERSHIP, "pair", None),
    # "achète des puces à X", "a passé commande de serveurs auprès de X": a supplier
    (("achet", "achèt", "command", "passé", "passe", "acqui", "acquér"),
     r"(?:achèt\w*|achet\w*|command(?:e|ent|é|ée|és|ées|era|eront|ait|aient|erait|eraient)"
     r"|pass(?:é|e|ent|era)\s+(?:une\s+)?commande)(?:\s+[^\s,;:.]+){0,8}?\s+"
     r"(?:à|auprès\s+d[eu'’]?)(?=\s*(?:l['’])?(?-i:[A-ZÀ-Þ]))"
     # ("a acquis des serveurs auprès de X": "auprès" names the seller; "acquis à X" does not)
     # (not a stake: "a acquis 10 % de Y auprès de X")
     r"|(?:acquiert|acquis\b|acquièr\w*|acquérir\w*)(?:\s+[^\s,;:.%]+){0,8}?\s+auprès\s+d[eu'’]?"
     r"(?=\s*(?:l['’])?(?-i:[A-ZÀ-Þ]))", PARTNERSHIP, "svo", None),
    # "a repris ses livraisons (de puces) à X et Y", "annonce des livraisons à X": a supplier
    # and its clients (the name right after "à")
    (("livraison",),
     # ("la livraison de 260 000 processeurs graphiques à X": a count written in two groups of
     # digits and a noun with its adjective)
     r"livraisons?(?:\s+[^\s,;:.]+){0,6}?\s+(?:à|au|aux)(?=\s*(?:l['’]\s*)?(?-i:[A-ZÀ-Þ]))",
     PARTNERSHIP, "svo", None),
    # "loue des capacités à X", "a décroché auprès de X le contrat": a supplier and its client
    (("lou", "décroch", "rempor"),
     r"(?:lou(?:e|ent|ait|aient|era|eront)(?:\s+[^\s,;:.]+){1,6}?\s+à"
     r"|(?:décroch|rempor)\w*(?:\s+[^\s,;:.]+){0,6}?\s+auprès\s+d[eu'’]?"
     # ("a remporté l'appel d'offres (le contrat) de X")
     r"|(?:décroch|rempor)\w*\s+(?:l['’]|le|un)\s*(?:appel\s+d['’]offres|contrat|marché)"
     r"\s+(?:de|d['’]|du))"
     r"(?=\s*(?:l['’]\s*|la\s+|le\s+)?(?:[a-zà-ÿ-]+\s+){0,3}?(?-i:[A-ZÀ-Þ]))",
     PARTNERSHIP, "svo", None),
    # "cède à X le droit d'utiliser ses contenus", "accorde à X une licence": a licence deal
    (("céd", "cèd", "accord", "concéd", "concèd", "octroi", "octroy"),
     r"(?:céd|cèd|accord|concéd|concèd|octroi|octroy)\w*\s+à"
     r"(?=\s*(?:l['’]\s*)?(?-i:[A-ZÀ-Þ])[^.;]{0,40}?\s(?:le|les|un|une|des|ses|son)\s+"
     r"(?:droits?|licences?)\b)", PARTNERSHIP, "svo", None),
    # talks
    (("négoci", "pourparlers", "discussion", "discut", "tractations", "échanges"),
     # ("les échanges de son service client" are conversations, not talks)
     r"(?:négoci\w*|pourparlers|discussions?|discut\w*|tractations"
     r"|échanges(?=\s+(?:[\w-]+\s+){0,2}?(?:avec|entre)\b))"
     r"(?:\s+(?:avancées|exclusives|préliminaires))?", PARTNERSHIP, "pair", TALKS),
    (("intéress",),
     r"s['’]intéress\w*(?:\s+\w+)?\s+(?:à|aux)", PARTNERSHIP, "svo", TALKS),
    # "étudie de son côté avec X le développement de…": a project in talks
    (("étudi", "explor"),
     r"(?:étudi|explor)(?:e|ent|ait|aient|era|eront)\s+(?:[\w-]+\s+){0,3}?avec\b",
     PARTNERSHIP, "pair", TALKS),
    # investment
    (("invest", "inject", "mis", "co-invest", "coinvest", "plac", "engag"),
     # ("a misé sur un partenariat avec X", "mise sur les grands comptes : … avec X": a bet on
     # a thing is no money in X; "miser sur OpenAI" or a sum staked is)
     # ("le fonds d'investissement X investit": the description's noun is no cue)
     r"(?<!fonds\sd')(?<!fonds\sd’)(?<!bras\sd')(?<!bras\sd’)(?<!banque\sd')(?<!banque\sd’)"
     rf"(?:(?:co-?)?invest{_W}|inject{_W}|(?:mise|mis[eé]{_W})(?=(?:\s+[^\s,;:]+){{0,3}}?\s+\d"
     r"|(?:\s+[\w-]+,?){0,3}?\s+sur\s+(?:l['’]\s*)?(?-i:[A-ZÀ-Þ]))"
     # ("place (engage) 100 millions dans Y": a sum put in a company)
     r"|(?:plac|engag)(?:e|ent|é|ée|era|eront|erait|eraient)(?=(?:\s+[^\s,;:]+){0,2}?\s+\d))"
     r"(?:\s+(?:\d+,\d+|[^\s,;:]+)){0,6}?"
     r"\s+(?:dans|sur|en(?!\s+\d))\b",
     INVESTMENT, "svo", None),
    (("part", "détient", "détenait", "détiennent", "possède", "possédait", "cédé", "cède",
      "revendu", "vendu", "acqui", "rachet", "rachè"),
     # ("a cédé la totalité de sa participation dans Y": four words before the noun)
     r"(?:" + "|".join(_STAKE_VERBS) + r")(?:\s+[^\s,;:]+){0,4}?\s+(?:participation|part)\w*"
     r"(?:\s+[^\s,;:]+){0,6}?\s+(?:dans|au\s+capital\s+d[eu'’]?)"
     # ("détient une part minoritaire de Y", not "une part de marché")
     r"|(?:prend|pris|détient|détenait|détiennent|possède|acquis|acquiert)\s+une\s+"
     r"(?:participation|part)\s+(?:minoritaire|majoritaire)\s+(?:de|d['’]|du)",
     # (the verbs of the second phrase are some of the first's)
     INVESTMENT, "svo", None, _Gate(frozenset(_STAKE_VERBS))),
    # "X a acquis (racheté) 10 % de Y": a minority stake bought, no purchase of Y
    (("acqui", "rachet", "rachè"),
     r"(?:acquis|acquiert|acquièrent|racheté|rachète|rachètent)(?:\s+(?:environ|près\s+de"
     r"|quelque|plus\s+de|moins\s+de))?\s+[1-4]?\d(?:[,.]\d+)?\s*(?:%|pour\s*cent)\s+"
     r"(?:du\s+capital\s+)?(?:de\s+|d['’]|du\s+)(?=(?-i:[A-ZÀ-Þ]))", INVESTMENT, "svo", None),
    # "X, qui détient environ 14 % du capital d'Y", "X possède 49 % d'Y"
    (("détient", "détenait", "détiennent", "possède", "possédait", "possèdent", "détiendrait",
      "prend", "pris", "prenn", "prendr", "prenant"),
     r"(?:détien(?:t|nent|drait|draient)|détenai(?:t|ent)|possè(?:de|dent)|posséd(?:ait|aient)"
     # ("X et Y prennent ensemble 49 % de Z", "il a pris 15 % du capital de la jeune pousse":
     # a stake taken)
     # ("en prenant 49 % de Y": the gerund, the stake as the means of a move)
     r"|prend(?:ra|ront|rait|raient)?|prennent|prenant|pris(?:e|es)?)(?:\s+ensemble)?"
     rf"{_USE_ADV}(?:\s+(?:environ|près\s+de|plus\s+de|moins\s+de|quelque|désormais|déjà|encore))?"
     r"\s+(?:\d+(?:[,.]\d+)?)\s*(?:%|pour\s*cent)\s+(?:du\s+capital\s+|des\s+parts\s+)?"
     # (the name right after: "80 % du marché des puces, devant X" is a share of a market; or
     # the company by description, "du capital de la jeune pousse")
     r"(?:de\s+|d['’])(?=(?-i:[A-ZÀ-Þ])|la\s+(?:jeune\s+pousse|start-?up|société)\b)",
     INVESTMENT, "svo", None),
    (("tour", "levée", "série", "financement", "opération", "souscri", "augmentation"),
     r"(?:(?:(?:m[eè]n\w*|dirig\w*|pilot\w*|conduit\w*|codirig\w*)\s+"
     r"|(?:pris|prend|prendre|prennent)\s+la\s+tête\s+d['’]|souscri\w*\s+à\s+)"
     r"(?:un|le|la|une|ce|cette|l['’])\s*"
     # ("a pris la tête du tour de Y")
     r"|(?:pris|prend|prendre|prennent)\s+la\s+tête\s+du\s+)"
     r"(?:(?:nouveau|nouvel|nouvelle|prochain|prochaine|futur|future)\s+)?"
     r"(?:tour|levée|série|financement|opération|augmentation\s+de\s+capital)"
     r"(?:\s+[^\s,;:]+){0,8}?\s+(?:dans|chez|au\s+profit\s+d[eu'’]?"
     # ("a mené le tour de table de 12 millions d'euros de (la start-up) Y": the round's owner)
     r"|(?:de|d['’]|du)\s*(?=(?:la\s+|le\s+|l['’])?(?:[a-zà-ÿ-]+\s+){0,3}?(?-i:[A-ZÀ-Þ])))",
     INVESTMENT, "svo", None),
    (("opération", "tour", "levée", "financement", "augmentation", "y", "ont", "a", "remis",
      "remise", "remises", "remet", "part", "mis", "met", "particip", "capital"),
     r"(?:(?:particip\w*|contribu\w*|compl[éè]t\w*|se\s+(?:sont|est)\s+joint\w*|rejoint|suivi"
     r"|abond\w*|(?:pris|prend|prennent|prendra|prendront)(?:\s+\w+ment|\s+aussi)?\s+part)"
     # ("participe en outre au tour", "participe de son côté à la ronde de financement": a
     # connective between the verb and the round, as between a verb of use and its object)
     rf"(?:\s+(?:l['’]an\s+dernier|en\s+\d{{4}}|récemment|notamment)|{_USE_ADV})"
     r"\s+(?:à\s+|au\s+|l['’]|le\s+|la\s+|ce\s+|cette\s+)?(?:une\s+|un\s+)?"
     r"(?:la\s+|l['’]|sa\s+|son\s+|leur\s+)?\s*(?:(?:dernier|dernière|précédent|précédente"
     r"|premier|première|nouveau|nouvelle|récent|récente|même)\s+)?"
     # ("ronde de financement": the round in Quebec's French)
     r"(?:opération|tour|levée|financement|ronde|augmentation\s+de\s+capital)"
     r"|y\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+ment\s+|aussi\s+)?)?"
     r"(?:particip|contribu)\w*|(?:ont|a)\s+(?:\w+\s+)?suivi\b(?=\s*[,.;])"
     r"|(?:re)?mi(?:s|se|ses)?(?:\s+(?:\w+ment|aussi|déjà|encore))?\s+au\s+pot"
     r"|(?:re)?met(?:s|t\w*)?(?:\s+(?:\w+ment|aussi|déjà|encore))?\s+au\s+pot"
     # The round's own verbs with no complement: the round is the one just spoken of ("X et Y
     # ont également participé, aux côtés de Z", "X entre aussi au capital, aux côtés de Y",
     # "Le fonds X mènerait l'opération, à laquelle…", "X serait en discussion pour mener le
     # tour.").
     r"|particip(?:e|ent|é|era|eront|erait|eraient)(?:\s+(?:\w+ment|aussi))?(?=\s*[,.;])"
     r"|entr(?:e|ent|é|ée|és|ées|era|eront|erait|eraient)(?:\s+(?:\w+ment|aussi|déjà))?"
     r"\s+au\s+capital(?=\s*[,.;])"
     r"|m[eè]n(?:e|ent|é|ée|er|era|eront|erait|eraient|ait|aient)\s+(?:le|la|l['’]|ce|cette)"
     r"\s*(?:tour|opération|levée|financement)(?:\s+de\s+(?:table|financement|série\s+[A-F]))?"
     r"(?=\s*[,.;]))",
     # (each phrase's word: the round's noun after a blank or an elision, "y", "suivi", "au
     # pot", a bare "participe", "au capital", "mène" and its forms)
     INVESTMENT, "join", None, _Gate(
         frozenset(("y", "suivi", "capital",
                    *("particip" + e for e in ("e", "ent", "é", "era", "eront", "erait",
                                               "eraient")),
                    *(m + e for m in ("men", "mèn") for e in (
                        "e", "ent", "é", "ée", "er", "era", "eront", "erait", "eraient", "ait",
                        "aient")))),
         ("opération", "tour", "levée", "financement", "augmentation", "pot"))),
    # "X est monté au capital de Y", "a renforcé sa participation dans Y", "est sorti du capital
    # de Y" (a stake that ended: the status words read "sorti")
    (("capital", "particip", "renforc", "monté", "mont", "augment", "accru", "accroî"),
     r"(?:mont(?:é|ée|és|ées|e|ent|era|eront)\s+au\s+capital\s+d[eu'’]?"
     r"|(?:renforc|augment|accru|accroît|accroissent)\w*\s+(?:sa|leur)\s+"
     r"(?:" + "|".join(_STAKE_NOUNS) + r")s?\s+(?:dans|au\s+capital\s+d[eu'’]?))", INVESTMENT,
     "svo", None, _Gate(frozenset(("capital", *_STAKE_NOUNS, *(n + "s" for n in _STAKE_NOUNS))))),
    (("sorti", "sort", "ressort"),
     r"(?:res)?sort(?:i|ie|is|ies|ent|ira|iront)?\s+du\s+capital\s+d[eu'’]?", INVESTMENT, "svo",
     None),
    # "X et Y, qui figurent (sont présents) au capital de Z": shareholders of Z
    (("figur", "présent"),
     rf"(?:figur(?:e|ent|ait|aient|era|eront)|(?:est|sont|était|étaient)\s+présents?){_USE_ADV}"
     r"\s+au\s+capital\s+d[eu'’]?", INVESTMENT, "svo", None),
    (("capital",),
     # ("entre par ailleurs au capital de": an adverbial inserted before the complement)
     rf"(?:entr(?:e|é|ée|és|ées|er|era|eront|erait|eraient|ent|ant)){_USE_ADV}\s+au\s+capital"
     r"\s+d[eu'’]?",
     INVESTMENT, "svo", None),
    # "conserve le soutien de ses investisseurs, X et Y": X and Y invest in the subject
    (("soutien", "appui", "confiance"),
     r"(?:soutien|appui|confiance)\s+(?:financier\s+|renouvelé\s+)?d[eu]\s+(?:ses|leurs)\s+"
     r"(?:\w+\s+)?(?:investisseurs|actionnaires)(?:\s+historiques)?\s*[,:]?",
     INVESTMENT, "ovs", None),
    # "grâce au soutien financier de X", "avec l'appui financier de X": X funds the subject
    # (not "X, principal soutien financier de Y": X gives it)
    (("soutien", "appui"),
     r"(?:grâce\s+(?:au|à\s+l['’])|avec\s+(?:le|l['’]))\s*(?:soutien|appui)\s+financier\s+"
     r"(?:de\s+la\s+part\s+)?d[eu'’]", INVESTMENT, "ovs", None),
    (("financ", "soutien", "soutenu", "souten", "appu"),
     r"(?:financ(?:e|ent|er|era|eront|erait|eraient|ait|aient|é|ée|és|ées|ant)"
     # ("a obtenu le soutien (financier) de X": X gives it, the "obtenu … soutien … de" cue
     # reads it; "X, principal soutien de Y": X gives it)
     # ("grâce au soutien financier de X": X gives it, as after "le", "du")
     r"|(?<!\ble\s)(?<!\bdu\s)(?<!\bau\s)soutien\w*|soutenu\w*|souten\w*"
     r"|appu\w*\s+financièrement)\b",
     INVESTMENT, "svo", None),
    # "Y compte X à son capital (depuis 2020)", "Y compte à son capital X et Z": X invests in Y
    # ("accueille X à son capital", "ouvre son capital à X")
    (("compt", "accueill", "ouvr", "ouvert"),
     r"(?:(?:compt(?:e|ent|ait|aient|era|eront)|accueill\w*)\s+(?:(?:déjà|aussi|également|notamment|désormais)\s+)?"
     r"(?:[^\s,;:.]+\s+){0,6}?(?:à|dans)\s+(?:son|leur)\s+(?:tour\s+de\s+table|capital"
     r"|actionnariat)|ouv(?:re|rent|rir|rira|ert|erte|rait)\s+(?:son|leur)\s+capital\s+(?:à|aux?))\b",
     INVESTMENT, "ovs", None),
    # "X figurait déjà à son capital (, aux côtés de Y et de Z)", "le fonds X serait entré à son
    # capital": X (and its co-investors) in the capital of the company the possessive stands
    # for, the one spoken of
    # ("Y est monté dans son capital": the same)
    (("figur", "présent", "entré", "entre", "entrent", "entrera", "entreront", "entrerait",
      "monté"),
     r"(?:figur(?:e|ent|ait|aient|era|eront)|(?:est|sont|était|étaient)\s+présents?"
     r"|(?:est|sont|était|étaient|serait|seraient)\s+(?:\w+ment\s+|déjà\s+|aussi\s+)?"
     r"(?:entr|mont)ée?s?"
     r"|entr(?:e|ent|era|eront|erait|eraient))(?:\s+(?:déjà|aussi|également|\w+ment))?"
     # (its stems are common words, "entre" above all: no scan without "capital")
     r"\s+(?:à|dans)\s+(?:son|leur)\s+capital\b", INVESTMENT, "own_capital", None,
     _Gate(frozenset(("capital",)))),
    (("actionnaire", "investisseur"),
     r"(?:compt\w*|affich\w*|revendiqu\w*)(?:\s+\S+){0,6}?\s+parmi\s+(?:ses|leurs)\s+"
     r"(?:principaux\s+|grands\s+|premiers\s+)?(?:actionnaires|investisseurs)", INVESTMENT, "ovs",
     None),
    (("actionnaire", "investisseur", "bailleur"),
     # ("actionnaire et fournisseur cloud de Y": the lookahead leaves "fournisseur" to its cue)
     r"(?:actionnaire|investisseur|bailleur)s?(?:(?=\s+et\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+d)|"
     # ("actionnaire minoritaire d'Y": the elided "de" too)
     r"\s+(?:(?:principal|majoritaire|minoritaire|historique|de\s+référence)\s+)?"
     r"(?:de|d['’]|du))", INVESTMENT, "svo", None),
    (("lève", "levé", "lèvent", "lever", "lèverait", "tour", "financement", "fonds", "série",
      "opération", "récolt"),
     # ("a récolté (vient de récolter) 85 millions auprès de X": the same money raised)
     r"(?:lève|levé|lèvent|lever|levée|lèverait|tour|financement|fonds|série\s+[A-F]|opération"
     r"|récolt(?:e|é|ée|er|ent|era)\b),?"
     r"(?:\s+\S+){0,10}?\s+(?:auprès\s+(?:notamment\s+|entre\s+autres\s+)?d[eu'’]?"
     r"|(?:co-?)?mené\w*\s+par|pilot\w*\s+par"
     r"|(?:co-?)?dirigé\w*\s+par"
     r"|conduit\w*\s+par|emmené\w*\s+par|avec\s+la\s+participation\s+d[eu'’]?|de\s+la\s+part\s+d[eu'’]?)",
     INVESTMENT, "ovs", None),
    (("reçu", "obtenu", "récolté", "levé", "recevoir", "reçoit", "obtenir", "obtient"),
     # (not the noun: "la levée de fonds de Y" is Y's own round)
     r"(?:reçu|obtenu|récolté|levé(?!es?\s+de\s+fonds\b)|recevoir|reçoit|reçoivent|obtenir"
     r"|obtient|obtiennent)\w*\s+(?:[^\s,;:]+\s+){0,6}?"
     r"(?:millions?|milliards?|dollars"
     r"|euros|financement|investissement|fonds|soutien)\s+(?:[^\s,;:]+\s+){0,3}?"
     r"(?:de\s+la\s+part\s+d[eu'’]?|d[eu]\s+|d['’])", INVESTMENT, "ovs", None),
    (("soutenu", "financé", "adossé", "détenu"),
     r"(?:soutenu\w*|financé\w*|adossé\w*|détenu\w*\s+(?:en\s+partie|à\s+\d+\s*%)?)"
     rf"{_AGENT_GAP}\s+(?:\S+\s+)?par\b"
     # "Y, adossé au fonds X", "une start-up adossée à X": backed by X, its shareholder (a
     # company named right after; "des fonctions adossées à M" rest on a model, no money)
     rf"|adossée?s?{_AGENT_GAP}\s+(?:à|au|aux)"
     r"(?=\s*(?:l['’]\s*|la\s+|le\s+)?(?:(?:groupe|fonds|géant|conglomérat|famille|holding"
     r"|société|banque)(?:\s+[a-zà-ÿ-]+){0,2}\s+)?(?-i:[A-ZÀ-Þ]))",
     INVESTMENT, "ovs", None),
    # "MGX, le fonds cofondé par G42 et Mubadala", "une société créée par le fonds X": a
    # company founded by companies is theirs in part (founders who are people are no company;
    # "fondée par d'anciens de X" names none after "par")
    (("fondé", "cofondé", "co-fondé", "créé"),
     rf"(?:(?:co-?)?fondée?s?|créée?s?){_AGENT_GAP}\s+par"
     r"(?=\s+(?:l['’]\s*|la\s+|le\s+)?(?:(?:groupe|fonds|géant|conglomérat|holding|banque"
     r"|opérateur|constructeur)(?:\s+[a-zà-ÿ-]+){0,2}\s+)?(?-i:[A-ZÀ-Þ]))",
     INVESTMENT, "ovs", None),
    # acquisition
    # "X a déboursé 650 millions de dollars pour Y": the price of a company named right after
    # "pour" (not "pour obtenir une licence", "pour des puces de Y")
    (("débours",),
     r"débours(?:é|e|ent|era|eront|ait|aient)(?:\s+[^\s,;:.]+){0,4}?\s+(?:millions?|milliards?)"
     r"(?:\s+(?:de\s+dollars|d['’]euros|de\s+livres|de\s+francs(?:\s+suisses)?))?\s+pour"
     r"(?=\s+(?:l['’]\s*|le\s+|la\s+)?(?:(?:start-?up|société|jeune\s+pousse|éditeur|spécialiste"
     r"|groupe)\s+(?:[a-zà-ÿ-]+\s+)?)?(?-i:[A-ZÀ-Þ]))", ACQUISITION, "svo", None),
    (("rachè", "rachet", "acqui", "acqué", "achè", "achet", "absorb", "main", "offr", "offert",
      "repris", "reprend", "repren",
      "aval", "contrôle", "empar"),
     r"(?:s['’](?:(?:est|sont|était)\s+)?empar\w*\s+d[eu'’]?|rachète|rachèt\w*|rachet\w*|racheté\w*"
     # ("a acquis 8 000 GPU auprès de X": goods bought from a supplier, read below)
     r"|(?:acquiert|acquis\b|acquièr\w*+|acquérir\w*+)(?![^,;:.]{0,60}?\sauprès\s+d[eu'’]?\s*"
     r"(?:l['’])?(?-i:[A-ZÀ-Þ]))"
     # ("achète des puces à X": goods bought from a supplier, read below; "acheter des (de)
     # puces X": a partitive buys goods, never the company that makes them)
     r"|(?:achète|achet\w*+)(?![^,;:.]{0,60}?\s(?:à|auprès\s+d[eu'’]?)\s*(?:l['’])?(?-i:[A-ZÀ-Þ]))"
     r"(?!\s+(?:\w+ment\s+|plus\s+|encore\s+)?(?:des|de|du|d['’])\s*(?-i:[a-zà-ÿ]))"
     # ("s'engage à acheter pour 30 milliards de dollars de capacité de calcul sur Azure": an
     # amount right after the verb buys goods or services, never a company)
     r"(?!\s+pour\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?(?:\d|plusieurs\b"
     r"|des\s+(?:centaines|dizaines|milliards|millions)\b))"
     r"|absorbe\w*|absorb\w*|met\s+la\s+main|mis\s+la\s+main|mettre\s+la\s+main"
     # ("a mis la main ce mois-ci sur Y": a time said before "sur")
     r"(?:\s+(?:ce|cette|cet)\s+[\w-]+|\s+en\s+\d{4}|\s+\w+ment)?\s+sur"
     r"|(?:s['’]offr(?:e|ent|ant|ir|ira|iront|irait|iraient|ait|aient)\b"
     r"|s['’](?:est|était|serait)\s+offert|se\s+(?:sont|seraient)\s+offert)"
     # ("s'est offert les services de X", "s'offre une campagne": no company bought)
     r"(?!\s+(?:les\s+services|l['’]expertise|le\s+savoir|les\s+talents|les\s+compétences"
     r"|le\s+concours|l['’]aide|les\s+conseils|un|une|des|du|de\s+la)\b)|aval(?:e|é)\w*"
     # ("Iliad a repris Kyutai": a company taken over, named right after)
     r"|(?:(?:a|ont|avait|avaient|aurait)\s+repris|reprend(?:ra|ront|rait)?|reprennent)"
     r"(?=\s+(?:(?:l['’]|le\s+|la\s+)(?:start-?up|société|groupe|éditeur|fabricant|spécialiste"
     r"|jeune\s+pousse|laboratoire)(?:\s+[a-zà-ÿ-]+){0,2}\s+)?(?-i:[A-ZÀ-Þ]))"
     rf"|(?:prend|pris|prendre){_USE_ADV}\s+le\s+contrôle\s+d[eu'’]?)",
     ACQUISITION, "svo", None),
    # "X a approché Y en vue d'un rachat": a purchase sounded out (the purpose said within the
    # clause; "approché Y pour un partenariat" is none)
    (("approch",),
     r"approch(?:e|ent|é|ée|ait|aient|erait|eraient)(?:\s+(?:\w+ment|déjà|aussi|également))?"
     r"(?=\s+[^;:]{1,120}?\sen\s+vue\s+d['’](?:un|une|son|sa|leur)\s+(?:éventuel\w*\s+)?"
     r"(?:rachat|acquisition|reprise|prise\s+de\s+contrôle)\b)",
     ACQUISITION, "svo", TALKS, _Gate(frozenset(("vue",)))),
    # "X lorgne sur Y": a purchase considered (a company right after: "lorgne sur le marché
    # indien" covets no company)
    (("lorgn",),
     r"lorgn\w*(?:\s+(?:aussi|également|désormais|déjà|\w+ment))?\s+(?:sur|vers)"
     r"(?=\s+(?:(?:l['’]\s*|le\s+|la\s+)(?:start-?up|groupe|société|éditeur|fabricant"
     r"|spécialiste|laboratoire|jeune\s+pousse|pépite|entreprise)(?:\s+[a-zà-ÿ-]+){0,2}\s+)?"
     r"(?-i:[A-ZÀ-Þ]))", ACQUISITION, "svo", TALKS),
    # (before "rachat de": in "l'objet d'une offre de rachat de X", X is the buyer)
    (("intérêt", "intéress"),
     r"(?:intérêt|intéressée?s?)\s+(?:\w+\s+)?pour\s+(?:un|une|le|la|l['’])\s*(?:éventuel\w*\s+)?"
     r"(?:rachat|acquisition|reprise)(?:\s+(?:de|d['’]|du))?", ACQUISITION, "svo", TALKS),
    # "Y a rejeté (reçu) une offre de rachat de X": X bids for Y, the subject
    (("rejet", "refus", "déclin", "repouss", "écart", "reçu", "accept", "examin"),
     r"(?:rejet|refus|déclin|repouss|écart|reçu|accept|examin)\w*(?:\s+[^\s,;:.]+){0,3}?\s+"
     r"(?:l['’]|une|la|son|sa)\s*(?:nouvelle\s+|première\s+)?(?:offre|proposition)\s+"
     r"(?:publique\s+)?(?:de\s+rachat|d['’]achat|de\s+reprise)\s+(?:de\s+|d['’]|du\s+)"
     r"(?!la\s+part\b)", ACQUISITION, "ovs", TALKS),
    (("objet", "cible"),
     r"(?:objet|cible)(?:\s+[^\s,;:]+){0,3}?\s+d['’]une\s+(?:offre|proposition)\s+(?:publique\s+)?"
     r"(?:(?:de\s+rachat\s+|d['’]achat\s+|de\s+reprise\s+)?(?:de\s+la\s+part\s+d[eu'’]?|par)"
     r"|(?:de\s+rachat|d['’]achat|de\s+reprise)\s+(?:de\s+|d['’]|du\s+)(?!la\s+part\b))",
     ACQUISITION, "ovs", TALKS),
    (("rachat", "acqui", "absorption", "reprise"),
     r"(?:rachat|acquisition|absorption|reprise)\s+par\b", ACQUISITION, "noun_by", None),
    (("rachat", "acqui", "absorption", "reprise"),
     r"(?:rachat|acquisition|absorption|reprise)\s+(?:de|d['’]|du)(?!\s*la\s+part\s+d)",
     ACQUISITION, "noun", None),
    (("offre", "proposition"),
     r"(?:offre|proposition)\s+(?:publique\s+)?(?:(?:concurrente|rivale|ferme|formelle|hostile"
     r"|amicale|indicative|non\s+sollicitée)\s+)?(?:de\s+rachat\s+|d['’]achat\s+|de\s+reprise\s+)?"
     r"(?:sur|pour|visant)\b", ACQUISITION, "svo", TALKS),
    (("rachet", "acquis", "absorb", "repris", "avalé"),
     rf"(?:racheté\w*|acquis\w*|absorbé\w*|repris\w*|avalé\w*){_AGENT_GAP}\s+par", ACQUISITION,
     "ovs", None),
    # ("Y, filiale de X": a subsidiary the description names in passing, no purchase the story
    # tells, unless it says when X took it: "filiale de X depuis son rachat", "depuis 2024")
    (("filiale", "propriété"),
     r"(?:propriété\s+(?:de|d['’]|du)|filiale\s+(?:de|d['’]|du)(?=[^,;:.]{1,60}?\b(?:depuis|après)"
     r"\s+(?:(?:son|sa|leur)\s+(?:rachat|acquisition|reprise)\b|\d{4}|l['’]an\s+dernier)))",
     ACQUISITION, "ovs_own", None),
    # "X est désormais (devient) propriétaire de Y": X owns Y
    (("propriétaire",),
     r"(?:est|sont|devient|deviennent|était|sera|seront)(?:\s+(?:\w+ment|désormais|déjà))?"
     r"\s+(?:l['’]\s*(?:unique\s+|seul\s+)?)?propriétaires?\s+(?:de|d['’]|du)",
     ACQUISITION, "svo", None),
    # "Y est contrôlée par X", "Y appartient (désormais) au groupe X": X owns Y
    (("contrôlé", "appart"),
     rf"(?:contrôlée?s?{_AGENT_GAP}\s+par|appart(?:ient|iennent|enait|enaient|iendra|iendront)"
     rf"{_USE_ADV}\s+(?:à|au|aux))"
     r"(?=\s*(?:l['’]\s*|la\s+|le\s+)?(?:(?:groupe|fonds|géant|conglomérat|famille|holding)"
     r"(?:\s+[a-zà-ÿ-]+)?\s+)?(?-i:[A-ZÀ-Þ]))", ACQUISITION, "ovs", None),
    # "Y est passée sous le contrôle de X", "tombe dans l'escarcelle de X", "rejoint le giron
    # de X": Y bought
    (("pass", "tomb", "rejoin", "rejoint", "entr", "désormais", "aujourd", "depuis"),
     rf"(?:pass\w*{_AGENT_GAP}\s+sous\s+(?:le\s+)?(?:{'|'.join(_FOLD_NOUNS)})"
     r"|tomb\w*\s+dans\s+(?:l['’]escarcelle|le\s+giron)|(?:rejoin\w*|rejoint|entr\w*\s+dans"
     r"|pass\w*\s+dans)\s+le\s+giron"
     # ("Y, désormais dans le giron de X", "Y, aujourd'hui sous le contrôle de X": an
     # apposition saying who owns Y now)
     r"|(?<=,\s)(?:désormais|aujourd['’]hui|depuis\s+\d{4})\s+(?:dans\s+(?:le\s+giron"
     r"|l['’]escarcelle)|sous\s+(?:le\s+)?(?:contrôle|pavillon))"
     r")\s+(?:de\s+|d['’]|du\s+)", ACQUISITION, "ovs", None,
     _Gate(frozenset((*_FOLD_NOUNS, "escarcelle")))),
    # "Y a été cédée (vendue) à X": X bought Y
    (("cédé", "vendu", "revendu"),
     r"(?:été|est|sont|était|seront|sera)\s+(?:\w+ment\s+)?(?:cédée?s?|vendue?s?|revendue?s?)"
     r"\s+(?:à|au|aux)\b", ACQUISITION, "ovs", None),
    # uses_model
    (("intègr", "intégr", "utilis", "emploi", "adopt", "déploi", "déploy", "recour",
      "test", "appu", "repos", "bas", "fondé", "exploit", "tourn", "fonctionn", "mis", "pass",
      "bascul", "migr",
      "partir", "partant", "construit", "bâti", "dérivé", "affiné", "adapté",
      "propos", "embarqu", "accès", "licence", "fait", "font", "fera", "faire", "faisant",
      "sert", "serv", "adapt", "affin", "ajout", "combin", "dot", "doté", "tourné", "version",
      "base", "grâce", "étend", "étendu", "élargi", "entraîn", "équip", "accord", "contrat"),
     rf"(?:(?:intègr|intégr|utilis|emploi|adopt|déploi|déploy|test|exploit|propos|embarqu){_VERB}"
     r"|adapt(?:e|ent|ait|aient|era|eront|erait|eraient)\b"
     # ("ajoute à sa plateforme deux modèles : M et N", "a ajouté M à son catalogue")
     r"|ajout(?:e|ent|é|ée|és|ées|era|eront|ait|aient)\b"
     r"|affin(?:e|ent|era|eront|ait|aient|erait|eraient)\b"
     # ("Ses agents combinent M et N", "qui combinent des modèles maison et M")
     r"|combin(?:e|ent|ait|aient|era|eront)\b"
     r"|intégration|utilisation|adoption|déploiement|exploitation|recour\w*\s+à"
     rf"|s['’]appu[iy]\w*{_USE_ADV}\s+sur"
     # ("après s'être longtemps appuyée sur M")
     rf"|s['’](?:être|est|était|sont|étaient){_USE_ADV}\s+appuyée?s?\s+sur"
     rf"|repos\w*{_USE_ADV}\s+sur|bas[ée]\w*{_USE_ADV}\s+sur|fondé\w*\s+sur"
     r"|tourne\w*\s+(?:sous|avec)|f(?:ait|ont|era|aire|aisant)\s+tourner"
     rf"|fonctionn\w*\s+(?:avec|grâce\s+à)|mise?(?:nt)?{_USE_ADV}\s+sur|(?<=\s)à\s+partir\s+d[eu'’]"
     r"|(?<=\ben\s)partant\s+d[eu'’]"
     r"|(?:construit|bâti|dérivé|affiné|adapté)\w*\s+(?:sur|à\s+partir\s+d[eu'’]|d['’]après)"
     # ("a bâti son outil sur M", "a construit sa plateforme sur M")
     r"|(?:construit|bâti|fondé)e?s?\s+(?:son|sa|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+){1,2}?sur"
     # ("entraînera ses robots avec M", "équipe ses voitures avec M")
     rf"|(?:entraîn|équip)\w*{_USE_ADV}\s+(?:ses|son|sa|leur|leurs)\s+(?:[\w'’-]+\s+){{1,3}}?avec"
     # ("a basculé son chatbot sur M", "migre ses agents vers M")
     r"|(?:bascul|migr)\w*\s+(?:son|sa|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+){1,2}?(?:sur|vers)"
     rf"|accès(?:\s+(?:sécurisé|direct|privilégié|anticipé|exclusif|gratuit|illimité))?\s+à|(?<!sous\s)licence(?!\s+(?:ouverte|libre|open))|pass(?:er|e|é|ent|era){_USE_ADV}\s+à|bascul\w*{_USE_ADV}\s+(?:vers|sur)"
     rf"|migr\w*{_USE_ADV}\s+vers|se\s+tourn\w*{_USE_ADV}\s+vers"
     r"|s['’]en\s+(?:sert|servent|servira|serviront|servait|servaient)"
     # ("s'est tourné vers M", "a affiné M", "une version affinée de M", "sur la base de M",
     # "conçu grâce à M", "dote ses voitures de M", "l'usage de M")
     rf"|s['’](?:est|sont|était)\s+tourné\w*{_USE_ADV}\s+vers"
     r"|(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?affiné"
     r"|version\s+(?:affinée|adaptée|dérivée|spécialisée|modifiée|personnalisée)\s+d[eu'’]"
     # (the model named right after: "grâce à un modèle maison, X" is the subject's own)
     r"|(?:sur\s+la\s+base\s+d[eu'’]|grâce\s+à)(?=\s*(?-i:[A-ZÀ-Þ]))"
     r"|dot(?:e|ent|era|eront|é|ée)\s+(?:ses|son|sa|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+){1,2}?"
     r"(?:de|d['’])"
     # ("a signé un contrat pluriannuel portant sur M": a deal about a model gives its signer
     # the use of it; the model named right after)
     r"|(?:accord|contrat|licence)s?(?:\s+[a-zà-ÿ\d-]+){0,4}?\s+(?:portant|port(?:e|ent|ait|aient"
     r"|era|eront|erait|eraient))\s+(?:\w+ment\s+)?sur(?=\s+(?:le\s+modèle\s+)?(?-i:[A-ZÀ-Þ]))"
     r"|(?:étend|étendu|élargi)\w*\s+l['’](?:usage|utilisation|emploi)\s+d[eu'’]"
     # ("se sert de M", "s'est doté de M")
     rf"|se\s+ser(?:t|vent|vira|viront|vait|vaient){_USE_ADV}\s+d[eu'’]"
     rf"|(?:se\s+dot\w*|s['’](?:est|était|sont)\s+doté\w*){_USE_ADV}\s+d[eu'’])",
     # (no gate; the phrases that read capitals, the model named after "sur la base de",
     # "grâce à", "portant sur", need "base", "grâce" or a form of "porter")
     # (the contract's "portant sur" too)
     USES_MODEL, "svo", None, None, _Gate(frozenset((
         "base", "grâce", "portant", *("port" + e for e in (
             "e", "ent", "ait", "aient", "era", "eront", "erait", "eraient")))))),
    # "tout en conservant M pour les tâches simples", "X garde M": a model kept is used
    (("conserv", "gard"),
     r"(?:conserv|gard)(?:e|ent|ant|é|ée|era|eront|ait|aient)\b", USES_MODEL, "svo", None),
    # "X évalue M et N (pour …)": a model tried before any choice, a use in talks
    (("évalu",),
     r"évalu(?:e|ent|ait|aient|era|eront)\b", USES_MODEL, "svo", TALKS),
    # "X met M et N à (la) disposition de ses clients": a platform offering a model uses it
    # ("va mettre M entre les mains de ses salariés")
    (("met", "mett", "mis"),
     r"(?:met|mettent|mettra|mettront|mettait|mettaient|mettre|(?:a|ont|avait|avaient)"
     r"(?:\s+(?:\w+ment|déjà|aussi|également))?\s+mis)"
     r"(?=[^;:]{0,120}?\s(?:à\s+(?:la\s+)?" + _HANDED_WORDS[0] + r"|entre\s+les\s+"
     + _HANDED_WORDS[1] + r")\b)",
     USES_MODEL, "svo", None, _Gate(frozenset(_HANDED_WORDS))),
    # "X sera la première utilisatrice de M", "figure parmi les premiers utilisateurs de M"
    (("utilisat",),
     r"(?:(?:le|la|les|l['’]|un|une)\s*(?:(?:premi\w+|principa\w+|grand\w*|plus\s+gros)\s+)?)"
     r"utilisat(?:eur|rice)s?\s+(?:de|d['’]|du)", USES_MODEL, "svo", None),
    # "lui préfère désormais M": the model now chosen over the one used before
    (("préfère", "préfèrent", "préféré"),
     r"(?:lui|leur)\s+(?:a\s+|ont\s+)?préf(?:è|é)r(?:e|ent|é)\b", USES_MODEL, "svo", None),
    # a company choosing a model uses it (choosing a company is a deal, above)
    (("choisi", "retenu", "retient", "opté", "opte", "sélection", "choix", "préféré"),
     _CHOICE, USES_MODEL, "svo", None),
    (("aliment", "propuls", "motoris", "animé", "adopt", "utilis", "intégr", "déploy",
      "choisi", "retenu", "porté", "hébergé", "distribué", "commercialisé", "exploité",
      "employé", "proposé"),
     # ("M est déjà exploité (employé) par X")
     r"(?:alimenté\w*|propulsé\w*|motorisé\w*|animé\w*|adopté\w*|utilisé\w*|intégré\w*"
     # ("M est proposé par X à ses clients": a platform offering M, as "propose M" reads)
     r"|exploitée?s?|employée?s?|proposée?s?"
     r"|déployé\w*|choisi\w*|retenu\w*|porté\w*|hébergé\w*|distribué\w*|commercialisé\w*)"
     r"(?:\s+(?:\w+ment|désormais|déjà|aussi|également))?\s+par", USES_MODEL, "ovs", None),
    # makes_model
    (("lanc", "présent", "dévoil", "publi", "sort", "développ", "entraîn", "conçu",
      "annonc", "mis", "met", "créé", "crée"),
     # (not "-es", a second person news never uses: "des annonces", "présentes", "sortes"
     # are nouns and adjectives)
     rf"(?:(?:lanc|lanç|présent|dévoil|publi|sort|développ|entraîn|annonc)(?!es\b){_VERB}"
     r"|conçu\w*"
     r"|mis\s+en\s+ligne|met\s+en\s+ligne|a\s+créé|crée"
     # ("a mis au point M", "met au point M": made; not the passive "mis au point par X",
     # the cue below)
     r"|(?:a|ont|avait|avaient|aurait)\s+(?:\w+ment\s+|déjà\s+|aussi\s+)?mis\s+au\s+point"
     r"|met(?:tent|tra|tront)?\s+au\s+point)\b", MAKES_MODEL, "svo", None),
    (("développ", "conçu", "créé", "lancé", "entraîné", "publié", "mis"),
     r"(?:développé\w*|conçu\w*|créé\w*|lancé\w*|entraîné\w*|publié\w*|mis\s+au\s+point)"
     rf"{_AGENT_GAP}\s+par",
     MAKES_MODEL, "ovs", None),
    # rivalry
    (("concurren", "rival", "rivau", "affront", "contr", "adversaire", "ennemi", "challenger",
      "compétiteur", "opposé"),
     r"(?<!offre\s)(?<!offres\s)(?<!proposition\s)"
     r"(?:concurren(?:t|ts|te|tes|ce|cent|çant|cer)|rival(?:e|es|ise|isent|iser|ités?)?|rivaux|affront\w*|contr(?:er|ent|é|ait|aient)"
     r"|adversaire\w*|ennemi\w*|challenger\w*|compétiteur\w*|opposé\w*\s+à)\b", RIVALRY, "pair",
     None),
    (("poursui", "attaqu", "assign", "porte", "porté", "plainte", "procès", "litige",
      "contentieux", "accus", "action"),
     # ("poursuit par ailleurs X en justice": an adverbial before the object)
     # ("poursuit toujours X": a suit still going on)
     r"(?:poursui(?:t|vent|vre)(?=\s+(?:(?:par\s+ailleurs|aussi|également|déjà|désormais"
     r"|toujours|encore|\w+ment)\s+)?(?:(?-i:[A-ZÀ-Þ])|en\s+justice|devant|(?:l['’]|le|la|les)\s*"
     r"(?:start-?ups?|jeunes?\s+pousses?|groupes?|sociétés?|entreprises?|éditeurs?|laboratoires?"
     r"|géants?|firmes?|plateformes?|majors?)(?:\s+[a-zà-ÿ-]+)?\s+(?-i:[A-ZÀ-Þ])))|poursuivi\w*\s+par|attaqu\w*(?:\s+[^\s,;:.]+){0,6}?\s+en\s+justice|assign\w*"
     r"|porte\w*\s+plainte"
     r"|porté\s+plainte|plaintes?|procès|poursuites?|litiges?|contentieux|accus\w*"
     r"|actions?\s+en\s+justice)\b", RIVALRY,
     "pair", None),
    (("oppos",),
     r"oppos(?:e|ent|ait|aient|ant)\b", RIVALRY, "pair", None),
    # "le procès intenté par X à Y", "la plainte déposée par X contre Y": X sues Y
    (("procès", "plainte", "action", "poursuite"),
     r"(?:procès|plaintes?|actions?(?:\s+en\s+justice)?|poursuites)\s+(?:\w+\s+)?"
     r"(?:intentée?s?|engagée?s?|déposée?s?|lancée?s?)\s+par", RIVALRY, "sued_by", None),
    # "son offensive judiciaire contre X", "a saisi un tribunal de Pékin contre X", "un recours
    # contre X": a fight in court
    (("offensive", "recours", "procédure", "bataille", "saisi"),
     r"(?:(?:offensive|recours|procédure|bataille|croisade)s?(?:\s+(?:judiciaire|juridique)s?)?"
     r"|saisi\w*\s+(?:la\s+justice|(?:un|le|les)\s+tribuna\w+|la\s+cour)(?:\s+[^\s,;:.]+){0,4}?)"
     r"\s+contre\b", RIVALRY, "pair", None),
    (("crois",),
     r"crois\w*\s+le\s+fer\s+avec\b", RIVALRY, "pair", None),
    # "la bataille fait rage entre X, Y et Z", "le duel entre X et Y", "la guerre des prix
    # entre X et Y": a fight named by its noun, its parties after "entre" (read as pairs)
    (("bataille", "guerre", "duel", "rivalité", "affrontement", "bras"),
     r"(?:bataille|guerre|duel|rivalité|affrontement|bras\s+de\s+fer)(?:\s+(?:des\s+prix"
     r"|commerciale|acharnée?|féroce|ouverte?|sans\s+merci|technologique|industrielle))?"
     r"(?:\s+(?:fait|font|faisait)\s+rage|\s+s['’](?:intensifie|annonce|durcit)"
     r"|\s+(?:qui\s+)?(?:se\s+joue|oppose))?(?=\s+entre\b)", RIVALRY, "pair", None),
    # "en compétition avec X", "chasse sur les terres de X", "tient tête à X", "défie X",
    # "au coude-à-coude", "une action contre X"
    (("compétition", "lutte", "chass", "march", "tient", "tiennent", "tenir", "tenu", "assaut",
      "défi", "coude", "action"),
     r"(?:(?:(?:en\s+)?compétition|en\s+lutte)\s+(?:(?:direct|frontal|ouvert)\w*\s+)?(?:avec"
     r"|contre|face\s+à)|chass\w*\s+sur\s+les\s+terres\s+d[eu'’]?"
     r"|march\w*\s+sur\s+les\s+plates?-bandes\s+d[eu'’]?"
     r"|t(?:ient|iennent|enir|enu)\s+tête\s+à|à\s+l['’]assaut\s+d[eu'’]?"
     r"|défi(?:e|ent|er|era|ait|aient|é)|actions?(?:\s+judiciaires?)?\s+contre)"
     # (the rival named right after: "la lutte contre le blanchiment" names none)
     r"(?=\s*(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}?(?-i:[A-ZÀ-Þ]))"
     r"|\bau\s+coude-à-coude\b", RIVALRY, "pair", None),
    (("disput",),
     r"se\s+disput\w*", RIVALRY, "pair", None),
    # "le conflit entre X et Y", "reste en conflit avec Y", "le bras de fer judiciaire entre X
    # et Y": a fight named by its noun (not "conflit d'intérêts", no party after it)
    (("conflit", "bras"),
     r"(?:conflits?|bras\s+de\s+fer)(?:\s+(?:judiciaire|juridique|commercia[l]|ouvert)\w*)?"
     r"(?=\s+(?:entre|avec|contre|qui\s+oppose)\b)", RIVALRY, "pair", None),
    # "X attaque (a attaqué) Y", "X reproche à Y de…": a company attacked or blamed by name
    # (not "attaque le marché": the name right after)
    (("attaqu", "reproch"),
     r"(?:attaqu(?:e|ent|é|ée|ait|aient|era|eront)|reproch(?:e|ent|é|ait|aient|era)\s+(?:à|au))"
     r"(?:\s+(?:\w+ment|déjà|aussi|désormais|également))?"
     r"(?=\s*(?:l['’]\s*)?(?-i:[A-ZÀ-Þ]))", RIVALRY, "pair", None),
    # "X dispute à Y la première place", "X talonne Y", "X a détrôné Y": a race between them
    (("disput", "talonn", "détrôn", "distanc"),
     r"(?:disput(?:e|ent|ait|aient|era)\s+(?:à|aux?)|talonn\w*|détrôn\w*|distanc(?:e|ent|é|ée|er"
     r"|ait|aient|era))\b", RIVALRY, "pair", None),
    (("alternative",),
     r"alternatives?\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:à|au|aux)\b", RIVALRY, "pair", None),
    # ("X, Y et Z ont déposé une offre conjointe (une candidature commune)": one bid, together)
    (("ensemble", "conjointement", "commun", "conjoint"),
     r"(?:(?:offre|proposition)s?\s+(?:commune|conjointe)s?\b"
     r"|(?<!l['’])(?<!un\s)(?:ensemble|conjointement|en\s+commun)\b(?!\s+d[eu'’]))"
     # ("réalisent ensemble plus de la moitié des exportations": a share summed, no deal)
     r"(?!\s+(?:(?:plus|près|moins)\s+d['’e]\s*|environ\s+)?(?:la\s+moitié|le\s+tiers|un\s+tiers"
     r"|les\s+deux\s+tiers|\d+(?:[,.]\d+)?\s*%))", PARTNERSHIP,
     "pair", None),
    (("associ",),
     r"(?<!['’])associ(?:e|ent|era|eront|ait|aient)\b", PARTNERSHIP, "pair", None),
    # "Associé à X depuis 2020, Y…", "Y, associée à X dans ce projet"
    (("associé",),
     # ("associé pour l'occasion à X", "associée depuis 2020 avec X")
     r"(?<!['’])(?<!s['’]est\s)associée?s?(?:\s+(?:pour\s+l['’]occasion|depuis\s+\d{4}"
     r"|\w+ment|notamment|ici))?\s+(?:à|avec)\b", PARTNERSHIP, "pair", None),
    # "X étend (mène) l'essai des humanoïdes de Y": a client trying a supplier's products
    (("étend", "prolong", "élarg", "mèn", "men", "lanc", "poursui", "condui"),
     r"(?:étend|prolong|élarg|mèn|men|lanc|lanç|poursui|condui)\w*\s+(?:l['’]|le\s+|son\s+|un\s+)"
     r"(?:essai|test|pilote|expérimentation)\s+(?:des|du|de\s+la)\s+(?:[a-zà-ÿ-]+\s+){1,2}?"
     r"(?:de\s+|d['’]|du\s+)", PARTNERSHIP, "svo", None),
    # "X a souscrit à l'offre de Y": Y's client
    (("souscri",),
     r"souscri\w*\s+(?:à|aux?)\s+(?:l['’]offre|les\s+offres|l['’]abonnement|les\s+services)"
     r"(?:\s+[a-zà-ÿ-]+)?\s+(?:de|d['’]|du)", PARTNERSHIP, "svo", None),
    (("attaqu",),
     r"s['’]attaqu\w*(?:\s+[a-zà-ÿ]+)?\s+(?:à|au|aux)\b", RIVALRY, "pair", None),
    (("mesur",),
     r"se\s+mesur\w*(?:\s+[a-zà-ÿ]+)?\s+(?:à|a|aux|avec)\b", RIVALRY, "pair", None),
    # "croise (surtout) la route de X", "se heurte à X", "se frotte à X": a competitor met
    (("crois", "heurt", "frott"),
     r"(?:crois\w*(?:\s+(?:\w+ment|surtout|aussi|souvent|déjà|régulièrement))?\s+la\s+route"
     r"\s+d[eu'’]?|se\s+(?:heurt|frott)\w*(?:\s+[a-zà-ÿ]+)?\s+(?:à|au|aux)\b)", RIVALRY, "pair",
     None),
    (("livrent", "bataille", "guerre", "duel", "face"),
     r"(?:se\s+livrent\s+(?:une\s+)?(?:bataille|guerre)|bataille|guerre|duel|face\s+à)\b",
     RIVALRY, "pair", None),
    # "Bleu, lancé par Orange et Capgemini", "un programme mené depuis 2024 par X, Y et Z": one
    # thing made or led by several companies together makes them partners (the agents after
    # "par" are paired with one another, never with the thing). Last of the cues: a round
    # "mené par X et Y" is their investment, a model "développé par X et Y" their model.
    # (singular only: "des modèles développés par X et Y" are each one's; not "fondé par",
    # founders are people: "fondée par d'anciens de X et de Y")
    (("lancé", "créé", "mené", "piloté", "porté", "conçu", "développé", "codéveloppé",
      "co-développé", "initié", "monté", "constitué", "formé", "conduit", "opéré", "exploité"),
     r"(?:lancée?|créée?|menée?|pilotée?|portée?|conçue?|(?:co-?)?développée?|initiée?|montée?"
     rf"|constituée?|formée?|conduite?|opérée?|exploitée?){_AGENT_GAP}"
     r"(?:\s+(?:conjointement|ensemble|en\s+commun))?\s+par"
     r"(?=\s+(?:l['’]\s*|les?\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}(?-i:[A-ZÀ-Þ]))"
     r"(?![^.;]*\bcontre\b)", PARTNERSHIP, "pair", None),
]

# A cue is looked for only in a sentence that has one of its stems at a word's start: one
# scan of every stem, then the few patterns whose stems were seen.
_CUE_RE = [(re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE), t, s, st)
           for _, p, t, s, st, *_ in _CUES]
_CUE_GATE: list[_Gate | None] = [cue[5] if len(cue) > 5 else None for cue in _CUES]
_CUE_CASED: list[tuple[_Gate, re.Pattern[str]] | None] = [
    (cue[6], re.compile(rf"(?<!\w)(?:{cue[1]})")) if len(cue) > 6 else None for cue in _CUES]
# The same cues for the lowercased sentence (ignoring case costs more than lowercasing once);
# None for a cue that looks at capitals ("ses clients X", "poursuit X").
_CUE_LOWER = [None if re.search(r"A-[FZ]", p) else re.compile(rf"(?<!\w)(?:{p})")
              for _, p, *_ in _CUES]
_STEM_CUES: dict[str, set[int]] = {}
for _index, (_stems, *_) in enumerate(_CUES):
    for _stem in _stems:
        _STEM_CUES.setdefault(_stem, set()).add(_index)
# A longer stem seen at a word's start means every shorter stem it begins with is there.
_STEM_CUES = {stem: set().union(*(v for k, v in _STEM_CUES.items() if stem.startswith(k)))
              for stem in _STEM_CUES}
_STEMS_BY_HEAD: dict[str, list[tuple[str, set[int]]]] = {}
for _stem, _indices in _STEM_CUES.items():
    _STEMS_BY_HEAD.setdefault(_stem[:3], []).append((_stem, _indices))
_WORD = re.compile(r"\w[\w-]*")


def _says(pattern: re.Pattern[str], sentence: str) -> bool:
    """Whether `pattern` occurs anywhere in the sentence: asked for each cue, searched once per
    sentence (_first_end's cache; a sentence of thousands of cues was read once per cue)."""
    return _first_end(pattern, sentence) >= 0


@lru_cache(maxsize=64)
def _first_end(pattern: re.Pattern[str], sentence: str) -> int:
    """Where the first match of `pattern` in the sentence ends, or -1 (searched once per
    sentence, for _said_before)."""
    match = pattern.search(sentence)
    return -1 if match is None else match.end()


def _said_before(pattern: re.Pattern[str], sentence: str, end: int, longest: int) -> bool:
    """`pattern.search(sentence, 0, end) is not None` for a pattern of whole words at most
    `longest` characters long, asked for each cue without reading the sentence from its start
    each time (a sentence of thousands of cues and none of the words was quadratic): the
    sentence's first match, if it ends by `end`, or one the cut at `end` alone makes (its last
    word ending on the cut, as the search up to `end` reads it)."""
    first = _first_end(pattern, sentence)
    return 0 <= first <= end \
        or pattern.search(sentence, max(0, end - longest), end) is not None


@lru_cache(maxsize=8)
def _lowered(sentence: str) -> str:
    return sentence.lower()


def _cues_in(sentence: str, start: int = 0, end: int | None = None) -> list[int]:
    """The indices of the cues whose stems begin a word of the sentence, in the cues' order."""
    # (the sentence lowered once, not once per call: called for each description of a sentence)
    return _cues_of(_WORD.findall(_lowered(sentence), start,
                                  len(sentence) if end is None else end))


def _cues_of(words: Sequence[str]) -> list[int]:
    """The same, from the sentence's lowercased words."""
    with contextlib.suppress(KeyError):  # every word seen before: one union
        return sorted(frozenset().union(*[_WORD_CUES[word] for word in words]))
    seen: set[int] = set()
    for word in words:
        indices = _WORD_CUES.get(word)
        if indices is None:
            indices = frozenset().union(*(cues for stem, cues in _STEMS_BY_HEAD.get(word[:3], ())
                                          if word.startswith(stem)))
            if len(_WORD_CUES) < 200_000:  # a vocabulary, not a text: bounded
                _WORD_CUES[word] = indices
        seen |= indices
    return sorted(seen)


_WORD_CUES: dict[str, frozenset[int]] = {}

# Talks someone is said to hold, not only a wish: "serait en discussion pour investir".
_NEGOTIATION = re.compile(r"\b(?:négoci\w*|pourparlers|discussions?|discut\w*|tractations)\b",
                          re.IGNORECASE)
# Words that make a cue's clause talks, ended or rumoured.
_TALKS = re.compile(
    r"\b(?:négoci\w*|pourparlers|discut\w*|discussions?|tractations|envisag\w*|explor\w*"
    r"|étudi\w*|sond\w*|courtis\w*|sollicit\w*|en\s+vue\s+d|projet\s+d['’e]|s['’]intéress\w*"
    r"|voudrai\w*|souhait\w*|cherch\w*\s+à|tent\w*\s+de|approché\w*"
    # "pourrait s'associer", not "pourrait être bénéfique"
    r"|pourrai\w*\s+(?:\w+\s+)?(?:s['’]|y\s+|l['’])?(?:associ|alli|sign|concl|rachet|achet|acqu"
    r"|invest|particip|rejoindre|intégr|utilis|adopt|nouer|entrer|prendre|collabor"
    # ("pourrait bientôt devenir actionnaire de Y": a stake to come)
    r"|deven)\w*"
    r"|ouvert\w*\s+à\s+l['’]idée|serai\w*\s+en\s+passe"
    r"|proches?\s+d['’]un\s+accord|sur\s+le\s+point\s+d|candidat\w*|offre\s+de\s+rachat|offre\s+publique"
    r"|propos\w*\s+de\s+racheter|veut|veulent)\b",
    re.IGNORECASE)
_ENDED = re.compile(
    r"\b(?:autrefois|naguère|ancien(?:ne)?s?\s+(?:partenaire|allié|rival|client)\w*|ex-\w+"
    r"|mis\s+fin|met(?:tent)?\s+fin|mettre\s+fin|pris\s+fin|prend\s+fin|prendra\s+fin|cess\w*"
    r"|(?:res)?sort\w*\s+du\s+capital"
    r"|vendu\w*\s+(?:sa|ses|leur|leurs)\s+(?:participation|parts?)|mis\s+un\s+terme|met\s+un\s+terme|rompu\w*|romp\w*"
    r"|rupture|fin\s+(?:de|du|d['’])\s*(?:leur|son|sa|ses|l['’]|la|le)?\s*(?:partenariat|accord|alliance|collaboration|contrat)"
    r"|n['’]est\s+plus|ne\s+sont\s+plus|n['’]\w+\s+plus(?!\s+qu)|ne\s+(?:s['’]|se\s+)?\w+\s+plus(?!\s+qu)|(?:a|ont|avait|avaient)\s+cédé|revendu\w*|désengag\w*|se\s+retir\w*|s['’]est\s+retir\w*"
    # ("a dénoncé le contrat": ended; "dénonce un cahier des charges", criticism, is not)
    r"|abandonn\w*|enterr\w*|résili\w*|clos|terminé\w*|jusqu['’]en|renon[cç]\w*"
    r"|dénonc\w*(?:\s+[^\s,;:.]+){0,3}?\s+(?:contrat|accord|partenariat|alliance|convention"
    r"|collaboration)s?"
    # ("un accord qui n'a pas été renouvelé", "a capoté", "le rachat a été écarté", "n'a jamais
    # été finalisée": a deal that ended or never came about)
    r"|pas\s+(?:été\s+)?renouvel\w*|non\s+renouvel\w*|capot\w*|avorté\w*|été\s+écarté\w*"
    r"|jamais\s+(?:été\s+)?(?:finalisé|conclu|signé|concrétisé)\w*"
    # ("a retiré sa plainte contre Y": a lawsuit dropped)
    r"|retir\w*(?:\s+(?:en|dès|début|fin)\s+[\w-]+)?\s+(?:sa|ses|leur|leurs|la|les|une|des)\s+"
    r"(?:plaintes?|poursuites|recours)"
    r"|échec|\w+(?:ait|aient)\s+(?:\w+\s+)?jusqu['’](?:ici|alors|à\s+présent|à\s+récemment)"
    # ("Le rachat de X par Y n'aura pas lieu": a deal called off)
    r"|n['’]aura\s+(?:\w+ment\s+|donc\s+)?pas\s+lieu|ne\s+se\s+fera\s+(?:\w+ment\s+)?pas)\b",
    re.IGNORECASE)
_RUMORED = re.compile(
    r"\b(?:rumeurs?|selon\s+(?:des|certaines|plusieurs|nos)\s+(?:sources|informations|rumeurs)"
    r"|de\s+source\s+\w+|selon\s+la\s+presse|dit-on|aurai(?:t|ent)|serai(?:t|ent)"
    r")\b|\B(?:erait|eraient|irait|iraient)\b",
    re.IGNORECASE)

_DEAL_NOUN = re.compile(r"(?:coentreprise|co-entreprise|joint-venture|consortium|alliance|projet)"
                        r"\w*\s*$", re.IGNORECASE)
# Talks that failed: "les négociations ont été rompues".
# ("mais les discussions n'ont pas abouti", "avant de rompre les discussions")
# ("a vu ses discussions avec Y s'interrompre", "a tenté de racheter Y, qui a décliné l'offre":
# talks cut off, an offer turned down)
_BROKEN = re.compile(r"\b(?:rompu\w*|rompre|échou\w*|avorté\w*|capot\w*|abandonn\w*|renon[cç]\w*"
                     r"|achopp\w*|sans\s+suite|n['’](?:ont|a|avaient|avait)\s+(?:\w+ment\s+)?pas"
                     r"\s+abouti|interromp\w*|(?:déclin|refus|rejet|repouss)\w*\s+"
                     r"(?:l['’]\s*|son\s+|sa\s+|leur\s+|cette\s+|ces\s+|les\s+)(?:offres?|propositions?"
                     r"|avances))\b",
                     re.IGNORECASE)
# What introduces a list of examples: its names are examples of a sector, not parties.
_EXAMPLES = re.compile(  # (whole words: "commerce" is no "comme")
    r"(?<!\w)(?:(?:tels?|telles?)\s+(?:que|qu['’])|comme\b|notamment|parmi\s+(?:lesquels"
    r"|lesquelles|eux)|à\s+l['’]instar\s+d[eu'’]?|par\s+exemple|y\s+compris|ou\s+encore)",
    re.IGNORECASE)
_EXAMPLE_KEYS = ("tel", "Tel", "comme", "Comme", "notamment", "parmi", "instar", "exemple",
                 "compris", "encore")
# A benchmark comparison is not rivalry.
_BENCHMARK = re.compile(
    r"\b(?:surpass\w*|devanc\w*|dépass\w*|battr?\w*|égal\w*|supérieur\w*|inférieur\w*"
    r"|meilleur\w*|performan\w*|benchmark\w*|classement|score\w*|tests?|mieux\s+que"
    r"|plus\s+(?:rapide|précis|puissant|efficace)\w*)\b",
    re.IGNORECASE)
# How a source phrase ends, right before the name (a cheap test before _SOURCE_BEFORE).
_SOURCE_ENDS = ("selon", "après", "par", "indiqué", "à", "le", "la", "les", "l'", "l’")
_BENCHMARK_L = re.compile(_BENCHMARK.pattern)
# Who said it: "selon X", "cité par X" name sources, not parties; so does the employer of
# the analysts who judge ("Pour les analystes de X, Y creuse l'écart face à Z, son rival").
_SOURCE_BEFORE = re.compile(
    r"(?:selon|d['’]après|cité\w*\s+par|rapport\w*\s+par|interrogé\w*\s+par|révélé\w*\s+par"
    r"|a\s+indiqué|confirm\w*\s+à|analystes?\s+(?:de\s+chez|de|d['’]|du|chez))"
    r"\s*(?:le|la|les|l['’])?\s*$",
    re.IGNORECASE)
# What makes "il" impersonal: "Il s'agit de…", "Il faut", "Il y a" speak of no company.
_IMPERSONAL = r"(?!\s+(?:s['’]agi|fau|y\s+a|y\s+av|semble|suffi|import|convien|exist)\w*)"
# The nouns a news text calls a company by ("le groupe", "l'éditeur", "la licorne").
_COMPANY_HEADS = (r"groupe|entreprise|société|firme|start-?up|jeune\s+pousse|géant|laboratoire"
                  r"|éditeur|fabricant|constructeur|compagnie|champion|spécialiste|licorne")
# A sentence that starts by naming the previous sentence's subject without its name.
_ANAPHOR_WORDS = (
    r"(?:(?:Le|La|L['’]|Les|Ce|Cette|Ces)\s*(?:deux\s+|trois\s+)?"
    r"(?:" + _COMPANY_HEADS + r"|partenaires|entreprises"
    # ("L'ESN": the entreprise de services du numérique, French news's word for an IT services
    # company, written in capitals)
    r"|sociétés|groupes|géants|acteurs|dernière?|derniers|dernières|trio|duo|tandem|ESN)s?\b"
    # ("Ce dernier" opening the sentence: the masculine of "Cette dernière"; inside one, it is
    # as often the company that sentence named last)
    r"|^[\s«\"“]*Ce\s+dernier\b"
    # (not the impersonal "il": "Il s'agit de la troisième acquisition de l'ESN")
    r"|Ils|Elles|Il" + _IMPERSONAL
    + r"|Elle|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Tous\s+deux|Toutes\s+deux)\b")
# A sentence without names that may still speak of the ones before.
_REFERS = re.compile(_ANAPHOR_WORDS + r"|\b(?:la|cette)\s+(?:jeune\s+pousse|start-?up|société"
                     r"|licorne|pépite)\b|\bl['’](?:int[ée]gr|utilis|adopt|empl)", re.IGNORECASE)
_REFERS_GATE = frozenset({"pousse", "start-up", "startup", "société", "licorne", "pépite",
                          "groupe", "entreprise", "firme", "géant", "laboratoire", "éditeur",
                          "fabricant", "constructeur", "compagnie", "champion", "spécialiste",
                          "partenaires", "entreprises", "sociétés", "groupes", "géants", "acteurs",
                          "dernier", "dernière", "derniers", "dernières", "ils", "elles", "il",
                          "elle", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "tous",
                          "toutes", "start-ups", "startups", "laboratoires", "éditeurs",
                          "fabricants", "constructeurs", "compagnies", "champions", "spécialistes",
                          "licornes", "firmes", "pousses", "trio", "duo", "tandem", "esn"})
# _ANAPHOR_WORDS' pronouns have no \b before them: "avril" matches "il", so test the ends.
_REFERS_ENDS = ("il", "ils", "elle", "elles", "-ci", "tous", "toutes")
_MODEL_PRONOUN_L = re.compile(r"\bl['’](?:int[ée]gr|utilis|adopt|empl)")


def _refers(sentence: str) -> bool:
    """_REFERS.search, after a cheap test of the sentence's words (most sentences have none)."""
    lower = sentence.lower()
    words = _WORD.findall(lower)
    if _REFERS_GATE.isdisjoint(words) and not any(w.endswith(_REFERS_ENDS) for w in words) \
            and not _MODEL_PRONOUN_L.search(lower):
        return False
    if len(lower) == len(sentence):
        return _REFERS_L.search(lower) is not None
    return _REFERS.search(sentence) is not None


# (its pattern has no upper-case escape such as \W or \S, so lowering it keeps its meaning)
_REFERS_L = re.compile(_REFERS.pattern.lower())
_ANAPHOR = re.compile(r"^\W*" + _ANAPHOR_WORDS)
# Nouns of things, events, people and times: opening a sentence, never the company spoken of
# ("L'opération vise…", "Le contrat prévoit…", "Le patron de l'entreprise a…").
_NOT_AGENTS = (
    r"(?:opération|contrat|accord|marché|modèle|projet|levée|tour|montant|partenariat|décision"
    r"|rapport|annonce|objectif|enjeu|idée|ambition|initiative|investissement|financement"
    r"|rachat|acquisition|transaction|fusion|rapprochement|cession|alliance|consortium"
    r"|coentreprise|co-entreprise|collaboration|entente|deal|offre|version|technologie|outil"
    r"|assistant|application|appli|chatbot|agent|logiciel|service|solution|produit|système"
    r"|puce|processeur|programme|usine|centre|campus|infrastructure|capacité|texte|document"
    r"|article|communiqué|étude|enquête|procès|litige|contentieux|plainte|dossier|sujet"
    r"|secteur|pays|gouvernement|ministère|ministre|régulateur|président|présidente|directeur"
    r"|directrice|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|dirigeant"
    r"|dirigeante|porte-parole|chercheur|chercheuse|analyste|responsable|secrétaire|prix|coût"
    r"|budget|chiffre|calendrier|lancement|déploiement|mouvement|choix|pari|virage|chantier"
    r"|partenaire|premier|première|second|seconde|dernier|dernière|même|reste|cas|fait|but"
    r"|plan|moment|mois|jour|an|année|semaine|trimestre|semestre|début|fin|lendemain|veille"
    r"|nombre|total|capital|résultat|bénéfice|volume|valorisation|somme|mesure|demande"
    r"|croissance|concurrence|industrie|intelligence|ia|question|problème|risque|objet|nom"
    # (adjectives before their noun: "La jeune entreprise" is the start-up, not read here)
    r"|nouveau|nouvelle|nouvel|prochain|prochaine|jeune|grand|grande|petit|petite|ancien"
    r"|ancienne|autre|seul|seule|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|matin|soir|été|hiver|printemps|automne|qui|quoi|tout|toute|plupart"
    r"|moitié|part|rôle|poids|montée|arrivée|départ|retrait|perspective|négociation"
    r"|discussion|signature|entrée|sortie|utilisation|usage|intégration|adoption|recours"
    r"|contrat-cadre|protocole|licence|brevet|données|site|réseau|cloud|serveur|data)")
_NOT_AGENT = re.compile(_NOT_AGENTS)
# Opening a sentence, a company's trade or nationality stands for the company spoken of
# ("L'enseigne travaille avec…", "L'américain a confirmé…"); elsewhere these nouns are too
# common to be read so, and followed by a name they only describe it ("L'américain Nvidia").
_SECTOR_START = re.compile(
    r"^\W*(?:L['’]|Le\s+|La\s+|Cette\s+|Ce\s+|Cet\s+)\s*(?:enseigne|opérateur|distributeur|banque"
    r"|établissement|armateur|transporteur|hébergeur|studio|motoriste|logisticien"
    r"|néobanque|fintech|assureur|équipementier|industriel|conglomérat|cabinet|agence|chaîne"
    r"|quotidien|plateforme|(?:sud-|nord-)?(?:américain|français|chinois|allemand|britannique"
    r"|japonais|coréen|californien|canadien|israélien|européen|indien|parisien|suédois"
    r"|italien|espagnol|néerlandais|suisse|finlandais|émirati)(?:e|ne)?)\b"
    r"(?!\s+(?:(?-i:[A-ZÀ-Þ])|d[eu]\s|d['’]))"
    # Any definite subject (an open vocabulary: "L'électricien", "Le cabinet de conseil", "Le
    # distributeur d'articles de sport"), after an opening adverbial or source when there is one
    # ("En 2024, le groupe…", "Selon Reuters, la banque…"): news prose names a company once,
    # then by what it is. Not the nouns of things and events (_NOT_AGENTS), nor a description
    # followed by the name it introduces ("Le fabricant coréen Kinetra").
    r"|^\W*(?:(?:[Ss]elon|[Dd]['’]après)\s[^,;:]{1,40},\s*|(?-i:[A-ZÀ-Þ][^,;:«»A-ZÀ-Þ]{1,40}),\s*)?"
    r"(?:[Ll]['’]\s*|[Ll]e\s+|[Ll]a\s+|[Cc]ette\s+|[Cc]et\s+|[Cc]e\s+)"
    r"(?:(?:jeune|grand|grande|petit|petite|ancien|ancienne)\s+)?"
    rf"(?!{_NOT_AGENTS}\b)(?-i:[a-zà-ÿ][a-zà-ÿ-]+)\b(?!['’])"
    r"(?!\s+(?:(?-i:[A-ZÀ-Þ0-9])|(?:d[eu]\s+|d['’]\s*)(?-i:[A-ZÀ-Þ])))", re.IGNORECASE)


# What a sentence opens on is asked of it up to a dozen times while it is read (each cue asks
# again); _SECTOR_START backtracks through its opening phrase each time: matched once.
@lru_cache(maxsize=8)
def _anaphor_start(sentence: str) -> re.Match[str] | None:
    return _ANAPHOR.match(sentence)


@lru_cache(maxsize=8)
def _sector_start(sentence: str) -> re.Match[str] | None:
    return _SECTOR_START.match(sentence)


@lru_cache(maxsize=8)
def _opens_on_anaphor(sentence: str) -> bool:
    return _anaphor_start(sentence) is not None or _sector_start(sentence) is not None \
        or _LEAD_PRONOUN.match(sentence) is not None


# A subject pronoun after an opening adverbial: "Sur ce marché, elle se mesure à X".
_LEAD_PRONOUN = re.compile(r"\W*[A-ZÀ-Þ][^,;:«»A-ZÀ-Þ]{1,40},\s*(?:il|elle|ils|elles)\b")

_ANAPHOR_IN = re.compile(r"(?:^|[\s,])" + _ANAPHOR_WORDS, re.IGNORECASE)
# The same on a lowered sentence, without ignoring case (faster; the pattern's escapes are all
# lowercase ones, \s and \b).
_ANAPHOR_IN_L = re.compile(_ANAPHOR_IN.pattern.lower())
# Between two names of one coordinated group ("X, Y et Z").
_COORD = re.compile(
    # (possessive: nothing after these blanks starts with one, and four runs of blanks that
    # may each take any share of a long gap made a failed match cubic in its length)
    # (", via son fonds F, ainsi que": the fund named between, no member: _parties)
    r"^(?:\s*,\s*via\s+(?:son|sa|leur)\s+[^,;:]{1,60},)?"
    r"\s*+(?:,|et|ou|&|ainsi\s+que|de\s+même\s+que)?\s*+(?:,\s*+)?(?:et|ou)?\s*+"
    r"(?:(?:le|la|les|l['’]|d['’]|de|du|des|à|au|aux|chez|qu['’])\s*)?"
    r"(?:(?:(?:sud-|nord-)?(?:français|française|américain|américaine|chinois|chinoise|britannique"
    r"|allemand|allemande|canadien|canadienne|japonais|japonaise|coréen|coréenne|indien|indienne"
    r"|suédois|suédoise|israélien|israélienne|néerlandais|néerlandaise|suisse|italien|italienne"
    r"|espagnol|espagnole|émirati|émiratie|finlandais|finlandaise|taïwanais|taïwanaise)|géant|groupe|start-up"
    r"|startup|société|firme|laboratoire|fonds|cabinet|constructeur|opérateur|assureur|banque"
    r"|éditeur|agence|plateforme|distributeur|fabricant|équipementier|conglomérat|spécialiste"
    r"|fintech|hébergeur|compagnie|chaîne|néobanque|enseigne|logisticien|armateur|motoriste"
    r"|transporteur|studio|industriel|sidérurgiste|pétrolier|chimiste"
    # ("et le fournisseur de cloud Y", "et l'intégrateur Y"; after a determiner only: in
    # "X, fournisseur de Y et de Z" the noun is X's apposition, not a list member's)
    r"|(?:(?<=le\s)|(?<=la\s)|(?<=l['’])|(?<=un\s)|(?<=une\s))"
    r"(?:fournisseur|intégrateur|champion|pionnier|entreprise|jeune\s+pousse|licorne)"
    # "et les investisseurs historiques Y et Z", "et le gestionnaire d'actifs Y"
    r"|investisseurs?|gestionnaires?\s+d['’]actifs)\s+"
    # "le fabricant de puces Y", "le spécialiste des serveurs Y": a trade and its goods
    # ("le spécialiste de la cybersécurité Y").
    r"(?:(?:de|des|du|d['’])\s*(?:la\s+|l['’])?[a-zà-ÿ-]+\s+)?"
    # "l'opérateur norvégien Y", "le laboratoire pharmaceutique danois Y": and its nationality.
    r"(?:(?:sud-|nord-)?[a-zà-ÿ]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|éen|éenne"
    r"|ique|ite|in|ine|ier|ière|e)s?\s+){0,2})?$",
    re.IGNORECASE)
# A list whose members each repeat the cue's preposition: "adoptés par X et par le groupe Y",
# "investi dans X et dans Y", "une avance sur X et sur le français Y" (coordination).
_COORD_REPEATED = re.compile(
    # ("des contrats avec X, pour 18 000 puces, et avec Y": past what the first one is for)
    r"^(?:\s*,[^,;:.()«»]{1,60}?(?=,))?\s*+,?\s*+(?:et|ou|ainsi\s+qu(?:e\s+|['’]\s*)|mais\s+aussi"
    r"|(?:et\s+)?puis)\s*(?:par|avec|sur|dans|contre|auprès)\s*"
    + _COORD.pattern[_COORD.pattern.index("(?:(?:le|la|les|l['’]|d['’]|de|du|des"):], re.IGNORECASE)
# "avec X, avec Y et avec Z": a comma and the repeated preposition, in a list "et" closes.
_COMMA_REPEATED = re.compile(
    r"^\s*,\s*(?:par|avec|sur|dans|contre|auprès)\s*"
    + _COORD.pattern[_COORD.pattern.index("(?:(?:le|la|les|l['’]|d['’]|de|du|des"):], re.IGNORECASE)


# "et du letton Y", "ainsi que l'américaine Y": after the conjunction, a member presented by
# one or two words of its own (no complement: "et les clients de Y" is no member).
_COORD_DESCRIBED = re.compile(
    r"^\s*+,?\s*+(?:et|ou|ainsi\s+que|tout\s+comme|mais\s+aussi)\s+(?:(?:et\s+)?(?:par|avec|sur|dans"
    r"|contre|auprès|aux\s+côtés)\s*)?(?:le|la|l['’]|les|du|de\s+la|de\s+l['’]|des|d['’]|de|au|à\s+la"
    r"|aux)\s*(?:(?!(?:de|du|des|d|à|au|aux|par|pour|avec|sur|dans|chez|en|entre|contre|et|ou|qui"
    r"|que|dont|son|sa|ses|leur|leurs|autres?|clients?|partenaires?|investisseurs?|actionnaires?"
    r"|concurrents?|rivaux|rivales?|filiales?|fondateurs?|patrons?|dirigeants?)\b)"
    r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?\s+){1,2}$"
    # ("et de la branche capital-risque de Y": a company's investing arm stands for it)
    r"|^\s*+,?\s*+(?:et|ou|ainsi\s+que)\s+(?:de\s+|d['’]|du\s+)?(?:la|le|l['’]|sa|son)\s*"
    r"(?:branche|bras|division|unité)\s+(?:[a-zà-ÿ'’-]+\s+){0,3}?(?:de|du|d['’])\s*$",
    re.IGNORECASE)


# "l'espagnol X, le belge Y et le suisse Z": each member presented by its nationality alone,
# in a list an "et" closes (_groups).
_COMMA_NATIONALITY = re.compile(
    r"^\s*+,\s*+(?:le|la|l['’])\s*(?!(?:banque|marque|fabrique|boutique|clinique|musique"
    r"|pratique|politique|technique|logistique|magazine|machine|usine|cuisine|domaine)\b)"
    r"(?:sud-|nord-)?[a-zà-ÿ]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|éen|éenne|ol|ole"
    r"|ique|in|ine|i|ec|que|sse|ge)\s+$", re.IGNORECASE)


def _coordination(gap: str) -> bool:
    """Whether `gap` joins two names of one coordinated list."""
    return _COORD.match(gap) is not None or _COORD_REPEATED.match(gap) is not None \
        or _COORD_DESCRIBED.match(gap) is not None


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3}"
_UNKNOWN_IN_LIST = re.compile(
    rf"^(?:\s*+,\s*|\s+(?:et|ou)\s+)(?:{_CAPITALISED}(?:\s*+,\s*|\s+(?:et|ou)\s+))+$")
_UNKNOWN_CLOSES = re.compile(
    rf"\s*(?:,\s*{_CAPITALISED}\s*)*,?\s+(?:et|ou)\s+{_CAPITALISED}(?!\s+(?:de|d['’])\s)")
# "X, Y et plusieurs business angels": members the text does not name close the list.
_UNNAMED_CLOSES = re.compile(r"\s*,?\s+(?:et|ainsi\s+que)\s+(?:(?:de|auprès\s+de|par|avec)\s+)?"
                             r"(?:plusieurs|d['’]autres|de\s+nombreux"
                             r"|quelques|divers|des)\s+[a-zà-ÿ]", re.IGNORECASE)
_OF = re.compile(r"^\s*(?:de|d['’]|du|signé\w*|made\s+by|par|chez)\s*(?:l['’])?\s*$", re.IGNORECASE)
_POSSESSIVE_MODEL = re.compile(
    r"(?:son|sa|ses|leur|leurs)\s+(?:propre\w*\s+)?(?:nouveau\w*\s+|dernier\w*\s+)?"
    r"(?:modèle|modèles|IA|assistant|chatbot|LLM|famille|série|version|agent)\w*\s*(?:,\s*)?$",
    re.IGNORECASE)
# A description standing for the company the article is about.
_DESCRIPTION = re.compile(
    r"\b(?:la|cette)\s+(?:jeune\s+pousse|start-?up|société|licorne|pépite)\b", re.IGNORECASE)
_DESCRIPTION_L = re.compile(_DESCRIPTION.pattern)
_NAMED_NEXT = re.compile(r"^\s*(?:[a-zà-ÿ-]+\s+){0,3}[A-ZÀ-ÖØ-Þ0-9]")  # ("la start-up 42dot")
# A name governed by a preposition is not the sentence's subject.
_GOVERNED = re.compile(
    r"(?:^|[\s,'’])(?:de|d['’]|du|des|avec|à|au|aux|par|pour|sur|dans|chez|contre|entre"
    r"|auprès\s+d[eu'’]?|selon|vers|face\s+à|comme|tels?\s+que|telles?\s+que|tels?\s+qu['’])"
    r"\s*(?:l['’]|la|le|les|un|une|des)?"
    r"\s*(?:[a-zà-ÿ-]+\s+){0,3}$", re.IGNORECASE)
_GOVERNED_L = re.compile(_GOVERNED.pattern)
# "Le groupe de luxe LVMH", "Le japonais SoftBank": a sentence opening on a description.
# (not a passive's agent or another governed name: "L'opération est menée par X")
_DESCRIBED_START = re.compile(
    r"^\W*(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:(?!(?:est|a|ont|sont|était|sera|par|avec|pour|sur"
    r"|dans|chez|à|au|aux|auprès|entre|contre|vers|selon|comme|et|ou|qui|que"
    # (a clitic or an adverb opens a verb phrase: "L'assureur lui préfère désormais X")
    r"|lui|leur|se|ne|y|désormais|déjà|aussi|également|encore|toujours)\s)[a-zà-ÿ-]+\s+)"
    r"{0,6}$")
# A verb without its own subject: a gerund or an infinitive after "pour", "de", "afin de".
_NONFINITE = re.compile(
    r"(?:\ben\s+(?:\w+ment\s+)?(?:y\s+)?|\b(?:pour|afin\s+d['’e]|de|d['’])\s*(?:\w+ment\s+)?"
    r"(?:l['’]|s['’]|se\s+)?|\baprès\s+(?:l['’]|les\s+)?avoir\s+(?:[\w-]+\s+)?"
    r"|\baprès\s+)$", re.IGNORECASE)
# "après avoir longtemps utilisé M", "après s'être appuyé sur M": a use that is over.
_AFTER_HAVING = re.compile(r"\baprès\s+(?:avoir\s+(?:[\w-]+\s+)?)?$",
                           re.IGNORECASE)
# "l'intégrer", "son intégration": a pronoun standing for the model named before.
# "le modèle", "ce modèle" with no name or maker after it: the model named before.
_THE_MODEL = re.compile(r"\s+(?:\w+ment\s+)?(?:le|ce|ces|les)\s+(?:nouveaux?\s+|mêmes?\s+)?"
                        r"modèles?\b(?!\s*(?:de|d['’]|du|des|maison|propre)\b)(?!\s+(?-i:[A-Z0-9]))",
                        re.IGNORECASE)
_WHOSE_PRONOUN = re.compile(r",\s*dont\s+(?:il|elle|ils|elles)\s+(?:(?:\w+ment|désormais|déjà"
                            r"|aussi|également)\s+)*$", re.IGNORECASE)
_PRODUCT_START = re.compile(r"\W*(?:L['’]|Le\s+|La\s+|Cet\s+|Cette\s+|Ce\s+)\s*(?:assistant"
                            r"|outil|application|appli|chatbot|agent|logiciel|service)\b"
                            r"(?!\s+(?:(?-i:[A-ZÀ-Þ])|d[eu]\s|d['’]))[^,;:]*$", re.IGNORECASE)
# A sentence opening on a product with no owner named: "Son assistant, qui …,", "L'outil",
# "Le moteur d'analyse", "La solution" (the cue follows; "L'assistant de X" names its owner).
_PURCHASE_TALKS = re.compile(r"\s+(?:de\s+|d['’])(?:rachat|reprise|acquisition|cession)"
                             r"(?:\s+\w+){0,3}?\s+avec\b", re.IGNORECASE)
_STARTUP_AFTER = re.compile(
    r"[^,;:.]*?\bavec\s+(?:la|cette)\s+(?:start-?up|jeune\s+pousse|pépite)\b", re.IGNORECASE)
_SUIT_DROPPED_AFTER = re.compile(
    r"[^;:.]{0,80}?\bavant\s+(?:d['’]abandonner|de\s+retirer|de\s+renoncer\s+à)\s+"
    r"(?:les|ses|sa|leurs?|la|une)\s+(?:poursuites|plaintes?|procédures?|actions?)\b",
    re.IGNORECASE)
_GAVE_UP_AFTER = re.compile(
    r"[^;:.]{0,80}?\bavant\s+(?:d['’]y\s+renoncer|de\s+l['’](?:abandonner|écarter|délaisser"
    r"|remplacer))\b", re.IGNORECASE)
_PREFERRED = re.compile(r"\b(?:lui|leur)\s+(?:a\s+|ont\s+)?préf(?:è|é)r(?:e|ent|é)\b",
                        re.IGNORECASE)
_CLIENTS_TRIED = re.compile(r"\bl['’](?:ont|a)\s+(?:\w+\s+)?(?:test|utilis|adopt|intégr|déploy"
                            r"|essay|choisi|retenu)", re.IGNORECASE)
_PRODUCT_NOUN_WORDS = ("assistant", "outil", "application", "appli", "chatbot", "agent", "logiciel",
                       "service", "solution", "moteur", "plateforme", "produit", "système", "robot")
_PRODUCT_NOUNS = "(?:" + "|".join(_PRODUCT_NOUN_WORDS) + ")"
_OWN_PRODUCT_HEAD = (
    r"\W*(?:(?:Son|Sa|Ses|Leurs?)\s+|(?:L['’]|Le\s+|La\s+))\s*(?:nouvel(?:le)?\s+|nouveau\s+"
    r"|nouveaux\s+|nouvelles\s+)?"
    rf"(?:{_PRODUCT_NOUNS}|offre)s?\b(?!\s+(?:(?-i:[A-ZÀ-Þ])|d[eu]\s+(?-i:[A-ZÀ-Þ])"
    r"|d['’](?-i:[A-ZÀ-Þ])))")
# A product noun as a whole word, singular or plural (what r"\b{_PRODUCT_NOUNS}s?\b" finds), for
# a test of the sentence's words instead of a search of every sentence.
_PRODUCT_FORMS = frozenset(_PRODUCT_NOUN_WORDS + tuple(w + "s" for w in _PRODUCT_NOUN_WORDS))
_OWN_PRODUCT_OPENS = re.compile(_OWN_PRODUCT_HEAD, re.IGNORECASE)
_OWN_PRODUCT_START = re.compile(
    _OWN_PRODUCT_HEAD + r"(?:\s+(?:d['’]|de\s+|du\s+)?[a-zà-ÿ-]+){0,3}?"
    # (or the cue inside the relative: "Ses outils d'analyse, qui combinent M et N")
    r"(?:(?:\s*,\s*(?:qui|dont)\b[^;:]{0,120}?,)?\s+(?:\w+\s+){0,2}|\s*,\s*qui\s+)$",
    re.IGNORECASE)
_OWN_PRODUCT_APPOSED = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+(?:[a-zà-ÿ'’-]+\s+){1,4}?"
                                  r"[a-zà-ÿ'’-]+\s*,\s*(?:(?-i:[A-ZÀ-Þ])[\w-]*\s+)?$",
                                  re.IGNORECASE)
_BUILT_ON = re.compile(r"(?:construit|bâti|dérivé|affiné|adapté|bas[ée]|fondé|à\s+partir|reposant)",
                       re.IGNORECASE)
_MADE = re.compile(r"\b(?:a|ont)\s+(?:\w+ment\s+)?(?:lancé|présenté|dévoilé|publié|développé"
                   r"|conçu|sorti|entraîné|mis\s+en\s+ligne)\b|\b(?:lance|présente|dévoile|publie"
                   r"|développe)\b", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"(?:\bl['’]|\b(?:son|sa|leur)\s+)$", re.IGNORECASE)
# "les modèles ouverts de X": the company is the models' maker, not a party of the use.
_MODELS_OF = re.compile(
    r"\bmodèles?\b(?:\s+[^\s,;.]+){0,3}?\s+(?:de|d['’]|du)\s*(?:l['’])?\s*$", re.IGNORECASE)
# The verb a subject did before the object it is followed by: "X a lancé son modèle, ".
_DID_THEN = re.compile(r"\s+(?:a|ont|avait|avaient)\s+(?![^;:()«»]{0,80}?\bqu)[^;:()«»]{0,80}",
                       re.IGNORECASE)
_ELIDED_AND = re.compile(r",\s*et\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+)?"
                         r"(?:(?:\w+ment|aussi|déjà|désormais)\s+)?$", re.IGNORECASE)
_ACCOMPANIED_IN = re.compile(r"\s*(?:dans|sur|pour|vers)\s", re.IGNORECASE)
# "…, dont (le dernier-né) M": a member of the subject's models set off by commas.
_AMONG_BEFORE = re.compile(r",\s*dont\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)
_ASIDE_THEN_PASSIVE = re.compile(
    r"\s*,\s*(?:est|sont|était|étaient|a\s+été|ont\s+été|sera|seront)(?:\s+(?:\w+ment|déjà"
    r"|aussi|désormais|également|notamment))*\s+", re.IGNORECASE)
# "par plusieurs grands cabinets de Tokyo, dont X": the agents counted, then named.
_AGENTS_AMONG = re.compile(
    r"\s+(?:plusieurs|de\s+nombreux|de\s+nombreuses|des|certains|certaines|quelques)\s+"
    r"(?-i:[a-zà-ÿ'’-]+)(?:\s+(?-i:[a-zà-ÿ'’-]+)){0,5}(?:\s+(?:de|d['’]|du)\s*(?-i:[A-ZÀ-Þ][\w-]*))?"
    r"\s*,?\s*"
    r"(?:dont|notamment|parmi\s+lesquel(?:le)?s|comme)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
    r"(?-i:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:ne|n['’])\s*(?:[^\s,;:.]+\s+){0,2}?(?:pas|plus|jamais|guère)"
                             r"\b[^,;:.]{0,20}$", re.IGNORECASE)
_MODELS_GIVEN = re.compile(
    r"^\s*,?\s*(?:notamment|dont|comme|en\s+particulier|à\s+commencer\s+par|tels?\s+que"
    r"|et\s+(?:en\s+particulier|notamment))?\s*(?:le|la|les|l['’])?\s*$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:sa|son|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+){0,2}$",
                                re.IGNORECASE)
# "Ses agents, construits sur M, sont déployés chez X": the possessor acts.
_POSSESSED_SUBJECT = re.compile(
    r"\W*(?:Ses|Son|Sa|Leurs?)\s+(?:[a-zà-ÿ-]+(?:\s*,[^,;:]{0,80},)?\s+){1,3}$")
_POSSESSIVE_ANY = re.compile(r"\b(?:sa|son|ses|leur|leurs)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\W*(?:[\w-]+[\s,]+){0,3}?(?:il|elle|celui-ci|celle-ci)\b"
                            r"|^\W*(?:[\w-]+[\s,:]+){0,3}?(?:le|ce)\s+modèle\b", re.IGNORECASE)
_DESCRIPTION_GATE = re.compile("pousse|start|société|licorne|pépite")
_ANAPHOR_KEYS = frozenset((
    "groupe", "entreprise", "société", "firme", "start-up", "startup", "pousse", "géant",
    "laboratoire", "éditeur", "fabricant", "constructeur", "compagnie", "champion", "spécialiste",
    "licorne", "partenaires", "entreprises", "sociétés", "groupes", "géants", "acteurs", "dernier",
    "dernière", "derniers", "dernières", "ils", "elles", "il", "elle", "celui-ci", "celle-ci",
    "ceux-ci", "celles-ci", "tous", "toutes", "startups", "trio", "duo", "tandem", "esn"))
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
# Cheap tests for a sentence that can only relate a party to what the sentences before named.
_JOINS = re.compile(r"particip|compl[éè]t|joint|suivi|abond|contribu|rejoint|\bau\s+pot\b"
                    r"|souscripteurs"
                    r"|\bau\s+capital\s*[,.;]|\bm[eè]n\w*\s+(?:le|la|l['’]|ce|cette)\s*(?:tour|opération"
                    r"|levée|financement)", re.IGNORECASE)
_MODEL_REFERS = re.compile(r"\bl['’]\w|\b(?:son|sa|leur)\s|^\W*(?:[\w-]+[\s,]+){0,3}?(?:il|elle)\b"
                           r"|\bmodèle\b|\bs['’]en\s+ser[tv]", re.IGNORECASE)
_MODEL_REFERS_L = re.compile(_MODEL_REFERS.pattern)
# The lead investor's agent phrase: "mené par X", "co-dirigée par le fonds X".
_LED_BY = re.compile(r"\b(?:co-?)?(?:men|emmen|dirig|pilot|condui)\w*\s+par\s+"
                     r"(?:(?:le|la|les|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,3}$", re.IGNORECASE)
_ROUND_WORDS = re.compile(r"\b(?:tour|levée|opération|financement|série\s+[A-F])\b", re.IGNORECASE)
# After a round's joining verb, what brings in more investors rather than the company funded.
_CO_INVESTORS = re.compile(r"\b(?:aux\s+côtés|avec|ainsi\s+qu|tout\s+comme|rejoint\w*\s+par"
                           r"|de\s+même\s+qu|au\s+même\s+titre\s+qu|à\s+l['’]instar\s+d"
                           r"|en\s+compagnie\s+d)", re.IGNORECASE)
_PARTICIPLE_OPENING = re.compile(r"\W*(?:Co-?)?(?:Mené|Emmené)e?\s+par\b")
# The same participle and its agent, set off before the sentence's subject: "Menée par X, ".
_PARTICIPLE_LEAD = re.compile(r"\W*(?:Co-?)?(?:Mené|Emmené)e?s?\s+par\s[^,;:.]{1,60},\s*")


def _round_opens(sentence: str) -> bool:
    """Whether the sentence's subject is a funding round: opening it ("L'opération a été
    suivie par Y") or after a fronted participle naming its lead ("Menée par X, l'opération a
    été suivie par Y")."""
    if _ROUND_OPENS.match(sentence):
        return True
    lead = _PARTICIPLE_LEAD.match(sentence)
    return lead is not None and _ROUND_OPENS.match(sentence, lead.end()) is not None
# What joins more investors to a funding round's lead.
_MORE_INVESTORS = re.compile(
    # ("auprès de X, qui mène le tour, ainsi que de Y", "du fonds X, chef de file, et de Y":
    # the lead's own role said between)
    # ("mené par Mitsubishi UFJ (MUFG), auquel ont participé Y": past the short name's
    # parenthesis)
    r"^\)?(?:\s*,\s*(?:qui\s+(?:\w+\s+)?(?:m[eè]n\w*|pilot\w*|dirig\w*|condui\w*)\s+(?:le|la|l['’]"
    r"|cette|ce)\s*(?:tour|opération|levée|financement|série)(?:\s+[^\s,;:.]+){0,3}"
    r"|(?:le\s+|en\s+|comme\s+)?chef\s+de\s+file|en\s+tête"
    # (an apposition that presents the lead: "par X, le bras d'investissement du groupe, et par Y")
    # ("auprès de X, le fonds de Y, qui mène l'opération, ainsi que de Z": two asides)
    r"|(?:le|la|l['’]|un|une|son|sa)\s*[^,;:()«»]{1,60}?)\s*(?=,)){0,2}"
    r"\s*,?\s*(?:et\s+)?(?:avec\s+la\s+participation\s+d[eu'’]?|aux\s+côtés\s+d[eu'’]?"
    # ("auprès d'X, qui mène le tour, de Y et de Z": the preposition repeated after a comma)
    r"|(?<=,\s)d[eu'’]|(?<=,)d[eu'’]"
    r"|accompagné\w*\s+(?:par|d[eu'’]?|des)|avec\s+le\s+soutien\s+d[eu'’]?"
    r"|ainsi\s+qu['’e]|avec|et\s+d[eu'’]?|et\s+par|suivi\w*\s+par|rejoint\w*\s+par"
    # ("auquel participent (ont participé, participeront) Y et Z")
    r"|(?:auquel|à\s+laquelle)\s+(?:(?:ont|a|avaient|avait)\s+)?(?:\w+ment\s+|aussi\s+)?"
    r"(?:particip|contribu)\w*)\s*"
    r"(?:l['’]|le|la|les|des|ses|leurs)?\s*(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
# A sentence about a funding round that does not name the funded company.
_ROUND_OPENS = re.compile(
    r"\W*(?:le|la|l['’]|ce|cette|ce\s+nouveau|cette\s+nouvelle)\s*(?:nouvel(?:le)?\s+)?"
    r"(?:tour|levée|opération|série\s+[A-F]|financement|augmentation\s+de\s+capital)\b",
    re.IGNORECASE)
_FUNDING = re.compile(
    r"\b(?:lève|levé|lèvent|levée|lever|lèvera|lèverait|tour\s+de\s+(?:table|financement)"
    r"|série\s+[A-F])\b",
    re.IGNORECASE)
_INTO_PLACE = re.compile(r"\s*(?:\w+ment\s+)?(?:à|au|aux|dans)\s+(?:l['’]|la\s+|le\s+|les\s+|son\s+"
                         r"|sa\s+|ses\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:il|elle|ils|elles)\s", re.IGNORECASE)
_MONEY = re.compile(r"\d|millions?\b|milliards?\b|invest|inject|capital|participation|financ"
                    r"|actionna|fonds\b|levée", re.IGNORECASE)
# Where a clause ends: what follows belongs to another verb.
# A relative whose object is the name before it: "M, qu'elle combine à N", "M, que le groupe".
_OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:qu['’]|que\s)", re.IGNORECASE)
_PRONOUN_RELATIVE = re.compile(r"\s*,\s*qu['’]\s*(?:il|elle|ils|elles)\s+(?:\w+ment\s+)?",
                               re.IGNORECASE)
# A passive's agent right after a participle: "rachetée par X" (not "par ailleurs").
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$",
                             re.IGNORECASE)
# ("financé jusqu'ici par X", "soutenue depuis 2021 par X": an adverbial before the agent)
_BY_AGENT = re.compile(rf"{_AGENT_GAP}\s+par\b(?!\s+(?:ailleurs|exemple|la\s+suite))",
                       re.IGNORECASE)
# Talks about another kind of deal: "en discussion pour investir dans Y", "en vue de racheter".
_TALKS_ABOUT = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:pour|afin\s+d['’e]|en\s+vue\s+d['’e])\s*(?:\w+ment\s+)?"
    r"(?:investir|racheter|acquérir|reprendre|financer|injecter"
    r"|entrer\s+(?:au|à\s+son|à\s+leur)\s+capital"
    # ("pour mener (participer à) une nouvelle levée dans la société": the round's own cue)
    r"|mener\s+(?:une|la|un|le)\s+(?:nouvelle\s+|nouveau\s+)?(?:levée|tour)"
    r"|participer\s+à\s+(?:une|la|un)\s+(?:nouvelle\s+|nouveau\s+)?(?:levée|tour)"
    r"|prendre\s+(?:une\s+)?(?:participation|part|le\s+contrôle))\b"
    r"|\s*(?:\w+\s+){0,3}?(?:d['’]|sur\s+)(?:un|une|l['’]|le|la)\s*(?:éventuel\w*\s+|possible\s+"
    r"|nouv\w*\s+)?"
    r"(?:rachat|acquisition|achat|reprise|investissement|prise\s+de\s+participation"
    r"|entrée\s+au\s+capital|tour\s+de\s+table|tour\b|levée)\b"
    # ("négocierait un investissement dans Y", "étudier une prise de participation": the
    # deal talked about is the verb's direct object)
    r"|\s+(?:\w+ment\s+|désormais\s+|aussi\s+|déjà\s+)?(?:un|une|l['’]|son|sa|leur)\s*"
    r"(?:éventuel\w*\s+|possible\s+|nouv\w*\s+)?(?:rachat|acquisition|investissement"
    r"|prise\s+de\s+participation|entrée\s+au\s+capital|tour\s+de\s+table)\b", re.IGNORECASE)
# A verb whose object is a clause: "a annoncé (mardi) qu'il …", "présente que".
_THAT_CLAUSE = re.compile(r"(?:\s+(?:\w+ment|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche"
                          r"|hier|déjà|aussi|également|d['’]ores\s+et\s+déjà))*\s+qu(?:e\b|['’])",
                          re.IGNORECASE)
# A deal signed to buy: "X a signé un accord pour acquérir Y", "qui a signé pour reprendre la
# start-up": the purchase is what was signed (its own cue reads it), no partnership.
_SIGNED_TO_BUY = re.compile(
    r"(?:\s+(?:un|une|le|l['’]|son|leur)\s*(?:[a-zà-ÿ-]+\s+){0,3}?)?\s*(?:pour|afin\s+d['’e]"
    r"|en\s+vue\s+d['’e])\s*(?:\w+ment\s+)?(?:l['’]|le\s+|la\s+|les\s+)?(?:racheter|acquérir"
    r"|reprendre|absorber|avaler|prendre\s+le\s+contrôle|s['’]emparer)\b", re.IGNORECASE)
_SIGNING = re.compile(r"sign|accord|contrat|protocole|promesse", re.IGNORECASE)
# A phrase set off by a comma after the clause, said of its subject: ", face à des concurrents
# comme Y", ", en vertu d'un accord avec Y", ", dans le cadre d'un partenariat avec Y".
_DETACHED_PHRASE = re.compile(
    r",\s*(?:\w+ment\s+)?(?:face\s+à|en\s+vertu\s+d|dans\s+le\s+cadre\s+d|aux\s+termes\s+d"
    r"|grâce\s+à|à\s+la\s+faveur\s+d|au\s+titre\s+d)\b[^,;:()«»]*$", re.IGNORECASE)
# Talks about a deal with a party, the deal named by its noun ("discute avec X d'un
# investissement", "d'une éventuelle reprise avec Y"), and a name after the noun that makes
# the deal someone else's ("d'un investissement dans Y": the investment cue reads it).
_TALKS_DEAL = re.compile(
    # ("pour un rachat", "en vue d'une reprise", "en vue du rachat de ce dernier")
    r"\b(?:(?:d['’]|sur\s+|pour\s+|en\s+vue\s+d['’])(?:un|une|l['’]|le|la|son|sa|leur)"
    r"|(?:en\s+vue\s+|au\s+sujet\s+)?du\s)\s*(?:éventuel\w*\s+|possible\s+"
    r"|nouv\w*\s+)?(?:(?P<money>investissement|prise\s+de\s+participation|entrée\s+au\s+capital"
    r"|financement|apport\s+de\s+fonds)|rachat|reprise|acquisition|adossement)\b", re.IGNORECASE)
# "…avec Y en vue du rachat de ce dernier": the one spoken of last is bought.
_THE_LATTER = re.compile(r"\s+(?:de|d['’])\s*(?:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci)\b",
                         re.IGNORECASE)
# Talks to buy, said by a verb after the other party: "avec Y en vue de le racheter" (the
# subject buys Y), "avec Y, qui envisageait de l'absorber" (Y buys the subject).
_TALKS_TO_BUY = re.compile(
    r"[^;:.]{0,60}?(?:\b(?:pour|afin\s+de|en\s+vue\s+de)|,\s*(?P<who>qui)\b[^;:.,]{0,40}?\bd[e'’])"
    r"\s*(?:l['’]|le\s+|la\s+)(?:racheter|acquérir|absorber|reprendre|avaler)\b", re.IGNORECASE)
# Talks to fund a round, said by a verb after the party talked with: "avec Y pour reprendre
# (mener, boucler) le tour", "afin de participer à la levée".
_TALKS_TO_FUND = re.compile(
    r"\s*(?:pour|afin\s+de|en\s+vue\s+de)\s+(?:reprendre|mener|conduire|piloter|boucler|compléter"
    r"|participer\s+à|souscrire\s+à)\s+(?:le|la|l['’]|ce|cette|son|sa|leur|un|une)\s*(?:nouveau\s+"
    r"|nouvelle\s+|prochain\s+|prochaine\s+|futur\s+|future\s+)?(?:tour|levée|financement"
    r"|série\s+[A-F]|augmentation\s+de\s+capital)\b", re.IGNORECASE)
# A stake in the party talked with, the talks' purpose said after it: "avec Y pour entrer à son
# capital", "pour intégrer …, voire pour entrer au capital".
_TALKS_TO_ENTER = re.compile(r"[^;:.]{0,120}?\b(?:pour|voire|afin\s+d['’e])\s+(?:pour\s+)?"
                             r"(?:entrer|monter)\s+(?:à\s+son|au|dans\s+son)\s+capital\b(?!\s+d)",
                             re.IGNORECASE)
_DEAL_PREPOSITIONS = frozenset({"d", "sur", "pour", "du"})
_DEAL_TARGET = re.compile(r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:dans|de|d['’]|du|par|chez|en)\s*"
                          r"(?:la\s+|le\s+|l['’])?(?:[a-zà-ÿ-]+\s+){0,2}(?-i:[A-ZÀ-Þ])")
# A relative clause opened right after a name and closed by a comma before the main verb.
# (A participle with its agent, "Le groupe, soutenu par le fonds X, signe", closes the same way:
# a participial apposition; its agent is not the main verb's subject.)
_RELATIVE_HEAD = re.compile(r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*(?:qui|dont|(?:\w+ment\s+)?[a-zà-ÿ-]+"
                            r"(?:é|ée|és|ées|u|ue|us|ues)\s+(?:[\w'’-]+\s+){0,4}?par"
                            # ("La licorne, valorisée 4 milliards lors d'une levée menée par
                            # X et Y, avait racheté Z": any participle's clause)
                            r"|(?:\w+ment\s+)?[a-zà-ÿ-]{3,}(?:é|ée|és|ées))\b")
# (its last comma, then at most three words to the cue)
_RELATIVE_TAIL = re.compile(r",\s*(?:[a-zà-ÿ'’-]+\s+){0,3}$")
_RELATIVE_CLOSED = re.compile(_RELATIVE_HEAD.pattern + r"(?:[^;:.]|\.(?=\d))*"
                              + _RELATIVE_TAIL.pattern)
# What ends the clause's run of text before that comma (not a decimal point: "4.5").
_RELATIVE_STOP = re.compile(r"[;:]|\.(?!\d)")
# A participle's aside with no relative or agent of its own, to its first comma (a decimal's
# aside): "X, valorisée 4,4 milliards lors d'une levée menée par Y et Z,".
_PARTICIPLE_ASIDE = re.compile(r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*(?!qui\b|dont\b)(?:\w+ment\s+)?"
                               r"[a-zà-ÿ-]{3,}(?:é|ée|és|ées)\b(?![^;:.,]*\bpar\b)"
                               r"(?:[^;:.,]|(?<=\d)[.,](?=\d))*,")
_CLAUSE_BREAK = re.compile(
    r",\s*(?:tandis|alors|mais|qui|dont|où|lorsque|quand|car|puisque|bien\s+que|même\s+si)\b"
    r"|\b(?:tandis\s+que|alors\s+que|mais)\b"
    # "pour fournir ses iPhone, après avoir écarté Y": Y is not what is provided
    r"|,\s*après\s+(?:avoir|être)\b"
    # "a choisi une autre voie : il a assigné Y": a colon opening a clause of its own
    r"|:\s*(?:il|elle|ils|elles)\s", re.IGNORECASE)
_SENTENCE_END = re.compile(
    # (a quote closing after the stop, French style with a space: "continent. » Le groupe")
    r"(?<=[.!?…])(?:\s*[\"»”’)])*\s+(?=[\"«“(]?\s*(?:[A-ZÀ-ÖØ-Þ0-9«\"“(]|[a-z]{1,3}[A-Z]))"
    r"|\n\s*\n|\n(?=\s*(?:[-*+•#>]|\d+[.)]))")
_CLAUSE = re.compile(r"[,;:()«»\"“”—–]|\s-\s|\bmais\b|\btandis\s+que\b|\balors\s+que\b"
                     r"|\bqui\b|\bdont\b|\baprès\s+(?:l['’]|les?\s|la\s|des\s|plusieurs\s|de\s)"
                     r"|\bet\s+(?=[a-zà-ÿ]+(?:é|ée|és|ées)\s)",
                     re.IGNORECASE)


# ---- parties


@dataclass(frozen=True, slots=True)
class _Party:
    start: int  # in the sentence
    end: int
    kind: str
    name: str
    attached: bool = False  # the maker named after its model ("Claude d'Anthropic"), not a party


_AND_OF_FORMER = re.compile(r"\s*(?:,|et|ou)\s*(?:de\s+|d['’]|du\s+)?")
_BARE_COMMA = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,|et\b|ou\b)")
# Where a company's people come from is no party of its deals: "d'anciens chercheurs d'OpenAI",
# "deux anciens de Meta", "d'ex-salariés de Google", "des transfuges de DeepMind".
# So is the brand a parent owns, named to present the parent: "Iliad, maison mère de Free,".
_FORMER_OF = re.compile(
    r"\b(?:anciens?|anciennes?|ex-[a-zà-ÿ]+|transfuges?|issue?s?|maison\s+mère|société\s+mère)"
    # (not "ancien partenaire de Google": a former partner is a party, of an ended deal)
    r"(?!\s+(?:partenaires?|alliés?|clients?|fournisseurs?|concurrents?|rivales?|rivaux)\b)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?:de\s+|d['’]\s*|du\s+|chez\s+)$", re.IGNORECASE)
# A word every _FORMER_OF match holds: a sentence without any needs no search per name.
_FORMER_WORDS = ("ancien", "ex-", "transfuge", "issu", "mère")
_FORMER_WORD = re.compile("|".join(_FORMER_WORDS), re.IGNORECASE)




def _parties(sentence: str, mentions: Sequence[Mention]) -> list[_Party]:
    """The named parties of a sentence, in order; repeats side by side merged, sources dropped."""
    out: list[_Party] = []
    former_end = -1
    lower = sentence.lower()
    # (case-blind search on every sentence is slow; in the lowered text the pattern's words are
    # plain substrings, found by str's search, but for the letters re's ignore-case folds
    # otherwise: "İ" changes the length, "ı", "ſ")
    former = (any(word in lower for word in _FORMER_WORDS) if len(lower) == len(sentence)
              and "ı" not in lower and "ſ" not in lower
              else _FORMER_WORD.search(sentence) is not None)
    via = "via" in lower  # (once: a search of the whole sentence per name is quadratic)
    for m in mentions:
        if m.kind not in (COMPANY, MODEL):
            continue
        before = sentence[max(0, m.start - 50) : m.start]
        lower_before = before.lower()
        if (lower_before.rstrip().endswith(_SOURCE_ENDS) or "selon" in lower_before
                or "après" in lower_before or "analyste" in lower_before) \
                and _SOURCE_BEFORE.search(before):
            continue
        if (former_end >= 0 and _AND_OF_FORMER.fullmatch(sentence, former_end, m.start)
                # ("fondée par deux anciens de Criteo, Voyaji a levé": a bare comma goes on
                # with the list only where the list goes on after the name, "de Google, Meta
                # et OpenAI"; else the name opens the main clause)
                and (not _BARE_COMMA.fullmatch(sentence, former_end, m.start)
                     or _LIST_GOES_ON.match(sentence, m.end))) or (
                m.kind == COMPANY and former
                and _FORMER_OF.search(sentence, max(0, m.start - 60), m.start)):
            # "fondée par d'anciens chercheurs d'OpenAI (et de Meta)": where its founders
            # worked, no party to what the sentence says
            former_end = m.end
            continue
        former_end = -1
        if out and out[-1].end >= m.start:
            continue
        if out and m.kind == COMPANY and via \
                and _THROUGH_ITS_FUND.fullmatch(sentence, out[-1].end, m.start):
            # "Nvidia, via son fonds NVentures, ainsi que X…": the company acts, its fund is
            # how (the list goes on past it: _COORD).
            continue
        out.append(_Party(m.start, m.end, m.kind, party_name(m)))
    return out


_THROUGH_ITS_FUND = re.compile(r"\s*,\s*via\s+(?:son|sa|leur)\s+(?:fonds|bras|branche|filiale)"
                               r"(?:\s+[a-zà-ÿ'’-]+){0,3}?\s+", re.IGNORECASE)


def party_name(mention: Mention) -> str:
    """The name a relation gives a mention: the canonical one, but a model by family and version
    as written when the gazetteer's name is the family's ("Command R+" under "Command",
    "Codestral" under "Mistral (models)")."""
    if mention.kind != MODEL:
        return mention.canonical
    written = " ".join(mention.text.split())
    canonical = mention.canonical
    if "(" in canonical or (written != canonical and written.startswith(canonical + " ")) or (
            # ("FLUX.1" under "Flux": the family's name with its version, as written)
            written.casefold().startswith(canonical.casefold())
            and _VERSION_AFTER.match(written, len(canonical))):
        _WRITTEN.setdefault(written, canonical)
        return written
    return canonical


_VERSION_AFTER = re.compile(r"[.-]?\d")
# A model's name as written -> its gazetteer name, so that its maker is still known.
_WRITTEN: dict[str, str] = {}


_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)")


_RELATIVE_THEN_AND = re.compile(r"\s*,\s*qui\s[^,;:.()«»]{1,80},\s*et\s+(?:(?:le|la|les|l['’])\s*)?"
                                r"(?:[a-zà-ÿ-]+\s+){0,2}")
_CONJUNCTION = re.compile(r"\b(?:et|ou|ni|puis|voire|ainsi\s+qu|de\s+même\s+qu|tout\s+comme"
                          r"|mais\s+aussi)\b")


_CLAUSE_AND = re.compile(r"\s*,\s*(?:et|mais)\s+(?:l['’]|le\s+|la\s+|les\s+)?"
                         r"(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_CLAUSE_AND_BEFORE = re.compile(r"[,;]\s*(?:et|mais)\s+(?:l['’]|le\s+|la\s+|les\s+)?"
                                r"(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_UNNAMED_SUBJECT = re.compile(
    r"[,;]\s*(?:et|mais)\s+(?-i:[A-ZÀ-Þ])[\w’'-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w’'-]*)?\s+"
    r"(?:(?:l['’]|les\s+|y\s+|en\s+|lui\s+|leur\s+|s['’]|se\s+|ne\s+|n['’])\s*)?"
    r"(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|sera|seront|va|vont)\b")
# A subject's verb right after it: "Y l'a intégré", "Y s'est joint", "Y a signé".
_SUBJECT_VERB = re.compile(r"\s+(?:(?:l['’]|les\s+|y\s+|en\s+|lui\s+|leur\s+|s['’]|se\s+"
                           r"|ne\s+|n['’])\s*)?(?:a|ont|avait|avaient|aurait|auraient|est|sont"
                           r"|était|étaient|sera|seront|va|vont)\b", re.IGNORECASE)


def _groups(sentence: str, parties: list[_Party]) -> list[list[_Party]]:
    """Coordinated runs of parties: "X, Y et Z" is one group; "avec X, Y a signé" is two."""
    links: list[str | None] = []  # between party i and i+1: "comma", "and", or None
    for first, second in pairwise(parties):
        gap = sentence[first.end : second.start]
        if second.attached:
            links.append("of")
            continue
        if first.attached:
            # "Claude d'Anthropic et GPT-4.1 d'OpenAI": the list goes on past the maker.
            gap = sentence[first.end : second.start]
        if "(" in gap:
            # "auprès de X (chef de file), de Y et de Z": a member's role in brackets is an
            # aside; the coordination goes on past it.
            gap = _ASIDE.sub("", gap, 1)
        if _RELATIVE_THEN_AND.fullmatch(gap):
            # "X, qui avait mené son amorçage, et le fonds Y ont remis au pot": X's relative
            # clause closed, the list goes on.
            links.append("and")
        elif _CLAUSE_AND.match(gap) and not (links and links[-1] is not None) \
                and _SUBJECT_VERB.match(sentence, second.end):
            # "… un accord signé avec X, et le berlinois Y l'a intégré": ", et" before a name
            # its verb follows opens a new clause with its own subject, not a list.
            links.append(None)
        elif _UNKNOWN_IN_LIST.match(gap):
            # "Bosch, Schwarz Gruppe et SAP": a name the gazetteer lacks is still in the list.
            links.append("and" if re.search(r"\b(?:et|ou)\b", gap) else "comma")
        elif _COMMA_REPEATED.match(gap) or _COMMA_NATIONALITY.match(gap):
            links.append("comma")
        elif not _coordination(gap) \
                or (gap.strip() == "" and first.kind != second.kind):
            links.append(None)
        elif gap.strip() == "," or (gap.lstrip().startswith(",")
                                    and not _CONJUNCTION.search(gap)):
            links.append("comma")  # (", l'américain Y": a list's comma, or an apposition)
        else:
            links.append("and")
    # A comma joins names only in a list that an "et"/"ou" closes, and none after it: "X et Y,
    # la française Z" ends the list at Y.
    for i, link in enumerate(links):
        if link == "comma" and i and links[i - 1] == "and":
            j = i
            while j < len(links) and links[j] in ("comma", "of"):
                j += 1
            if not (j < len(links) and links[j] == "and"):
                links[i] = None  # ("… et de A, B et C": a list in the list goes on)
            continue
        if link == "comma":
            j = i
            while j < len(links) and links[j] in ("comma", "of"):
                j += 1
            closed = j < len(links) and links[j] == "and"
            if not closed and (j >= len(links) or links[j] is None):
                # "Microsoft, Coatue et Altimeter": a name the gazetteer lacks closes the list.
                closed = bool(_UNKNOWN_CLOSES.match(sentence, parties[j].end)
                              or _UNNAMED_CLOSES.match(sentence, parties[j].end))
            if not closed:
                links[i] = None
    groups: list[list[_Party]] = []
    for i, party in enumerate(parties):
        if i and links[i - 1] is not None:
            groups[-1].append(party)
        else:
            groups.append([party])
    return groups


@cache
def _gazetteer_models() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]], frozenset[str]]:
    """Model name -> its maker's name, the model patterns with their makers, and the names of
    the assistants (Siri, Copilot: never a party), from the gazetteer (bundled and the user's)."""
    from reader.entities import BUNDLED, load_gazetteer, user_entities_path
    from reader.entities.patterns import pattern_source

    makers: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    assistants: set[str] = set()
    for path in (BUNDLED, user_entities_path()):
        with contextlib.suppress(OSError, ValueError):
            entities, _ = load_gazetteer(path)
            for entity in entities:
                if entity.kind != MODEL:
                    continue
                # (the user's entry for a name decides, as for the mentions)
                (assistants.add if entity.assistant else assistants.discard)(entity.name)
                if entity.maker:
                    makers[entity.name] = entity.maker
                    for form in entity.forms:
                        makers.setdefault(form, entity.maker)
                    for pattern in entity.patterns:
                        with contextlib.suppress(re.error):
                            patterns.append((re.compile(pattern_source(pattern)), entity.maker))
    return makers, patterns, frozenset(assistants)


@cache
def maker_of(model: str) -> str | None:
    """The company that makes `model`, when the gazetteer knows it ("Llama 2" -> Meta)."""
    makers, patterns, _ = _gazetteer_models()
    model = _WRITTEN.get(model, model) if model not in makers else model
    name = model
    while name:
        if name in makers:
            return makers[name]
        cut = max(name.rfind(" "), name.rfind("-"))
        if cut <= 0:
            break
        name = name[:cut]
    for pattern, maker in patterns:
        if pattern.fullmatch(model):
            return maker
    return None


# ---- one sentence


@dataclass(frozen=True, slots=True)
class _Found:
    type: str
    a: str
    b: str
    status: str


def _status(sentence: str, cue_start: int, cue_end: int, given: str | None,
            words_flags: frozenset[str] | None = None) -> str:
    """The status the words of the cue's clause give it; `words_flags`, what _status_flags says
    of the whole sentence, spares the search when no status word is there at all."""
    if words_flags is not None and not words_flags and given != TALKS:
        return STATED
    scan = _status_scan(sentence)
    sentence = scan.text
    ended, talks, rumored, broken = scan.patterns
    clause_start = scan.clause_start(cue_start)
    after = scan.clause_after(cue_end)
    clause_end = min(after[0] if after else len(sentence), cue_end + 60)
    # (a clause, its lead and its rest are read within _STATUS_REACH characters of the cue:
    # the same words in any sentence of prose, and a paragraph without a full stop costs each
    # cue a bounded read instead of the whole paragraph)
    clause = sentence[max(clause_start, cue_start - _STATUS_REACH) : clause_end]
    if scan.comma_before(clause_start) and after is not None \
            and sentence[after[0]] == "," and not _SUBORDINATE.match(sentence, after[1]) \
            and not _FRONTED_FACT.match(sentence, clause_start):
        # "X, autre client de Y, a mis fin…": an apposition takes the main verb's status
        # ("À Hanoï, X a adopté M …, après avoir abandonné N": no apposition, N's status).
        rest = scan.clause_after(after[1])
        clause += " " + sentence[after[1] : min(rest[0] if rest else len(sentence),
                                                after[1] + _STATUS_REACH)]
    elif after is not None and clause_start <= scan.quotes_end \
            and re.match(r",\s*(?:qui|dont)\b", sentence[after[0] : after[0] + 8]):
        # "La collaboration avec X, qui fournissait …, a pris fin": the subject's own verb.
        close = sentence.find(",", after[1], after[1] + _STATUS_REACH)
        if close != -1:
            rest = scan.clause_after(close + 1)
            clause += " " + sentence[close + 1 : min(rest[0] if rest else len(sentence),
                                                     close + 1 + _STATUS_REACH)]
    if after is not None and sentence[after[0]] == "," \
            and _IMPERFECT_CUE.search(sentence, cue_start, cue_end) \
            and _OPENING_RELATIVE.search(sentence, max(0, clause_start - 80), clause_start):
        # "X, qui utilisait M depuis 2022, a mis fin à son contrat": what the relative on the
        # subject says it did, the main verb ends.
        rest = scan.clause_after(after[1])
        main = sentence[after[1] : min(rest[0] if rest else len(sentence),
                                       after[1] + _STATUS_REACH)]
        if _found("E", ended, main):
            return ENDED
    flags = _status_flags(clause)
    # ("retenu par Y au terme de plusieurs mois de tractations": the talks led to the deal)
    talked = given == TALKS or ("T" in flags and any(
        not _TALKS_OVER.search(clause, max(0, m.start() - 60), m.start())
        for m in talks.finditer(clause)))
    # ("sans renoncer pour autant à son contrat avec Y": an end said not to happen)
    if ("E" in flags and any(not ("sans" in clause and _WITHOUT.search(
            clause, max(0, m.start() - 40), m.start())) for m in ended.finditer(clause))) \
            or (talked and _found(
            "B", broken, sentence[cue_end : cue_end + _STATUS_REACH])):
        return ENDED
    if talked:
        return TALKS
    if ("R" in flags and rumored.search(clause)) or _found(
            "R", rumored, sentence[max(0, clause_start - _STATUS_REACH) : clause_start]):
        if _SAID_THAT.search(sentence, max(0, cue_start - 80), cue_start) \
                and not _says(_RUMOUR_WORDS, sentence):
            # "ont fait savoir qu'ils exploiteraient M": a conditional after a verb of saying
            # is the future of the past, what the company said it would do, no rumour.
            return STATED
        if _reported_only(sentence, rumored, max(0, cue_start - _STATUS_REACH),
                          min(len(sentence), cue_end + _STATUS_REACH)):
            return STATED
        return RUMORED
    return STATED


# A fronted phrase that sets a fact beside the main clause, not an apposition to its subject:
# "malgré son accord avec X, Y serait ouvert à…", "fort de son partenariat avec X, Y
# négocie…": the deal it names holds, whatever the main verb's mood.
_FRONTED_FACT = re.compile(r"\s*(?:malgré|outre|en\s+plus\s+d[eu'’]|au-delà\s+d[eu'’]"
                           r"|forte?s?\s+d[eu'’]|grâce\s+à)", re.IGNORECASE)


# Talks that led to what the clause states: "au terme (à l'issue) de plusieurs mois de
# tractations", "après des mois de négociations".
_TALKS_OVER = re.compile(r"\b(?:au\s+terme|à\s+l['’]issue|(?<!d['’])après)\s+(?:[\w'’-]+\s+){0,4}$",
                         re.IGNORECASE)
# A relative on the sentence's opening subject, up to its "qui" ("X, qui …"), and a cue in the
# imperfect, a use or tie the past held.
# (the subject may follow a colon: "Autre coup dur : X, qui utilisait M, a mis fin…")
_OPENING_RELATIVE = re.compile(r"(?:^|[:;])[^,;:()«»]{1,60},\s*qui\s*$", re.IGNORECASE)
_IMPERFECT_CUE = re.compile(r"\w(?:ait|aient)\b", re.IGNORECASE)


# Verbs of saying in the past (one list for the two readings below).
_SAYING = r"\b(?:annoncé|indiqué|fait\s+savoir|confirmé|précisé|assuré|promis|déclaré|affirmé)"
# A verb of saying and its "que" with the subject pronoun, right before a cue.
_SAID_THAT = re.compile(_SAYING + r"\s+qu['’]\s*(?:ils?|elles?)\s+(?:\w+\s+){0,3}$",
                        re.IGNORECASE)
# What makes a conditional a rumour whatever the verb before it.
_RUMOUR_WORDS = re.compile(r"\b(?:rumeurs?|selon|sources?|dit-on|aurai(?:t|ent)|serai(?:t|ent))\b",
                           re.IGNORECASE)


# A verb of saying in the past and its "que", whatever the subordinate's subject ("a confirmé
# en janvier qu'une version de M", "a annoncé que son modèle"), up to the conditional after it.
_SAID_BEFORE = re.compile(_SAYING + r"\s+(?:[^\s;:.]+\s+){0,3}?qu(?:e\b|['’])[^;:.]*$",
                          re.IGNORECASE)
_CONDITIONAL = re.compile(r"(?:rait|raient)$", re.IGNORECASE)


def _reported_only(sentence: str, rumored: re.Pattern[str], start: int, end: int) -> bool:
    """Whether every rumour word around a cue is a conditional in the "que" clause of a verb of
    saying in the past: "X a confirmé que M resterait…", "X, Y et Z ont annoncé qu'ils
    développeraient…" (the future of the past, what was said, no rumour). A rumour word of
    another kind ("selon", "sources", "rumeurs") or a conditional no verb of saying governs
    leaves the cue rumoured."""
    matches = list(rumored.finditer(sentence, start, end))
    return bool(matches) and len(matches) <= 4 and all(
        _CONDITIONAL.search(m.group())
        and _SAID_BEFORE.search(sentence, max(0, m.start() - 120), m.start())
        for m in matches)


def _found(flag: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` has a status word of that kind (the word stems first, then the phrase)."""
    return flag in _status_flags(text) and pattern.search(text) is not None


# How far from its cue a status word still speaks of it (longer than any sentence of prose).
_STATUS_REACH = 2_000


class _StatusScan:
    """What _status reads of one sentence for all its cues: the text in lowercase when that
    keeps its offsets, and where its clauses break (found once: each cue then finds its clause
    by bisection instead of scanning the sentence from its start)."""

    __slots__ = ("_commas", "ends", "pattern", "patterns", "quotes_end", "starts", "text")

    def __init__(self, sentence: str) -> None:
        lower = sentence.lower()
        if len(lower) == len(sentence):
            # The status words are all lowercase: match them without ignoring case (faster).
            self.text = lower
            self.patterns = (_ENDED_L, _TALKS_L, _RUMORED_L, _BROKEN_L)
            self.pattern = _CLAUSE_L
        else:
            self.text = sentence
            self.patterns = (_ENDED, _TALKS, _RUMORED, _BROKEN)
            self.pattern = _CLAUSE
        spans = [m.span() for m in self.pattern.finditer(self.text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        # Where the sentence's opening quotes and blanks end.
        self.quotes_end = len(self.text) - len(self.text.lstrip(" «\"“"))
        self._commas: dict[int, bool] = {}

    def clause_start(self, cue_start: int) -> int:
        """Where the clause of a cue starting there begins: after the last break before it."""
        at = bisect.bisect_right(self.ends, cue_start) - 1
        if at < 0:
            return 0
        # The break is read as if the sentence stopped 12 characters after the cue's start (as
        # "et" reads "et signé" up to the cue): a break whose lookahead reads further is none.
        stop = min(len(self.text), cue_start + 12)
        found = self.pattern.match(self.text, self.starts[at], stop)
        if found is not None and found.end() == self.ends[at]:
            return self.ends[at]
        start = self.ends[at - 1] if at else 0
        for found in self.pattern.finditer(self.text, start, stop):
            if found.end() > cue_start:
                break
            start = found.end()
        return start

    def clause_after(self, position: int) -> tuple[int, int] | None:
        """The first break at or after `position` (what a search from there finds)."""
        at = bisect.bisect_left(self.starts, position)
        if at and self.ends[at - 1] > position:
            # Inside a break found from the sentence's start: a search from here may find
            # another one starting inside it.
            for start in range(position, self.ends[at - 1]):
                found = self.pattern.match(self.text, start)
                if found is not None:
                    return found.span()
        return (self.starts[at], self.ends[at]) if at < len(self.starts) else None

    def comma_before(self, position: int) -> bool:
        """Whether the last character before `position` other than blanks is a comma."""
        known = self._commas.get(position)
        if known is None:
            at = position
            while at and self.text[at - 1].isspace():
                at -= 1
            known = self._commas[position] = at > 0 and self.text[at - 1] == ","
        return known


@lru_cache(maxsize=8)
def _status_scan(sentence: str) -> _StatusScan:
    return _StatusScan(sentence)


# The words that can begin a status phrase, by status (T talks, E ended, R rumoured, B broken):
# a clause without any of them is not searched.
_STATUS_STEMS = {
    "T": ("négoci", "pourparlers", "discut", "discussion", "tractations", "envisag", "explor",
          "étudi", "sond", "courtis", "sollicit", "vue", "projet", "intéress", "voudrai",
          "souhait", "cherch", "tent", "approché", "pourrai", "ouvert", "serai", "proche",
          "point", "candidat", "offre", "propos", "veut", "veulent"),
    "E": ("autrefois", "naguère", "ancien", "ex-", "fin", "terme", "cess", "vendu", "rompu", "romp",
          "rupture",
          "plus", "cédé", "revendu", "désengag", "retir", "abandonn", "enterr", "dénonc", "résili",
          "renonc", "renonç", "échec",
          "clos", "terminé", "jusqu", "lieu", "fera", "sorti", "sort", "ressort", "renouvel",
          "capot", "avorté", "écart", "jamais"),
    "R": ("rumeur", "selon", "source", "presse", "dit-on", "aurai", "serai"),
    "B": ("rompu", "rompre", "échou", "avorté", "capot", "abandonn", "renonc", "renonç", "sans",
          "achopp", "abouti", "interromp", "déclin", "refus", "rejet", "repouss"),
}
_RUMOUR_ENDINGS = ("erait", "eraient", "irait", "iraient")
_WORD_STATUS: dict[str, frozenset[str]] = {}


def _status_flags(text: str) -> frozenset[str]:
    return _status_flags_of(_WORD.findall(text.lower()))


def _status_flags_of(words: Iterable[str]) -> frozenset[str]:
    """The same, from the text's lowercased words (a sentence read has them already)."""
    with contextlib.suppress(KeyError):  # every word seen before: one union, as in _cues_of
        return frozenset().union(*[_WORD_STATUS[word] for word in words])
    flags: frozenset[str] = frozenset()
    for word in words:
        found = _WORD_STATUS.get(word)
        if found is None:
            found = frozenset(k for k, stems in _STATUS_STEMS.items() if word.startswith(stems))
            if word.endswith(_RUMOUR_ENDINGS):
                found |= {"R"}
            if len(_WORD_STATUS) < 200_000:
                _WORD_STATUS[word] = found
        flags |= found
    return flags


_ENDED_L, _TALKS_L, _RUMORED_L, _BROKEN_L, _CLAUSE_L = (
    re.compile(r.pattern) for r in (_ENDED, _TALKS, _RUMORED, _BROKEN, _CLAUSE))


def _in_examples(sentence: str, group: list[_Party], previous_end: int) -> bool:
    """The group is a list of examples ("tels qu'X et Y", "comme X")."""
    gap = sentence[previous_end : group[0].start]
    if not _EXAMPLE_KEYS_IN.search(gap):
        return False
    matches = list(_EXAMPLES.finditer(gap))
    match = matches[-1] if matches else None
    return match is not None and not _STOP_OR_SEMICOLON.search(gap, match.end())


# (one search in C for any of _EXAMPLE_KEYS, as `any(k in gap ...)` was)
_EXAMPLE_KEYS_IN = re.compile("|".join(_EXAMPLE_KEYS))
_STOP_OR_SEMICOLON = re.compile(r"[.;]")


@dataclass
class Context:
    """What the sentences before tell the next one: who they were about, which company the
    article is about, who was last funded, which models were last named."""

    subject: list[str] = field(default_factory=list)
    topic: str | None = None
    ranked: list[str] = field(default_factory=list)  # the article's companies, most named first
    investee: str | None = None
    # The company the article last said was bought: whose stake its investors sell "à cette
    # occasion".
    acquired: str | None = None
    # The companies read investing in another: a fund is never "la start-up" spoken of.
    investors: set[str] = field(default_factory=set)
    models: list[str] = field(default_factory=list)
    # The companies the article has called "la start-up" (or the like) by name.
    introduced: set[str] = field(default_factory=set)
    # The status each (type, a, b) was first read with in the article.
    pair_status: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # The two companies of the last relation read between companies, for "les deux sociétés".
    last_pair: tuple[str, str] | None = None
    # The same for partners or rivals only: "les deux sociétés" acting together.
    last_peers: tuple[str, str] | None = None
    peers_rivals: bool = False  # whether that pair are rivals
    peers_bought: bool = False  # whether that pair are a buyer and the company it bought
    # Every model named so far, the latest first.
    named_models: list[str] = field(default_factory=list)
    # The models the article said were launched (made), the latest first: what "le modèle"
    # means after other models were named in a comparison.
    launched: list[str] = field(default_factory=list)
    # The companies of the last sentence that paired several partners: the members a newcomer
    # joins ("X rejoint le consortium").
    last_members: list[str] = field(default_factory=list)
    # Who launched each model the article said was launched: the user of a model derived from
    # another ("Ce modèle est dérivé de N").
    launched_by: dict[str, str] = field(default_factory=dict)
    # The company the sentence before named last, for "celle-ci", "ce dernier".
    latter: str | None = None
    # The two companies of the last sentence whose relations joined exactly two: "les deux
    # entreprises" after a round with many investors are the story's pair, not the investors.
    last_duo: tuple[str, str] | None = None
    # Whether the subject opened its sentence ("X a…", "Le groupe X a…", "En 2024, X a…"):
    # only such a subject can be meant by "L'enseigne", "L'américain" in the next one.
    opening: bool = False
    # The last subject that opened its sentence: what "Le groupe" means once the sentences
    # between (a quote, a figure) have left no subject.
    anchor: str | None = None
    # The companies that are no start-up (reader.coref.established): never "la jeune pousse".
    grown: set[str] = field(default_factory=set)
    # Whether a sentence read before spoke of a product ("un assistant", "ses logiciels"): what
    # "L'outil", "La solution" opening a later sentence may stand for.
    product: bool = False
    # The parties and groups read in the sentence just read, for _follow.
    last: tuple[list[_Party], list[list[_Party]]] = field(default_factory=lambda: ([], []))
    # The words the article described its companies with so far ("distributeur", "belge"),
    # each with its companies, the latest introduced last (reader.coref.descriptors).
    described_as: dict[str, list[str]] = field(default_factory=dict)
    # The companies named before the sentence being read: a description refers back, to one of
    # them, never to a company the article names only later ("L'entreprise de Pangyo" is not
    # the Pangyo company the last paragraph brings in).
    seen: set[str] = field(default_factory=set)
    # Whether the subject is the company raising the round the sentence before's investors
    # joined, not the subject that sentence named.
    raising: bool = False
    # The company a stressed pronoun of the sentence being read stands for ("fait appel à elle").
    stressed: str | None = None
    # The company the sentence being read opens on by one of those words, if any, and where
    # the description ends.
    by_description: tuple[str, int] | None = None
    # The party read for the definite description the sentence opens on (_opening_description):
    # the sentence still speaks of the subject before, as any opening on a description does.
    opening_party: _Party | None = None
    # The companies the sentence just read names without a name (a description, an opening
    # pronoun), with their spans: the parties the classifier pairs with its names.
    stand_ins: list[_Party] = field(default_factory=list)
    # The buyer and the company bought, when the sentence just read stated a purchase: "la
    # start-up" right after "X a racheté Y" is Y, the young one, not the buyer.
    purchase: tuple[str, str] | None = None


# A verb right after a description (an adjective between): the description is a subject.
_VERB_NEXT = re.compile(
    r"\s+(?:[a-zà-ÿ-]+(?<!é)(?<!ée)(?<!és)(?<!ées)\s+)?(?:s['’]|se\s|a\s|ont\s|avait\s"
    r"|avaient\s|est\s|sont\s|va\s|vont\s|vient\s|compte\s|mise\s|entend\s|prévoit\s)")


_GIANT_OPENING = re.compile(r"\W*(?:Le|Ce)\s+(?:géant|mastodonte|conglomérat)\b")


_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ-]+)")


def _by_description(sentence: str, context: Context) -> tuple[str, int] | None:
    """The company a sentence opening on a definite description means when the article
    described a company with the same word ("le distributeur belge Delhaize … Le distributeur
    a…", "Fjordcompute, un opérateur norvégien … le norvégien a levé…"), even when it is not
    the previous subject: how French news refers back. The previous subject, if it is one of
    them; else the one introduced last."""
    match = _sector_start(sentence) or _anaphor_start(sentence)
    if match is None or not _DEFINITE_OPENING.search(match.group()):
        return None
    head = _WORD.findall(match.group().lower())[-1:]
    after = _NEXT_WORD.match(sentence, match.end())
    for word in (*head, *([after.group(1)] if after else [])):
        names = context.described_as.get(word)
        if names:
            if len(context.subject) == 1 and context.subject[0] in names:
                return context.subject[0], match.end()
            return names[-1], match.end()
    return None


# The family a group is named after ("le groupe de la famille Saadé").
_FAMILY_NAME = re.compile(r"\bfamille\s+$")
# "de Heidelberg", "d'Osaka": a description's town.
_OF_A_TOWN = re.compile(r"\b(?:de|d['’])\s*[A-ZÀ-Þ]")
# The determiner of the description an opening match ends on ("En 2024, le groupe").
_LAST_DETERMINER = re.compile(r"(?:^|(?<=[\s,«\"“]))(?:[Ll]['’]\s*|[Ll]e\s+|[Ll]a\s+|[Cc]ette\s+"
                              r"|[Cc]et\s+|[Cc]e\s+)(?!.*\b(?:[Ll]['’]|[Ll]e|[Ll]a|[Cc]ette|[Cc]et"
                              r"|[Cc]e)\s)")
# The description's complement before the comma of an apposition or relative clause ("Le
# quotidien new-yorkais, qui", "Le numéro un mondial des smartphones, qui").
_DESCRIPTION_TAIL = re.compile(r"((?:\s+(?:d['’]\s*)?[a-zà-ÿ'’-]+){1,5}?)\s*,")


_COUNTED = re.compile(r"\b(?:deux|trois|Les|les|Ces|ces)\b")
_WORD_REST = re.compile(r"[\w'’-]*")
_LOWER_WORDS = re.compile(r"(?:\s+(?:d['’]\s*)?[a-zà-ÿ-]+){0,4}\s+")
_NAME_AFTER = re.compile(r"(?:\s+[a-zà-ÿ-]+){0,4}?(?:\s+|(?P<of>\s+(?:de\s+|d['’]\s*|du\s+)))"
                         r"(?-i:[A-ZÀ-Þ])")


def _opening_description(sentence: str, parties: list[_Party], named: list[_Party],
                         named_by: tuple[str, int] | None, context: Context) -> _Party | None:
    """The definite description a sentence opens on as a party, for the company spoken of
    ("Le distributeur, qui avait participé à la levée d'Y, héberge…", "Le numéro un mondial des
    smartphones, qui s'appuie sur M, négocie avec Y", "Le groupe de BTP a signé avec Y pour
    déployer un outil fondé sur M"): French news names a company once, then by what it is;
    as a party the description is the subject its relative clause, its apposition and its
    verbs' infinitives are said of, as a name would be. Only a singular description (not a
    pronoun, nor "les deux"), standing for one company the sentence does not name, and no
    name's own description ("Le groupe Schwarz")."""
    match = _anaphor_start(sentence) or _sector_start(sentence)
    if match is None:
        return None
    determiner = None
    for found in _LAST_DETERMINER.finditer(match.group()):
        determiner = found
    if determiner is None or _PLURAL_PRONOUN.match(match.group(), determiner.start()) \
            or _LATTER.match(match.group(), determiner.start()) \
            or _COUNTED.search(match.group(), determiner.start()):
        return None
    if context.subject and not context.opening and not named_by and context.anchor == "":
        # ("Le quotidien du soir a assigné la start-up X. Le quotidien…": in an article
        # opening on a subject the mentions do not name, a company read past it is no subject
        # a description stands for)
        return None
    start, end = match.start() + determiner.start(), match.end()
    end = _WORD_REST.match(sentence, end).end()  # (the match may stop at a hyphen: "start-up")
    tail = _DESCRIPTION_TAIL.match(sentence, end)
    if tail and not any(w in coref._NOT_DESCRIBING or coref._VERB_LIKE.search(w)
                        for w in re.findall(r"[a-zà-ÿ-]+", tail.group(1))):
        end = tail.end(1)
    if any(p.start < end + 3 and start < p.end for p in parties) or any(
            0 <= p.start - end <= 60 and _LOWER_WORDS.fullmatch(sentence, end, p.start)
            for p in parties):
        # ("Le groupe Schwarz", "le groupe de presse italien X": a name's own description;
        # "La start-up": read already)
        return None
    after = _NAME_AFTER.match(sentence, end)
    if after and (not after.group("of") or any(0 <= p.start - after.end() + 1 <= 30
                                               for p in named)):
        # ("le mexicano-américain Nuvola AI": a name the mentions miss; "le concurrent belge
        # d'Engie, Luminus": a description said of a name)
        return None
    names = [named_by[0]] if named_by and match.end() <= named_by[1] else (
        _young_subject(match.group(), context) or _giant_subject(sentence, context)
        or _resolve_opening(match.group(), context))
    if len(names) != 1 or not names[0] or names[0] in {p.name for p in named}:
        return None
    return _Party(start, end, COMPANY, names[0])



# "le modèle de la jeune pousse de Hangzhou", "le modèle de DeepSeek": a company's model not
# named again.
_THE_MODEL_OF = re.compile(
    r"(?<![\w'’-])(?:[Ll]e|[Ss]on|[Cc]e)\s+modèle\s+(?:de\s+|d['’]\s*|du\s+)$")


def _models_of_maker(sentence: str, parties: list[_Party], context: Context) -> list[_Party]:
    """"ils exploiteraient eux aussi le modèle de la jeune pousse de Hangzhou" after "BYD a
    intégré DeepSeek-R1, le modèle de la start-up DeepSeek": the model of that company the
    article named last, when the sentence names none of its own; the noun stands for it."""
    out = []
    # (the makers of the sentence's own models, and each maker's model, found once: for each
    # company, a walk through every party made a sentence naming thousands quadratic)
    makers = {maker_of(q.name) for q in parties if q.kind == MODEL}
    latest: dict[str, str | None] = {}
    for p in parties:
        if p.kind != COMPANY:
            continue
        head = _THE_MODEL_OF.search(sentence, max(0, p.start - 20), p.start)
        if head is None or p.name in makers:
            continue
        if p.name not in latest:
            latest[p.name] = next((m for m in context.named_models
                                   if (maker_of(m) or context.launched_by.get(m)) == p.name),
                                  None)
        model = latest[p.name]
        if model:
            out.append(_Party(head.start(), head.end() - 1, MODEL, model))
    return out


# "Chez X, on …": a sentence framed by the company it is about.
_CHEZ_OPENING = re.compile(r"\W*Chez\s+")
# What stands for that company in the clauses after the frame: "on", "l'établissement".
_CHEZ_STAND_IN = re.compile(
    r"(?<![\w'’-])(?:on|l['’]on|(?:le|la|l['’])\s*(?:groupe|entreprise|société|firme"
    r"|établissement|enseigne|banque|assureur|constructeur|opérateur|distributeur|éditeur"
    r"|laboratoire|fabricant|industriel|équipementier|géant|maison)(?:\s+[a-zà-ÿ-]+\b(?!['’]))?)"
    r"\b(?!['’])",
    re.IGNORECASE)


def _chez_stand_ins(sentence: str, parties: list[_Party]) -> list[_Party]:
    """"Chez BMW, on reste discret, même si le constructeur bavarois s'est entendu avec Y":
    "on" and the descriptions after the frame are the framing company (the description
    unless it introduces a name of its own: "le groupe Y")."""
    opening = _CHEZ_OPENING.match(sentence)
    framed = next((p for p in parties if opening and p.start == opening.end()
                   and p.kind == COMPANY), None)
    if framed is None or not re.match(r"\s*,", sentence[framed.end :]):
        return parties
    extra = []
    for match in _CHEZ_STAND_IN.finditer(sentence, framed.end):
        if any(p.start < match.end() and match.start() < p.end for p in parties) \
                or any(0 <= p.start - match.end() <= 2 for p in parties):
            continue
        extra.append(_Party(match.start(), match.end(), COMPANY, framed.name))
    return sorted(parties + extra, key=lambda p: p.start) if extra else parties

# "Chez X, M remplacera N dans l'assistant", "Chez X, M équipe désormais…": the model opening
# the clause after the frame is what the framing company uses.
_CHEZ_MODEL_USED = re.compile(
    r"\s+(?:(?:\w+ment|désormais|déjà|aussi|également|bientôt)\s+)*"
    r"(?:remplac|équip|aliment|propuls|tourn|pilot|anim|ser(?:t|vent|vira|viront)\b"
    r"|(?:est|sont|sera|seront|a\s+été|ont\s+été)\s+(?:(?:\w+ment|désormais|déjà|aussi)\s+)?"
    r"(?:utilisé|déployé|intégré|testé|adopté|exploité))", re.IGNORECASE)


def _chez_model_used(sentence: str, parties: list[_Party]) -> list[_Found]:
    opening = _CHEZ_OPENING.match(sentence)
    framed = next((p for p in parties if opening and p.start == opening.end()
                   and p.kind == COMPANY), None)
    if framed is None:
        return []
    comma = re.match(r"\s*,\s*", sentence[framed.end :])
    model = next((p for p in parties if comma and p.start == framed.end + comma.end()
                  and p.kind == MODEL), None)
    if model is None or maker_of(model.name) == framed.name \
            or not _CHEZ_MODEL_USED.match(sentence, model.end):
        return []
    return [_Found(USES_MODEL, framed.name, model.name, STATED)]


# A definite description inside a sentence: "entré au capital de la biotech", "avec l'assureur".
_DEFINITE_NOUN = re.compile(r"(?<![\w'’-])(?:[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]et|[Cc]e|[Dd]u"
                            r"|[Aa]u)\s*(?P<word>[a-zà-ÿ][a-zà-ÿ-]{2,})\b(?!['’])")
# What follows a description that is not the article's word for a company: a name it
# introduces or a company it is said of ("l'éditeur de Politico").
_OF_A_NAME = re.compile(r"\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*|le\s+)?[A-ZÀ-ÖØ-Þ]")


def _described_again(sentence: str, parties: list[_Party], named: list[_Party],
                     context: Context) -> list[_Party]:
    """"Sanofi est entré au capital de la biotech" after "la biotech new-yorkaise Formation
    Bio": a description inside the sentence made of the noun the article introduced a company
    with stands for that company (the last one so introduced), as one opening the sentence
    does (_by_description). Not a nationality ("l'américain": reader.coref), not a description
    introducing a name or said of one, never a company the sentence names itself."""
    out: list[_Party] = []
    here = {p.name for p in named}
    for match in _DEFINITE_NOUN.finditer(sentence):
        word = match.group("word").lower()
        names = context.described_as.get(word)
        if not names or not sentence[: match.start()].strip(" «\"“") \
                or coref._masculine(word) is not None:
            continue
        if any(p.start < match.end() and match.start() < p.end for p in parties) \
                or _OF_A_NAME.match(sentence, match.end()) \
                or any(0 <= p.start - match.end() <= 40 and re.fullmatch(
                    r"\s*(?:[a-zà-ÿ-]+\s+){0,3}", sentence[match.end() : p.start])
                    for p in named) \
                or any(0 <= match.start() - p.end <= 3 and sentence[p.end : match.start()].strip()
                       == "," for p in named):
            continue  # ("la biotech X", "X, la biotech")
        meant = [n for n in names if n not in here and (not context.seen or n in context.seen)]
        story = _story(context)
        if meant and (not story or story in here or story == meant[-1]):
            # (while the sentence leaves the story's company unnamed, a description in it is
            # most often that company, the article's "éditeur" whatever the word introduced:
            # "Lectra … pour acquérir l'éditeur italien Texstudio. … clients historiques de
            # l'éditeur" is Lectra; it is left to the rules for "la société")
            out.append(_Party(match.start(), match.end(), COMPANY, meant[-1]))
    return out

_DEFINITE_OPENING = re.compile(r"(?:^|\W)(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]et|[Cc]ette)\W+\w+$")


def _young_subject(description: str, context: Context) -> list[str]:
    """"La jeune entreprise", "le jeune studio": like "la jeune pousse", the start-up the
    article introduced as one, when the subject spoken of is not one."""
    if context.introduced and context.topic in context.introduced \
            and _YOUNG.search(description) and not (
                len(context.subject) == 1 and context.subject[0] in context.introduced):
        return [context.topic]
    return []


_YOUNG = re.compile(r"\bjeunes?\s", re.IGNORECASE)


def _giant_subject(sentence: str, context: Context) -> list[str]:
    """"Le géant" opening a sentence after "la start-up X … s'appuie sur Amazon": not the
    start-up the sentence before was about, but the large group it named last."""
    if len(context.subject) == 1 and context.subject[0] not in context.grown \
            and context.latter in context.grown and _GIANT_OPENING.match(sentence):
        return [context.latter]
    return []


def _listed_with_last(sentence: str, parties: list[_Party], closed: int, at: int) -> set[str]:
    """When an apposition ("…, déjà client de") runs from the last party before `at` (the
    parties up to `closed`) to `at`, that party and those coordinated with it."""
    if not closed or not _APPOSITION_TO.fullmatch(sentence, parties[closed - 1].end, at):
        return set()
    listed = {parties[closed - 1].name}
    # (indices into the parties, not copies of those before `at` for each description)
    for second_at in range(closed - 1, 0, -1):
        first, second = parties[second_at - 1], parties[second_at]
        gap = sentence[first.end : second.start]
        if not _coordination(gap) and not (len(gap) < 30 and _CO_INVESTORS.search(gap)):
            break  # (a round's investors: "mené par X, aux côtés de Y")
        listed.add(first.name)
    return listed


_QUOTES_ONLY = re.compile(r"[ «\"“]*")
# A comma, then anything up to a description but another comma, semicolon or colon (what
# follows a name it is the apposition of; read by fullmatch up to the description).
_APPOSITION_TO = re.compile(r"\s*,[^,;:]*")


def _descriptions(sentence: str, parties: list[_Party], context: Context) -> list[_Party]:
    """"la jeune pousse", "la start-up" standing for the company the article is about.

    Opening the sentence, the description is its subject (the previous sentence's); elsewhere
    it is the article's company, but never the subject a pronoun or the first name stands for
    ("SAP signe avec la start-up" is not SAP)."""
    if context.topic is None:
        return []
    taken: set[str] = set()
    if _anaphor_start(sentence):
        taken.update(_giant_subject(sentence, context) or context.subject)
    elif parties and parties[0].kind == COMPANY and parties[0].start < 3 and (
            len(parties) < 2 or not _COORD.match(sentence[parties[0].end : parties[1].start])):
        taken.add(parties[0].name)
    # (a description refers back: to the article's company once it has been named, else to
    # the most named of those named so far)
    topic = context.topic if context.topic not in taken and (
        not context.seen or context.topic in context.seen) else next(
        (n for n in context.ranked if n not in taken
         and (not context.seen or n in context.seen)), None)
    out = []
    lead = _FRONTED_LEAD.match(sentence) is not None
    # (the parties are the sentence's names, in order, apart: those near a description are
    # found by bisection, not by a pass over all of them for each description)
    starts, ends = [p.start for p in parties], [p.end for p in parties]
    stops: list[int] | None = None
    company_starts: dict[str, list[int]] = {}
    governed = _GovernedBefore(sentence, parties, taken)
    for match in _DESCRIPTION.finditer(sentence):
        before_end = bisect.bisect_left(starts, match.end())
        if before_end and parties[before_end - 1].end > match.start():
            continue  # "la Société Générale" is a name
        after = sentence[match.end() : match.end() + 40]
        if _NAMED_NEXT.match(after) and any(
                not _cues_in(sentence, match.end(), p.start) for p in parties[
                    before_end : bisect.bisect_right(starts, match.end() + 40)]):
            continue  # "la start-up américaine Perplexity": the name follows
        closed = bisect.bisect_right(ends, match.start())  # the parties ended before it
        if re.search(r"[\w)]\s*,\s*$", sentence[max(0, match.start() - 3) : match.start()]) \
                and closed and ends[closed - 1] >= match.start() - 3 \
                and not _VERB_NEXT.match(sentence, match.end()):
            # "xAI, la société de…,": an apposition to a name ("Fondée à Lyon, la jeune pousse
            # s'appuie sur…" is the subject of its verb).
            continue
        name = topic
        # ("aux côtés de X, de Y et du groupe Z, déjà client de la société": Z's apposition;
        # Z's list is none of the company the description means)
        listed = _listed_with_last(sentence, parties, closed, match.start())
        # (only the last such company counts: sought from the description back, not listed
        # whole for each description of a long sentence)
        last = governed.last_before(closed, match.start(), listed)
        if last:
            # "le tour de table de Mistral AI, mené par ASML, qui devient le premier
            # actionnaire de la start-up": the company the sentence just named as the object
            # of a preposition, not the article's; never one the description is said of
            # (", actionnaire de la start-up", ", qui valorise la start-up") nor one inside a
            # relative clause closed before it.
            name = last.name
        fronted = lead \
            and _AFTER_COMMA.search(sentence, max(0, match.start() - 4), match.start()) \
            is not None and _VERB_NEXT.match(sentence, match.end()) is not None
        if _QUOTES_ONLY.fullmatch(sentence, 0, match.start()) or fronted or (
                _SOURCE_LEAD.fullmatch(sentence, 0, match.start())):
            # Opening the sentence (or after its source: "Selon X, la société négocierait…"):
            # the previous subject, unless the article called another
            # company so ("Sakana, la start-up… Nvidia était entré au capital. La start-up…").
            # Never a company the sentence names itself ("La société madrilène a signé avec
            # Mistral AI" is not Mistral AI): then the last subject that opened a sentence, else
            # the article's other companies.
            # ("La société xAI": the name right after is the description's own; a name past a
            # colon is another clause's: "La jeune pousse en subit les conséquences : X a rompu
            # avec elle (avec Y)")
            # (the companies' starts and the colons read once per sentence: a set of all the
            # names for each description was quadratic once a fronted phrase let descriptions
            # deep in a long sentence here)
            if stops is None:
                stops = [m.start() for m in _COLON_OR_SEMI.finditer(sentence)]
                for p in parties:
                    if p.kind == COMPANY:
                        company_starts.setdefault(p.name, []).append(p.start)
                for found_at in company_starts.values():
                    found_at.sort()
            stop = bisect.bisect_left(stops, match.end())
            named_here = _NamedHere(company_starts, match.end(),
                                    stops[stop] if stop < len(stops) else len(sentence))
            # (nor one the article gave another nationality: "Contabilix, une fintech
            # espagnole … La licorne française" is the French buyer)
            said = sentence[match.end() : match.end() + 20].split(maxsplit=1)[:1]
            fits = [n for n in (context.subject[:1] if len(context.subject) == 1 else [])
                    if not context.introduced or n in context.introduced] or [context.topic]
            # (no company, or "" for one the mentions miss: none to look further for; after a
            # fronted phrase, no previous subject it may mean leaves the reading above)
            name = fits[0] if not fits[0] or _may_mean(fits[0], named_here, said, context) \
                else name if fronted else next(
                (n for n in (*fits, context.anchor, *context.ranked)
                 if _may_mean(n, named_here, said, context)
                 and (not context.seen or n in context.seen)), None)
        if name:
            # "Helsing et Mistral AI … La start-up allemande": the one of that nationality.
            name = coref.of_nationality(sentence[match.end() : match.end() + 20], name,
                                        [*context.subject, *context.ranked])
        if name:
            name = _of_the_town(sentence, match.end(), name, taken, context)
        if name in context.investors and context.investee and name != context.investee \
                and coref.means_a_startup(match.group()):
            # "… tandis que le fonds X remet au pot. La start-up s'appuie sur M": the company
            # funded, not an investor.
            name = context.investee
        if name and _bought_start_up(name, match.group(), context, (sentence[
                match.end() : match.end() + 20].split(maxsplit=1) or [""])[0]):
            # "Syngenta a racheté Veltis. La start-up s'appuie sur M": the company bought.
            name = context.purchase[1]
        if name in context.grown and coref.means_a_startup(match.group()):
            # "La jeune pousse" is never the operator or the group spoken of: the article's
            # start-up, if it names one.
            name = next((n for n in context.ranked if n not in taken
                         and n not in context.grown), None)
        if name:
            out.append(_Party(match.start(), match.end(), COMPANY, name))
    return out


# "la société de San Francisco": the town after a description.
_OF_TOWN = re.compile(
    r"\s+(?:de\s+|d['’]\s*)(?P<town>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*)?)")
_HOMED = frozenset(n for names in coref.HOMES.values() for n in names)


def _of_the_town(sentence: str, end: int, name: str, taken: set[str],
                 context: Context) -> str | None:
    """`name`, unless the description ends on a town ("la société de San Francisco") that the
    tables say is not `name`'s home: then the first company of the article that may be from
    there (of that town, or of no town the tables know), else none; none either when it ends
    on a founder the tables give other companies."""
    town = _OF_TOWN.match(sentence, end)
    founded = coref.FOUNDERS.get(town.group("town").lower()) if town else None
    if founded and name not in founded:
        # "la société de Sam Altman": a company named by its founder (or head) the tables know
        # is that founder's, never the article's other company (reader.coref resolves it).
        return None
    homes = coref.HOMES.get(town.group("town").lower()) if town else None
    if homes is None or name in homes or name not in _HOMED:
        return name
    return next((n for n in context.ranked if n not in taken
                 and (not context.seen or n in context.seen)
                 and (n in homes or n not in _HOMED)), None)

_COLON_OR_SEMI = re.compile(r"[;:]")
# A fronted adverbial phrase opening the sentence ("Face à X et Y, qui dominent le marché, la
# jeune pousse mise sur…", "Fondée en 2019, la start-up a…", "Depuis 2023, la société…"): the
# description after its comma, before a verb, is the main clause's subject, as if it opened
# the sentence; the names inside the phrase are governed by it, not what the description means.
_FRONTED_LEAD = re.compile(
    r"\W*(?:Face\s+à|Contrairement\s+à|À\s+l['’]instar\s+d|Comme|Après|Avant|Depuis|Dans|Sur"
    r"|Pour|Outre|Malgré|Parmi|En|Fort|Forte|Longtemps|Déjà|Désormais"
    r"|(?:Fondé|Créé|Né|Basé|Installé|Soutenu|Valorisé|Lancé|Épaulé)e?)\b")
_AFTER_COMMA = re.compile(r",\s*[«\"“]?\s*$")


class _GovernedBefore:
    """The company a description in the middle of a sentence follows as the object of a
    preposition ("le tour de table de Mistral AI, mené par ASML, qui devient le premier
    actionnaire de la start-up": ASML): the last company party before it, governed by a
    preposition within a phrase's length, not `taken` nor `listed` in the apposition the
    description ends, not right before a comma opening a phrase that runs to the description
    (", actionnaire de la start-up"), not inside a relative clause closed before it; and none
    past a semicolon or colon.

    Sought from the description back, the companies tested once per sentence, the relatives
    closed before a description dropped for the later ones: a test of every name before each
    description (the preposition sought from the sentence's start) was cubic in a long sentence,
    a walk back over all of them quadratic.
    Asked for the descriptions in the sentence's order."""

    def __init__(self, sentence: str, parties: list[_Party], taken: set[str]) -> None:
        self.sentence, self.parties, self.taken = sentence, parties, taken
        self.tested = 0  # the parties tested so far (those before the last description)
        self.kept: list[int] = []  # the indices of those that passed, in order
        self.kept_starts: list[int] = []
        self.left: list[int] = []  # for each kept one, the one before it not dropped (or -1)
        self.stops = [m.start() for m in _COLON_OR_SEMI.finditer(sentence)]

    def _skip(self, at: int) -> int:
        """The last kept one, at `at` or before, not dropped (-1 for none)."""
        root = at
        while root >= 0 and self.left[root] != root:
            root = self.left[root]
        while at >= 0 and self.left[at] != at:  # (path compression)
            self.left[at], at = root, self.left[at]
        return root

    def last_before(self, closed: int, at: int, listed: set[str]) -> _Party | None:
        sentence = self.sentence
        for i in range(self.tested, closed):
            p = self.parties[i]
            if p.kind == COMPANY and p.name not in self.taken \
                    and _GOVERNED.search(sentence, max(0, p.start - 120), p.start):
                self.left.append(len(self.kept))
                self.kept.append(i)
                self.kept_starts.append(p.start)
        self.tested = max(self.tested, closed)
        stop = bisect.bisect_left(self.stops, at) - 1
        stop = self.stops[stop] if stop >= 0 else -1  # (the last ";" or ":" before `at`)
        k = self._skip(bisect.bisect_left(self.kept, closed) - 1)
        while k >= 0:
            p = self.parties[self.kept[k]]
            if p.end <= stop:
                return None  # (a company past a semicolon or colon is another clause's)
            if p.name in listed or _APPOSITION_TO.fullmatch(sentence, p.end, at):
                k = self._skip(k - 1)
            elif _in_relative(sentence, p.start) and sentence.find(",", p.end, at) != -1:
                # inside a relative clause closed before `at`, so before any later description:
                # so are the kept ones after the relative's comma (dropped with it)
                comma = sentence.rfind(",", 0, p.start)
                first = bisect.bisect_right(self.kept_starts, comma, 0, k + 1)
                for dropped in range(first, k + 1):
                    self.left[dropped] = first - 1
                k = self._skip(first - 1)
            else:
                return p
        return None


class _NamedHere:
    """The companies a sentence names, but for the one right after a description (`end`) and
    those past the colon or semicolon after it (`stop`), as a set for _may_mean, from the
    sentence's starts of each company (in order) read once."""

    __slots__ = ("end", "starts", "stop")

    def __init__(self, starts: dict[str, list[int]], end: int, stop: int) -> None:
        self.starts, self.end, self.stop = starts, end, stop

    def __contains__(self, name: object) -> bool:
        for start in self.starts.get(name, ()) if isinstance(name, str) else ():
            if start >= self.stop:
                return False
            if not 0 <= start - self.end <= 2:
                return True
        return False


def _may_mean(name: str | None, named_here: Container[str], said: list[str],
              context: Context) -> bool:
    """Whether an opening description may stand for `name`: not a company its sentence names,
    nor one the article gave a nationality other than the word after it (`said`)."""
    return bool(name) and name not in named_here and not (
        said and coref.other_nationality(name, said[0], context.described_as))


# A stressed pronoun governed by a preposition: "à elle", "avec lui", "face à elle" (not
# "elle-même", nor "lui aussi" after a verb).
_STRESSED = re.compile(r"(?<!quant\s)\b(?:à|avec|pour|chez|contre|auprès\s+d['’]|face\s+à)\s*"
                       r"(?P<pronoun>elle|lui)\b(?![-\s]*(?:même|aussi|seule?)\b)",
                       re.IGNORECASE)


# Who says it, before the subject: "Selon The Information, ", "D'après Reuters, ".
_SOURCE_LEAD = re.compile(r"\W*(?:[Ss]elon|[Dd]['’]après)\s[^,;:]{1,40},\s*")


_NO_SUBJECT = 1 << 62
# (the sentence, its groups and the first subject group's (start, names) last read: some
# thirty readers ask for the main subject once per cue, and when every group is governed each
# question went through all the groups before the cue, quadratic in a long sentence)
_SUBJECT_READ: list[tuple[str, list[list[_Party]], tuple[int, list[str]]]] = []


def _main_subject(sentence: str, groups: list[list[_Party]], before: int) -> list[str]:
    """The sentence's subject: its first companies not governed by a preposition."""
    read = _SUBJECT_READ[0] if _SUBJECT_READ else None
    if read is None or read[1] is not groups or read[0] is not sentence:
        # (the groups held here cannot be freed and their id reused; the sentence's groups
        # are not changed once made)
        read = (sentence, groups, _subject_group(sentence, groups, _NO_SUBJECT))
        _SUBJECT_READ[:] = [read]
    start, names = read[2]
    return list(names) if start < before else []


def _subject_group(sentence: str, groups: list[list[_Party]],
                   before: int) -> tuple[int, list[str]]:
    """_main_subject, with the start of the group it read (_NO_SUBJECT when none): the same
    group answers for every `before` past its start, so a caller asking for many reads the
    groups once (_made_with)."""
    for group in groups:
        if group[0].start >= before:
            break
        # (no copy of the sentence before the group, nor of the groups after it: called for
        # each cue, they made a long sentence quadratic)
        if _GOVERNED_L.search(sentence[max(0, group[0].start - 40) : group[0].start].lower()) \
                and not _DESCRIBED_START.match(sentence, 0, group[0].start):
            continue
        names = _companies(group)
        if names:
            later = next((g for g in groups if g[0].start >= group[-1].end), None)
            if later and _OPEN_PAREN.fullmatch(sentence, group[-1].end, later[0].start) \
                    and _companies(later):
                # "La Banque Royale du Canada (RBC)": the short name the article goes on with.
                return group[0].start, _companies(later)
            return group[0].start, names
    return _NO_SUBJECT, []


_OPEN_PAREN = re.compile(r"\s*\(")
# A purchase's object, then its seller: "rachète (au passage) le service S à Y".
_BOUGHT_FROM = re.compile(r"(?:\s+\w+ment|\s+au\s+passage|\s+aussi|\s+également)?"
                          r"\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|des)\s*"
                          r"[^,;:.()«»]{1,60}?\s(?:à|auprès\s+d[eu'’]|au)\s*"
                          r"(?:l['’]\s*|la\s+|le\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_TO_SUED = re.compile(r"\s+(?:à|contre)\s+(?:l['’]\s*|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}",
                      re.IGNORECASE)
_MAKER_PLACE = re.compile(r"\b(?:du|de|d['’])\s*(?:[a-zà-ÿ-]+\s+)?$", re.IGNORECASE)
# ("X, qui l'a adopté"; "X et Y l'ont déjà déployé", "X l'a ajouté à son catalogue": the
# pronoun right after its subject is the model the sentence named before)
_MODEL_PRONOUN_LEAD = re.compile(
    r"(?:\s*,\s*qui\s+|\s+)l['’](?:(?:a|ont|avait|avaient|aura|auront|aurait)"
    r"(?:\s+(?:\w+ment|déjà|aussi|également|désormais))?\s+)?$", re.IGNORECASE)
_PUT_ONLINE = re.compile(r"(?:mis|met)\s+en\s+ligne", re.IGNORECASE)
_LATTER = re.compile(r"\W*(?:Celui-ci|Celle-ci|Ce\s+dernier|Cette\s+dernière)\b", re.IGNORECASE)
_THE_TWO_WORDS = re.compile(r"\W*(?:les|ces|tous|toutes)\s+(?:deux|les\s+deux)\b", re.IGNORECASE)


def _more_than_the_pair(subject: Sequence[str], context: Context) -> bool:
    """Whether "les deux" cannot be the subject: a list of more than two, or one company of the
    story's pair (the one a round joined by others is raising: _follow)."""
    return len(subject) > 2 or (context.raising and len(subject) == 1
                                and context.last_duo is not None
                                and subject[0] in context.last_duo)


# "La cible": the company a purchase aims at.
_TARGET = re.compile(r"\W*(?:La|Cette)\s+cible\b", re.IGNORECASE)


def _resolve_opening(pronoun: str, context: Context) -> list[str]:
    """_resolve, or with no subject left, the story's opening subject; "La cible", the company
    the article last said was (to be) bought, whatever the subject."""
    if context.acquired and _TARGET.match(pronoun):
        return [context.acquired]
    if context.subject or (context.latter and _LATTER.match(pronoun)):
        return _resolve(pronoun, context)
    return [context.anchor] if context.anchor else []


_PLURAL_PRONOUN = re.compile(r"\W*(?:Ils|Elles|Tous|Toutes|Les|Ces|Ceux|Celles|(?:Le|Ce)\s+(?:trio"
                             r"|duo|tandem))\b", re.IGNORECASE)


def _resolve(pronoun: str, context: Context) -> list[str]:
    """A pronoun or description standing for the previous subject: a singular one for a
    list ("DST, Nvidia et Felicis ont participé. Elle…") means the article's company."""
    if context.latter and _LATTER.match(pronoun):
        return [context.latter]  # the company named last, not the subject
    if context.investee and context.subject and coref.means_a_startup(pronoun) \
            and context.investee not in context.subject \
            and context.investors.issuperset(context.subject):
        # "… tandis que le fonds X remet au pot. La start-up s'appuie sur M": the company
        # funded, not its investors.
        return [context.investee]
    if _more_than_the_pair(context.subject, context) and _THE_TWO_WORDS.match(pronoun):
        # ("Les deux" after a list of more than two: the story's pair named before the list.)
        return list(context.last_duo or ())
    # ("Le trio", "le duo": a collective noun for the coordinated subject, as "les trois")
    plural = _PLURAL_PRONOUN.match(pronoun)
    if len(context.subject) == 1 and not plural \
            and _bought_start_up(context.subject[0], pronoun, context):
        return [context.purchase[1]]  # ("X a racheté Y. La jeune pousse…": Y)
    if len(context.subject) == 1 and not plural and context.subject[0] in context.introduced \
            and context.subject[0] not in context.grown and _GROWN_HEAD.search(pronoun):
        # "… la start-up X pilote le projet. Le constructeur développe…": a noun of the
        # established groups (the carmaker, the group, the bank) is never the company the
        # article introduced as a start-up; the established company the story is about is.
        # (an established company the article names, else one it never called a start-up nor
        # read investing: the funds of a round are no "groupe" either)
        candidates = [n for n in (context.anchor, _story(context), *context.ranked)
                      if n and (not context.seen or n in context.seen)]
        grown = next((n for n in candidates if n in context.grown), None) or next(
            (n for n in candidates if n not in context.introduced
             and n not in context.investors), None)
        if grown:
            return [grown]
    if plural or len(context.subject) == 1:
        return list(context.subject)
    story = _story(context)
    return [story] if story else []


def _bought_start_up(name: str, description: str, context: Context, said: str = "") -> bool:
    """Whether a description of a start-up read as `name` means instead the company `name`
    bought in the sentence before: a buyer is the established one of the two, unless the
    article called it a start-up itself, or the description gives the bought company another
    nationality than the article did (`said`, the word after it). Not "la licorne": a
    unicorn buys young companies as often as it is bought."""
    return context.purchase is not None and context.purchase[0] == name \
        and name not in context.introduced and context.purchase[1] not in context.grown \
        and _YOUNG_ONLY.search(description) is not None \
        and not (said and coref.other_nationality(context.purchase[1], said,
                                                  context.described_as))


_YOUNG_ONLY = re.compile(r"pousse|start-?up|pépite", re.IGNORECASE)
# The nouns of an established company, never of a start-up.
_GROWN_HEAD = re.compile(r"\b(?:groupe|géant|conglomérat|mastodonte|constructeur|industriel"
                         r"|banque|assureur)\b", re.IGNORECASE)


def _story(context: Context) -> str | None:
    """The article's company as a description or pronoun can mean it: one named already."""
    if not context.seen or context.topic in context.seen:
        return context.topic
    return next((n for n in context.ranked if n in context.seen), None)


# A reciprocal predicate whose subject is the pair the story spoke of ("Les deux sociétés
# travaillent ensemble depuis 2021", "… avaient collaboré, avant de rompre leur partenariat",
# "Le contrat qui lie les deux entreprises", "Les deux groupes se disputent les contrats"): the
# two are each other's partners or rivals, though the sentence names neither.
_PAIR_SUBJECT = (r"\b(?:les|ces)\s+deux\s+(?:sociétés|groupes|entreprises|partenaires|firmes"
                 r"|alliés|start-?ups)\b")
_PAIR_TOGETHER = re.compile(
    r"(?:" + _PAIR_SUBJECT + r"|^\W*(?P<pronoun>Ils|Elles)\b)[^;:.]{0,40}?"
    r"\b(?:(?P<rivals>se\s+(?:disput|concurrenc)\w*"
    r"|s['’]affront\w*|rivalis\w*|se\s+(?:livr|mèn)\w*\s+(?:une\s+)?(?:\w+\s+)?(?:concurrence"
    r"|bataille|guerre)|sont\s+(?:\w+\s+)?(?:concurrent|rivau)\w*)"
    r"|collabor\w*|rapproch\w*|coopér\w*|coopèr\w*|travaill\w*\s+(?:\w+\s+)?ensemble|s['’]associ\w*"
    r"|sont\s+(?:\w+\s+)?partenaires|(?:signé|conclu|noué)\s+(?:un|une)\s+(?:\w+\s+)?(?:accord"
    r"|partenariat|alliance|contrat))"
    r"|\b(?:contrat|accord|partenariat)\s+(?:\w+\s+)?qui\s+li(?:e|ait)\s+(?:depuis\s+\S+\s+)?"
    + _PAIR_SUBJECT, re.IGNORECASE)

_PAIR_SUBJECT_RE = re.compile(_PAIR_SUBJECT, re.IGNORECASE)


def _pair_together(sentence: str, pair: tuple[str, str],
                   subject: Sequence[str]) -> tuple[list[_Found], int, int] | None:
    """The pair as each other's partners or rivals when the sentence's subject is the pair and
    its verb reciprocal; the status of the verb's clause, or ended when the pair broke up
    after it ("avant de rompre leur partenariat")."""
    match = _PAIR_TOGETHER.search(sentence)
    if match is None or (match.group("pronoun") and len(subject) > 1):
        # (a plural pronoun after one subject is the pair: "Elles s'étaient rapprochées";
        # after several, those: _resolve)
        return None
    kind = RIVALRY if match.group("rivals") else PARTNERSHIP
    status = _status(sentence, match.start(), match.end(), None)
    if status == STATED and _ENDED.search(sentence, match.end()):
        status = ENDED
    subject = _PAIR_SUBJECT_RE.search(sentence, match.start())
    start, end = subject.span() if subject else match.span()
    return [_Found(kind, *sorted(pair), status)], start, end


# A company described by the model or product it made ("le créateur de ChatGPT", "du concepteur
# de GPT-5, qui s'appuie sur X"): the maker the gazetteer gives the model, not the model.
_MAKER_HEADS = frozenset({"concepteur", "créateur", "créatrice", "développeur", "père"})
_MAKER_OF = re.compile(r"(?<![\w'’-])(?:[Ll]e|[Dd]u|[Aa]u|[Ll]a)\s+(?:concepteur|créat(?:eur|rice)"
                       r"|développeur|père)\s+(?:de\s+|d['’]\s*)$")


def _makers_by_model(sentence: str, parties: list[_Party]) -> list[_Party]:
    out = []
    for p in parties:
        head = _MAKER_OF.search(sentence, max(0, p.start - 30), p.start) \
            if p.kind == MODEL else None
        maker = maker_of(p.name) if head else None
        out.append(_Party(head.start(), p.end, COMPANY, maker) if head and maker else p)
    return out


# What may come before a sentence's subject: its source ("Selon Reuters, "), an adverbial
# without a name ("Sur ce créneau, ") but not a topic ("Quant à X, elle…" is X).
_BEFORE_SUBJECT = (r"\W*(?:(?:[Ss]elon|[Dd]['’]après)\s[^,;:]{1,40},\s*"
                   r"|(?!Quant\b)[A-ZÀ-Þ][^,;:«»A-ZÀ-Þ]{1,40},\s*)?")
_OPENS_AT = re.compile(_BEFORE_SUBJECT)
# A singular subject pronoun opening the sentence, after such a lead ("Elle affronte X").
_OPENING_PRONOUN = re.compile(_BEFORE_SUBJECT + r"(?P<p>[Ii]l\b" + _IMPERSONAL
                              + r"|[Ee]lle\b)(?!-)")


def _stand_ins(sentence: str, parties: list[_Party], named: list[_Party], anaphor: object,
               context: Context) -> list[_Party]:
    """The company the sentence's subject stands for when the sentence does not name it: the
    description it opens on, read as a party ("La société madrilène a signé avec X"), or a
    singular pronoun opening it ("Sur ce marché, elle affronte X") for the one company spoken
    of. French news names a company once and goes on with its description or pronoun; as the
    subject, it is a party to the sentence's relations as a name would be (the classifier
    pairs it with the names: article_relations). Only the subject: a description elsewhere
    ("un accord avec la société") is as often another company as the one read for it."""
    if (not anaphor and len(parties) == len(named)) \
            or not any(p.kind == COMPANY for p in named):
        return []  # (most sentences: no description read, no pronoun, or no name to pair)
    here = {p.name for p in named}
    kept = set(named)
    first = next((p for p in parties if p.kind == COMPANY), None)
    out = [first] if first is not None and first not in kept and first.end > first.start \
        and first.name and first.name not in here \
        and _OPENS_AT.fullmatch(sentence, 0, first.start) else []
    pronoun = _OPENING_PRONOUN.match(sentence) if anaphor and not out else None
    if pronoun and not any(p.start <= pronoun.start("p") < p.end for p in parties):
        meant = _resolve_opening(pronoun.group("p").capitalize(), context)
        if len(meant) == 1 and meant[0] and meant[0] not in here:
            out.append(_Party(pronoun.start("p"), pronoun.end("p"), COMPANY, meant[0]))
    return out


# A project of the story's company opening the sentence, and who carries it out: "L'intégration
# sera assurée par X", "Le déploiement est confié à X", "Le projet avait été lancé en 2023 avec
# X". French news names the client once, then gives its integrator, host or contractor in a
# sentence about the work alone: X is the story's company's partner (its integrator, its
# contractor), though the sentence does not name that company.
_PROJECT_WORDS = frozenset({"intégration", "déploiement", "mise", "migration", "hébergement",
                            "maintenance", "exploitation", "projet", "chantier"})
_PROVIDED_TO_STORY = re.compile(
    r"\W*(?:L['’]\s*|Le\s+|La\s+|Ce\s+|Cet\s+|Cette\s+)(?:intégration|déploiement"
    r"|mise\s+en\s+(?:œuvre|place|service)|migration|hébergement|maintenance|exploitation"
    r"|projet|chantier)(?:\s+(?!(?:sera|seront|est|sont|a|ont|avait|avaient|serait)\b)"
    r"[a-zà-ÿ'’-]+){0,4}?"
    r"\s+(?:sera|seront|est|sont|a\s+été|ont\s+été|avait\s+été|avaient\s+été|serait"
    r"|seraient)\s+(?:(?:\w+ment|déjà|aussi|également|désormais|notamment)\s+)?"
    r"(?:(?:assuré|mené|piloté|conduit|réalisé|opéré|confié|orchestré|pris\s+en\s+charge)e?s?"
    r"\s+(?:(?:\w+ment|notamment|aussi|également)\s+)?(?:par|à|au|aux)"
    r"|(?:lancé|mené|conduit|réalisé|développé|engagé)e?s?\s+(?:en\s+\d{4}\s+)?avec)"
    r"\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,3}")


def _provided_to_story(sentence: str, parties: list[_Party], context: Context) -> list[_Found]:
    """The story's company and who carries out its project (_PROVIDED_TO_STORY): the first
    company right after the agent's preposition, when it is not that company itself."""
    match = _PROVIDED_TO_STORY.match(sentence)
    if match is None:
        return []
    who = next((p for p in parties if p.kind == COMPANY and p.start == match.end()), None)
    if who is None or who.name == context.anchor:
        return []
    status = _status(sentence, match.start(), match.end(), None)
    if status == STATED and _NOT_RENEWED.search(sentence, who.end):
        status = ENDED  # ("…avec X, dont le contrat n'a pas été renouvelé": the work is over)
    return [_Found(PARTNERSHIP, *sorted((context.anchor, who.name)), status)]


_NOT_RENEWED = re.compile(r"\bn['’](?:a|ont|avait|avaient)\s+pas\s+été\s+(?:renouvel|reconduit)"
                          r"|\bnon\s+(?:renouvel|reconduit)", re.IGNORECASE)


def _pieces(words: set[str]) -> set[str]:
    """The lowercased words, each hyphenated one's parts added: a pattern's word boundary finds
    "agent" inside "multi-agent", so a word gate tests these."""
    return words.union(*[word.split("-") for word in words if "-" in word])


def read_sentence(sentence: str, mentions: Sequence[Mention],
                  previous_subject: Sequence[str] = (),
                  context: Context | None = None) -> list[_Found]:
    """The relations one sentence states; mention offsets index `sentence`.

    `previous_subject` names the companies the previous sentence was about, for a sentence that
    starts with "Le groupe" or "Ils" and names only the other party; `context` says more (the
    article's company for "la jeune pousse", the last funded company for "ont participé").
    """
    if context is None:
        context = Context(subject=list(previous_subject))
    named = _parties(sentence, mentions)
    context.last = (named, [])
    context.stressed = None
    lower = sentence.lower()
    tokens = _WORD.findall(lower)
    words = set(tokens)
    # (what \b sees as words: a hyphenated word's parts too, "multi-agent" holds "agent")
    pieces = _pieces(words) if "-" in lower else words
    product_before = context.product
    context.product = product_before or not pieces.isdisjoint(_PRODUCT_FORMS)
    if _DESCRIPTION_GATE.search(lower):
        parties = sorted(named + _descriptions(sentence, named, context), key=lambda p: p.start)
    else:
        parties = named
    if not words.isdisjoint(_MAKER_HEADS):
        parties = _makers_by_model(sentence, parties)
    if coref.worth_reading(words):
        # "le groupe de Cupertino", "le géant de Hangzhou", "le groupe coréen": a well-known
        # company by its town, founder or nationality (reader.coref).
        # (not in apposition to a name: "Moonshot AI, la start-up pékinoise, …")
        # ("Les deux entreprises signent … : l'allemand intégrera …" after a list of investors:
        # the description is one of the story's pair, not of the list.)
        subject = context.subject
        if _more_than_the_pair(subject, context) and context.last_duo \
                and _THE_TWO_WORDS.match(sentence):
            subject = list(context.last_duo)
        extra = [_Party(d.start, d.end, COMPANY, d.name)
                 for d in coref.described(sentence, [n for n in context.ranked if n in context.seen]
                                          if context.seen else context.ranked, subject,
                                          [(p.start, p.name) for p in parties if p.kind == COMPANY])
                 if not any((p.start < d.end and d.start < p.end and (
                                (p in named and not _FAMILY_NAME.search(
                                    sentence, max(0, p.start - 12), p.start))
                                or not d.start <= p.start < p.end <= d.end
                                or not (coref.by_founder(sentence[d.start : d.end]) or (
                                    sentence[: d.start].strip(" «\"“")
                                    and _OF_A_TOWN.search(sentence, d.start, d.end)))))
                            or (sentence[p.end : d.start].strip() == ","
                                # ("…avec Microsoft, le constructeur de Stuttgart s'appuiera
                                # sur M": the main clause's subject after a fronted phrase, no
                                # apposition)
                                and not _VERB_NEXT.match(sentence, d.end))
                            or sentence[d.end : p.start].strip() == "," for p in parties)
                 # ("selon le groupe de Santa Clara": a source named by description, no party)
                 and not _SOURCE_BEFORE.search(sentence, max(0, d.start - 30), d.start)]
        if extra:
            # "avec la start-up de Sam Altman", "les modèles de la start-up de Heidelberg": the
            # founder, or the town inside a sentence, says which company the description is,
            # over the story's company "la start-up" alone stood for (_descriptions). (Not a
            # nationality, nor a town opening the sentence: "La start-up de Toronto a levé"
            # is as often the story's own start-up as the town's best-known one.)
            # (`named` as a set: a list searched for each party was quadratic in a sentence
            # naming thousands)
            # ("le groupe de la famille Mulliez": the family's name, read as a company by the
            # mentions, is the group the description stands for)
            kept = {p for p in named if not _FAMILY_NAME.search(sentence, max(0, p.start - 12),
                                                                p.start)}
            parties = sorted([p for p in parties if p in kept or not any(
                d.start <= p.start < p.end <= d.end for d in extra)] + extra,
                key=lambda p: p.start)
    if "chez" in words and _CHEZ_OPENING.match(sentence):
        parties = _chez_stand_ins(sentence, parties)
    if context.described_as and not words.isdisjoint(context.described_as):
        again = _described_again(sentence, parties, named, context)
        if again:
            parties = sorted(parties + again, key=lambda p: p.start)
    if "modèle" in words and context.named_models:
        known = _models_of_maker(sentence, parties, context)
        if known:
            parties = sorted(parties + known, key=lambda p: p.start)
    if (len(context.subject) > 2 or len(context.last_members) > 2) \
            and not words.isdisjoint(_COUNT_WORDS):
        # "Airbus, Thales et Leonardo négocient. Les trois industriels veulent rivaliser avec
        # X": a definite plural counting the companies of the subject (else of the last
        # partners read together) is them.
        members = context.subject if len(context.subject) > 2 else context.last_members
        count = _COUNTS.get(len(members))
        many = [_Party(m.start(), m.end(), COMPANY, name)
                for m in _THE_MANY.finditer(sentence) if m.group(1).lower() == count
                and not any(p.start < m.end() and m.start() < p.end for p in parties)
                for name in members if name not in {p.name for p in named}]
        if many:
            parties = sorted(parties + many, key=lambda p: p.start)
    if ("elle" in words or "lui" in words) and (context.subject or context.anchor):
        # "Canal+ fait appel à elle", "X a signé avec lui": a stressed pronoun after a
        # preposition is the company the sentence before was about.
        stressed = [m for m in _STRESSED.finditer(sentence)
                    if not any(p.start <= m.start() < p.end for p in parties)]
        meant = _resolve_opening("Elle", context)[:1] if stressed else []
        if meant and meant[0] not in {p.name for p in named}:
            context.stressed = meant[0]
            parties = sorted(parties + [_Party(m.start("pronoun"), m.end(), COMPANY, meant[0])
                                        for m in stressed], key=lambda p: p.start)
    if context.last_peers and "deux" in words and not (
            context.peers_bought and _NEGOTIATION.search(sentence)):
        # (a buyer and the company bought negotiating: the purchase's talks, no partnership)
        # "Les deux sociétés entendent s'attaquer à Nvidia", "que les deux partenaires
        # désignent comme leurs concurrents": the pair of the last relation read.
        pair = [_Party(m.start(), m.end(), COMPANY, name) for m in _THE_TWO.finditer(sentence)
                if not re.search(r"\bentre\s+$", sentence[max(0, m.start() - 8) : m.start()])
                # ("les deux partenaires" are no pair of rivals)
                and not (context.peers_rivals and re.search(r"partenaires|alliés", m.group()))
                for name in context.last_peers]
        if pair:
            parties = sorted(parties + pair, key=lambda p: p.start)
    if ("deux" in words or "ils" in words or "elles" in words) and context.last_duo \
            and all(p.kind == COMPANY and p.name in context.last_duo for p in named):
        together = _pair_together(sentence, context.last_duo, context.subject)
        if together:
            # (the pair is the sentence's subject for the next one: "Elles s'étaient…")
            pair = [_Party(together[1], together[2], COMPANY, n) for n in context.last_duo]
            context.last = (pair, [pair])
            return together[0]
    anaphor = (not words.isdisjoint(_ANAPHOR_KEYS) and (
        _ANAPHOR_IN_L.search(lower) if len(lower) == len(sentence)
        and "ı" not in lower and "ſ" not in lower else _ANAPHOR_IN.search(sentence))) \
        or _sector_start(sentence)
    named_by = context.by_description = _by_description(sentence, context) \
        if context.described_as and anaphor else None
    context.opening_party = None
    if anaphor and (context.subject or named_by or context.anchor):
        subject = _opening_description(sentence, parties, named, named_by, context)
        if subject is not None:
            context.opening_party = subject
            parties = sorted([*parties, subject], key=lambda p: p.start)
    context.stand_ins = _stand_ins(sentence, parties, named, anaphor, context)
    needed = 1 if (context.subject and (anaphor or not words.isdisjoint(_POSSESSIVES))) \
        or named_by \
        or (context.anchor and _opens_on_anaphor(sentence)) \
        or ((context.subject or context.anchor) and _fronted_then_anaphor(sentence)) \
        or (context.investee and (_JOINS.search(lower) or _ROUND_OPENS.match(sentence))) \
        or (context.models and (_MODEL_REFERS_L.search(lower) if len(lower) == len(sentence)
                                else _MODEL_REFERS.search(sentence))) \
        or ((context.subject or context.anchor) and product_before
            and _OWN_PRODUCT_OPENS.match(sentence)) \
        else 2
    if context.last_pair and "deux" in words and _BOTH.search(sentence):
        needed = 0  # "des négociations entre les deux sociétés"
    if needed == 2 and context.last_members and not words.isdisjoint(_JOIN_WORDS):
        needed = 1  # "X rejoint le consortium": the members read before are the other party
    if needed == 2 and context.anchor and "avec" in words and not words.isdisjoint(_DEAL_NOUNS):
        needed = 1  # "La collaboration avec X a pris fin": the story's company is the other
    ceded = _STAKE_CEDED.search(sentence) if context.acquired \
        and not words.isdisjoint(_CEDE_WORDS) else None
    if ceded:
        needed = 1  # "X cède sa participation": the company bought is the other party
    provided = _provided_to_story(sentence, parties, context) \
        if context.anchor and not words.isdisjoint(_PROJECT_WORDS) else []
    if len(parties) < needed:
        return provided
    cues = _cues_of(words)  # (a union: each word once is enough)
    if not cues and words.isdisjoint(_REPLACING_WORDS) and not ceded \
            and not ("avec" in words and _MADE_WITH_STEMS.search(lower)):
        return _dedupe(provided + _model_owners(sentence, named))
    parties = _attach_makers(sentence, parties)
    if not words.isdisjoint(_HOLDING_WORDS):
        parties = _attach_held(sentence, parties)
    groups = _groups(sentence, parties)
    context.last = (parties, groups)
    found: list[_Found] = list(provided)
    taken: list[tuple[int, int]] = []
    if ceded:
        found += _stake_ceded(sentence, groups, ceded, context, taken)
    if not words.isdisjoint(_POSSESSIVES) or "nos" in words or "notre" in words or (
            sentence.lstrip(" «\"“")[:3] in ("Le ", "La ") and not words.isdisjoint(_RIVAL_WORDS)):
        found += _possessed_rivals(sentence, parties, context, taken)
        if not words.isdisjoint(_PEER_NOUNS):
            found += _possessed_peers(sentence, parties, context, taken)
    if sentence.lstrip(" «\"“")[:1] in "CRGPÉNA" and not words.isdisjoint(_RIVAL_WORDS):
        found += _fronted_rivals(sentence, parties, context, taken)
    if "rejoint" in words and context.investee:
        found += _lead_joined(sentence, groups, context)
    if "suivie" in words or "suivi" in words:
        found += _round_followed(sentence, groups, context)
    if "parmi" in words:
        found += _clients_using(sentence, groups, taken)
    if "laquelle" in words or "lequel" in words:
        found += _invested_in_which(sentence, groups, taken)
    if "auquel" in words or "laquelle" in words:
        found += _round_joined(sentence, groups, taken)
    if not words.isdisjoint(_SOLD_WORDS):
        found += _sold_to(sentence, parties, taken)
    if not words.isdisjoint(_STAKE_WORDS):
        found += _stake_by_noun(sentence, groups, taken)
    if not words.isdisjoint(_GATHERED_WORDS):
        found += _gathered(sentence, parties, groups, taken)
    considered: list[_Found] = []
    if "qui" in words and not words.isdisjoint(_CONSIDERED_WORDS):
        considered = _stake_considered(sentence, groups)
        found += considered
    if "dont" in words:
        found += _whose_shareholder(sentence, groups, taken)
        if "modèle" in words or "modèles" in words:
            found += _whose_model_powers(sentence, parties, groups)
    if not words.isdisjoint(_REPLACING_WORDS):
        found += _replaced(sentence, groups, context, taken)
    if "que" in words or "qu" in words:
        found += _used_which(sentence, groups, taken)
        found += _bought_which(sentence, groups, taken)
    if not words.isdisjoint(_DERIVED_WORDS):
        found += _derived(sentence, parties, groups, context, taken)
    if "avec" in words and _MADE_WITH_STEMS.search(lower):
        found += _made_with(sentence, groups, context, taken)
    if not words.isdisjoint(_JOIN_WORDS) or "intégré" in words:
        found += _joined_consortium(sentence, groups, context)
    if "avec" in words and ("qui" in words or "lequel" in words or "laquelle" in words):
        found += _deal_with_whom(sentence, parties, groups, context)
    if "par" in words:
        for client, supplier in pairwise(groups):
            if _SUPPLIED_TO.search(sentence, max(0, client[0].start - 40), client[0].start) \
                    and _SUPPLIED_BY.fullmatch(sentence, client[-1].end, supplier[0].start):
                found += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                          for a in _companies(client) for b in _companies(supplier) if a != b]
    status_flags: frozenset[str] | None = None
    same_length = len(lower) == len(sentence)
    # What each cue asks of the parties, the groups and the words taken is found by bisection:
    # a scan of them all for every cue was quadratic in a paragraph without a full stop.
    layout = _Layout(parties, groups, taken)
    # (re's ignore-case folds "ı" and "ſ" into "i" and "s": the lowered words are not what it
    # sees, so no gate then)
    gated = same_length and "ı" not in lower and "ſ" not in lower
    may_deny = not gated or any(word in lower for word in _DENIED_WORDS)
    may_forbid = not gated or any(word in lower for word in _FORBIDDEN_WORDS)
    for index in cues:
        gate = _CUE_GATE[index]
        if gate is not None and gated and not gate.opens(pieces):
            continue  # none of the words its phrase needs: a scan would find nothing
        pattern, kind, shape, given = _CUE_RE[index]
        fast = _CUE_LOWER[index]
        cased = _CUE_CASED[index]
        if fast is not None and same_length:
            matches = fast.finditer(lower)
        elif cased is not None and gated and not cased[0].opens(pieces):
            # (the phrases that read capitals cannot match: the other phrases match in the
            # lowered sentence where they match in the sentence, each match then taken from the
            # sentence as written, at its place)
            matches = (pattern.match(sentence, found.start())
                       for found in cased[1].finditer(lower))
        else:
            matches = pattern.finditer(sentence)
        for cue in matches:
            kind = _CUE_RE[index][1]
            if layout.taken(cue.start(), cue.end()):
                continue
            if layout.in_party(cue.start()):
                continue  # a cue word inside a name ("Alliance" in a company's name)
            if kind == MAKES_MODEL and _THAT_CLAUSE.match(sentence, cue.end()):
                continue  # "ont annoncé qu'ils utiliseraient M": a clause is announced, not M
            if kind == INVESTMENT and cue.group()[:3].lower() == "mis" \
                    and cue.group().rstrip().lower().endswith("sur") \
                    and not _says(_MONEY, sentence):
                # "Elle mise désormais sur X et Y, deux opérateurs…", "mise sur M": relying
                # on a partner (on a model), not money, when no sum nor stake is said.
                kind = PARTNERSHIP
            if shape == "svo" and _PARTICIPLE_END.search(cue.group()) \
                    and _BY_AGENT.match(sentence, cue.end()):
                # "Y a été rachetée par X", "financée par X": a passive, the agent acts
                # (the "… par" cues read it); the active cue would turn it round.
                continue
            before, after = layout.before(cue.start()), layout.after(cue.end())
            left = _left_group(sentence, before, cue.start(), layout.ordered)
            right = _right_group(sentence, after, cue.end())
            if kind == PARTNERSHIP and cue.group()[:7].lower() == "accompa" and not (
                    right and _ACCOMPANIED_IN.match(sentence, right[-1].end)):
                continue  # (a client helped with something: "dans", "sur", "pour" after it)
            if kind == USES_MODEL and shape == "ovs" and cue.group().lower().endswith("par"):
                if not left and before and _models(before[-1]) and before[-1][-1].end \
                        and _AMONG_BEFORE.search(sentence, max(0, before[-1][0].start - 40),
                                                 before[-1][0].start) \
                        and _ASIDE_THEN_PASSIVE.fullmatch(sentence, before[-1][-1].end,
                                                          cue.start()):
                    # "Ses modèles, dont le dernier-né M, sont utilisés par X": M, one of the
                    # subject's models set off by commas, is used.
                    left = before[-1]
                if not right and after and _companies(after[0]) and _AGENTS_AMONG.fullmatch(
                        sentence, cue.end(), after[0][0].start):
                    # "M est utilisé par plusieurs cabinets, dont X": X, one of the agents.
                    right = after[0]
            if left and _UNNAMED_SUBJECT.search(sentence, max(left[-1].end, cue.start() - 150),
                                                cue.start()):
                # "X et Y refusent …, et Gallimard s'est joint à la plainte": a subject the
                # gazetteer lacks opens the cue's clause; X and Y are not in it.
                left = None
            if right and _SUBJECT_VERB.match(sentence, right[-1].end) \
                    and _CLAUSE_AND_BEFORE.search(sentence, max(cue.end(), right[0].start - 40),
                                                  right[0].start):
                # "un partenariat noué avec le groupe, et le japonais Y l'a adopté": Y is the
                # subject of a new clause, not the cue's object.
                right = None
            if kind == USES_MODEL and right and cue.group()[:7].lower() == "licence" \
                    and _CLAUSE_BETWEEN.search(sentence, cue.end(), right[0].start):
                # "a conclu avec X des licences qui autorisent ses créateurs à générer … avec
                # M": the licence is not one of M; what M is used for is another clause's.
                continue
            if kind in (ACQUISITION, INVESTMENT) and left and not _companies(left) \
                    and before and before[-1] is not left and _companies(before[-1]) \
                    and _COMMA_ADVERB.fullmatch(sentence, before[-1][-1].end, cue.start()):
                # "M, le modèle conçu par X, désormais propriété d'Y": a model is not what is
                # bought or funded; the company right before the cue is.
                left = before[-1]
            if shape == "svo" and left and left[0].end and _COMMA_THEN_SUBJECT.fullmatch(
                    sentence, left[-1].end, cue.start()) and _GOVERNED.search(
                    sentence[max(0, left[0].start - 40) : left[0].start]):
                # "Après avoir intégré M grâce à un contrat avec X, le constructeur s'appuiera sur
                # N": a name governed by a preposition, then a comma and the clause's own
                # subject, a description: X is not the verb's subject.
                left = None
            if shape == "svo" and left and left[0].end and _companies(left) \
                    and _ASIDE_CLOSE.fullmatch(sentence, left[-1].end, cue.start()) \
                    and _ASIDE_OPEN.search(
                    sentence, max(0, left[0].start - 80), left[0].start) and _GOVERNED.search(
                    sentence[max(0, left[0].start - 40) : left[0].start]):
                # "Son logiciel, adopté par la direction juridique de X, exploite M", "la
                # plateforme, propriété du groupe X, a intégré M": a name governed inside an
                # aside set off by commas is not the verb's subject.
                left = None
            if shape == "svo" and left and left[0].end and _companies(left) \
                    and _PARTICIPLE_CUE.match(cue.group()) \
                    and not sentence[left[-1].end : cue.start()].strip() \
                    and _NOUN_COMPLEMENT.search(sentence, max(0, left[0].start - 40),
                                                left[0].start):
                # "Bleu, filiale commune d'Orange et de Capgemini bâtie sur les technologies de
                # Microsoft": the participle agrees with the noun the names complete, not
                # with them; the name the noun is set beside is its subject.
                earlier = [g for g in before if g[-1].end <= left[0].start and _companies(g)]
                left = earlier[-1] if earlier and _APPOSED_HEAD.fullmatch(
                    sentence, earlier[-1][-1].end, left[0].start) else None
            if kind in (RIVALRY, PARTNERSHIP) and left and left[0].end and _companies(left) \
                    and _DETACHED_PHRASE.search(sentence, left[-1].end, cue.end()) \
                    and _GOVERNED.search(sentence[max(0, left[0].start - 40) : left[0].start]):
                # "X équipe les entrepôts de A et de B, face à des concurrents comme C", "X
                # intègre M dans les voitures de A, en vertu d'un accord avec C": the phrase set
                # off by its comma is said of the clause's subject, X; A and B, complements of
                # its verb, are no rivals (partners) of C.
                subject = _main_subject(sentence, groups, left[0].start)
                left = next((g for g in groups if g[-1].end <= left[0].start
                             and _companies(g) == subject), None) if subject else None
            if kind == RIVALRY and left is None and right and _companies(right) \
                    and cue.group()[:4].lower() == "face" and not sentence[: cue.start()].strip(
                        " «\"“"):
                # "Face à elle (à X), Y et Z visent le même marché": the subject after the
                # opening phrase is X's rival (the comma ends the phrase, not a list).
                cut = next((i for i in range(1, len(right)) if "," in sentence[
                    right[i - 1].end : right[i].start]), None)
                if cut is not None and (
                        _ENUMERATED.search(sentence, cue.end(), right[0].start)
                        or (_COMMA_NEXT.match(sentence, right[-1].end)
                            and _LAST_MEMBER.fullmatch(sentence, right[-2].end,
                                                       right[-1].start))):
                    # "Face à des rivaux comme X, Y ou Z, …", "Face à X, Y et Z, la start-up…":
                    # one enumeration, closed by "et"/"ou" and a comma, holds the rivals; the
                    # subject comes after it.
                    cut = None
                if cut is not None:
                    left, right = right[cut:], right[:cut]
                elif _COMMA_NEXT.match(sentence, right[-1].end):
                    left = next((g for g in after if g[0].start > right[-1].end
                                 and _companies(g)), None)
                    if left is None:
                        # "Face à des concurrents comme X ou Y, le temps presse", "…, la
                        # start-up veut aller vite": no company named after the phrase; the
                        # rivals are those of the company spoken of.
                        meant = [n for n in _resolve_opening("Il", context)
                                 if n and n not in _companies(right)]
                        left = [_Party(0, 0, COMPANY, n) for n in meant] or None
            if kind == ACQUISITION and shape == "svo" and right and _companies(right) \
                    and _BOUGHT_FROM.fullmatch(sentence, cue.end(), right[0].start):
                # "X rachète le service Songkick à Y": what is bought comes first, Y sells it.
                continue
            if shape == "sued_by":
                # "le procès intenté par X à Y": the agent sues the one after "à"/"contre".
                shape = "pair"
                sued = [g for g in after if right and g[0].start >= right[-1].end][:1]
                cut = next((k for k in range(1, len(right or [])) if _TO_SUED.fullmatch(
                    sentence, right[k - 1].end, right[k].start)), None)
                if cut is not None:  # (read as one group: "X à Y")
                    left, right = right[:cut], right[cut:]
                elif right and sued and _companies(sued[0]) and _TO_SUED.fullmatch(
                        sentence, right[-1].end, sued[0][0].start):
                    left, right = right, sued[0]
                else:
                    continue
            if kind == RIVALRY and right and cue.group().lower().startswith("oppos"):
                # "le litige qui oppose (depuis 2023) X à (la même) Y": both after the verb.
                right = right + _followers(
                    sentence, groups, right,
                    lambda g, gap: _companies(g) and _TO_OTHER.fullmatch(gap))
            if kind == PARTNERSHIP and right and _RECIPROCAL.match(cue.group()) \
                    and _PURPOSE_CLAUSE.match(sentence, cue.end(), right[0].start) \
                    and not _CREATED.search(sentence, max(0, right[0].start - 60), right[0].start):
                # "X, Y et Z s'associent pour automatiser … dans les hôpitaux du groupe W": the
                # purpose's complements are no partner; one comes with "à" or "avec".
                right = None
            if kind == PARTNERSHIP and shape == "svo" and right and not _models(right) \
                    and _DATIVE_BEFORE.search(sentence, max(0, cue.start() - 8), cue.start()):
                # "pour lui fournir des processeurs, une surprise de la part du bailleur de Y":
                # the one supplied is the pronoun; a company further on is not the object.
                right = None
            if kind == RIVALRY and cue.group().lower().startswith("se disput"):
                right = None  # "X et Y se disputent les clients de Z": X and Y are the rivals
            if kind == RIVALRY and right and right[0].end \
                    and _POSSESSED_RIVAL_NOUN.search(sentence, max(0, cue.start() - 30),
                                                     cue.start()) \
                    and _PAST_THE_RIVAL.search(sentence, cue.end(), right[0].start) \
                    and ":" not in sentence[cue.end() : right[0].start]:
                # "tandis que sa concurrente a signé avec Y", "X, qui se présente comme son
                # principal concurrent sur le marché, et de la start-up Y": the possessed noun
                # is a rival the sentence names elsewhere; the name after a verb or a
                # coordination is not it. ("Ses concurrents ne sont pas en reste : X…": a colon
                # gives the members.)
                right = None
            if kind == PARTNERSHIP and left and len(_companies(left)) > 1 \
                    and cue.group()[:3].lower() in ("off", "pro"):
                # "X, Y et Z ont déposé une offre conjointe pour W": the bidders are the
                # partners; what they bid for is none.
                right = None
            if shape in ("pair", "ovs") and (right is None or " parmi " in cue.group()):
                # "Microsoft compte OpenAI parmi ses clients": the party inside the cue (also
                # when a name follows: "X, qui compte A parmi ses investisseurs, signe avec Y").
                right = [p for p in layout.parties_within(cue.start() + 1, cue.end())
                         if cue.start() < p.start and p.end <= cue.end()] or right
            left_names = list(left) if left else []
            if kind == ACQUISITION and shape == "ovs" \
                    and cue.group().lower().startswith(("désormais", "aujourd", "depuis")):
                # "Y, désormais dans le giron de X": the apposition is said of the name right
                # before it, whatever the clause it ends (none named there: no relation).
                if not (before and before[-1][-1].end and _BARE_COMMA.fullmatch(
                        sentence, before[-1][-1].end, cue.start())):
                    continue
                left_names = before[-1][-1:]
            if kind == MAKES_MODEL and shape == "ovs" and before and left_names \
                    and before[-1][-1].kind == MODEL and before[-1][-1] not in left_names:
                last = before[-1][-1]
                if _APPOSED_MODEL_NOUN.fullmatch(sentence, last.end, cue.start()):
                    # "son modèle, M, à partir de N, le modèle ouvert publié par X": the
                    # participle is said of the model its apposition follows, N.
                    left_names = [last]
            if kind == PARTNERSHIP and shape == "svo" and left and left[-1].end \
                    and not _companies(left) and cue.group()[:4].lower() in ("conv", "sédu") \
                    and _ELIDED_AND.search(sentence, max(left[-1].end, cue.start() - 16),
                                           cue.start()):
                # "X a lancé son modèle, M, et a déjà convaincu Y": the verb after ", et" has
                # the subject of the verb before it, not the model named in between.
                doer = [g for g in before if g[-1].end <= left[0].start and _companies(g)][-1:]
                left_names = doer[0] if doer and _DID_THEN.fullmatch(
                    sentence, doer[0][-1].end, left[0].start) else []
            if kind == PARTNERSHIP and shape == "svo" and left and left[-1].end \
                    and cue.group()[:4].lower() == "conf" \
                    and _ELIDED_AND.search(sentence, max(left[-1].end, cue.start() - 16),
                                           cue.start()) \
                    and "," in sentence[left[-1].end : cue.start()] and _GOVERNED.search(
                        sentence[max(0, left[0].start - 40) : left[0].start]):
                # "X a dénoncé le contrat qui le liait à Y …, et a confié le sujet à Z": the
                # verb after ", et" has the sentence's subject, not Y, a complement.
                subject = [n for n in _main_subject(sentence, groups, left[0].start)
                           if n not in _companies(left)]
                left_names = [_Party(0, 0, COMPANY, n) for n in subject]
            if kind in (USES_MODEL, PARTNERSHIP) and shape == "svo" and left and right \
                    and _models(left) and not _companies(left) and _companies(right) \
                    and (_POWERS.match(cue.group()) if kind == PARTNERSHIP
                         else _PASSIVE_AUX.search(sentence, max(0, cue.start() - 12),
                                                  cue.start())) \
                    and _INTO_PRODUCT_OF.fullmatch(sentence, cue.end(), right[0].start):
                # "M alimente déjà l'assistant des voitures X", "M est intégré depuis l'été
                # dans les véhicules X": the company whose products the model runs in uses
                # it (no subject to look for elsewhere).
                status = _status(sentence, cue.start(), cue.end(), given)
                found.extend(_Found(USES_MODEL, c, m, status) for c in _companies(right)
                             for m in _models(left) if maker_of(m) != c)
                taken.append((cue.start(), cue.end()))
                continue
            if kind == INVESTMENT and shape == "svo" and left_names:
                # "X a co-investi avec Y dans Z": Y invests as well.
                left_names = left_names + [
                    p for p in layout.parties_within(cue.start() + 1, cue.end())
                    if cue.start() < p.start and p.end <= cue.end() and p.kind == COMPANY
                    and re.search(r"\bavec\s+(?:\w+\s+)?$", sentence[cue.start() : p.start])]
            lead = sentence[max(0, cue.start() - 30) : cue.start()]
            if ("n" in words or "ne" in words) and _NEGATED.search(lead) and (
                    _NEGATED_OBJECT.search(lead)
                    or _NEGATION_AFTER.match(sentence, cue.start())):
                continue  # "X n'a pas rejoint l'alliance", "Y n'investit pas dans Z"
            if "sans" in words and _WITHOUT.search(lead):
                # "X a payé une licence sur la technologie de Y, sans racheter la société",
                # "sans s'associer à Z": the verb after "sans" says what was not done.
                continue
            accused = _ACCUSED_OF_TRAINING.search(sentence, max(0, cue.start() - 160),
                                                  cue.start()) \
                if kind == MAKES_MODEL and "avoir" in words else None
            if accused:
                # "X a assigné Y, accusée d'avoir aspiré ses archives pour entraîner M", "X
                # accuse Y d'avoir copié ses textes pour entraîner M": the accused trains M, not
                # the accuser (the party set off before "accusée", or named after "accuse").
                named_accused = [p for p in layout.parties_within(
                    max(0, accused.start() - 60), accused.end()) if p.kind == COMPANY and (
                        (p.end <= accused.start()
                         and re.fullmatch(r"\s*,\s*", sentence[p.end : accused.start()]))
                        or accused.start() < p.start < accused.start("avoir"))]
                if not named_accused:
                    continue  # (the accused described, "la start-up néerlandaise": not the accuser)
                left_names = named_accused[:1]
            elif _NONFINITE.search(lead) and (not _companies(left_names) or _GOVERNED.search(
                    sentence[max(0, left_names[0].start - 40) : left_names[0].start])):
                # "en intégrant X", "pour intégrer X": the main clause's subject acts.
                subject = _main_subject(sentence, groups, cue.start())
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            elif left_names and left_names[0].end > 0 and (
                    _AND_VERB.search(lead) or (shape == "pair" and _AND_VERB_OBJECT.search(lead))) \
                    and not (re.search(r"(?:é|ée|és|ées|ue|ues)$", cue.group().split()[0])
                             and _BY_AGENT.match(sentence, cue.end() - len(cue.group())
                                                 + len(cue.group().split()[0]))) and (
                    not _companies(left_names) or _GOVERNED.search(
                        sentence[max(0, left_names[0].start - 40) : left_names[0].start])):
                # "X a développé M avec l'université Y, et s'associe à Z": a verb coordinated
                # to the main one shares its subject.
                subject = _main_subject(sentence, groups, cue.start())
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
                elif _companies(left_names) and _PRONOUN_SUBJECT.search(
                        sentence, 0, left_names[0].start):
                    # "elle ne peut plus acheter de puces X et a noué un partenariat avec Y":
                    # the pronoun is the subject of both verbs (read below), X no party.
                    left_names = []
            elif left and left_names == list(left) and _companies(left) \
                    and (_AND_VERB.search(lead) or _PURPOSE.search(lead)
                         or _AND_AUXILIARY.search(sentence, max(0, cue.start() - 100),
                                                  cue.start())
                         or (kind == RIVALRY and _AND_STANDS_AS.search(lead))) \
                    and not _BY_AGENT.match(sentence, cue.end()):
                # "X rachète Y et signe avec Z", "X a racheté Y et investi dans Z", "X a
                # racheté Y avant de s'allier à Z": Y is the first verb's object; the verb
                # coordinated to it (or the infinitive after it) is X's.
                main = next((g for g in groups if g[0].start < left[0].start and _companies(g)
                             and _companies(g) == _main_subject(sentence, groups,
                                                                left[0].start)), None)
                # ("La start-up, qui a absorbé Y en mars et compte Z parmi ses actionnaires": the
                # relative's verbs share its antecedent as subject, as the main verbs do)
                if main is not None and (not _OBJECT_GAP_BREAK.search(
                        sentence, main[-1].end, left[0].start) or _WHO_THEN.fullmatch(
                        sentence, main[-1].end, left[0].start)) \
                        and _VERB_BETWEEN.search(sentence, main[-1].end, left[0].start):
                    left_names = list(main)
            if shape == "pair" and kind == PARTNERSHIP and right and left and _companies(left) \
                    and left_names == list(left) and left[0].end \
                    and _AND_FINITE.search(sentence, cue.end(), right[0].start):
                # "X a signé avec A un accord portant sur des GPU et conçoit ses puces avec B":
                # B follows another verb coordinated to the first; its subject is X, not A.
                subject = _main_subject(sentence, groups, left[0].start)
                if subject and not set(subject) & set(_companies(left)):
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            opening = (_anaphor_start(sentence) or _sector_start(sentence)) \
                if left_names else None
            if opening and _relative_closed(sentence, opening.end(), cue.start()) \
                    and all(p.start >= opening.end() for p in left_names):
                # "Le conglomérat, qui utilisait M, le modèle de X, bascule vers N": the
                # name inside the relative clause is not the main verb's subject.
                left_names = []
            if right and _companies(right) and (
                    not _companies(left_names)
                    or set(_companies(left_names)) <= set(_companies(right))) \
                    and shape in ("svo", "ovs", "pair") \
                    and _FRONTED.fullmatch(sentence, 0, cue.start()):
                # "Rachetée par X en 2024, Y accélère", "Partenaire de X depuis 2020, Y…",
                # "Après avoir racheté X, Y vise…": the phrase opening the sentence is said of
                # the subject after its comma.
                subject = [g for g in groups if g[0].start >= right[-1].end][:1]
                split = next((k for k in range(1, len(right)) if _FRONTED_SPLIT.fullmatch(
                    sentence, right[k - 1].end, right[k].start)), None)
                if split is not None:
                    # ("Financée par X, la start-up Y": read as one list, an apposition)
                    left_names, right = right[split:], right[:split]
                elif subject and _companies(subject[0]) and _FRONTED_CLOSE.fullmatch(
                        sentence, right[-1].end, subject[0][0].start):
                    left_names = subject[0]
            if not _companies(left_names) and "»" in sentence and _WE_IN_QUOTE.search(
                    sentence, max(0, cue.start() - 60), cue.start()):
                # "« Nous travaillons avec X », a déclaré le PDG de Y": Y, the speaker's company.
                speaker = _QUOTE_SPEAKER.search(sentence, cue.end())
                if speaker and speaker.group("of"):
                    left_names = [p for p in parties if p.kind == COMPANY
                                  and p.start == speaker.end()][:1]
                person = _QUOTE_PERSON.search(sentence, cue.end()) if not left_names else None
                founded = coref.FOUNDERS.get(" ".join(person.group("person").split()).lower(),
                                             ()) if person else ()
                known = [n for n in founded if n in context.seen or n == context.topic]
                if len(known) == 1:
                    # "« Nous voulons rester le champion face à X », a déclaré Arthur Mensch":
                    # the company the tables give the speaker, when the article names it.
                    left_names = [_Party(0, 0, COMPANY, known[0])]
            if kind == USES_MODEL and shape == "ovs" and not _models(left_names) and right \
                    and _models(right) and not _companies(right) \
                    and _PRODUCT_BEFORE.search(sentence, max(0, cue.start() - 60), cue.start()):
                # "X lance un assistant propulsé par M": X's product runs on M, X uses it.
                subject = _companies(left_names) or _main_subject(sentence, groups, cue.start())
                if subject:
                    left_names, right = right, [_Party(0, 0, COMPANY, n) for n in subject]
            colon = _COLON_DESCRIBED.search(sentence, max(0, cue.start() - 80), cue.start()) \
                if ":" in sentence or ";" in sentence else None
            if colon and all(p.start >= colon.start() for p in left_names if p.end):
                # (the description itself, read as a party, is the first clause's subject too)
                # "X poursuit ses emplettes : la banque brésilienne a racheté Y": the
                # description after the colon is the first clause's subject.
                subject = [n for n in _main_subject(sentence, groups, colon.start())
                           if n not in _companies(right or [])]
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            if not _companies(left_names) and (context.subject or named_by or (
                    context.anchor and _opens_on_anaphor(sentence))):
                pronoun = _last_anaphor(sentence, cue.start()) or next(
                    (m for m in [_sector_start(sentence)]
                     if m and m.end() <= cue.start() and (context.opening or named_by)), None)
                # (the text between the pronoun and the cue, as positions: cut out and searched,
                # it was the whole sentence before each cue after an opening "Elle")
                gap = (pronoun.end(), cue.start()) if pronoun else (0, 0)
                closed = pronoun is not None and _closed_between(sentence, *gap)
                if pronoun is not None and (closed or not (
                        (before and before[-1][-1].end > pronoun.start()) if layout.ordered
                        else [g for g in before if g[-1].end > pronoun.start()])) \
                        and (not _who_between(sentence, *gap)
                             or _WHO_ACTS.fullmatch(sentence, *gap)
                             or (_DESCRIBED_WHO_ACTS.fullmatch(sentence, *gap)
                                 and _OPENING_QUOTES.match(sentence).end() >= pronoun.start())
                             # "Le conglomérat, qui …, bascule vers N": the main verb's
                             or closed) \
                        and not (_OF_NAME.match(sentence, *gap)
                                 and _OPENING_QUOTES_COMMAS.match(sentence).end() < pronoun.start()
                                 and not _SOURCE_LEAD.fullmatch(sentence, 0,
                                                                pronoun.start() + 1)):
                    # ("le groupe de Seattle" inside a sentence names a company the text does
                    # not name; opening it, the company the sentence before spoke of.)
                    left_names = [_Party(0, 0, COMPANY, name)
                                  for name in ([named_by[0]] if named_by
                                               and pronoun.end() <= named_by[1] else [])
                                  or _young_subject(pronoun.group(), context)
                                  or _giant_subject(sentence, context)
                                  or _resolve_opening(pronoun.group(), context)]
            if left_names and not _companies(left_names) and _companies(right or []) \
                    and kind in (PARTNERSHIP, RIVALRY) and not _NONFINITE.search(lead):
                # "intègre ChatGPT, en vertu d'un accord avec OpenAI": the sentence's subject.
                subject = _main_subject(sentence, groups, cue.start())
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            if kind == USES_MODEL and cue.group().lower().startswith(("conserv", "gard")) \
                    and not _companies(left_names):
                continue  # ("…, tout en conservant M": the main subject keeps it, unnamed here)
            if kind == USES_MODEL and shape == "svo" and left_names \
                    and not _companies(left_names) and _models(left_names) \
                    and _BUILT_ON.match(cue.group()):
                # "X a dévoilé M, un modèle construit à partir de N": X, M's maker, uses N.
                # ("a généralisé son assistant interne, P, bâti sur N": its own product too)
                subject = _main_subject(sentence, groups, left_names[0].start)
                if subject and (_MADE.search(sentence, 0, left_names[0].start)
                                or _OWN_PRODUCT_APPOSED.search(
                                    sentence, max(0, left_names[0].start - 60),
                                    left_names[0].start)):
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            if kind == USES_MODEL and shape == "svo" and not left_names and right \
                    and _models(right) and _BUILT_ON.match(cue.group()) \
                    and _OWN_PRODUCT_APPOSED.search(sentence, max(0, cue.start() - 80),
                                                    cue.start()):
                # "X … : son moteur de recommandation, bâti sur M, …": the product of the
                # sentence's subject, named before it, runs on M.
                subject = [n for n in _main_subject(sentence, groups, cue.start())
                           if all(maker_of(m) != n for m in _models(right))]
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            whose = _WHOSE_PRONOUN.search(sentence, max(0, cue.start() - 50), cue.start()) \
                if kind in (USES_MODEL, PARTNERSHIP) and shape == "svo" and "dont" in words \
                else None
            if whose:
                # "X a signé avec Y, dont il distribue l'offre (dont elle déploie le modèle M)":
                # the pronoun is X, the main subject; the thing it acts on is Y's.
                subject = _main_subject(sentence, groups, whose.start())
                owner = [g for g in before if g[-1].end <= whose.start()][-1:] if before else []
                if subject and owner and not set(subject) & set(_companies(owner[0])):
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
                    if kind == PARTNERSHIP and not right:
                        right = owner[0]
            if kind == USES_MODEL and shape == "svo" and left_names and right \
                    and not _companies(left_names) and _models(right) \
                    and _models(left_names) and _models(left_names)[0] not in _models(right) \
                    and not _OBJECT_RELATIVE.match(sentence, left_names[-1].end, cue.start()):
                # "Les fonctions Apple Intelligence reposeront sur Qwen": a product stands for
                # the company that makes it. (Not a model that is the relative's object: "sur
                # M, qu'elle combine à N": "elle" is the sentence's subject, not M's maker.)
                makers = [m for m in (maker_of(n) for n in _models(left_names)) if m]
                if makers:
                    left_names = [_Party(0, 0, COMPANY, name) for name in dict.fromkeys(makers)]
            elif kind == USES_MODEL and shape == "svo" and left_names and right \
                    and not _companies(left_names) and _models(right) \
                    and _PRONOUN_RELATIVE.fullmatch(sentence, left_names[-1].end, cue.start()):
                # "X a bâti son agent sur M, qu'elle combine à N": the pronoun is the sentence's
                # subject.
                subject = _main_subject(sentence, groups, left_names[0].start)
                if subject:
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
            if kind == USES_MODEL and shape == "svo" and not left_names and right \
                    and _models(right) and _PRODUCT_START.match(sentence, 0, cue.start()):
                # "Anysphere, l'éditeur de l'assistant Cursor, … L'assistant s'appuie sur M":
                # the product named before stands for its maker.
                used_makers = {maker_of(m) for m in _models(right)}
                for name in context.named_models:
                    maker = maker_of(name)
                    if maker and name not in _models(right) and maker not in used_makers:
                        left_names = [_Party(0, 0, COMPANY, maker)]
                        break
            if kind == USES_MODEL and shape == "svo" and not _companies(left_names) and right \
                    and _models(right) and _OWN_PRODUCT_START.match(sentence, 0, cue.start()) \
                    and not any(_companies(g) for g in before) \
                    and (product_before or _POSSESSIVE_ANY.match(sentence.lstrip(" «\"“"))):
                # "Son assistant, qui …, repose sur M", "L'outil reposera sur M", "Le moteur
                # d'analyse repose sur M": the product of the company spoken of.
                makers = {maker_of(m) for m in _models(right)}
                owner = [n for n in (_resolve("Il", context) or (
                    [context.anchor] if context.anchor else [])) if n not in makers]
                if owner:
                    left_names = [_Party(0, 0, COMPANY, name) for name in owner]
            if kind == USES_MODEL and shape == "svo" and right and not _companies(right) \
                    and _INTO_OWN.search(sentence, max(cue.end(), right[0].start - 50),
                                         right[0].start):
                # "ajoute à sa plateforme P deux modèles : M et N": P is where they go, the
                # models after it are the object.
                objects = [g for g in after if g[0].start >= right[-1].end][:1]
                if objects and _models(objects[0]) and not _RIGHT_STOP.search(
                        sentence, right[-1].end, objects[0][0].start) \
                        and objects[0][0].start - right[-1].end <= 60:
                    right = objects[0]
            if kind == USES_MODEL and right and _companies(right) and _MODELS_OF.search(
                    sentence[cue.end() : right[0].start]):
                # "s'appuie sur les modèles de X, notamment M": M is used, X is their maker.
                named = _models_named_after(sentence, groups, right)
                if not named and _companies(left_names) and not _NONFINITE.search(
                        sentence, max(0, cue.start() - 30), cue.start()) \
                        and not _NEGATED_BEFORE.search(sentence, max(0, cue.start() - 40),
                                                       cue.start()):
                    # "X intègre (s'appuie sur) les modèles d'Y", none named: X is Y's client
                    # (not "ne peut pas y déployer les modèles d'Y").
                    kind = PARTNERSHIP
                else:
                    right = named
            if kind == PARTNERSHIP and left and right and _DEAL_WORD.match(cue.group()) \
                    and left[-1].end and _AND_PARTICIPLE.fullmatch(sentence, left[-1].end,
                                                                   cue.start()):
                # "X a rompu avec Y et signé un accord avec Z": the elided auxiliary's subject,
                # X, signs; Y is the first verb's object.
                subject = [n for n in _main_subject(sentence, groups, left[0].start)
                           if n not in _companies(left)]
                if subject:
                    left_names = [_Party(0, 0, COMPANY, n) for n in subject]
            if kind == PARTNERSHIP and left and left[-1].end and _companies(left) \
                    and _DEAL_OF.match(cue.group()) and (not right or not _companies(right)) \
                    and (_COMPANION_DEAL.fullmatch(sentence, left[-1].end, cue.start())
                         or (_BY_A_DEAL.fullmatch(sentence, left[-1].end, cue.start())
                             and _BOUND_TO.search(sentence, max(0, left[0].start - 30),
                                                  left[0].start))):
                # "X investit dans Y, assorti d'un accord de licence": the same two sign it;
                # "X, lié à Y par un accord": X and Y.
                subject = [n for n in _main_subject(sentence, groups, left[0].start)
                           if n not in _companies(left)]
                if subject:
                    left_names, right = [_Party(0, 0, COMPANY, n) for n in subject], left
            if kind in (ACQUISITION, INVESTMENT, PARTNERSHIP) and shape == "svo" and not right \
                    and left and left[0].end and _companies(left) \
                    and _AUX_ONLY.fullmatch(sentence, left[-1].end, cue.start()):
                # "Y, que X a rachetée en 2025": the object fronted in a relative clause.
                fronted = [g for g in groups if g[-1].end <= left[0].start][-1:]
                if fronted and _companies(fronted[0]) and _WHICH_OBJECT.fullmatch(
                        sentence, fronted[0][-1].end, left[0].start):
                    right = fronted[0]
            if kind in (PARTNERSHIP, RIVALRY) and shape == "pair" and not right and left \
                    and _companies(left) and (
                        (_AS_ROLE.fullmatch(sentence, left[-1].end, cue.start())
                         and _NAMING_VERB.search(sentence, max(0, left[0].start - 40),
                                                 left[0].start))
                        # ("X voit dans Y et Z des concurrents", "voit en Y un rival")
                        or (_AS_ROLE_BARE.fullmatch(sentence, left[-1].end, cue.start())
                            and _SEES_IN.search(sentence, max(0, left[0].start - 30),
                                                left[0].start))):
                # "X a désigné Y comme un concurrent sérieux", "X considère Y comme son
                # partenaire": the subject names Y so, for itself.
                subject = [n for n in _main_subject(sentence, groups, left[0].start)
                           if n not in _companies(left)]
                if subject:
                    left_names, right = [_Party(0, 0, COMPANY, n) for n in subject], left
            if kind in (PARTNERSHIP, RIVALRY) and left and (not right or (
                    _DEAL_WORD.match(cue.group()) and not _companies(right))) \
                    and re.search(
                    r"\bavec\s*$", sentence[max(0, left[0].start - 8) : left[0].start]):
                # "a créé avec OpenAI une coentreprise": the subject and the one "avec".
                subject = [n for n in _main_subject(sentence, groups, left[0].start)
                           if n not in _companies(left)]
                if subject:
                    left_names, right = [_Party(0, 0, COMPANY, n) for n in subject], left
            if kind == USES_MODEL and left_names and not _companies(left_names) \
                    and _POSSESSIVE_BEFORE.search(
                        sentence, max(0, left_names[0].start - 40), left_names[0].start):
                # "sa plateforme Agentforce intègre M": the owner of the product uses M.
                owner = _main_subject(sentence, groups, left_names[0].start) or context.subject
                if owner:
                    left_names = [_Party(0, 0, COMPANY, name) for name in owner]
            if kind in (USES_MODEL, PARTNERSHIP) and shape in ("svo", "pair") \
                    and not _companies(left_names) \
                    and context.subject and _POSSESSED_SUBJECT.match(sentence, 0, cue.start()):
                # "Ses agents s'appuient sur M": the company the possessive stands for.
                left_names = [_Party(0, 0, COMPANY, name) for name in _resolve("Il", context)]
            if kind == USES_MODEL and shape == "ovs" and not _models(left_names) \
                    and context.models and _PRONOUN_START.match(sentence):
                # "Il a été adopté par X": the model the sentence before named.
                left_names = [_Party(0, 0, MODEL, name) for name in context.models]
            if shape == "noun" and not left_names and right and context.subject \
                    and _said_before(_POSSESSIVE_ANY, sentence, cue.start(), 5):
                # "son cofondateur a confirmé le rachat de Y": the company spoken of buys.
                left_names = [_Party(0, 0, COMPANY, name) for name in _resolve("Il", context)]
            if kind == INVESTMENT and shape == "ovs" and not left_names and right \
                    and not sentence[: cue.start()].strip(" «\"“") and "," in sentence:
                # "Soutenue par X, la start-up (Y) signe…": the main clause's subject is funded.
                comma = sentence.find(",", right[-1].end)
                subject = [g for g in groups if g[0].start > comma][:1] if comma > 0 else []
                opening = _ANAPHOR.match(sentence, comma + 1) if comma > 0 else None
                if subject and _DESCRIBED_START.match(
                        "Le " + sentence[comma + 1 : subject[0][0].start].lstrip()):
                    left_names = subject[0]
                elif opening:
                    left_names = [_Party(0, 0, COMPANY, name) for name in (
                        _young_subject(opening.group(), context)
                        or _resolve_opening(opening.group(), context))
                                  if name not in _companies(right)]
            if not left_names and right and not (kind == INVESTMENT and shape == "ovs"):
                # "les négociations de X avec Y": the first party follows the cue.
                later = _next_with(sentence, parties, right)
                if later:
                    left_names, right = right, later
            elif left_names and right and kind == PARTNERSHIP and _DEAL_OF.match(cue.group()) \
                    and _OF_ONLY.fullmatch(sentence, cue.end(), right[0].start):
                # "X récupère les contrats d'Y avec A, B et C": the deal's own parties are its
                # complements, Y and those "avec"; the verb's subject is none of them.
                later = _next_with(sentence, parties, right)
                if later and _companies(later):
                    left_names, right = right, later
            if kind == INVESTMENT and left_names and left_names[0].end and (
                    shape == "ovs" or cue.group().lower() in ("soutien", "soutiens")) \
                    and _LED_BY.search(
                    sentence, max(0, left_names[0].start - 50), left_names[0].start):
                # "Le tour est mené par X, avec le soutien de Y": X leads a round, it is no
                # company funded; Y is one more investor (_more_investors reads it).
                continue
            if kind == INVESTMENT and shape == "ovs" and right and not _companies(left_names) \
                    and _round_opens(sentence):
                # "Le tour est mené par X, aux côtés de Y": the round of the company just funded
                # (or spoken of).
                funded = [context.investee] if context.investee else _resolve("Il", context)
                # (never one of the round's own investors: with no company funded read yet,
                # the article's most named company may be its lead)
                investors = _companies(right + _more_investors(sentence, groups, right))
                left_names = [_Party(0, 0, COMPANY, name) for name in funded
                              if name and name not in investors]
            if kind == INVESTMENT and shape == "ovs" and right:
                right = right + _more_investors(sentence, groups, right)
            if kind == INVESTMENT and shape == "svo" and right \
                    and cue.group().split()[0].lower() in _CEDE_WORDS:
                # "X a cédé sa participation dans Y (, une start-up …,) à Z": X leaves Y's
                # capital, Z, who takes the stake, enters it; Z is no company X holds.
                cut = next((k for k in range(1, len(right)) if _STAKE_TO.fullmatch(
                    sentence, right[k - 1].end, right[k].start)), None)
                # (past an apposition, whose description may stand for Y as a party)
                takers = right[cut:] if cut is not None else next(
                    (g for g in groups if right[-1].end <= g[0].start < right[-1].end + 200
                     and not set(_companies(g)) <= set(_companies(right))
                     and _STAKE_TO.fullmatch(sentence, right[-1].end, g[0].start)), [])
                held = right[:cut] if cut is not None else right
                if takers:
                    found.extend(_Found(INVESTMENT, z, y, STATED) for z in _companies(takers)
                                 for y in _companies(held) if z != y)
                    right = held
            if kind == INVESTMENT and shape == "svo" and right and _companies(right) \
                    and "côtés" in words and _ALONGSIDE_BEFORE.search(
                        sentence, max(0, right[0].start - 30), right[0].start):
                # "X finance, aux côtés de Z, le laboratoire Y": Z is a co-investor set off
                # by commas; the object, Y, comes after it.
                funded = [g for g in after if g[0].start >= right[-1].end][:1]
                if funded and _companies(funded[0]) and _SET_OFF_THEN_OBJECT.fullmatch(
                        sentence, right[-1].end, funded[0][0].start):
                    left_names, right = list(left_names) + list(right), funded[0]
            if kind == INVESTMENT and shape == "svo" and right \
                    and _companies(right) and ("côtés" in words or "participation" in words):
                # "X investit dans Y, aux côtés de Z et de W": co-investors in Y (also when the
                # subject, a description, is not read: "le groupe a pris 20 % de Y, aux côtés
                # de Z" still says Z invests in Y).
                left_names = list(left_names) + _alongside(sentence, groups, right)
            if kind == USES_MODEL and shape == "svo" and right and cue.group().rstrip().endswith(
                    ("sur", "à", "avec")):
                # "s'appuie sur M pour la transcription et sur N pour la rédaction"
                right = right + _more_objects(sentence, groups, right, cue.group().split()[-1])
            if kind == PARTNERSHIP and shape == "svo" and right and _models(right) \
                    and not _companies(right) and cue.group()[:4].lower() in ("four", "livr"):
                # "X fournit son modèle phare, M, à Y": the one M is supplied to, after the
                # model's apposition, is X's client (and uses M).
                clients = _followers(
                    sentence, groups, right,
                    lambda g, gap: _companies(g) and _SUPPLIED_MODEL_TO.fullmatch(gap))
                if clients:
                    # (a model of the subject's own, "son modèle", is its making; whoever made
                    # it, the client uses it)
                    suppliers = _companies(left_names)
                    for model in _models(right):
                        own = maker_of(model) is None and (_POSSESSIVE_BEFORE.search(
                            sentence, max(0, right[0].start - 40), right[0].start)
                            or _HIS_MODEL_BEFORE.search(
                                sentence, max(0, right[0].start - 40), right[0].start))
                        found.extend(_Found(MAKES_MODEL, x, model, STATED)
                                     for x in suppliers if own)
                        found.extend(_Found(USES_MODEL, c, model, STATED)
                                     for c in _companies(clients) if c != maker_of(model))
                    right = right + clients
            if kind == PARTNERSHIP and shape == "svo" and right and _companies(right) \
                    and ("ceux" in words or "celles" in words):
                # "distribue les modèles d'X, ainsi que ceux de Y et de Z"
                right = right + _followers(
                    sentence, groups, right, lambda g, gap: _companies(g) and (
                        _THOSE_OF.fullmatch(gap) or _AND_OF.fullmatch(gap)))
            if kind == RIVALRY and right and _companies(right) and ("ainsi" in words
                                                                    or "aussi" in words):
                # "affronte X et Y, ainsi que des acteurs locaux comme Z et W": rivals too
                right = right + _followers(
                    sentence, groups, right,
                    lambda g, gap: _companies(g) and _RIVALS_TOO.fullmatch(gap))
            if kind == INVESTMENT and shape == "svo" and right and (
                    " avec " in cue.group() or " côtés " in cue.group()):
                # "investit avec X et Y dans Z", "a investi aux côtés de X dans Z": the cue
                # reads up to "dans" across the co-investors named inside it.
                inside = _WITH_INSIDE.search(cue.group())
                if inside:
                    # (the parties inside the cue only: all of them, for each cue, made a
                    # sentence of thousands of "X investit avec Y dans Z" quadratic)
                    left_names = list(left_names) + [
                        p for p in layout.parties_within(cue.start() + inside.end(), cue.end())
                        if p.kind == COMPANY
                        and cue.start() + inside.end() <= p.start and p.end <= cue.end()]
            if kind == INVESTMENT and shape == "svo" and right and _companies(right) \
                    and _WITH_PARTNER.fullmatch(sentence, cue.end(), right[0].start):
                # "finance avec X le laboratoire Y", "investit aux côtés de X dans Y": the one
                # after "avec" funds alongside the subject; what they fund comes after it.
                # (one group may hold both, "avec X le laboratoire Y": the first gap with no
                # "et", "ou" nor comma splits it)
                cut = next((k for k in range(1, len(right)) if _FUNDED_INSIDE.fullmatch(
                    sentence, right[k - 1].end, right[k].start)), None)
                funded = right[cut:] if cut is not None else next(
                    (g for g in groups if g[0].start >= right[-1].end), None)
                end = right[cut - 1].end if cut is not None else right[-1].end
                if funded and _companies(funded) and _FUNDED_NEXT.fullmatch(
                        sentence, end, funded[0].start):
                    partners = right[:cut] if cut is not None else right
                    left_names, right = list(left_names) + partners, funded
            if shape == "own_capital":
                # "X figurait déjà à son capital, aux côtés de Y et de Z": the possessive is the
                # company spoken of; the co-investors follow the cue.
                investors = _companies(left_names)
                funded = [n for n in _resolve("Il", context) if n and n not in investors]
                if not investors or not funded:
                    continue
                co = _alongside(sentence, groups, [_Party(cue.end(), cue.end(), COMPANY, "")])
                left_names = list(left_names) + [p for p in co if p.name not in funded]
                shape, right = "svo", [_Party(0, 0, COMPANY, name) for name in funded]
            if shape == "join" and cue.group()[:2].lower() in ("me", "mè"):
                # "Le fonds X mènerait l'opération, à laquelle participeraient Y et Z": X leads
                # the round spoken of; those after are its co-investors, never the one funded.
                # ("auprès de X, qui mène le tour, ainsi que de Y": the relative, read by
                # "auprès")
                if _WHO_LEADS.search(sentence, max(0, cue.start() - 12), cue.start()) \
                        or not context.investee:
                    continue
                if right and _companies(right) and not _JOINED_ROUND.fullmatch(
                        sentence, cue.end(), right[0].start):
                    right = None
                if right:
                    left_names = left_names + right
                shape, right = "svo", [_Party(0, 0, COMPANY, context.investee)]
            if shape == "join":
                # "X, Y et Z ont participé à l'opération": the last company funded.
                if right and _companies(right) and _CO_INVESTORS.search(
                        sentence, cue.end(), right[0].start):
                    # "… ont participé au tour, aux côtés de Y et Z (de même que Y et Z)": more
                    # investors, never the company funded; with none read before, no relation.
                    if not context.investee:
                        continue
                    shape, left_names = "svo", left_names + right
                    right = [_Party(0, 0, COMPANY, context.investee)]
                elif right and _companies(right):
                    shape, left_names, right = "svo", left_names, right
                    if "côtés" in words:
                        # "X a participé à la levée de Y aux côtés de Z et de W"
                        left_names = list(left_names) + _alongside(sentence, groups, right)
                elif context.investee:
                    shape = "svo"
                    right = [_Party(0, 0, COMPANY, context.investee)]
                else:
                    continue
            if kind == USES_MODEL and right and _models(right) \
                    and re.search(r"\bl['’]$", sentence[max(0, cue.start() - 3) : cue.start()]) \
                    and _INTO_PLACE.fullmatch(sentence, cue.end(), right[0].start):
                # "prévoit de l'intégrer à P, l'assistant de sa filiale": the pronoun is what is
                # integrated (the model named before, unless the subject made it), P only
                # where it goes.
                right = [_Party(0, 0, MODEL, m) for m in context.models
                         if not any((MAKES_MODEL, c, m) in context.pair_status
                                    for c in _companies(left_names))]
                if not right:
                    continue
            pronoun_lead = _MODEL_PRONOUN_LEAD.search(sentence, max(0, cue.start() - 30),
                                                      cue.start()) \
                if kind == USES_MODEL and shape == "svo" and not _models(right or []) else None
            if pronoun_lead and not _companies(left_names) and before \
                    and _companies(before[-1]) and before[-1][-1].end == pronoun_lead.start() \
                    and any(p.kind == MODEL and p.end <= before[-1][0].start for p in parties):
                # "adopté par plusieurs fabricants, dont X, qui l'a intégré": X, an example of
                # the adopters, is still the relative's subject.
                left_names = list(before[-1])
            if kind == USES_MODEL and shape == "svo" and not _models(right or []) \
                    and _companies(left_names) and left_names[0].end and (
                        pronoun_lead or _THE_MODEL.match(sentence, cue.end())):
                # "M … à commencer par X, qui l'a déjà adopté", "retenu par X, qui intégrera le
                # modèle": the pronoun (the noun) is the model this sentence named before X.
                earlier = [p for p in parties if p.kind == MODEL and p.end <= left_names[0].start]
                # (not a name in its maker's place: "M, le modèle du chinois N")
                earlier = [p for p in earlier if not _MAKER_PLACE.search(
                    sentence, max(0, p.start - 25), p.start)] or earlier
                if earlier:
                    right = earlier[-1:]
            if kind in (USES_MODEL,) and not _models(right or []) and context.models \
                    and _PRONOUN_OBJECT.search(sentence[max(0, cue.start() - 6) : cue.start()]) \
                    and not (cue.group().lower().endswith(("tion", "ment"))
                             and sentence[max(0, cue.start() - 2) : cue.start()].lower()
                             in ("l'", "l’")):
                # "l'intégrer", "son intégration": the model the previous sentence named; the
                # company's clients ("Parmi ses clients, X l'utilise") use the one it launched.
                right = [_Party(0, 0, MODEL, name) for name in (
                    context.launched[:1] if context.launched and "clients" in words
                    else context.models)]
            if kind == USES_MODEL and shape == "svo" and context.models \
                    and not _models(right or []) and (
                        _THE_MODEL.match(sentence, cue.end())
                        or cue.group().lower().startswith(("s'en", "s’en"))):
                # "qui intégrera le modèle dans ses véhicules", "s'en sert": the model the
                # article said was launched, else the one named before.
                right = [_Party(0, 0, MODEL, name)
                         for name in (context.launched[:1] or context.models)]
            if kind == PARTNERSHIP and right and _companies(right) \
                    and cue.group().lower().startswith("associ"):
                # "Piloté par X, le projet associe A, B et C": X leads what gathers them, a
                # partner of each; "Mené par X, il (le tour) associe A et B": a round's
                # investors, when it is a round the sentence speaks of.
                lead = [g for g in before if _companies(g) and _LED_BY.search(
                    sentence, max(0, g[0].start - 50), g[0].start)][-1:]
                if lead:
                    # ("mener" a round: "Mené par X, il associe…" opens on the round's lead)
                    funded = ([context.investee] if context.investee
                              else _resolve("Il", context)[:1]) if (
                        _ROUND_WORDS.search(sentence, 0, cue.start())
                        or _PARTICIPLE_OPENING.match(sentence)) else []
                    if funded:
                        found.extend(_Found(INVESTMENT, i, funded[0], STATED)
                                     for i in _companies(lead[0] + right) if i != funded[0])
                        taken.append((cue.start(), cue.end()))
                        continue
                    right = lead[0] + right
            if shape == "attracts":
                # "Le tour, mené par X, a attiré Y et Z": more investors in the round spoken of.
                if not right or not _ROUND_OPENS.match(sentence):
                    continue
                funded = [context.investee] if context.investee else _resolve("Il", context)
                if not funded:
                    continue
                shape, left_names = "svo", right + _more_investors(sentence, groups, right)
                right = [_Party(0, 0, COMPANY, name) for name in funded if name]
            if shape == "among":
                # "Parmi ses clients (les investisseurs) figurent X, Y et Z": X, Y and Z are the
                # clients (investors) of the company named before, else of the one spoken of.
                if not right:
                    continue
                members = right + (_more_investors(sentence, groups, right)
                                   if kind == INVESTMENT else [])
                owners = _companies(left_names) or (
                    [context.investee] if kind == INVESTMENT and context.investee
                    else _resolve("Il", context))
                # (never one of the members: "Ses actionnaires, X et Y" with no owner read yet)
                owner_parties = [_Party(0, 0, COMPANY, name) for name in owners
                                 if name and name not in _companies(members)]
                shape, left_names, right = ("svo", members, owner_parties) if kind == INVESTMENT \
                    else ("svo", owner_parties, members)
                if kind == PARTNERSHIP and context.launched and _CLIENTS_TRIED.search(cue.group()):
                    # "Plusieurs clients l'ont testé, dont X": they use the model launched.
                    found.extend(_Found(USES_MODEL, m, context.launched[0], STATED)
                                 for m in _companies(members)
                                 if m != context.launched_by.get(context.launched[0]))
            if kind == PARTNERSHIP and not right and context.anchor and _BECOMES.match(
                    cue.group()) and _companies(left_names) and not _BECOMES_OF.match(
                    sentence, cue.end()) and context.anchor not in _companies(left_names):
                # "Vodacom, qui devient aussi client, intégrera M": a client of the company
                # the story is about.
                right = [_Party(0, 0, COMPANY, context.anchor)]
            if shape == "joins_deal":
                # "X rejoint (également) le consortium": X is a partner of each member.
                joiners = _companies(left_names)
                right = [_Party(0, 0, COMPANY, n) for n in context.last_members
                         if n not in joiners]
                if not joiners or not right:
                    continue
                shape = "svo"
            if shape == "members":
                # "X et Y figurent (également) parmi ses fournisseurs (actionnaires)": X and Y
                # are the suppliers (investors) of the company the possessive stands for.
                members = _companies(left_names)
                owners = [n for n in (_resolve("Il", context) or (
                    [context.investee] if context.investee else [])) if n not in members]
                if not members or not owners:
                    continue
                owner_parties = [_Party(0, 0, COMPANY, name) for name in owners]
                shape, left_names, right = ("svo", left_names, owner_parties) \
                    if kind == INVESTMENT else ("svo", owner_parties, left_names)
            if kind in (PARTNERSHIP, RIVALRY) and context.last_pair and not right \
                    and _BOTH.match(sentence, cue.end()):
                # "des négociations entre les deux sociétés": the pair spoken of before.
                right = [_Party(0, 0, COMPANY, name) for name in context.last_pair]
            if kind == ACQUISITION and not right and left_names and cue.group().lower().startswith(
                    "intér"):
                # "Y attire des prétendants : X a manifesté son intérêt pour un rachat": Y.
                targets = [g for g in groups if g[-1].end <= left_names[0].start
                           and _companies(g)]
                right = targets[0] if targets else None
            if kind != RIVALRY and not any(p.end for p in left_names) \
                    and _RIVAL_SUBJECT.search(sentence[max(0, cue.start() - 90) : cue.start()]
                                              .rsplit(",", 1)[-1]):
                # "voilà que son principal concurrent se rapproche de Meta": the possessor's
                # rival acts, not the possessor (and the text does not name it here).
                continue
            if may_deny and _DENIED.search(sentence, max(0, cue.start() - 40), cue.start()):
                continue  # "a démenti tout projet de rachat": no relation is stated
            if kind == ACQUISITION and shape == "noun" and right and _companies(right) \
                    and _OFFER_TURNED_DOWN.search(sentence, max(0, cue.start() - 80),
                                                  cue.start()):
                # "Y, qui avait rejeté une offre de rachat de X": X bid for Y, the subject; a
                # bid turned down is over.
                bidders = right if _companies(left_names) else []
                found.extend(_Found(ACQUISITION, a, b, ENDED) for a in _companies(bidders)
                             for b in _companies(left_names) if a != b)
                if not bidders and context.subject:
                    found.extend(_Found(ACQUISITION, a, b, ENDED) for a in _companies(right)
                                 for b in _resolve("Il", context) if a != b)
                taken.append((cue.start(), cue.end()))
                continue
            if kind == PARTNERSHIP and _FREE_TO.search(sentence, max(0, cue.start() - 40),
                                                       cue.start()):
                continue  # "gardera la liberté de travailler avec X": a deal possible, not made
            if may_forbid and _FORBIDDEN.search(sentence, max(0, cue.start() - 80), cue.start()):
                continue  # "leur interdisent de vendre … à des clients comme Y": none allowed
            if kind == PARTNERSHIP and given == TALKS and right and _companies(right) \
                    and _companies(left_names) and _PURCHASE_TALKS.match(sentence, cue.end()):
                # "X a mené des discussions de rachat avec Y": a purchase talked of; the start-up
                # ("avec la start-up") is bought, else the one "avec" buys.
                target_after = bool(_STARTUP_AFTER.match(sentence, cue.end()))
                buyers, bought = (left_names, right) if target_after else (right, left_names)
                status = _status(sentence, cue.start(), cue.end(), TALKS)
                found.extend(_Found(ACQUISITION, a, b, status) for a in _companies(buyers)
                             for b in _companies(bought) if a != b)
                taken.append((cue.start(), cue.end()))
                continue
            deal = _TALKS_DEAL.search(sentence, cue.end(), right[-1].end + 80) \
                if kind == PARTNERSHIP and given == TALKS and right and _companies(right) \
                and _companies(left_names) and not words.isdisjoint(_DEAL_PREPOSITIONS) else None
            if deal and not re.search(r"[;:.]|\s-\s|\b(?:mais|tandis|alors)\b",
                                      sentence[cue.end() : deal.start()]) \
                    and not _DEAL_TARGET.match(sentence, deal.end()):
                # "discuterait avec le fonds X d'un investissement", "discute d'une reprise
                # avec Y": talks about money from X (a purchase by Y), not a partnership.
                deal_kind = INVESTMENT if deal.group("money") else ACQUISITION
                # (talks given up are over: "avant d'y renoncer")
                status = _status(sentence, cue.start(), cue.end(), TALKS)
                if status == TALKS and not _says(_NEGOTIATION, sentence) \
                        and _RUMORED.search(sentence, 0, deal.end()):
                    # (rumoured talks are talks: only a wish or an offer rumoured is a rumour)
                    status = RUMORED
                buyers, bought = right, left_names
                if deal_kind == ACQUISITION and (_THE_LATTER.match(sentence, deal.end()) or (
                        right[0].end and right[0].start >= deal.end()
                        and _OF_NEXT.match(sentence, deal.end()))):
                    # ("en vue du rachat de ce dernier", "en vue d'un rachat de la start-up":
                    # the purchase's complement is bought)
                    buyers, bought = left_names, right
                found.extend(_Found(deal_kind, b, a, status) for b in _companies(buyers)
                             for a in _companies(bought) if a != b)
                taken.append((cue.start(), cue.end()))
                continue
            to_buy = _TALKS_TO_BUY.match(sentence, right[-1].end) \
                if kind == PARTNERSHIP and given == TALKS and right and _companies(right) \
                and _companies(left_names) else None
            if to_buy:
                # Talks about a purchase, the purchase said by a verb: an acquisition in talks
                # (ended when the talks were broken off), not a partnership.
                buyers, bought = (right, left_names) if to_buy.group("who") \
                    else (left_names, right)
                status = _status(sentence, cue.start(), cue.end(), TALKS)
                if status == TALKS and not _says(_NEGOTIATION, sentence) \
                        and _RUMORED.search(sentence, 0, cue.end()):
                    # (rumoured talks are talks: only a wish or an offer rumoured is a rumour)
                    status = RUMORED
                found.extend(_Found(ACQUISITION, a, b, status) for a in _companies(buyers)
                             for b in _companies(bought) if a != b)
                taken.append((cue.start(), cue.end()))
                continue
            if kind == PARTNERSHIP and _SIGNED_TO_BUY.match(sentence, cue.end()) \
                    and _SIGNING.search(cue.group()):
                continue  # "a signé (un accord) pour racheter Y": the deal signed is the purchase
            enter = _TALKS_TO_ENTER.match(sentence, right[-1].end) \
                if kind == PARTNERSHIP and given == TALKS and right and right[-1].end \
                and "capital" in words and _companies(right) and _companies(left_names) else None
            if enter:
                # "en discussions avec Y pour intégrer son assistant, voire pour entrer à son
                # capital": a stake in Y talked of too, besides the deal.
                status = _status(sentence, cue.start(), cue.end(), TALKS)
                found.extend(_Found(INVESTMENT, a, b, status) for a in _companies(left_names)
                             for b in _companies(right) if a != b)
            to_fund = _TALKS_TO_FUND.match(sentence, right[-1].end) \
                if kind == PARTNERSHIP and given == TALKS and right and right[-1].end \
                and _companies(right) and _companies(left_names) else None
            if to_fund:
                # "serait en discussions avec X et avec Y pour reprendre le tour": the ones
                # talked with would fund the one raising, the other party (rumoured talks are
                # talks).
                status = _status(sentence, cue.start(), cue.end(), TALKS)
                # (a subject that is one of those talked with is none: the sentence's is)
                funders = _companies(right)
                funded = [n for n in _companies(left_names) if n not in funders] or [
                    n for n in _main_subject(sentence, groups, cue.start()) if n not in funders]
                found.extend(_Found(INVESTMENT, a, b, status) for a in funders for b in funded)
                taken.append((cue.start(), to_fund.end()))
                continue
            if kind == PARTNERSHIP and given == TALKS and _TALKS_ABOUT.match(sentence, cue.end()):
                continue  # "en discussion pour investir dans Y": the investment's own cue reads it
            if kind == PARTNERSHIP and right and not _companies(left_names) and context.anchor \
                    and context.anchor not in _companies(right) and not before \
                    and _DEAL_SUBJECT.match(sentence, 0, cue.start()) \
                    and _WITH_ONLY.fullmatch(sentence, cue.end(), right[0].start):
                # "La collaboration avec Lumbre a pris fin", "Le changement s'accompagne d'un
                # contrat avec Anthropic": a deal of the company the story opened on.
                left_names = [_Party(0, 0, COMPANY, context.anchor)]
            if kind == PARTNERSHIP and shape == "pair" and before and _WITH_WHOM.search(
                    sentence, max(0, cue.start() - 40), cue.start()):
                # "après avoir écarté Y, avec qui les discussions avaient achoppé": the
                # sentence's subject talked with Y.
                subject = _main_subject(sentence, groups, before[-1][0].start)
                if subject and not set(subject) & set(_companies(before[-1])):
                    left_names = [_Party(0, 0, COMPANY, name) for name in subject]
                    right = before[-1]
            if kind == PARTNERSHIP and right and _models(right) \
                    and cue.group().lower().startswith("équip") \
                    and _EQUIP_OWN.fullmatch(sentence, cue.end(), right[0].start):
                # "pour équiper son service client d'M": the subject's own service gets M.
                users = _companies(left_names) if not _NONFINITE.search(lead) \
                    else _main_subject(sentence, groups, cue.start())
                new = [_Found(USES_MODEL, u, m, STATED) for u in users for m in _models(right)
                       if maker_of(m) != u]
            elif kind == PARTNERSHIP and shape == "svo" and right and _models(right) \
                    and _DATIVE_WHO.search(lead) and _companies(left_names):
                # "son contrat avec X, qui lui fournit M": the main subject, "lui", uses M.
                users = [n for n in _main_subject(sentence, groups, left_names[0].start)
                         if n not in _companies(left_names)]
                new = [_Found(USES_MODEL, u, m, STATED) for u in users for m in _models(right)
                       if maker_of(m) != u]
            elif kind == PARTNERSHIP and given == TALKS and right and _companies(right) \
                    and _companies(left_names) and (
                        _RAISING.search(sentence, 0, cue.start())
                        or _TO_RAISE.match(sentence, right[-1].end)):
                # "cherche à lever 40 millions et discute avec le fonds X et avec Y", "serait en
                # discussions avec X et Y pour lever 300 millions": talks with investors, about
                # the money the subject raises.
                investors = _companies(right + _more_partners(sentence, groups, right))
                new = [_Found(INVESTMENT, i, c, STATED) for i in investors
                       for c in _companies(left_names) if i != c]
            else:
                new = _relate(sentence, kind, shape, cue, left_names, right, STATED, parties,
                              context, layout)
            if kind == ACQUISITION and shape == "svo" and right and right[-1].end \
                    and _MINORITY_AFTER.match(sentence, right[-1].end):
                # "X a acquis Y à hauteur de 49 %": a minority stake, not the company bought.
                new = [replace(f, type=INVESTMENT) if f.type == ACQUISITION else f for f in new]
            if kind == MAKES_MODEL and shape == "svo" and left and len(_companies(left)) >= 2 \
                    and left_names == list(left) and right and len(_models(right)) == 1 \
                    and re.search(r"\bet\b", sentence[left[0].end : left[-1].start]) \
                    and maker_of(_models(right)[0]) is None \
                    and not re.search(r"\b(?:chacun|chacune|respectivement|séparément)\b",
                                      sentence):
                # "X et Y ont lancé M": one model made by two companies, made together.
                makers = _companies(left)
                new += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                        for i, a in enumerate(makers) for b in makers[i + 1 :]]
            if kind == USES_MODEL and "via" in words:
                new += _through(sentence, cue.end(), parties, new)
            if new:
                if status_flags is None:
                    status_flags = _status_flags_of(words)
                status = _status(sentence, cue.start(), cue.end(), given, status_flags)
                if kind == RIVALRY and status in (TALKS, RUMORED):
                    # wanting to beat a rival is still a rivalry, and a rival named in a rumour
                    # ("X, l'éternel rival de Y, aurait signé avec Z") is still a rival
                    status = STATED
                if kind == ACQUISITION and _REJECTED.match(cue.group()):
                    status = ENDED  # "a rejeté une offre de rachat de X": the bid is over
                if kind == INVESTMENT and status == STATED \
                        and re.search(r",\s*qui\s+(?:\S+\s+){0,2}$", lead) \
                        and _GAVE_UP_STAKE.search(sentence, cue.end()):
                    # "X et Y, qui figuraient au capital de Z, ont cédé leurs parts": the
                    # main verb after the relative ends the stake it describes.
                    status = ENDED
                if kind == INVESTMENT and status == STATED \
                        and _investors_leave(sentence, new, left_names, right, cue):
                    # "X avait levé 30 millions auprès de A et de B, qui sortent à cette
                    # occasion de son capital", "A et B, entrés au capital de X en 2021, qui
                    # cèdent leurs parts": a relative on the investors says their stake is sold.
                    status = ENDED
                if kind == RIVALRY and status == STATED and _SUIT_DROPPED_AFTER.match(
                        sentence, cue.end()):
                    # "X avait attaqué Y en 2022, avant d'abandonner les poursuites": over
                    status = ENDED
                if kind == USES_MODEL and (_AFTER_HAVING.search(lead) or _GAVE_UP_AFTER.match(
                        sentence, cue.end())):
                    status = ENDED  # ("avait testé M, d'X, avant d'y renoncer")
                elif status == ENDED and re.search(r"\bavant\s+d(?:e\s+|['’])$", lead):
                    status = STATED  # "utilisait A jusqu'en 2025 avant de passer à B": B is now
                elif status == ENDED and _SWITCH_TO.match(cue.group()) \
                        and re.search(r"\b(?:pour|afin\s+de)\s+$", lead):
                    status = STATED  # "a rompu avec A pour se tourner vers B": B is now
                if status == ENDED and all(f.type == MAKES_MODEL for f in new):
                    status = STATED  # "a renoncé à entraîner les successeurs de M": M was made
                if status == TALKS and kind in (ACQUISITION, INVESTMENT) \
                        and not _says(_NEGOTIATION, sentence) \
                        and _RUMORED.search(sentence, 0, cue.end()):
                    # "serait en passe de racheter", "envisagerait une offre": a purchase
                    # only rumoured; "serait en négociations pour racheter" are talks, and
                    # rumoured talks are talks (issue 14's "What counts").
                    status = RUMORED
                if status == STATED and kind == PARTNERSHIP and _DEAL_WORD.match(cue.group()) \
                        and not _says(_CONCLUDED, sentence):
                    # "un partenariat entre X et Y ne sera pas sans défis" after X and Y were
                    # said to explore one: the same deal, still in talks.
                    new = [replace(f, status=TALKS)
                           if context.pair_status.get(relation_key(f.type, f.a, f.b)) == TALKS
                           else f for f in new]
                if status != STATED:
                    new = [replace(f, status=status) for f in new]
                for f in new:
                    context.pair_status.setdefault(relation_key(f.type, f.a, f.b), f.status)
                if kind == MAKES_MODEL:
                    context.launched = list(dict.fromkeys(
                        [f.b for f in new if f.type == MAKES_MODEL] + context.launched))
                    context.launched_by.update((f.b, f.a) for f in new if f.type == MAKES_MODEL)
                found.extend(new)
                taken.append((cue.start(), cue.end()))
    if "partenariat" in words or "accord" in words or "contrat" in words \
            or "arrangement" in words:
        found += _deal_for_model(sentence, parties, found, status_flags)
    if ("accord" in words or "licence" in words or "transaction" in words) \
            and any(f.type == RIVALRY and f.status == ENDED for f in found):
        settled = _SETTLED.search(sentence)
        if settled:
            # "X a retiré sa plainte contre Y, après la signature d'un accord de licence" (en
            # échange d'un accord): the suit ends in a deal between the same two.
            found += [_Found(PARTNERSHIP, f.a, f.b, STATED) for f in found
                      if f.type == RIVALRY and f.status == ENDED]
    found.extend(_model_owners(sentence, named))
    if "chez" in words and _CHEZ_OPENING.match(sentence):
        found.extend(_chez_model_used(sentence, named))
    if not words.isdisjoint(_SUED_WORDS) and words.isdisjoint(_RIVAL_WORDS):
        found = _not_co_defendants(sentence, groups, found)
    if not words.isdisjoint(_OWN_WORDS):
        found = _own_models(sentence, named, found)
        if "propre" in words or "propres" in words or "qu" in words:
            found += _own_model_of_subject(sentence, named, groups, found)
    if not words.isdisjoint(_VENTURE_WORDS):
        found = _ventures(sentence, parties, groups, found)
    if any(f.type == ACQUISITION for f in found) and _NEGOTIATION.search(sentence):
        # "Les négociations entre X et Y ont abouti : X rachète Y", "a mis fin aux négociations
        # qu'il menait pour racheter Y": the talks were the purchase's, not a partnership.
        bought = {frozenset((f.a, f.b)) for f in found if f.type == ACQUISITION}
        found = [f for f in found if not (f.type == PARTNERSHIP and f.status != STATED
                                          and frozenset((f.a, f.b)) in bought)]
    if not words.isdisjoint(_SHELF_WORDS) and _SHELF.search(sentence) \
            and words.isdisjoint(_OPEN_WORDS):
        # A model added to a platform's catalogue (offer, marketplace): a distribution deal
        # with the model's maker when the sentence names it (an open model, "des modèles
        # tiers", is taken without any deal).
        named_companies = {p.name for p in parties if p.kind == COMPANY}
        found += [_Found(PARTNERSHIP, *sorted((f.a, maker)), f.status)
                  for f in found if f.type == USES_MODEL
                  for maker in [maker_of(f.b)] if maker and maker != f.a
                  and maker in named_companies]
    made = {(f.a, f.b) for f in found if f.type == MAKES_MODEL}
    if made:
        # "avait choisi une voie différente en développant en interne M", "repose sur M, un
        # modèle conçu par la jeune pousse": a company's own model is made, not used.
        found = [f for f in found if f.type != USES_MODEL or (f.a, f.b) not in made]
    preferred = _PREFERRED.search(sentence) if "lui" in words or "leur" in words else None
    if preferred:
        # "qui utilisait M, …, lui préfère désormais N": M is given up.
        before_models = {p.name for p in named if p.kind == MODEL and p.end <= preferred.start()}
        found = [replace(f, status=ENDED) if f.type == USES_MODEL and f.b in before_models
                 and f.status == STATED else f for f in found]
    if ceded and found:
        # ("Ses investisseurs, X et Y, qui avaient apporté 9 millions, cèdent leurs parts": the
        # company they funded is the one sold, not the subject "Ses" stood for.)
        sellers = {f.a for f in found if f.type == INVESTMENT and f.b == context.acquired
                   and f.status == ENDED}
        found = [f for f in found if not (f.type == INVESTMENT and f.a in sellers
                                          and f.b != context.acquired)]
    if considered:
        # The stake considered is what the two discuss (what the one turns to the other for):
        # no partnership besides; talks broken off end it.
        pairs = {frozenset((f.a, f.b)): f.status for f in found if f.type == PARTNERSHIP}
        ended = {pair for pair, status in pairs.items() if status == ENDED}
        found = [f for f in found if not (f.type == PARTNERSHIP and frozenset((f.a, f.b)) in {
                 frozenset((c.a, c.b)) for c in considered})]
        found = [replace(f, status=ENDED) if f in considered and frozenset((f.a, f.b)) in ended
                 else f for f in found]
    if any(f.type == MAKES_MODEL and f.status in (TALKS, RUMORED) for f in found):
        # "X discute avec Google d'un accès à son modèle Gemini", "X aurait approché Y pour une
        # licence de M, son modèle phare": the talks (the rumour) are about the use; that the
        # model is its maker's is what the sentence takes as known.
        found = [replace(f, status=STATED) if f.type == MAKES_MODEL
                 and f.status in (TALKS, RUMORED) else f for f in found]
    return _dedupe(found)


# An investor selling its whole stake with no company named ("Le fonds X, entré au capital en
# 2021, cède à cette occasion l'intégralité de sa participation", "X et Y céderont leurs parts"):
# in a story of a purchase, its stake in the company bought. The investor funded it; it no
# longer does.
_CEDE_WORDS = frozenset({"cède", "cèdent", "cédera", "céderont", "cédé", "vend", "vendent",
                         "vendra", "vendront", "revend", "revendent", "solde", "soldent"})
# (its verbs are the gate's words, so the two cannot drift apart)
_STAKE_CEDED = re.compile(
    r"\b(?:" + "|".join(sorted(_CEDE_WORDS, key=lambda w: (-len(w), w)))
    + r")\s+(?:[\w'’-]+\s+){0,4}?(?:l['’]intégralité\s+de\s+|la\s+totalité\s+de\s+"
    r"|une\s+partie\s+de\s+|le\s+reste\s+de\s+)?(?:sa|ses|leur|leurs)\s+(?:participations?|parts"
    # (not "ses parts dans Y", whose company is named; "ses parts au promoteur", to the buyer
    # described, are still the company bought's)
    r"|actions|titres)\b(?!\s+(?:dans|de|du|d['’]|au\s+capital)\b)"
    r"(?!\s+(?:à|au|aux)\s+(?:l['’]\s*)?(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)


# The lead investor's verb when others join it: "(Le fonds) X a été rejoint par Y et Z".
# (after the subject's own complement: "Le fabricant néerlandais de machines de lithographie")
# (the words after "de" each after blanks: "(?:\s*[a-zà-ÿ-]+){1,5}?" split one long word in
# every way, polynomial of the fifth degree when the rest failed)
_LEAD_JOINED = re.compile(r"(?:\s+(?:de|d['’]|du|des)\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,4}?)?"
                          r"\s+(?:a|avait|aurait)\s+été\s+(?:\w+ment\s+)?rejoint\s+par\s+"
                          r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}")
_NEXT_INVESTOR = re.compile(r"\s*(?:,|et\b|ainsi\s+que\b)\s*(?:par\s+)?"
                            r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}")


def _lead_joined(sentence: str, groups: list[list[_Party]],
                 context: Context) -> list[_Found]:
    """"Le fabricant néerlandais a été rejoint par X, Y et Z" after "Y a levé … lors d'une série
    menée par ASML": the subject, an investor of the round just read, is joined in it by the
    agents, investors in the company raising it."""
    if not groups or not all(p.kind == COMPANY and p.name in context.investors
                             for p in groups[0]) \
            or not _OPENS_AT.fullmatch(sentence, 0, groups[0][0].start):
        return []
    joined = _LEAD_JOINED.match(sentence, groups[0][-1].end)
    if joined is None:
        return []
    return [_Found(INVESTMENT, name, context.investee, STATED)
            for name in _companies(_agents_at(sentence, groups, joined.end()))
            if name != context.investee]


def _agents_at(sentence: str, groups: list[list[_Party]], end: int) -> list[_Party]:
    """The list of agents starting at `end` ("par X, Y et le néerlandais Z")."""
    agents: list[_Party] = []
    for group in groups:
        if group[0].start < end:
            continue
        if group[0].start != end and not (
                agents and _NEXT_INVESTOR.fullmatch(sentence, end, group[0].start)):
            break
        agents += group
        end = group[-1].end
    return agents


# "L'opération a été suivie par Y et Z": more investors in the round spoken of.
_ROUND_FOLLOWED = re.compile(r"\s+(?:a|avait|aurait)\s+été\s+(?:\w+ment\s+)?suivie?\s+par\s+"
                             r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}")


def _round_followed(sentence: str, groups: list[list[_Party]],
                    context: Context) -> list[_Found]:
    """"Menée par X, l'opération a été suivie par Y et Z": the round the sentence is about is
    the one the company just funded (else the one spoken of) raised; its followers invest in
    it."""
    if not _round_opens(sentence):
        return []
    lead = _PARTICIPLE_LEAD.match(sentence)
    round_noun = _ROUND_OPENS.match(sentence, lead.end() if lead else 0)
    followed = _ROUND_FOLLOWED.match(sentence, round_noun.end()) if round_noun else None
    # (as for "Le tour est mené par X": the company just funded, else the one spoken of)
    funded = [context.investee] if context.investee else _resolve("Il", context)
    if followed is None or len(funded) != 1 or not funded[0]:
        return []
    return [_Found(INVESTMENT, name, funded[0], STATED)
            for name in _companies(_agents_at(sentence, groups, followed.end()))
            if name != funded[0]]


def _stake_ceded(sentence: str, groups: list[list[_Party]], ceded: re.Match[str],
                 context: Context, taken: list[tuple[int, int]]) -> list[_Found]:
    sellers = [n for n in _main_subject(sentence, groups, ceded.start())
               if n != context.acquired]
    if not sellers or context.acquired is None:
        return []
    taken.append(ceded.span())
    return [_Found(INVESTMENT, n, context.acquired, ENDED) for n in sellers]


_SETTLED = re.compile(r"\b(?:après|en\s+échange|moyennant|grâce\s+à|au\s+profit)\s+"
                      r"(?:(?:de\s+)?la\s+(?:signature|conclusion)\s+)?(?:d['’]|de\s+)\s*(?:un|une|l['’])"
                      r"\s*(?:accord|licence|transaction)\b", re.IGNORECASE)
_VENTURE_WORDS = frozenset({"coentreprise", "co-entreprise", "joint-venture", "commune"})
_VENTURE_NOUN = (r"(?:une|la|leur|cette)\s+(?:nouvelle\s+)?(?:coentreprise|co-entreprise"
                 r"|joint-venture|filiale\s+commune|société\s+commune)")
# "W, la coentreprise de X et de Y": W is named first, its owners after it.
_VENTURE_OF_OWNERS = re.compile(r"\s*,\s*" + _VENTURE_NOUN + r"(?:\s+[a-zà-ÿ-]+)?\s+"
                                r"(?:de|d['’]|du|entre|formée\s+par|créée\s+par|détenue\s+par|fondée\s+par)\s*"
                                r"(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_FOUNDED_GAP = re.compile(r"\s+(?:ont|avaient|vont|viennent\s+de)\s+(?:\w+ment\s+)?"
                          r"(?:créé|créer|lancé|lancer|fondé|fonder|constitué|constituer|monté|monter|formé|former)"
                          r"(?:\s+(?:en|à|au|le|dès)\s+[\w-]+){0,2}\s+", re.IGNORECASE)
# ("a lancé, avec X et Y, une coentreprise": the names governed are its owners, not its name)
_PREPOSITION_BEFORE = re.compile(r"\b(?:avec|et|de|d['’]|du|des|à|au|aux|par|pour|chez|entre"
                                 r"|contre|auprès\s+d[eu'’]?)\s*(?:l['’]|la\s+|le\s+|les\s+)?$")
_VENTURE_APPOSED = re.compile(r"\s*,\s*" + _VENTURE_NOUN, re.IGNORECASE)
# "X et Y créent une coentreprise, W": the name the venture is given, after the noun.
_VENTURE_NAMED = re.compile(r"(?:coentreprise|co-entreprise|joint-venture|filiale\s+commune"
                            r"|société\s+commune)\s*(?:,\s*|\s+(?:baptisée|nommée|appelée"
                            r"|dénommée)\s+)?[«\"“]?\s*$", re.IGNORECASE)


def _ventures(sentence: str, parties: list[_Party], groups: list[list[_Party]],
              found: list[_Found]) -> list[_Found]:
    """A joint venture is what its owners made together, not their partner: "W, la coentreprise
    de X et de Y" relates X and Y, not W to either; nor "X et Y créent une coentreprise, W"."""
    owners: dict[str, set[str]] = {}
    for group in groups:
        for p in group:
            if p.kind != COMPANY or not p.end:
                continue
            if _VENTURE_NAMED.search(sentence, max(0, p.start - 40), p.start) \
                    or (_VENTURE_APPOSED.match(sentence, p.end) and not _PREPOSITION_BEFORE.search(
                        sentence, max(0, group[0].start - 30), group[0].start)):
                # ("X et Y ont lancé W, une coentreprise chargée de …": its owners before it)
                owners.setdefault(p.name, set()).update(
                    q.name for q in parties if q.kind == COMPANY and q.end and q.end <= p.start)
                earlier = [g for g in groups if g[-1].end <= p.start]
                makers = _companies(earlier[-1]) if earlier else []
                if len(makers) >= 2 and _FOUNDED_GAP.fullmatch(sentence, earlier[-1][-1].end,
                                                               p.start):
                    # "X et Y ont créé W, une coentreprise": the founders together.
                    found = found + [_Found(PARTNERSHIP, a, b, STATED) for i, a in
                                     enumerate(sorted(makers)) for b in sorted(makers)[i + 1 :]]
        later = [g for g in groups if g[0].start >= group[-1].end]
        if later and _companies(later[0]) and _VENTURE_OF_OWNERS.fullmatch(
                sentence, group[-1].end, later[0][0].start):
            names = _companies(later[0])
            owners.setdefault(group[-1].name, set()).update(names)
            found = found + [_Found(PARTNERSHIP, a, b, STATED)
                             for i, a in enumerate(sorted(names)) for b in sorted(names)[i + 1 :]]
    if not owners:
        return found
    return [f for f in found if not (f.type == PARTNERSHIP and (
        f.b in owners.get(f.a, ()) or f.a in owners.get(f.b, ())))]


# "X a rejoint le consortium qu'ont formé A, B et C", "… un consortium formé avec A et B": X
# and the members are partners, each with each.
_JOINED_FORMED = re.compile(
    r"(?:rejoin\w*|rejoint|intégré)\s+(?:\w+ment\s+)?(?:le|la|l['’]|un|une|ce|cette)\s*"
    r"(?:consortium|alliance|coalition|groupement|coentreprise|co-entreprise|initiative)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}?\s*,?\s*(?:qu['’]\s*(?:ont|avaient)\s+(?:\w+ment\s+)?(?:formé|créé"
    r"|fondé|lancé|monté|constitué)|(?:formé|créé|fondé|lancé|monté|constitué)e?s?\s+"
    r"(?:\w+ment\s+|en\s+\d{4}\s+)?(?:par|avec))\s*(?:l['’]|le\s+|la\s+|les\s+)?", re.IGNORECASE)


def _joined_consortium(sentence: str, groups: list[list[_Party]],
                       context: Context) -> list[_Found]:
    out: list[_Found] = []
    for match in _JOINED_FORMED.finditer(sentence):
        members = [g for g in groups if g[0].start >= match.end()][:1]
        if not members or not re.fullmatch(r"\s*(?:[a-zà-ÿ-]+\s+){0,2}",
                                           sentence[match.end() : members[0][0].start]):
            continue
        names = _companies(members[0])
        joiners = _main_subject(sentence, groups, match.start()) or [
            n for n in _resolve("Il", context) if _opens_on_anaphor(sentence)]
        if re.search(r"\b(?:n['’]|ne\s+)\w*\s*(?:pas|jamais|plus)\s+(?:encore\s+)?$",
                     sentence[max(0, match.start() - 30) : match.start()]):
            joiners = []  # "X n'a pas rejoint le consortium formé par A et B": A and B only
        everyone = list(dict.fromkeys(joiners + names))
        out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                for i, a in enumerate(everyone) for b in everyone[i + 1 :] if a != b]
    return out


# "Z, avec qui Y a signé un contrat", "Z, avec lequel le studio collabore": Z and the relative's
# subject (named in it, else the sentence's or story's company) are partners.
_WITH_WHOM_DEAL = re.compile(
    r",\s*avec\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\s+(?P<subject>[^,;:.()]{0,60}?)"
    r"(?:(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|déjà\s+|aussi\s+|également\s+)?(?:signé|conclu"
    r"|noué|scellé|passé|renouvelé|étendu)\b|(?:collabor|travaill|coopèr|coopér)\w*|s['’]est\s+associé)",
    re.IGNORECASE)


def _deal_with_whom(sentence: str, parties: list[_Party], groups: list[list[_Party]],
                    context: Context) -> list[_Found]:
    out: list[_Found] = []
    companies = [p for p in parties if p.kind == COMPANY and not p.attached]
    for match in _WITH_WHOM_DEAL.finditer(sentence):
        partner = [p for p in companies if p.end <= match.start()
                   and not re.search(r"[;:.]", sentence[p.end : match.start()])
                   and match.start() - p.end <= 80][-1:]
        if not partner:
            continue
        # (a name, not a description read as one: "la société de Monterrey" is the story's)
        inside = [p.name for p in companies if match.start("subject") <= p.start
                  and p.end <= match.end("subject") and sentence[p.start].isupper()]
        # (the sentence's subject only where it opens the sentence: "le modèle de Google, …"
        # deep in it is no subject)
        main = [n for n in _main_subject(sentence, groups, partner[0].start)
                if any(p.name == n and p.start < 45 for p in companies)]
        subject = inside or main or _resolve("Il", context) or (
            [context.anchor] if context.anchor else [])
        status = _status(sentence, match.start(), match.end(), None)
        out += [_Found(PARTNERSHIP, *sorted((a, partner[0].name)), status)
                for a in subject if a != partner[0].name]
    return out


# "son propre modèle vocal, M", "un modèle maison baptisé M", "M, un modèle de navigation
# maison", "M, conçu en interne": the company's own model, made, not used.
_OWN_WORDS = frozenset({"maison", "propre", "propres", "interne", "son", "sa", "leur", "qu",
                        "ses", "leurs"})
# (the model named right after: "ses propres modèles pour s'appuyer sur M" gave them up; "le
# modèle maison du groupe X" is X's)
_OWN_BEFORE = re.compile(r"(?:\b(?:son|sa|ses|leur|leurs)\s+propres?\s+(?:[a-zà-ÿ'’-]+\s+)?"
                         r"(?:modèles?|LLM)(?:\s+[a-zà-ÿ'’-]+){0,3}?|\bmodèles?\s+(?:[a-zà-ÿ'’-]+\s+)"
                         r"{0,3}?maison)(?:\s*,\s*(?:(?:baptisé|appelé|nommé|dénommé)e?s?\s+)?"
                         r"|\s+(?:baptisé|appelé|nommé|dénommé)e?s?\s+)$",
                         re.IGNORECASE)
_THE_HOUSE_AFTER = re.compile(r"\s*,\s*(?:le|la)\s", re.IGNORECASE)
# ("le dernier modèle de la maison" is the house's, the company the story is about: no "own")
_OWN_AFTER = re.compile(r"\s*,\s*(?:(?:un|une|son|sa|le|la)\s+(?:[a-zà-ÿ'’-]+\s+){0,4}?"
                        r"(?<!\bde\sla\s)maison\b"
                        r"(?!\s+(?:de|d['’]|du|des)\b)"
                        r"|(?:qu['’]\s*(?:il|elle)\s+a\s+)?(?:conçu|développé|entraîné)e?s?\s+en"
                        r"\s+interne"
                        # "A.X, le modèle qu'il développe (entraîne) en interne"
                        r"|(?:le|un)\s+modèle\s+qu['’]\s*(?:il|elle)\s+(?:a\s+)?"
                        r"(?:conçoit|conçu|développ\w*|entraîn\w*)\s+en\s+interne)", re.IGNORECASE)


# "intégrera M, son modèle de 40 milliards de paramètres", "déployer sa plateforme M", "M, le
# modèle qu'elle a mis au point": the possessive (the relative) names the subject as M's maker,
# unless another company is known to make M ("fournit à X Claude, son modèle": the supplier's).
_HIS_MODEL_AFTER = re.compile(
    r"\s*,\s*(?:(?:son|sa|leur)\s+(?:propre\s+|nouveau\s+|nouvelle\s+|dernier\s+|dernière\s+"
    r"|grand\s+|petit\s+|premier\s+|première\s+)?(?:modèle|LLM|plateforme)\b(?!\s+(?:de|d['’]|du|des)\s*(?:l['’]|la\s+|le\s+)?(?-i:[A-ZÀ-Þ]))"
    # ("un modèle … que ses chercheurs ont bâti à partir de N": the subject's own staff made it)
    r"|(?:le|un)\s+modèle\s+(?:[^,;:.]{0,50}?\s)?(?:qu['’]\s*(?:il|elle|ils|elles)|que\s+(?:ses|leurs)"
    r"\s+(?:propres\s+)?(?:chercheurs|équipes|ingénieurs|laboratoires|développeurs))\s+(?:a|ont)\s+"
    r"(?:mis\s+au\s+point|conçu|développé|entraîné|bâti|créé))", re.IGNORECASE)
# (not after a coordination: "la plateforme P de la start-up, ainsi que son modèle M" is the
# start-up's)
_HIS_MODEL_BEFORE = re.compile(r"(?<!\bà\s)(?<!\bdans\s)(?<!\bsur\s)(?<!\bque\s)(?<!\bet\s)"
                               r"(?<!\bou\s)(?<!,\s)\b(?:son|sa|leur)\s+"
                               r"(?:propre\s+|nouveau\s+|nouvelle\s+)?(?:modèle|LLM|plateforme)"
                               # ("fournit son modèle phare, M, à X", "combine son modèle
                               # propriétaire, M, et N": an epithet, the name set off; "fournira
                               # au port son modèle de prévision des escales, M": a complement)
                               r"(?:\s+(?:phare|maison|propriétaire|vedette|maître)\s*,"
                               r"|\s+(?:de|d['’])\s*(?:[a-zà-ÿ'’-]+\s+){0,3}?[a-zà-ÿ'’-]+\s*,)?"
                               r"\s+$", re.IGNORECASE)


def _own_model_of_subject(sentence: str, named: list[_Party], groups: list[list[_Party]],
                          found: list[_Found]) -> list[_Found]:
    """"X a supprimé des annonces grâce à son propre modèle de détection, M": a model the
    sentence calls someone's own ("son propre modèle …, M"), which no cue related, is the
    sentence subject's (a model the gazetteer gives another maker excepted)."""
    related = {f.b for f in found}
    out = []
    for p in named:
        if p.kind != MODEL or p.name in related or maker_of(p.name) is not None:
            continue
        if _OWN_PROPER_BEFORE.search(sentence, max(0, p.start - 80), p.start):
            out += [_Found(MAKES_MODEL, name, p.name, STATED)
                    for name in _main_subject(sentence, groups, p.start)]
        elif _MADE_BY_SUBJECT.match(sentence, p.end):
            # "Forte du modèle M, qu'elle a entraîné sur …, X se présente…", "X mise sur M,
            # qu'il a conçu en interne": the relative's pronoun is the sentence's subject, before
            # the model or after a phrase opening on it.
            out += [_Found(MAKES_MODEL, name, p.name, STATED)
                    for name in _main_subject(sentence, groups, _NO_SUBJECT)]
    return out


# A model's relative saying the subject's pronoun made it (not "réentraîné", "affiné": a model
# adapted is another's).
_MADE_BY_SUBJECT = re.compile(r"\s*,\s*qu['’]\s*(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\s+"
                              r"(?:\w+ment\s+|lui-même\s+|elle-même\s+)?(?:entraîné|conçu|développé"
                              r"|créé|mis\s+au\s+point)e?s?\b", re.IGNORECASE)


# "son propre modèle de détection, M", "ses propres modèles M": "propre" says whose.
_OWN_PROPER_BEFORE = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+propres?\s+(?:[a-zà-ÿ'’-]+\s+)?"
                                r"(?:modèles?|LLM)(?:\s+(?:de|d['’])\s*[a-zà-ÿ'’-]+)?\s*,?\s*$",
                                re.IGNORECASE)


def _own_models(sentence: str, named: list[_Party], found: list[_Found]) -> list[_Found]:
    """A model the sentence calls the user's own is made by it, not used."""
    own = {p.name for p in named if p.kind == MODEL and (
        _OWN_BEFORE.search(sentence, max(0, p.start - 60), p.start)
        or _OWN_AFTER.match(sentence, p.end))}
    his = {p.name for p in named if p.kind == MODEL and (
        _HIS_MODEL_BEFORE.search(sentence, max(0, p.start - 70), p.start)
        or _HIS_MODEL_AFTER.match(sentence, p.end))}
    if not own and not his:
        return found
    # ("utiliser M, le modèle maison": the definite article may mean the house the story is
    # about, not the user; "M, un modèle maison" is the user's own)
    the_house = {p.name for p in named if p.name in own
                 and _THE_HOUSE_AFTER.match(sentence, p.end)}
    # (not a company named after the model: "son propre modèle, M, que Y a adopté" is the
    # subject's, Y uses it)
    first = {}
    for p in named:
        first.setdefault(p.name, p.start)
    out = []
    for f in found:
        if f.type != USES_MODEL or f.b not in own | his \
                or first.get(f.a, -1) > first.get(f.b, len(sentence)):
            out.append(f)
        elif maker_of(f.b) is None or _is_maker(maker_of(f.b), f.a):
            out.append(replace(f, type=MAKES_MODEL,
                               status=STATED if f.status == ENDED else f.status))
        elif f.b not in own or f.b in the_house:
            out.append(f)
        # ("La start-up de San Francisco, qui s'appuie sur M, un modèle maison": a model the
        # text calls the user's own and the gazetteer another's: the user was misread, no use)
    return out


# A deal word that names neither party: "en vertu d'un partenariat", "prolongeant le partenariat
# entre les deux groupes".
_BARE_DEAL = re.compile(r"\b(?:d['’]un|de\s+son|de\s+leur|le|du|un|son|leur)\s+"
                        # ("…, un arrangement que la firme n'entend pas remettre en cause")
                        r"(?:nouvel?\s+|vaste\s+)?(?:partenariat|accord|contrat|arrangement)\b"
                        r"(?!\s+(?:\w+\s+){0,2}?(?:avec|de\s+(?:\w+\s+)?(?:avec|entre)|conclu\s+avec))",
                        re.IGNORECASE)


_WITH_WHOM_BEFORE = re.compile(r",\s*avec\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\b",
                               re.IGNORECASE)


def _deal_for_model(sentence: str, parties: list[_Party], found: list[_Found],
                    flags: frozenset[str] | None) -> list[_Found]:
    """"X s'appuie sur M d'Y, en vertu d'un partenariat": a deal said of a model in use, with no
    party of its own, is between the user and the model's maker named in the sentence."""
    if any(f.type == PARTNERSHIP for f in found):
        return []
    deal = _BARE_DEAL.search(sentence)
    if deal is None:
        return []
    # ("louées à Z, avec qui la société a signé un accord": the deal is Z's)
    whom = {p.name for m in _WITH_WHOM_BEFORE.finditer(sentence, 0, deal.start())
            for p in parties if p.kind == COMPANY and p.end == m.start()}
    named = {p.name for p in parties if p.kind == COMPANY}
    out: list[_Found] = []
    for f in found:
        if f.type != USES_MODEL:
            continue
        maker = maker_of(f.b)
        if maker is None or maker == f.a or maker not in named or whom - {maker} or any(
                p.start >= deal.start() and p.kind == COMPANY and p.name not in (f.a, maker)
                for p in parties):
            continue  # ("le contrat de Perplexity": the deal has a party of its own)
        status = _status(sentence, deal.start(), deal.end(), None,
                         flags if flags is not None else _status_flags(sentence.lower()))
        out.append(_Found(PARTNERSHIP, *sorted((f.a, maker)), status))
    return out


# "son grand rival", "ses concurrents": a rival of the company the possessive stands for.
_ARE_OUR = re.compile(r"\s*(?:est|sont|restent|demeurent|deviennent|seront|étaient)"
                     r"(?:\s+(?:\w+ment|aussi|déjà|désormais))?\s+", re.IGNORECASE)
# The one who speaks, after the closing quote: "», résume le fondateur de X", "», dit son PDG".
_QUOTE_SPEAKER = re.compile(
    r"»\s*,?\s*(?:[a-zà-ÿ-]+\s+){1,2}?(?:(?:le|la)\s+(?:[a-zà-ÿ-]+\s+){0,3}?(?P<of>de\s+|d['’]|du\s+)"
    r"(?:l['’]|la\s+|le\s+)?(?=(?-i:[A-ZÀ-Þ]))|(?:son|sa)\s+(?:fondateur|cofondateur|patron"
    r"|PDG|directeur|directrice|président|présidente|dirigeant|dirigeante|porte-parole|DG)\b)",
    re.IGNORECASE)
# The person who speaks after a quote: "», a déclaré Arthur Mensch".
_QUOTE_PERSON = re.compile(r"»\s*,?\s*(?:[a-zà-ÿ-]+\s+){1,2}?"
                           r"(?P<person>(?-i:[A-ZÀ-Þ][\w-]+\s+[A-ZÀ-Þ][\w-]+))", re.IGNORECASE)
_POSSESSED_RIVAL = re.compile(
    # (also "Le concurrent berlinois X" opening a sentence: the rival of the company spoken of)
    r"(?:\b(?:son|sa|ses|leur|leurs|notre|nos)|^\W*(?:Le|La|Son|Sa))\s+(?:(?:deux|trois)\s+)?"
    r"(?:(?:grand|grands|principal|principaux|principale"
    r"|premier|éternel|historique|direct|directs|plus\s+grand|nouveau|nouvel|ancien)\s+)?"
    r"(?:concurrent|concurrente|concurrents|rival|rivale|rivaux|adversaire|adversaires"
    r"|challenger)\b", re.IGNORECASE)


_OF_ONLY_WORD = re.compile(r"\s*(?:[a-zà-ÿ-]+\s+)?(?:de\s+|d['’]\s*|du\s+)")
_FIRST_PERSON = re.compile(r"\b(?:notre|nos)\b", re.IGNORECASE)
_QUOTE_END = re.compile(r"[»”]")
_ARE_RIVALS = re.compile(r"\s*(?:est|sont|reste|restent|demeure|demeurent|devient|deviennent)"
                         r"(?:\s+(?:\w+ment|aussi|déjà|désormais|toujours))?\s+")


def _possessed_rivals(sentence: str, parties: list[_Party], context: Context,
                      taken: list[tuple[int, int]]) -> list[_Found]:
    """"X, son grand rival, …", "Son concurrent X …", "X figure parmi ses concurrents": X is a
    rival of the company the possessive stands for (the previous subject, or the sentence's
    first company before X), not of the other parties of the sentence."""
    out: list[_Found] = []
    companies = [p for p in parties if p.kind == COMPANY and not p.attached]
    for match in _POSSESSED_RIVAL.finditer(sentence):
        rival = None
        before = [p for p in companies if p.end <= match.start()]
        after = [p for p in companies if p.start >= match.end()]
        if after and _OF_ONLY_WORD.fullmatch(sentence, match.end(), after[0].start):
            # "Le principal concurrent de X, Y, a choisi…": X owns the rival, the apposition
            # names it (unnamed, no relation).
            named = [p for p in after[1:2] if _COMMA_ONLY.fullmatch(
                sentence, after[0].end, p.start) and _COMMA_NEXT.match(sentence, p.end)]
            if named:
                taken.append((match.start(), match.end()))
                out.append(_Found(RIVALRY, after[0].name, named[0].name, STATED))
            continue
        if before and re.fullmatch(r"\s*,\s*", sentence[before[-1].end : match.start()]):
            rival = before[-1]  # "X, son rival,"
        elif after and (re.fullmatch(r"\s*(?:[a-zà-ÿ-]+\s+){0,2}(?:[:?]\s*)?",
                                     sentence[match.end() : after[0].start])
                        or (not match.group().lower().endswith(("s", "x")) and re.fullmatch(
                            r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*(?:(?:l['’]|le\s+|la\s+)"
                            r"(?:[a-zà-ÿ-]+\s+){0,2})?",
                            sentence[match.end() : after[0].start]))):
            # "Son concurrent (sud-coréen) X", "Son rival local, l'opérateur X", "Son grand
            # rival, X, a…" (the apposition names the rival), "Ses concurrents ? X, Y ou Z."
            rival = after[0]
        elif before and match.group().lower().startswith(("nos", "notre")) \
                and _ARE_OUR.fullmatch(sentence, before[-1].end, match.start()):
            rival = before[-1]  # "« X et Y sont nos concurrents », dit le patron de Z"
        elif before and re.fullmatch(r"(?:\s*,\s*(?:qui|dont)\b[^,;:]*,)?"
                                     r"\s*(?:figur\w*|est|sont|se\s+trouv\w*|se\s+rang\w*)"
                                     r"\s+(?:\w+\s+)?parmi\s*",
                                     sentence[before[-1].end : match.start()]):
            # "X(, qui …,) figure parmi ses concurrents" (not "compte parmi ses concurrents Y",
            # whose rival follows).
            rival = before[-1]
        elif before and _ARE_RIVALS.fullmatch(sentence, before[-1].end, match.start()):
            rival = before[-1]  # "X et Y sont ses (nos) concurrents directs"
        rivals = [rival] if rival is not None else []
        if rival is not None and match.group().lower().endswith(("s", "x")):
            # "X et Y, ses concurrents directs,", "Ses concurrents X et Y": the whole list.
            rivals = _coordinated(sentence, companies, rival)
        if not rivals and before and _AS_RIVALS.fullmatch(sentence, before[-1].end, match.start()):
            # "X cite Y et Z comme ses principaux concurrents", "Y et Z, qu'il présente comme
            # ses rivaux": the whole list before "comme".
            group = [before[-1]]
            for p in reversed(before[:-1]):
                if not _COORD.match(sentence[p.end : group[0].start]):
                    break
                group.insert(0, p)
            rivals = group
        if not rivals:
            continue
        owner_after = [p for p in after if p not in rivals][:1] if rivals[0].end <= match.start() \
            else []
        if match.group().lower().startswith(("nos", "notre")):
            # A first person in a quote: the company of whoever speaks, named after it
            # ("», résume le fondateur de Z") or the company spoken of ("», dit son patron").
            speaker = _QUOTE_SPEAKER.search(sentence, match.end())
            if speaker is None:
                continue
            owners = [p.name for p in companies if p.start == speaker.end()][:1] \
                if speaker.group("of") else [n for n in _resolve_opening("Il", context)
                                             if n not in {r.name for r in rivals}]
            if not owners:
                continue
        elif owner_after and _APPOSED_RIVALS_END.fullmatch(sentence, match.end(),
                                                           owner_after[0].start):
            # "Face à X et Y, ses concurrents directs, Z revendique…": Z owns the rivals.
            owners = [owner_after[0].name]
        else:
            owners = []
        if _FIRST_PERSON.search(match.group()):
            # "« X et Y sont nos concurrents », dit le patron de Z": the speaker's company, named
            # after the quote, else the company spoken of; never one of the names quoted.
            quote_end = _QUOTE_END.search(sentence, match.end())
            speaker = [p.name for p in after if quote_end and p.start >= quote_end.end()
                       and p not in rivals][:1]
            owners = speaker or [n for n in _resolve_opening("Il", context)
                                 if n not in {r.name for r in rivals}]
            if not owners:
                continue
        named_before = [p for p in companies if p.end <= rivals[0].start and p not in rivals]
        deal = _DEAL_OPENS.match(sentence) if not owners and named_before else None
        if deal and deal.end() == named_before[0].start and all(
                _GOVERNED.search(sentence, max(0, p.start - 40), p.start) for p in named_before):
            # "L'accord avec X intervient alors que ses concurrents Y et Z…": a sentence about
            # the deal names only the partner, governed by "avec"; the possessive is the
            # company whose deal it is, the one spoken of before.
            named_before = []
        owners = owners or [p.name for p in named_before][:1] \
            or [n for n in _resolve_opening("Il", context) if n not in {r.name for r in rivals}]
        # (with no subject left, "Son rival" is the story's opening company's, not the
        # article's most named one nor the start-up it would buy: _resolve_opening)
        if not owners:
            continue
        taken.append((match.start(), match.end()))
        status = ENDED if "ancien" in match.group().lower() else STATED
        out += [_Found(RIVALRY, owner, r.name, status) for owner in owners for r in rivals
                if r.name != owner]
    return out



# A sentence opening on a deal with its partner ("L'accord avec X", "Le contrat signé avec X").
_DEAL_OPENS = re.compile(r"\W*(?:L['’]\s*|Le\s+|La\s+|Ce\s+|Cet\s+|Cette\s+)(?:accord|contrat"
                         r"|partenariat|alliance|collaboration|rapprochement)"
                         r"(?:\s+[a-zà-ÿ-]+){0,3}?\s+avec\s+")
# A fronted apposition naming a rival, its subject after the comma: "Concurrent direct de X sur
# ce marché, le groupe…", "Rival de toujours de X, Y répond…", "Grand rival de X, il…".
_FRONTED_RIVAL = re.compile(
    r"\W*(?:(?:Grand|Principal|Principale|Éternel|Éternelle|Nouveau|Nouvel|Ancien|Ancienne)\s+)?"
    r"(?:Concurrent|Concurrente|Rival|Rivale|Adversaire)"
    r"(?:\s+(?:de\s+toujours|de\s+longue\s+date|(?!de\b|du\b|d['’])[a-zà-ÿ-]+)){0,3}+"
    r"\s+(?:de\s+|d['’]\s*|du\s+)")
# The rest of the apposition up to its comma (a place or a market, no verb of its own).
_FRONTED_REST = re.compile(r"[^,;:«»]{0,80}+,\s*")
_FRONTED_LIST = re.compile(r"\s*(?:,|(?P<last>et|ou))\s*(?:de\s+|d['’]\s*|du\s+)?")
# (lowercase after the comma: "…, le groupe reste", "…, il répond")
_FRONTED_ANAPHOR = re.compile(_ANAPHOR_WORDS, re.IGNORECASE)


def _fronted_then_anaphor(sentence: str) -> bool:
    """Whether the sentence opens on a fronted rival apposition whose subject is a pronoun or
    a description ("Concurrent de X, le groupe…"): one named party is enough."""
    if sentence.lstrip(" «\"“")[:1] not in "CRGPÉNA":
        return False
    match = _FRONTED_RIVAL.match(sentence)
    rest = match and _FRONTED_REST.match(sentence, match.end())
    return bool(rest) and _FRONTED_ANAPHOR.match(sentence, rest.end()) is not None


def _fronted_rivals(sentence: str, parties: list[_Party], context: Context,
                    taken: list[tuple[int, int]]) -> list[_Found]:
    """"Concurrent direct de X, le groupe…": X is a rival of the subject after the comma (a
    name, a description, or a pronoun standing for the company spoken of)."""
    match = _FRONTED_RIVAL.match(sentence)
    if match is None:
        return []
    companies = [p for p in parties if p.kind == COMPANY and not p.attached]
    rival = next((p for p in companies if p.start == match.end()), None)
    if rival is None:
        return []
    # ("Rival de X et de Y, Z…": a list ends on "et"/"ou"; "Rival de X, Z" has no list)
    rivals = [rival]
    for p in companies[companies.index(rival) + 1 :]:
        gap = _FRONTED_LIST.fullmatch(sentence, rivals[-1].end, p.start)
        if gap is None:
            break
        rivals.append(p)
        if gap.group("last"):
            break
    if len(rivals) > 1 and not _FRONTED_LIST.fullmatch(
            sentence, rivals[-2].end, rivals[-1].start).group("last"):
        rivals = rivals[:1]
    rest = _FRONTED_REST.match(sentence, rivals[-1].end)
    if rest is None:
        return []
    subject = [p.name for p in companies if p.start == rest.end()]
    anaphor = None if subject else _FRONTED_ANAPHOR.match(sentence, rest.end())
    if anaphor:
        subject = _resolve_opening(anaphor.group(), context)[:1]
    if not subject:
        return []
    taken.append((match.start(), rest.end()))
    status = ENDED if "ancien" in match.group().lower() else STATED
    return [_Found(RIVALRY, *sorted((subject[0], r.name)), status)
            for r in rivals if r.name != subject[0]]

# An apposition with a possessive naming the tie ("Decathlon, son premier client, a…", "X et Y,
# ses deux principaux clients", "Microsoft, son partenaire historique"): X is the possessor's
# client (partner, supplier: "Anthropic, son fournisseur,") or shareholder, as "X, son grand
# rival," is its rival.
_PEER_NOUNS = frozenset({"client", "clients", "partenaire", "partenaires", "actionnaire",
                         "actionnaires", "fournisseur", "fournisseurs"})
_POSSESSED_PEER = re.compile(
    r"\s*,\s*(?:son|sa|ses|leur|leurs)\s+(?:(?:deux|trois)\s+)?"
    r"(?:(?:grand|grands|principal|principaux|principale|premier|premiers|plus\s+gros|historique"
    r"|fidèle|nouveau|nouvel)\s+)?(?P<noun>clients?|partenaires?|actionnaires?|fournisseurs?)"
    r"(?:\s+(?:historique|historiques|principal|majoritaire|de\s+référence|de\s+longue\s+date))?"
    r"\s*[,.]")


# The same opening the sentence, the names right after it: "Son actionnaire de référence, le
# fonds X, a…", "Ses clients incluent déjà X et Y", "Son premier client, X, …".
_POSSESSED_PEER_OPENING = re.compile(
    r"\W*(?:Son|Sa|Ses|Leur|Leurs)\s+(?:(?:deux|trois)\s+)?"
    r"(?:(?:grands?|principa(?:l|ux|le)|premiers?|plus\s+gros|historiques?|fidèles?|nouveaux?"
    r"|nouvel)\s+)?(?P<noun>clients?|partenaires?|actionnaires?|fournisseurs?)"
    r"(?:\s+(?:historiques?|principa(?:l|ux)|majoritaires?|de\s+référence|de\s+longue\s+date))?"
    r"(?:\s*,\s*(?:(?:l['’]|le\s+|la\s+|les\s+)(?:[a-zà-ÿ-]+\s+){0,3})?"
    r"|\s+(?:incluent|comptent|sont|restent|figurent)\s+(?:(?:\w+ment|déjà|aussi)\s+)?)")


def _possessed_peers(sentence: str, parties: list[_Party], context: Context,
                     taken: list[tuple[int, int]]) -> list[_Found]:
    """_possessed_rivals for clients, partners, suppliers and shareholders, in apposition, or
    opening the sentence for the company spoken of."""
    out: list[_Found] = []
    companies = [p for p in parties if p.kind == COMPANY and not p.attached]
    opening = _POSSESSED_PEER_OPENING.match(sentence)
    first = next((p for p in companies if opening and p.start == opening.end()), None)
    if first is not None:
        peers = _coordinated(sentence, companies, first) \
            if opening.group("noun").endswith("s") else [first]
        names = {p.name for p in peers}
        owners = [n for n in _resolve_opening("Il", context) if n not in names][:1]
        if owners and all(p.end <= first.start or p in peers for p in companies
                          if p.start < peers[-1].end):
            taken.append(opening.span())
            investing = opening.group("noun").startswith("action")
            out += [_Found(INVESTMENT, p.name, owners[0], STATED) if investing
                    else _Found(PARTNERSHIP, *sorted((owners[0], p.name)), STATED)
                    for p in peers]
    for peer in companies:
        match = _POSSESSED_PEER.match(sentence, peer.end)
        if match is None:
            continue
        peers = _coordinated(sentence, companies, peer) \
            if match.group("noun").endswith("s") else [peer]
        names = {p.name for p in peers}
        # (opening the sentence, "son premier client" is the story's company's: the article is
        # about the company whose clients and shareholders it lists)
        story = _story(context)
        owners = [p.name for p in companies if p.end <= peers[0].start and p not in peers][:1] \
            or ([story] if story and story not in names else [])
        if not owners:
            continue
        taken.append((match.start(), match.end()))
        kind = INVESTMENT if match.group("noun").startswith("action") else PARTNERSHIP
        out += [_Found(kind, p.name, owner, STATED) if kind == INVESTMENT
                else _Found(PARTNERSHIP, *sorted((owner, p.name)), STATED)
                for owner in owners[:1] for p in peers if p.name != owner]
    return out


_APPOSED_RIVALS_END = re.compile(r"(?:\s+[a-zà-ÿ-]+){0,2}\s*,\s*")


def _coordinated(sentence: str, companies: list[_Party], one: _Party) -> list[_Party]:
    """The companies coordinated with `one` ("X, Y et Z"), in order."""
    at = companies.index(one)
    first = last = at
    while first > 0 and _coordination(sentence[companies[first - 1].end : companies[first].start]) \
            and sentence[companies[first - 1].end : companies[first].start].strip():
        first -= 1
    while last + 1 < len(companies) and _coordination(
            sentence[companies[last].end : companies[last + 1].start]) \
            and sentence[companies[last].end : companies[last + 1].start].strip():
        last += 1
    return companies[first : last + 1]


_AS_RIVALS = re.compile(r"(?:\s*,\s*qu['’e]\s*(?:il|elle|ils|elles|\w+)?)?(?:\s+[a-zà-ÿ-]+){0,2}?"
                        r"\s+comme\s*", re.IGNORECASE)


# "Y, dans laquelle X a investi": X invested in Y.
# ("Y, la filiale qui regroupe ses jeux et dans laquelle X injecte…": past the apposition's
# own relative clause)
_IN_WHICH = re.compile(r"(?:\s+[a-zà-ÿ-]+)?(?:\s*,\s*(?:la|le|l['’]|une|un)\s*[a-zà-ÿ-]+"
                       r"(?:\s+[a-zà-ÿ-]+)?\s+qu[ei]\s+[^,;:.()]{1,80}?\s+et)?"
                       r"\s*,?\s*dans\s+(?:laquelle|lequel|lesquelles|lesquels)\s+"
                       r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_IN_WHICH_INVERTED = re.compile(
    r"(?:\s*,\s*(?:la|le|l['’]|une|un)\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?)?\s*,?\s*dans\s+"
    r"(?:laquelle|lequel|lesquelles|lesquels)\s+(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|déjà\s+"
    r"|aussi\s+|également\s+)?(?:investi|injecté|misé|parié)"
    r"(?:\s+[^,;:.()]{1,60}?\s*,\s*(?:dont|notamment|parmi\s+lesquels|comme))?"
    r"\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_HAS_INVESTED = re.compile(
    r"\s+(?:a|ont|avait|avaient|aurait|auraient|vient\s+d['’]|venait\s+d['’])\s*"
    r"(?:\w+ment\s+|déjà\s+|aussi\s+|également\s+)?(?:investi|injecté|misé|placé)\b"
    # (the present and the future: "dans laquelle X injecte 1 milliard")
    r"|\s+(?:\w+ment\s+|aussi\s+|également\s+)?(?:investi(?:t|ssent|ra|ront)|injecte(?:nt|ra|ront)?"
    r"|place(?:nt|ra|ront)?)\b",
    re.IGNORECASE)


# "Y, dont (le fonds) X est (le premier) actionnaire": X invested in Y.
_WHOSE = re.compile(r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*dont\s+(?:l['’]|le\s+|la\s+|les\s+)?"
                    r"(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_IS_PEER = re.compile(
    r"\s+(?:est|sont|était|étaient|reste|restent|demeure|devient|deviennent)"
    r"(?:\s+(?:\w+ment|déjà|désormais|aussi))?\s+(?:devenue?s?\s+)?(?:le\s+|la\s+|un\s+|une\s+)?"
    r"(?:(?:principal|principale|premier|première|grand|gros)\s+)?"
    r"(?:partenaire|client|cliente|fournisseur|distributeur|hébergeur)s?\b", re.IGNORECASE)
_IS_SHAREHOLDER = re.compile(
    r"\s+(?:est|sont|était|étaient|reste|restent|demeure|demeurent|serait|seraient|devient"
    r"|deviennent)\s+(?:\w+\s+){0,2}?(?:actionnaire|investisseur|co-?actionnaire)s?\b"
    # "dont X détient environ 27 % (du capital)", "dont X possède une participation"
    r"|\s+(?:détien\w*|détenait|détiendrait|possèd\w*|possédait|contrôl\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:\d+(?:[,.]\d+)?\s*%|la\s+majorité|une\s+(?:\w+\s+)?(?:part|participation)\b)",
    re.IGNORECASE)


def _holding(verb: re.Match[str], taken: list[tuple[int, int]]) -> str:
    """The status of a stake the verb states ("serait actionnaire" is a rumour); its words taken."""
    taken.append((verb.start(), verb.end()))
    return RUMORED if verb.group().lower().lstrip().startswith("serai") else STATED


# "X se tourne vers Y, qui a confirmé étudier une prise de participation", "les discussions
# entre X et Y, le groupe de Z, qui envisageait lui aussi une prise de participation": Y
# considers a stake in the other (no company named after the stake: "dans W" is its own cue's).
_CONSIDERED_WORDS = frozenset({"participation", "capital", "investissement"})
_STAKE_CONSIDERED = re.compile(
    r"(?:\s*,[^,;:.()«»]{1,60})?\s*,\s*qui\s+(?:[\w'’-]+\s+){0,4}?(?:étudi|envisag|prépar|négoci"
    r"|souhait|explor)\w*(?:\s+(?:lui|elle|eux|elles)\s+aussi)?\s+(?:(?:de\s+prendre|d['’]acquérir)"
    r"\s+)?(?:une|un|la|sa|son)\s+(?:éventuel\w*\s+|possible\s+)?(?:prise\s+de\s+participation"
    r"|entrée\s+au\s+capital|participation|investissement)\b"
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:dans|au\s+capital|chez|en)\b)", re.IGNORECASE)


def _stake_considered(sentence: str, groups: list[list[_Party]]) -> list[_Found]:
    out: list[_Found] = []
    for group in groups:
        considered = _STAKE_CONSIDERED.match(sentence, group[-1].end) \
            if group[-1].end and group[-1].kind == COMPANY else None
        if considered is None:
            continue
        investor = group[-1].name
        # (the sentence's subject, else the other party of the talks listed with it)
        funded = [n for n in _main_subject(sentence, groups, group[0].start) if n != investor] \
            or [n for n in _companies(group) if n != investor]
        status = _status(sentence, considered.start(), considered.end(), TALKS)
        out += [_Found(INVESTMENT, investor, n, status) for n in funded]
    return out


def _whose_shareholder(sentence: str, groups: list[list[_Party]],
                       taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for held, holders in pairwise(groups):
        if not _WHOSE.fullmatch(sentence, held[-1].end, holders[0].start):
            continue
        verb = _IS_SHAREHOLDER.match(sentence, holders[-1].end)
        if verb is None:
            peer = _IS_PEER.match(sentence, holders[-1].end)
            if peer is not None:
                # "Y, dont X est (devenu) partenaire (client)": X and Y partners
                taken.append((peer.start(), peer.end()))
                out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED) for a in _companies(holders)
                        for b in _companies(held) if a != b]
            continue
        status = _holding(verb, taken)
        out += [_Found(INVESTMENT, a, b, status) for a in _companies(holders)
                for b in _companies(held)]
    for owner, other in pairwise(groups):
        # "Y, dont le principal client (locataire, actionnaire) est X": the role said first.
        role = _WHOSE_ROLE_IS.fullmatch(sentence, owner[-1].end, other[0].start)
        if role is None:
            continue
        if role.group("role").lower().startswith("actionnaire"):
            out += [_Found(INVESTMENT, a, b, STATED) for a in _companies(other)
                    for b in _companies(owner) if a != b]
        else:
            out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED) for a in _companies(other)
                    for b in _companies(owner) if a != b]
        taken.append((role.start(), role.end()))
    for held in groups:
        # "X distribue les modèles d'Y, dont il est le premier actionnaire": the subject holds.
        whose = _WHOSE_PRONOUN_HOLDS.match(sentence, held[-1].end)
        verb = whose and _IS_SHAREHOLDER.match(sentence, whose.end())
        peer = whose and not verb and _IS_PEER.match(sentence, whose.end())
        if peer:
            # "X reste fidèle aux modèles d'Y, dont il est client depuis 2023": the subject is
            # Y's client (partner, supplier).
            taken.append((peer.start(), peer.end()))
            out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                    for a in _main_subject(sentence, groups, held[0].start)
                    for b in _companies(held) if a != b]
        if not verb:
            continue
        holders = [n for n in _main_subject(sentence, groups, held[0].start)
                   if n not in _companies(held)]
        status = _holding(verb, taken)
        out += [_Found(INVESTMENT, a, b, status) for a in holders for b in _companies(held)]
    return out


_WHOSE_ROLE_IS = re.compile(
    r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*dont\s+(?:l['’]|le\s+|la\s+|les\s+)\s*(?:(?:principal|principaux"
    r"|principale|premier|premiers|première|plus\s+gros|grand|grands|nouveau|nouvel)\s+)?"
    r"(?P<role>client|cliente|locataire|fournisseur|partenaire|actionnaire|distributeur"
    r"|hébergeur)s?(?:\s+(?:historique|majoritaire|principal|de\s+référence))?\s+"
    r"(?:est|sont|reste|restent|demeure|était|serait|devient)\s+(?:\w+ment\s+|désormais\s+)?"
    r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_WHOSE_PRONOUN_HOLDS = re.compile(r"\s*,\s*dont\s+(?:il|elle)(?:\s+(?:\w+ment|aussi|déjà"
                                  r"|désormais|également))?(?=\s)", re.IGNORECASE)


_OWN_UNIT = re.compile(r"\b(?:sa|son|ses|leur|leurs)\s+(?:\w+\s+)?(?:filiale|division|branche"
                       r"|unité)s?(?:\s+[a-zà-ÿ-]+)?\s+$", re.IGNORECASE)
# "pour son offre Agentforce", "pour fournir les fonctions d'Apple Intelligence": the product a
# deal serves (or a model a party supplies), not a model the other party uses.
_SERVED_PRODUCT = re.compile(
    r"(?:\b(?:son|sa|ses|leur|leurs)\s+(?:offre|plateforme|produit|service|assistant|application"
    r"|logiciel|suite|outil|agent|messagerie)s?\s+"
    r"|\b(?:fournir|alimenter|propulser|animer)\s+(?:[\w'’-]+\s+){0,3}?(?:d['’]|de\s+|du\s+))$",
    re.IGNORECASE)
_LINKS = re.compile(r"\b(?:qui\s+)?li(?:e|ent|ait|aient|ant)\s+(?:depuis\s+\d{4}\s+)?$")
# "des puces fournies à X par Y": Y supplies X.
_SUPPLIED_MODEL_TO = re.compile(r"\s*,?\s*(?:à|au|aux)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
                                r"(?:[a-zà-ÿ-]+\s+){0,3}", re.IGNORECASE)
_SUPPLIED_TO = re.compile(r"\b(?:fourni|livré|vendu|loué|distribué)e?s?\s+(?:\w+ment\s+)?à\s+"
                          r"(?:l['’]|le\s+|la\s+)?$", re.IGNORECASE)
_SUPPLIED_BY = re.compile(r"\s+(?:depuis\s+\d{4}\s+)?par\s+(?:l['’]|le\s+|la\s+)?"
                          r"(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_BECOMES = re.compile(r"(?:devient|deviennent|est|sont)\s+(?:\w+\s+)?(?:client|fournisseur)s?$",
                      re.IGNORECASE)
_BECOMES_OF = re.compile(r"\s*(?:\w+\s+){0,2}?(?:de|d['’]|du|des|chez|auprès)\b", re.IGNORECASE)
_RIVAL_WORDS = frozenset({"concurrent", "concurrente", "rival", "rivale", "adversaire",
                          "challenger"})
_DEAL_SUBJECT = re.compile(r"\W*(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?,\s*)?"
                           # ("En revanche, le partenariat avec X a pris fin")
                           r"(?:(?:[Ll]a|[Ll]e|[Ll]['’]|[Cc]ette|[Cc]e|[Cc]et|[Dd]es"
                           r"|[Dd]e\s+nouvelles|[Ll]es|[Uu]n|[Uu]ne)\s*"
                           r"(?:(?!qui\b|dont\b)[a-zà-ÿ'’,-]+\s+){0,7}?"
                           r"(?:d['’]|de\s+|du\s+)?(?:un|une|le|la|l['’])?\s*(?:nouv\w+\s+)?)?$")
_WITH_ONLY = re.compile(r"(?:\s+[a-zà-ÿ'’-]+){0,4}?\s+avec\s+(?:l['’]|le\s+|la\s+)?"
                        r"(?:[a-zà-ÿ-]+\s+){0,3}", re.IGNORECASE)
_DEAL_NOUNS = frozenset({"accord", "contrat", "partenariat", "collaboration", "alliance",
                         "coopération", "discussions", "négociations", "pourparlers"})
_DROPPED_BEFORE = re.compile(r"\baprès\s+avoir\s+(?:\w+ment\s+)?(?:abandonn|délaiss)é\b",
                             re.IGNORECASE)
_RIVALS_TOO = re.compile(r"\s*,?\s*(?:ainsi\s+que|mais\s+aussi)\s+(?:(?:à\s+)?(?:des|d['’]autres"
                         r"|plusieurs|de\s+nombreux)\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+"
                         r"(?:comme|tels?\s+que|à\s+l['’]instar\s+d[eu'’]?)\s+)?(?:l['’]|le\s+|la\s+)?")
# What several found together: "a fondé, avec Y et Z, une alliance" partners Y and Z as well.
_FOUNDED_TOGETHER = re.compile(r"[^.;]{0,40}?\b(?:alliance|consortium|coentreprise|co-entreprise"
                               r"|joint-venture|coalition|initiative|norme|standard|groupement)\b",
                               re.IGNORECASE)
_THOSE_OF = re.compile(r"\s*,?\s*(?:ainsi\s+que|et|comme)\s+(?:\w+ment\s+)?(?:ceux|celles)\s+"
                       r"(?:de\s+|d['’]|du\s+)", re.IGNORECASE)
_AND_OF = re.compile(r"\s*,?\s*(?:et\s+)?(?:de\s+|d['’]|du\s+)", re.IGNORECASE)
_INTO_OWN = re.compile(r"\b(?:à|au|aux|dans)\s+(?:sa|son|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+)?"
                       r"(?:plateforme|offre|service|produit|application|suite|logiciel|outil"
                       r"|messagerie|assistant|gamme)s?\s+$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\s*(?:après|avant|pour|afin|avec|dont|qui|que|qu['’]|tandis|alors|mais"
                          r"|selon|sans|en|lorsque|quand|car|puisque)\b", re.IGNORECASE)
_JOIN_WORDS = frozenset({"rejoint", "rejoignent", "rejoindra", "rejoindront", "rejoindre"})
# Made together: "a fondé, avec X, Y et Z, l'alliance W", "en lançant, avec X, le modèle M",
# "M, un modèle conçu avec X": the maker (the sentence's subject) and X are partners.
_MADE_WITH_STEMS = re.compile(r"\b(?:fond|cré|lanc|lanç|développ|conçu|co-?développ"
                              r"|mis\s+au\s+point|co-?fond|conç|construi|bâti|prépar|fabriqu)")
# A thing made with a partner, its object between the verb and "avec" ("conçoit ses propres
# accélérateurs avec Y", "le campus que X construit à Bruyères avec Y", "prépare avec Y des
# lunettes", "conçoit le modèle avec l'appui technique de Y"): the verbs of making (not of
# launching: "a lancé un modèle pour rivaliser avec Y"), and no purpose, comparison or
# clause between the object and "avec".
_MADE_OBJECT_WITH = re.compile(
    r"\b(?:co-?développ|développ|conç|conçu|construi|co-?construi|bâti|prépar|fabriqu"
    r"|mis\s+au\s+point|met\s+au\s+point|mettent\s+au\s+point)\w*"
    r"(?:\s+(?!(?:pour|afin|contre|face|comme|compatibles?|comparables?|concurrence|qui|que|qu"
    r"|dont|et|ou|mais|sans|rivalis\w*)\b)[^\s,;:.()«»]+){0,6}?"
    r"\s+avec\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:(?:appui|aide|soutien|concours|expertise"
    r"|assistance)(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+|d['’]|du\s+)(?:l['’]|la\s+|le\s+)?)?"
    r"(?:[a-zà-ÿ-]+\s+){0,3}$", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bqu(?:e\s+|['’]\s*)$", re.IGNORECASE)
# The subject right before a verb: "X construit", "X, qui prépare", "que X a conçu".
_SUBJECT_GAP = re.compile(
    r"\s*(?:,\s*qui\s+)?(?:(?:a|ont|avait|avaient|aura|va|vont|doit|doivent|veut|veulent)\s+)?"
    r"(?:(?:\w+ment|aussi|déjà|désormais|ensemble|également)\s+)?", re.IGNORECASE)
_MADE_WITH = re.compile(
    r"\b(?:co-?fond|fond|cré(?!neau|dit)|lanc|lanç|co-?développ|développ|conçu|mis\s+au\s+point)\w*"
    r"(?:\s+(?:l['’]an\s+dernier|en\s+\d{4}|\w+ment|ensemble|conjointement|déjà|aussi))?\s*,?\s*"
    r"avec\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,4}$", re.IGNORECASE)


def _made_with(sentence: str, groups: list[list[_Party]], context: Context,
               taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    # (the sentence's subject, read once: sought for each group, through every group before it
    # when all are governed ("prépare des puces avec X, … avec Y"), it made the sentence
    # quadratic)
    first: tuple[int, list[str]] | None = None
    for at, group in enumerate(groups):
        verb = _MADE_WITH.search(sentence, max(0, group[0].start - 80), group[0].start)
        partners = _companies(group)
        if not partners:
            continue
        subject: list[str] = []
        if verb is None:
            verb = _MADE_OBJECT_WITH.search(sentence, max(0, group[0].start - 120),
                                            group[0].start)
            if verb is None:
                continue
        # (the company right before the verb, when there is one, is its subject: "Meta
        # affronte Google, qui prépare avec Y…" is Google's making, not Meta's)
        # (a walk back from this group, a few steps: the verb is at most 120 characters away)
        back = at - 1
        while back >= 0 and groups[back][-1].end > verb.start():
            back -= 1
        near = groups[back] if back >= 0 else None
        gap = _SUBJECT_GAP.fullmatch(sentence, near[-1].end, verb.start()) \
            if near and _companies(near) else None
        if gap and (", qui" in gap.group() or _THAT_BEFORE.search(
                sentence, max(0, near[0].start - 6), near[0].start) or not _GOVERNED.search(
                sentence[max(0, near[0].start - 40) : near[0].start])):
            subject = _companies(near)
        if not subject:
            if first is None:
                first = _subject_group(sentence, groups, _NO_SUBJECT)
            subject = first[1] if first[0] < verb.start() else []
        subject = subject or (_resolve("Il", context) if _opens_on_anaphor(sentence) else [])
        makers = [n for n in subject if n not in partners]
        taken.append((verb.start(), verb.end()))
        out += [_Found(PARTNERSHIP, *sorted((m, p)), STATED) for m in makers for p in partners]
        if makers and len(partners) >= 2 and _FOUNDED_TOGETHER.match(sentence, group[-1].end):
            out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                    for i, a in enumerate(partners) for b in partners[i + 1 :]]
    return out


# A model made from another: "M, un modèle obtenu en affinant N", "par affinage de N",
# "Ce modèle est dérivé de N": M's maker uses N.
_DERIVED_WORDS = frozenset({"affinant", "adaptant", "distillant", "réentraînant", "affinage",
                            "ajustement", "distillation", "fine-tuning", "réentraînement",
                            "dérivé", "dérivée", "dérivés", "dérivées", "affinée", "affinées",
                            "distillé", "distillée", "déclinaison", "déclinaisons",
                            "construit", "construite", "bâti", "bâtie", "basé", "basée"})
_DERIVED = re.compile(
    r"\b(?:en\s+(?:affinant|adaptant|distillant|réentraînant)\s+"
    r"|par\s+(?:un\s+|l['’])?(?:affinage|ajustement|distillation|fine-tuning|réentraînement)"
    r"\s+(?:de\s+|d['’]|du\s+)|(?:est|sont|a\s+été|ont\s+été)?\s*(?:dérivée?s?|distillée?s?)\s+"
    r"(?:de\s+|d['’]|du\s+)|(?:version|déclinaison)s?\s+(?:\w+\s+)?(?:affinée|distillée|dérivée)s?"
    r"\s+(?:de\s+|d['’]|du\s+)"
    # "Le modèle a été construit à partir de N (bâti sur N)"
    r"|(?:est|a\s+été)\s+(?:construit|bâti|basé)e?\s+(?:sur\s+|à\s+partir\s+(?:de\s+|d['’]|du\s+)))"
    r"(?:la\s+|le\s+|l['’])?", re.IGNORECASE)
_WHOSE_MODEL = re.compile(r",\s*dont\s+(?:le|les)\s+(?:\w+\s+)?modèles?\s+$", re.IGNORECASE)
_THIS_MODEL = re.compile(r"\W*(?:Ce|Le|Son|Leur|Ce\s+nouveau|Le\s+nouveau)\s+modèle\b")
# "X, dont le modèle M équipe (alimente, est intégré dans) les smartphones de Y": the verb of
# powering after the relative's model, then the client's products up to Y.
_POWERS_AFTER = re.compile(
    r"\s*(?:(?:\w+ment|déjà|aussi|désormais|depuis\s+\S+(?:\s+\S+)?)\s+)?"
    r"(?:équip(?:e|ent|ait|aient|era|eront)|aliment(?:e|ent|ait|aient|era|eront)"
    r"|propuls(?:e|ent|ait|aient|era|eront)|(?:est|sont|était|étaient|sera|seront)\s+"
    r"(?:(?:\w+ment|déjà|aussi|désormais|depuis\s+\S+(?:\s+\S+)?)\s+)?intégrée?s?)"
    r"(?:\s+(?:\w+ment|déjà|aussi|désormais|depuis\s+\S+(?:\s+\S+)?))?"
    r"\s+(?:à|au|aux|dans|sur)?\s*(?:l['’]|le\s+|la\s+|les\s+|des\s+)?"
    r"(?:[a-zà-ÿ-]+\s+){0,4}?(?:de\s+|des\s+|du\s+|d['’]\s*)?(?:la\s+|l['’]\s*)?"
    r"(?:[a-zà-ÿ-]+\s+){0,2}?$", re.IGNORECASE)


def _whose_model_powers(sentence: str, parties: list[_Party],
                        groups: list[list[_Party]]) -> list[_Found]:
    """"X, dont le modèle M équipe aussi les smartphones de Y": Y uses M, and X, its maker,
    supplies Y (a client, a partner)."""
    out: list[_Found] = []
    ends = [g[-1].end for g in groups]
    for at, model in enumerate(parties):
        if model.kind != MODEL or not model.end or not _WHOSE_MODEL.search(
                sentence, max(0, model.start - 40), model.start):
            continue
        relative = sentence.rfind(",", max(0, model.start - 40), model.start)
        # (the group right before the relative's comma, found by bisection: the name the
        # relative is attached to, nothing between)
        before = bisect.bisect_right(ends, relative) - 1
        maker = groups[before] if before >= 0 and _companies(groups[before]) else None
        if maker is None or sentence[maker[-1].end : relative].strip():
            continue
        client = None
        for p in parties[at + 1 : at + 12]:
            if p.start - model.end > 120:
                break
            if p.kind == COMPANY:
                client = p
                break
        if client is None or not _POWERS_AFTER.fullmatch(sentence, model.end, client.start):
            continue
        makers = _companies(maker)
        if client.name in makers or maker_of(model.name) == client.name:
            continue
        out.append(_Found(USES_MODEL, client.name, model.name, STATED))
        out += [_Found(PARTNERSHIP, *sorted((m, client.name)), STATED) for m in makers]
    return out


def _derived(sentence: str, parties: list[_Party], groups: list[list[_Party]],
             context: Context, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for match in _DERIVED.finditer(sentence):
        base = [p for p in parties if p.start == match.end() and p.kind == MODEL]
        if not base:
            continue
        made = [p for p in parties if p.kind == MODEL and p.end <= match.start()
                and p.name != base[0].name]
        users: list[str] = []
        if made and (_MADE.search(sentence, 0, made[-1].start) or _WHOSE_MODEL.search(
                sentence, max(0, made[-1].start - 40), made[-1].start)):
            # "X a publié M, un modèle obtenu en affinant N", "X, dont le modèle M est dérivé
            # de N": X, M's maker.
            users = _main_subject(sentence, groups, made[-1].start)
        elif not made and _THIS_MODEL.match(sentence) and context.launched:
            # "Ce modèle est dérivé de N": the model the article said was launched.
            users = [context.launched_by.get(context.launched[0], "")]
        users = [u for u in users if u and u != maker_of(base[0].name)]
        if users:
            taken.append((match.start(), match.end()))
            out += [_Found(USES_MODEL, u, base[0].name, STATED) for u in users]
    return out


# "X a remplacé M par N", "a abandonné M au profit de N": M was used, N is.
_REPLACING_WORDS = frozenset({"remplacé", "remplace", "remplacer", "abandonné", "abandonne",
                              "délaissé", "délaisse", "troqué", "troque", "basculé", "bascule",
                              "basculer", "migré", "migre", "migrer", "passé", "passe", "passer"})
# (a place between the verb and the model: "a remplacé dans son assistant d'achat M par N")
_REPLACING = re.compile(r"\b(?:remplac|abandonn|délaiss|troqu)\w*\s+(?:[\w'’-]+\s+){0,4}?$"
                        r"|\b(?:remplac|abandonn|délaiss|troqu)\w*\s+(?:dans|sur|pour|chez)\s+"
                        r"(?:[\w'’-]+\s+){1,6}?$", re.IGNORECASE)
# (an apposition may follow the old model: "M, un modèle arrivé en fin de vie, par N")
_REPLACED_BY = re.compile(r"(?:\s*,[^,;:.]{0,80},)?"
                          r"\s+(?:\w+\s+){0,3}?(?:par|au\s+profit\s+d[eu'’]?|pour)\s*"
                          r"(?:l['’]|le\s+|la\s+|les\s+)?(?:(?:modèles?|assistant)\s+)?$",
                          re.IGNORECASE)
# "a basculé ses agents de M vers N", "est passé de M à N", "a migré de M vers N"
_SWITCHING = re.compile(r"\b(?:bascul|migr|pass)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:de\s+|d['’])$",
                        re.IGNORECASE)
_SWITCHED_TO = re.compile(r"(?:\s*,[^,;:.]{0,80},)?\s+(?:vers|à|pour)\s+(?:l['’]|le\s+|la\s+)?$",
                          re.IGNORECASE)


def _replaced(sentence: str, groups: list[list[_Party]], context: Context,
              taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for i, old in enumerate(groups):
        if not _models(old):
            continue
        verb = _REPLACING.search(sentence, max(0, old[0].start - 60), old[0].start)
        by = _REPLACED_BY
        if verb is None:
            verb, by = _SWITCHING.search(sentence, max(0, old[0].start - 80), old[0].start), \
                _SWITCHED_TO
        new = next((g for g in groups[i + 1 :] if _models(g)
                    and by.fullmatch(sentence, old[-1].end, g[0].start)), None)
        if verb is not None and new is None and _DROPPED_BEFORE.search(
                sentence, max(0, verb.start() - 20), verb.end()):
            # "X a adopté N …, après avoir abandonné M": M was X's, and is no more.
            new = []
        if verb is None or new is None:
            continue
        users = _main_subject(sentence, groups, verb.start()) or (
            _resolve("Il", context) if _opens_on_anaphor(sentence) else [])
        taken.append((verb.start(), new[0].start if new else old[-1].end))
        for user in users:
            out += [_Found(USES_MODEL, user, m, ENDED) for m in _models(old)
                    if maker_of(m) != user]
            out += [_Found(USES_MODEL, user, m, STATED) for m in _models(new)
                    if maker_of(m) != user]
    return out


# "Parmi les premiers clients à utiliser M figure X": X uses M (the clients are no partners of
# one another).
_CLIENTS_USING = re.compile(
    r"\b[Pp]armi\s+(?:les|ses|leurs|ces)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:clients|utilisateurs"
    r"|entreprises|sociétés|groupes)\s+(?:à\s+(?:utiliser|adopter|déployer|tester|avoir\s+adopté)"
    r"|qui\s+(?:\w+ment\s+|déjà\s+)?(?:utilisent|adoptent|déploient|testent|ont\s+adopté))\s+$")
_CLIENTS_THEN = re.compile(r"(?:\s+[^\s,;:.]+){0,2}?\s*,?\s+(?:figur\w*|on\s+(?:trouve|compte))\s+"
                           r"(?:(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,3})?$")


def _clients_using(sentence: str, groups: list[list[_Party]],
                   taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for used, users in pairwise(groups):
        lead = _CLIENTS_USING.search(sentence, max(0, used[0].start - 90), used[0].start)
        models = _models(used)
        if lead is None or not models or not _CLIENTS_THEN.fullmatch(
                sentence, used[-1].end, users[0].start):
            continue
        taken.append((lead.start(), users[0].start))
        out += [_Found(USES_MODEL, a, m, STATED) for a in _companies(users) for m in models
                if maker_of(m) != a]
    return out


def _invested_in_which(sentence: str, groups: list[list[_Party]],
                       taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for antecedent, investors in pairwise(groups):
        if _IN_WHICH_INVERTED.fullmatch(sentence, antecedent[-1].end, investors[0].start):
            # "Y, le fondeur dans lequel ont investi plusieurs groupes, dont X et Z": the
            # subject after its verb, or its examples after the noun that counts them.
            taken.append((antecedent[-1].end, investors[0].start))
            out += [_Found(INVESTMENT, a, b, STATED) for a in _companies(investors)
                    for b in _companies(antecedent) if a != b]
            continue
        if not _IN_WHICH.fullmatch(sentence, antecedent[-1].end, investors[0].start):
            continue
        verb = _HAS_INVESTED.match(sentence, investors[-1].end)
        if verb is None:
            continue
        taken.append((verb.start(), verb.end()))
        status = RUMORED if "aurai" in verb.group() else STATED
        out += [_Found(INVESTMENT, a, b, status) for a in _companies(investors)
                for b in _companies(antecedent)]
    return out


# "un tour de table de 40 milliards dans Y, auquel participent X et Z": X and Z invest in Y,
# the company the round is in.
_ROUND_IN = re.compile(r"\b(?:tour|levée|financement|série\s+[A-F]|augmentation\s+de\s+capital)"
                       r"\b(?:(?!\bpar\b)[^,;:.]){0,60}?\s(?:dans|chez|de|d['’]|du)\s*"
                       r"(?:(?:la|le|l['’])\s*(?:start-up|jeune\s+pousse|société|groupe|laboratoire"
                       r"|entreprise|pépite)(?:\s+[a-zà-ÿ-]+)?\s+)?$", re.IGNORECASE)
_ROUND_JOINED = re.compile(r"\s*,\s*(?:auquel|à\s+laquelle)\s+"
                           r"(?:(?:ont|a|avaient|avait|aurai(?:t|ent))\s+)?(?:\w+ment\s+|aussi\s+|notamment\s+)?(?:particip|contribu)\w*"
                           r"(?:\s+(?:\w+ment|aussi|notamment|déjà))?\s+(?:l['’]|le\s+|la\s+|les\s+)?"
                           r"(?:[a-zà-ÿ-]+\s+){0,3}", re.IGNORECASE)


def _round_joined(sentence: str, groups: list[list[_Party]],
                  taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for funded, investors in pairwise(groups):
        joined = _ROUND_JOINED.fullmatch(sentence, funded[-1].end, investors[0].start)
        if joined is None or not _ROUND_IN.search(
                sentence, max(0, funded[0].start - 90), funded[0].start):
            continue
        taken.append((joined.start(), joined.end()))
        status = RUMORED if "aurai" in joined.group() else STATED
        everyone = investors + _more_investors(sentence, groups, investors)
        out += [_Found(INVESTMENT, a, b, status) for a in _companies(everyone)
                for b in _companies(funded[-1:]) if a != b]
    return out


# "le consortium (celui de X) réunit notamment A et B": the members are partners, of one
# another and of the one whose consortium it is.
_GATHERED_WORDS = frozenset({"réunit", "rassemble", "regroupe", "fédère", "associe", "réunira",
                             "rassemblera", "regroupera", "fédérera", "associera", "réunissait",
                             "rassemblait", "regroupait",
                             # ("le consortium réunissant X, Y et Z": the participle of the same
                             # verbs, the noun it describes before it)
                             "réunissant", "rassemblant", "regroupant", "fédérant",
                             "associant"})
_GROUPING = re.compile(r"\b(?:consortium|alliance|coalition|groupement)s?\b", re.IGNORECASE)
_GATHERS = re.compile(
    r"\b(?:(?:celui|celle|consortium|alliance|coalition|groupement)\s+(?:de|d['’]|du)\s*"
    r"(?P<owner>(?-i:[A-ZÀ-Þ])[^,;:.]{0,40}?)\s+)?"
    r"(?:réuni(?:t|ra|ssait|ssant)|rassembl(?:e|era|ait|ant)|regroup(?:e|era|ait|ant)|fédèr(?:e)"
    r"|fédér(?:era|ant)|associ(?:e|era|ant))(?:\s+(?:notamment|déjà|aussi|également|désormais))?\s+"
    r"(?:l['’]|le\s+|la\s+|les\s+)?", re.IGNORECASE)


# "A et le concepteur de puces B": one more member, described before its name.
_AND_DESCRIBED = re.compile(r"\s*,?\s*(?:et|ainsi\s+qu['’e]?)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
                            r"(?:[a-zà-ÿ-]+\s+){0,5}", re.IGNORECASE)


def _gathered(sentence: str, parties: list[_Party], groups: list[list[_Party]],
              taken: list[tuple[int, int]]) -> list[_Found]:
    grouping = _GROUPING.search(sentence)
    if grouping is None:
        return []
    out: list[_Found] = []
    for verb in _GATHERS.finditer(sentence, grouping.start()):
        members = [g for g in groups if g[0].start >= verb.end()][:1]
        if not members or members[0][0].start - verb.end() > 60 \
                or _RIGHT_STOP.search(sentence, verb.end(), members[0][0].start):
            continue
        names = _companies(members[0] + _followers(
            sentence, groups, members[0],
            lambda g, gap: _companies(g) and _AND_DESCRIBED.fullmatch(gap)))
        owner = [p.name for p in parties if p.kind == COMPANY and verb.group("owner")
                 and verb.start("owner") <= p.start < verb.end("owner")][:1]
        names = list(dict.fromkeys(owner + names))
        if len(names) < 2:
            continue
        taken.append((verb.start(), verb.end()))
        out += [_Found(PARTNERSHIP, *sorted((a, b)), STATED)
                for i, a in enumerate(names) for b in names[i + 1 :]]
    return out


# "l'entrée de X au capital de Y", "la prise de participation de X dans Y", "l'investissement
# de 2 milliards de X dans Y": the stake said by a noun, its investor and its company after it.
_STAKE_NOUN = re.compile(
    r"\b(?:entrée|prise\s+de\s+participation|investissement|montée|arrivée)(?:\s+(?:de|d['’])"
    r"\s*(?:plus\s+de\s+|près\s+de\s+|quelque\s+)?\d[\d\s,.]*\s*(?:millions?|milliards?)"
    r"(?:\s+(?:de|d['’])\s*[a-zà-ÿ]+)?)?\s+(?:de|d['’]|du)\s*(?:l['’]|le\s+|la\s+)?"
    r"(?:[a-zà-ÿ-]+\s+){0,2}$"
    # ("la participation prise (détenue) par X dans Y")
    r"|\bparticipation\s+(?:\w+\s+)?(?:prise|détenue|acquise)\s+(?:\w+ment\s+|en\s+\d{4}\s+)?"
    r"par\s+(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_STAKE_IN = re.compile(r"\s+(?:(?:[a-zà-ÿ-]+\s+){0,2}?)(?:au\s+capital\s+(?:de\s+|d['’]|du\s+)"
                       r"|dans\s+)(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_STAKE_IN_OWN = re.compile(r"\s+(?:dans\s+son\s+capital|à\s+son\s+capital|au\s+capital)\b",
                           re.IGNORECASE)
_SOLD_WORDS = frozenset({"cédé", "cède", "cèdent", "cédera", "cédait", "vendu", "vend", "vendent",
                         "vendra", "revendu", "revend", "revendent", "vente", "cession",
                         "revente"})
_STAKE_WORDS = frozenset({"entrée", "participation", "investissement", "montée", "arrivée"})


def _stake_by_noun(sentence: str, groups: list[list[_Party]],
                   taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for i, investors in enumerate(groups):
        noun = _STAKE_NOUN.search(sentence, max(0, investors[0].start - 90), investors[0].start)
        if noun is None or not _companies(investors):
            continue
        later = groups[i + 1] if i + 1 < len(groups) else None
        if later and _STAKE_IN.fullmatch(sentence, investors[-1].end, later[0].start) \
                and _companies(later):
            funded = _companies(later)
        elif _STAKE_IN_OWN.match(sentence, investors[-1].end):
            # "… depuis l'investissement de X dans son capital": the subject's capital
            funded = [n for n in _main_subject(sentence, groups, noun.start())
                      if n not in _companies(investors)]
        else:
            continue
        taken.append((noun.start(), investors[-1].end))
        out += [_Found(INVESTMENT, a, b, STATED) for a in _companies(investors)
                for b in funded if a != b]
    return out


# Who takes a stake sold, after the company it is in: "dans Y à Z", "dans Y, une start-up
# émiratie, à la société d'investissement Z".
_STAKE_TO = re.compile(r"(?:\s*,[^,;:.()«»]{1,120},)?\s*(?:à|au|aux)\s+(?:l['’]\s*|le\s+|la\s+"
                       r"|les\s+)?(?:[a-zà-ÿ'’-]+\s+){0,5}", re.IGNORECASE)
# "X a cédé (vendu) sa filiale Y à Z": Z buys Y.
_SOLD = re.compile(r"\b(?:cédé|cède|cèdent|cédera|cédait|vendu|vend|vendent|vendra|revendu|revend"
                   r"|revendent)\s+(?:\w+ment\s+)?"
                   # (a stake sold is no company sold: "a cédé sa participation dans Y à Z")
                   r"(?![^,;:.]{0,30}?\b(?:participations?|parts?|actions|titres)\b)"
                   r"(?:(?:sa|son|ses|leur|la|le|l['’])\s*"
                   r"(?:filiale|division|activité|branche|pépite|start-?up|société)?\s*)?"
                   r"(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
# The sale said by its noun: "la vente d'Y à Z", "après la cession de sa filiale Y au groupe Z"
# (one sale, a determiner before the noun, the company right after "de": "les ventes de puces
# Y à Z" sell goods).
_SOLD_NOUN = re.compile(r"\b(?:(?:la|sa|cette|leur)\s+|l['’])(?:vente|cession|revente)\s+"
                        r"(?:de\s+|d['’]|du\s+)(?:(?:sa|son|la|le|l['’])\s*(?:filiale|division"
                        r"|branche|pépite|start-?up|société)?\s*)?$", re.IGNORECASE)
_SOLD_TO = re.compile(r"\s+(?:à|au|aux)\s+(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,3}",
                      re.IGNORECASE)


def _sold_to(sentence: str, parties: list[_Party],
             taken: list[tuple[int, int]]) -> list[_Found]:
    # (party by party: "Y à Z" may have been read as one list)
    out: list[_Found] = []
    for sold, buyer in pairwise(p for p in parties if p.end):
        if sold.kind != COMPANY or buyer.kind != COMPANY or sold.name == buyer.name:
            continue
        verb = _SOLD.search(sentence, max(0, sold.start - 60), sold.start) \
            or _SOLD_NOUN.search(sentence, max(0, sold.start - 60), sold.start)
        if verb is None or not _SOLD_TO.fullmatch(sentence, sold.end, buyer.start):
            continue
        taken.append((verb.start(), buyer.start))
        out.append(_Found(ACQUISITION, buyer.name, sold.name, STATED))
    return out


# "M, que (le constructeur) X a commencé à intégrer": X uses M.
_WHICH_OBJECT = re.compile(r"\s*,\s*qu(?:e\s+|['’]\s*)(?:l['’]|le\s+|la\s+|les\s+)?"
                           r"(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_WHICH_USED_BY = re.compile(
    r"\s*,\s*(?:(?:un|une|le|la)\s+[^,;:.]{0,50}?\s+)?qu['’]\s*(?:utilis|intègr|adopt|emploi|exploit"
    r"|déploi)\w*(?:\s+(?:\w+ment|déjà|aussi|également))?\s+(?:l['’]|le\s+|la\s+|les\s+)?"
    r"(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_USES_AFTER = re.compile(
    r"[^,;:.]{0,40}?\b(?:intègr|intégr|utilis|adopt|déplo|emploi|exploit|embarqu)\w*",
    re.IGNORECASE)


def _used_which(sentence: str, groups: list[list[_Party]],
                taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for used, users in pairwise(groups):
        models, companies = _models(used), _companies(users)
        if not models or not companies or _models(users):
            continue
        inverted = _WHICH_USED_BY.fullmatch(sentence, used[-1].end, users[0].start)
        if inverted:
            # "M, un modèle léger qu'utilisent déjà X et Y": the subject after its verb.
            verb = inverted
        elif _WHICH_OBJECT.fullmatch(sentence, used[-1].end, users[0].start):
            verb = _USES_AFTER.match(sentence, users[-1].end)
        else:
            continue
        if verb is None:
            continue
        taken.append((verb.start(), verb.end()))
        for company in companies:
            for model in models:
                kind = MAKES_MODEL if maker_of(model) == company else USES_MODEL
                out.append(_Found(kind, company, model, STATED))
    return out


# "Y, que le fonds X a racheté en 2022", "Y, la société qu'il a rachetée": a company bought,
# named before the relative whose subject bought it (a pronoun: the sentence's subject).
_WHICH_BOUGHT = re.compile(
    r"\s*,\s*(?:(?:un|une|le|la|l['’])\s*[^,;:.()]{0,50}?\s+)?qu(?:e\s+|['’]\s*)"
    r"(?:(?P<pronoun>il|elle|ils|elles)\s+|(?:l['’]|le\s+|la\s+|les\s+)?(?-i:[a-zà-ÿ-]+\s+){0,2})",
    re.IGNORECASE)
_BOUGHT_VERB = re.compile(
    r"\s*(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+ment\s+|déjà\s+|aussi\s+)?"
    r"(?:racheté|acquis|repris|absorbé|acheté)(?:e|s|es)?\b", re.IGNORECASE)


def _bought_which(sentence: str, groups: list[list[_Party]],
                  taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    subject: list[str] | None = None  # (the sentence's subject, found once)
    for at, bought in enumerate(groups):
        targets = _companies(bought)
        if not targets:
            continue
        which = _WHICH_BOUGHT.match(sentence, bought[-1].end)
        if which is None:
            continue
        if which.group("pronoun"):
            verb = _BOUGHT_VERB.match(sentence, which.end() - 1)
            if verb and subject is None:
                subject = _main_subject(sentence, groups, bought[0].start)
            buyers = [n for n in subject or [] if n not in targets] if verb else []
        else:
            after = groups[at + 1] if at + 1 < len(groups) else None
            verb = _BOUGHT_VERB.match(sentence, after[-1].end) if after and _companies(after) \
                and after[0].start == which.end() else None
            buyers = [n for n in _companies(after) if n not in targets] if verb else []
        if verb is None or not buyers:
            continue
        taken.append((verb.start(), verb.end()))
        out += [_Found(ACQUISITION, b, t, STATED) for b in buyers for t in targets]
    return out


def _models_named_after(sentence: str, groups: list[list[_Party]],
                        right: list[_Party]) -> list[_Party]:
    for group in groups:
        if group[0].start >= right[-1].end:
            if _models(group) and _MODELS_GIVEN.match(sentence[right[-1].end : group[0].start]):
                return [p for p in group if p.kind == MODEL]
            break
    return []


def _through(sentence: str, after: int, parties: list[_Party],
             found: list[_Found]) -> list[_Found]:
    """"X utilise M via (la plateforme Bedrock d')Y": a deal between X and Y."""
    users = {f.a for f in found if f.type == USES_MODEL}
    out: list[_Found] = []
    for p in parties:
        if p.kind == COMPANY and not p.attached and p.start >= after \
                and re.search(r"\bvia\s+[^,;:.()]{0,40}$", sentence[after : p.start]):
            if not _OWN_UNIT.search(sentence, max(0, p.start - 30), p.start):
                # ("via sa filiale Sonatel": its own unit, no partner)
                out += [_Found(PARTNERSHIP, *sorted((user, p.name)), STATED) for user in users
                        if user != p.name]
            break
    return out


def _followers(sentence: str, groups: list[list[_Party]], right: list[_Party],
               joined: Callable[[list[_Party], str], object]) -> list[_Party]:
    """The groups named after the cue's object, each joined to the one before it by a gap that
    `joined(group, gap)` accepts: the walk the three lists below share."""
    out: list[_Party] = []
    end = right[-1].end
    # (the groups in the sentence's order: the first after `right` by bisection, not a pass
    # over all those before it for each cue of a long sentence)
    for at in range(bisect.bisect_left(groups, end, key=_group_start), len(groups)):
        group = groups[at]
        if group[0].start < end:
            continue
        if not joined(group, sentence[end : group[0].start]):
            break
        out += group
        end = group[-1].end
    return out


def _more_objects(sentence: str, groups: list[list[_Party]], right: list[_Party],
                  preposition: str) -> list[_Party]:
    """Models named after the cue's object by the cue's own preposition ("et sur N")."""
    gap = re.compile(r"[^;:.,]{0,80}?\s(?:et|ainsi\s+que|mais\s+aussi)\s+"
                     + re.escape(preposition)
                     + r"\s+(?:(?:le|les|la)\s+(?:modèles?|famille)\s+)?")
    return _followers(sentence, groups, right,
                      lambda group, between: _models(group) and gap.fullmatch(between))


_SHELF_WORDS = frozenset({"catalogue", "plateforme", "place", "offre", "boutique"})
_SHELF = re.compile(r"\b(?:à|au|dans)\s+(?:son|sa|leur|le|la|l['’])?\s*(?:catalogue|plateforme"
                    r"|place\s+de\s+marché|offre|boutique)\b", re.IGNORECASE)
_OPEN_WORDS = frozenset({"ouvert", "ouverts", "open", "libre", "libres", "tiers"})
# A sentence opening on its first name's description: "Le fonds d'infrastructure X, Y et Z
# s'associent": the "d'" is the description's, X is no complement but the subject.
_DESCRIBED_OPENING = re.compile(
    r"\W*(?:Le|La|L['’]|Les)\s*(?:fonds|groupe|géant|constructeur|laboratoire|opérateur|éditeur"
    r"|fabricant|spécialiste|start-?up|société|cabinet|assureur|banque|distributeur|conglomérat"
    r"|industriel|gestionnaire|investisseur|fournisseur)s?\b[^,;:.()«»]{0,40}$")
_COMMA_ADVERB = re.compile(r"\s*,\s*(?:(?:désormais|aujourd['’]hui|depuis\s+\d{4}|déjà"
                           r"|elle-même|lui-même)\s*)?")
_RESPECTIVELY = re.compile(r"\brespectivement\b", re.IGNORECASE)
_WITH_UNNAMED = re.compile(r"[^,;:.]{0,40}?\bavec\s+(?:(?:des|les|d['’]autres|de\s+nombreu\w+"
                           r"|plusieurs|divers|certains|certaines)\s+(?:[a-zà-ÿ-]+\b)"
                           # ("avec l'éditeur français": one company the text describes)
                           r"|(?:le|la|l['’]|un|une|ce|cette|cet)\s*(?:éditeur|start-?up|jeune"
                           r"\s+pousse|groupe|société|entreprise|laboratoire|géant|spécialiste"
                           r"|fonds|constructeur|opérateur|fournisseur|américain|américaine"
                           r"|français|française|chinois|chinoise|allemand|allemande)\b)",
                           re.IGNORECASE)
_OF_ONLY = re.compile(r"\s*(?:de|d['’]|du)\s*")
_DEAL_OF = re.compile(r"(?:contrat|accord|partenariat|alliance|collaboration|coopération"
                      r"|entente)s?$", re.IGNORECASE)
_EQUIP_OWN = re.compile(r"\s+(?:son|sa|ses|leur|leurs)\s+[^,;:]{0,50}?\s(?:de|d['’]|du|avec)\s*",
                        re.IGNORECASE)
_WITH_WHOM = re.compile(r",\s*avec\s+(?:qui|lequel|laquelle|lesquels)\s+"
                        r"(?:les|des|ses|leurs|la|le)?\s*$", re.IGNORECASE)
_GAVE_UP_STAKE = re.compile(
    r",\s*(?:ont|a|avaient|avait)\s+(?:\w+ment\s+)?(?:cédé|vendu|revendu|soldé)\s+"
    r"(?:l['’]intégralité\s+de\s+|la\s+totalité\s+de\s+)?(?:leurs?|ses|sa)\s+"
    r"(?:parts|participations?|actions)\b", re.IGNORECASE)
# A relative on investors that says they sell their stake ("qui sortent à cette occasion de
# son capital", "qui ont cédé l'intégralité de leurs parts", "qui cèdent leurs parts"), or
# the main verb after investors set off by commas ("Ses investisseurs, X et Y, sortent du
# capital").
_INVESTORS_LEAVE = re.compile(
    r"\s*,\s*(?:qui\s+(?:[^\s,;:.]+\s+){0,4}?|(?:\w+ment\s+|aussi\s+|également\s+)?)"
    r"(?:(?:ont|avaient)\s+(?:\w+ment\s+)?)?"
    # (the verbs of a sold stake, _CEDE_WORDS, and their past participles, then leaving)
    r"(?:" + "|".join(sorted(_CEDE_WORDS | {"vendu", "revendu", "soldé"},
                             key=lambda w: (-len(w), w)))
    + r"|sortent|sort|sortiront|sortira|sortis?|quittent|quitte|quitteront|quittera|quitté"
    # ("qui empochent au passage une confortable plus-value": a gain is made by selling)
    r"|empochent|empoche|empocheront|empoché|réalisent|réalise|réaliseront|réalisé)\s+(?:[^\s,;:.]+\s+){0,4}?"
    r"(?:(?:de\s+)?(?:son|leur)\s+capital|du\s+capital|plus-values?"
    r"|(?:leurs|ses|sa)\s+(?:parts|participations?|actions)|(?:leurs|ses|sa)\s+(?:[^\s,;:.]+\s+){0,2}?(?:parts|participations?))\b",
    re.IGNORECASE)
_APPOSED_GAP = re.compile(r"\s*,\s*")
_SHORT_TAIL = re.compile(r"[^,;:.]{0,30}")


def _investors_leave(sentence: str, new: list[_Found], left: Sequence[_Party],
                     right: Sequence[_Party] | None, cue: re.Match[str]) -> bool:
    """Whether the investors of a stake just read are said, by a relative right after them, to
    sell it: after their own group, or after the cue's clause when the cue is a participle
    apposed to them ("A et B, entrés au capital de X en 2021, qui cèdent leurs parts")."""
    investors = {f.a for f in new if f.type == INVESTMENT}
    for group in (left, right or []):
        if not group or not investors & set(_companies(group)) or not group[-1].end:
            continue
        if _INVESTORS_LEAVE.match(sentence, group[-1].end):
            return True
        if group is left and right and right[0].start > cue.start() \
                and _APPOSED_GAP.fullmatch(sentence, group[-1].end, cue.start()):
            tail = _SHORT_TAIL.match(sentence, right[-1].end).end()
            if _INVESTORS_LEAVE.match(sentence, tail):
                return True
    return False


# A co-investor right after an investment verb, then what is funded ("finance avec X le
# laboratoire Y", "investit aux côtés de X dans Y", "finance déjà, aux côtés de X, le
# laboratoire de recherche ouvert Y").
_WITH_PARTNER = re.compile(r"\s*,?\s*(?:(?:\w+ment|aussi|déjà)\s*,?\s*)?"
                           r"(?:avec|aux\s+côtés\s+d[eu'’]?|en\s+compagnie\s+d[eu'’]?)\s*(?:l['’]\s*|le\s+|la\s+|les\s+)?"
                           r"(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_WITH_INSIDE = re.compile(r"\s(?:avec|aux\s+côtés\s+d[eu'’]?)\s*", re.IGNORECASE)
_FUNDED_INSIDE = re.compile(r"\s+(?:dans\s+|à\s+)?(?:l['’]\s*|le\s+|la\s+|les\s+)?"
                            r"(?!(?:et|ou)\b)(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_FUNDED_NEXT = re.compile(r"\s*,?\s*(?:\w+ment\s+)?(?:dans\s+|à\s+)?(?:l['’]\s*|le\s+|la\s+"
                          r"|les\s+)?(?:[a-zà-ÿ-]+\s+){0,4}", re.IGNORECASE)


# "en discussions avec X et Y pour lever 300 millions": talks with investors.
_TO_RAISE = re.compile(r"\s*,?\s*(?:pour|afin\s+de|en\s+vue\s+d['’e])\s*(?:\w+ment\s+)?"
                       r"(?:lever|une\s+levée|un\s+(?:tour|financement|nouveau\s+tour))\b",
                       re.IGNORECASE)
_RAISING = re.compile(r"\b(?:lever|lève|lèvera|levée\s+de\s+fonds|tour\s+de\s+table"
                      r"|tour\s+de\s+financement|(?-i:série\s+[A-F]))\b",
                      re.IGNORECASE)


_AND_WITH = re.compile(r"\s*,?\s*(?:et|ainsi\s+qu['’]?|mais\s+aussi)\s+avec\s+"
                       r"(?:(?:le|la|l['’]|les)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}")


def _more_partners(sentence: str, groups: list[list[_Party]],
                   right: list[_Party]) -> list[_Party]:
    """Companies named after the cue's object by "et avec" ("avec X et avec le fonds Y")."""
    return _followers(sentence, groups, right,
                      lambda group, between: _companies(group) and _AND_WITH.fullmatch(between))


def _more_investors(sentence: str, groups: list[list[_Party]],
                    right: list[_Party]) -> list[_Party]:
    """Investors named after the lead ("mené par X, avec la participation de Y et Z"), past a
    company named inside the lead's apposition ("mené par X, le fonds de croissance d'A, avec
    la participation de Y": A is X's owner, no investor; the gap from X to Y reads as one
    apposition)."""
    out: list[_Party] = []
    end = right[-1].end
    for group in groups:
        if group[0].start < end:
            continue
        gap = sentence[end : group[0].start]
        if _MORE_INVESTORS.match(gap):
            out += group
            end = group[-1].end
        elif _OPEN_PAREN.fullmatch(gap) and not out:
            end = group[-1].end  # "Mitsubishi UFJ Financial Group (MUFG)": the lead's short name
        elif not _OPEN_APPOSITION.fullmatch(gap):
            break
    return out


_OPEN_APPOSITION = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une|son|sa)\s*[^,;:()«»]{1,60}",
                              re.IGNORECASE)


# After the funded company and its apposition, the co-investors: "dans Y, une start-up
# nantaise, aux côtés de Z", "…de Y, avec la participation de Z".
_ALONGSIDE_BEFORE = re.compile(r",\s*aux\s+côtés\s+d[eu'’]?\s*(?:l['’]|le\s+|la\s+)?$",
                               re.IGNORECASE)
_SET_OFF_THEN_OBJECT = re.compile(r"\s*,\s*(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}",
                                  re.IGNORECASE)
_ALONGSIDE = re.compile(
    r"(?:\s*,\s*(?:le|la|l['’]|un|une|son|sa)\s*[^,;:()«»]{1,100}?(?=,))?\s*,?\s*"
    r"(?:aux\s+côtés\s+d[eu'’]?|avec\s+la\s+participation\s+d[eu'’]?)\s*"
    r"(?:l['’]|le|la|les|des)?\s*(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)


def _alongside(sentence: str, groups: list[list[_Party]],
               right: list[_Party]) -> list[_Party]:
    """Co-investors named after the funded company: the first by "aux côtés de", the rest
    joined as more investors are ("et de Z")."""
    seen: list[bool] = []

    def joined(group: list[_Party], gap: str) -> object:
        pattern = _MORE_INVESTORS if seen else _ALONGSIDE
        seen.append(True)
        return _companies(group) and pattern.fullmatch(gap)

    return _followers(sentence, groups, right, joined)


# "Le groupe, qui travaille aussi avec X": the relative's subject is the description.
# ("L'éditeur, qui a levé … auprès de X": the auxiliary before a cue that starts on its participle)
_WHO_ACTS = re.compile(r"\s*,\s*qui(?:\s+(?:a|avait|ont|avaient))?"
                       r"(?:\s+(?:\w+ment|aussi|déjà|désormais|également|par\s+ailleurs"
                       r"|de\s+son\s+côté))?\s+", re.IGNORECASE)
# "La banque verte, qui utilise X" opening a sentence: the relative after the description's
# adjectives and complements (lowercase: "Le groupe de Massy, qui" names a place).
_DESCRIBED_WHO_ACTS = re.compile(r"(?:\s+(?:de\s+|d['’]\s*|des\s+|du\s+)?[a-zà-ÿ-]+){1,4}"
                                 + _WHO_ACTS.pattern)
# "X et Y souffrent de la concurrence (face à la concurrence)": a competition they undergo,
# not one between them.
_UNDERGONE = re.compile(r"(?:\b(?:de|à|par|contre)\s+la|l['’]effet\s+de\s+la)\s+(?:[a-zà-ÿ]+\s+)?$",
                        re.IGNORECASE)
# A verb said not to happen: "n'a pas rejoint", "n'investit pas", "ne rachètera jamais".
_NEGATED = re.compile(r"\b(?:n['’]|ne\s+)(?:(?:a|ont|avait|avaient|aurait|auraient|est|sont"
                      r"|était|va|vont|compte|veut|veulent|peut|peuvent|pouvait|pourra|pourront"
                      r"|pourrait|doit|doivent|souhaite|souhaitent)\s+"
                      # ("n'a finalement pas racheté", "n'a toujours pas signé")
                      r"(?:\w+ment\s+|toujours\s+|donc\s+|alors\s+)?(?:pas|jamais)\s+"
                      # ("n'a pas seulement investi": more than a negation, an addition)
                      r"(?!(?:seulement|uniquement|simplement|que)\b)"
                      r"(?:encore\s+|\w+ment\s+)?(?:[\w-]+\s+(?:l['’]|le\s+|la\s+|les\s+|un\s+"
                      r"|une\s+|d['’]|de\s+))?)?$", re.IGNORECASE)
# "accusée d'avoir aspiré ses archives pour (afin d') entraîner M": the accusation's purpose
# clause, the cue right after it.
_ACCUSED_OF_TRAINING = re.compile(
    r"\baccus\w*\s+(?:[^\s,;:.]+\s+){0,5}?(?P<avoir>d['’]avoir)\s+[^;:.]{0,120}?"
    r"\b(?:pour|afin\s+d['’e])\s+(?:\w+ment\s+)?$", re.IGNORECASE)
# ", le modèle ouvert ", ", un petit modèle de langage ": an apposition's head before a participle.
_APPOSED_MODEL_NOUN = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*(?:[a-zà-ÿ-]+\s+){0,2}?"
                                 r"(?:modèle|LLM|famille)s?(?:\s+[a-zà-ÿ-]+){0,3}?\s+",
                                 re.IGNORECASE)
# "le rachat de celle-ci par X": a pronoun bought, the buyer after "par".
_LATTER_BY = re.compile(r"\s*(?:celle-ci|celui-ci|ce\s+dernier|cette\s+dernière)\s*,?\s+"
                        r"(?:\w+ment\s+)?par\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}",
                        re.IGNORECASE)
# "X compte A et B parmi ses clients et se pose en rivale de C", "… et se présente comme le
# concurrent de C": a predicate coordinated to the first verb, said of its subject.
_AND_STANDS_AS = re.compile(
    r"(?:,\s*|\s)(?:et|puis)\s+(?:\w+ment\s+)?(?:se\s+|s['’])(?:pos|présent|affich|impos"
    r"|positionn|rêv|veu)\w*\s+(?:en|comme)\s+(?:l['’]|le\s+|la\s+|un\s+|une\s+)?"
    r"(?:[a-zà-ÿ-]+\s+)?$", re.IGNORECASE)
# " et conçoit ses puces ", " et s'appuie ": a finite verb coordinated after "et" (not a
# determiner, a preposition or an adverb after it).
_AND_FINITE = re.compile(
    r"\s(?:et|puis)\s+(?:\w+ment\s+)?(?:se\s+|s['’]|l['’]|les\s+|y\s+|en\s+)?"
    r"(?!(?:une?|des?|du|les?|la|leurs?|ses?|sa|son|ce|cette|ces|entre|avec|pour|par|sur|dans"
    r"|chez|contre|comme|même|notamment|aussi|plus|autre|toute?|surtout|encore)\b)"
    r"[a-zà-ÿ]{3,}(?:e|ent|it|ait|aient|era|eront)\s", re.IGNORECASE)
# A cue opening on a past participle: "bâtie sur", "adossée à", "fondée sur".
_PARTICIPLE_CUE = re.compile(r"[a-zà-ÿ]+(?:é|ée|és|ées|ie|ies|ue|ues|te|tes)\b", re.IGNORECASE)
# Names completing a noun: "filiale commune d'X et de Y", "la coentreprise de X".
_NOUN_COMPLEMENT = re.compile(r"\b(?:filiale|coentreprise|co-entreprise|joint-venture|branche"
                              r"|division|société|structure|entité)s?(?:\s+[a-zà-ÿ-]+)?\s+"
                              r"(?:de|d['’]|du|des)\s*$", re.IGNORECASE)
# ", filiale commune de ": the noun set beside the name before it.
_APPOSED_HEAD = re.compile(r"\s*,\s*(?:la\s+|le\s+|l['’]|une?\s+)?(?:[a-zà-ÿ-]+\s+){1,3}?"
                           r"(?:de|d['’]|du|des)\s*", re.IGNORECASE)
# ", dont le modèle ", ", la start-up tokyoïte dont le modèle de langage ": the relative after a
# company (or its apposition) that names its model.
_WHOSE_MODEL_GAP = re.compile(
    r"\s*,\s*(?:(?:la|le|l['’]|une?)\s*(?:[a-zà-ÿ'’-]+\s+){1,3}?)?dont\s+(?:le|les)\s+"
    r"(?:(?:dernier|nouveau|premier|principal|grand|petit)\s+)?modèles?"
    r"(?:\s+(?:phare|maison|vedette|de\s+[a-zà-ÿ-]+|d['’][a-zà-ÿ-]+))?\s*,?\s*", re.IGNORECASE)
# ", le modèle maison de (la start-up lyonnaise) ", ", le prochain modèle de ": an apposition
# naming the maker (no verb nor relative in it: "le modèle que les équipes de X utilisent").
_APPOSED_MODEL_OF = re.compile(
    r"\s*,\s*(?:le|son)\s+(?:(?:prochain|dernier|nouveau|premier|petit|grand|principal)\s+)?"
    r"modèle(?:\s+(?!(?:que|qu|qui|dont|par|chez|avec|à|au|aux|sur|le|la|les|utilis\w*|choisi\w*"
    r"|déploy\w*|adopt\w*|retenu\w*|intégr\w*|préfér\w*|fourni\w*|propos\w*|distribu\w*"
    r"|hébergé\w*|licenci\w*|exploit\w*|testé\w*)\b)[a-zà-ÿ'’-]+){0,4}?"
    r"\s+(?:de|d['’]|du)\s*(?:(?:la|le|l['’])\s*(?:[a-zà-ÿ-]+\s+){1,2}?|(?-i:[a-zà-ÿ-]+)\s+)?",
    re.IGNORECASE)
# "sans racheter", "sans formellement s'allier à": the cue verb is said not to happen.
_WITHOUT = re.compile(r"\bsans\s+(?:\w+ment\s+|pour\s+autant\s+|toutefois\s+)?"
                      r"(?:s['’]|se\s+|y\s+)?$", re.IGNORECASE)
# ("n'a pas rejoint l'alliance", "n'a jamais signé d'accord": the verb's object is the cue.)
_NEGATED_OBJECT = re.compile(r"(?:pas|jamais)\s+(?!(?:seulement|uniquement|simplement|que)\b)"
                             r"(?:encore\s+|\w+ment\s+)?(?:[\w-]+\s+"
                             r"(?:l['’]|le\s+|la\s+|les\s+|un\s+|une\s+|d['’]|de\s+))?$")
_NEGATION_AFTER = re.compile(r"[\w'’-]+\s+(?:pas|jamais|guère)\b")


# ", (le) principal", ", premier": an apposition after the last name of a coordination.
_APPOSED_ONE = re.compile(r"\s*,\s*(?:(?:le|la|l['’]|un|une|son|sa|leur)\s*)?"
                          r"(?:[a-zà-ÿ-]*[^\Wsx\d_]\s+)?")
# (singular: "X et Y, principaux actionnaires de Z" are both Z's)
_APPOSED_NOUN = re.compile(r"(?:soutien|actionnaire|investisseur|bailleur|client|fournisseur"
                           r"|partenaire|concurrent|rival|allié|propriétaire|filiale)e?\b",
                           re.IGNORECASE)


_DESCRIBED_TAIL = re.compile(r"^\s*(?:(?:de|d['’])\s*(?-i:[A-ZÀ-Þ])[\w'’-]*|[a-zà-ÿ]+)(?=\s*,)")


class _Layout:
    """Where a sentence's parties, groups and taken words lie, for the questions each cue asks
    of them (answered by bisection, the same answers as a scan of them all)."""

    def __init__(self, parties: list[_Party], groups: list[list[_Party]],
                 taken: list[tuple[int, int]]) -> None:
        self.groups = groups
        self._ends = [g[-1].end for g in groups]
        self._starts = [g[0].start for g in groups]
        # (groups in order of both their starts and their ends, as parties that do not overlap
        # make them; else each question scans them all, as before)
        self.ordered = all(a <= b for a, b in pairwise(self._ends)) \
            and all(a <= b for a, b in pairwise(self._starts))
        self._parties = parties
        self._party_starts = [p.start for p in parties]
        self._parties_ordered = all(a <= b for a, b in pairwise(self._party_starts))
        self._reach: list[int] = []  # the furthest end of the parties up to each one
        for party in parties:
            self._reach.append(max(self._reach[-1], party.end) if self._reach else party.end)
        self._taken = taken  # (extended by the readers as cues are read)
        self._read = 0
        self._taken_starts: list[int] = []
        self._taken_ends: list[int] = []
        self._longest = -(1 << 62)  # the longest taken span's length, once there is one

    def before(self, start: int) -> list[list[_Party]]:
        """The groups that end before `start`."""
        if not self.ordered:
            return [g for g in self.groups if g[-1].end <= start]
        return self.groups[: bisect.bisect_right(self._ends, start)]

    def after(self, end: int) -> list[list[_Party]]:
        """The groups that start after `end`."""
        if not self.ordered:
            return [g for g in self.groups if g[0].start >= end]
        return self.groups[bisect.bisect_left(self._starts, end) :]

    def first_from(self, position: int) -> list[_Party]:
        """The first party (in their order) that starts at or after `position`, if any."""
        if not self._parties_ordered:
            return [p for p in self._parties if p.start >= position][:1]
        at = bisect.bisect_left(self._party_starts, position)
        return self._parties[at : at + 1]

    def parties_within(self, start: int, end: int) -> list[_Party]:
        """The parties (in their order) that may start between `start` and `end`, both included;
        all of them when they are not in order."""
        if not self._parties_ordered:
            return self._parties
        return self._parties[bisect.bisect_left(self._party_starts, start)
                             : bisect.bisect_right(self._party_starts, end)]

    def in_party(self, position: int) -> bool:
        """Whether `position` is inside a party's name."""
        if not self._parties_ordered:
            return any(p.start <= position < p.end for p in self._parties)
        at = bisect.bisect_right(self._party_starts, position)
        return at > 0 and self._reach[at - 1] > position

    def taken(self, start: int, end: int) -> bool:
        """Whether a span taken so far overlaps [start, end)."""
        for s, e in self._taken[self._read :]:
            at = bisect.bisect_left(self._taken_starts, s)
            self._taken_starts.insert(at, s)
            self._taken_ends.insert(at, e)
            self._longest = max(self._longest, e - s)
        self._read = len(self._taken)
        at = bisect.bisect_left(self._taken_starts, end)  # the spans that start before `end`
        while at:
            at -= 1
            if self._taken_starts[at] + self._longest <= start:
                return False  # (none starting here or before reaches past `start`)
            if self._taken_ends[at] > start:
                return True
        return False


def _left_group(sentence: str, before: list[list[_Party]], cue_start: int,
                ordered: bool = False) -> list[_Party] | None:
    """The party acting before the cue: the nearest group, past an apposition ("X, proche de Y,").
    `ordered`: the groups end in order (the search for a closed relative clause stops at the
    first too far from the cue)."""
    if not before:
        return None
    nearest = before[-1]
    if cue_start - nearest[-1].end > 160:
        return None  # (measured before any search: a gap of the whole sentence, per cue)
    gap = sentence[nearest[-1].end : cue_start]
    if _LEFT_STOP.search(gap) or _LEFT_OTHER_SUBJECT.search(gap):
        return None  # ("…d'OpenAI, tandis que T-Mobile travaille avec": another subject)
    if len(nearest) > 1 and _APPOSED_ONE.fullmatch(gap) \
            and _APPOSED_NOUN.match(sentence, cue_start):
        return nearest[-1:]  # "X et Y, principal soutien de Z": the singular noun is Y's alone
    who = _COMMA_QUI.fullmatch(gap) if len(nearest) > 1 else None
    if who and not (_PLURAL_AUX.match(who.group("aux")) if who.group("aux")
                    else _PLURAL_VERB.match(sentence, cue_start)):
        # "X et Y, qui utilise M", "X et Y, qui a présenté M": the verb's (auxiliary's) number
        # says Y alone
        return nearest[-1:]
    if len(nearest) > 1 and (
            (_COMMA_ONLY.fullmatch(gap) and _SINGULAR_PARTICIPLE.match(sentence, cue_start))
            or _APPOSED_SINGULAR.match(gap)):
        # "X et Y, racheté l'an dernier par Z", "X et Y, la licorne qui a levé … lors d'un tour
        # mené par Z": the singular participle (apposition) is Y's alone.
        return nearest[-1:]
    for group in islice(reversed(before), 1, None):  # (no copy of the list per cue)
        # "X, qui a levé … auprès de Y et de Z, signe": the name before the relative clause.
        if cue_start - group[-1].end > 201:
            # (a clause of 200 characters at most, and "$" a line break before the cue at most)
            if ordered:
                break
            continue
        clause = _RELATIVE_CLOSED.match(sentence, group[-1].end, cue_start)
        if clause and len(clause.group()) <= 200:
            aside = _PARTICIPLE_ASIDE.match(sentence, group[-1].end, cue_start)
            if aside and any(aside.end() <= g[0].start for g in before if g is not group):
                # ("Perplexity, valorisée 20 milliards, fait l'objet de plaintes de Dow Jones,
                # filiale de Y": the participle's aside closed on its first comma; a name after
                # it is nearer the cue.)
                continue
            return group
    relative = list(_RELATIVE_IN_GAP.finditer(gap)) if "qui" in gap or "dont" in gap \
        else []
    if relative and not _DESCRIBED_BY_TOWN.fullmatch(gap[: relative[-1].start()]):
        # ("La start-up londonienne, qui a levé": an adjective of the name is still the name;
        # so is its town, "La start-up de San Francisco, qui conçoit".)
        return None  # "…avec Telegram, qui proposera": the clause's subject is not named
    if len(before) >= 2 and "," in gap:
        # "X, proche de Y, signe" / "X, qui affronte Y sur ce marché, est client de Z"
        # ("X, mené par Y, qui devient actionnaire de Z": the relative is Y's; "X, la
        # société fondée par Y, qui a lancé" is X's).
        earlier = before[-2]
        between = sentence[earlier[-1].end : nearest[0].start]
        # ("La start-up de Tel-Aviv, connue pour … Jamba, avait levé": the description's own
        # complement or adjective comes before the apposition's comma.)
        between = _DESCRIBED_TAIL.sub("", between, count=1)
        # ("…aux côtés de Y, tandis que X, présent depuis l'amorçage, remet au pot": X opens a
        # clause of its own, it is the subject of the verb after its apposition.)
        if between.strip() == "," and _ROLE_OF_OPENING.fullmatch(sentence, 0, earlier[0].start):
            # "Le principal concurrent de X, Y, a choisi Z": Y names the opening noun, X is
            # only its complement; Y is the subject.
            return nearest
        if between.lstrip().startswith(",") and "," not in between.strip()[1:] \
                and not _DESCRIPTION_OF.search(sentence, max(0, earlier[0].start - 60),
                                               earlier[0].start) \
                and not _LEFT_OTHER_SUBJECT.search(between) \
                and not _COPULA_IN_BETWEEN.search(between) and not (
                re.match(r"\s*,\s*qui\s", gap) and not re.match(
                    r"\s*,\s*(?:la|le|l['’]|les|un|une)\b", between, re.IGNORECASE)):
            return earlier
    if ("," in gap and _OPENING_AGENT.match(sentence, 0, nearest[0].start)) or (
            _AFTER_APPOSITION.match(gap) and _APPOSED_AGENT.search(
                sentence, max(0, nearest[0].start - 120), nearest[0].start)):
        # "Le consortium W, formé par X, Y et Z, a retenu A", "Soutenue par X, la start-up a
        # signé avec A", "W, valorisée … lors d'une levée menée par X, a racheté A": the agents
        # of a participle set off by commas are not the main verb's subject (W, unnamed here).
        return None
    of_gap = sentence[before[-2][-1].end : nearest[0].start] if len(before) >= 2 else ""
    if len(before) >= 2 and re.match(r"^\s*(?:de|d['’]|du)\s*$", of_gap) \
            and nearest[0].kind == COMPANY and before[-2][-1].kind == MODEL:
        # "Gemini de Google intègre": the model's maker is not the subject.
        return before[-2]
    if _in_examples(sentence, nearest, before[-2][-1].end if len(before) >= 2 else 0) \
            and not (_APPOSED_ONE.fullmatch(gap) and _APPOSED_NOUN.match(sentence, cue_start)) \
            and not _WHO_RIGHT_AFTER.fullmatch(gap):
        # ("tout comme X, partenaire de Y": an apposition is its name's, example or not; so is
        # a relative opened right after it: "des acteurs comme X, qui a déboursé … pour Y")
        return None
    if "," in gap and _in_relative(sentence, nearest[0].start):
        return None  # "La jeune pousse, qui a levé … auprès d'X, utilisait": X is no subject
    return nearest


# (its object named in the relative: not a pronoun, "qui l'utilisent", standing for another)
_WHO_RIGHT_AFTER = re.compile(r"\s*,\s*qui\s+(?!l['’]|les\s|en\s|y\s|leur\s|lui\s)"
                              r"[^,;:.«»()]{0,80}", re.IGNORECASE)


# An adjective or a town of one to three words after a description ("londonienne", "de San
# Francisco", "de Tel Aviv").
_DESCRIBED_BY_TOWN = re.compile(
    r"\s*(?:(?!(?:et|ou)\b)[a-zà-ÿ-]+)?\s*(?:(?:de|d['’])\s*[A-ZÀ-Þ][\w-]*"
    r"(?:\s+[A-ZÀ-Þ][\w-]*){0,2})?\s*")


def _in_relative(sentence: str, end: int) -> bool:
    """Whether the text before `end` closes on an open relative clause (", qui a levé … auprès
    d'"): searched from the last comma, where any such clause must begin."""
    comma = sentence.rfind(",", 0, end)
    return comma != -1 and _IN_RELATIVE.match(sentence, comma, end) is not None


def _last_anaphor(sentence: str, end: int) -> re.Match[str] | None:
    """The last of _ANAPHOR_IN's matches in the text before `end` (as a scan of it from the
    start finds them), without scanning again the text between the last match and `end`.

    A scan stopped at `end` tries each position as the scan of the whole sentence does, with the
    same outcome wherever the attempt reads nothing at or after `end`. An attempt reads at most
    _ANAPHOR_READ characters that are neither blanks nor opening quotes (its words: "Cette",
    "trois", "entreprises", the "s" and the \\b after; the blanks between them and the quotes
    before "Ce dernier" may run on; the \\w* closing _IMPERSONAL's lookahead decides nothing):
    so up to the position `cut` that leaves that many such characters before `end`, both scans
    find the same matches, and only from there (or the end of the last match before it) is
    the text scanned again. (Scanned from the last match found clear of `end`, an opening
    "Elle" made each cue scan the whole sentence before it: quadratic in a long one.)"""
    starts, ends, backwards = _anaphor_spans(sentence)
    # (the sentence read backwards from `end`: where its _ANAPHOR_READ + 1-th such character is)
    read = _SOLID_BACK.match(backwards, len(sentence) - end)
    cut = len(sentence) - read.end() + 1 if read else 0
    at = bisect.bisect_left(starts, cut) - 1
    last = _ANAPHOR_IN.match(sentence, starts[at], end) if at >= 0 else None
    for found in _ANAPHOR_IN.finditer(sentence, max(ends[at], cut) if at >= 0 else cut,
                                       end):
        last = found
    return last


def _relative_closed(sentence: str, start: int, end: int) -> bool:
    """Whether _RELATIVE_CLOSED matches from `start` to `end`, read from the sentence's commas
    and stops listed once (_clause_marks), not by its run through the whole text between (each
    cue of a long sentence ran it from the same opening pronoun). The match ends at the last
    comma before `end` and the words after it (no comma in them); its run before that comma
    takes anything but a stop; its head, which has none, ends before that comma."""
    commas, stops, _, _ = _clause_marks(sentence)
    at = bisect.bisect_left(commas, end) - 1
    if at < 0 or commas[at] < start:
        return False
    comma = commas[at]
    stop = bisect.bisect_left(stops, start)
    if stop < len(stops) and stops[stop] < comma:
        return False
    return _RELATIVE_TAIL.match(sentence, comma, end) is not None \
        and _RELATIVE_HEAD.match(sentence, start, comma + 1) is not None


def _closed_between(sentence: str, start: int, end: int) -> bool:
    """_RELATIVE_CLOSED.match or _PARTICIPLE_CLOSED.fullmatch from `start` to `end`, from the
    marks listed once per sentence: the participle's possessive run ends at the first stop
    after its head (only a decimal comma or point just before `end`, its digit cut off, is a
    stop there and not in the whole sentence)."""
    if _relative_closed(sentence, start, end):
        return True
    head = _PARTICIPLE_HEAD.match(sentence, start, end)
    if head is None:
        return False
    _, _, stops, _ = _clause_marks(sentence)
    at = bisect.bisect_left(stops, head.end())
    stop = stops[at] if at < len(stops) and stops[at] < end else end
    if stop > end - 1 >= head.end() and sentence[end - 1] in ",.":
        stop = end - 1
    return stop < end and _PARTICIPLE_TAIL.fullmatch(sentence, stop, end) is not None


def _who_between(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] holds the word "dont" or "qui" (re.search(r"\\b(?:dont|qui)\\b")
    on it): the sentence's words listed once; only one at an edge of the slice, where its \\b
    reads the slice's end, is tested on the few characters there."""
    _, _, _, words = _clause_marks(sentence)
    at = bisect.bisect_left(words, (start,))
    if at < len(words) and words[at][1] <= end:
        return True
    return _WHO_WORD.match(sentence[start : min(end, start + 5)]) is not None \
        or _WHO_WORD_END.search(sentence[max(start, end - 5) : end]) is not None


_WHO_WORD = re.compile(r"\b(?:dont|qui)\b")
_WHO_WORD_END = re.compile(r"\b(?:dont|qui)\Z")
# ("le groupe de Seattle": the description's complement, a name, right after it)
_OF_NAME = re.compile(r"\s+(?:de|d['’])\s*[A-ZÀ-Þ]")


@lru_cache(maxsize=8)
def _clause_marks(sentence: str) -> tuple[list[int], list[int], list[int], list[tuple[int, int]]]:
    """The sentence's commas, _RELATIVE_STOP's and _PARTICIPLE_STOP's positions, and the spans
    of its words "dont" and "qui"."""
    return ([m.start() for m in re.finditer(",", sentence)],
            [m.start() for m in _RELATIVE_STOP.finditer(sentence)],
            [m.start() for m in _PARTICIPLE_STOP.finditer(sentence)],
            [m.span() for m in _WHO_WORD.finditer(sentence)])


# (more than the longest run of letters and commas an attempt of _ANAPHOR_IN can read, about 25:
# a comma, "Cette", "trois", "entreprises", "s", the character its \b looks at)
_ANAPHOR_READ = 40
_SOLID_BACK = re.compile(rf"(?:[\s«\"“]*+[^\s«\"“]){{{_ANAPHOR_READ + 1}}}")


@lru_cache(maxsize=8)
def _anaphor_spans(sentence: str) -> tuple[list[int], list[int], str]:
    """_ANAPHOR_IN's matches in the whole sentence (starts, ends), and the sentence reversed."""
    spans = [m.span() for m in _ANAPHOR_IN.finditer(sentence)]
    return [s for s, _ in spans], [e for _, e in spans], sentence[::-1]


_OPENING_QUOTES = re.compile(r"[ «\"“]*+")
_OPENING_QUOTES_COMMAS = re.compile(r"[ «\"“,]*+")


@lru_cache(maxsize=8)
def _benchmark_in(sentence: str) -> bool:
    """Whether the sentence compares performance (one search per sentence, not per cue)."""
    return _BENCHMARK_L.search(sentence.lower()) is not None


_BLANKS = re.compile(r"\s*+")
_WORD_BLANKS = re.compile(r"\w*+\s*+")
_BY_AFTER = re.compile(r"\s*(?:,[^,;:.()]{1,80},\s*)?(?:\S+\s+){0,3}?par\s+")
_LEFT_STOP = re.compile(r"[.;:!?]")
# A sentence (or its clause after an opening adverbial) that opens on a role noun and its
# complement: "Le principal concurrent de X", "De son côté, le rival belge d'X".
_ROLE_OF_OPENING = re.compile(
    r"\W*(?:[^,;:]{0,40},\s*)?(?:le|la|l['’]|son|sa|leur|un|une)\s*(?:[a-zà-ÿ-]+\s+){0,2}?"
    r"(?:concurrente?|rivale?|partenaire|cliente?|actionnaire|fournisseur|voisin|homologue"
    # ("Le modèle maison de X, M, …, est exploité par Y", "La filiale de X, Y, signe")
    r"|compatriote|allié|alliée|modèle|filiale)\s+(?:[a-zà-ÿ-]+\s+){0,2}?(?:de\s+|d['’]\s*|du\s+)"
    r"(?:l['’]\s*|la\s+|le\s+)?", re.IGNORECASE)
_PARTICIPLE_BY = (r"[a-zà-ÿ-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)\s+"
                  r"(?:\w+ment\s+|en\s+\d{4}\s+)?par\s+(?:l['’]|le\s+|la\s+|les\s+)?"
                  r"(?:[a-zà-ÿ-]+\s+){0,2}$")
# In a phrase a comma opens (a decimal comma, "4,4 milliards", opens none), its main verb next.
_APPOSED_AGENT = re.compile(r",(?:[^,;:.()«»]|(?<=\d)[,.](?=\d))*?(?<![\w'’-])" + _PARTICIPLE_BY,
                            re.IGNORECASE)
# (the main verb's clause after the comma; not an apposition or a relative clause of the agent:
# "propulsé par M, un modèle construit sur N", "mené par X, qui devient actionnaire de Y")
_AFTER_APPOSITION = re.compile(r"\s*,\s*+(?!(?:un|une|le|la|les|des|son|sa|ses|leur|leurs|qui|dont"
                               r"|que)\b|l['’]|qu['’])[^,]*(?:,|$)", re.IGNORECASE)
# A participial apposition to the subject, closed before the main verb: "La licorne, valorisée
# 4,4 milliards lors d'une levée menée par X, a racheté Y".
_PARTICIPLE_HEAD = re.compile(
    r"(?:\s+[a-zà-ÿ-]+)?\s*,\s*[a-zà-ÿ-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s", re.IGNORECASE)
_PARTICIPLE_TAIL = re.compile(r",\s*(?:[a-zà-ÿ'’-]+\s+){0,3}", re.IGNORECASE)
_PARTICIPLE_CLOSED = re.compile(
    _PARTICIPLE_HEAD.pattern + r"(?:[^,;:.()«»]|(?<=\d)[,.](?=\d))*+" + _PARTICIPLE_TAIL.pattern,
    re.IGNORECASE)
# Where the participle's run of text stops (not a decimal comma or point: "4,4").
_PARTICIPLE_STOP = re.compile(r"[;:()«»]|(?<!\d)[,.]|[,.](?!\d)")
# Opening the sentence: "Soutenue par X, la start-up…".
_OPENING_AGENT = re.compile(r"\W*(?:\w+ment\s+)?" + _PARTICIPLE_BY, re.IGNORECASE)
_PLURAL_VERB = re.compile(r"\w+(?:ent|ont)\b")
# ("Pour X, l'enjeu est de … laisser le terrain libre à Y, qui a intégré M": a clause with its
# own verb between X and Y, no apposition of X)
_COPULA_IN_BETWEEN = re.compile(r"\s(?:est|sont|était|étaient)\s")
_LEFT_OTHER_SUBJECT = re.compile(r"\b(?:tandis\s+que|alors\s+que|mais)\b", re.IGNORECASE)
_COMMA_QUI = re.compile(r"\s*,\s*qui\s+(?:(?P<aux>a|avait|aura|aurait|ont|avaient|auront|auraient)"
                        r"\s+(?:\w+ment\s+|déjà\s+|aussi\s+)?)?")
_PLURAL_AUX = re.compile(r"ont|avaient|auront|auraient")
# "le concurrent belge d'Engie, Luminus, a choisi": a description opening the clause, its
# complement, then the name it is given: the name is the subject.
_DESCRIPTION_OF = re.compile(r"(?:^|[,;:])\W*(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:[a-zà-ÿ-]+\s+){1,3}"
                             r"(?:de\s+|d['’]\s*|du\s+)$")
_SINGULAR_PARTICIPLE = re.compile(r"(?-i:[a-zà-ÿ-]+(?:é|ée|i|ie|u|ue|it|ite|is|ise))"
                                  r"(?:\s+[^\s,;:.]+){0,3}?\s+par\b(?!\s+(?:ailleurs|exemple))")
_APPOSED_SINGULAR = re.compile(r"\s*,\s*(?:la|le|l['’]|une|un)\s*(?!deux\b|trois\b)[a-zà-ÿ-]+"
                               r"(?:\s+[a-zà-ÿ-]+)?\s+qui\b")
_RELATIVE_IN_GAP = re.compile(r",\s*(?:qui|dont)\b")


_NAME_APPOSED = re.compile(
    r"^\s*,\s*(?-i:[A-ZÀ-Þ])[\w.&'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w.&'’-]*){0,3}\s*,")


_LATTER_FIRST = re.compile(r"\s*(?:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|ceux-ci"
                           r"|celles-ci)\s*,", re.IGNORECASE)
_DEAL_NAMED = re.compile(r"\s*(?-i:[A-ZÀ-Þ])[\w.&'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w.&'’-]*)?\s+"
                         r"(?:aux\s+côtés\s+d[eu'’]?|avec)\s*(?:l['’]|les?\s+|la\s+)?"
                         r"(?:[a-zà-ÿ-]+\s+)?$", re.IGNORECASE)
# ("racheter l'éditeur d'outils … pour 3 milliards, Microsoft refusant": any noun a company
# goes by)
_DESCRIBED_OBJECT = re.compile(r"\s*(?:le|la|les|l['’]|ce|cette|ces)\s*(?:" + _COMPANY_HEADS
                               + r")\b[^,;:]*,"
                               r"(?!\s*(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)
# ", et" before a word that opens no noun phrase: a coordinated verb and its own object.
_AND_CLAUSE = re.compile(r",\s*(?:et|puis)\s+(?:\w+ment\s+)?(?!(?:de|d['’]|du|des|avec|à|au|aux"
                         r"|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|sur|dans|chez|en)\b)"
                         r"[a-zà-ÿ]+\b")
_IN_RELATIVE = re.compile(r",\s*(?:qui|dont|auquel|auxquels|à\s+laquelle|auxquelles)\b[^,;:]*$",
                          re.IGNORECASE)
# (not a name in a list that goes on to the party: "auprès de Cathay Innovation et d'X")
_NAME_FIRST = re.compile(r"\s*(?:(?:le|la|les|l['’]|de|d['’]|du|des)\s*)?"
                         r"(?>(?-i:[A-ZÀ-Þ])[\w.&'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.&'’-]+)*)(?!\s*$)"
                         r"(?!\s*(?:,\s*|\s(?:et|ou)\s+)(?:(?:le|la|les|l['’]|de|d['’]|du|des)\s*)?"
                         r"(?:[a-zà-ÿ-]+\s+)?$)")


# The cue's object as a plural noun, then its members: "plusieurs modèles, dont X",
# "des fonds, notamment Y", "trois clients, parmi lesquels Z".
_OBJECT_MEMBERS = re.compile(
    r"\s*(?:(?:les|des|ses|leurs|plusieurs|différents|divers|deux|trois|quatre|cinq)\s+)"
    r"(?:[a-zà-ÿ-]+\s+){0,2}?(?:modèles|clients|partenaires|fournisseurs|investisseurs|fonds"
    r"|acteurs|groupes|sociétés|entreprises|laboratoires|start-?ups?|jeunes\s+pousses|concurrents|rivaux)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}\s*,\s*(?:dont|notamment|parmi\s+lesquels|parmi\s+lesquelles)\s+"
    r"(?:(?:le|la|les|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,2}?", re.IGNORECASE)
_QUOTE_CLOSED = re.compile(r"^\s*(?:[a-zà-ÿ'’-]+\s+){0,2}»")
# A reciprocal verb with no partner of its own ("s'associent", "s'allient", "s'unissent") and a
# purpose clause after it.
_RECIPROCAL = re.compile(r"(?:s['’]|se\s)[^,;:.]{0,20}?(?:associ|alli|uni)\w*$", re.IGNORECASE)
_PURPOSE_CLAUSE = re.compile(r"\s+(?:\w+ment\s+)?(?:pour|afin\s+d['’e])\s*(?:\w+ment\s+)?"
                      r"(?:[ls]['’]|se\s+)?[a-zà-ÿ]+(?:er|ir|re)\b(?:(?!\b(?:avec|à|aux\s+côtés)\b)[^.;])*$",
                      re.IGNORECASE)
_RIGHT_STOP = re.compile(r"[.;!?«»]")
_COMMA_ONLY = re.compile(r"\s*,\s*")
# A freedom, not a deal: "la liberté (la possibilité) de travailler avec X", "libre de".
_FREE_TO = re.compile(r"\b(?:liberté|libres?|possibilité|faculté)\s+d(?:e\s+|['’])$",
                      re.IGNORECASE)
_OF_NEXT = re.compile(r"\s*(?:de|d['’]|du)(?:\s|(?<=['’]))", re.IGNORECASE)
# Users the text does not name, before their verb: "les entreprises qui déploient".
_OTHERS_WHO = re.compile(r"\b(?:les|des|ses|leurs|aux|de)\s+[a-zà-ÿ-]+s\s+qui\s+(?:[a-zà-ÿ-]+\s+)"
                         r"{1,2}$", re.IGNORECASE)
_CLAUSE_BETWEEN = re.compile(r"\b(?:qui|que|qu['’]|dont)\b|[,;:]", re.IGNORECASE)
# An aside set off by commas: opened by a comma shortly before a name, closed after it (with
# one more complement at most) before the verb.
_ASIDE_OPEN = re.compile(r",\s*[^,;:()«»]{1,80}$")
_ASIDE_CLOSE = re.compile(r"\s*,(?:[^,;:()«»]{1,60},)?\s*(?:(?:a|ont|avait|avaient|va|vont)\s+)?"
                          r"(?:(?:\w+ment|désormais|déjà|aussi)\s+)*")
# ("Face à X, qui promet …, l'entreprise mise sur M": a relative on X may come first)
_COMMA_THEN_SUBJECT = re.compile(r"[^,;:]{0,40}(?:,\s*qui\s[^,;:()«»]{1,80})?,\s*"
                                 r"(?:l['’]|le\s+|la\s+|les\s+|ce\s+|cette\s+)"
                                 r"[a-zà-ÿ-]+(?:\s+[\w'’-]+){0,4}?\s+(?:(?:a|ont|va|vont|vient\s+d['’]"
                                 r"|avait)\s+)?(?:\w+ment\s+|déjà\s+|aussi\s+)?")


def _right_group(sentence: str, after: list[list[_Party]], cue_end: int) -> list[_Party] | None:
    if not after:
        return None
    nearest = after[0]
    if nearest[0].start - cue_end > 120:
        return None  # (measured before any search: a gap of the whole sentence, per cue)
    gap = sentence[cue_end : nearest[0].start]
    # ("être « en discussion avancée » avec X": the quote closes on the cue's own words)
    unquoted = _QUOTE_CLOSED.sub("", gap, 1) if "»" in gap and "«" in sentence[:cue_end] else gap
    if _RIGHT_STOP.search(unquoted) or (
            _CLAUSE_BREAK.search(unquoted) and not _OBJECT_MEMBERS.fullmatch(gap)):
        # ("s'appuie sur plusieurs modèles, dont X et Y": the object's members, no new clause)
        return None
    if "et" in gap and _AND_CLAUSE.search(gap):
        return None  # "conclu avec X un contrat …, et travaille avec Y": Y is another verb's
    if "," in gap and _DESCRIBED_OBJECT.match(gap):
        # "a investi … dans le groupe d'Abou Dhabi l'an dernier, s'appuiera sur … OpenAI": the
        # cue's object is the description; the name after the comma is another clause's.
        return None
    if _DEAL_NAMED.match(gap) and _DEAL_NOUN.search(sentence, max(0, cue_end - 30), cue_end):
        return nearest  # "le consortium OpenEuroLLM aux côtés de X": the deal's own name
    if _NAME_APPOSED.search(gap) or _NAME_FIRST.match(gap) or _LATTER_FIRST.match(gap):
        # "Son concurrent, GitHub, appartient à X", "racheté par Thoma Bravo, ainsi que X":
        # the cue's own party has no mention; X is not it. ("reprise par ce dernier,
        # propriétaire de X": the pronoun is the party, X is what its apposition owns.)
        return None
    if _COMMA_ONLY.fullmatch(gap) and _DEAL_NOUN.search(sentence, 0, cue_end):
        return None  # "une coentreprise, SB OpenAI Japan": the deal's own name
    if _in_examples(sentence, nearest, cue_end):
        # "en pourparlers avec d'autres noms tels que X et Y": the cue's own object, given
        # by examples; a list of examples away from any cue relates nothing.
        marker = list(_EXAMPLES.finditer(gap))[-1]
        if marker.start() > 60 or re.search(r"[.;:]", gap[: marker.start()]):
            return None
    return nearest


def _next_group(sentence: str, parties: list[_Party], right: list[_Party] | None) -> list[_Party]:
    """The group after `right`, past one comma ("avec X, Y a …")."""
    if not right:
        return []
    at = bisect.bisect_left(parties, right[-1].end, key=_start_of)  # (as in _next_with)
    if at < len(parties) and re.match(r"^\s*,\s*$", sentence[right[-1].end : parties[at].start]):
        return [parties[at]]
    return []


def _start_of(party: _Party) -> int:
    return party.start


def _group_start(group: list[_Party]) -> int:
    return group[0].start


def _next_with(sentence: str, parties: list[_Party], right: list[_Party]) -> list[_Party]:
    """After "de X", the group introduced by "avec"/"et": the other party of a noun cue."""
    # (the parties in the sentence's order: the first after `right` by bisection, not a list of
    # all the later ones for each cue of a long sentence)
    at = bisect.bisect_left(parties, right[-1].end, key=_start_of)
    if at == len(parties):
        return []
    gap = sentence[right[-1].end : parties[at].start]
    if not re.match(r"^\s*(?:avec|et)\s+(?:l['’]|le|la)?\s*$", gap, re.IGNORECASE) and not (
            re.match(r"^\s*(?:depuis\s+\d{4}\s+)?à\s+(?:l['’]|le\s+|la\s+)?\s*$", gap)
            and _LINKS.search(sentence, max(0, right[0].start - 30), right[0].start)):
        return []  # (also "le partenariat qui lie X à Y")
    group = [parties[at]]
    for following in range(at + 1, len(parties)):
        party = parties[following]
        if _COORD.match(sentence[group[-1].end : party.start]):
            group.append(party)
        else:
            break
    return group


def _companies(group: Iterable[_Party]) -> list[str]:
    out: list[str] = []  # (groups are short: a list beats dict.fromkeys and a generator)
    for p in group:
        if p.kind == COMPANY and not p.attached and p.name not in out:
            out.append(p.name)
    return out


def _models(group: Iterable[_Party]) -> list[str]:
    return list(dict.fromkeys(p.name for p in group if p.kind == MODEL))


def _attach_makers(sentence: str, parties: list[_Party]) -> list[_Party]:
    """Mark "de Y" after a model ("Gemini de Google") as the model's maker, not a party."""
    out = list(parties)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if first.kind == MODEL and second.kind == COMPANY \
                and _OF.match(sentence[first.end : second.start]) \
                and maker_of(first.name) in (None, second.name):
            out[i] = _Party(second.start, second.end, second.kind, second.name, True)
    return out


# "La filiale de Microsoft a signé avec Y", "concurrents du propriétaire de Gucci": the
# subsidiary (the owner) is another company, unnamed; the name after "de" is no party. In
# apposition too ("GitHub, la filiale de Microsoft"), the description says in passing who owns
# the name, no purchase the story tells (the bare "X, filiale de Y" keeps its cue).
_HOLDING_WORDS = frozenset({"filiale", "mère", "propriétaire"})
_HELD_BY = re.compile(r"(?<![\w-])(?:[Ll]a|[Ll]e|[Ll]['’]|[Dd]u|[Aa]u|[Cc]ette|[Cc]e)\s*"
                      r"(?:nouvelle\s+|future\s+)?(?:filiale|maison\s+mère|société\s+mère"
                      r"|propriétaire)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)$")


def _attach_held(sentence: str, parties: list[_Party]) -> list[_Party]:
    """Mark a company named after "la filiale de", "le propriétaire de" as no party."""
    out = list(parties)
    for i, party in enumerate(out):
        if party.kind == COMPANY and _HELD_BY.search(sentence, max(0, party.start - 40),
                                                     party.start):
            out[i] = _Party(party.start, party.end, party.kind, party.name, True)
    return out


def _relate(sentence: str, kind: str, shape: str, cue: re.Match[str], left: list[_Party],
            right: list[_Party] | None, status: str, parties: list[_Party],
            context: Context | None = None, layout: _Layout | None = None) -> list[_Found]:
    right = right or []
    out: list[_Found] = []
    if kind == RIVALRY and _benchmark_in(sentence):
        return []
    if kind in (PARTNERSHIP, RIVALRY):
        # (what "entre" tests read: the word after the cue, its blanks and "entre", not the
        # whole rest of the sentence for every cue)
        start = _BLANKS.match(sentence, cue.end()).end()
        rest = sentence[start : _WORD_BLANKS.match(sentence, start).end() + 6].lower()
        pairs: list[tuple[str, str]] = []
        # (the deal's parties after the cue, when its subject is another: "un accord avec X et
        # Y": X and Y are the subject's partners, on the same side)
        others: set[str] = set()
        if rest.startswith("entre") or (cue.group().lower().startswith(("oppos", "associ"))
                                        and not _ASSOCIATED_TO.match(cue.group())) \
                or (right and right[0].end and len(_companies(right)) >= 2
                    and _LINKS.search(sentence[cue.end() : right[0].start])) \
                or re.match(
                r"(?:conclu|signé|noué|scellé|passé|annoncé)\w*\s+entre\b", rest) \
                or (kind == PARTNERSHIP and cue.group().lower().endswith(" par")
                    and not cue.group().lower().startswith(("choisi", "retenu", "sélection"))) \
                or (_VENTURE_OF.match(cue.group()) and re.match(r"(?:de|d['’]|du)\b", rest)
                    and len(_companies(right)) >= 2):
            # ("S3NS, la coentreprise de X et de Y": X and Y are partners; the venture is
            # what they made, not their partner)
            # (also "le litige qui oppose X à Y")
            names = _companies(right)
            pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
        else:
            lefts, rights = _companies(left), _companies(right)
            # ("fournit son modèle M à X et à Y": the own product is the model, X and Y are
            # clients; only a company named as the own product is dropped)
            if shape == "svo" and right and right[0].kind != MODEL and _OWN_PRODUCT.search(
                    sentence, max(0, right[0].start - 50), right[0].start):
                # "héberger ses modèles sur son cloud Outscale": the subject's own product.
                rights = []
            if kind == PARTNERSHIP and rights and lefts and _CREATED.search(
                    sentence, max(0, right[0].start - 60), right[0].start):
                # "X, Y et Z s'associent pour créer W, une coentreprise": W is what they made
                # together, no partner; a joint venture is owned by those who found it.
                if _JOINT_VENTURE.match(sentence, right[-1].end):
                    out += [_Found(INVESTMENT, a, w, status) for a in lefts for w in rights
                            if a != w]
                rights = []
            if not lefts and re.search(r"(?:son|sa|ses|leur|leurs)\s+$",
                                       sentence[max(0, cue.start() - 30) : cue.start()],
                                       re.IGNORECASE):
                # "malgré son accord avec X, Y …": the owner of the deal is named after it.
                lefts = _companies(_next_group(sentence, parties, right))
            if not lefts and rights and not any(p.end and p.end <= cue.start() for p in parties):
                # "En partenariat avec X, Y déploie…", "Grâce à un accord avec X, Y…".
                lefts = _companies(_next_group(sentence, parties, right))
            if not lefts and rights and kind == RIVALRY and context is not None \
                    and _said_before(_POSSESSIVE_ANY, sentence, cue.start(), 5) \
                    and "," not in sentence[cue.end() : right[0].start].lstrip(" ,"):
                # "Pour X, il s'agit d'assurer sa position face à des concurrents comme Y":
                # the company whose position it is.
                lefts = [n for n in _companies(p for p in parties if p.start < cue.start())
                         if n not in rights][:1] or [n for n in _resolve("Il", context)
                                                     if n not in rights]
                if not lefts and context is not None:
                    # "Son concurrent Renault": the previous sentence's subject.
                    lefts = [n for n in _resolve("Il", context) if n not in _companies(right)]
            if shape == "svo" and lefts and not set(rights) - set(lefts) and right \
                    and _models(right) \
                    and not _NONFINITE.search(sentence, max(0, cue.start() - 30), cue.start()):
                # "X héberge (distribue, fournit) les modèles M et N": X uses them ("un accord
                # avec Y pour distribuer M" does not say which of the two distributes).
                return [_Found(USES_MODEL, a, m, status) for a in lefts for m in _models(right)
                        if maker_of(m) != a]
            if not lefts and rights and _models(left) and cue.group().lower().endswith("chez") \
                    and left[-1].end and _BE_ONLY.fullmatch(sentence, left[-1].end, cue.start()):
                # "M est déployé chez X depuis 2024": X uses M.
                return [_Found(USES_MODEL, a, m, status) for a in rights for m in _models(left)
                        if maker_of(m) != a]
            if shape == "svo" and not lefts and rights and _models(left) \
                    and _POWERS.match(cue.group()):
                # "M équipe (alimente) les assistants du constructeur X": X uses M.
                return [_Found(USES_MODEL, a, m, status) for a in rights for m in _models(left)
                        if maker_of(m) != a]
            if shape == "svo" and (not lefts or not rights):
                return []
            if len(rights) >= 2 and not set(lefts).isdisjoint(rights):
                # "Face à X et Y, …, la jeune pousse mise sur…" read with the description as
                # Y: a subject is not one of its own objects, so that reading is wrong, and
                # the objects are not each other's partners (rivals) either.
                lefts = [a for a in lefts if a not in rights]
            pairs = [(a, b) for a in lefts for b in rights if a != b]
            if lefts and len(rights) >= 2:
                others = set(rights) - set(lefts)
            if kind == PARTNERSHIP and len(rights) >= 2 and right[0].end and _THREE_WAY.search(
                    sentence, cue.start(), right[0].start):
                # "son accord tripartite avec X et Y": X and Y are in it with each other too.
                pairs += [(a, b) for i, a in enumerate(rights) for b in rights[i + 1 :]]
            if len(lefts) >= 2 and len(lefts) == len(rights) and right[0].end \
                    and _RESPECTIVELY.search(sentence, cue.end(), right[0].start):
                # "X et Y ont conclu des accords, respectivement avec A et B": X with A, Y with
                # B (a distributive coordination), and X and Y each on their own.
                return [_Found(kind, a, b, status) for a, b in zip(lefts, rights, strict=True)
                        if a != b]
            gap = sentence[left[-1].end : cue.start()] if left and left[-1].end else ""
            governed = bool(left) and left[0].end > 0 and _GOVERNED.search(
                sentence[max(0, left[0].start - 40) : left[0].start]) \
                and not _DESCRIBED_OPENING.match(sentence, 0, left[0].start)
            # Co-subjects act together: "X et Y poursuivent Z" sues Z, X and Y are not rivals;
            # "X et Y ont signé avec Z": each signed with Z, not with each other.
            # ("X et Y distribuent (fournissent, hébergent) M": each does, not together.)
            if len(lefts) >= 2 and len(gap) <= 70 and not governed and shape != "svo" \
                    and not (kind == RIVALRY and rights) \
                    and not (kind == RIVALRY and _UNDERGONE.search(
                        sentence, max(0, cue.start() - 30), cue.start())) \
                    and not re.search(r"client|fournisseur|actionnaire", cue.group(),
                                      re.IGNORECASE) \
                    and not (rights and re.search(r"sign", cue.group(), re.IGNORECASE) and (
                        cue.group().lower().endswith("avec")
                        or _SIGNED_WITH.match(sentence, cue.end()))) \
                    and not (rights and _DEAL_WORD.match(cue.group()) and re.match(
                        r"s?\s+(?:de\s+[a-zà-ÿ-]+\s+)?(?:(?:conclu|signé|noué|passé)\w*\s+)?avec\b",
                        sentence[cue.end() :])) \
                    and not re.search(r"\b(?:que|qu['’]|qui)\b", gap) \
                    and not _EACH_OWN.match(sentence, cue.end()) and "chacun" not in gap \
                    and not (cue.group().endswith("s") and not _NEGOTIATION.match(cue.group())
                             and _THEIR_OWN.search(
                        sentence, max(0, cue.start() - 30), cue.start())) \
                    and not (not rights and _WITH_UNNAMED.match(sentence, cue.end())):
                # ("X, Y et Z multiplient les accords avec des spécialistes de l'IA": each with
                # others the text does not name, not with one another)
                pairs += [(a, b) for i, a in enumerate(lefts) for b in lefts[i + 1 :]]
        names = list(dict.fromkeys(n for pair in pairs for n in pair))
        for a, b in pairs:
            out.append(_Found(kind, a, b, status))
        if kind == PARTNERSHIP:
            # The model a deal is about is used by the party that is not its maker.
            # ("pour la distribution de ses modèles M", in the same clause; "X et son M" is
            # X's own model, not what the deal is about.)
            after = right[-1].end if right else cue.end()
            # (a model 100 characters at most after the cue)
            later = [p for p in (layout.parties_within(after, cue.end() + 100) if layout
                                 else parties) if p.kind == MODEL and p.start >= after
                     and re.fullmatch(r"[^,;:«»\"()]{0,100}", sentence[cue.end() : p.start])
                     and not re.match(r"\s*et\s+(?:de\s+|d['’])?(?:son|sa|ses|leurs?)\b",
                                      sentence[after : p.start])
                     and not _OWN_MODEL.search(sentence[max(after, p.start - 50) : p.start])
                     and not _SERVED_PRODUCT.search(sentence, max(after, p.start - 60), p.start)
                     and not _TRAINED.search(sentence, after, p.start)
                     # ("pour protéger les entreprises qui déploient M": others use M)
                     and not _OTHERS_WHO.search(sentence, max(after, p.start - 60), p.start)
                     and not (_DESTINATION.search(sentence, max(after, p.start - 50), p.start)
                              and any(q.kind == MODEL and cue.end() <= q.start < p.start
                                      and _INTO.search(sentence, cue.end(), q.start)
                                      for q in parties))]
            joint = re.match(r"ensemble|conjointement|en\s+commun", cue.group(), re.IGNORECASE)
            for model in _models(right) + _models(left) + _models(later):
                maker = maker_of(model)
                for company in names:
                    if company != maker and maker in names and not (
                            company in others and maker in others):
                        # "X et Y ont développé ensemble M": both made it. ("un accord avec X
                        # et Y pour adapter M, le modèle de X": the subject uses M, not Y)
                        out.append(_Found(MAKES_MODEL if joint else USES_MODEL, company, model,
                                          status))
        return out
    subjects, objects = (left, right) if shape in ("svo", "noun") else (right, left)
    if shape == "noun":
        # "le rachat de Y par X": the bought party follows the cue, the buyer follows "par".
        objects = right
        # ("le rachat de Y, une start-up parisienne, par X": past the apposition of Y)
        by = _BY_AFTER.match(sentence, right[-1].end) if right else None
        subjects = []
        if right and left and _LATTER_BY.fullmatch(sentence, cue.end(), right[0].start):
            # "chez Element AI, avant le rachat de celle-ci par ServiceNow": the pronoun is the
            # bought party named before, the name after "par" the buyer.
            return [_Found(ACQUISITION, b, a, status) for b in _companies(right[:1])
                    for a in _companies(left[-1:]) if a != b]
        if by and right:
            subjects = layout.first_from(by.end()) if layout \
                else [p for p in parties if p.start >= by.end()][:1]
        if not subjects:
            subjects = left
    if shape == "noun_by" and right:
        # "le rachat par X de Y": Y follows the buyer; else the one before ("Y discute d'un
        # rachat par X").
        later = layout.first_from(right[0].end) if layout \
            else [p for p in parties if p.start >= right[0].end]
        if later and re.fullmatch(
                r"\s*(?:de|d['’]|du)\s*(?:l['’]|la\s+|le\s+)?(?:[a-zà-ÿ-]+\s+){0,2}",
                sentence[right[0].end : later[0].start]):
            subjects, objects = right[:1], later[:1]
    if shape == "ovs_own":
        # "Y, filiale de X": X owns Y ("X, Y et Z, filiale de W": Z alone).
        subjects, objects = right, left
        kind = ACQUISITION
        if len(left) > 1 and left[-1].end and not cue.group().lower().startswith("filiales") \
                and re.fullmatch(r"\s*,\s*", sentence[left[-1].end : cue.start()]):
            objects = left[-1:]
    if kind == USES_MODEL and shape == "svo" and objects and (
            _TRAINED.search(sentence, cue.end(), objects[0].start)
            or _ACCUSED.search(sentence, max(0, cue.start() - 60), cue.start())):
        # "d'avoir exploité des articles pour entraîner M": data used to train M, not M used;
        # "l'accuse d'avoir utilisé": the accused acted, not the subject.
        return out
    if kind in (USES_MODEL, MAKES_MODEL):
        own = {p.name for p in objects if p.kind == MODEL and p.end and shape == "svo"
               and _OWN_MODEL_GAP.fullmatch(sentence, cue.end(), p.start)}
        if kind == USES_MODEL and shape == "svo":
            # "intégrer la technologie de Y à sa plateforme Kozuchi": where it goes, not a use.
            # ("a intégré à son assistant GPT-4o, le modèle d'OpenAI": a model its apposition
            # gives another maker is what goes in, not the subject's product)
            objects = [p for p in objects if not (p.kind == MODEL and p.end and p.start > cue.end()
                       and _INTO_OWN.search(sentence, max(cue.end(), p.start - 50), p.start)
                       and not (_MODEL_OF_APPOSED.match(sentence, p.end)
                                and maker_of(p.name) not in (None, *_companies(subjects))))]
        pairs_of = None
        if kind == USES_MODEL and len(_companies(subjects)) >= 2 \
                and len(_companies(subjects)) == len(_models(objects)) \
                and _says(_RESPECTIVELY, sentence):
            # "X et Y utilisent respectivement M et N": X uses M, Y uses N.
            pairs_of = dict(zip(_companies(subjects), _models(objects), strict=True))
        for company in _companies(subjects):
            for model in _models(objects):
                if pairs_of is not None and pairs_of[company] != model:
                    continue
                maker = maker_of(model)
                if kind == USES_MODEL and (_is_maker(maker, company)
                                           or (maker is None and model in own)):
                    # ("reposant sur son propre modèle M": the subject's own model.)
                    out.append(_Found(MAKES_MODEL, company, model, status))
                elif kind == MAKES_MODEL and maker is not None and not _is_maker(maker, company):
                    if _PUT_ONLINE.match(cue.group()):
                        # "Together AI a mis en ligne M" (M another's): a host offering M
                        out.append(_Found(USES_MODEL, company, model, status))
                    continue
                else:
                    out.append(_Found(kind, company, model, status))
            close = bool(left) and (re.fullmatch(
                r"[^,;:]{0,60}", sentence[left[-1].end : cue.start()]) is not None
                if left[-1].end > 0 else _opens_on_anaphor(sentence))  # "Il s'appuiera sur Y"
            if kind == USES_MODEL and not _models(objects) and close and objects \
                    and not cue.group().lower().startswith(("propos", "grâce", "sur la base",
                                                            "évalu", "conserv", "gard")) \
                    and not _STAFF_OF.search(sentence, cue.end(), objects[0].start) \
                    and not _INFINITIVE.match(sentence, cue.end(), objects[0].start):
                # "X intègre Y" with Y a company: a deal between them (integrating Y's teams
                # follows a purchase).
                # (not a name the article called a model before: "embarqué Corvus-8B")
                for other in _companies(objects):
                    if other != company and not (context and other in context.named_models) \
                            and (shape == "svo" or (
                            shape == "ovs" and subjects and subjects[0].end and re.fullmatch(
                                r"(?:[^,;:]|,\s*(?=ainsi\s+que|et\b|ou\b)){0,100}",
                                sentence[cue.end() : subjects[0].start]))):
                        out.append(_Found(PARTNERSHIP, *sorted((company, other)), status))
        return out
    givers, takers = _companies(subjects), _companies(objects)
    if len(givers) >= 2 and len(givers) == len(takers) and _says(_RESPECTIVELY, sentence):
        # "X et Y ont respectivement racheté A et B": X bought A, Y bought B.
        return [_Found(kind, a, b, status) for a, b in zip(givers, takers, strict=True) if a != b]
    for a in givers:
        for b in takers:
            if a != b:
                out.append(_Found(kind, a, b, status))
    return out


# "X et Y ont signé avec Z", "ont signé des accords de licence avec Z": each signed with Z.
# ("des lettres d'intention avec Z", "des protocoles d'accord avec Z": an elided "de" inside)
_SIGNED_WITH = re.compile(
    r"\s+(?:(?:des|deux|leurs|de\s+nouveaux)\s+(?:[a-zà-ÿ'’-]+\s+){1,3}?)?avec\b", re.IGNORECASE)
# Each co-subject its own deal, like the one told before or with another party: "X et Y ont
# conclu des accords similaires (des opérations comparables)", "ont signé chacun un contrat".
# "X et Y ont conservé leurs contrats": each its own ("leur contrat" may be one they share;
# "leurs discussions" are between them).
_THEIR_OWN = re.compile(r"\bleurs\s+(?:[a-zà-ÿ-]+\s+)?$", re.IGNORECASE)
_EACH_OWN = re.compile(r"[^,;:.]{0,60}?\b(?:similaires?|comparables?|analogues?|semblables?"
                       r"|identiques?|du\s+même\s+(?:type|genre|ordre)|de\s+ce\s+(?:type|genre)"
                       r"|chacun|chacune)\b", re.IGNORECASE)


# A company the parties found together: "s'associent pour créer (fonder, lancer) W".
_CREATED = re.compile(r"\b(?:pour|afin\s+de|et|ont|vont)\s+(?:\w+ment\s+)?(?:créer|créé|fonder"
                      r"|fondé|lancer|lancé|former|formé|constituer|constitué|monter|monté)\s+"
                      r"(?:ensemble\s+)?(?:la\s+|le\s+|l['’])?(?:[a-zà-ÿ-]+\s+){0,3}$",
                      re.IGNORECASE)
# "désigne (considère, voit) Y comme (un) …": Y named so by the subject.
_AS_ROLE = re.compile(r"\s+comme\s+(?:(?:un|une|le|la|l['’]|son|sa|ses|leur|leurs|des|les|un\s+de"
                      r"\s+ses|l['’]un\s+de\s+ses)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}?", re.IGNORECASE)
_AS_ROLE_BARE = re.compile(r"\s+(?:un|une|des|de|d['’])\s*(?:[a-zà-ÿ-]+\s+){0,2}?", re.IGNORECASE)
_SEES_IN = re.compile(r"\b(?:voi[tr]|voient|voyait|voyaient|verra|verront|vu)"
                      r"(?:\s+(?:\w+ment|déjà|aussi|désormais))?\s+(?:dans|en)\s+$", re.IGNORECASE)
_NAMING_VERB = re.compile(
    r"\b(?:désign|considèr|considér|voi[tr]|vu|perç|perçoi[tv]|présent|cit|qualifi|identifi"
    r"|revendiqu|affich|compt"
    r"|regard|class|décri|dépeint|dépeign)\w*(?:\s+(?:\w+ment|aussi|désormais|déjà|ouvertement))?"
    r"\s+(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$", re.IGNORECASE)
_POWERS = re.compile(r"(?:équip|aliment|propuls)", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\b(?:est|sont|était|étaient|sera|seront|été)\s+(?:\w+ment\s+"
                          r"|déjà\s+|désormais\s+)?$", re.IGNORECASE)
# "(déjà) l'assistant embarqué des voitures X", "(depuis l'été) dans les véhicules X": the
# products of a company, the model's place
_INTO_PRODUCT_OF = re.compile(
    r"(?:\s+(?:\w+ment|déjà|désormais|depuis\s+(?:l['’]\s*)?[\w-]+|en\s+\d{4}))?"
    r"\s+(?:(?:dans|à|sur)\s+)?(?:l['’]|le\s+|la\s+|les\s+|aux\s+|au\s+)\s*"
    r"(?:[a-zà-ÿ-]+\s+){0,3}?(?:voitures?|véhicules?|téléphones?|smartphones?|robots?"
    r"|assistants?|applications?|services?|appareils?|ordinateurs?|produits?|outils?)"
    r"(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+|d['’]\s*|des\s+|du\s+)?(?:l['’]|la\s+|le\s+)?"
    r"(?:(?:constructeur|groupe|fabricant|marque)\s+)?", re.IGNORECASE)
_AND_PARTICIPLE = re.compile(
    r"\s+et\s+(?:a\s+|ont\s+)?(?:\w+ment\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|u|us|i|is|it)"
    r"(?:\s+(?:dans\s+la\s+foulée|aussitôt|ensuite|également|aussi|\w+ment))?"
    r"\s+(?:un|une|des|le|la|l['’]|son|sa|leur|leurs|ses)\s*(?:nouv\w+\s+)?", re.IGNORECASE)
_COMPANION_DEAL = re.compile(r"\s*,?\s*(?:assorti|accompagné|doublé|complété|couplé)e?s?"
                             r"\s+(?:d['’]|de\s+|par\s+)(?:un|une|des|d['’]un|d['’]une)?\s*"
                             r"(?:[a-zà-ÿ-]+\s+)?", re.IGNORECASE)
_BY_A_DEAL = re.compile(r"\s+par\s+(?:un|une|des|son|sa|leur|ses)\s+(?:[a-zà-ÿ-]+\s+)?",
                        re.IGNORECASE)
_BOUND_TO = re.compile(r"\b(?:lié|liée|liés|liées|uni|unie|unis|unies|attaché\w*|associé\w*)"
                       r"\s+(?:à|au|avec)\s*(?:l['’]|le\s+|la\s+)?(?:[a-zà-ÿ-]+\s+)?$",
                       re.IGNORECASE)
_COLON_DESCRIBED = re.compile(
    r"[:;]\s*(?:l['’]|le\s+|la\s+)\s*(?:groupe|géant|banque|néobanque|start-?up|jeune\s+pousse"
    r"|société|entreprise|firme|constructeur|opérateur|éditeur|laboratoire|fabricant|assureur"
    r"|fonds|licorne|pépite|spécialiste|conglomérat|fintech|plateforme)\b(?:\s+(?-i:[a-zà-ÿ-]+)){0,3}?"
    r"\s+(?:(?:a|vient\s+d['’]|avait|aurait|va|s['’]est)\s+)?(?:\w+ment\s+|aussi\s+|déjà\s+)?$",
    re.IGNORECASE)
_TO_OTHER = re.compile(r"\s+(?:à|a|aux?|avec)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
                       r"(?:[a-zà-ÿ-]+\s+){0,3}", re.IGNORECASE)
_SWITCH_TO = re.compile(r"se\s+tourn|pass|bascul|migr", re.IGNORECASE)
_AUX_ONLY = re.compile(r"\s+(?:(?:a|avait|ont|avaient|aurait|auraient|vient\s+d['’]"
                      r"|venait\s+d['’])\s*)?(?:\w+ment\s+|déjà\s+|aussi\s+)?", re.IGNORECASE)
# What may open a sentence before a fronted phrase's cue: "Après avoir", "Longtemps", an
# adjective ("Principal actionnaire de X, Y…").
_FRONTED = re.compile(r"\W*(?:(?:Après|Avant\s+d['’])\s*(?:avoir|être)\s+(?:\w+ment\s+)?"
                      r"|(?:Longtemps|Déjà|Jadis|Autrefois|Naguère|Désormais|Aujourd['’]hui)\s+)?"
                      r"(?:(?:Principale?|Premier|Première|Grande?|Ancienne?|Fidèle|Nouvel(?:le)?"
                      r"|Nouveau|Seule?|Gros|Plus\s+gros)\s+)?")
# From the fronted phrase's last party to the subject: its end, a comma, a description.
_FRONTED_CLOSE = re.compile(r"[^,;:.()«»]{0,50}?,\s*(?:(?:l['’]|le\s+|la\s+|les\s+)"
                            r"(?:[a-zà-ÿ-]+\s+){0,3})?")
# (inside what was read as one list, the subject is presented by a description)
_FRONTED_SPLIT = re.compile(r"\s*,\s*(?:l['’]|le\s+|la\s+|les\s+)(?:[a-zà-ÿ-]+\s+){1,3}")
_ASSOCIATED_TO = re.compile(r"associée?s?\s", re.IGNORECASE)
_DATIVE_WHO = re.compile(r",\s*qui\s+(?:lui|leur)\s+(?:\w+ment\s+|aussi\s+|déjà\s+)?$",
                         re.IGNORECASE)
# Between a model and its passive participle: "M est (désormais) déployé chez X".
_BE_ONLY = re.compile(r"\s*,?\s*(?:(?:est|sont|a\s+été|ont\s+été|sera|seront|était|étaient|déjà"
                      r"|désormais|aussi|également|\w+ment)\s+)*")
# A first person inside a quote, before the cue: "« Nous travaillons avec X »".
_WE_IN_QUOTE = re.compile(r"«[^»]*\b(?:nous|notre|nos)\b[^»]*$", re.IGNORECASE)
_REJECTED = re.compile(r"(?:rejet|refus|déclin|repouss|écart)", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(?:avant\s+d(?:e\s+|['’])|pour\s+|afin\s+d(?:e\s+|['’])|sans\s+)"
                      r"(?:\w+ment\s+)?(?:l['’]|s['’]|se\s+|y\s+)?$", re.IGNORECASE)
# Between a subject and its object: no clause break; a verb the object depends on; or a
# relative on the subject, its verb before the object ("X, qui a racheté Y").
_WHO_THEN = re.compile(r"\s*,\s*qui\s[^,;:()«»]{1,60}")
_OBJECT_GAP_BREAK = re.compile(r"[,;:()«»]|\b(?:qui|que|qu['’]|dont|et|ou)\b", re.IGNORECASE)
_VERB_BETWEEN = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|va|vont)\s|[a-zà-ÿ]{3,}"
                           r"(?:e|ent|é|ée|és|ées|it|is|u|ue)\b", re.IGNORECASE)
_PRODUCT_BEFORE = re.compile(
    r"\b(?:un|une|son|sa|ses|leur|leurs|le|la|les|des|ce|cette|ces)\s+(?:nouv\w+\s+)?"
    + _PRODUCT_NOUNS + r"s?(?:\s+[a-zà-ÿ-]+){0,2}\s*,?\s*$", re.IGNORECASE)
_MODEL_OF_APPOSED = re.compile(r"\s*,\s*(?:le|un)\s+(?:[a-zà-ÿ-]+\s+)?modèle\b", re.IGNORECASE)
_THREE_WAY = re.compile(r"\b(?:tripartite|trilatéral\w*|à\s+trois|quadripartite)\b",
                        re.IGNORECASE)
_VENTURE_OF = re.compile(r"(?:coentreprise|co-entreprise|joint-venture)s?$", re.IGNORECASE)
_JOINT_VENTURE = re.compile(r"\W{0,3}(?:une|la|leur)\s+(?:nouvelle\s+)?(?:coentreprise"
                            r"|co-entreprise|joint-venture|filiale\s+commune|société\s+commune)",
                            re.IGNORECASE)
# A name right after a possessed thing that is no partner: "son cloud souverain Outscale".
_OWN_PRODUCT = re.compile(
    r"\b(?:son|sa|ses|leur|leurs)\s+(?!(?:\w+\s+)?(?:partenaire|client|fournisseur|allié"
    r"|distributeur|associé|filiale|actionnaire|investisseur)s?\b)"
    r"(?:(?!(?:à|au|aux|de|du|des|avec|pour|chez|sur|dans|par|et|entre)\s)[a-zà-ÿ-]+\s+){1,3}$",
    re.IGNORECASE)
# "développer son propre système M": the party's own model, not what the deal is about.
_OWN_MODEL = re.compile(r"\b(?:son|sa|ses|leurs?)\s+propres?\s+(?:[a-zà-ÿ'’-]+\s+){0,3}$",
                        re.IGNORECASE)
_OWN_MODEL_GAP = re.compile(r"\s+(?:son|sa|ses|leurs?)\s+(?:propres?\s+)?(?:nouveaux?\s+)?"
                            r"(?:grands?\s+)?modèles?(?:\s+[a-zà-ÿ-]+){0,2}\s+", re.IGNORECASE)
_STAFF_OF = re.compile(r"\b(?:équipes?|salariés|employés|personnels?|talents|ingénieurs|chercheurs"
                       r"|activités|actifs)\s+(?:\w+\s+)?(?:de|d['’]|du)\s*$", re.IGNORECASE)
_AND_VERB = re.compile(r"(?:,\s*|\s)(?:et|puis)\s+(?:\w+ment\s+)?$", re.IGNORECASE)
# "X a signé avec Y l'an dernier, et aurait (, selon…,) conclu un contrat avec Z": a verb
# coordinated with its auxiliary and no subject of its own; the deal noun may follow it.
_AND_AUXILIARY = re.compile(
    r"(?:,\s*|\s)(?:et|puis)\s+(?:\w+ment\s+)?(?:a|ont|avait|avaient|aurait|auraient|aura|auront)"
    r"\s*(?:,[^,;:.]{1,60}?,\s*)?(?:(?:\w+ment|déjà|aussi)\s+)?(?:[a-zà-ÿ]+[éiu]e?s?\s+"
    r"(?:[^\s,;:.]+\s+){0,2}?(?:un|une|des|le|la|l['’]|les|son|sa|ses|leur|leurs)\s*)?$",
    re.IGNORECASE)
# "… de puces X et a noué un partenariat avec Y": the deal noun is the coordinated verb's object.
_AND_VERB_OBJECT = re.compile(r"(?:,\s*|\s)(?:et|puis)\s+(?:a|ont|avait|avaient|aurait|auraient)"
                              r"\s+(?:\w+ment\s+|déjà\s+|aussi\s+)?[a-zà-ÿ]+[éi]s?\s+"
                              r"(?:un|une|des|le|la|l['’]|les|son|sa|ses|leur|leurs)\s*$",
                              re.IGNORECASE)
# "intégrer M à la prochaine version de N": N receives M, the deal is not about N.
_DESTINATION = re.compile(r"\b(?:à|au|aux|dans)\s+(?:la|le|l['’]|les|ses|son|sa)?\s*"
                          r"(?:[a-zà-ÿ-]+\s+){0,4}(?:de\s+|d['’])?$", re.IGNORECASE)
_INTO = re.compile(r"\b(?:intégr|intègr|ajout|embarqu|insér|incorpor)\w*", re.IGNORECASE)
# "a proposé de racheter Y": the verb's object is an infinitive, not Y.
_INFINITIVE = re.compile(r"\s*d(?:e\s+|['’])\w+(?:er|ir|re)\b", re.IGNORECASE)
_OFFER_TURNED_DOWN = re.compile(r"\b(?:rejet\w*|décliné\w*|repouss\w*|refus\w*|écarté\w*|éconduit)"
                                r"\s+(?:[\w'’-]+\s+){0,4}?(?:une|l['’]|cette|la|les|des)\s*"
                                r"(?:[\w-]+\s+)?(?:offre|proposition)s?\s+(?:[\w-]+\s+)?(?:de|d['’])\s*$",
                                re.IGNORECASE)
# (the words, lowered, without which _FORBIDDEN and _DENIED find nothing: tested once per
# sentence instead of searching before each cue)
_FORBIDDEN_WORDS = ("interdi", "empêch")
_DENIED_WORDS = ("dément", "nie", "nié")
_FORBIDDEN = re.compile(r"\b(?:interdi(?:t|sent|sait|saient|ra|ront|rait|raient|te|ts|tes)"
                        r"|empêch\w*|interdiction)\s+(?:\w+\s+){0,3}?(?:de|d['’])\s*[^;:.,]*$",
                        re.IGNORECASE)
_DENIED = re.compile(r"\b(?:dément\w*|démenti\w*|a\s+nié|ont\s+nié|nie|nient)\b(?![^,;:]*\bmais\b)",
                     re.IGNORECASE)
_THE_TWO = re.compile(r"\b(?:[Ll]es|[Cc]es)\s+deux\s+(?:sociétés|groupes|entreprises|partenaires"
                      r"|alliés|firmes|acteurs|start-?ups?|enseignes|opérateurs|constructeurs"
                      r"|banques|laboratoires|éditeurs|distributeurs|assureurs|industriels)\b")
# "Les trois industriels", "ces quatre groupes": the subject's companies, counted.
_COUNTS = {3: "trois", 4: "quatre", 5: "cinq"}
_COUNT_WORDS = frozenset(_COUNTS.values())
_THE_MANY = re.compile(r"\b(?:[Ll]es|[Cc]es)\s+(trois|quatre|cinq)\s+(?-i:[a-zà-ÿ][a-zà-ÿ-]+s)\b")
_BOTH = re.compile(r"\s*entre\s+(?:les|ces)\s+deux\s+(?:sociétés|groupes|entreprises|parties"
                   r"|partenaires|acteurs|start-?ups?|firmes|éditeurs)\b", re.IGNORECASE)
# A dative pronoun right before a verb: "lui fournir", "leur vend".
_DATIVE_BEFORE = re.compile(r"\b(?:lui|leur)\s+$", re.IGNORECASE)
# A rival noun's possessive right before it ("son (principal) concurrent"), and what in the
# gap after it shows the next name is no apposition of it: a verb, a coordination, a relative.
_POSSESSED_RIVAL_NOUN = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+)?$",
                                   re.IGNORECASE)
_PAST_THE_RIVAL = re.compile(r"\b(?:et|ou|a|ont|avait|avaient|est|sont|qui|que|qu|avec|dont)\b",
                             re.IGNORECASE)
_RIVAL_SUBJECT = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+(?:[a-zà-ÿ]+\s+)?(?:concurrent|rival"
                            r"|adversaire)\w*\b[^;:.]{0,50}$", re.IGNORECASE)
_DEAL_WORD = re.compile(r"(?:partenariat|alliance|accord|collaboration|coopération|rapprochement)",
                        re.IGNORECASE)
_CONCLUDED = re.compile(r"\b(?:sign\w*|conclu\w*|nou[ée]\w*|scell\w*|annonc\w*|officialis\w*"
                        r"|finalis\w*|entr[ée]\w*\s+en\s+vigueur|lanc[ée]\w*)\b", re.IGNORECASE)
_TRAINED = re.compile(r"\b(?:pour|afin\s+d['’e])\s+(?:\w+ment\s+)?(?:entraîner|former|nourrir)\b",
                      re.IGNORECASE)
_ACCUSED = re.compile(r"\baccus\w*\s+(?:\S+\s+){0,4}?d['’]avoir\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _is_maker(maker: str | None, company: str) -> bool:
    """Whether `company` is the gazetteer's maker of a model, or an arm the map names after it
    ("le modèle maison d'AWS": Amazon Web Services, shown as Amazon, makes Amazon Nova)."""
    return maker is not None and (maker == company or coref.group_name(company) == maker)


def _model_owners(sentence: str, parties: list[_Party]) -> list[_Found]:
    """"Gemini de Google", "le modèle Llama de Meta", "X et son modèle M": makes_model."""
    out: list[_Found] = []
    for first, second in pairwise(parties):
        gap = sentence[first.end : second.start]
        if first.kind == MODEL and second.kind == COMPANY and _APPOSED_MODEL_OF.fullmatch(gap):
            # "M, le modèle maison de la start-up lyonnaise X", "M, le modèle de fondation pour
            # humanoïdes de X", "M, le prochain modèle de X": the apposition names M's maker.
            maker = maker_of(first.name)
            if maker is None or _is_maker(maker, second.name):
                out.append(_Found(MAKES_MODEL, second.name, first.name, STATED))
            continue
        if first.kind == MODEL and second.kind == COMPANY and _OF.match(gap):
            maker = maker_of(first.name)
            if maker is None or _is_maker(maker, second.name):
                out.append(_Found(MAKES_MODEL, second.name, first.name, STATED))
    for company, model in pairwise(parties):
        if company.kind == COMPANY and model.kind == MODEL:
            gap = sentence[company.end : model.start]
            if _WHOSE_MODEL_GAP.fullmatch(gap):
                # "le français X, dont le modèle M tourne chez Y", "X, la start-up munichoise
                # dont le modèle de langage M": the relative names X as M's maker.
                maker = maker_of(model.name)
                if maker is None or _is_maker(maker, company.name):
                    out.append(_Found(MAKES_MODEL, company.name, model.name, STATED))
                continue
            if _POSSESSIVE_MODEL.search(gap) and len(gap) < 80 and not (
                    "," in gap[:-3] and _GOVERNED.search(
                        sentence[max(0, company.start - 40) : company.start])):
                # (not a complement's company before a comma: "Fondée par deux anciens de
                # l'Ircam, la société a mis au point son propre modèle, M" is the société's)
                maker = maker_of(model.name)
                if maker is None or _is_maker(maker, company.name):
                    out.append(_Found(MAKES_MODEL, company.name, model.name, STATED))
    return out


_SUED_WORDS = frozenset({"contre", "assigné", "assignés", "assignée", "assignées", "assigne",
                         "assignent", "poursuit", "poursuivent", "attaque", "attaquent",
                         "attaqué", "attaquée", "accusant", "accuse", "accusent"})
_SUED_BEFORE = re.compile(r"\b(?:contre|assign\w*|poursui(?:t|vent)|attaqu\w*|accus\w*)\s+"
                          r"(?:(?:l['’]|le\s|la\s|les\s)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}$",
                          re.IGNORECASE)


def _not_co_defendants(sentence: str, groups: list[list[_Party]],
                       found: list[_Found]) -> list[_Found]:
    """Companies sued together are on one side: "a assigné OpenAI et Microsoft", "plainte
    contre Apple et OpenAI" make no rivalry between the two (their accuser's is kept)."""
    sued = [set(_companies(g)) for g in groups if len(_companies(g)) > 1
            and _SUED_BEFORE.search(sentence, max(0, g[0].start - 40), g[0].start)]
    if not sued:
        return found
    return [f for f in found if f.type != RIVALRY
            or not any(f.a in side and f.b in side for side in sued)]


def _dedupe(found: list[_Found]) -> list[_Found]:
    seen: dict[tuple[str, str, str], _Found] = {}
    for f in found:
        if f.a == f.b:
            continue
        kind, a, b = relation_key(f.type, f.a, f.b)
        seen.setdefault((kind, a, b), _Found(kind, a, b, f.status))
    return list(seen.values())


# ---- an article


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]`, stripped of surrounding spaces."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    out = []
    for s, e in spans:
        # (str.strip's whitespace is str.isspace's: lengths give the stripped span, in C)
        piece = text[s:e]
        kept = piece.strip()
        if kept:
            s += len(piece) - len(piece.lstrip())
            out.append((s, s + len(kept)))
    return out


# A block's marker opening a line ("# ", "- ", "1. ", "> "), matched at the line's start.
_BLOCK_MARK = re.compile(r"\s*(?:#{1,6}\s+|[-*+•]\s+|\d{1,9}[.)]\s+|>\s*)+")


def _unmarked(text: str, start: int = 0, end: int | None = None) -> int:
    """Where `text[start:end]` begins past its block marker, if it opens on one."""
    mark = _BLOCK_MARK.match(text, start, len(text) if end is None else end)
    return mark.end() if mark else start


def evidence_text(raw: str) -> str:
    """A sentence as written, on one line: Markdown block markers and line breaks removed."""
    lines = [line[_unmarked(line):] for line in raw.split("\n")] if "\n" in raw \
        else [raw[_unmarked(raw):]]
    return _SPACES.sub(" ", " ".join(lines)).strip()


# (line breaks and the spaces around them: a no-break space stays as written)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


_MINORITY_AFTER = re.compile(r"\s*,?\s*à\s+hauteur\s+d[e']\s*(?:environ\s+|près\s+de\s+)?"
                             r"[1-4]?\d(?:[,.]\d+)?\s*(?:%|pour\s*cent)", re.IGNORECASE)
# (not a percentage's: the stake patterns read "4,9 %" with its comma)
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d+(?![\d,.])(?!\s*(?:%|pour\s*cent)))")


def _block_spans(article: Article) -> list[tuple[int, int, int]]:
    """(block index, start, end) in the article's text, one per run of source lines."""
    text = article.text
    line_starts = [0]
    for match in re.finditer("\n", text):
        line_starts.append(match.end())
    firsts: list[tuple[int, int]] = []
    seen_lines: set[int] = set()
    for index, block in enumerate(article.blocks):
        if block.line in seen_lines or block.line >= len(line_starts):
            continue
        seen_lines.add(block.line)
        firsts.append((index, line_starts[block.line]))
    spans = []
    for i, (index, start) in enumerate(firsts):
        end = firsts[i + 1][1] if i + 1 < len(firsts) else len(text)
        spans.append((index, max(start, article.body_offset), end))
    return spans


def article_relations(article: Article, matcher: Matcher | None = None,
                      mentions: Sequence[Mention] | None = None) -> list[Relation]:
    """Every relation the article states, one per (type, a, b), first evidence kept first."""
    from reader import document

    if mentions is None:
        mentions = article_mentions(article, matcher)
    if len({m.canonical for m in mentions}) < 2:
        return []
    text = article.text
    kinds = {index: block.kind for index, block in enumerate(article.blocks)}
    found: list[Relation] = []
    starts = [m.start for m in mentions]

    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == COMPANY:
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
    # The company the article is about: the most named (the first named on a tie).
    ranked = sorted(counts, key=lambda name: -counts[name])
    context = Context(topic=ranked[0] if ranked else None, ranked=ranked)
    context.grown = coref.established(text, ((m.start, m.canonical) for m in mentions
                                             if m.kind == COMPANY))
    intros = _introductions(text, mentions)
    nouns = coref.descriptors(text, ((m.start, m.end, m.canonical) for m in mentions
                                     if m.kind == COMPANY), _NOT_AGENT)
    spans: list[tuple[int, int, int]] = []
    stand_ins: list[Mention] = []
    mentions_seen = 0
    for index, block_start, block_end in _block_spans(article):
        if kinds.get(index) in (document.CODE, document.RULE):
            continue
        for s, e in _answered(text, _whole_names(sentences(text, block_start, block_end),
                                                 mentions, starts)):
            spans.append((index, s, e))
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            inside = [m for m in mentions[lo:hi] if m.end <= e]
            raw = text[s:e]
            while intros and intros[0][0] < s:
                context.topic = intros.pop(0)[1]
                context.introduced.add(context.topic)
            while mentions_seen < len(mentions) and mentions[mentions_seen].start < s:
                context.seen.add(mentions[mentions_seen].canonical)
                mentions_seen += 1
            while nouns and nouns[0][0] < s:
                _, word, name = nouns.pop(0)
                names = context.described_as.setdefault(word, [])
                if name in names:
                    names.remove(name)
                names.append(name)
            if not inside and not (context.subject or context.topic or context.models):
                continue
            if not inside and not _refers(raw) and not _describes(raw, context):
                if not _opens_on_anaphor(raw):
                    context.subject = []
                continue
            local = [Mention(m.start - s, m.end - s, m.kind, m.canonical, m.text) for m in inside]
            if context.anchor is None and context.topic and context.topic in context.seen:
                # Until a sentence has opened on its subject ("« … », martèle la directrice de
                # X. Le groupe a signé avec Y", "X et Z vont construire… Le projet… Le géant de
                # Bonn s'est rapproché de Y"), "Le groupe", "Il" opening a sentence mean the
                # company the article is about, once it has been named: French news refers
                # back to the story's company when no subject is left to refer to.
                context.anchor = context.topic
            elif context.anchor is None and not context.seen and _opens_on_anaphor(raw):
                # ("Le quotidien du soir a assigné la start-up X. Le quotidien…": an article
                # opening on a description has a subject the mentions do not name; "" names
                # none, and the story's company is not what the next "Le quotidien" means.)
                context.anchor = ""
            context.stand_ins = []
            # (a decimal comma, "1,3 milliard", is no clause's end: the rules read the number
            # as digits, "103", one character for one so the offsets stay; a point would end
            # their gaps as a full stop does. On R1-R44: 1 relation more, 6 false ones fewer)
            read = read_sentence(_DECIMAL_COMMA.sub("0", raw) if "," in raw else raw, local,
                                 context=context)
            if context.stand_ins:
                # (only for a name the rules did not already relate it to in this sentence: the
                # classifier's reading of a sentence has a cost)
                names = {m.canonical for m in local if m.kind == COMPANY}
                stand_ins += [
                    Mention(s + p.start, s + p.end, COMPANY, p.name, raw[p.start : p.end])
                    for p in context.stand_ins
                    if names - {p.name} - {n for f in read if p.name in (f.a, f.b)
                                           for n in (f.a, f.b)}]
            evidence = evidence_text(raw) if read else ""
            for f in read:
                found.append(Relation(f.type, f.a, f.b, f.status, index, s, e, evidence))
                if f.type == ACQUISITION:
                    context.acquired = f.b
            _follow(raw, local, read, context)
    found = _by_group(found + _made_by_makers(text, mentions, found, spans))
    # The trained classifier's partnerships, rivalries and uses of a model the rules missed,
    # with the status the rules' reading gives the words between the two names.
    from reader.relations_classifier import ModelNaming, pairs

    learned = pairs(text, sorted([*mentions, *stand_ins], key=lambda m: m.start)
                    if stand_ins else mentions, spans, {r.key for r in found},
                    frozenset(m.start for m in stand_ins), ModelNaming(party_name, maker_of))
    # A pair the rules already read in that sentence as a purchase or a stake is not also a
    # learned partnership: "discussions avec Y en vue de le racheter" are the purchase's talks.
    bought = {(r.start, frozenset((r.a, r.b))) for r in found
              if r.type in (ACQUISITION, INVESTMENT)}
    # Two parties the rules each tied to one same third party in that sentence ("X, qui compte
    # A parmi ses clients, a signé avec B"; "les contrats de X avec A et B"; "X, soutenu par A,
    # a signé avec B") are that party's partners or backers, not each other's partners: the
    # classifier does not close the triangle.
    partners: dict[tuple[int, str], set[str]] = {}
    for r in found:
        if r.type in (PARTNERSHIP, INVESTMENT, ACQUISITION):
            partners.setdefault((r.start, r.a), set()).add(r.b)
            partners.setdefault((r.start, r.b), set()).add(r.a)
    bought |= {(s, frozenset((a, b))) for t, a, b, i, s, e, c, d in learned
               if partners.get((s, a), set()) & partners.get((s, b), set())}
    # (each sentence cut out and made evidence once, not once per pair the classifier found in
    # it: a sentence of hundreds of names was quadratic)
    pieces: dict[tuple[int, int], tuple[str, str]] = {}
    for t, a, b, i, s, e, c, d in learned:
        if (s, frozenset((a, b))) not in bought:
            if (s, e) not in pieces:
                pieces[s, e] = (text[s:e], evidence_text(text[s:e]))
            piece, evidence = pieces[s, e]
            found.append(Relation(t, a, b, _status(piece, c - s, d - s, None), i, s, e, evidence))
    # An assistant (Siri, Copilot) has stood in for its maker while reading; it is no party.
    assistants = _gazetteer_models()[2]
    products = {party_name(m) for m in mentions if m.kind == MODEL and m.canonical in assistants}
    if products:
        found = [r for r in found if r.a not in products and r.b not in products]
    # (a heading's or a list item's sentence starts after its marker, as its evidence does: a
    # script reads text[start:end] as the evidence)
    return [replace(r, start=start) if (start := _unmarked(text, r.start, r.end)) > r.start
            else r for r in found]


# A question a news sentence asks of its possessor's ties and answers in the next ("Ses
# concurrents ? X, Y ou Z.", "Son premier client ? X."): one statement, as with a colon.
_TIES_QUESTION = re.compile(
    r"\W*(?:Ses|Son|Sa|Leurs?)\s+(?:[a-zà-ÿ-]+\s+){0,2}?(?:concurrents?|rivaux|rivale?s?"
    r"|clients?|partenaires?|actionnaires?|investisseurs?|fournisseurs?)(?:\s+[a-zà-ÿ-]+)?\s*\?\s*")


def _answered(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans, a question about the possessor's ties joined to its answer."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and e - s < 400 and _TIES_QUESTION.fullmatch(text, *out[-1]):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def _whole_names(spans: list[tuple[int, int]], mentions: Sequence[Mention],
                 starts: list[int]) -> list[tuple[int, int]]:
    """The sentence spans, two joined where a name runs across the stop between them: the
    stop of an abbreviation inside a name ("Warner Bros. Discovery", "J.P. Morgan") ends no
    sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            # (the last name starting before the stop, the only one that can run across it)
            i = bisect.bisect_left(starts, s) - 1
            if i >= 0 and mentions[i].start >= out[-1][0] and mentions[i].end > s:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _describes(sentence: str, context: Context) -> bool:
    """Whether a sentence without names speaks of a company by description (reader.coref):
    "Le conglomérat, actionnaire du laboratoire américain, …"."""
    return coref.worth_reading(_WORD.findall(sentence.lower())) and bool(
        coref.described(sentence, context.ranked, context.subject))


def _introductions(text: str, mentions: Sequence[Mention]) -> list[tuple[int, str]]:
    """Where the article calls a company "la start-up" by name ("la start-up allemande X",
    "X, la jeune pousse…"): later, "la start-up" alone means that company."""
    companies = [m for m in mentions if m.kind == COMPANY]
    if not companies:
        return []
    starts = [m.start for m in companies]
    lower = text.lower()
    same_length = len(lower) == len(text)
    # Both searches need one of _DESCRIPTION_GATE's nouns: most articles have none.
    described = not same_length or _DESCRIPTION_GATE.search(lower) is not None
    found = (_DESCRIPTION_L.finditer(lower) if same_length else _DESCRIPTION.finditer(text)) \
        if described else iter(())
    out = []
    # "X, une start-up berlinoise": an apposition introduces X as well.
    an_introductions = (_AN_INTRODUCTION_L.finditer(lower) if same_length
                        else _AN_INTRODUCTION.finditer(text)) if described else iter(())
    appositions = [(match.start(), m.canonical) for match in an_introductions
                   for m in companies[max(0, bisect.bisect_left(starts, match.start()) - 1):
                                      bisect.bisect_left(starts, match.start())]
                   if text[m.end : match.start()].strip() == ","]
    all_starts = [m.start for m in mentions]
    for match in found:
        at = bisect.bisect_right(all_starts, match.end()) - 1
        if at >= 0 and mentions[at].end > match.start():
            continue  # "la Société Générale" is a name, not "la société" introducing another
        # Only the names just after the description, or just before it, can be the one meant.
        first = bisect.bisect_left(starts, match.start() - 200)
        last = bisect.bisect_right(starts, match.end() + 40)
        # (the first of the names around it, in the text's order: taking the name after first
        # changed nothing on R1-R41 and cost held-out batch H three relations)
        for m in companies[first:last]:
            following = text[match.end() : match.end() + 60]
            if 0 <= m.start - match.end() <= 40 and _NAMED_NEXT.match(following) \
                    and re.fullmatch(r"\s*(?:[a-zà-ÿ-]+\s+){0,3}", text[match.end() : m.start]):
                out.append((match.start(), m.canonical))
                break
            if 0 <= match.start() - m.end <= 3 and text[m.end : match.start()].strip() == ",":
                out.append((match.start(), m.canonical))
                break
    # "Pigment, l'éditeur parisien…" with no mention of Pigment: the article is about a company
    # the mentions miss; its descriptions must not fall on another one ("" names none).
    starts_all = {m.start for m in mentions}
    # (the search only where its ", la start-up" part is: a scan from every capital is slow)
    maybe = _UNKNOWN_INTRODUCTION_TAIL.search(text) is not None
    unknown = [(match.start(2), "") for match in _UNKNOWN_INTRODUCTION.finditer(text)
               if match.start(1) not in starts_all
               and not any(m.start <= match.start(1) < m.end for m in mentions)] if maybe else []
    return sorted(out + appositions + unknown)


_UNKNOWN_INTRODUCTION = re.compile(
    r"(?:^|(?<=[.!?]\s))((?-i:[A-ZÀ-Þ])[\w.&'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.&'’-]+){0,2}),\s+"
    r"((?:la|le|l['’])\s*(?:jeune\s+pousse|start-?up|société|éditeur|fintech|spécialiste|licorne"
    r"|pépite|plateforme|entreprise)\b)", re.IGNORECASE)
# Its part after the name: where there is none, there is no introduction either.
_UNKNOWN_INTRODUCTION_TAIL = re.compile(
    r",\s+(?:la|le|l['’])\s*(?:jeune\s+pousse|start-?up|société|éditeur|fintech|spécialiste"
    r"|licorne|pépite|plateforme|entreprise)\b", re.IGNORECASE)


# ("une biotech de Boston", "une fintech", "une proptech", "une scale-up": the young companies
# of a trade, which French names "-tech", too)
_AN_INTRODUCTION = re.compile(r"\bune\s+(?:jeune\s+pousse|start-?up|scale-?up|société|licorne"
                              r"|pépite|[a-zé]{2,8}tech)\b",
                              re.IGNORECASE)
_AN_INTRODUCTION_L = re.compile(_AN_INTRODUCTION.pattern)


def _follow(sentence: str, mentions: list[Mention], read: list[_Found],
            context: Context) -> None:
    """What the next sentence can refer to: this one's subject, its models, the funded company."""
    parties, groups = context.last
    context.raising = False
    if context.opening_party is not None:
        # (what the next sentence refers to is decided as for any sentence opening on a
        # description: the party read for it is left out)
        parties = [p for p in parties if p is not context.opening_party]
        groups = [g for g in ([p for p in g if p is not context.opening_party] for g in groups)
                  if g]
        context.opening_party = None
    if not groups:
        parties = _attach_makers(sentence, [p for p in parties if p.end])
        groups = _groups(sentence, parties)
    subject = _main_subject(sentence, groups, len(sentence))
    named = [p.name for p in parties if p.kind == COMPANY and not p.attached and p.end]
    if context.stressed and context.stressed not in {m.canonical for m in mentions}:
        # "Canal+ fait appel à elle depuis un an. Sur ce segment, elle affronte X": the company
        # the pronoun stands for stays what the story is about (the sentence's subject only
        # spoke of it).
        context.subject = [context.stressed]
        return _follow_models(sentence, parties, read, context)
    if _POSSESSIVE_OPENS.match(sentence) and (context.subject or context.anchor) and (
            not subject or not _main_subject(sentence, groups, 40)):
        # "Sa plateforme est distribuée par X, tandis que c'est Y qui…", "Ses modèles séduisent :
        # Z s'appuie sur…": a sentence about what the subject owns is still about the subject;
        # the names in its clauses are not what the next "La société" means. (Not "Sa filiale
        # X a signé…": a name right after the possessed noun is the subject.)
        context.subject = context.subject or [context.anchor]
        return _follow_models(sentence, parties, read, context)
    if context.investee and _ROUND_OPENS.match(sentence) and context.investee not in named:
        # "Le tour est mené par X, tandis que Y remet au pot. La start-up…": a sentence whose
        # subject is the round speaks of the company raising it, whoever it names.
        context.subject = [context.investee]
        context.raising = context.opening = True
        context.anchor = context.investee
        return _follow_models(sentence, parties, read, context)
    context.latter = named[-1] if named else None
    last = max((p.end for p in parties if p.kind == COMPANY and p.end), default=0)
    if named and context.topic and context.topic != named[-1] and _DESCRIBED_LAST.search(
            sentence, last):
        # "…assurée par Accenture, partenaire du groupe mutualiste. Celui-ci…": the story's
        # company, described last, is the one "celui-ci" means.
        context.latter = context.topic
    if subject:
        first = next(g for g in groups if g[0].name in subject or subject[0] in _companies(g))
        prefix = sentence[: first[0].start]
        opening = not prefix.strip(" «\"“") or bool(
            _DESCRIBED_START.match(prefix) or re.fullmatch(r"[^,;:]{0,40},\s*", prefix))
        if not opening and context.by_description:
            # "Le distributeur a signé avec X": the company the article described so.
            context.subject = [context.by_description[0]]
            context.opening = True
            context.anchor = context.subject[0]
            return _follow_models(sentence, parties, read, context)
        if not opening and context.subject and (
                _PRONOUN_OPENS.match(sentence) or _opens_on_anaphor(sentence)):
            # "Elle affronte OpenAI": the pronoun is the subject, OpenAI its object; so is
            # "L'opérateur" in "L'opérateur compte… avec sa filiale Sonatel".
            return _follow_models(sentence, parties, read, context)
        if _SPEAKS_OF_THE_STORY.match(sentence, first[-1].end) or (
                context.seen and context.seen.isdisjoint(subject)
                and _newcomer_on_story(sentence, mentions, parties, first, context)):
            # "Y Combinator, qui avait accompagné la start-up, a réinvesti": a company that names
            # the story's one by a description is not what the next "L'entreprise" stands for.
            context.subject = []
            return _follow_models(sentence, parties, read, context)
        context.subject = subject
        context.opening = opening
        funded = {f.b for f in read if f.type == INVESTMENT}
        if len(funded) == 1 and not funded & set(named) and set(subject) <= {
                f.a for f in read if f.type == INVESTMENT}:
            # "X et Y ont participé au tour. La start-up…", "Z remet au pot. Elle…": the
            # investors joining a round the sentence does not name the owner of are not what
            # the next one speaks of; the company raising it is.
            context.subject = list(funded)
            context.raising = opening = True
        if opening and len(context.subject) == 1:
            context.anchor = context.subject[0]
    elif context.by_description:
        context.subject = [context.by_description[0]]
        context.opening = True
        context.anchor = context.subject[0]
    elif not _opens_on_anaphor(sentence):
        context.subject = []
    _follow_models(sentence, parties, read, context)


_POSSESSIVE_OPENS = re.compile(r"\W*(?:Son|Sa|Ses|Leur|Leurs)\s")
# A clitic pronoun right after the subject ("AMD lui fournira des puces") and a young company of
# a trade by its noun ("racheter la legaltech bordelaise"): the story's company, unnamed.
_CLITIC_AFTER = re.compile(r"\s+(?:ne\s+|n['’]\s*)?(?:lui|leur)\s", re.IGNORECASE)
_PLURAL_AT = re.compile(r"(?:les|des|ces|aux|leurs|eux|elles)\b", re.IGNORECASE)
_TECH_NOUN = re.compile(r"\b(?:la|l['’])\s*[a-z]{2,8}tech\b(?![\s-]+[A-Z])")


def _newcomer_on_story(sentence: str, mentions: list[Mention], parties: list[_Party],
                       first: list[_Party], context: Context) -> bool:
    """Whether a sentence whose subject the article names for the first time speaks of the
    story's company without naming it: "Deutsche Telekom utilise déjà M, dans le cadre d'un
    contrat signé avec la start-up", "AMD lui fournira des puces", "X négocie pour racheter la
    legaltech". French news brings in a client, a supplier or a buyer as the subject of one
    sentence and goes on with the story's company: the next "Elle", "Le groupe" is that
    company, not the newcomer (who is named again when spoken of again)."""
    story = context.anchor or _story(context)
    if not story or any(m.canonical == story for m in mentions):
        return False
    spans = {(m.start, m.end) for m in mentions}
    end = first[-1].end
    # (a singular stand-in: "les deux start-up" are a pair, whoever it is)
    return any(p.kind == COMPANY and p.name == story and p.start >= end
               and (p.start, p.end) not in spans and not _PLURAL_AT.match(sentence, p.start)
               for p in parties) \
        or _CLITIC_AFTER.match(sentence, end) is not None \
        or _TECH_NOUN.search(sentence, end) is not None


_PRONOUN_OPENS = re.compile(r"\W*(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci)\b")
_DESCRIBED_LAST = re.compile(
    r"\b(?:du|de\s+la|de\s+l['’])\s*(?:groupe|banque|société|entreprise|start-?up|jeune\s+pousse"
    r"|opérateur|constructeur|éditeur)(?:\s+[a-zà-ÿ-]+)?\s*[.!?]?\s*$")
_SPEAKS_OF_THE_STORY = re.compile(
    r"\s*,\s*qui\s[^,;.]{0,60}?\b(?:la|le|l['’]|cette|cet|ce)\s*(?:jeune\s+pousse|start-?up"
    r"|société|entreprise|éditeur|fintech|licorne|pépite)\b")


def _compared_before(sentence: str) -> Callable[[int], bool]:
    """Whether a benchmark word comes before a position (as a search of the text before it
    finds one): the sentence is searched once, not once for each model it names."""
    first = _BENCHMARK.search(sentence)

    def before(end: int) -> bool:
        if end and (sentence[end - 1].isalnum() or sentence[end - 1] == "_"):
            # (a word cut at `end` may read as one: "tests" in "testsX")
            return _BENCHMARK.search(sentence, 0, end) is not None
        return first is not None and first.end() <= end

    return before


def _follow_models(sentence: str, parties: list[_Party], read: list[_Found],
                   context: Context) -> None:
    """The models and the funded company the next sentence can refer to."""
    subject = context.subject
    models = [p for p in parties if p.kind == MODEL]
    if models:
        # The model the sentence is about, not the ones it is compared with.
        compared = _compared_before(sentence) if len(models) > 1 else None
        main = [p.name for p in models if compared is None or not compared(p.start)]
        main = main or [models[0].name]
        # "ses modèles Qwen" after "Qwen 3.5": the version named before is the one meant.
        main = [next((m for m in context.named_models if m.startswith(name + " ")), name)
                for name in main]
        context.models = list(dict.fromkeys(main))
        context.named_models = list(dict.fromkeys([p.name for p in models]
                                                  + context.named_models))
    members = list(dict.fromkeys(n for f in read if f.type == PARTNERSHIP for n in (f.a, f.b)))
    if len(members) >= 2:
        context.last_members = members
    duo = {n for f in read if f.type != USES_MODEL and f.type != MAKES_MODEL for n in (f.a, f.b)}
    if len(duo) == 2:
        first, second = sorted(duo)
        context.last_duo = (first, second)
    context.purchase = next(((f.a, f.b) for f in read if f.type == ACQUISITION), None)
    for f in read:
        if f.type == INVESTMENT:
            context.investee = f.b
            context.investors.add(f.a)
        if f.type in (PARTNERSHIP, RIVALRY, INVESTMENT, ACQUISITION):
            context.last_pair = (f.a, f.b)
        if f.type in (PARTNERSHIP, RIVALRY) or (f.type == ACQUISITION and f.status == STATED):
            # (a purchase made, the buyer and the company bought are "les deux enseignes"
            # acting together: "…a finalisé le rachat d'Y. Les deux enseignes entendent faire
            # front commun face à Z")
            context.last_peers = (f.a, f.b)
            context.peers_rivals = f.type == RIVALRY
            context.peers_bought = f.type == ACQUISITION
    if subject and not any(f.type == INVESTMENT for f in read) and (
            "lev" in sentence or "lèv" in sentence or "tour" in sentence or "série" in sentence) \
            and _FUNDING.search(sentence) and not _LEADS_ROUND.search(sentence):
        context.investee = subject[0]


_COMMA_NEXT = re.compile(r"\s*,")
# Examples announced before a list: "des concurrents comme X, Y ou Z", "tels que X et Y".
_ENUMERATED = re.compile(r"\b(?:comme|tel(?:le)?s?\s+que|notamment|dont)\b", re.IGNORECASE)
# The last member of a list: ", et X", " ou l'américain X".
_LAST_MEMBER = re.compile(
    r"\s*,?\s*(?:et|ou)\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
_WHO_LEADS = re.compile(r"\bqui\s+(?:\w+ment\s+|aussi\s+)?$", re.IGNORECASE)
# More investors joining the round just led: ", à laquelle participeraient aussi Y et Z".
_JOINED_ROUND = re.compile(r"\s*,\s*(?:auquel|à\s+laquelle)\s+(?:\w+\s+){0,3}?(?:particip|contribu"
                           r"|s['’]\w+\s+joint|se\s+\w+\s+joint)\w*(?:\s+(?:\w+ment|aussi))?\s+"
                           r"(?:les?\s+|la\s+|l['’]|des\s+)?(?:[a-zà-ÿ-]+\s+){0,2}", re.IGNORECASE)
# The subject leads or joins a round ("Le néerlandais a mené la série C de la start-up"): an
# investor, not the company raising.
_LEADS_ROUND = re.compile(
    r"\b(?:(?:(?:co-?)?m[eè]n|dirig|pilot|condui|particip|abond|souscri)\w*"
    r"|pris\s+la\s+tête\s+d['’]\w*)\s+(?:\w+ment\s+|aussi\s+)?"
    r"(?:à\s+|au\s+)?(?:le|la|l['’]|ce|cette|un|une)?\s*(?:tour|levée|série|opération|financement)\b",
    re.IGNORECASE)


def _made_by_makers(text: str, mentions: Sequence[Mention], found: list[Relation],
                    spans: list[tuple[int, int, int]]) -> list[Relation]:
    """A model the gazetteer knows the maker of, in an article that names that maker too:
    makes_model, with the sentence that names both (else the model's first sentence).
    A model named only after a benchmark word ("surpasse GPT-4o") gets no maker from this."""
    companies = {m.canonical for m in mentions if m.kind == COMPANY}
    if not companies:
        return []
    known = {r.key for r in found}
    starts = [s for _, s, _ in spans]
    # Per model: (its sentences, whether any mention is outside a benchmark comparison).
    models: dict[str, tuple[list[int], bool]] = {}
    makers_in: dict[int, set[str]] = {}
    compared: dict[int, int] = {}  # sentence -> where its first benchmark word is
    for m in mentions:
        at = bisect.bisect_right(starts, m.start) - 1
        if at < 0 or m.start >= spans[at][2]:
            continue
        if m.kind == COMPANY:
            makers_in.setdefault(at, set()).add(m.canonical)
            continue
        name = party_name(m)
        where, plain = models.setdefault(name, ([], False))
        where.append(at)
        if not plain:
            if at not in compared:
                s, e = spans[at][1], spans[at][2]
                lower = text[s:e].lower()
                match = _BENCHMARK_L.search(lower) if len(lower) == e - s \
                    else _BENCHMARK.search(text[s:e])
                compared[at] = s + match.start() if match else len(text)
            if compared[at] >= m.start:
                models[name] = (where, True)
    out: list[Relation] = []
    evidences: dict[tuple[int, int], str] = {}
    for model, (where, plain) in models.items():
        maker = maker_of(model)
        if maker is None or maker not in companies or (MAKES_MODEL, maker, model) in known:
            continue
        both = [at for at in where if maker in makers_in.get(at, ())]
        if not plain and not both:
            continue  # named only in a benchmark comparison
        index, s, e = spans[both[0] if both else where[0]]
        if (s, e) not in evidences:  # (once per sentence: one naming hundreds of models)
            evidences[s, e] = evidence_text(text[s:e])
        out.append(Relation(MAKES_MODEL, maker, model, STATED, index, s, e, evidences[s, e]))
    return out


def _by_group(relations: list[Relation]) -> list[Relation]:
    """The relations with each company under the name the map gives it (coref.group_name):
    read after the rules, so that "Google Cloud" alone does not make Google a maker of Gemini."""
    out: list[Relation] = []
    renamed = False
    for r in relations:
        a, b = coref.group_name(r.a), coref.group_name(r.b)
        if (a, b) != (r.a, r.b):
            renamed = True
            if a == b:
                continue
            if r.type in (PARTNERSHIP, RIVALRY) and b < a:
                a, b = b, a
            # ("un accord avec Google Cloud pour proposer Gemini": under its group's name the
            # user is the model's maker, and a company's own model is made, not used, whatever
            # the talks are: as in read_sentence, the model's maker is what the sentence knows)
            if r.type == USES_MODEL and maker_of(b) == a:
                r = replace(r, type=MAKES_MODEL, status=STATED if r.status in (TALKS, RUMORED)
                            else r.status)
            r = replace(r, a=a, b=b)
        out.append(r)
    return one_per_key(out) if renamed else out


def one_per_key(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (type, a, b): the first sentence that states it, with the article's
    status: an end said anywhere wins, then a plain statement over talks and rumours."""
    seen: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        first = seen.setdefault(r.key, r)
        if _STATUS_WEIGHT[r.status] > _STATUS_WEIGHT[first.status]:
            seen[r.key] = replace(first, status=r.status)
    return list(seen.values())


_STATUS_WEIGHT = {RUMORED: 0, TALKS: 1, STATED: 2, ENDED: 3}


# ---- the cache


def _gazetteer_stamp() -> str:
    from reader.catalog import gazetteer_stamp
    from reader.relations_classifier import WEIGHTS

    # Relations are read from the mentions the engine finds: a new engine or gazetteer means
    # new relations. So do other classifier weights, or weights unreadable then readable again:
    # the rules-only relations cached meanwhile must not outlive the repair.
    try:
        weights = hashlib.blake2b(WEIGHTS.read_bytes(), digest_size=8).hexdigest()
    except OSError:
        weights = "unreadable"
    return hashlib.blake2b(f"{VERSION}|{gazetteer_stamp()}|{weights}".encode(),
                           digest_size=8).hexdigest()


class RelationCache:
    """Relations per article content, in one JSON file under the cache dir.

    Stamped with VERSION, the mention engine's version, the gazetteer files' sizes and times and
    the classifier weights' content: a new extractor, a new engine, a changed gazetteer or other
    weights start the cache afresh. A damaged file
    is ignored (and rewritten).
    """

    MAX_ENTRIES = 50_000

    def __init__(self, path: Path | None = None) -> None:
        from reader import paths

        self.path = path or paths.cache_dir() / f"relations-v{VERSION}.json"
        self._entries: dict[str, list[list]] = {}
        self._used: set[str] = set()
        self._dirty = False
        self._stamp = _gazetteer_stamp()
        self.hits = 0

    def load(self) -> RelationCache:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return self
        if isinstance(data, dict) and data.get("stamp") == self._stamp \
                and isinstance(data.get("articles"), dict):
            self._entries = data["articles"]
        return self

    def get(self, article: Article) -> list[Relation] | None:
        rows = self._entries.get(article.digest)
        if not isinstance(rows, list):
            return None
        try:
            relations = [Relation(*row) for row in rows]
        except TypeError:
            return None
        for r in relations:
            if not (isinstance(r.start, int) and isinstance(r.end, int)
                    and 0 <= r.start <= r.end <= len(article.text)):
                return None
        self._used.add(article.digest)
        self.hits += 1
        return relations

    def put(self, article: Article, relations: list[Relation]) -> None:
        self._entries[article.digest] = [list(asdict(r).values()) for r in relations]
        self._used.add(article.digest)
        self._dirty = True

    def save(self) -> bool:
        if not self._dirty:
            return True
        from reader.fileio import write_atomic

        entries = self._entries
        if len(entries) > self.MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        payload = json.dumps({"stamp": self._stamp, "articles": entries},
                             ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, payload, prefix=".relations-", sync=False)
        except OSError:
            return False
        self._dirty = False
        return True


def relations_for(article: Article, cache: RelationCache | None = None,
                  matcher: Matcher | None = None) -> list[Relation]:
    """An article's relations, from the cache when its content was read before."""
    if cache is not None:
        cached = cache.get(article)
        if cached is not None:
            return cached
    relations = article_relations(article, matcher)
    if cache is not None:
        cache.put(article, relations)
    return relations


# ---- the map of a library


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence that states a relation, in one article."""

    article: Article
    relation: Relation


@dataclass
class Edge:
    """One (type, a, b) across the library, with every sentence that states it."""

    type: str
    a: str
    b: str
    evidence: list[Evidence]

    @property
    def articles(self) -> list[Article]:
        return list(dict.fromkeys(e.article for e in self.evidence))

    @property
    def latest(self) -> str | None:
        """The latest date among the articles' front matter, or None."""
        dates = [d for d in (article_date(a) for a in self.articles) if d]
        return max(dates) if dates else None

    @property
    def status(self) -> str:
        """What the latest article says; without dates, what most articles say."""
        dated = [(article_date(e.article) or "", i, e.relation.status)
                 for i, e in enumerate(self.evidence)]
        if any(d for d, _, _ in dated):
            return max(dated, key=lambda t: (t[0], -t[1]))[2]
        counts = {s: 0 for s in STATUSES}
        for _, _, status in dated:
            counts[status] += 1
        return max(STATUSES, key=lambda s: (counts[s], -STATUSES.index(s)))

    def other(self, name: str) -> str:
        return self.b if self.a == name else self.a


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_date(article: Article) -> str | None:
    """The article's date from its front matter (date, published, updated), as YYYY-MM-DD."""
    for field_name in ("date", "published", "pubdate", "updated"):
        value = article.meta.get(field_name, "")
        match = _DATE.search(value)
        if match:
            return match.group()
    return None


@dataclass
class RelationMap:
    """Every relation of a set of articles, by (type, a, b) and by company."""

    edges: list[Edge]

    def companies(self) -> list[tuple[str, int]]:
        """Parties ranked by how many relations they are in (then by name)."""
        counts: dict[str, int] = {}
        for edge in self.edges:
            for name in {edge.a, edge.b}:
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))

    def of(self, name: str) -> list[Edge]:
        """The relations of one party, the best attested first."""
        mine = [e for e in self.edges if name in (e.a, e.b)]
        return sorted(mine, key=lambda e: (-len(e.articles), TYPES.index(e.type),
                                           e.other(name).casefold()))


def build_map(found: Iterable[tuple[Article, list[Relation]]]) -> RelationMap:
    """Gather each article's relations into edges, in the order the articles come."""
    edges: dict[tuple[str, str, str], Edge] = {}
    for article, relations in found:
        for r in relations:
            edge = edges.get(r.key)
            if edge is None:
                edge = edges[r.key] = Edge(r.type, r.a, r.b, [])
            edge.evidence.append(Evidence(article, r))
    for edge in edges.values():
        # The sentences that say what the map says come first: a "stated" deal is not backed
        # first by a sentence about talks (a stable sort keeps the articles' order otherwise).
        status = edge.status
        edge.evidence.sort(key=lambda e: e.relation.status != status)
    return RelationMap(list(edges.values()))

