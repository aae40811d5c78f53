"""Companies the gazetteer does not know, found by the words that introduce them.

A capitalised name right after words that only introduce a business ("la start-up X", "le
patron de X", "X, la maison mère de", "a racheté X") is a company even when it is not listed.
"""

from __future__ import annotations

import bisect
import re

from reader.entities.base import COMPANY, MODEL, Mention
from reader.entities.lexicon import FIRST_NAMES, word_set
from reader.entities.patterns import WordLed, is_word, trie, trie_regex
from reader.entities.rules import apposed, at_sentence_start
from reader.entities.shapes import NOT_NAMES, PERSON_BEFORE, SOURCE_BEFORE

_NAME = (
    # ("Run:ai": a colon glued inside the name; French sets a colon apart with a space)
    r"(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\.[\w&-]+)*(?::[a-z]\w*)?\+?|\d+[A-Za-z][\w-]*)"
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ&][\w&-]*(?:\.[\w&-]+)*){0,2}"
)
_NAME_AT = re.compile(_NAME)
# (after an elision too: "tandis qu'Allegro, le géant local")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“])|(?<=\b[dlDL]['’])|(?<=\b[qQ]u['’]))("
                          + _NAME + r")[ \t]*$")
_FUNCTION = word_set(
    "de du des d la le les l en à au aux et ou qui que dont a est sur pour par avec comme dans "
    "chez ses son sa leur leurs un une ce cet cette"
)
# Cue words: nouns that introduce a business (after a determiner), roles followed by "de X",
# verbs followed by "X", and appositions after a name ("X, la maison mère de ...").
_CUE_WORDS = {
    **dict.fromkeys(
        ["jeune pousse", "start-up", "startup", "société", "entreprise", "groupe", "firme",
         "fabricant", "constructeur", "éditeur", "licorne", "pépite", "opérateur",
         "équipementier", "fonds", "spécialiste", "banque", "assureur", "compagnie",
         "sa filiale", "leur filiale",
         # ("sa propre filiale X": a subsidiary, however the text insists it is its own)
         "sa propre filiale", "leur propre filiale", "conglomérat",
         # (opening the sentence: "Sa filiale télécoms, X, intègre")
         "Sa filiale", "Leur filiale", "Sa propre filiale", "Leur propre filiale",
         "fonds souverain", "concurrent",
         # (a rival named in the feminine: "sa grande rivale régionale, X,")
         "rival", "rivale", "concurrente", "compatriote", "biotech", "fintech", "medtech",
         "healthtech", "edtech",
         "legaltech", "insurtech", "scale-up", "coentreprise", "sa coentreprise",
         "leur coentreprise", "promoteur", "distributeur", "transporteur", "chaîne hôtelière",
         "fonds d'investissement", "fonds de capital-risque", "gestionnaire d'actifs",
         "sous-traitant", "cabinet d'avocats", "cabinet de conseil", "énergéticien",
         # (an electricity company, as "énergéticien": "l'électricien public norvégien X")
         "électricien",
         "pétrolier", "néobanque", "foodtech", "agritech", "cleantech", "deeptech", "proptech",
         "regtech", "épicier", "armateur", "sidérurgiste", "chimiste", "câblo-opérateur",
         "hébergeur", "intégrateur", "courtier", "réassureur", "mutuelle", "motoriste",
         "avionneur", "brasseur", "voyagiste", "gestionnaire portuaire", "chaîne de magasins",
         "chaîne hôtelière", "géant", "industriel", "laboratoire pharmaceutique", "chaîne",
         "enseigne", "maison d'édition", "maison d’édition", "concepteur", "logisticien",
         "studio", "legal-tech", "fin-tech", "med-tech", "health-tech", "ed-tech",
         # (trades named with what they supply or serve: "le fournisseur de cloud américain
         # X", "le prestataire lituanien de collecte de données X", "l'agence publicitaire
         # brésilienne X", "le laboratoire suisse X", "le réseau de cliniques X"; not a news
         # agency nor a social network, which are sources and products)
         "fournisseur", "prestataire", "laboratoire", "réseau de cliniques",
         "réseau d'hôpitaux", "réseau de magasins", "réseau de pharmacies", "agence publicitaire",
         "agence de publicité", "agence photo", "agence de communication",
         "agence de marketing", "agence immobilière", "agence de notation",
         # (trades that are only ever businesses: "l'ESN nantaise X", "le néocloud X", "la
         # fonderie lorraine X", "la coopérative X", "la maison de cognac X")
         "ESN", "SSII", "néocloud", "fonderie", "coopérative", "cimentier", "verrerie",
         "papeterie", "imprimerie", "maison de champagne", "maison de cognac",
         "maison de couture", "maison de luxe", "cabinet d'expertise comptable",
         "producteur d'électricité", "producteur d'énergie",
         # (who buys and sells goods on: "l'intermédiaire singapourien X", "le revendeur X")
         "intermédiaire", "revendeur", "grossiste", "importateur", "exportateur",
         # (who assembles devices for a brand: "l'assembleur taïwanais X")
         "assembleur"],
        "noun"),
    **dict.fromkeys(
        ["PDG", "pdg", "CEO", "patron", "patronne", "fondateur", "fondatrice", "cofondateur",
         "cofondatrice", "co-fondateur", "co-fondatrice", "directeur général",
         "directrice générale", "maison mère", "filiale", "rachat", "acquisition",
         "valorisation", "levée de fonds", "introduction en Bourse", "anciens", "ancien",
         "tour de table", "capital",
         "ancienne", "anciennes", "anciens ingénieurs", "anciens salariés", "anciens cadres",
         "anciens employés", "anciens chercheurs", "ex-salariés", "ex-ingénieurs",
         "actionnaires", "propriétaire"], "role"),
    **dict.fromkeys(["rachète", "racheter", "racheté", "acquiert", "acquérir",
                     # (a buyer takes it over: "Novartis met la main sur X", "s'offre X")
                     "met la main sur", "mis la main sur", "mettre la main sur", "s'offre",
                     "s’offre", "s'est offert", "s’est offert",
                     # (a merger in which one absorbs the other: "Talentis absorbe X")
                     "absorbe", "absorber", "absorbé"], "verb"),
}
_APPOSITION_CUE = re.compile(
    r",(?=[ \t]*(?:(?:la|le|sa|son|leur|une|un)[ \t]+|l['’])?"
    r"(?:(?:premier|première|deuxième|second|seconde|grand|grande|petit|petite|jeune|nouveau|"
    r"nouvelle|autre|ancien|ancienne|principal|principale|troisième|quatrième|cinquième|"
    # ("Sabre, son éternel rival américain", "X, son vieux concurrent")
    r"éternel|éternelle|vieux|vieil|vieille|proche|discret|discrète)"
    r"[ \t]+)?(?:maison[ \t]+mère|filiale|"
    r"start-?up|scale-?up|société|entreprise|jeune[ \t]+pousse|pépite|licorne|"
    # (a young business named by its field: "fintech", "agtech", "legaltech", "adtech")
    r"[a-z]{2,8}-?tech|"
    r"néobanque|coentreprise|branche[ \t]+d['’]investissement|géant|énergéticien|électricien|"
    r"pétrolier|"
    r"entité|(?:bras|véhicule)[ \t]+d['’]investissement|bras[ \t]+armé|fonds|division|"
    r"assureur|banque|groupe|fabricant|constructeur|équipementier|opérateur|laboratoire|"
    r"éditeur|éditrice|fournisseur|studio|enseigne|distributeur|intégrateur|prestataire|"
    r"hébergeur|"
    # (nouns that could call a person so as well)
    # ("X, fleuron argentin des services numériques": a flagship of an industry, or of a
    # country's sport, hence the test of who it is; "l'A380, fleuron d'Airbus" is a product)
    r"(?P<who>spécialiste|concepteur|conceptrice|pionnier|champion|rival|rivale|concurrent|"
    r"fleuron(?![ \t]+(?:de|du|des)[ \t]+[A-ZÀ-ÖØ-Þ]|[ \t]+d['’][ \t]*[A-ZÀ-ÖØ-Þ])|"
    # ("X, leader mondial du secteur": a market's leader; a party's leader is a person, hence
    # the test of who it is)
    r"leader|"
    # ("X, la branche cloud du distributeur": a business unit)
    r"concurrente|branche))\b"
    # (not a new clause that names its subject: "Selon X, la banque KB Kookmin intégrera")
    r"(?![ \t]+(?:(?!d[eu]s?[ \t])[a-zà-öø-ÿ-]+[ \t]+)?[A-ZÀ-ÖØ-Þ]))"
    # "Luxshare, l'un des assembleurs attitrés de l'iPhone": one of several businesses of a
    # trade (a person could be one of the specialists or leaders: the test of who it is)
    r"|,(?=[ \t]*(?P<many>(?:l['’]une?|un|une)[ \t]+des[ \t]+(?:(?:principaux|principales|"
    r"grands|grandes|premiers|premières|plus[ \t]+grands|plus[ \t]+grandes)[ \t]+)?"
    r"(?:start-?ups|sociétés|entreprises|jeunes[ \t]+pousses|pépites|licornes|groupes|"
    r"fabricants|constructeurs|équipementiers|opérateurs|assureurs|banques|éditeurs|"
    r"fournisseurs|assembleurs|sous-traitants|distributeurs|laboratoires|géants|fonds|"
    r"spécialistes|leaders|champions)\b))"
    # "un outil d'Amadeus, dont elle reste cliente": whose client one is is a business (a
    # person has clients too: the test of who it is).
    r"|,(?=[ \t]*(?P<client>dont[ \t]+(?:il|elle|ils|elles)[ \t]+(?:est|reste|était|restait|"
    r"sont|restent|étaient|demeure|est[ \t]+devenue?)[ \t]+(?:(?:aussi|également|toujours|"
    r"encore|déjà)[ \t]+)?(?:client|cliente|clients|clientes)\b))"
    # "vLex, que détenait jusque-là le fonds Oakley Capital": what is held or controlled is a
    # business.
    r"|,(?=[ \t]*qu(?:e[ \t]+|['’])(?:détenait|détient|détenaient|détiennent|contrôlait|"
    r"contrôle|contrôlaient|possédait|possède)\b)"
    # "Corti, dont le modèle": who owns a model or a platform is a business.
    r"|,(?=[ \t]*dont[ \t]+(?:le|la|les|l['’])[ \t]*(?:modèle|modèles|assistant|agent|plateforme|"
    # ("Khan Academy, dont le tuteur", "X, dont l'outil de tri"; not "dont le moteur", which
    # follows a place too: "la start-up de San Francisco, dont le moteur de réponses")
    r"application|chatbot|logiciel|tuteur|outil|outils)\b)"
    # "Waabi, fondée par", "Gnani.ai, basée à": what is founded, based or valued is a business.
    # (several of them: "Run:ai et Deci, rachetées en 2024")
    r"|,(?=[ \t]*(?:fondée?|cofondée?|basée?|installée?|spécialisée?|valorisée?|cotée?|"
    r"détenue?|rachetée?|absorbée?|acquise?)s?[ \t]+(?:par|à|dans|en)\b|[ \t]*cotée?[ \t]+sur\b"
    # "Corvalis, entré au capital en 2021,": who entered a business's capital is an investor.
    r"|[ \t]*(?:déjà[ \t]+)?entrée?s?[ \t]+au[ \t]+capital\b)"
    # "Domyn, l'ex-Lumen,": a business under its former name (a person is "l'ancien").
    r"|,(?=[ \t]*(?:l['’])?ex-[A-ZÀ-ÖØ-Þa-z][\w.-]*[ \t]*[,)])"
)
# The former name itself: "l'ex-Lumen".
_FORMER_NAME = re.compile(r",[ \t]*(?:l['’])?ex-([A-ZÀ-ÖØ-Þ][\w.-]*|[a-z]+[A-ZÀ-ÖØ-Þ][\w.-]*)"
                          r"(?=[ \t]*[,)])")
