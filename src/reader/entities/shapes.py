"""The shapes of names the gazetteer has never seen, and of the news that introduces them.

A gazetteer trails the news; these patterns read what any new name looks like (unseen.py
applies them):
- the name of a business: "HDFC Bank", "Peak XV Partners", "Banque Royale du Canada", "Gnani.ai";
- the name of a model: "Krutrim-2", "Apriel-5B", "Viking 33B", a known company's "Sarvam-M",
  a known model's longer name ("Pharia-1-LLM-7B", "Jamba Mini"), "le modèle X";
- the members of a list a funding round, a client or partner list introduces, or that is
  coordinated with a business already found ("Nvidia, Accel et Elaia");
- an acronym given in brackets after a business: "Public Investment Fund (PIF)".
"""

from __future__ import annotations

import re

from reader.entities.lexicon import word_set
from reader.entities.patterns import WordLed, trie, trie_regex

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word (not an elided article: "L'israélien"), or a digit-led name ("42dot").
# ("Run:ai": a colon glued inside the name; French sets a colon apart with a space)
_CAP = (rf"(?:(?![LDJ]['’])[{_UPPER}][\w'’&.]*[\w&]\+?(?::[a-z]\w*)?|[{_UPPER}]|\d+[A-Za-z][\w]*"
        # or a name in small letters with a capital inside: "kuupOS", "iGenius" (not a prefix
        # on a place or a name: "outre-Atlantique", "ex-Google", "anti-Trump")
        r"|(?!(?:outre|anti|pro|ex|post|pré|pre|néo|non|mi|semi|sous|extra|inter|trans|pan|"
        rf"euro|franco|sino)-)[a-z]{{1,6}}-?[{_UPPER}][\w]*)")
# Words that end (or, in French, begin) the name of a business.
_ORG_TAIL = (
    "Ventures|Venture Partners|Venture Capital|Capital|Partners|Bank|Banking|Investment|"
    "Investments|Fund|Group|Holdings|Corporation|Corp|Technologies|Analytics|Securities|"
    "Financial|Financial Group|Consultancy Services|Services|Solutions|Robotics|Motor|Motors|"
    "Electronics|Semiconductor|Semiconductors|Telecom|Insurance|Digital|Cloud|Labs|Research|"
    "Asset Management|"
    "Industries|Systems|Intuitions|Autonomy|AI|Management|Holding|Properties|Networks|"
    # ("Nébuleuse IA", "Sémaphore IA": French names say "IA" where English ones say "AI")
    "IA|"
    "Equity|Invest|Healthcare|Health Care|International|Platform|Energy|Mobility|Therapeutics|"
    "GmbH|Verlag|Ltd|Inc|Oy|SpA|Srl|PLC|"
    "Communications|Pharmaceuticals|Logistics|Airlines|Airways|"
    # French funds and their management companies name themselves so too: "Sofimac Innovation",
    # "Finovam Gestion", "UI Investissement", "BNP Paribas Développement", "Nord Capital
    # Partenaires", "Côte d'Azur Amorçage"
    "Investissement|Gestion|Partenaires|Participations|Développement|Amorçage|Innovation"
)
# ("Banca Sella", "Banco Sabadell", "Caixa Geral": banks of Italy, Spain and Portugal)
_ORG_HEAD = "Banque|Groupe|Fonds|Investissements|Caisse|Crédit|Bank|Banca|Banco|Caixa"
ORG_HEADS = frozenset(_ORG_HEAD.split("|"))
_NOT_ORG_HEAD = ("(?:Prix|Trophées?|Salon|Forum|Semaine|Journées?|Ministère|Direction|Agence|"
                 "Conseil|Pôle|Mission|Fête|Sommet|Concours|Plan|Programme|Festival|Challenge|"
                 # (policies, laws and labels named after "IA": "Stratégie IA", "Acte IA")
                 "Stratégie|Acte|Règlement|Loi|Charte|Pacte|Label|Campus|Cluster|Observatoire)")
# (a place elided inside the name: "Côte d'Azur Amorçage")
_JOIN = r"(?:[ ](?:of|and|in|du|de|des)[ ]|[ ]d['’](?=[A-ZÀ-ÖØ-Þ])|[ ]&[ ]|[ ])"
ORG_NAME = re.compile(
    # (not an event, a prize or a public body named after a tail word: "Prix Innovation")
    rf"(?<![\w.-])(?:(?!{_NOT_ORG_HEAD}[ ]){_CAP}(?:{_JOIN}(?!{_NOT_ORG_HEAD}[ ]){_CAP}){{0,4}}"
    rf"{_JOIN}(?:{_ORG_TAIL})"
    # (the country a bank or a group serves, in its own language: "PKO Bank Polski")
    r"(?:[ ](?:Polski|Polska|Italia|España|Deutschland|France|Japan|India|Korea|Schweiz|Suisse|"
    r"Nederland|Belgique|Luxembourg|Österreich|Brasil|México|Portugal|Ireland|UK|"
    # (or the region a fund invests in: "SoftBank Ventures Asia")
    r"Asia|Europe|Africa|America|China))?"
    # "Caisse de dépôt et placement du Québec", "Fonds de solidarité FTQ"
    rf"|(?:{_ORG_HEAD})(?:[ ](?:du|de|des|d['’])[ ]?[a-zà-öø-ÿ]+(?:[ ]et[ ][a-zà-öø-ÿ]+)?)?"
    # (joined in their own language as well: "Banco do Brasil", "Banca di Roma")
    rf"(?:[ ](?:du|de|des|d['’]|of|do|da|dos|das|di|del|della)?[ ]?{_CAP}){{1,3}})(?![\w-])"
)
# "la Caisse des dépôts", "le Fonds européen d'investissement", "la Banque cantonale vaudoise":
# a financial institution named the French way, its first word alone capitalised (unseen.py
# wants a determiner before it: the head word without one opens a sentence). An adjective of
# what it is or serves (not "mondiale", "centrale": the World Bank and central banks are public
# bodies, no parties), and/or what it holds or funds ("des dépôts", "d'investissement").
_INSTITUTION_ADJECTIVES = (
    "européen|européenne|asiatique|africain|africaine|cantonal|cantonale|public|publique|"
    "populaire|postal|postale|coopératif|coopérative|mutualiste|agricole|fédéral|fédérale|"
    "régional|régionale")
LOWER_ORG = re.compile(
    r"(?:Banque|Caisse|Fonds|Crédit|Mutuelle)"
    rf"(?P<adj>(?:[ ](?:{_INSTITUTION_ADJECTIVES})(?![\w'’-])){{0,2}}"
    # (then where it is: "la Banque cantonale vaudoise", "la Caisse régionale normande")
    r"(?:(?<=[a-zé])[ ](?!(?:mais|jamais|désormais)[ ])[a-zà-öø-ÿ]{2,}(?:oise|ois|aise|ais|ienne|"
    r"ien|aine|ain|ande|and|éenne|éen)(?![\w'’-]))?)"
    r"(?P<of>(?:[ ](?:de|des|du)[ ]|[ ]d['’])"
    r"(?!(?:la|le|les|son|sa|ses|leur|leurs|une?|ce|cet|cette|ces|plus|moins)(?![\w'’-]))"
    r"[a-zà-öø-ÿ]{3,}(?![\w'’-])(?:[ ]et[ ][a-zà-öø-ÿ]{4,}(?![\w'’-]))?)?"
)
LOWER_ORG_BEFORE = re.compile(r"(?:\b(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u)[ ]|\b[lL]['’])$")
DOT_AI = re.compile(rf"(?<![\w.-])[{_UPPER}][\w-]*\.ai(?![\w.-])")
# A model's hyphenated name: a word with a small letter, then parts with digits or a letter
# ("Krutrim-2", "Apriel-5B", "Fathom-R1-14B", "Sarashina2-8x70B", "Kanana-1.5-8B").
MODEL_HYPHEN = re.compile(
    rf"(?<![\w.-])[{_UPPER}][\w]*[a-z][\w]*(?:-(?:[A-Za-z]*\d(?:[\w.]*\w)?|[A-Z]{{1,4}}))*"
    r"-(?:[A-Za-z]*\d(?:[\w.]*\w)?|[A-Z])(?:-(?:[\w.]*\w)?)*(?![\w-])"
)
# A hyphenated name ending in capitals, then a version: "Sahabat-AI 2", "Nusa-LM 3.1".
MODEL_HYPHEN_VERSION = re.compile(
    rf"(?<![\w.-])[{_UPPER}][\w]*[a-z][\w]*-[{_UPPER}]{{2,4}}[ ]\d{{1,2}}(?:\.\d{{1,2}})?"
    r"(?![\w,.]?\w)"
)
# A parenthetical between the auxiliary and its participle, as news prose sets one subject
# against another: "iGenius a de son côté dévoilé X", "Y a pour sa part signé avec X".
_ASIDE = r"(?:de[ ]+son[ ]+côté|de[ ]+leur[ ]+côté|pour[ ]+sa[ ]+part|pour[ ]+leur[ ]+part|" \
    r"quant[ ]+à[ ]+(?:lui|elle|eux|elles)|par[ ]+ailleurs|lui[ ]+aussi|elle[ ]+aussi)"
