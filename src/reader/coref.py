"""Descriptions that stand for a well-known company: "le groupe de Cupertino" (Apple), "le géant
de Hangzhou" (Alibaba), "le conglomérat de Masayoshi Son" (SoftBank), "le groupe coréen" (the
article's Korean company).

French news names a company once, then calls it by its home town, its founder or its
nationality. The tables below are general knowledge about the best-known companies; a
description is resolved only when its reading is certain enough: a town or founder with one
company, or one of the companies the article names; a nationality only to a company the article
names. Plain Python, no Textual, no other reader module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise

# Town (as written after "de"/"d'") -> the companies based there, best known first.
HOMES: dict[str, tuple[str, ...]] = {
    "cupertino": ("Apple",),
    "mountain view": ("Google",),
    "menlo park": ("Meta",),
    "redmond": ("Microsoft",),
    "seattle": ("Amazon",),
    "armonk": ("IBM",),
    "santa clara": ("Nvidia", "Intel", "AMD"),
    "san josé": ("Adobe", "Cisco"),
    "san jose": ("Adobe", "Cisco"),
    "palo alto": ("HP", "Tesla"),
    "austin": ("Tesla", "Dell"),
    "round rock": ("Dell",),
    "san francisco": ("OpenAI", "Anthropic", "Salesforce", "Databricks", "Scale AI"),
    "san diego": ("Qualcomm",),
    "bentonville": ("Walmart",),
    "hangzhou": ("Alibaba", "DeepSeek"),
    "shenzhen": ("Tencent", "Huawei", "BYD"),
    "pékin": ("Baidu", "ByteDance", "Xiaomi", "Zhipu AI", "Moonshot AI"),
    "suwon": ("Samsung",),
    "pangyo": ("Kakao", "Naver"),
    "seongnam": ("Naver", "Kakao"),
    "hsinchu": ("TSMC",),
    "veldhoven": ("ASML",),
    "walldorf": ("SAP",),
    "wolfsburg": ("Volkswagen",),
    "stuttgart": ("Mercedes-Benz", "Bosch"),
    "munich": ("Siemens", "BMW"),
    "heidelberg": ("Aleph Alpha",),
    "toronto": ("Cohere",),
    "roubaix": ("OVHcloud",),
    "boulogne-billancourt": ("Renault",),
    "clermont-ferrand": ("Michelin",),
    "abou dhabi": ("G42", "MGX", "Mubadala"),
    "helsinki": ("Silo AI",),
    "tokyo": ("SoftBank", "Sony", "Sakana AI", "Preferred Networks", "NTT", "Fujitsu", "Rakuten"),
    "paris": ("Mistral AI", "H Company"),
    "londres": ("Google DeepMind", "Synthesia", "ElevenLabs"),
    "bangalore": ("Infosys", "Wipro", "Flipkart", "Krutrim", "Sarvam"),
    "bengaluru": ("Infosys", "Wipro", "Flipkart", "Krutrim", "Sarvam"),
    "bombay": ("Reliance", "Tata", "Tata Consultancy Services", "Reliance Jio"),
    "mumbai": ("Reliance", "Tata", "Tata Consultancy Services", "Reliance Jio"),
    "riyad": ("Humain", "Public Investment Fund", "stc"),
    "dhahran": ("Aramco",),
    "tel-aviv": ("AI21 Labs", "Wix", "Lightricks"),
    "tel aviv": ("AI21 Labs", "Wix", "Lightricks"),
    "shanghai": ("MiniMax", "StepFun", "SenseTime", "SMIC"),
    "hefei": ("iFlytek",),
    "dongguan": ("Oppo", "Vivo"),
    "singapour": ("Sea", "Grab", "Singtel", "Temasek", "GIC"),
    "jakarta": ("GoTo",),
    "hanoï": ("Viettel", "FPT", "VinAI"),
    "são paulo": ("Nubank", "Itaú Unibanco", "Maritaca AI"),
    "sao paulo": ("Nubank", "Itaú Unibanco", "Maritaca AI"),
    "buenos aires": ("Mercado Libre",),
    "stockholm": ("Spotify", "Klarna", "Ericsson", "Lovable"),
    "amsterdam": ("Nebius", "Booking Holdings", "Adyen", "Prosus"),
    "eindhoven": ("Philips", "NXP"),
    "cambridge": ("Arm",),
    "taipei": ("Foxconn", "Asus", "Acer"),
    "sunnyvale": ("AMD", "Cerebras"),
}

# Founder or head (as written after "de"/"d'") -> the companies they are known for.
FOUNDERS: dict[str, tuple[str, ...]] = {
    "masayoshi son": ("SoftBank",),
    "mark zuckerberg": ("Meta",),
    "jeff bezos": ("Amazon",),
    "sam altman": ("OpenAI",),
    "jensen huang": ("Nvidia",),
    "elon musk": ("Tesla", "xAI", "SpaceX"),
    "bill gates": ("Microsoft",),
    "satya nadella": ("Microsoft",),
    "tim cook": ("Apple",),
    "sundar pichai": ("Google",),
    "dario amodei": ("Anthropic",),
    "arthur mensch": ("Mistral AI",),
    "xavier niel": ("Iliad",),
    "bernard arnault": ("LVMH",),
    "jack ma": ("Alibaba",),
    "lisa su": ("AMD",),
    "larry ellison": ("Oracle",),
    "marc benioff": ("Salesforce",),
    "liang wenfeng": ("DeepSeek",),
    "rodolphe saadé": ("CMA CGM",),
    "mukesh ambani": ("Reliance",),
    "larry page": ("Google",),
    "sergey brin": ("Google",),
    "andy jassy": ("Amazon",),
    "demis hassabis": ("Google DeepMind",),
    "ilya sutskever": ("Safe Superintelligence",),
    "mira murati": ("Thinking Machines Lab",),
    "aravind srinivas": ("Perplexity",),
    "aidan gomez": ("Cohere",),
    "clem delangue": ("Hugging Face",),
    "clément delangue": ("Hugging Face",),
    "patrick pouyanné": ("TotalEnergies",),
    "alex karp": ("Palantir",),
    "michael dell": ("Dell",),
    "hock tan": ("Broadcom",),
    "cristiano amon": ("Qualcomm",),
    "arvind krishna": ("IBM",),
    "safra catz": ("Oracle",),
    "lip-bu tan": ("Intel",),
    "pat gelsinger": ("Intel",),
    "christian klein": ("SAP",),
    "jonas andrulis": ("Aleph Alpha",),
    "ma huateng": ("Tencent",),
    "pony ma": ("Tencent",),
    "robin li": ("Baidu",),
    "lei jun": ("Xiaomi",),
    "zhang yiming": ("ByteDance",),
    "ren zhengfei": ("Huawei",),
    "eddie wu": ("Alibaba",),
    "joe tsai": ("Alibaba",),
    "yang zhilin": ("Moonshot AI",),
    "nandan nilekani": ("Infosys",),
    "azim premji": ("Wipro",),
    "sunil bharti mittal": ("Bharti Airtel",),
    "bhavish aggarwal": ("Krutrim",),
    "peng xiao": ("G42",),
    "jonathan ross": ("Groq",),
    "andrew feldman": ("Cerebras",),
    "michael intrator": ("CoreWeave",),
    "marcos galperin": ("Mercado Libre",),
    "lee jae-yong": ("Samsung",),
    # The families that own a group, as written after "de la famille" ("le groupe de la
    # famille Saadé").
    "saadé": ("CMA CGM",),
    "klaba": ("OVHcloud",),
    "arnault": ("LVMH",),
    "mulliez": ("Auchan", "Decathlon"),
    "bettencourt": ("L'Oréal",),
    "pinault": ("Kering",),
    "bouygues": ("Bouygues",),
    "dassault": ("Dassault Systèmes", "Dassault Aviation"),
    "quandt": ("BMW",),
    "agnelli": ("Stellantis", "Ferrari"),
    "wallenberg": ("Ericsson",),
}

# A town written as an adjective ("le groupe marseillais") -> the companies based there.
TOWN_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "marseillais": ("CMA CGM",),
    "torontois": ("Cohere",),
    "clermontois": ("Michelin",),
    "roubaisien": ("OVHcloud",),
    "londonien": ("Google DeepMind", "Synthesia", "ElevenLabs"),
    "parisien": ("Mistral AI", "H Company"),
    "pékinois": ("Baidu", "ByteDance", "Xiaomi", "Zhipu AI", "Moonshot AI"),
    "munichois": ("Siemens", "BMW"),
    "californien": ("Apple", "Google", "Meta", "OpenAI", "Anthropic", "Nvidia", "Intel",
                    "Salesforce", "Oracle", "Adobe", "Cisco", "HP", "Qualcomm", "Databricks",
                    "Scale AI", "Perplexity", "xAI"),
}

# Nationality (masculine singular) -> the well-known companies of that country.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "américain": ("OpenAI", "Anthropic", "Google", "Microsoft", "Meta", "Apple", "Amazon",
                  "Nvidia", "Intel", "AMD", "IBM", "Oracle", "Salesforce", "xAI", "Tesla",
                  "Qualcomm", "Broadcom", "Cisco", "Dell", "HP", "Perplexity", "Databricks",
                  "Scale AI", "Adobe", "Verizon", "AT&T", "T-Mobile", "Walmart",
                  "Amazon Web Services", "Google DeepMind", "Micron", "Marvell", "CoreWeave",
                  "Palantir", "ServiceNow",
                  "Snowflake", "Uber", "Netflix", "Reddit", "Stack Overflow", "Cerebras", "Groq",
                  "Thinking Machines Lab", "Safe Superintelligence", "Character.AI",
                  "Inflection AI", "Anysphere", "Cognition", "Poolside", "Together AI", "Glean",
                  "Midjourney",
                  "Runway", "Andreessen Horowitz", "Sequoia", "General Catalyst", "Thrive Capital",
                  "BlackRock", "JPMorgan", "Goldman Sachs", "Morgan Stanley", "Ford",
                  "General Motors", "Boeing", "Disney"),
    "chinois": ("Alibaba", "Tencent", "Baidu", "ByteDance", "Huawei", "Xiaomi", "DeepSeek",
                "Moonshot AI", "Zhipu AI", "MiniMax", "StepFun", "SenseTime", "iFlytek", "BYD",
                "Geely", "Great Wall", "XPeng", "NIO", "Li Auto", "JD.com", "Meituan",
                "Kuaishou", "PDD Holdings", "Lenovo", "SMIC", "Cambricon", "Baichuan", "01.AI",
                "Ant Group", "Didi", "NetEase", "Alibaba Cloud", "China Mobile", "Leapmotor",
                "Chery", "SAIC", "Honor", "Oppo", "Vivo"),
    "coréen": ("Samsung", "LG", "SK Hynix", "SK Telecom", "Naver", "Kakao", "Hyundai", "Kia",
               "KT", "LG Uplus", "Upstage", "Rebellions", "FuriosaAI", "Coupang"),
    "japonais": ("SoftBank", "Sony", "Toyota", "Honda", "Nissan", "NTT", "Fujitsu", "NEC",
                 "Hitachi", "Panasonic", "Rakuten", "Sakana AI", "Preferred Networks", "KDDI",
                 "MUFG", "Mizuho", "Nintendo", "Canon", "Kioxia", "Renesas"),
    "français": ("Mistral AI", "H Company", "Orange", "Iliad", "Capgemini", "Thales", "Airbus",
                 "Dassault Systèmes", "BNP Paribas", "Société Générale", "AXA", "Renault",
                 "Stellantis", "LVMH", "Carrefour", "OVHcloud", "Scaleway", "Bpifrance",
                 "LightOn", "Kyutai", "Hugging Face", "Criteo", "Doctolib", "Michelin", "Sanofi",
                 "TotalEnergies", "EDF", "Engie", "Schneider Electric", "Safran", "CMA CGM",
                 "Crédit Agricole", "Bouygues", "SFR", "Publicis", "Vivendi", "Ubisoft",
                 "Atos", "Sopra Steria", "Naval Group", "Dataiku", "Mirakl", "Contentsquare",
                 "Pigment", "Qonto", "Alan", "Veolia", "Saint-Gobain", "L'Oréal", "Kering",
                 "Decathlon", "La Poste", "SNCF"),
    "allemand": ("SAP", "Siemens", "Deutsche Telekom", "Aleph Alpha", "Bosch", "Volkswagen",
                 "BMW", "Mercedes-Benz", "Infineon", "Allianz", "Deutsche Bank", "Commerzbank",
                 "Bayer", "BASF", "Schwarz Group", "Lidl", "Aldi", "Porsche", "Audi", "Continental",
                 "ZF", "Rheinmetall", "Helsing", "DeepL", "Black Forest Labs", "Axel Springer",
                 "Bertelsmann", "Lufthansa", "Zalando"),
    "britannique": ("Google DeepMind", "Arm", "Synthesia", "ElevenLabs", "Stability AI",
                    "Wayve", "Graphcore", "Nscale", "HSBC", "Barclays", "Lloyds", "NatWest",
                    "Vodafone", "BT Group", "Tesco", "Shell", "BP", "AstraZeneca", "GSK",
                    "Unilever", "BAE Systems", "Revolut", "Ocado", "Sky", "Standard Chartered",
                    "Aviva", "Pearson", "RELX", "WPP"),
    "néerlandais": ("ASML", "NXP", "Philips", "ING", "ABN Amro", "Rabobank", "KPN",
                    "Ahold Delhaize", "Nebius", "Adyen", "Booking Holdings", "Prosus"),
    "canadien": ("Cohere", "RBC", "TD Bank", "Scotiabank", "BMO", "Shopify", "Bell Canada",
                 "Telus", "Rogers Communications", "Desjardins"),
    "indien": ("Reliance", "Reliance Jio", "Tata", "Infosys", "Wipro",
               "Tata Consultancy Services", "HCLTech", "Bharti Airtel", "Sarvam", "Krutrim",
               "Flipkart", "Paytm", "Mahindra", "Tata Motors", "HDFC Bank", "ICICI Bank"),
    "émirien": ("G42", "MGX", "Mubadala", "e&", "Technology Innovation Institute", "Core42",
                "Inception", "Emirates NBD", "First Abu Dhabi Bank", "Emirates", "flydubai"),
    "saoudien": ("Humain", "Aramco", "stc", "Public Investment Fund", "Al Rajhi Bank"),
    "taïwanais": ("TSMC", "Foxconn", "MediaTek", "Quanta Computer", "Wistron", "Asus", "Acer",
                  "Pegatron", "UMC"),
    "israélien": ("AI21 Labs", "Mobileye", "Check Point", "Wix"),
    "suédois": ("Ericsson", "Spotify", "Klarna", "Volvo", "Telia", "Saab", "H&M", "Lovable"),
    "finlandais": ("Nokia", "Silo AI"),
    "suisse": ("UBS", "Nestlé", "Novartis", "Roche", "Swisscom", "ABB", "Credit Suisse"),
    "italien": ("Generali", "UniCredit", "Intesa Sanpaolo", "Ferrari", "Fincantieri",
                "Telecom Italia"),
    "espagnol": ("Telefónica", "Santander", "BBVA", "CaixaBank", "Inditex"),
    "singapourien": ("Singtel", "DBS", "OCBC", "UOB", "Grab", "Temasek", "Sea", "GIC"),
}
_AIRLINES = ("Air France-KLM", "Air France", "KLM", "Lufthansa", "IAG", "British Airways",
             "Iberia", "Emirates", "Qatar Airways", "Etihad", "Saudia", "Riyadh Air",
             "flydubai", "Ryanair", "easyJet", "Delta", "United Airlines", "American Airlines",
             "Air Canada", "Singapore Airlines", "Cathay Pacific", "ANA", "Japan Airlines",
             "Turkish Airlines", "Air India", "IndiGo", "LATAM", "Korean Air", "Air China",
             "Qantas", "Wizz Air", "Vueling", "Transavia", "Corsair", "Air Caraïbes")
# A trade few companies ply -> the well-known companies that ply it: "l'ESN" (entreprise de
# services du numérique), "l'électricien", "l'armateur", "le fondeur" are how French news calls
# such a company named before, and only such a company (not the subject of the sentence before
# when that one is of another trade); read only as one the article names.
TRADES: dict[str, tuple[str, ...]] = {
    "esn": ("Capgemini", "Sopra Steria", "Atos", "Eviden", "Accenture", "Inetum", "Alten",
            "Wavestone", "Devoteam", "CGI", "Cognizant", "Infosys", "Tata Consultancy Services",
            "Wipro", "HCLTech", "NTT Data"),
    "électricien": ("EDF", "Engie", "RWE", "E.ON", "Iberdrola", "Enel"),
    "énergéticien": ("EDF", "Engie", "TotalEnergies", "RWE", "E.ON", "Iberdrola", "Enel"),
    "armateur": ("CMA CGM", "Maersk"),
    "fondeur": ("TSMC", "SMIC", "GlobalFoundries", "UMC", "Rapidus"),
    "lunetier": ("EssilorLuxottica",),
    "avionneur": ("Airbus", "Boeing", "Dassault Aviation"),
    "motoriste": ("Safran",),
    # (an oil major or a music major: the article's own names tell which)
    "major": ("TotalEnergies", "Shell", "BP", "ExxonMobil", "Chevron", "Aramco",
              "Universal Music Group", "Sony Music", "Warner Music Group"),
    # "Le réseau social" is the article's social network, never the search engine or the
    # start-up the sentence before was about ("Google … a mis fin à leur collaboration. Le
    # réseau social s'est rabattu sur…" is Meta).
    "réseau social": ("Meta", "Facebook", "Instagram", "Snap", "X", "Twitter", "TikTok",
                      "ByteDance", "Pinterest", "Reddit", "LinkedIn", "Bluesky", "Discord",
                      "Weibo", "VK"),
    # An airline by its trade: "le groupe aérien", "la compagnie aérienne", "le transporteur
    # aérien" (not "la compagnie" alone, which news also writes for an insurer or any firm).
    "compagnie aérienne": _AIRLINES,
    "groupe aérien": _AIRLINES,
    "transporteur aérien": _AIRLINES,
}
_ALIASES = {"émirati": "émirien", "sud-coréen": "coréen", "étasunien": "américain",
            "hollandais": "néerlandais"}

# Nouns a description of a company is made of ("le groupe", "le géant", "la firme").
_HEADS = (r"groupe|géant|mastodonte|conglomérat|firme|entreprise|société|laboratoire|labo"
          r"|constructeur|fabricant|opérateur|éditeur|spécialiste|champion|numéro\s+un|leader"
          r"|start-?up|jeune\s+pousse|licorne|assureur|banque|distributeur|équipementier"
          r"|fondeur|concepteur|moteur\s+de\s+recherche|réseau\s+social|créateur\s+de\s+\w+")
# An adjective or two between the head and what it says ("le géant américain de Redmond").
_ADJ = r"(?:\s+(?!de\b|d['’]|du\b|des\b)[a-zà-ÿ-]+){0,2}?"
_UPPER = "A-ZÀ-ÖØ-Þ"
_OPEN = r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Cc]e|[Cc]ette|[Cc]et)\s*"
_OF = re.compile(
    rf"{_OPEN}(?:{_HEADS}){_ADJ}\s+(?:de\s+|d['’]\s*)(?:la\s+famille\s+)?(?P<name>[{_UPPER}][\w'’-]*(?:[\s-][{_UPPER}][\w'’-]*){{0,2}})")
_ADJECTIVE = re.compile(
    rf"{_OPEN}(?P<head>(?:{_HEADS})(?:\s+[a-zà-ÿ-]+)??\s+)?(?P<adj>[a-zà-ÿ-]+)\b(?!['’])"
    rf"(?!\s+[{_UPPER}])")
# Lowercase words between a description and the name it introduces ("coréen de robots Kinetra").
_LEADS_TO_NAME = re.compile(
    rf"(?:\s+(?:de\s+|d['’]\s*|des\s+|du\s+)?[a-zà-ÿ-]+){{0,3}}\s+(?=[{_UPPER}])")
_ADJECTIVES = frozenset(COUNTRIES) | frozenset(_ALIASES) | frozenset(TOWN_ADJECTIVES)
_ENDINGS = ("", "e", "ne", "s", "es", "nes")
# The words a sentence must hold for any description to be worth looking for.
# (the longest word of a town or founder: "son" of "Masayoshi Son" would let every sentence in)
_GATE = (frozenset(max(re.findall(r"[\w-]+", key), key=len) for key in (*HOMES, *FOUNDERS))
         | {a + end for a in _ADJECTIVES for end in _ENDINGS}
         | frozenset(key.split()[-1] for key in TRADES))  # ("aérien" of "groupe aérien")
# (each trade as its words are written: "réseau social", "groupe  aérien")
_TRADE_WORDS = "|".join("ESN" if t == "esn" else r"\s+".join(t.split()) for t in TRADES)
# A trade after its determiner ("L'ESN", "le premier fondeur chinois"), not introducing a
# name ("L'ESN nantaise Akilia"); the acronym in capitals.
_TRADE = re.compile(rf"{_OPEN}(?:(?:premier|première|grand|grande)\s+)?(?P<trade>"
                    rf"{_TRADE_WORDS})s?\b(?!['’])")


@dataclass(frozen=True, slots=True)
class Described:
    """A description in a sentence and the company it stands for."""

    start: int
    end: int
    name: str


def _masculine(word: str) -> str | None:
    """The table's form of an adjective as written: "coréennes" -> "coréen"."""
    for form in (word, word[:-1], word[:-2], word[:-3]):
        if form in _ADJECTIVES and word in {form + end for end in _ENDINGS}:
            return _ALIASES.get(form, form)
    return None