# What a name of no business follows: "le supercalculateur LUMI", "le programme X".
_NOT_A_BUSINESS_BEFORE = re.compile(
    r"(?:supercalculateur|superordinateur|calculateur|programme|projet|salon|satellite|campus|"
    r"centre|stade|musée|festival|concours|plan|"
    # (a street: "le groupe du boulevard Haussmann", "la banque de la rue Laffitte")
    r"boulevard|rue|avenue|quai|place|cours|allée|faubourg|esplanade)[ \t]+$")
# "la filiale de VTC et de livraison": coordinated with a common noun, a common noun.
_AND_COMMON_NOUN = re.compile(r"[ \t]+et[ \t]+(?:de|d['’]|du|des)[ \t]*[a-zà-öø-ÿ]")
# (a name after it in the same sentence, as every cue word needs: most never have one)
_WORD_CUE = WordLed("(?P<word>" + trie_regex(trie(_CUE_WORDS)) + ")"
                    r"(?=[^.;:!?\n]{0,80}?[A-ZÀ-ÖØ-Þ0-9])")
_CLOSED_APPOSITION = re.compile(r",[ \t]+")
_APPOSITION_CLOSE = re.compile(r"[ \t]*,[ \t]+[a-zà-öø-ÿ]")
_VERSION_TAIL = re.compile(r"[ \t]+v?\d{1,2}(?:\.\d{1,2})?(?![\w.])")
_ROLE_TAIL = re.compile(r"[ \t]+(?:de[ \t]+|d['’])")
_VERB_TAIL = re.compile(r"[ \t]+")
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:[Ll]a|[Ll]e|[Ll]['’]|[Uu]ne|[Uu]n|[Cc]ette|[Cc]e|"
                                r"[Ss]a|[Ss]on|[Dd]u|[Aa]u)[ \t]*"
                                # ("le premier groupe de cliniques X", "le grand assureur X")
                                r"(?:(?:premier|première|deuxième|troisième|second|seconde|"
                                r"grand|grande|petit|petite|principal|principale)[ \t]+)?$")