# "GoTo et Indosat dévoilent X", "Safaricom teste X": who releases, tests or deploys a model
# (X, found before) is a business.
MAKER_VERB_BEFORE = re.compile(
    rf"[ ]+(?:(?:a|ont)[ ]+(?:{_ASIDE}[ ]+)?(?:lancé|dévoilé|présenté|publié|intégré|déployé|"
    r"adopté|testé|"
    r"entraîné|développé)|lance|lancent|dévoile|dévoilent|présente|présentent|publie|publient|"
    r"teste|testent|intègre|intègrent|déploie|déploient|adopte|adoptent|entraîne|entraînent)"
    r"[ ]+(?:(?:aussi|déjà|désormais|ainsi|également|maintenant)[ ]+)?$"
)
# "Hitachi s'appuie sur Microsoft", "Velmo a racheté Sirka": who relies on, allies with or buys
# a business found by name is a business too.
ALLY_VERB_BEFORE = re.compile(
    r"[ ]+(?:s['’]appuie[ ]+(?:aussi[ ]+|déjà[ ]+)?sur|s['’]appuient[ ]+sur|"
    r"s['’](?:associe|allie)[ ]+(?:à|avec)|s['’]est[ ]+(?:associée?|alliée?)[ ]+(?:à|avec)|"
    r"a[ ]+racheté|rachète|acquiert|a[ ]+acquis|s['’]offre|s['’]est[ ]+offert|"
    r"absorbe|a[ ]+absorbé|"
    r"(?:travaille|collabore|discute|négocie)[ ]+(?:déjà[ ]+|aussi[ ]+)?avec|"
    # ("Editis aurait toutefois entamé des discussions avec X": who opened talks with it)
    r"(?:a|aurait|avait|ont|auraient)[ ]+(?:(?:toutefois|déjà|aussi|également|récemment)[ ]+)?"
    r"(?:entamé|engagé|ouvert|amorcé)[ ]+des[ ]+(?:discussions|négociations|pourparlers)"
    r"(?:[ ]+(?:exclusives|préliminaires|avancées))?[ ]+avec|"
    r"(?:a[ ]+signé|signe)[ ]+avec|"
    # "a noué un partenariat de trois ans avec", "a mis fin à son contrat avec", "est en
    # concurrence avec", "concurrence directement"
    r"(?:a[ ]+(?:noué|signé|conclu)|noue|signe|conclut)[ ]+un[ ]+(?:partenariat|accord|contrat)"
    r"(?:[ ]+[a-zà-öø-ÿ'’-]+){0,4}?[ ]+avec|"
    r"(?:a[ ]+mis|met)[ ]+fin[ ]+à[ ]+(?:son|sa|leur)[ ]+(?:partenariat|contrat|accord|"
    r"collaboration)[ ]+avec|est[ ]+en[ ]+concurrence[ ]+(?:directe[ ]+)?avec|"
    r"concurrence(?:[ ]+(?:directement|frontalement))?|"
    rf"a[ ]+{_ASIDE}[ ]+(?:signé[ ]+avec|racheté|acquis|absorbé))[ ]+$"
)
ALLY_VERB_LAST_WORDS = word_set("sur à avec racheté rachète acquiert acquis absorbe absorbé "
                                "concurrence directement frontalement s'offre s’offre offert")
MAKER_VERB_WORDS = word_set(
    "lancé dévoilé présenté publié intégré déployé adopté testé entraîné développé lance lancent "
    "dévoile dévoilent présente présentent publie publient teste testent intègre intègrent "
    "déploie déploient adopte adoptent entraîne entraînent aussi déjà désormais ainsi également "
    "maintenant"
)
# A name in small letters and a version: "cotomi v3", "lumo v2.1".
MODEL_SMALL_VERSION = re.compile(r"(?<![\w.'’-])[a-z]{3,}[ ]v\d{1,2}(?:\.\d{1,2})?(?![\w,.]?\w)")
# A name of one to three capitalised words and a version led by "v": "Eleven Flash v2.5",
# "Kestrel Voice v3" (a product's release, never a business's name).
MODEL_CAP_VERSION = re.compile(
    rf"(?<![\w.'’-])[{_UPPER}][\w]*[a-z][\w]*(?:[ ][{_UPPER}][\w]*[a-z][\w]*){{0,2}}"
    r"[ ]v\d{1,2}(?:\.\d{1,2})?(?![\w,.]?\w)")
# A known model's variant named by a capitalised word and its version: "Llama Guard 3".
VARIANT_VERSION = re.compile(
    rf"[ ][{_UPPER}][a-z]{{2,}}[ ]\d{{1,2}}(?:\.\d{{1,2}})?(?![\w,.]?\w)")
# A capitals-only name with a size in parameters: "LTXV-13B", "VARCO-VISION-2.0-14B".
MODEL_CAPS_SIZE = re.compile(
    rf"(?<![\w.-])[{_UPPER}][{_UPPER}0-9]+(?:-[A-Za-z0-9][\w.]*[A-Za-z0-9])*"
    r"-\d+(?:\.\d+)?[BbMT](?![\w-])"
)
# A name made on GPT: "BharatGPT", "MindGPT".
MODEL_GPT = re.compile(rf"(?<![\w.-])[{_UPPER}][\w]*[a-z][\w]*GPT(?:-?\d[\w.]*\w)?(?![\w-])")
# A name and a size in parameters: "Viking 33B", "ALLaM 34B".
MODEL_SIZE = re.compile(rf"(?<![\w.-])[{_UPPER}][\w.-]*[ ]\d+(?:\.\d+)?[BbT](?![\w-])")
# A name with inner capitals and a version: "PLaMo 2", "EvoLLM-JP 2", "A.X 4.0".
MODEL_CAMEL_VERSION = re.compile(
    rf"(?<![\w.-])(?:(?=[\w.-]*[a-z])[{_UPPER}][a-z]*[{_UPPER}][\w.-]*|[{_UPPER}]\.[{_UPPER}])"
    r"[ ]\d{1,2}"
    r"(?:\.\d{1,2})?(?![\w,.]?\w)"
)
MODEL_CUE = re.compile(
    r"(?:\b(?:[Ll]e|[Ss]on|[Ll]eur|[Uu]n|[Dd]u|[Cc]e|[Nn]otre)[ ]+"
    r"(?:nouveau[ ]+|dernier[ ]+|propre[ ]+|petit[ ]+|grand[ ]+|premier[ ]+)?"
    r"(?:modèle|chatbot|LLM|agent|assistant|moteur)|[Ll]['’](?:assistant|agent|application)|"
    # ("le family office de la famille X" is a family of people; "les modèles de la famille X"
    # are models)
    r"(?:(?<!\bde[ ])[Ll]a|[Ss]a|[Ll]eur)[ ]+famille|(?:[Ss]a|[Ll]eur)[ ]+plateforme|"
    # A business's own line set off by a comma: "sa propre famille de modèles, Kanana".
    r"(?:[Ss]a|[Ll]eur)[ ]+propre[ ]+famille[ ]+de[ ]+modèles(?:[ ]+[a-zà-öø-ÿ]{3,14})?,|"
    # ("ses propres modèles, dont X": a business's own models, one of them named)
    r"[SsLl]es[ ]+(?:propres[ ]+)?modèles(?:,[ ]+dont|[ ]+de[ ]+la[ ]+famille)?|"
    r"(?:deux|trois|quatre|plusieurs)[ ]+modèles,|"
    r"[Bb]aptisée?s?|nommée?s?|appelée?s?)"
    r"(?:[ ]+(?:de|d['’])[ ]*(?:langage|langue|raisonnement|fondation|vision|code|IA|monde)"
    r"(?:[ ]+\w+)?)?"
    r"(?:[ ]+(?:open[ -]source|maison|phare|vedette|spécialisée?|multimodale?|vocale?|"
    r"conversationnel(?:le)?|génératif|générative|maison)"
    # or one other adjective: "le modèle public X", "le modèle polonais X"
    r"|[ ]+(?!(?:de|du|des|et|en|est|sera|a|à|qui|que|sur|par|pour|avec|dans)[ ])"
    r"[a-zà-öø-ÿ]{3,14}(?=[ ](?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,6}-?[A-ZÀ-ÖØ-Þ])))?"
    r"(?:(?<=propre[ ]modèle),)?"
    # (a hyphenated part in capitals too: "baptisé N-ATLAS 2")
    rf"[ ]+(?P<name>{_CAP}(?:-[{_UPPER}](?:[a-z]+|[{_UPPER}0-9]+))?(?:[ ]{_CAP})?"
    r"(?:[ ]\d{1,2}(?:\.\d{1,2})?"
    r"(?:[ ](?:Mini|mini|Pro|Max|Flash|Lite|Turbo|Ultra|Nano|Large|Small|Plus))?)?)(?![\w-])"
)
# Nationalities, and cities and regions written as adjectives ("la start-up lisboète").
_NATIONALITIES = word_set(
    "américain chinois français allemand britannique japonais coréen indien israélien canadien "
    "suédois finlandais norvégien émirati émirien saoudien suisse néerlandais italien espagnol "
    "danois "
    "taïwanais singapourien européen parisien californien londonien berlinois munichois "
    "québécois torontois montréalais lyonnais toulousain nantais mexicain brésilien chilien "
    "argentin colombien péruvien uruguayen nigérian kényan sud-africain marocain égyptien "
    "tunisien algérien sénégalais ivoirien ghanéen rwandais éthiopien estonien lituanien letton "
    "polonais tchèque slovaque roumain hongrois bulgare croate serbe slovène autrichien belge "
    "luxembourgeois portugais irlandais islandais grec ukrainien russe vietnamien indonésien "
    "thaïlandais malaisien philippin australien néo-zélandais qatari koweïtien bahreïni omanais "
    "jordanien libanais pakistanais bangladais hongkongais bavarois lisboète madrilène "
    "barcelonais milanais bordelais lillois marseillais grenoblois rennais niçois strasbourgeois "
    "montpelliérain bruxellois genevois zurichois new-yorkais bostonien"
)
_NATIONAL_FORMS = frozenset(
    {a + end for a in _NATIONALITIES for end in ("", "e", "ne")}
    | {f"sud-{a}{end}" for a in ("coréen", "africain") for end in ("", "ne", "e")}
    | {"turc", "turque", "grecque"}
)
NATIONAL_FORMS = _NATIONAL_FORMS
_NATIONAL_PLURALS = frozenset(
    {f if f.endswith(("s", "x")) else f + "s" for f in _NATIONAL_FORMS} - _NATIONAL_FORMS
    | {f for f in _NATIONAL_FORMS if f.endswith("s")})