def of_nationality(after: str, name: str, others: Sequence[str]) -> str:
    """`name`, unless the first word of `after` is a nationality the tables say `name` is not
    of ("la start-up allemande" when `name` is French): then the first of `others` that is of
    it, else the first not known to be of another, else `name`."""
    word = after.split(maxsplit=1)[0].strip(",;:.").lower() if after.strip() else ""
    adjective = _masculine(word) if word else None
    country = COUNTRIES.get(adjective) if adjective else None
    if not country or name in country or not any(name in c for c in COUNTRIES.values()):
        return name
    known = {n for c in COUNTRIES.values() for n in c}
    return next((n for n in others if n in country), None) or next(
        (n for n in others if n != name and n not in known), name)


def other_nationality(name: str, word: str, described_as: dict[str, list[str]]) -> bool:
    """Whether `word` is a nationality ("française") and the article described `name` with
    another one ("une fintech espagnole"): `described_as` maps the article's words to the
    companies it described with them (reader.coref.descriptors)."""
    adjective = _masculine(word.strip(",;:.").lower())
    if adjective not in COUNTRIES:
        return False
    return any(name in names and (other := _masculine(w)) in COUNTRIES and other != adjective
               for w, names in described_as.items())


def by_founder(description: str) -> bool:
    """Whether a description ends on a founder the tables know ("la société de Sam Altman"):
    one company, whatever the article's own start-up is."""
    lower = " ".join(description.lower().split())
    return any(lower.endswith(" " + founder) for founder in FOUNDERS)