# "de puces", "d'avocats", "des services informatiques"
_COMPLEMENT = re.compile(r"[ \t]+(?:des|du|de|d['’])[ \t]*[a-zà-öø-ÿ][a-zà-öø-ÿ-]*"
                         r"(?:[ \t]+[a-zà-öø-ÿ-]+(?:iques?|aux|ales?|els?|elles?|aires?))?"
                         r"(?=[ \t,])")
_LABELLED = word_set("qualifié qualifiée certifié certifiée labellisé labellisée homologué "
                     "homologuée agréé agréée")
_PRODUCT_COMPLEMENT = re.compile(
    r"[ \t]+(?:du|de[ \t]+l['’]|d['’])[ \t]*(?:modèle|assistant|agent|chatbot|logiciel|application)"
    r"(?![\w-])")
_OF_PLACE = re.compile(r"[ \t]+(?:de|du|d['’])[ \t]*([A-ZÀ-ÖØ-Þ][\w-]*)(?=[ \t]+[A-ZÀ-ÖØ-Þ0-9])")
_ADJECTIVE = re.compile(r"[ \t]+([a-zà-öø-ÿ][a-zà-öø-ÿ-]*)")
# "Avec la série Galaxy S25, le constructeur...": a name inside the phrase a preposition opens
# a sentence with is not the subject the apposition describes.
_PHRASE_BEFORE = re.compile(
    r"(?:^|[.!?;:»\n][ \t]*)(?:Avec|Pour|Sur|Depuis|Après|Avant|Sans|Via|Grâce[ \t]+à)"
    r"[ \t]+(?:(?:la|le|les|sa|son|ses|leur|leurs|une?|des|ce|cette)[ \t]+|l['’])?"
    r"(?:[a-zà-öø-ÿ-]+[ \t]+)?$"
)
# "confié la détection de fraude à X, un spécialiste portugais": mid-sentence, after a word
# in small letters, "à" gives a party a thing is entrusted or sold to, which an indefinite
# apposition then describes (a place would be "à Lyon, la ville de"; a sentence opening on a
# place, "À Lyon, une start-up", has no word before "à").
_PARTY_AFTER_A = re.compile(r"[a-zà-öø-ÿ]{3,}[ \t]+à[ \t]+$")
# (not a definite one, which opens the next clause's subject: "Installée à Sophia Antipolis,
# la start-up X lance")
_INDEFINITE_APPOSITION = re.compile(
    r",[ \t]*(?:une?[ \t]+|(?!(?:la|le|les)[ \t]|l['’])(?=[a-zà-öø-ÿ]))")
