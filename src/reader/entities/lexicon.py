"""The cue lexicon: French (and some English) words around a name that say what it names.

Plain data: word sets and the few regular expressions made of words. The rules that read
them are in rules.py, guessing.py and matcher.py.
"""

from __future__ import annotations

import re

from reader.entities.base import COMPANY, MODEL


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


TOKEN = re.compile(r"\w+(?:-\w+)*")
WINDOW_CUT = re.compile(r"[.!?;:,«»\"“”()\[\]\n\x00]")
MODEL_NOUNS = word_set(
    "modèle modèles model models llm llms chatbot chatbots assistant assistante assistants agent "
    "agents application applications app apps appli applis version versions outil outils "
    "générateur logiciel moteur robot interface famille"
)
COMPANY_NOUNS = word_set(
    "start-up startup start-ups startups pousse société sociétés entreprise entreprises groupe "
    "firme laboratoire labo compagnie éditeur fabricant constructeur pépite licorne opérateur "
    "géant company firm lab maker rival rivale concurrent concurrente filiale fonds banque "
    "spécialiste acteur biotech fintech medtech healthtech edtech legaltech insurtech scale-up "
    "coentreprise"
)
ROLE_NOUNS = word_set(
    "fondateur fondatrice fondateurs cofondateur cofondatrice cofondateurs co-fondateur pdg ceo "
    "patron patronne dirigeant dirigeante dirigeants directeur directrice président présidente "
    "investisseur investisseurs actionnaire actionnaires capital valorisation rachat salariés "
    "employés ingénieurs chercheurs équipes équipe siège bureaux locaux levée porte-parole "
    "concurrents rivaux clients client créateur créateurs chiffre revenus bénéfices résultats "
    "action actions titre cours bourse introduction cofounder founder ceo"
)
MADE_WITH = word_set(
    "généré générée générés générées créé créée créés créées produit produite produits "
    "produites réalisé réalisée réalisés réalisées dessiné dessinée imaginé imaginée rédigé "
    "rédigée rédigés rédigées écrit écrite écrits écrites traduit traduite generated created "
    "written made"
)
# A verb just before the name whose object is a model: "Tencent intègre DeepSeek".
USE_VERBS = word_set(
    "intègre intègrent intégrer intégré intégrée intégrant utilise utilisent utiliser utilisé "
    "utilisant adopte adoptent adopter adopté déploie déploient déployer déployé télécharger "
    "téléchargé télécharge teste tester testé essayer essayé essaie interroger interrogé "
    "interroge héberge héberger hébergé propose proposer proposé proposerait intègrera "
    "integrates integrated uses using used deploys deployed"
)
# A verb just before the name whose object is a business: "Disney a assigné Midjourney".
SUE_VERBS = word_set(
    "assigné assigne assignent assigner poursuit poursuivent poursuivi poursuivre attaque "
    "attaquent attaqué attaquer accuse accusent accusé condamne condamné sanctionne sanctionné "
    "rachète rachètent racheté racheter acquiert acquis absorbe absorbé sued sues suing acquired "
    "acquires"
)
INVEST_WORDS = word_set(
    "investir investit investi investissent investissement investissements participation "
    "participations parts actions injecte injecté injecter entre entré entrer invest invested "
    "investing stake"
)
OWNER_PREPS = frozenset({"de", "d", "du", "des", "of"})
# "visée par une plainte de Reddit", "le procès de YouTube": who files a suit, or stands in
# one, is the business (a product files none).
SUIT_NOUNS = word_set("plainte plaintes procès poursuites assignation recours")
AGENT_PREPS = frozenset({"chez", "par", "at", "by"})
STOP = word_set(
    "comme et ou avec contre face mais tandis sur pour à au aux que qui dont ni car donc puis "
    "selon via entre vs versus than and or with like such as to"
)
COMPANY_VERB = re.compile(
    # (past an incise or an apposition closed by its comma: "Reddit, de son côté, poursuit",
    # "Dailymotion, la plateforme vidéo française, a retenu")
    r"(?:[ \t]*,[^,.;:!?\n«»()]{1,60},"
    # (or as the subject of a relative clause: "Orange, qui avait signé avec OpenAI")
    r"|[ \t]*,[ \t]*qui(?=[ \t]))?"
    r"[ \t]+(?:(?:l['’]|les[ \t]+|en[ \t]+|y[ \t]+)?(?:a|avait|aurait)[ \t]+"
    # (an adverb between: "a pourtant signé", "a déjà conclu", "a en revanche mis un terme")
    r"(?:(?:pourtant|déjà|aussi|également|récemment|finalement|notamment|en[ \t]+revanche|"
    r"par[ \t]+ailleurs|de[ \t]+son[ \t]+côté|pour[ \t]+sa[ \t]+part)[ \t]+)?"
    # (a party choosing, or ending, a deal: "a retenu Mistral AI", "a mis un terme à")
    r"(?:retenu|choisi|mis[ \t]+(?:un[ \t]+terme|fin)|rompu|"
    r"levé|lancé|annoncé|publié|dévoilé|présenté|racheté|assigné|poursuivi|négocié|"
    r"recruté|investi|signé|embauché|licencié|conclu|obtenu|ouvert|été[ \t]+(?:fondée?|valorisée?|"
    r"créée?|rachetée?))|lève|lance|annonce|publie|dévoile|présente|rachète|recrute|investit|signe|"
    # a party of a deal or a lawsuit: "Reddit poursuit Anthropic", "X discute avec Y"
    r"poursuit[ \t]+(?=[A-ZÀ-ÖØ-Þ])|assigne|"
    r"(?:discute|négocie|discuterait|négocierait)[ \t]+(?:\w+[ \t]+)?avec|"
    # ("X s'est entendu avec Y", "X s'associe à Y")
    r"s['’](?:est[ \t]+(?:entendue?|associée?|alliée?)|associe|allie)[ \t]+(?:avec|à)|"
    r"emploie|embauche|licencie|revendique|vaut|est[ \t]+valorisée?|raised|launched|announced|"
    r"released|unveiled|acquired|hired|is[ \t]+valued)\b"
)
MODEL_VERB = re.compile(
    r"[ \t]+(?:répond|a[ \t]+répondu|génère|a[ \t]+généré|rédige|hallucine|"
    r"(?:est|sera|serait|pourrait[ \t]+(?:ainsi[ \t]+)?être)[ \t]+(?:disponible|téléchargeable|"
    r"accessible|préinstallée?|intégrée?)|"
    r"s['’]est[ \t]+hissée?[ \t]+en[ \t]+tête|"
    r"a[ \t]+été[ \t]+(?:téléchargée?|adoptée?|entraînée?|intégrée?)|answers|answered|generates|"
    r"generated)\b"
)
HONORIFICS = word_set(
    "m mme mlle monsieur madame mademoiselle dr docteur saint sainte st prénom frère sœur soeur "
    "père abbé mr mrs ms miss sir"
)
SPEECH_VERBS = word_set(
    "amuse dit explique raconte confie ajoute souligne sourit témoigne résume assure affirme "
    "précise estime reconnaît poursuit insiste lance tranche glisse note regrette"
)
SURNAME = re.compile(r"[ \t\u00a0]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\b")
NOT_SURNAMES = word_set(
    "Pro Plus Max Code Chat Mini Ultra Enterprise Team Desktop Web Mobile Instant Opus Sonnet "
    "Haiku Live Nano Flash Advanced Turbo Premium"
)
SENTENCE_END = ".!?…:\n"
COORDINATION = re.compile(r"[ \t]*(?:,|et|ou|and|or|&)[ \t]+|[ \t]*,[ \t]*(?:et|ou|and|or)?[ \t]*")
SENTENCE_LEAD = " \t\u00a0*_#>«\"'“‘([-–—•\x00"