def worth_reading(words: Iterable[str]) -> bool:
    """Whether a sentence's lowercased words may hold a description these tables resolve."""
    return not _GATE.isdisjoint(words)


def _pick(candidates: Sequence[str], named: Sequence[str], subject: Sequence[str],
          alone: bool, before: Sequence[str] = ()) -> str | None:
    """The candidate the article means: one the sentence named before the description (the
    nearest), else the sentence before's subject, else the one the article names (the most
    named first); else, when `alone` allows, the only candidate."""
    for name in reversed(before):
        if name in candidates:
            return name
    for name in subject:
        if name in candidates:
            return name
    for name in named:
        if name in candidates:
            return name
    return candidates[0] if alone and len(candidates) == 1 else None


def described(sentence: str, named: Sequence[str], subject: Sequence[str] = (),
              spans: Sequence[tuple[int, str]] = ()) -> list[Described]:
    """The descriptions of well-known companies in `sentence`, each resolved to a company.

    `named` lists the article's companies (the most named first), `subject` those the sentence
    before was about, `spans` the companies named in the sentence (start, name): "Claude, le
    modèle de la start-up américaine" is the maker just named. A description followed by a
    name only introduces it ("le groupe coréen Samsung") and is left alone."""
    out: list[Described] = []
    for match in _OF.finditer(sentence):
        place = " ".join(match.group("name").split()).lower()
        home = HOMES.get(place)
        founder = FOUNDERS.get(place)
        if home is None and founder is None:
            # "le géant de Mountain View, Google": the longest known prefix of the name.
            words = place.split()
            for size in range(len(words) - 1, 0, -1):
                head = " ".join(words[:size])
                home, founder = HOMES.get(head), FOUNDERS.get(head)
                if home or founder:
                    break
        candidates = home or founder
        if candidates and means_a_startup(match.group()):
            # "la start-up de Seattle" is a young company of that town, never its giant: left
            # to the story's start-up when no other company of the town is known.
            candidates = tuple(c for c in candidates if c not in GIANTS)
        if not candidates:
            continue
        before = [n for start, n in spans if start < match.start()]
        name = _pick(candidates, named, subject, alone=True, before=before)
        if name:
            out.append(Described(match.start(), match.end("name"), name))
    for match in _ADJECTIVE.finditer(sentence):
        if any(d.start <= match.start() < d.end for d in out):
            continue
        adjective = _masculine(match.group("adj").lower())
        if adjective is None or (adjective == "français" and not match.group("head")):
            continue  # ("le français" alone is the language)
        lead = _LEADS_TO_NAME.match(sentence, match.end())
        if lead and any(start == lead.end() for start, _ in spans):
            # "Le fabricant coréen de robots Kinetra": an apposition introducing the name
            # that follows, not a description standing for another company.
            continue
        town = TOWN_ADJECTIVES.get(adjective)
        candidates = town or COUNTRIES.get(adjective)
        if not candidates:
            continue
        before = [n for start, n in spans if start < match.start()]
        name = _pick(candidates, named, subject, alone=town is not None, before=before)
        if name:
            out.append(Described(match.start(), match.end(), name))
    # (each trade word tested against the descriptions and names read once, not all of them for
    # each: "l'ESN X et l'ESN Y et …" was quadratic. A trade description never covers a later
    # trade word, so only the descriptions read before this loop are looked up.)
    read = sorted((d.start, d.end) for d in out)
    read_starts = [start for start, _ in read]
    read_reach = list(accumulate((end for _, end in read), max))
    span_starts = {start for start, _ in spans}
    ordered = all(a[0] <= b[0] for a, b in pairwise(spans))
    trade_spans: dict[str, tuple[list[int], list[str]]] = {}
    for match in _TRADE.finditer(sentence):
        lead = _LEADS_TO_NAME.match(sentence, match.end())
        at = bisect_right(read_starts, match.start())
        if (at and read_reach[at - 1] > match.start()) or (lead and lead.end() in span_starts):
            continue
        trade = " ".join(match.group("trade").lower().split())
        if trade not in trade_spans:
            # (the sentence's names this trade may mean, in order: _pick takes the last one
            # before the description that is a candidate)
            kept = [(start, n) for start, n in spans if n in TRADES[trade]]
            trade_spans[trade] = ([start for start, _ in kept], [n for _, n in kept])
        starts, names = trade_spans[trade]
        before = names[:bisect_left(starts, match.start())] if ordered else [
            n for start, n in zip(starts, names, strict=True) if start < match.start()]
        name = _pick(TRADES[trade], named, subject, alone=False, before=before)
        if name:
            out.append(Described(match.start(), match.end(), name))
    return sorted(out, key=lambda d: d.start)