_PLACE_PREP_BEFORE = re.compile(r"(?:^|\W)(?:[EeÀà]n|[Aa]ux?|à|À|Dans|[Ss]elon)[ \t]+$")
# Capitalised words that begin sentences or name places, never a business on their own.
_NOT_COMPANIES = word_set(
    "Le La Les L Un Une Des De Du Il Elle Ils Elles Ce Cet Cette Ces Son Sa Ses Leur Leurs Selon "
    "Pour Mais Et En Au Aux À Dans Sur Par Avec Si Quant Alors Chine France Europe Allemagne "
    "Japon Inde Corée Taïwan Paris Londres Pékin Washington Bruxelles Californie États-Unis "
    "Royaume-Uni Valley Kong Israël Russie Canada Italie Espagne Suisse Bercy "
    "Matignon Élysée IA AI LLM GPU The A An Depuis Ensuite Enfin Puis Ainsi Aujourd'hui "
    "Aujourd’hui Hier Demain Pourtant Toutefois Cependant Néanmoins Désormais Parallèlement Bref "
    "Certes Outre Or Donc Également Côté Ici Là Aussi Surtout Notamment Entre-temps Finalement "
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin "
    "Juillet Août Septembre Octobre Novembre Décembre Oui Non Résultat Bien Autrement Sinon"
)