# (the participle may open the sentence, the round its subject after the comma: "Menée par
# Corvalis, l'opération a été suivie par ...")
_ROUND_PARTICIPLES = ("mené menée menés menées emmené emmenée conduit conduite codirigé codirigée "
                      "soutenu soutenue financé financée appuyé appuyée souscrit souscrite "
                      "souscrits souscrites complété complétée accompagné accompagnée rejoint "
                      "rejointe rejoints rejointes")
LIST_CUE = re.compile(
    r"\b(?:[Mm]ené|[Mm]enée|[Mm]enés|[Mm]enées|[Ee]mmené|[Ee]mmenée|[Cc]onduit|[Cc]onduite|"
    r"[Cc]odirigé|[Cc]odirigée|[Ss]outenue?|[Ff]inancée?|[Aa]ppuyée?|[Ss]ouscrite?s?|"
    r"[Cc]omplétée?|[Aa]ccompagnée?|[Rr]ejointe?s?)[ ]+par[ ]+|"
    # "en négociation avec le répartiteur X"
    r"\ben[ ]+(?:négociations?|discussions?|pourparlers)[ ]+(?:exclusives?[ ]+)?avec[ ]+"
    r"(?:(?:le|la|les|l['’])[ ]*[a-zé-]+[ ]+(?:[a-zé]+[ ]+)?)?(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:avec|aux[ ]+côtés)[ ]+(?:la[ ]+participation[ ]+)?(?:(?:des|du|de)[ ]+|d['’])|"
    # Who a round is raised from, who a deal is signed with.
    r"\bauprès[ ]+(?:notamment[ ]+)?(?:de[ ]+|d['’]|des[ ]+)(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:partenariat|coentreprise|accord|contrat)[ ]+(?:stratégique[ ]+)?avec[ ]+"
    r"(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:signé|signe|signent|fusionné|fusionnée|fusionne)[ ]+avec[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # who a business negotiates or works with
    r"\b(?:discute|discutent|négocie|négocient|collabore|collaborent|travaille|travaillent)"
    r"[ ]+(?:déjà[ ]+|aussi[ ]+)?avec[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:s['’]associe|s['’]allie|associée?s?|alliée?s?)[ ]+(?:à|avec)[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # "un partenariat entre X et Y", "la fusion entre X et Y": both are parties
    r"\b(?:partenariat|accord|alliance|coentreprise|fusion|rapprochement|collaboration|"
    r"contrat)(?:[ ]+(?:stratégique|commercial|technologique|industriel))?[ ]+entre[ ]+"
    r"(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # "plusieurs fonds du Golfe, dont ADIA"
    r"\b(?:fonds|investisseurs|banques|clients|partenaires|acteurs|entreprises|sociétés|"
    r"groupes|start-?ups?|plateformes|éditeurs|laboratoires|concurrents|opérateurs|cabinets)\b"
    r"[^.,;:]{0,40},[ ]+dont[ ]+"
    r"(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # "une trentaine de clients, parmi lesquels le transporteur X, ..."
    r"\b(?:investisseurs|clients|partenaires|utilisateurs)\b[^.;:]{0,30}?,?[ ]+"
    r"parmi[ ]+lesquel(?:le)?s[ ]+|"
    # ("avec la participation de son investisseur historique X": too far from "avec")
    r"\bparticipation[ ]+(?:de[ ]+|d['’]|du[ ]+|des[ ]+)(?=(?:son|sa|ses|leur|leurs)[ ])|"
    r"\b(?:participation|investisseurs?|actionnaires?|clients?|partenaires?)[ ]+"
    r"(?:historiques[ ]+|existants[ ]+|comme[ ]+|tels[ ]+que[ ]+|dont[ ]+|figurent[ ]+|"
    r"comptent[ ]+)?(?=[A-ZÀ-ÖØ-Þ])|"
    # "des groupes Ramsay Santé et Elsan": businesses a plural noun names, two or more
    # Who a business competes with, is sued by, or shares a consortium or a buyer's list with:
    # "affronte Doctrine et Predictice", "se heurte à Lidya et à Carbon", "Ses principaux
    # concurrents, Kinaxis et o9 Solutions", "assignée devant la High Court par LexisNexis".
    r"\b(?:affronte|affrontent|affrontant|concurrence|concurrencent)[ ]+"
    r"(?:(?:[a-zà-öø-ÿ]+ment|déjà|désormais|aussi|"
    r"surtout|encore|à[ ]la[ ]fois)[ ]+)*(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:heurte|heurtent|heurtant|frotte|frottent|frottant|(?<=\bse[ ])mesurer?|"
    r"(?<=\bse[ ])mesurent)[ ]+(?:[^.;:,]{0,30}?[ ])?"
    r"(?:à|aux)[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # ("Ses concurrents américains X et Y": what country they are from, too)
    r"\b(?:concurrents?|rivaux|rival)(?:[ ]+(?:directs?|principaux|principal|historiques?|"
    + "|".join(sorted(_NATIONAL_FORMS | _NATIONAL_PLURALS, key=len, reverse=True)) + r"))?,?"
    r"[ ]+(?:(?:comme|tels[ ]+que|dont|sont|est|c['’]est|ce[ ]+sont)[ ]+)?"
    r"(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\ben[ ]+concurrence[ ]+(?:directe[ ]+|frontale[ ]+)?avec[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\bcommencer[ ]+par[ ]+(?:celles?|celui|ceux)[ ]+(?:de[ ]+|d['’]|des[ ]+)(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\bconsortium[ ]+(?:(?:formé|constitué|composé|mené)[ ]+)?(?:avec|de|d['’]|réunissant|"
    r"associant|comprenant)[ ]*(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:assignée?s?|poursuivie?s?|attaquée?s?)[ ]+(?:[^.;:,]{0,40}?[ ])?par[ ]+"
    r"(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:acquéreurs?|repreneurs?)(?:[ ]+(?:potentiels?|possibles?))?,[ ]+(?=[A-ZÀ-ÖØ-Þ0-9])|"
    # "des acteurs comme Aidoc, Lunit ou Gleamer" (the businesses before it: LIKE_BEFORE)
    r"\bcomme[ ]+(?:les[ ]+[a-zà-öø-ÿ-]{3,16}[ ]+)?(?=[A-ZÀ-ÖØ-Þ0-9])|"
    r"\b(?:groupes|assureurs|banques|opérateurs|éditeurs|constructeurs|laboratoires|cabinets)"
    # (their adjectives and a comma between: "Deux éditeurs français, Editis et Madrigall")
    r"(?:[ ]+(?!et[ ]|ou[ ]|de[ ]|des[ ]|du[ ])[a-zà-öø-ÿ-]{3,}+){0,2}+,?[ ]+"
    r"(?=[A-ZÀ-ÖØ-Þ][\w-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w-]*)?(?:,[ ]|[ ]et[ ])[A-ZÀ-ÖØ-Þ])"
)
# What "comme" lists examples of when they are businesses: "des concurrents bien financés,
# comme", "face à des acteurs installés comme" (a few words between).
LIKE_BEFORE = re.compile(
    r"\b(?:acteurs|concurrents|rivaux|entreprises|sociétés|groupes|start-?ups?|pousses|"
    r"éditeurs|clients|partenaires|laboratoires|banques|fonds|spécialistes|géants|fournisseurs|"
    r"investisseurs|assureurs|opérateurs|constructeurs|industriels|champions|licornes|"
    r"plateformes|enseignes|distributeurs|labos|fintechs|biotechs|medtechs)"
    r"(?:[ ]+[a-zà-öø-ÿ'’-]+){0,4}+,?[ ]+$")
# What a list may say of its member before naming it: "le transporteur X", "du fonds
# britannique X", "l'opérateur X".
_LEAD_NOUNS = (
    r"(?:fonds|banque|néobanque|groupe|assureur|réassureur|opérateur|géant|conglomérat|société|"
    r"constructeur|firme|fonds[ ]+souverain|transporteur|distributeur|spécialiste|"
    r"énergéticien|électricien|pétrolier|équipementier|fabricant|éditeur|start-up|"
    r"jeune[ ]+pousse|"
    r"chaîne|compagnie|laboratoire|industriel|opérateur[ ]+télécom|mutuelle|caisse|"
    r"fournisseur|cabinet|cabinets|"
    # ("avec la participation de son investisseur historique X")
    r"investisseur|actionnaire|partenaire)"
)
LIST_LEAD = re.compile(
    r"(?:(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs)[ ]*)?"
    rf"{_LEAD_NOUNS}(?:[ ]+(?!de[ ]|des[ ]|du[ ])[a-zé]+"
    # ("le fournisseur de cloud X": a noun of its trade after it)
    r"|[ ]+de[ ]+[a-zé]+(?=[ ][A-ZÀ-ÖØ-Þ0-9]))?[ ]+"
    rf"(?=[{_UPPER}0-9])"
    # or a determiner alone: "Safran, la MACSF et ..."
    # (not a common noun the name goes on from: "la Société des gens de lettres")
    rf"|(?:(?:la|le)[ ]+|l['’])(?=[{_UPPER}][\w-]*(?![\w-])(?![ ]+(?:de|des|du|d['’])[ \w])))?"
)
LEAD_NOUNS = frozenset(
    _LEAD_NOUNS.replace("(?:", "").replace(")", "").replace("[ ]+", " ").split("|"))