# Large groups, never "la jeune pousse" of a story (the AI labs often are "la start-up").
GIANTS = frozenset((
    "Apple", "Google", "Alphabet", "Microsoft", "Meta", "Amazon", "Amazon Web Services",
    "Nvidia", "Intel", "AMD", "IBM", "Oracle", "Salesforce", "Adobe", "Cisco", "Dell", "HP",
    "Qualcomm", "Broadcom", "Tesla", "Samsung", "LG", "SK Hynix", "SK Telecom", "Hyundai",
    "Sony", "Toyota", "SoftBank", "NTT", "Fujitsu", "NEC", "Hitachi", "Panasonic", "Alibaba",
    "Tencent", "Baidu", "ByteDance", "Huawei", "Xiaomi", "Lenovo", "BYD", "TSMC", "ASML", "SAP",
    "Siemens", "Bosch", "Volkswagen", "BMW", "Mercedes-Benz", "Renault", "Stellantis", "Orange",
    "Iliad", "Bouygues", "Capgemini", "Thales", "Airbus", "BNP Paribas", "Société Générale",
    "AXA", "Crédit Agricole", "Carrefour", "LVMH", "TotalEnergies", "EDF", "Deutsche Telekom",
    "Vodafone", "Telefónica", "Verizon", "AT&T", "T-Mobile", "Walmart", "Naver", "Kakao",
    "Infosys", "Reliance", "Tata", "Aramco", "Nokia", "Ericsson", "Accenture",
    "JPMorgan", "Goldman Sachs", "Morgan Stanley", "HSBC", "Allianz", "Disney", "Netflix",
))
# A trade noun right before a name ("l'opérateur Bharat Connect", "le groupe japonais Fujitsu"):
# the article presents that company as established, not as a start-up.
_TRADE_BEFORE = re.compile(
    r"(?:\b[Ll]e|\b[Ll]a|\b[Ll]['’]|\b[Dd]u|\b[Aa]u)\s*(?:groupe|géant|conglomérat|opérateur"
    r"|banque|assureur|constructeur|fabricant|distributeur|enseigne|équipementier|armateur"
    r"|industriel|fonds|mastodonte|numéro\s+un|leader)(?:\s+[a-zà-ÿ-]+){0,2}\s+$")