_OPENING_WORDS = word_set("Seul Seule Seuls Seules")


# Places of two words; one of their words alone ("Silicon" in "Nuri Silicon") may be a name's.
_PLACES_OF_TWO_WORDS = ("Silicon Valley", "Hong Kong", "Wall Street", "Tel Aviv", "Abou Dhabi")


def _clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a guessed name to its capitalised words that are not sentence words or places."""
    if text.startswith(_PLACES_OF_TWO_WORDS, start):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    # An article and a word in small letters open no name: "L'américain Tessera Compute".
    while len(words) > 1 and re.fullmatch(r"[LDlds]['’][a-zà-öø-ÿ-]+,?", words[0].group()):
        start += words[1].start()
        words = list(re.finditer(r"\S+", text[start:end]))
    # A word that opens the sentence before the name: "Seule TelcoMind, une start-up".
    while len(words) > 1 and words[0].group() in _OPENING_WORDS:
        start += words[1].start()
        words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().rstrip(".'’-") in _NOT_COMPANIES:
        words.pop()
    if len(words) == 1 and re.fullmatch(r"[LDld]['’][a-zà-öø-ÿ-]+,?", words[0].group()):
        return None  # an elided article and a common noun: "L'action, que détient X"
    if not words or words[0].group() in _NOT_COMPANIES or (
            len(words) == 1 and words[0].group() in NOT_NAMES):
        return None
    last = words[-1]
    stop = start + last.start() + len(last.group().rstrip(".'’-"))
    if stop <= start or not text[start].isalnum():
        return None
    return start, stop




_FIRST_AND_LAST = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
                             r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)+")


# Last words of a business's name, never of a person's: "Kestrel Silicon, un concepteur de".
_BUSINESS_LAST_WORDS = word_set(
    "Silicon Labs Lab Systems Robotics Compute Computing Technologies Technology Semiconductor "
    "Semiconductors "
    "Software Networks Dynamics Therapeutics Analytics Cloud Data Digital Health Energy "
    "Mobility Security Studios Games Media Solutions Industries Electronics Motors "
    # (French trade tails no surname takes: "Ramsay Santé", "Vivalto Santé", "Indigo Médias")
    "Santé Médias Finance Conseil Assurances Énergie Industrie Technologies"
)


def _person_like(text: str, start: int, end: int, known_first: bool = False) -> bool:
    """A name an apposition such as "spécialiste de" could also give a person: a first name and
    a surname ("Marie Dupont"), or a word the text writes after a first name.

    `known_first`: two capitalised words make a person's name only when the first is a first
    name the lexicon knows ("sa grande rivale régionale, Cathay Pacific, aurait": a business
    the text describes before naming it; "son rival, Sam Altman,": a person)."""
    name = text[start:end]
    if name.split()[-1] in _BUSINESS_LAST_WORDS:
        return False
    if _FIRST_AND_LAST.fullmatch(name):
        return not known_first or name.split()[0] in FIRST_NAMES
    return re.search(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[ \t]+" + re.escape(name) + r"\b",
                     text[max(0, start - 3000) : start]) is not None


def unknown_companies(text: str, taken: list[tuple[int, int]],
                      businesses: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Companies named in a clear company context but absent from the gazetteer.

    `taken`: sorted, disjoint spans already named; guesses never overlap them, except that a
    guess may lengthen a business named there (`businesses`, among `taken`): "l'opérateur LG
    Uplus", "Hanwha Vision, filiale de", "la start-up Érable Cognition" where the gazetteer
    knows LG, Hanwha and Cognition.
    """
    found: list[Mention] = []
    starts = [s for s, _ in taken]
    ends = [e for _, e in taken]
    # Cue words and appositions in text order: (where, the word or None, the match).
    cues = sorted([(m.start(), None, m) for m in _APPOSITION_CUE.finditer(text)]
                  + [(m.start("word"), m.group("word"), m) for m in _WORD_CUE.finditer(text)],
                  key=lambda cue: cue[0])
    for at, word, cue in cues:
        if word is None:
            sense, word = "apposition", ","
        else:
            sense = _CUE_WORDS.get(" ".join(word.split()))
        span: tuple[int, int] | None = None
        if sense == "noun":
            own = word.lower().startswith(("sa ", "leur "))  # "sa filiale X": its determiner
            if not own and not _DETERMINER_BEFORE.search(text, max(0, at - 24), at):
                continue
            pos = cue.end()
            product = False
            # "la start-up parisienne X", "le fabricant de puces X", "le concepteur sud-coréen
            # de puces d'inférence X"
            for _ in range(3):
                place = _OF_PLACE.match(text, pos)  # "le fonds souverain de Singapour GIC"
                if place and place.group(1) in NOT_NAMES:
                    pos = place.end()
                    continue
                complement = _COMPLEMENT.match(text, pos)
                if complement:
                    pos = complement.end()
                    # "l'éditeur lyonnais du modèle X": X is the model, not its maker
                    product = bool(_PRODUCT_COMPLEMENT.match(complement.group()))
                    if product:
                        break
                    continue
                adjective = _ADJECTIVE.match(text, pos)
                if not adjective or adjective.group(1) in _FUNCTION:
                    break
                pos = adjective.end()
                # "l'hébergeur qualifié SecNumCloud X": the name after is the label it holds
                product = adjective.group(1) in _LABELLED
                if product:
                    break
            if product:
                continue
            space = _VERB_TAIL.match(text, pos)
            name = _NAME_AT.match(text, space.end()) if space else None
            if name is None:
                # The trade put before the name as a closed apposition: "le premier groupe de
                # cliniques privées français, Elsan, a retenu" (the closing comma tells it from
                # a clause that goes on: "le groupe français, Orange et Free...").
                closed = _CLOSED_APPOSITION.match(text, pos)
                name = _NAME_AT.match(text, closed.end()) if closed else None
                if name and (not _APPOSITION_CLOSE.match(text, name.end())
                             or _person_like(text, *name.span(), known_first=True)):
                    name = None
            span = name.span() if name else None
        elif sense in ("role", "verb"):
            tail = (_ROLE_TAIL if sense == "role" else _VERB_TAIL).match(text, cue.end())
            name = _NAME_AT.match(text, tail.end()) if tail else None
            span = name.span() if name else None
        elif sense == "apposition":
            before = _NAME_BEFORE.search(text, max(0, at - 60), at)
            if before and not (_PLACE_PREP_BEFORE.search(
                text, max(0, before.start(1) - 8), before.start(1)
            ) and not (_PARTY_AFTER_A.search(text, max(0, before.start(1) - 30),
                                             before.start(1))
                       and _INDEFINITE_APPOSITION.match(text, at))
            ) and not _PHRASE_BEFORE.search(
                text, max(0, before.start(1) - 40), before.start(1)
            ) and not ((cue.group("who") or cue.group("many") or cue.group("client"))
                       and _person_like(text, *before.span(1))
                       ) and not PERSON_BEFORE.search(  # "Fondée par Anne Morel, la société"
                text, max(0, before.start(1) - 60), before.start(1)
            ) and not SOURCE_BEFORE.search(  # "Selon le site X, l'éditeur serait"
                text, max(0, before.start(1) - 40), before.start(1)):
                span = before.span(1)
        if span is None or (span[0] and is_word(text[span[0] - 1])):
            continue
        span = _clean_name(text, *span)
        # A name the text calls a product, a model or a person is not a business.
        # ("KT, déjà client" after "l'opérateur" is still the operator.)
        refused = (MODEL, "product") if sense == "noun" else (MODEL, "product", "person")
        # (past a version, too: "Orvane Speech v2, le modèle")
        version = _VERSION_TAIL.match(text, span[1]) if span else None
        if span is None or apposed(text, version.end() if version else span[1]) in refused:
            continue
        if _AND_COMMON_NOUN.match(text, span[1]) or _NOT_A_BUSINESS_BEFORE.search(
                text, max(0, span[0] - 20), span[0]):
            continue
        start, end = span
        if (start, end) in businesses:
            continue  # a business found by name: it keeps its canonical name ("Codeium": Windsurf)
        i = bisect.bisect_left(starts, end)
        if i > 0 and ends[i - 1] > start:
            j = bisect.bisect_left(starts, start)
            inside = list(zip(starts[j:i], ends[j:i], strict=True))
            if not (inside and inside[0][0] >= start and (j == 0 or ends[j - 1] <= start)
                    and all(e <= end and (s, e) in businesses for s, e in inside)
                    # (words of a name before it, not "L'opérateur Free", "Comme Apple")
                    and not any(a in text[start : inside[0][0]] for a in "'’")
                    and not any(w in NOT_NAMES or w in _NOT_COMPANIES
                                for w in text[start : inside[0][0]].split())
                    and (inside[0][0] == start or not at_sentence_start(text, start))):
                continue
            del starts[j:i], ends[j:i]
            i = j
        starts.insert(i, start)
        ends.insert(i, end)
        found.append(Mention(start, end, COMPANY, " ".join(text[start:end].split()),
                             text[start:end]))
    for former in _FORMER_NAME.finditer(text):
        start, end = former.span(1)
        i = bisect.bisect_left(starts, end)
        if i == 0 or ends[i - 1] <= start:
            starts.insert(i, start)
            ends.insert(i, end)
            found.append(Mention(start, end, COMPANY, text[start:end], text[start:end]))
    found.sort(key=lambda m: m.start)
    return found