LIST_SEP = re.compile(
    # ("des acteurs comme Aidoc, Lunit ou Gleamer": alternatives of one kind)
    # ("ainsi qu'avec Merlin et Believe": the list goes on with its preposition)
    r"[ ]*(?:,?[ ]*ainsi[ ]+qu(?:e[ ]+|['’](?=avec[ ]))|,[ ]*(?:et[ ]+|avec[ ]+)?|[ ]+et[ ]+"
    r"|[ ]+ou[ ]+)"
    r"(?:de[ ]+|d['’]|du[ ]+|des[ ]+|par[ ]+|à[ ]+|avec[ ]+)?"
)
# "Hailo mise sur l'IA embarquée. Le concepteur de puces israélien annonce...": a sentence
# that opens on a name, and the next that calls its subject a business (no other name given).
_ANAPHORA_NOUNS = (
    r"(?:start-?up|société|groupe|entreprise|firme|jeune[ ]+pousse|pépite|licorne|scale-?up|"
    r"[a-z]+tech|néobanque|concepteur|fabricant|constructeur|éditeur|assureur|banque|opérateur|"
    r"spécialiste|géant|épicier|distributeur|équipementier|fonds|énergéticien|électricien|"
    r"pétrolier|"
    r"conglomérat|industriel|transporteur|champion|laboratoire|labo|major)"
)
ANAPHORA_NEXT = re.compile(
    r"[.!?][ ]+(?:Le|La|L['’]|Cette|Ce|Cet)[ ]*(?:(?:jeune|petite?|grande?|nouvelle|nouveau|"
    # ("Le deuxième groupe de cliniques du pays")
    r"premier|première|deuxième|troisième|second|seconde|numéro[ ](?:un|deux))[ ]+)?"
    # (a name right after introduces it: "La start-up américaine Tessera"; after "de" it is a
    # town or a founder describing the one before: "La start-up de Seattle")
    rf"{_ANAPHORA_NOUNS}\b(?![ ]+(?!d[eu][ ])(?:[a-zà-öø-ÿ]+[ ]+)?[{_UPPER}])"
)
# "un accord de distribution avec X", "qui travaillait jusqu'ici avec X", "s'allier à X": the
# other party of a deal, named right after its preposition (a person there has a first name,
# a place or a government is among NOT_NAMES).
PARTNER_NAME = re.compile(rf"[ ](?:avec|à)[ ]+(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])")
# "a quant à lui retenu X pour la conduite assistée", "a choisi X comme partenaire": the
# supplier a client chose, named before what it is chosen for.
CHOSEN_NAME = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient)[ ]+"
    r"(?:(?:quant[ ]+à[ ]+(?:lui|elle|eux|elles)|déjà|aussi|finalement|également|pour[ ]+sa[ ]+"
    r"part|de[ ]+son[ ]+côté)[ ]+)*(?:retenu|choisi|sélectionné)[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?=[ ]+(?:pour|comme)\b)"
    # ("Zorvane choisit Trelis pour son cloud")
    r"|\b(?:choisit|choisissent|retient|retiennent|sélectionne|sélectionnent)[ ]+"
    rf"(?P<name2>{_CAP}(?:[ ]{_CAP}){{0,2}})(?=[ ]+(?:pour|comme)\b)"
)
# "a confié le sujet à X.", "confie sa logistique à X,": the supplier a task is entrusted to
# (the sentence or the clause ends on it: not "a confié à Lyon le soin de").
ENTRUSTED = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|aurait|auraient)[ ]+confié|confie|confient)[ ]+"
    r"(?:[^ .;:!?,]+[ ]+){1,5}?à[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?=[ ]*[.,;]|[ ]+(?:pour|depuis|en)\b)"
)
# "a assigné X devant le tribunal", "poursuit X en justice": who is sued over a business
# matter is a business (a person has a first name; a state is among NOT_NAMES).
SUED_NAME = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)[ ]+(?:assigné|attaqué|poursuivi|accusé)|assigne|assignent|"
    r"poursuit|poursuivent|attaque|attaquent|accuse|accusent|"
    # (the imperfect of a suit told in the past: "qui poursuivait X pour avoir")
    r"poursuivait|poursuivaient|assignait|attaquait)[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})"
    r"(?=[ ]+(?:en[ ]+justice|devant|d['’]avoir|pour[ ]+avoir|"
    r"de[ ]+(?:contrefaçon|plagiat|copier|violer))\b)"
)
# "Siemens Mobility, fournisseur historique de la Deutsche Bahn", "le prestataire attitré de X":
# whom a supplier serves under contract is a business (the adjective of the tie is required:
# "le fournisseur de l'État" names no client).
SUPPLIED = re.compile(
    r"\b(?:fournisseur|fournisseurs|prestataire|prestataires|sous-traitant|sous-traitants)[ ]+"
    r"(?:historiques?|attitrés?|officiels?|principaux|principal|exclusifs?|privilégiés?)[ ]+"
    r"(?:de[ ]+(?:la[ ]+|l['’])?|du[ ]+|d['’])"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# "est déjà utilisé par X", "adopté par X": who uses or adopts a product is a business (a person
# has a first name; a public body is an institution).
USED_BY = re.compile(
    r"\b(?:utilisée?s?|adoptée?s?|déployée?s?|testée?s?|conçue?s?|fabriquée?s?)[ ]+"
    r"(?:(?:déjà|notamment|aussi|également|désormais)[ ]+)?par[ ]+"
    # ("par les cabinets X et Y", "par l'assureur X")
    r"(?:(?:les|le|la|l['’])[ ]*[a-zà-öø-ÿ-]{4,20}[ ]+(?:[a-zà-öø-ÿ-]{4,16}[ ]+)?)?"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?=[ ]*[,.;]|[ ]+(?:et|ou|depuis|pour|dans|qui)\b)"
)
# "X a été rachetée par Y", "X a été choisie par Y", "le rachat de X par Y": who buys or
# chooses a business is a business (the bought or chosen one is found by the verb's subject).
BOUGHT_BY = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|aurait|auraient)[ ]+été[ ]+|est[ ]+|sont[ ]+)"
    r"(?:(?:finalement|officiellement|déjà|également|aussi)[ ]+)?"
    # (or coveted, courted: who would buy it, "est également convoitée par X")
    r"(?:rachetée?s?|acquise?s?|absorbée?s?|choisie?s?|retenue?s?|sélectionnée?s?|"
    r"convoitée?s?|courtisée?s?)[ ]+"
    r"(?:(?:en[ ]+\d{4}|l['’]an[ ]+dernier|cette[ ]+année)[ ]+)?par[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
    rf"|\b(?:rachat|acquisition|absorption|reprise)[ ]+(?:de[ ]+|d['’]){_CAP}(?:[ ]{_CAP}){{0,2}}"
    rf"[ ]+par[ ]+(?P<name2>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
    # (the takeover of the business the sentence is about: "rebaptisé après sa reprise par X",
    # "depuis son rachat par X en 2021")
    r"|\b(?:[Ss]a|[Ss]on|[Ll]eur)[ ]+(?:rachat|acquisition|absorption|reprise)[ ]+"
    r"(?:(?:en[ ]+\d{4}|l['’]an[ ]+dernier)[ ]+)?par[ ]+"
    rf"(?P<name3>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# The subject of such a passive: "Zorvane a été rachetée par".
BOUGHT_SUBJECT = re.compile(
    rf"(?:(?<![\w.'’-])|(?<=\b[dlDL]['’]))(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]+"
    r"(?:a|ont|avait|avaient|aurait|auraient)[ ]+été[ ]+(?:(?:finalement|officiellement|déjà)"
    r"[ ]+)?(?:rachetée?s?|acquise?s?|absorbée?s?)[ ]+par\b")