_STARTUP_WORDS = re.compile(r"pousse|start-?up|licorne|pépite", re.IGNORECASE)


def established(text: str, companies: Iterable[tuple[int, str]]) -> set[str]:
    """The companies (given as (start in `text`, name)) that are not start-ups: the large
    groups, and those the article introduces with a trade noun."""
    out = set()
    for start, name in companies:
        if name in GIANTS or _TRADE_BEFORE.search(text, max(0, start - 50), start):
            out.add(name)
    return out


def means_a_startup(description: str) -> bool:
    """Whether a description can only stand for a young company ("la jeune pousse")."""
    return _STARTUP_WORDS.search(description) is not None


# One name per company on the map, as the company is best known: a cloud arm called after its
# group is the group ("le partenariat avec Google Cloud" is a partnership with Google, "un
# contrat avec Amazon Web Services" one with Amazon: news writes either name for the same deal,
# and a map that splits them shows half of the group's deals under each). A division known
# under a brand that does not start with its group's name (Google DeepMind is a lab of its own,
# with its own models) keeps it; "AWS" is filed under Amazon Web Services, so under Amazon.
_GROUP_ARMS = (" Cloud", " Cloud Platform", " Web Services")


def group_name(name: str, companies: Iterable[str] = ()) -> str:
    """The name the map gives a company: "Google Cloud" -> "Google" when "Google" is a company
    (`companies` lists the known ones, besides the well-known groups)."""
    for arm in _GROUP_ARMS:
        if name.endswith(arm):
            group = name[: -len(arm)]
            if group in GIANTS or group in companies:
                return group
    return name


