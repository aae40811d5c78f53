"""Parties of relations the gazetteer does not know, found by the words around them (issue 14)."""

from __future__ import annotations

import pytest

from reader import document
from reader.entities import default_matcher, find_in_blocks


@pytest.fixture(autouse=True)
def _fresh_default_matcher():
    default_matcher.cache_clear()
    yield
    default_matcher.cache_clear()


def in_article(text: str) -> list[tuple[str, str]]:
    blocks = [document.Block(document.PARAGRAPH, text)]
    return [(m.text, m.kind) for m in find_in_blocks(blocks).mentions[0]]


def companies(text: str) -> list[str]:
    return [name for name, kind in in_article(text) if kind == "company"]


# ---- a name after a trade that supplies or serves (description noun, complement, adjective)

@pytest.mark.parametrize(("text", "name"), [
    ("Le fournisseur de calcul norvégien Borealis Grid ouvre un centre à Oslo.", "Borealis Grid"),
    ("Orange confie sa maintenance au prestataire roumain de services informatiques Tarnava.",
     "Tarnava"),
    ("L'agence publicitaire nantaise Pivoine adopte les outils de Runway.", "Pivoine"),
    ("Sanofi travaille avec le laboratoire danois Nordavia sur ses essais.", "Nordavia"),
    ("Le réseau de cliniques belge Sanaxis déploie l'assistant de Nabla.", "Sanaxis"),
])
def test_a_name_after_a_trade_noun_is_a_business(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(("text", "name"), [
    # a news agency is a source, a social network a product, a person is no supplier
    ("Sony discute avec OpenAI, rapporte l'agence japonaise Jiji.", "Jiji"),
    ("Le message a été publié sur le réseau social Mastodon, puis retiré par Meta.", "Mastodon"),
    ("Le fournisseur de Renault, selon Pierre Martin, reste discret.", "Pierre Martin"),
])
def test_what_the_same_words_call_no_business(text: str, name: str) -> None:
    assert name not in companies(text)


# ---- a business's name is not a person's, even in an apposition a person could take

def test_a_name_ending_in_a_business_word_set_off_as_a_designer_is_a_business() -> None:
    text = ("Cet automne, Halden Silicon, un concepteur suédois de puces réseau, ouvrira un "
            "bureau à Lund. Ravel Systems, concepteur de logiciels embarqués, recrute.")
    assert {"Halden Silicon", "Ravel Systems"} <= set(companies(text))


def test_a_first_name_and_surname_set_off_as_a_designer_stays_a_person() -> None:
    text = "Intel a recruté Julie Moreau, une conceptrice de puces réputée, venue d'Arm."
    assert "Julie Moreau" not in companies(text)


# ---- a business's own models: the models named, and the business that owns them

def test_one_of_a_business_s_own_models_named_after_dont_is_a_model() -> None:
    text = ("Orvalis entraîne désormais ses propres modèles, dont Brume-Pro, présenté en mai, "
            "et continue de développer ses propres modèles, dont KESTREL, pour la défense.")
    found = in_article(text)
    assert ("Brume-Pro", "model") in found and ("KESTREL", "model") in found
    assert ("Orvalis", "company") in found


def test_who_has_its_own_model_is_a_business_even_in_a_relative_clause() -> None:
    text = ("Les hôpitaux espagnols ont choisi Lunaria, qui entraîne son propre modèle sur "
            "leurs dossiers.")
    assert "Lunaria" in companies(text)


@pytest.mark.parametrize("text", [
    "Claire Fontaine a ses propres modèles de gestion du risque, dit-elle.",
    "Selon Gartner, les banques préfèrent leurs propres modèles.",
])
def test_a_person_or_a_cited_firm_with_own_models_is_no_business(text: str) -> None:
    assert companies(text) == []


# ---- the other party of a deal, named right after "avec" or "à"

@pytest.mark.parametrize(("text", "name"), [
    ("Elle négocie par ailleurs un contrat de licence avec Parlara, selon la presse.",
     "Parlara"),
    ("Le constructeur, qui travaillait jusqu'ici avec Vocalys pour la navigation, change.",
     "Vocalys"),
    ("Le groupe envisagerait de s'allier à Trevano pour ses usines.", "Trevano"),
    ("La banque a signé en mars un partenariat avec Quorvo.", "Quorvo"),
])
def test_the_other_party_of_a_deal_is_a_business(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(("text", "name"), [
    # a person, a government's seat, a person the text named in full before
    ("La start-up a signé un accord avec Claire Morel, ancienne de Google.", "Claire Morel"),
    ("Le groupe négocie un accord de coopération avec Bruxelles.", "Bruxelles"),
    ("Julien Vasseur a rejoint la société. Elle travaille déjà avec Vasseur depuis mai.",
     "Vasseur"),
])
def test_a_person_or_a_place_in_the_slot_of_a_deal_is_no_business(text: str, name: str) -> None:
    assert name not in companies(text)


# ---- an outlet acting in the story, and a group that is not its own IT arm

def test_an_outlet_the_text_calls_a_group_acts_in_the_story() -> None:
    text = ("Selon Le Monde, la presse négocie. Le groupe Le Monde a assigné Perplexity, "
            "qui conteste.")
    blocks = [document.Block(document.PARAGRAPH, text)]
    mentions = find_in_blocks(blocks).mentions[0]
    acting = [(m.start, m.canonical) for m in mentions if m.text == "Le Monde"]
    # the group that sues is a business; the newspaper cited first stays a source
    assert acting == [(text.index("Le Monde a"), "Le Monde")]


@pytest.mark.parametrize(("text", "acting"), [
    ("Le Financial Times a assigné Cohere en justice, selon le Financial Times lui-même.",
     "Financial Times a"),
    ("Mistral AI a conclu un accord de licence avec l'AFP, rapporte Reuters.", "AFP,"),
])
def test_an_outlet_that_sues_or_signs_acts_in_the_story(text: str, acting: str) -> None:
    blocks = [document.Block(document.PARAGRAPH, text)]
    mentions = find_in_blocks(blocks).mentions[0]
    outlets = [m.start for m in mentions if m.text in ("Financial Times", "AFP", "Reuters")]
    # the outlet that sues or signs is a party; the same outlet cited stays a source
    assert outlets == [text.index(acting)]


def test_a_source_outlet_without_group_stays_no_mention() -> None:
    assert companies("Selon le Financial Times, Meta discute avec Google.") == ["Meta", "Google"]


def test_the_schwarz_group_is_not_its_it_arm() -> None:
    text = "Bosch, SAP et Schwarz Gruppe ont investi; Schwarz Digits héberge les modèles."
    blocks = [document.Block(document.PARAGRAPH, text)]
    names = {m.text: m.canonical for m in find_in_blocks(blocks).mentions[0]}
    assert names["Schwarz Gruppe"] == "Schwarz"
    assert names["Schwarz Digits"] == "Schwarz Digits"


# ---- a party entrusted with a task, a business absorbed, a supplier chosen

def test_who_a_task_is_entrusted_to_described_by_an_indefinite_apposition_is_a_business() -> None:
    text = ("La mutuelle a confié le tri des sinistres à Corvanta, un spécialiste belge de la "
            "vision par ordinateur.")
    assert "Corvanta" in companies(text)


@pytest.mark.parametrize("text", [
    "La société a ouvert un bureau à Lyon, une ville où elle recrute.",
    "Elle a déménagé à Nantes, la ville où est née la start-up.",
])
def test_a_town_after_a_before_an_apposition_is_no_business(text: str) -> None:
    assert companies(text) == []


def test_both_parties_of_a_merger_by_absorption_are_businesses() -> None:
    assert companies("Dorvel absorbe Pivota dans le cadre d'une fusion par échange d'actions.") \
        == ["Dorvel", "Pivota"]


def test_the_supplier_a_client_chose_for_a_task_is_a_business() -> None:
    assert "Velorio" in companies(
        "Son rival Stellantis a quant à lui retenu Velorio pour la conduite assistée.")


@pytest.mark.parametrize("text", [
    "Le conseil a choisi Marc Lemoine pour diriger la société.",
    "Le groupe a retenu Toulouse comme siège européen.",
])
def test_a_person_or_a_town_chosen_is_no_business(text: str) -> None:
    assert companies(text) == []


# ---- a brand in small letters between a description with a nationality and the verb

@pytest.mark.parametrize(("text", "name"), [
    ("Le munichois k8sight a levé 12 millions d'euros.", "k8sight"),
    ("L'estonien veriff s'allie à Mistral AI pour ses contrôles.", "veriff"),
    ("La plateforme bordelaise quotr signe avec Qonto.", "quotr"),
    # (at the end of the phrase: a relative clause, an apposition, the sentence's end)
    ("Le munichois k8sight, qui automatise les contrôles, lève 12 millions.", "k8sight"),
    ("Qonto a conclu un accord avec la plateforme bordelaise quotr.", "quotr"),
])
def test_a_brand_in_small_letters_after_a_nationality_is_a_business(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize("text", [
    "La start-up lyonnaise fondée en 2020 a levé des fonds.",
    "L'américain aussi a annoncé un plan.",
    "Le français reste une langue difficile pour les modèles.",
    "La société bordelaise elle-même a refusé.",
    "Elle a rejoint la start-up parisienne spécialisée.",
    "Il parle le chinois mandarin, dit-il.",
    "Elle a quitté l'entreprise allemande cotée, puis la start-up lyonnaise fondée en 2020.",
])
def test_a_participle_an_adverb_or_a_language_is_no_brand(text: str) -> None:
    assert companies(text) == []


def test_a_brand_in_small_letters_keeps_its_sense_where_it_is_repeated() -> None:
    text = ("L'allemand veriff a levé 30 millions. Deux ans plus tard, veriff emploie "
            "80 personnes.")
    assert companies(text) == ["veriff", "veriff"]


# ---- a platform name that is the business where the sentence makes it a competitor

def test_a_platform_named_as_a_competitor_is_the_business() -> None:
    text = "Tabnine subit la concurrence rude de GitHub, dont l'assistant domine le marché."
    assert ("GitHub", "company") in in_article(text)


@pytest.mark.parametrize("text", [
    "Le code de Tabnine est hébergé sur GitHub depuis 2020.",
    "Le chatbot subit la concurrence de ChatGPT depuis un an.",
])
def test_a_platform_or_a_model_elsewhere_keeps_its_sense(text: str) -> None:
    assert "GitHub" not in companies(text) and "ChatGPT" not in companies(text)


# ---- a parenthetical between the auxiliary and the participle; a retailer set off by commas

def test_who_on_its_side_released_a_model_is_a_business() -> None:
    text = "En Espagne, Lunaria a de son côté dévoilé Alba-7B, un modèle souverain."
    assert ("Lunaria", "company") in in_article(text)


def test_who_for_its_part_signed_with_a_known_business_is_a_business() -> None:
    text = "Norauto a pour sa part signé avec Google pour son service client."
    assert "Norauto" in companies(text)


def test_a_name_set_off_as_a_retailer_is_a_business_but_not_a_person() -> None:
    assert "Castomax Habitat" in companies(
        "Castomax Habitat, autre enseigne du secteur, recrute des vendeurs.")
    assert "Marie Dupont" not in companies("Marie Dupont, une distributrice de films, a parlé.")


# ---- French names ending in "IA"; a model after its maker's trade; a group's legal name

@pytest.mark.parametrize(("text", "name"), [
    ("Hélium IA, une jeune pousse rennaise, a signé avec Orange.", "Hélium IA"),
    ("Le contrat revient finalement à Boussole IA, installée à Lille.", "Boussole IA"),
])
def test_a_new_name_ending_in_ia_is_a_business(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize("text", [
    "La Stratégie IA du gouvernement finance le Campus IA de Saclay.",
    "Google IA présente ses outils aux écoles.",
])
def test_a_policy_or_a_known_business_and_the_word_ia_is_no_new_name(text: str) -> None:
    assert not any(name.endswith(" IA") for name in companies(text))


def test_the_model_named_after_its_makers_trade_is_the_model() -> None:
    text = "Vireo, l'éditeur toulousain du modèle Passereau-3B, recrute vingt ingénieurs."
    assert ("Passereau-3B", "model") in in_article(text)
    assert "Passereau-3B" not in companies(text)


def test_a_known_business_under_its_legal_name_keeps_its_name() -> None:
    blocks = [document.Block(document.PARAGRAPH,
                             "Mizuho Financial Group investit dans une start-up de Kyoto, "
                             "aux côtés du Groupe Renault.")]
    found = find_in_blocks(blocks).mentions[0]
    assert [(m.text, m.canonical) for m in found] == [("Mizuho Financial Group", "Mizuho"),
                                                      ("Groupe Renault", "Renault")]


def test_the_music_majors_are_not_the_film_studios() -> None:
    blocks = [document.Block(document.PARAGRAPH,
                             "Warner Music Group et Universal Music ont signé avec Udio, tandis "
                             "que NBCUniversal et Warner Bros. Discovery poursuivent Midjourney.")]
    found = find_in_blocks(blocks).mentions[0]
    assert [m.canonical for m in found] == ["Warner Music Group", "Universal Music Group", "Udio",
                                            "NBCUniversal", "Warner Bros. Discovery", "Midjourney"]


# ---- lists of examples ("des acteurs comme X, Y ou Z"), several of one country, alternatives

@pytest.mark.parametrize(("text", "names"), [
    ("Le secteur compte des acteurs établis comme Morvane, Quilta ou Brenzo.",
     ["Morvane", "Quilta", "Brenzo"]),
    ("Elle doit affronter des concurrents bien armés, comme les allemands Taskor et Velbrin.",
     ["Taskor", "Velbrin"]),
    ("Ses clients sont les japonais Harumo et Kisseto, qui l'utilisent en usine.",
     ["Harumo", "Kisseto"]),
])
def test_businesses_given_as_examples_or_by_country_are_businesses(text: str,
                                                                   names: list[str]) -> None:
    assert all(name in companies(text) for name in names), companies(text)


def test_examples_of_what_is_not_a_business_are_not_businesses() -> None:
    assert companies("Elle s'installe dans des villes comme Lyon ou Nantes, des régions "
                     "comme Occitanie, et cite des auteurs comme Victor Hugo.") == []


# ---- an anaphora with an ordinal; banks named in Italian or Spanish; who is sued; who a
# stake is taken in; a deal reported in the conditional

@pytest.mark.parametrize(("text", "name"), [
    ("Carvelle Santé change de cap. Le deuxième groupe de cliniques du pays arrête l'outil.",
     "Carvelle Santé"),
    ("Drevon Pharma accélère dans l'IA. Le laboratoire suisse recrute cinquante chercheurs.",
     "Drevon Pharma"),
    ("Le contrat a été signé par Banca Orsini, un établissement de Vérone.", "Banca Orsini"),
    ("Banco Lurdes teste l'assistant de Mistral AI.", "Banco Lurdes"),
    ("Quivane a assigné Sorbel Systèmes devant le tribunal de commerce.", "Sorbel Systèmes"),
    ("L'éditeur poursuit Trevalo en justice pour contrefaçon.", "Trevalo"),
    ("L'assureur a pris une participation de 15 % dans Mediquo.", "Mediquo"),
    ("Le groupe entre au capital de Lumeris à hauteur de 10 millions.", "Lumeris"),
])
def test_businesses_named_by_what_they_do_or_undergo(text: str, name: str) -> None:
    assert name in companies(text), companies(text)


def test_a_person_sued_is_not_a_business() -> None:
    assert "Paul Marchand" not in companies(
        "La société a assigné Paul Marchand devant le conseil de prud'hommes.")


def test_a_bank_named_by_its_head_word_opens_a_paragraph() -> None:
    assert "Banque Lurdes" in companies("Banque Lurdes teste l'assistant de Mistral AI.")


# ---- what is not a business though it stands where one could: a place, a label, a source,
# an adverb opening the sentence

@pytest.mark.parametrize(("text", "not_business"), [
    ("Longtemps vue comme un outsider, Corvane domine désormais le marché.", "Longtemps"),
    ("Implantée à Villeneuve d'Ascq, la jeune pousse Orlim lance son agent.", "Villeneuve"),
    ("Basée à Saint-Malo, la société Kerlys recrute.", "Saint-Malo"),
    ("L'intégrateur labellisé ExpertCyber déploie les modèles de Mistral AI.", "ExpertCyber"),
    ("Installée à Villeneuve, la start-up Orlim lance son agent.", "Villeneuve"),
    ("Selon le magazine spécialisé Rail Tech, l'opérateur discute avec Alstom.", "Rail Tech"),
    ("Elle teste l'outil dans son entrepôt de Meyzieu, et Dravel discute avec Bosch.",
     "Meyzieu"),
])
def test_what_stands_where_a_business_could_is_no_business(text: str,
                                                         not_business: str) -> None:
    assert not any(name.startswith(not_business) for name in companies(text)), companies(text)


# ---- a buyer takes over, a user adopts, an investor comes in; lists that go on after
# "ainsi qu'avec" or after "d'autres plateformes, dont"; a bank named with its country

@pytest.mark.parametrize(("text", "name"), [
    ("Renault met la main sur Ondalys pour 30 millions.", "Ondalys"),
    ("Le groupe s'offre Veltria pour 40 millions d'euros.", "Veltria"),
    ("Nvidia a mis la main sur Run:ai l'an dernier.", "Run:ai"),
    ("Son agent Lumo est déjà utilisé par Kervalis, qui l'a déployé en Bretagne.", "Kervalis"),
    ("Fnalba entre également au capital de la jeune pousse.", "Fnalba"),
    ("Elle travaille avec Orange et SNCF, ainsi qu'avec Talvane et Brisko, sur ses outils.",
     "Brisko"),
    ("Elle vend son outil à d'autres plateformes, dont Musivo.", "Musivo"),
    ("Elle équipe Allegro et Kremna Bank Polski.", "Kremna Bank Polski"),
])
def test_businesses_named_by_deals_and_lists(text: str, name: str) -> None:
    assert name in companies(text), companies(text)


def test_a_person_who_uses_a_product_is_not_a_business() -> None:
    assert companies("L'outil est utilisé par Marie Dupont et testé par des milliers de "
                     "personnes.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("L'outil est utilisé par les notaires Darrois Villey et Kestane depuis mars.",
     "Kestane"),
    ("Ses caméras équipent des drones conçus par Aerovel. Thales rachète l'équipe.", "Aerovel"),
    ("Quant à Telvira, troisième opérateur du pays, il teste Gemini.", "Telvira"),
    ("Le logiciel équipe les cliniques de Morrow Health Care en Australie.", "Morrow Health Care"),
])
def test_businesses_named_by_their_users_makers_and_rank(text: str, name: str) -> None:
    assert name in companies(text), companies(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Naver mène le tour, avec Norvex Ventures Asia.", "Norvex Ventures Asia"),
    ("L'outil plaît aux grands cabinets d'avocats de Paris, dont Darvel & Roux.", "Darvel & Roux"),
])
def test_a_fund_for_a_region_and_a_firm_among_its_peers(text: str, name: str) -> None:
    assert name in companies(text), companies(text)


def test_a_prefix_on_a_place_does_not_lengthen_a_name() -> None:
    text = "Comme Glean ou Dalvor outre-Atlantique, la jeune pousse vise les applications."
    assert in_article(text) == [("Glean", "company"), ("Dalvor", "company")]


def test_a_pharmaceutical_group_named_after_its_founder_is_a_business() -> None:
    assert companies("Sanofi et Pierre Fabre financent la start-up.") == ["Sanofi",
                                                                            "Pierre Fabre"]


# ---- two names never seen, joined by a deal: each is a business

@pytest.mark.parametrize(("text", "names"), [
    ("Zorvane a été rachetée par Trelis pour 20 millions.", ["Zorvane", "Trelis"]),
    ("Le rachat de Zorvane par Trelis est bouclé.", ["Zorvane", "Trelis"]),
    ("Trelis a pris le contrôle de Zorvane en mai.", ["Trelis", "Zorvane"]),
    ("Trelis investit 10 millions d'euros dans Zorvane.", ["Trelis", "Zorvane"]),
    ("Un partenariat entre Zorvane et Trelis a été signé.", ["Zorvane", "Trelis"]),
    ("Zorvane et Trelis ont annoncé leur fusion.", ["Zorvane", "Trelis"]),
    ("Zorvane a été choisie par Trelis pour son centre d'appels.", ["Trelis"]),
    ("Zorvane s'est associée à Trelis.", ["Zorvane", "Trelis"]),
    ("Zorvane, cotée à Paris depuis 2021, recule.", ["Zorvane"]),
    ("Le tour de table de Zorvane réunit plusieurs fonds.", ["Zorvane"]),
    ("Zorvane a noué un partenariat avec Trelis.", ["Zorvane", "Trelis"]),
    ("Zorvane a mis fin à son partenariat avec Trelis.", ["Zorvane", "Trelis"]),
    ("Zorvane a signé un contrat de trois ans avec Trelis.", ["Zorvane", "Trelis"]),
    ("Zorvane concurrence directement Trelis sur ce marché.", ["Zorvane", "Trelis"]),
    ("Zorvane est en concurrence avec Trelis.", ["Zorvane", "Trelis"]),
    ("Trelis, qui détient déjà 10 % de Zorvane, remet au pot.", ["Trelis", "Zorvane"]),
    ("Trelis prend 15 % du capital de Zorvane.", ["Trelis", "Zorvane"]),
    ("Trelis a annoncé l'acquisition de Zorvane pour 50 millions.", ["Trelis", "Zorvane"]),
    ("Trelis s'offre Zorvane.", ["Trelis", "Zorvane"]),
    ("Zorvane est désormais une filiale de Trelis.", ["Zorvane", "Trelis"]),
    ("Zorvane, rivale de Trelis, recrute.", ["Zorvane"]),
    ("Zorvane accuse Trelis d'avoir copié son code.", ["Trelis"]),
    ("Zorvane choisit Trelis pour son cloud.", ["Trelis"]),
    ("Zorvane utilise les modèles de Trelis.", ["Trelis"]),
])
def test_two_new_names_joined_by_a_deal(text: str, names: list[str]) -> None:
    assert companies(text) == names


def test_people_chosen_or_places_invested_in_are_no_businesses() -> None:
    assert companies("Marie Dupont a été choisie par Jean Martin. Il investit dans Paris.") == []
    assert companies("Marie Dupont a signé un contrat avec Trelis.") == ["Trelis"]
    assert companies("Marie Dupont, rivale de Jeanne Martin, accuse Paul Durand d'avoir menti. "
                     "Il choisit Paris pour son siège.") == []


# ---- a platform the article calls a business is that business where nothing says otherwise

def test_a_platform_settled_as_a_business_is_one_elsewhere_in_the_article() -> None:
    # "Pinterest a signé" settles it; the headline and the list name the business too, while
    # the place where images are posted stays the service.
    text = ("Pinterest passe à la vitesse supérieure. Pinterest a signé avec Runway un accord "
            "de licence. Pinterest et Discord se disputent les jeunes créateurs, qui publient "
            "sur Pinterest leurs planches.")
    found = in_article(text)
    assert found.count(("Pinterest", "company")) == 3
    assert ("Runway", "company") in found


def test_a_platform_never_settled_stays_the_service() -> None:
    assert companies("Les créateurs publient leurs vidéos sur YouTube et sur TikTok.") == []
    assert companies("YouTube reste la première source de musique des adolescents.") == []


@pytest.mark.parametrize("text", [
    # (an incise, an adverb, an apposition before the verb; a deal chosen or ended)
    "Reddit, de son côté, poursuit Lumora devant un tribunal californien.",
    "Dailymotion, le service vidéo parisien, a retenu Lumora pour ses sous-titres.",
    "Snap a en revanche mis un terme à son contrat avec Lumora.",
    "Spotify s'est entendu avec Lumora sur une licence de trois ans.",
    "Reddit discuterait aussi avec Lumora d'un accord similaire.",
])
def test_a_platform_that_signs_sues_or_chooses_is_the_business(text: str) -> None:
    assert companies(text)[0] == text.split(",")[0].split()[0]


# ---- a name never seen, after a relative that raised money, a suit, an apposition

@pytest.mark.parametrize(("text", "name"), [
    ("Quorvel, qui a levé 8 millions d'euros l'an dernier, recrute à Lille.", "Quorvel"),
    ("Le groupe néerlandais, qui poursuivait Brantix pour avoir copié ses bases, a gagné.",
     "Brantix"),
    ("Tessalio est par ailleurs poursuivie par un éditeur scolaire.", "Tessalio"),
    ("Le voyage reste rude pour Corvane, son éternel rival allemand, cette année.", "Corvane"),
    ("Les éleveurs bretons testent depuis mars les capteurs de Fermora, une agtech normande.",
     "Fermora"),
    ("La voix de synthèse de Luvana, absorbée par le groupe en 2022, parle anglais.", "Luvana"),
])
def test_a_name_never_seen_in_a_business_clause(text: str, name: str) -> None:
    assert name in companies(text)


def test_a_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    assert companies("Seule Varnika, une start-up de Pune, a conçu son propre modèle.") == [
        "Varnika"]


def test_a_name_whose_tutor_or_tool_the_text_names_is_a_business() -> None:
    assert "Maplewise" in companies("Les éditeurs redoutent Maplewise, dont le tuteur "
                                    "Owlet répond aux lycéens.")
    assert "Trovani" in companies("Le fonds a misé sur Trovani, dont l'outil trie les CV.")


@pytest.mark.parametrize(("text", "outlet"), [
    # (an outlet that chooses a supplier, or one that sued: a party, not a source)
    ("Les éditeurs hésitent encore, mais l'AFP a choisi Lumora pour ses dépêches.", "AFP"),
    ("Forbes, qui avait engagé des poursuites contre Lumora, a signé un accord.", "Forbes"),
])
def test_an_outlet_that_chooses_or_sues_is_a_party(text: str, outlet: str) -> None:
    assert outlet in companies(text)


def test_an_outlet_cited_stays_a_source() -> None:
    assert "Forbes" not in companies("Selon Forbes, Lumora vaut deux milliards de dollars.")


def test_well_known_businesses_outside_the_ai_industry_are_named() -> None:
    # (gazetteer: parties of AI deals and suits in legal publishing, rail, robotics, retail)
    assert companies("LexisNexis signe avec Harvey, Fanuc avec Nvidia, et Renfe comme "
                     "Trenitalia testent Roku et Bose.") == [
        "LexisNexis", "Harvey", "Fanuc", "Nvidia", "Renfe", "Trenitalia", "Roku", "Bose"]
    # ("sabre" is a word: at a sentence's start only when the text names the business elsewhere)
    assert companies("Sabre au clair, le cavalier avance.") == []


@pytest.mark.parametrize(("text", "name"), [
    # (what changes hands, who contracts, a fund's armed wing, a firm counted among clients)
    ("Veltrane pourrait bientôt changer de mains, selon nos informations.", "Veltrane"),
    ("Le modèle tourne sur les serveurs d'OVHcloud, avec qui Veltrane a contractualisé son "
     "hébergement.", "Veltrane"),
    ("Selon la presse, Orsay Next, le bras armé du groupe dans le capital-risque, a investi.",
     "Orsay Next"),
    ("La legaltech compte déjà le cabinet Darrieux parmi ses clients.", "Darrieux"),
])
def test_a_name_never_seen_in_a_deal_or_a_client_list(text: str, name: str) -> None:
    assert name in companies(text)


def test_a_firm_cited_as_a_source_is_still_no_party() -> None:
    assert companies("Selon le cabinet Darrieux, le marché double chaque année.") == []


def test_a_model_named_with_a_v_version_or_a_variant_of_a_known_family() -> None:
    # (a capitalised name and "v2.5": a release; a known family, a capitalised variant and
    # its version: one name)
    assert ("Harrow Voice v2.5", "model") in in_article(
        "Le studio double ses films grâce à Harrow Voice v2.5 de Kestrel.")
    assert ("Llama Shield 2", "model") in in_article(
        "La start-up filtre les requêtes avec Llama Shield 2, publié par Meta.")
    # (not a count after the family: "Llama 3 millions")
    assert ("Llama", "model") in in_article("Meta a publié Llama Mardi 3 millions de fois.")


def test_a_business_research_institute_is_one_name() -> None:
    assert companies("Honda discute avec le Sony Research Center d'un robot ménager.") == [
        "Honda", "Sony Research Center"]


@pytest.mark.parametrize(("text", "name"), [
    ("L'intermédiaire malaisien Selvara Compute aurait revendu les puces.", "Selvara Compute"),
    ("Le distributeur a confié la gestion de ses prix à Tessaro.", "Tessaro"),
])
def test_a_trader_or_a_supplier_entrusted_with_a_task_is_a_business(text: str,
                                                                   name: str) -> None:
    assert name in companies(text)


def test_a_person_or_a_place_entrusted_with_a_task_is_no_business() -> None:
    assert companies("Elle a confié la direction à Marie Dupont.") == []
    assert companies("Le groupe a confié sa production à Taïwan.") == []


def test_a_platform_opening_a_sentence_and_acting_on_what_it_owns_is_the_business() -> None:
    assert companies("Pinterest ouvre ses archives aux chercheurs de Lumora.")[0] == "Pinterest"
    # (a service described stays the service)
    assert companies("Pinterest reste sa principale source d'inspiration.") == []


# ---- round fifteen: constructions that name a party the map could not reach

def test_a_round_participle_opening_the_sentence_names_its_lead_investor() -> None:
    # "Menée par X, l'opération ...": the participle leads, the round is the subject after it.
    assert companies("Menée par Corvalis, l'opération a été suivie par Bpifrance.") == [
        "Corvalis", "Bpifrance"]
    assert companies("Conduite par Orvane et Bpifrance, la levée doit financer dix robots.") == [
        "Orvane", "Bpifrance"]


def test_an_electricity_company_a_market_leader_and_an_investor_entered_in_the_capital() -> None:
    assert companies("Reste l'énergie : Hydrova, l'électricien public danois, discute encore "
                     "avec Aker.") == ["Hydrova", "Aker"]
    assert "Brévane" in companies("Brévane, leader mondial des yaourts, travaille avec "
                                  "Capgemini.")
    assert companies("Au capital, Corvalis, entré au capital en 2021, vend ses parts à "
                     "Bpifrance.") == ["Corvalis", "Bpifrance"]
    # (a person leading a union is no business)
    assert companies("Paul Martin, leader du syndicat, proteste contre Capgemini.") == [
        "Capgemini"]


def test_a_subsidiary_the_text_calls_its_own_is_a_business() -> None:
    assert companies("Le chinois Tolvane a assigné sa propre filiale Rhenix en justice.") == [
        "Tolvane", "Rhenix"]


@pytest.mark.parametrize(("text", "expected"), [
    # an investor a source reports, money put in, a stake taken
    ("Selon la presse, Verlane aurait discrètement investi 5 millions d'euros dans Tolvix.",
     ["Verlane", "Tolvix"]),
    ("Castellane injecte 8 millions de dollars dans Tolvix, une jeune pousse de Lyon.",
     ["Castellane", "Tolvix"]),
    ("Selon nos informations, Orsalis aurait également pris une participation minoritaire.",
     ["Orsalis"]),
    # who covets a business would buy it
    ("La cible est également convoitée par Marvane, qui aurait déposé une offre.", ["Marvane"]),
    # a rival, a party to a settlement, talks told as a noun, a contract won against
    ("Le groupe entend rivaliser avec Immolia sur ce marché.", ["Immolia"]),
    ("Nvidia avait déjà dû transiger avec Dorvex dans une affaire comparable.",
     ["Nvidia", "Dorvex"]),
    ("Les discussions ouvertes en juin avec Galvane n'ont pas abouti.", ["Galvane"]),
    ("Le suédois l'a emporté face à Corvana, selon un connaisseur.", ["Corvana"]),
    ("Cisco, qui a longtemps dominé ce marché face à Dorvane, observe.", ["Cisco", "Dorvane"]),
])
def test_the_parties_of_deals_suits_and_contests_named_by_their_slot(text: str,
                                                                     expected: list) -> None:
    assert companies(text) == expected


def test_facing_someone_is_no_contest_between_businesses() -> None:
    assert companies("Le ministre a dû faire face à Bayrou lors du débat.") == []


def test_a_name_that_is_also_a_word_opening_a_relative_clause_of_a_deal_is_the_business() -> None:
    assert companies("Orange, qui a signé avec OpenAI, élargit son partenariat.") == [
        "Orange", "OpenAI"]
    assert companies("Free, qui avait conclu un accord avec Mistral AI, se tait.") == [
        "Free", "Mistral AI"]
    # (the colour opening a sentence stays a word)
    assert companies("Orange et bleu dominent la collection de Capgemini.") == ["Capgemini"]


def test_an_outlet_that_extends_its_deal_acts_in_the_story() -> None:
    assert companies("L'AFP a renouvelé son contrat avec Mistral AI pour deux ans.") == [
        "AFP", "Mistral AI"]
    # (an outlet cited stays a source)
    assert companies("Selon l'AFP, Mistral AI prolonge son accord avec Orange.") == [
        "Mistral AI", "Orange"]


def test_a_takeover_as_a_noun_and_a_maker_of_semiconductors() -> None:
    assert companies("Berlin a bloqué la prise de contrôle de Lumex Photonics par un fonds "
                     "chinois.") == ["Lumex Photonics"]
    # ("Semiconductors", as "Semiconductor", ends a business's name; its head is its short form)
    assert companies("Les puces d'Orlane Semiconductors équipent les serveurs. Orlane a signé "
                     "avec Dell.") == ["Orlane Semiconductors", "Orlane", "Dell"]


def test_a_financial_institution_named_the_french_way_is_a_party() -> None:
    # Only its first word is capitalised: "la Caisse des dépôts", "le Fonds européen
    # d'investissement", "la Banque cantonale vaudoise".
    assert companies("Le tour est mené par le Fonds européen d'investissement, avec "
                     "Bpifrance.") == ["Fonds européen d'investissement", "Bpifrance"]
    assert companies("Selon lui, la Caisse des dépôts étudie la migration vers Bleu.")[0] == (
        "Caisse des dépôts")
    assert companies("La Banque cantonale genevoise a signé avec la Banque européenne "
                     "d'investissement.") == ["Banque cantonale genevoise",
                                              "Banque européenne d'investissement"]
    # Its head word alone is no short form of it.
    assert companies("La Caisse des dépôts et consignations investit. La Caisse y croit.") == [
        "Caisse des dépôts et consignations"]


def test_public_banks_and_a_head_word_alone_are_no_institution_named() -> None:
    assert companies("La Banque mondiale et la Banque centrale européenne s'inquiètent.") == []
    assert companies("Le Fonds a investi. La Banque de la ville ferme.") == []


def test_two_names_a_reciprocal_verb_of_rivalry_joins_are_businesses() -> None:
    assert companies("Sur ce marché, Corvane et Baldessa se livrent déjà une bataille "
                     "féroce.") == ["Corvane", "Baldessa"]
    assert companies("Berger-Levrault et Tolvane se disputent plusieurs marchés.") == [
        "Berger-Levrault", "Tolvane"]
    # (two people quarrelling are no businesses)
    assert companies("Marie et Paul se disputent le jouet.") == []


def test_a_subsidiary_opening_the_sentence_a_settlement_told_late_and_world_models() -> None:
    assert companies("Sa filiale télécoms, Jiva, intègre désormais Gemini.") == ["Jiva"]
    assert companies("Nvidia avait déjà dû transiger l'an dernier avec Dorvex.") == [
        "Nvidia", "Dorvex"]
    assert ("Cosmira", "model") in in_article(
        "Le constructeur exploitera ses modèles de monde Cosmira pour simuler ses usines.")


def test_well_known_investors_and_network_makers_of_ai_data_centres() -> None:
    found = [(m.text, m.canonical) for m in find_in_blocks([document.Block(
        document.PARAGRAPH, "T. Rowe Price a suivi le tour. Le centre préfère Arista Networks "
        "à Juniper.")]).mentions[0]]
    assert found == [("T. Rowe Price", "T. Rowe Price"), ("Arista Networks", "Arista"),
                     ("Juniper", "Juniper")]


def test_a_name_that_holds_its_article_inside_a_sentence() -> None:
    # "La Mobilière", "La Prévoyante": capitalised inside a sentence, the article is the name's.
    assert companies("Le tour est mené par Orsalis Ventures, aux côtés de La Prévoyante et du "
                     "fonds Alpana Capital.") == ["Orsalis Ventures", "La Prévoyante",
                                                 "Alpana Capital"]
    # (a place named with its article is no business)
    assert companies("Le groupe aurait pris langue avec La Haye et discute avec La Rochelle.") == []


def test_the_client_a_business_supplies_and_a_brand_with_a_colon() -> None:
    assert companies("Tolvane fournit déjà son modèle phare, Tarifa-3, à La Prévoyante.")[-1] == (
        "La Prévoyante")
    assert "Cobalto" in companies("La start-up livre ses premières mains à Cobalto, le "
                                  "concepteur du robot.")
    assert companies("Il livre des fleurs à Marie.") == []
    assert companies("Elle affronte le britannique Tractable et l'allemand vera:ai, dont elle "
                     "bat les scores.") == ["Tractable", "vera:ai"]


def test_credit_mutuel_arkea_is_a_bank_group_of_its_own() -> None:
    found = [(m.text, m.canonical) for m in find_in_blocks([document.Block(
        document.PARAGRAPH, "LightOn travaille avec le Crédit Mutuel Arkéa ; Arkéa le confirme, "
        "comme le Crédit Mutuel.")]).mentions[0] if m.kind == "company"]
    assert found == [("LightOn", "LightOn"), ("Crédit Mutuel Arkéa", "Crédit Mutuel Arkéa"),
                     ("Arkéa", "Crédit Mutuel Arkéa"), ("Crédit Mutuel", "Crédit Mutuel")]


def test_a_model_put_into_a_known_assistant_is_no_longer_name() -> None:
    # "intégrer à Siri Gemini": two names the gazetteer knows, one space apart, are two (pieces
    # it does not know stay one name: "Solar Open 100B").
    assert in_article("Le groupe veut intégrer à Copilot Mistral Large, le modèle phare de "
                      "Mistral AI.")[:2] == [("Copilot", "model"), ("Mistral Large", "model")]


def test_who_opened_talks_raised_money_earlier_or_negotiates_for_its_part() -> None:
    assert companies("Selon nos informations, Vorlane aurait toutefois entamé des discussions "
                     "avec Mistral AI.") == ["Vorlane", "Mistral AI"]
    assert companies("Orvix, qui avait levé 40 millions de dollars auprès de Khosla Ventures, "
                     "perd son client.") == ["Orvix", "Khosla Ventures"]
    assert companies("Palantir négocierait pour sa part avec Tolvane un accord de "
                     "distribution.") == ["Palantir", "Tolvane"]
    # (the town a business noun gives as its home raised nothing)
    assert companies("La société de Heidelberg avait levé 500 millions auprès de Bosch "
                     "Ventures.") == ["Bosch Ventures"]


# ---- round sixteen: parties the map could not read because no mention named them

@pytest.mark.parametrize(("text", "name"), [
    # a rival in the feminine, set off by commas after its description
    ("Sa grande rivale régionale, Veltara, a de son côté ouvert des discussions avec OpenAI.",
     "Veltara"),
    ("Sa principale concurrente, Norvik, vient de lever 20 millions.", "Norvik"),
    # who assembles devices for a brand
    ("L'assembleur Quintek fabriquera le boîtier du nouvel appareil.", "Quintek"),
    # competitors given their country before their names
    ("Ses concurrents américains Dravon et Kestro ont choisi une autre voie.", "Kestro"),
    ("Ses concurrents américains Dravon et Kestro ont choisi une autre voie.", "Dravon"),
    # a flagship of an industry
    ("Tarvela, fleuron chilien du logiciel bancaire, a signé avec Google Cloud.", "Tarvela"),
    # who took the business over, after the possessive
    ("Depuis son rachat par Strovane en 2021, la start-up a triplé son chiffre d'affaires.",
     "Strovane"),
    # talks that went on for months
    ("Le groupe négociait pourtant depuis des mois avec Lumarca un accord de distribution.",
     "Lumarca"),
    # who announces a round raises it
    ("Fenwise, qui édite un logiciel de paie, annonce ce matin un tour de table de 12 millions.",
     "Fenwise"),
    # an investor the round names with a possessive
    ("Le tour est mené par Partech, avec la participation de son investisseur historique "
     "Orlane.", "Orlane"),
    # two businesses bought, before a plural participle; a name with a colon glued inside
    ("Après Zentra:ai et Volko, rachetées en 2023, le groupe vise un troisième achat.",
     "Zentra:ai"),
    ("Après Zentra:ai et Volko, rachetées en 2023, le groupe vise un troisième achat.", "Volko"),
])
def test_round_sixteen_business_contexts(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(("text", "name"), [
    # the flagship of a business is its product
    ("L'Orvane X2, fleuron de Peugeot, ne sera plus produit.", "L'Orvane X2"),
    ("L'Orvane X2, fleuron de Peugeot, ne sera plus produit.", "Orvane X2"),
    # a town set apart by a comma before a business is where it is
    ("À Cologne, DeepL élargit son offre.", "Cologne"),
])
def test_round_sixteen_what_stays_no_business(text: str, name: str) -> None:
    assert name not in companies(text)


def test_a_platform_that_files_a_complaint_is_the_business() -> None:
    assert companies("La start-up reste visée par une plainte de Reddit, qui lui reproche "
                     "d'avoir aspiré ses forums.") == ["Reddit"]
    assert companies("Les vidéos de YouTube restent populaires.") == []


def test_a_model_named_in_capitals_with_a_hyphen_after_baptise() -> None:
    assert ("K-ORBIT 3", "model") in in_article(
        "Son modèle, baptisé K-ORBIT 3, couvre le swahili.")


@pytest.mark.parametrize(("text", "name"), [
    # a present participle that opens the sentence, then its object
    ("Jugeant ce contrat trop coûteux, Dorvane a rompu avec Kestrel. Le groupe cherche un "
     "autre fournisseur.", "Jugeant"),
    # the town a business noun gives as its home owns no model
    ("Le constructeur de Denver, qui commercialise son propre modèle, Aeris-2, conteste toute "
     "violation.", "Denver"),
    # a street
    ("La banque de la rue Laffitte a signé avec Mistral AI.", "Laffitte"),
    ("Le groupe du boulevard Raspail envisage de racheter la start-up Lumo.", "Raspail"),
    # what a preposition gives is not the subject of the deed
    ("Le spécialiste du SIRH a finalisé l'acquisition d'un éditeur de paie.", "SIRH"),
    # a broker's analysts, cited
    ("Pour les analystes de Kessler, Renault garde l'avance sur Tesla.", "Kessler"),
    # a name on "AI" the text calls a chatbot
    ("Nova AI, le chatbot maison de l'opérateur, repose sur Gemini.", "Nova AI"),
])
def test_round_sixteen_words_taken_for_businesses(text: str, name: str) -> None:
    assert name not in companies(text)


def test_a_chatbot_named_on_ai_is_a_model() -> None:
    assert ("Nova AI", "model") in in_article(
        "Nova AI, le chatbot maison de l'opérateur, repose sur Gemini.")


def test_a_group_named_without_its_head_word_is_the_same_group() -> None:
    text = ("Le torchon brûle entre le Groupe Vantor et Zelio. Zelio a assigné Vantor devant le "
            "tribunal de commerce. « Nous contestons », fait-on savoir chez Vantor.")
    found = [(m.text, m.canonical) for m in find_in_blocks(
        [document.Block(document.PARAGRAPH, text)]).mentions[0] if m.text.endswith("Vantor")]
    assert found == [("Groupe Vantor", "Groupe Vantor"), ("Vantor", "Groupe Vantor"),
                     ("Vantor", "Groupe Vantor")]


def test_a_nationality_before_a_maker_makes_it_the_business() -> None:
    assert ("Mistral AI", "company") in in_article(
        "Il repose sur Zarko-2, le modèle ouvert du français Mistral AI.")
    assert ("DeepSeek", "model") in in_article("Il utilise le modèle chinois DeepSeek.")


@pytest.mark.parametrize(("text", "name"), [
    # one of several businesses of a trade
    ("Pextron, l'un des assembleurs attitrés de la console, ouvre une usine au Vietnam.",
     "Pextron"),
    # whose client one is
    ("La compagnie utilisait un outil de Travelis, dont elle reste cliente pour ses billets.",
     "Travelis"),
    # whom a supplier serves under contract
    ("Le groupe affrontera Alstom, fournisseur historique de la Nordbahn Gruppe.",
     "Nordbahn Gruppe"),
    # a business of two words described before it is named
    ("Sa grande rivale régionale, Kestrel Air, aurait entamé des discussions avec OpenAI.",
     "Kestrel Air"),
])
def test_round_sixteen_businesses_set_off_or_served(text: str, name: str) -> None:
    assert name in companies(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Elle a engagé Marie Dupont, l'une des spécialistes du droit fiscal.", "Marie Dupont"),
    ("Elle consulte Maître Lefort, dont elle est cliente depuis dix ans.", "Maître Lefort"),
    ("Son grand rival, Sam Altman, a répondu sur son réseau.", "Sam Altman"),
])
def test_round_sixteen_people_so_described_stay_people(text: str, name: str) -> None:
    assert name not in companies(text)


def test_a_group_company_under_a_name_of_its_own_is_its_own_party() -> None:
    found = [(m.text, m.canonical) for m in find_in_blocks([document.Block(
        document.PARAGRAPH, "SNCF Réseau et la SNCF travaillent avec Uniqlo.")]).mentions[0]]
    assert found == [("SNCF Réseau", "SNCF Réseau"), ("SNCF", "SNCF"), ("Uniqlo", "Uniqlo")]


def test_what_a_business_noun_names_after_baptisee_is_a_business() -> None:
    assert in_article("Orvane et Tessel créent une coentreprise, baptisée Lumentis, pour vendre "
                      "leurs capteurs.") == [("Lumentis", "company")]
    # (a model the business made, named after the verb of the business, stays a model)
    assert ("Orion 2", "model") in in_article("La start-up lance son modèle, baptisé Orion 2.")


def test_manus_is_the_agent_or_the_start_up_the_words_around_it_say() -> None:
    assert ("Manus", "company") in in_article(
        "Le groupe a finalisé le rachat de Manus, une start-up d'agents basée à Singapour.")
    assert ("Manus", "model") in in_article("L'agent Manus rédige des rapports de marché.")


@pytest.mark.parametrize("text", [
    # a model's name that is also a first name, judged no mention, is never guessed a business
    "La banque Kovar a retenu Claude pour ses agents de conformité.",
    "Le cabinet a choisi Gemma pour ses traductions.",
    "La banque a signé avec Claude Dupont, son avocat.",
])
def test_a_model_name_that_is_a_first_name_is_no_business(text: str) -> None:
    assert not any(name.startswith(("Claude", "Gemma")) for name in companies(text))


def test_a_business_name_that_is_a_first_name_is_still_found_by_its_deal() -> None:
    assert "Leonardo" in companies("Le groupe négocie par ailleurs avec Leonardo la fourniture "
                                   "de terminaux.")


def test_a_bank_named_in_portuguese_is_one_name_after_its_trade() -> None:
    assert companies("Le groupe Banco do Nordeste a signé avec Microsoft.") == [
        "Banco do Nordeste", "Microsoft"]


def test_an_acronym_in_brackets_is_the_business_named_in_full_before_it() -> None:
    text = ("Orvix a levé 30 millions avec la participation de la Banque de financement du "
            "Nunavut (BFN). La BFN a confirmé son soutien.")
    found = [(m.text, m.canonical) for m in find_in_blocks(
        [document.Block(document.PARAGRAPH, text)]).mentions[0] if m.text != "Orvix"]
    full = "Banque de financement du Nunavut"
    assert found == [(full, full), ("BFN", full), ("BFN", full)]


def test_what_a_fund_or_group_holds_is_a_business() -> None:
    assert companies("Korvo, que contrôle le groupe Bolloré, a signé avec Mistral AI.") == [
        "Korvo", "Bolloré", "Mistral AI"]
    assert companies("Tesvia, que détenait jusque-là le fonds Ardian, change de mains.")[:1] == [
        "Tesvia"]
    # (an elided article and a common noun are no name)
    assert companies("L'action, que détient Paul, a baissé.") == []