# "a pris le contrôle de X", "investit 10 millions d'euros dans X": who is taken over or
# invested in is a business.
CONTROL_OF = re.compile(
    # (or the takeover as a noun: "la prise de contrôle de X par Y")
    r"\b(?:(?:pris|prend|prendre|prennent)[ ]+le|prise[ ]+de)[ ]+contrôle[ ]+(?:de[ ]+|d['’])"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
    r"|\b(?:investit|investissent|a[ ]+investi|ont[ ]+investi|injecte|a[ ]+injecté|"
    r"(?:aurait|auraient|avait|avaient|a|ont)[ ]+(?:déjà|discrètement|aussi|également|"
    r"récemment)[ ]+(?:investi|injecté))[ ]+"
    r"(?:[^ .;:!?]+[ ]+){0,6}?dans[ ]+"
    rf"(?P<name2>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# "le modèle Kestrel-7B de Trelis", "utilise les modèles de Trelis": who makes a model is a
# business.
MAKER_OF = re.compile(
    r"\b(?:le|du|au|les|des|aux)[ ]+(?:modèles?|LLM)(?:[ ]+(?:d['’]IA|de[ ]+langage|maison|"
    r"open[ -]source|phares?))?(?:[ ]+[\w.-]+\d[\w.-]*)?[ ]+(?:de|d['’])[ ]*"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# "a pris une participation de 20 % dans X", "entre au capital de X": who a stake is taken in
# is a business.
STAKE_IN = re.compile(
    r"\b(?:participation|part|parts)(?:[ ]+(?:minoritaire|majoritaire|significative|"
    r"stratégique))?(?:[ ]+(?:de|d['’])[ ]*\d+(?:[,.]\d+)?[ ]*%)?[ ]+(?:dans|au[ ]+capital[ ]+de)"
    rf"[ ]+(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
    r"|\bentr(?:e|ent|é|ée|er)[ ]+au[ ]+capital[ ]+(?:de[ ]+|d['’])"
    rf"(?P<name2>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
    # ("détient déjà 10 % de X", "prend 15 % du capital de X")
    r"|\b(?:détient|détenait|possède|prend|prendra|pris|acquiert|acquis)[ ]+"
    r"(?:(?:déjà|environ|près[ ]+de|désormais|encore)[ ]+)?\d+(?:[,.]\d+)?[ ]*%[ ]+"
    r"(?:du[ ]+capital[ ]+)?(?:de[ ]+|d['’])"
    rf"(?P<name3>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
PARTNER_LEAD = re.compile(
    r"(?:\b(?:(?:accord|partenariat|contrat|collaboration|alliance)"
    # ("un contrat de trois ans avec X")
    r"(?:[ ]+(?:de|d['’])[ ]*[\w-]+(?:[ ]+[a-zà-öø-ÿ]+)?){0,2}|"
    r"(?:négocie|négocient|négociait|négocié|travaille|travaillent|travaillait|collabore|"
    r"collaborent|collaborait|discute|discutent|discutait|signé|signe|signent|"
    # (what a source reports: "négocierait avec X un accord")
    r"négocierait|négocieraient|discuterait|discuteraient|travaillerait|collaborerait)"
    r"(?:[ ]+(?:déjà|aussi|désormais|jusqu['’]ici|également|notamment|actuellement|encore|"
    r"un[ ]+temps|par[ ]+ailleurs|longtemps|pour[ ]+sa[ ]+part|de[ ]+son[ ]+côté|"
    # (how long the talks went on: "négociait pourtant depuis des mois avec X")
    r"pourtant|toujours|secrètement|discrètement|"
    r"depuis[ ]+(?:des|plusieurs|quelques|deux|trois|\d+)[ ]+(?:mois|semaines|années|ans)|"
    r"depuis[ ]+(?:un[ ]+an|longtemps)))*"
    # (talks told as a noun, and what is said of them: "les discussions ouvertes en juin avec
    # X", "des négociations exclusives avec X")
    r"|\b(?:discussions|négociations|pourparlers)(?:[ ]+[a-zà-öø-ÿ0-9'’-]+){0,4}?"
    # (a rival or a party to a suit: "rivaliser avec X", "a dû transiger avec X", "un
    # contentieux avec X")
    r"|\b(?:rivalise|rivalisent|rivaliser|rivalisait|transige|transigent|transiger|transigé|"
    r"contentieux|litige)(?:[ ]+[^ .;:!?,]+){0,3}?)(?=[ ]avec$)"
    r"|\bs['’](?:allier|associer|allie|associe|allient|associent)(?=[ ](?:à|avec)$)"
    # "fournit déjà son modèle phare, Tarifa-3, à X", "livre ses puces à X": the client
    # supplied
    r"|\b(?:fournit|fournissent|fournissait|fournira|fournir|livre|livrent|livrait|livrera|"
    r"livrer)(?:[ ]+[^ .;:!?]+){1,6}?(?=[ ]à$)"
    # "l'a emporté face à X", "a dominé ce marché face à X": whom a business won a contract or
    # a market against (not any "face à": "faire face à Trump")
    r"|\b(?:emporté|remporté|arraché|gagné|dominé|domine|dominait)(?:[ ]+[^ .;:!?,]+){0,3}?"
    r"[ ]+face(?=[ ]à$))"
)
# "Darktrace continue de développer ses propres modèles", "iGenius, qui a lancé son propre
# modèle": who has models of its own is a business; its name ends the sentence's or the
# relative clause's subject, only small words between it and the possessive.
OWN_MODELS = re.compile(
    r"\b(?:[Ss]es|[Ss]on|[Ss]a|[Ll]eurs?)[ ]+propres?[ ]+(?:modèles?|famille[ ]+de[ ]+modèles|"
    r"LLM)\b")
OWNER_BEFORE = re.compile(
    rf"(?:(?<![\w.'’-])|(?<=\b[dlDL]['’]))(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?:,[ ]+qui)?"
    r"(?:[ ]+[a-zà-öø-ÿ'’-]+){1,8}[ ]+$")
LEDE_SUBJECT = re.compile(
    rf"(?:(?:À|A|En|Au|Aux)[ ]+{_CAP}(?:[ -]{_CAP})?,[ ]+)?"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]+"
    # then its verb, not a preposition ("Entraîné sur des textes, X sera...") nor a
    # determiner, which follows a verb ("Estimant cette rupture abusive, X a assigné")
    r"(?!(?:sur|de|du|des|à|au|aux|en|par|pour|avec|dans|le|la|les|un|une|et|ou|que|qui|"
    r"ce|cet|cette|ces|son|sa|ses|leur|leurs)\b)"
    r"[a-zà-öø-ÿ]+"
)
# A word after a business's name in a list that names a subsidiary: a country in its own
# language ("Lightspeed India", "Orange Polska") or a word in capitals ("Samsung NEXT").
SUBSIDIARY_TAIL = re.compile(
    rf"[ ]([{_UPPER}][a-zà-öø-ÿ]+|[{_UPPER}]{{2,}})(?![\w-])(?![ ][{_UPPER}])")
ACRONYM = re.compile(rf"[ ]\((?P<acr>[{_UPPER}][{_UPPER}0-9&]{{1,6}})\)")
_NOT_INITIALS = word_set("de du des d la le les l et of and the for à en")


def acronym_of(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the initials of `name`'s words ("BDC" of "Banque de
    développement du Canada", "PSMC" of "Powerchip Semiconductor Manufacturing Corp")."""
    words = [w for w in re.split(r"[ '’-]+", name) if w and w.lower() not in _NOT_INITIALS]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym.upper()
# ("Slaughter and May": an English "and" in a French text joins the words of one name)
NAME_AT = re.compile(rf"{_CAP}(?:(?:[ ]|[ ]&[ ]|[ ]and[ ]){_CAP}){{0,3}}(?![\w-])")
NAME_RUN = re.compile(rf"(?<![\w.'’-]){NAME_AT.pattern}")
# (after an elided article as well: "d'ALLaM, le modèle")
NAME_BEFORE = re.compile(
    rf"(?:(?<![\w.'’-])|(?<=\b[dlDL]['’]))({_CAP}(?:[ ]{_CAP}){{0,3}})$")
NAME_BEFORE_QUI = re.compile(rf"(?<![\w.'’-])({_CAP}(?:[ ]{_CAP})?),[ ]+qui$")
# A name in capitals joined by hyphens: "SEA-LION".
CAPS_BEFORE = re.compile(rf"(?<![\w.'’-])[{_UPPER}][{_UPPER}0-9]+(?:-[{_UPPER}0-9]+)+$")
# A capital or a digit ahead in the same clause: what a rule that names something needs.
# What must follow a trigger word for its rule to name something: a name right after it, or
# (for "le modèle de langage open source X") after a few small words.
NAME_NEXT = re.compile(rf"[ ]+[{_UPPER}0-9]")
NAME_SOON = re.compile(rf",?(?:[ ]+[a-zà-öø-ÿ'’-]+){{0,5}}+(?:[ ]+|(?<=[-'’]))[{_UPPER}0-9]")
DECIMALS = re.compile(r"(?:\.\d+)+(?![\w,.]?\w)")
EDITION = re.compile(
    r"[ ](?:Mini|mini|Think|Pro|Max|Flash|Lite|Turbo|Ultra|Nano|Large|Small|Medium|Instruct|"
    r"Vision|Thinking|Reasoning|Air|Chat|Driver|Copilot|Enterprise|Prime|Agent|Coder)(?![\w-])"
)
HYPHEN_TAIL = re.compile(r"(?:-[A-Za-z0-9][\w.]*\w|-[A-Za-z0-9])+(?![\w-])")
# After a company: a hyphenated tail with a digit, or one capital ("Sarvam-M"), or a version.
PRODUCT_TAIL = re.compile(
    r"(?:-[A-Z](?![\w-])|(?:-[\w.]*\w)*-[A-Za-z]*\d(?:[\w.]*\w)?(?:-[\w.]*\w)*(?![\w-])|"
    r"[ ]\d{1,2}\.\d{1,2}(?![\w,.]?\w)|[ ](?:Chat|Agent|Assistant|Driver|Voice|Copilot)(?![\w-])|"
    # "Sarvam-Translate 2": a hyphenated word and a version
    r"-[A-Z][a-z]{2,}[ ]\d{1,2}(?:\.\d{1,2})?(?![\w,.]?\w)|"
    # "X for Germany", "X for Banking": an offer of the business named for whom it serves
    r"[ ]for[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?(?![\w-]))"
)
# "Nanda, un modèle en hindi", "Centaur, un agent": what the apposition calls a model.
MODEL_APPOSED = re.compile(
    r",[ ]+(?:(?:(?:un|une|son|sa|le|la|leur|notre)[ ]+|l['’])?"
    r"(?:(?:nouvel|nouveau|premier|grand|petit|gros)[ ]+)?"
    r"(?:modèle|assistant|chatbot|agent|LLM|algorithme|API|avatar|"
    r"(?:famille|série)[ ]+de[ ]+modèles)\b"
    # "Takane, conçu avec Cohere": what is designed or trained with a business is a model
    r"|(?:conçue?|entraînée?|co-?développée?)[ ]+(?:avec|par|sur)\b)"
)
# "Son modèle, Daraja-7B,", "un modèle de vision maison, Kuup Vision 3,", "une nouvelle version,
# Giuseppe 3.0,": a name set off by commas after what the sentence calls a model.
# A model's name may be hyphenated and versioned: "Aster 2.0", "Sarvam-Translate 2", "YJ-VLA 2".
_MODEL_WORDS = (rf"{_CAP}(?:-[\w.]*\w)*(?:[ ]{_CAP}(?:-[\w.]*\w)*){{0,2}}"
                # (a version in small letters as well: "Orvane Speech v2")
                r"(?:[ ]v?\d{1,2}(?:\.\d{1,2})?)?")
SET_OFF_NAME = re.compile(rf",[ ]+(?P<name>{_MODEL_WORDS})(?=,|[ ]*\.)")
# The name before a comma that calls it a model.
MODEL_NAME_BEFORE = re.compile(rf"(?:(?<![\w.'’-])|(?<=\b[dlDL]['’]))({_MODEL_WORDS})$")
MODEL_BEFORE_NAME = re.compile(
    r"\b(?:[Ss]on|[Ss]a|[Ll]eur|[Uu]n|[Uu]ne|[Ll]e|[Ll]a)[ ]+"
    r"(?:nouvelle[ ]+|nouveau[ ]+|propre[ ]+|dernier[ ]+|dernière[ ]+)?"
    r"(?:modèle|assistant|agent|chatbot|version|génération)"
    # ("son modèle d'analyse des réseaux de transactions, X")
    r"(?:[ ]+[a-zà-öø-ÿ'’-]+){0,6}$"
)
HYPHEN_HEAD = re.compile(rf"[{_UPPER}][\w]*-$")
# "le suédois Saab", "l'israélien AI21 Labs": a nationality written as an adjective (a person
# would be "le Suédois") before a name: a business.
# ("les américains Paige et PathAI": several businesses of one country: _NATIONAL_PLURALS)
NATIONAL = re.compile(
    r"\b(?:(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne|[Dd]u|[Aa]u)[ ]*(?:"
    + "|".join(sorted(_NATIONAL_FORMS, key=len, reverse=True)) + ")|[Ll]es[ ]+(?:"
    + "|".join(sorted(_NATIONAL_PLURALS, key=len, reverse=True)) + "))[ ]+"
    rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w-])"
)
# "le berlinois n8n a levé", "l'allemand deepset s'allie", "la plateforme lyonnaise invoicr
# signe": a brand written in small letters, between a description that ends on a nationality
# (or a town written as an adjective) and the sentence's verb. The verb is what tells the name
# from an adjective or a participle ("la start-up lyonnaise fondée en 2020").
LOWER_NAME = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’])[ ]*(?:(?:start-?up|jeune[ ]+pousse|plateforme|société|"
    r"entreprise|éditeur|éditrice|fabricant|spécialiste|licorne|pépite|groupe|application)"
    r"(?:[ ]+(?:de|d['’])[ ]*[a-zà-öø-ÿ-]+){0,2}[ ]+)?(?:"
    + "|".join(sorted(_NATIONAL_FORMS, key=len, reverse=True)) + ")[ ]+"
    r"(?!(?:aussi|déjà|lui|elle|eux|quant|également|désormais|pourtant|toutefois|ne|n|y|en|se|"
    r"qui|dont|seul|seule|même|lui-même|elle-même|et|ou|a|est|"
    # (the language, not the business: "le chinois mandarin")
    r"mandarin|cantonais|standard|moderne|écrit|parlé|courant|ancien|familier)\b)"
    # (not an adjective or a participle in small letters: "la start-up parisienne spécialisée")
    r"(?![a-zà-öø-ÿ-]*(?:é|ée|és|ées|ique|iques|ale|ales|aux|elle|elles|ive|ives|ante|antes|"
    r"ente|entes|euse|euses|aire|aires|ienne|iennes|oise|oises|aise|aises|el|els)\b)"
    # (a colon glued inside: "l'allemand omni:us", as "Run:ai")
    r"(?P<name>[a-z][a-z0-9]*(?:[0-9][a-z0-9]*|[a-z]{2})(?::[a-z]{2,}(?![\w-]))?)"
    r"(?=[ ]+(?:a|avait|aura|est|était|sera|vient|s['’][a-zà-öø-ÿ]+|lève|annonce|rachète|signe|"
    r"propose|développe|lance|dévoile|compte|revendique|affirme|rejoint|intègre|utilise|mise|"
    r"déploie|emploie|prévoit|veut|devient|fournit|équipe|ouvre|recrute|présente|publie)\b"
    # or the end of the phrase: "avec la plateforme lyonnaise invoicr.", "n8n, qui"
    r"|[ ]*[,.;)])"
)
# What makes a name of two words a person's: a role after it ("X Y, ancien patron de") or
# before it ("le fondateur de Z, X Y", "fondé par A B et X Y").
_ROLES = (
    r"(?:directeur|directrice|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|"
    r"PDG|président|présidente|dirigeant|dirigeante|ministre|chercheur|chercheuse|professeur|"
    r"professeure|responsable|associé|associée|investisseur|investisseuse|entrepreneur|"
    r"entrepreneuse|milliardaire|chef|cheffe|ingénieur|ingénieure|économiste|analyste)"
)
PERSON_AFTER = re.compile(
    r",[ ]+(?:(?:l['’]|le[ ]|la[ ]|son[ ]|sa[ ]|leur[ ]|un[ ]|une[ ])[ ]*)?"
    rf"(?:(?:ancien|ancienne|actuel|actuelle|nouveau|nouvelle|futur|future|ex-)[ ]*)?{_ROLES}\b"
)
PERSON_BEFORE = re.compile(
    rf"(?:\b{_ROLES}\b[^.;:]{{0,40}},[ ]*"
    # (a date or a place between: "Fondée en 2023 à Pékin par X Y")
    r"|\b(?:[Ff]ondée?s?|[Cc]ofondée?s?|[Cc]réée?s?|[Dd]irigée?s?)(?:[ ]+[^.;:,]{1,30}?)?[ ]+par"
    r"[ ]+(?:[^.;:]{0,30}(?:[ ]et|,)[ ]+)?|\b(?:M\.|Mme|MM\.)[ ]+)$"
)
# "Selon le cabinet X", "rapporte le quotidien X": a name the story cites as its source (an
# analyst, an outlet) is not one of its actors, so a name never seen is not guessed there.
SOURCE_BEFORE = re.compile(
    # ("Pour les analystes de X, BYD creuse l'écart": a broker's analysts, cited)
    r"(?:\b(?:analystes|économistes|stratèges)[ ]+(?:de[ ]+|d['’]|du[ ]+|chez[ ]+)"
    r"|\b(?:[Ss]elon|[Dd]['’]après|rapporte|rapportent)[ ]+(?:(?:le|la|l['’]|les)[ ]*)?"
    r"|\b(?:cabinet|quotidien|journal|magazine|hebdomadaire|agence|site|média|institut)"
    r"(?:[ ]+(?:d['’]études|de[ ]+conseil|d['’]analyse|économique|financier|spécialisé|"
    r"spécialisée|américain|américaine|britannique|allemand|allemande|japonais|chinois|"
    r"indien|économique|d['’]information|d['’]investigation|en[ ]+ligne))?[ ]+)"
    r"(?:(?:cabinet|quotidien|journal|magazine|agence|site|institut)[ ]+)?$"
)
# "Selon le cabinet McKinsey", "le cabinet McKinsey estime": an analyst firm cited as the
# source of a figure is not an actor of the story, even a firm the gazetteer knows.
CABINET_BEFORE = re.compile(r"\b(?:[Ss]elon|[Dd]['’]après|[Ll]e|par[ ]+le)[ ]+cabinet[ ]+$")
SOURCE_VERB_AFTER = re.compile(
    r"[ ]+(?:estime|estiment|prévoit|prévoient|anticipe|calcule|chiffre|table|évalue|juge)\b")
# Public bodies, schools and foundations are not businesses (the annotation guide): a guess
# that is one, or runs into one ("IVC Research Center"), is dropped.
INSTITUTION = re.compile(
    r"(?:^|[ ])(?:Institute|Institut|University|Université|School|École|Foundation|Fondation|"
    r"Center|Centre|Hospital|Hôpital|Ministry|Ministère|Agency|Council|Conseil|Commission|"
    r"Authority|Autorité|Academy|Académie)(?![\w-])"
)
# "Upstage a bouclé un tour de table", "Decart lève 100 millions": who raises money is a
# business (a person founds, leads, says; a round is raised by a company).
RAISED = re.compile(
    # ("a par ailleurs bouclé", "a déjà levé": an adverb between)
    # (told in the past or reported too: "Triagent, qui avait levé 40 millions")
    r"[ ]+(?:(?:a|avait|aurait)[ ]+(?:(?:par[ ]+ailleurs|déjà|aussi|également|récemment|ainsi|"
    r"enfin)[ ]+)?"
    r"(?:levé|bouclé|finalisé|clôturé)|lève|boucle|vient[ ]+de[ ]+(?:lever|boucler)|"
    r"a[ ]+été[ ]+valorisée?|est[ ]+(?:désormais[ ]+)?valorisée?)\b"
)
# "Fretlo annonce ce matin un tour de table de 30 millions", "X officialise une levée de
# fonds": who announces a round raises it (the round is the literal its trigger finds).
ROUND_ANNOUNCED = re.compile(
    r"[ ]+(?:annonce|a[ ]+annoncé|officialise|a[ ]+officialisé|finalise|réalise|a[ ]+réalisé)"
    r"(?:[ ]+(?:ce[ ]+matin|aujourd['’]hui|hier|lundi|mardi|mercredi|jeudi|vendredi|"
    r"cette[ ]+semaine|officiellement))?"
    r"[ ]+(?:un|une|son|sa)[ ]+(?:(?:nouveau|nouvelle|premier|première|deuxième|second|seconde)"
    r"[ ]+)?(?:tour[ ]+de[ ]+table|levée[ ]+de[ ]+fonds|tour[ ]+de[ ]+financement)\b"
)
# "Legora, qui équipe les cabinets d'avocats, a levé": the name before a relative clause.
NAME_BEFORE_CLAUSE = re.compile(
    rf"(?<![\w.'’-])({_CAP}(?:[ ]{_CAP}){{0,2}}),[ ]+(?:qui|dont)[ ][^,.;:!?()]{{1,140}},$"
)
# "Coveo a lancé un agent", "Wix a acquis la start-up": who launches an agent, buys a start-up
# or builds an assistant into its products is a business.
BUSINESS_DEED = re.compile(
    r"[ ]+(?:a[ ]+(?:acquis|racheté|lancé|intégré|déployé|présenté|dévoilé|conçu|développé)|"
    r"acquiert|rachète|lance|intègre|déploie|dévoile)[ ]+"
    r"(?:(?:la|une)[ ]+(?:start-?up|société|jeune[ ]+pousse)|(?:un|son|ses|leur|leurs)[ ]+"
    r"(?:propres?[ ]+)?(?:agent|assistant|modèle|modèles|chatbot|agents|assistants))\b"
    # "KDDI s'appuie sur sa filiale": who has a subsidiary is a business.
    # "dont X détient 15 %": who holds a share of a business is an investor.
    r"|[ ]+(?:détient|détenait|possède|prend|a[ ]+pris|acquiert|a[ ]+acquis)[ ]+"
    r"(?:(?:déjà|désormais|encore|environ|près[ ]+de)[ ]+)?"
    r"\d+(?:[,.]\d+)?[ ]*%"
    r"|[ ]+(?:s['’]appuie[ ]+sur|détient|contrôle|a[ ]+créé|crée|possède)[ ]+(?:sa|une)[ ]+"
    r"filiale\b"
    # "KDDI s'appuie sur la start-up X": who builds on a start-up is a business too.
    r"|[ ]+s['’]appuie[ ]+(?:aussi[ ]+|déjà[ ]+)?sur[ ]+(?:la|une)[ ]+"
    r"(?:start-?up|jeune[ ]+pousse)\b"
    # "Trelis a pris le contrôle de X", "Trelis investit 10 millions dans X": an acquirer, an
    # investor.
    r"|[ ]+(?:a[ ]+pris|prend)[ ]+le[ ]+contrôle[ ]+(?:de|d['’])"
    # (what a source reports too, and money put in: "X aurait discrètement investi 10 millions
    # dans Y", "X injecte 8 millions dans Y")
    r"|[ ]+(?:investit|injecte|(?:a|aurait|avait)[ ]+(?:(?:déjà|discrètement|aussi|également|"
    r"récemment)[ ]+)?(?:investi|injecté))[ ]+(?:[^ .;:!?]+[ ]+){0,6}?dans[ ]+(?=[A-ZÀ-ÖØ-Þ])"
    # "X aurait pris une participation minoritaire": who takes a stake is an investor.
    r"|[ ]+(?:(?:a|aurait|avait)[ ]+(?:(?:déjà|discrètement|aussi|également|récemment)[ ]+)?"
    r"pris|prend)[ ]+une[ ]+participation\b"
    # "Trelis a annoncé l'acquisition de X", "X est désormais une filiale de Y"
    r"|[ ]+(?:a[ ]+annoncé|annonce|a[ ]+finalisé|finalise|a[ ]+bouclé|boucle|a[ ]+officialisé|"
    r"officialise)[ ]+(?:l['’]acquisition|le[ ]+rachat)[ ]+(?:de|d['’])"
    r"|[ ]+est[ ]+(?:désormais[ ]+|devenue?[ ]+)?une[ ]+filiale[ ]+(?:de|d['’]|du)"
    # "X est poursuivie par l'éditeur Y", "X est assignée en justice par": what is sued by a
    # business over its data or its rights is a business.
    r"|[ ]+est[ ]+(?:(?:par[ ]+ailleurs|aussi|également|désormais|déjà)[ ]+)?"
    r"(?:poursuivie?|assignée?|attaquée?)[ ]+(?:en[ ]+justice[ ]+)?par\b"
    # "X et Y ont annoncé leur fusion"
    r"|[ ]+(?:ont[ ]+annoncé|annoncent|finalisent|ont[ ]+finalisé)[ ]+leur[ ]+"
    r"(?:fusion|rapprochement)\b"
    # "Le producteur X entre également au capital": who takes a stake is an investor.
    r"|[ ]+entre(?:nt)?[ ]+(?:(?:également|aussi|ainsi|à[ ]+son[ ]+tour|à[ ]+leur[ ]+tour)[ ]+)?"
    r"au[ ]+capital\b"
    # "X pourrait bientôt changer de mains": what is sold whole is a business; "avec qui X a
    # contractualisé son hébergement": who signs contracts is one.
    r"|[ ]+(?:(?:pourrait|pourraient|devrait|devraient|va|vont|vient[ ]+de|a|ont)[ ]+"
    r"(?:(?:bientôt|déjà|encore|ainsi)[ ]+)?(?:changer|changé)|change|changent)[ ]+de[ ]+mains\b"
    r"|[ ]+(?:a[ ]+contractualisé|ont[ ]+contractualisé|contractualise|contractualisent)\b"
    # "Serena mène l'opération": who leads a round is an investor.
    r"|[ ]+(?:mène|a[ ]+mené|codirige|a[ ]+codirigé)[ ]+(?:l['’]opération|le[ ]+tour|la[ ]+levée)"
    # "Zorblat poursuit Anthropic en justice", "a assigné X devant un tribunal": who sues a
    # business over its data is a business.
    r"|[ ]+(?:poursuit|assigne|attaque|a[ ]+assigné|a[ ]+attaqué)[ ]+(?:[^ .,;:]+[ ]+){1,4}?"
    r"(?:en[ ]+justice|devant[ ]+(?:un|le|la|les)[ ]+(?:tribunal|tribunaux|justice|cour))\b"
)
# "Foyer et Baloise se livrent une concurrence acharnée", "X et Y se disputent le marché": two
# names a reciprocal verb of rivalry joins are both businesses (the verb first, as a literal the
# regex engine finds fast; then the pair before it).
RIVALS_VERB = re.compile(r"[ ]se[ ](?:livrent|disputent|affrontent|concurrencent|"
                         r"font[ ]concurrence|partagent[ ]le[ ]marché)\b")
RIVALS_BEFORE = re.compile(
    rf"(?:(?<![\w.'’-])|(?<=\b[dlDL]['’]))(?P<name>{_CAP}(?:-{_CAP})?(?:[ ]{_CAP}){{0,2}})"
    rf"[ ]+et[ ]+(?P<name2>{_CAP}(?:-{_CAP})?(?:[ ]{_CAP}){{0,2}})"
    r"(?:[ ]+(?:déjà|aussi|encore|désormais))?$")
# "compte Allianz et Decathlon parmi ses clients", "X et Y figurent parmi les investisseurs":
# what is counted among a business's clients, partners or investors is a business.
AMONG = re.compile(
    r"[ ]+(?:(?:figurent|figure|sont|est|comptent|compte)[ ]+)?parmi[ ]+(?:ses|les|leurs)[ ]+"
    r"(?:premiers[ ]+|principaux[ ]+|nouveaux[ ]+)?(?:clients|partenaires|investisseurs|"
    r"actionnaires|bailleurs[ ]+de[ ]+fonds)\b"
)
# "a dévoilé Poro 2", "lance Lumo 3": a name and a version after a release verb: a model.
RELEASED = re.compile(
    r"\b(?:(?:a|ont)[ ]+(?:dévoilé|présenté|publié|lancé|sorti|annoncé|mis[ ]+en[ ]+ligne)|"
    r"dévoile|présente|publie|lance|dévoiler|présenter|publier|lancer|dévoilait|présentait|"
    r"publiait|lançait)"
    rf"[ ]+(?P<name>{_CAP}(?:[ ]{_CAP})?[ ]\d{{1,2}}(?:\.\d{{1,2}})?"
    r"(?:[ ](?:Mini|mini|Pro|Max|Flash|Lite|Turbo|Ultra|Nano|Large|Small|Plus))?"
    # or a name glued to its version: "Holo1", "SmolLM3"
    rf"|[{_UPPER}][\w]*[a-z][\w]*\d+(?:\.\d+)?)(?![\w,.]?\w)"
)
TRIGGER_WORDS = {
    **dict.fromkeys(_NATIONAL_FORMS | _NATIONAL_PLURALS, "national"),
    **dict.fromkeys(word_set(
        "modèle modèles chatbot LLM agent assistant moteur famille plateforme application "
        "baptisé baptisée baptisés baptisées nommé nommée nommés appelé appelée appelés Baptisé "
        "Baptisée"), "cue"),
    **dict.fromkeys(word_set(
        "dévoilé dévoile présenté présente publié publie lancé lance sorti annoncé dévoiler "
        "présenter publier lancer dévoilait présentait publiait lançait mis"), "released"),
    **dict.fromkeys(word_set(_ROUND_PARTICIPLES.title()), "list"),
    **dict.fromkeys(word_set(
        "mené menée menés emmené emmenée conduit conduite codirigé codirigée soutenu soutenue "
        "financé financée appuyé appuyée avec aux participation investisseur investisseurs "
        "actionnaire actionnaires client clients partenaire partenaires auprès partenariat "
        "coentreprise accord contrat signé signe signent s'associe s’associe s'allie s’allie "
        "fonds banques souscrit souscrite souscrits souscrites complété complétée "
        "accompagné accompagnée rejoint rejointe menées utilisateurs discute discutent négocie "
        "négocient collabore collaborent travaille travaillent fusionné fusionnée fusionne "
        "groupes assureurs opérateurs éditeurs constructeurs laboratoires cabinets affronte "
        "affrontent affrontant heurte heurtent heurtant frotte frottent frottant concurrent "
        "concurrents rival rivaux commencer consortium assigné assignée assignés assignées "
        "poursuivi poursuivie poursuivis poursuivies attaqué attaquée attaqués attaquées "
        "acquéreur acquéreurs repreneur repreneurs mesure mesurer mesurent rejoints en comme "
        "acteurs entreprises sociétés start-up start-ups startups plateformes associé associée "
        "associés associées allié alliée alliés alliées alliance coentreprise fusion "
        "rapprochement collaboration concurrence concurrencent"),
        "list"),
}
# What each rule cannot do without: a rare piece of text the regex engine skips to quickly
# (a literal, or a capital), around which the full rule then runs. Without them the rules
# would try every position of a 10 MB text.
TRIGGERS = {
    # (as a trie: one branch per first letter, not one per word, at every capital)
    "org": (re.compile("(?:" + trie_regex(trie(f"{_ORG_TAIL}|{_ORG_HEAD}".split("|")))
                       + r")(?![\w-])"), 160, 80),
    "dot_ai": (re.compile(r"\.ai(?![\w.-])"), 40, 4),
    "raised": (re.compile(r"[ ](?:lev|lèv|boucl|finalis|clôtur|valoris)"), 30, 30),
    "round": (re.compile(r"[ ](?:tour[ ]de[ ]table|levée[ ]de[ ]fonds|tour[ ]de[ ]financement)"),
              60, 24),
    "among": (re.compile(r"[ ]parmi[ ]"), 30, 50),
    "deed": (re.compile(r"[ ](?:acqui|rachet|rachèt|lanc|intégr|intègr|déplo|présenté|dévoil|"
                        r"mène|mené|codirig|"
                        r"conçu|développé|s['’]appuie|détient|contrôle|a[ ]créé|crée|possède|"
                        r"poursuit|assign|attaqu|entre[ n]|a[ ]pris|prend|investi|inject|"
                        r"ont[ ]annoncé|"
                        r"annonc|finalis|boucl|officialis|est[ ]|détenait|pris|"
                        r"pourrai(?:en)?t[ ]|devrai(?:en)?t[ ]|va[ ]|vont[ ]|vient[ ]de[ ]|"
                        r"a[ ]chang|ont[ ]chang|change|a[ ]contractualis|ont[ ]contractualis|"
                        r"contractualis|"
                        # (an auxiliary, then an adverb: "aurait discrètement investi")
                        r"aurai(?:en)?t[ ]|avai(?:en)?t[ ]|"
                        r"a[ ](?:déjà|discrètement|aussi|également|récemment)[ ])"),
             30, 70),
    "hyphen": (re.compile(r"-(?=[A-Z0-9])"), 40, 60),
    "size": (re.compile(r"[0-9][BbMT](?![\w-])"), 60, 4),
    "gpt": (re.compile(r"GPT"), 40, 12),
    "small_version": (re.compile(r"[ ]v[0-9]"), 30, 8),
    # (its version, led by a space: fewer tries than at every capital)
    "camel": (re.compile(r"[ ][0-9]{1,2}(?:\.[0-9]{1,2})?(?![\w,.]?\w)"), 40, 8),
}


# The words that trigger the rules of models, nationalities and lists, followed by a name
# within a few small words, as every rule they trigger needs.
TRIGGER_WORDS_LED = WordLed(
    "(?P<word>" + trie_regex(trie(TRIGGER_WORDS))
    # (possessive: the small words cannot take the name, so giving some back never helps)
    # (and a comma after them: "deux éditeurs français, Editis et ...")
    + r")(?=,?(?:[ ]+[a-zà-öø-ÿ'’-]+){0,5}+,?(?:[ ]+|(?<=['’-]))" + rf"[{_UPPER}0-9])",
    leads="\t\n'’(«\"\u00a0",
)


def _windows(name: str, text: str) -> list[list[int]]:
    """The stretches of text around the hits of a rule's trigger, merged."""
    trigger, before, after = TRIGGERS[name]
    windows: list[list[int]] = []
    for hit in trigger.finditer(text):
        lo, hi = max(hit.start() - before, 0), min(hit.end() + after, len(text))
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return windows


def _in_windows(regexes: tuple[re.Pattern[str], ...], text: str, windows: list[list[int]]):
    for regex in regexes:
        for lo, hi in windows:
            yield from regex.finditer(text, lo, hi)


def near(name: str, regex: re.Pattern[str] | tuple[re.Pattern[str], ...], text: str):
    """regex.finditer (of each regex, if several share the trigger) over the windows of text
    around its trigger's hits."""
    regexes = regex if isinstance(regex, tuple) else (regex,)
    return _in_windows(regexes, text, _windows(name, text))


# Capitalised words that are not names on their own (sentence words, places, months...).
NOT_NAMES = word_set(
    # (quantities that open a sentence: "Quelques mois plus tard, …")
    "Quelques Deux Trois Quatre Cinq Nombre Beaucoup Peu "
    "Interrogé Interrogée Contacté Contactée Sollicité Sollicitée Questionné Questionnée "
    "Le La Les L Un Une Des De Du Il Elle Ils Elles Ce Cet Cette Ces Son Sa Ses Leur Leurs "
    "Selon Pour Mais Et En Au Aux À Dans Sur Par Avec Si Alors Chine France Europe Allemagne "
    "Japon Inde Corée Taïwan Paris Londres Pékin Séoul Tokyo Bombay Mumbai Bangalore Dubaï "
    "Riyad Toronto Montréal Berlin Munich Stockholm Helsinki Oslo Tel Aviv Abou Dhabi Émirats "
    "Arabie Saoudite Washington Bruxelles Californie États-Unis Royaume-Uni Israël Russie "
    "Canada Italie Espagne Suisse Suède Norvège Finlande Québec Ontario Singapour IA AI LLM "
    "GPU The A An Depuis Ensuite Enfin Puis Ainsi Lundi Mardi Mercredi Jeudi Vendredi Samedi "
    "Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre "
    "Décembre Oui Non Côté Outre Or Donc Également Aussi Surtout Notamment M Mme Dr Sud Nord "
    "Est Ouest Quant Bercy Matignon Élysée Aujourd'hui Aujourd’hui Hier Demain Pourtant "
    "Toutefois Cependant Néanmoins Désormais Bref Certes Ici Là Entre-temps Résultat Bien "
    "Autrement Sinon Car Comme Quand Lorsque Chez Contre Face Après Avant Entre Vers Web2 Web3 "
    # adverbs of time that open a sentence: "Longtemps présentée comme le champion, X"
    "Longtemps Autrefois Jadis Naguère Toujours Déjà Bientôt Parfois Souvent Ailleurs Encore "
    # ("Seule TelcoMind, une start-up barcelonaise, a conçu": the word opens the sentence)
    "Seul Seule Seuls Seules Même Mêmes "
    # pronouns and sentence words, and the other words of places named in two
    "Cela Ceci Ça Celui Celle Ceux Celles Tout Tous Toute Toutes Chaque Aucun Aucune Plusieurs "
    "Certains Certaines On Nous Vous Je Tu Lui Eux Parmi Dont Où Qui Que Quoi Pendant Durant "
    "Jusqu'ici Jusqu’ici Dhabi Aviv Kong York Francisco Angeles Valley Delhi Street Unis Uni "
    # (places named with their article: "La Haye", "Le Caire", "La Rochelle")
    "Haye Caire Havre Rochelle Mecque Valette "
    # ("le groupe de Mountain View", "le géant de Menlo Park": the home towns of the giants
    # that stand for them, never a business of their own)
    "View Park Alto Clara "
    # capitalised common words: "introduction en Bourse", "Nouvelle levée à Abou Dhabi"
    "Bourse Nouvelle Nouveau Nouvel "
    # participles that open a sentence: "Valorisée 2 milliards, la start-up..."
    "Valorisée Valorisé Fondée Fondé Créée Créé Basée Basé Installée Installé Soutenue Soutenu "
    "Lancée Lancé Entraînée Entraîné Développée Développé Détenue Détenu Rachetée Racheté Cotée "
    "Coté Spécialisée Spécialisé Implantée Implanté Née Né Issue Issu Conçue Conçu "
    # cities that open a business's description ("Osaka" before "Tsumugi Robotics")
    "Osaka Kyoto Yokohama Shanghai Shenzhen Hangzhou Busan Jakarta Bangkok Manille Hanoï Lagos "
    "Nairobi Casablanca Istanbul Madrid Barcelone Lisbonne Rome Milan Varsovie Prague Vienne "
    "Zurich Genève Amsterdam Copenhague Dublin Lyon Marseille Toulouse Bordeaux Nantes Lille "
    "Grenoble Boston Seattle Austin Chicago Cupertino Redmond "
    # kinds of businesses written as acronyms ("auprès des PME et ETI"), never one business
    "PME PMI ETI TPE GAFAM GAFA BATX ESN SSII"
)


def is_adverb(word: str) -> bool:
    """"Parallèlement", "Finalement": a sentence adverb, never a name."""
    return len(word) > 7 and word.endswith(("ement", "amment", "emment"))