# The words a description is built from that say nothing of which company it is: the article
# calls every company "le groupe"; the previous subject settles those (reader.relations).
_GENERIC = frozenset({
    "groupe", "société", "entreprise", "firme", "compagnie", "géant", "acteur", "start-up",
    "startup", "pousse", "jeune", "licorne", "pépite", "nouveau", "nouvelle", "ancien",
    "ancienne", "grand", "grande", "petit", "petite", "premier", "première", "autre", "même",
    "seul", "seule", "principal", "principale"})
# Words between a trade noun and the name it introduces that show the noun is no description
# of that name: a verb, an article, a preposition other than "de" ("le groupe a signé avec X").
_NOT_DESCRIBING = frozenset({
    "a", "ont", "est", "sont", "avec", "et", "ou", "qui", "que", "qu", "par", "pour", "sur",
    "dans", "chez", "en", "au", "aux", "à", "son", "sa", "ses", "leur", "leurs", "un", "une",
    "les", "le", "la", "se", "ne", "pas", "y", "il", "elle", "comme", "dont", "vers", "entre",
    "contre", "plus", "aussi", "déjà", "face", "tel", "telle", "tels", "telles", "via", "selon"})
_VERB_LIKE = re.compile(r"(?:é|ée|és|ées|ait|aient|era|eront|ront|ent)$")
# "le distributeur belge Delhaize", "l'opérateur de télécommunications Free": a definite or
# indefinite description just before the name it introduces.
_BEFORE_NAME = re.compile(
    r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Uu]n|[Uu]ne)\s*(?P<head>[a-zà-ÿ][a-zà-ÿ-]{2,})"
    r"(?P<tail>(?:\s+(?:de\s+|d['’]\s*|des\s+|du\s+)?[a-zà-ÿ-]+){0,4})\s+$")