# A version after a model's name: "2", "4.0", "v2.1", "X1", then maybe an edition ("1.5 Large"), or
# an edition joined by a hyphen ("Flash-Lite"). Never a year, a count or a quantity.
EDITIONS = (
    "Pro|Flash|Lite|Mini|mini|Max|Turbo|Ultra|Nano|Large|Small|Medium|Plus|Instruct|Chat|"
    "Vision|Preview|Thinking|Reasoning|Heavy|Lightning|Air|Exp|Coder"
)
VERSION_TAIL = re.compile(
    rf"(?:[ \u00a0-](?:[vV]|[A-Z](?=\d))?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?:[ -](?:{EDITIONS}))?"
    rf"|-(?:{EDITIONS}))"
    r"(?![\w.,]?\w)"
)
NOT_VERSION = re.compile(
    r"[ \u00a0]*(?:%|€|\$|[ \u00a0](?:fois|ans?|mois|jours?|heures?|minutes?|secondes?|"
    r"semaines?|millions?|milliards?|mille|euros?|dollars?|utilisateurs?|personnes|pays|"
    r"langues|pour|sur|points?|places?|rangs?|ème|e|er|re|h|min|s|B|M|G|Go|To|Mo)\b)"
)


# What a comma and a noun right after a name call it: "Mistral, la start-up", "Le Chat, son
# assistant", "Gemma, une cliente", "Chrome, le navigateur", and a participle: "Midjourney,
# poursuivie par Disney" (what is sued, bought, valued or listed is a business).
APPOSED = re.compile(
    r"[ \t]*,[ \t]*(?P<det>l['’][ \t]*|(?:la|le|les|une?|cette|ce|cet|notre|sa|son|ses|leur|"
    r"the|an?)[ \t]+)?(?P<first>[\w-]+)(?:[ \t]+(?P<second>[\w-]+))?",
    re.IGNORECASE,
)
APPOSED_NOUNS = (
    (COMPANY, word_set(
        "start-up startup start-ups startups jeune société entreprise firme pépite licorne groupe "
        "laboratoire compagnie filiale maison company firm lab"
    )),
    (MODEL, word_set(
        "chatbot modèle assistant assistante agent application appli model app"
    )),
    ("person", word_set(
        "client cliente utilisateur utilisatrice ingénieur ingénieure étudiant étudiante "
        "développeur développeuse directeur directrice fondateur fondatrice chercheur chercheuse "
        "employé employée salarié salariée graphiste illustrateur illustratrice médecin avocat "
        "avocate analyste enseignant enseignante professeur professeure lycéen lycéenne mère père "
        "fille fils retraité retraitée habitant habitante journaliste consultant consultante "
        "responsable infirmier infirmière patient patiente créateur créatrice"
    )),
    ("product", word_set(
        "navigateur réseau plateforme service logiciel moteur jeu smartphone téléphone console "
        "puce site messagerie système outil produit marque browser"
    )),
)
APPOSED_PARTICIPLES = word_set(
    "poursuivi poursuivie assigné assignée attaqué attaquée accusé accusée condamné condamnée "
    "racheté rachetée valorisé valorisée coté cotée fondé fondée créé créée financé financée "
    "soutenu soutenue détenu détenue contrôlé contrôlée sued acquired valued founded backed"
)