# "Accenture, le cabinet de conseil", "Fjordcompute, un opérateur norvégien": an apposition.
_AFTER_NAME = re.compile(
    r"\s*,\s*(?:le|la|l['’]|un|une)\s*(?P<head>[a-zà-ÿ][a-zà-ÿ-]{2,})(?P<tail>\s+[a-zà-ÿ-]+)?")


def _description_words(head: str, tail: str) -> list[str] | None:
    """The words of a description worth remembering: its head noun (unless generic) and the
    adjective right after it ("opérateur", "norvégien"); None when it is no description."""
    words = re.findall(r"[a-zà-ÿ-]+", tail)
    if any(w in _NOT_DESCRIBING or _VERB_LIKE.search(w) for w in words):
        return None
    out = [] if head in _GENERIC else [head]
    if tail.strip() and not re.match(r"\s+(?:de|d['’]|des|du)\b", tail) and words \
            and words[0] not in _GENERIC:
        out.append(words[0])
    return out


def descriptors(text: str, companies: Iterable[tuple[int, int, str]],
                not_agents: re.Pattern[str]) -> list[tuple[int, str, str]]:
    """The words the article describes each company with, where it does: (position, word,
    company), for "le distributeur belge Delhaize" ("distributeur", "belge": Delhaize).

    French news names a company once with what it is, then calls it by that alone ("Le
    distributeur a…"): the article's own words, not a list, say which company a later
    description means. `not_agents` matches the nouns of things and events, never kept."""
    out = []
    for start, end, name in companies:
        last = _LAST_WORD.search(text, max(0, start - 30), start)
        # (a description ends on its noun or adjective, never on "avec", "de", "le": most
        # names are not described, and the search below is then not worth making)
        found = None if last is None or last.group(1) in _NOT_DESCRIBING \
            or last.group(1) in _NEVER_LAST else next(
            # (the nearest determiner first: "un contrat avec la banque X" is "la banque")
            (m for d in reversed(list(_DETERMINER.finditer(text, max(0, start - 80), start)))
             if (m := _BEFORE_NAME.match(text, d.start(), start))), None)
        for match in (found, _AFTER_NAME.match(text, end)):
            if match is None or not_agents.fullmatch(match.group("head")):
                continue
            words = _description_words(match.group("head"), match.group("tail") or "")
            out += [(start, word, name) for word in words or ()]
    return sorted(out)


_LAST_WORD = re.compile(r"([a-zà-ÿ-]+)\s+$")
_NEVER_LAST = frozenset({"de", "des", "du", "d", "l", "le", "la", "les"})
_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Uu]n|[Uu]ne)\b")