# Common first names, and family names written first (Korean, Chinese, Japanese, Vietnamese):
# a two-word name that starts with one is a person's ("Pierre Dupont", "Kim Jae-won"), while
# two capitalised words in a list of investors or clients are otherwise a business's name.
FIRST_NAMES = word_set(
    "Adam Adrien Agnès Alain Albert Alex Alexandre Alexis Alice Aline Amélie Anne Annie Antoine "
    "Arnaud Arthur Aurélie Bastien Benjamin Benoît Bernard Bertrand Brigitte Bruno Camille "
    "Caroline Catherine Cécile Céline Charles Charlotte Chloé Christian Christine Christophe "
    "Claire Clément Corinne Cyril Damien Daniel David Delphine Denis Didier Dominique Édouard "
    "Éric Emma Emmanuel Emmanuelle Étienne Fabien Fabrice Florence Florian François Françoise "
    "Frédéric Gabriel Geoffroy Georges Gérard Gilles Guillaume Hélène Henri Hugo Hugues Isabelle "
    "Jacques Jean Jean-Baptiste Jean-Charles Jean-Claude Jean-François Jean-Louis Jean-Luc "
    "Jean-Marc Jean-Michel Jean-Noël Jean-Paul Jean-Pierre Jérôme Joël Julie Julien Juliette "
    "Justine Karine Laetitia Laura Laure Laurence Laurent Léa Louis Louise Luc Lucas Lucie Manon "
    "Marc Margaux Marie Marine Marion Martin Mathieu Mathilde Matthieu Maxime Michel Michèle "
    "Mickaël Nadia Nathalie Nicolas Noémie Olivier Pascal Patrick Paul Pauline Philippe Pierre "
    "Quentin Raphaël Régis Rémi Renaud Romain Sabine Samuel Sandrine Sarah Sébastien Simon "
    "Sophie Stéphane Stéphanie Sylvain Sylvie Thibault Thierry Thomas Valérie Vincent Virginie "
    "Xavier Yann Yannick Yves "
    "Aaron Alan Alexander Amanda Amy Andrew Andy Anna Barbara Ben Bill Bob Brad Brian Carl "
    "Chris Christopher Dan Dario Dave Diane Doug Elizabeth Elon Emily Eric Frank Fred Gary "
    "George Greg Harry Helen Ian Jack Jacob James Jane Jason Jeff Jennifer Jensen Jessica Jim "
    "Joe John Jonathan Joseph Josh Kate Kevin Larry Lisa Marc Mark Mary Matt Matthew Michael "
    "Mike Mustafa Nick Noam Patricia Peter Rachel Reid Richard Rob Robert Ryan Sam Sarah Satya "
    "Scott Sean Steve Steven Sundar Susan Tim Tom Tony Vinod Will William "
    "Abdullah Ahmed Ali Amir Anil Arjun Arvind Ashok Carlos Diego Eduardo Elena Fatima Fernando "
    "Francesca Giovanni Giulia Giuseppe Hans Hassan Ivan Javier Jorge José Juan Karl Klaus "
    "Lars Luca Lucía Luis Manuel Marco Maria María Marta Matías Mehmet Miguel Mohamed Mohammed "
    "Mukesh Nandan Olga Omar Pablo Paolo Pedro Priya Rahul Raj Rajesh Ravi Roberto Sergey "
    "Sergio Stefan Sven Tariq Ursula Valeria Vijay Wolfgang Yoshua Youssef "
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song "
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo "
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Masayoshi "
    "Nguyen Tran Pham Le Hoang"
)
