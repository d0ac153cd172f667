"""Candidate headlines: each compression step alone, the style rules, the generators, the API."""

from __future__ import annotations

import json
import math
import os
import statistics
from pathlib import Path

import pytest
from conftest import SAMPLES, read_jsonl, shared_path
from typer.testing import CliRunner

from summarize import OptionError, headlines, summarize
from summarize.cli import app
from summarize.headlining import candidates, offers, ranked
from summarize.headlining.compression import compress, fit, trim_clauses
from summarize.headlining.features import NAMES, context, features
from summarize.headlining.generation import (
    Candidate,
    key_phrases,
    lead_candidates,
    top_sentence_candidates,
)
from summarize.headlining.lang.en import (
    present_tense,
    rewrite,
    shorten_names,
    shorten_subject,
    surnames,
)
from summarize.headlining.model import shipped
from summarize.headlining.rules import pattern, rules_for
from summarize.headlining.scoring import normal, term_weights, violations
from summarize.headlining.styling import apply_case
from summarize.headlining.tokens import join_tokens, tokenize
from summarize.options import check_headline_options as check_options
from summarize.segmenting import segment

FIXTURES = Path(__file__).parent / "fixtures"
ENGLISH, FRENCH, GERMAN, SPANISH = (rules_for(lang) for lang in
                                    ("english", "french", "german", "spanish"))


def squeeze(sentence: str, rules=ENGLISH) -> str:
    return join_tokens(compress(sentence, rules))


# --- lead compression, step by step -----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("WASHINGTON (Reuters) - Congress passed the budget bill.", "Congress passed the budget bill"),
    ("LONDON: Shares fell sharply in early trading.", "Shares fell sharply in early trading"),
    ("The plant will close next year, officials said.", "The plant will close"),
    ("According to police, the driver fled the scene.", "the driver fled the scene"),
    ("Sales rose 5% on Monday, according to the company.", "Sales rose 5%"),
    ("The firm, according to analysts, will cut jobs.", "The firm will cut jobs"),
    ("After months of talks in Geneva, the two sides reached a deal.",
     "the two sides reached a deal"),
    ("The firm, which was founded in 1990, cut 500 jobs last week.", "The firm cut 500 jobs"),
    ("Rosneft bought the unit for $9.3bn (£4.9bn) yesterday.",
     "Rosneft bought the unit for $9.3bn"),
])
def test_trim_clauses(sentence, expected):
    assert trim_clauses(sentence, ENGLISH) == expected


def test_an_aside_between_dashes_is_no_dateline():
    """ "Blunkett - who has resigned - built..." once lost its subject as a dateline and left
    an article (bbc_dev) without any candidate."""
    assert trim_clauses("David Blunkett - who has resigned as home secretary - built his "
                        "reputation as a plain-speaking man.", ENGLISH) == \
        "David Blunkett built his reputation as a plain-speaking man"


def test_a_possessive_loses_nothing_when_its_time_expression_goes():
    tokens = compress("Lleyton Hewitt gave himself the perfect preparation for next week's "
                      "Australian Open.", ENGLISH)
    assert "'s" not in tokens and tokens[-3:] == ["for", "Australian", "Open"]


def test_weekday_inside_a_name_is_kept():
    trimmed = trim_clauses("The Sunday Telegraph cut 90 jobs on Friday.", ENGLISH)
    assert trimmed == "The Sunday Telegraph cut 90 jobs"


@pytest.mark.parametrize("words, expected", [
    ("Biden will sign an agreement", "Biden to sign an agreement"),
    ("The union has agreed a pay deal", "The union agrees a pay deal"),
    ("Workers have rejected the offer", "Workers reject the offer"),
    ("Yukos is facing a loan claim", "Yukos faces a loan claim"),
    ("The suspect was arrested in Paris", "The suspect arrested in Paris"),
    ("Ministers said that taxes would rise", "Ministers said taxes would rise"),
    ("Police say they will seize the land", "Police to seize the land"),
    ("Police say the army will seize the land", "Police say the army will seize the land"),
    ("Telegraph papers are axing 90 jobs", "Telegraph papers axe 90 jobs"),
    ("a deal that would formally end the war", "a deal ending the war"),
    ("Tesco said it would cut 9,000 jobs", "Tesco to cut 9,000 jobs"),
    ("Tesco said that it would cut 9,000 jobs", "Tesco to cut 9,000 jobs"),
    ("authorities have said they will seize land", "authorities to seize land"),
])
def test_english_verb_rewrites(words, expected):
    assert " ".join(rewrite(words.split())) == expected


@pytest.mark.parametrize("words, expected", [
    ("Conchita Martinez won her first title", "Conchita Martinez wins her first title"),
    ("Shares in Acme fell sharply", "Shares in Acme fall sharply"),
    ("Jones scored twice", "Jones scores twice"),
    ("owners of embattled Yukos are to ask", "owners of embattled Yukos are to ask"),
])
def test_main_verb_takes_the_headline_present(words, expected):
    assert " ".join(present_tense(words.split())) == expected


def test_surnames_the_article_uses_alone():
    known = surnames([("Tony", "Blair", "has", "apologised"), ("He", "met", "Blair", "today"),
                      ("Shares", "in", "Deutsche", "Telekom", "rose")])
    assert "Blair" in known and "Telekom" not in known
    assert shorten_names("Tony Blair apologises".split(), known) == ["Blair", "apologises"]


def test_names_lose_roles_and_descriptors():
    assert shorten_names("US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi "
                         "to meet".split()) == "Biden , al-Kadhimi to meet".split()
    assert shorten_subject("Third seed Tim Henman slumped to defeat".split()) == \
        "Henman slumped to defeat".split()
    assert shorten_subject("German telecoms firm Deutsche Telekom saw profits".split()) == \
        "Deutsche Telekom saw profits".split()
    # no subject shortening across a preposition, nor at a later verb
    kept = "first commissioner for England has been appointed".split()
    assert shorten_subject(kept) == kept
    kept = "Cell processor to run faster than PC chips".split()
    assert shorten_subject(kept) == kept
    kept = "Marks & Spencer cuts prices".split()
    assert shorten_subject(kept) == kept


def test_compress_full_english_lead():
    lead = ("US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi will sign an "
            "agreement on Monday that would formally terminate the US combat operation in Iraq "
            "by the end of 2021, more than 18 years after US soldiers were sent to the country.")
    assert squeeze(lead).startswith(
        "Biden, al-Kadhimi to sign agreement terminating US combat operation in Iraq")


def test_compress_french_german_spanish():
    assert squeeze("Selon la police, le suspect a été interpellé lundi soir à Rouen.", FRENCH) \
        == "le suspect interpellé à Rouen"
    assert squeeze("Mais le gouvernement a annoncé hier un nouveau plan, a déclaré le ministre.",
                   FRENCH) == "le gouvernement annonce un nouveau plan"
    assert squeeze("Die Regierung hat am Montag ein neues Gesetz beschlossen, sagte der "
                   "Sprecher.", GERMAN) == "Regierung hat ein neues Gesetz beschlossen"
    assert squeeze("Según la policía, el sospechoso fue detenido ayer en Madrid.", SPANISH) \
        == "sospechoso fue detenido en Madrid"


def test_french_attribution_between_commas_and_time():
    assert squeeze("Un suspect, selon des sources policières, a été interpellé ce matin à "
                   "Rouen.", FRENCH) == "Un suspect interpellé à Rouen"


def test_french_leading_subordinate_clause_and_connectives():
    assert squeeze("Alors qu'un examinateur roulait avec un élève, ce dernier a frappé "
                   "l'inspecteur du permis.", FRENCH) == "ce dernier frappe l'inspecteur du permis"
    assert squeeze("Et donc le gouvernement prolonge le confinement.", FRENCH) == \
        "le gouvernement prolonge le confinement"


def test_french_perfect_becomes_present_but_not_possession():
    assert squeeze("Les syndicats ont réclamé des hausses de salaire.", FRENCH) == \
        "Les syndicats réclament des hausses de salaire"
    assert squeeze("Le maire a une idée pour la ville.", FRENCH) == \
        "Le maire a une idée pour la ville"
    assert squeeze("Le tribunal a préféré l'offre de Xavier Niel.", FRENCH) == \
        "Le tribunal préfère l'offre de Xavier Niel"
    assert squeeze("Les élus ont créé un comité.", FRENCH) == "Les élus créent un comité"
    assert squeeze("Les syndicats ont appelé à la grève.", FRENCH) == \
        "Les syndicats appellent à la grève"
    assert squeeze("Le club a acheté un joueur.", FRENCH) == "Le club achète un joueur"
    assert squeeze("Le tribunal a rejeté la demande.", FRENCH) == "Le tribunal rejette la demande"
    assert squeeze("Le maire a levé le couvre-feu.", FRENCH) == "Le maire lève le couvre-feu"


def test_french_keeps_its_articles():
    """French headlines keep the article English headlines drop ("Des médecins arrivent")."""
    assert squeeze("Des médecins cubains sont arrivés vendredi en Martinique.", FRENCH) == \
        "Des médecins cubains sont arrivés en Martinique"
    assert squeeze("L'enquête sur la mort de Mamoudou Barry avance.", FRENCH) == \
        "L'enquête sur la mort de Mamoudou Barry avance"


def test_french_participle_openers_inversion_and_relative_passive():
    assert squeeze("Cantonné à la mairie de Meaux, Jean-François Copé vise la mairie de Paris.",
                   FRENCH) == "Jean-François Copé vise la mairie de Paris"
    assert squeeze("Ainsi, vendredi, le tribunal de Montpellier a-t-il condamné un homme.",
                   FRENCH) == "le tribunal de Montpellier condamne un homme"
    assert squeeze("Les tueurs ont-ils tenté de faire croire à une disparition ?", FRENCH) == \
        "Les tueurs ont-ils tenté de faire croire à une disparition"
    assert squeeze("Le policier qui a été renversé par un fourgon est mort.", FRENCH) == \
        "Le policier renversé par un fourgon est mort"
    assert squeeze("Laurent Wauquiez fait figure de favori, pourtant le président sortant "
                   "hésite.", FRENCH) == "Laurent Wauquiez fait figure de favori"


def test_french_time_expressions_leave_no_stray_words():
    assert trim_clauses("Bison Futé prévoit des difficultés de trafic en ce week-end des 2 et "
                        "3 mars, qui ne concerne plus que les vacanciers.", FRENCH) == \
        "Bison Futé prévoit des difficultés de trafic"
    assert trim_clauses("Le suspect a été interpellé dès le 3 mars à Rouen.", FRENCH) == \
        "Le suspect interpellé à Rouen"
    assert trim_clauses("Un homme est mort dans la nuit de samedi à dimanche à Rouen.",
                        FRENCH) == "Un homme est mort à Rouen"
    assert trim_clauses("Les orages ont frappé la ville en fin de journée.", FRENCH) == \
        "Les orages frappent la ville"


def test_portuguese_rules_drop_time_attribution_and_the_passive_auxiliary():
    rules = rules_for("portuguese")
    assert squeeze("O governo aprovou ontem um novo plano para a habitação, segundo o "
                   "ministro.", rules) == "governo aprovou um novo plano para a habitação"
    assert squeeze("O suspeito foi detido em Lisboa na segunda-feira.", rules) == (
        "suspeito detido em Lisboa")
    assert rules.dangles and rules.dangles(["As", "obras", "começarão"])
    text = ("O governo português aprovou ontem um novo plano para a habitação. O plano da "
            "habitação prevê 20 mil casas em Lisboa e no Porto. As casas do plano serão "
            "arrendadas a preços controlados.")
    found = headlines(text, count=5, language="portuguese")
    assert found and all(violations(h, "portuguese", words=10) == [] for h in found)
    assert all(not h.lower().endswith((" do", " da", " no", " na", " ao")) for h in found)


def test_time_patterns_of_each_language():
    for rules, text in [(ENGLISH, "earlier this month"), (ENGLISH, "on May 1, 2003"),
                        (ENGLISH, "in late June"), (FRENCH, "samedi 11 mai"),
                        (FRENCH, "la semaine dernière"), (GERMAN, "am Montagabend"),
                        (SPANISH, "el pasado lunes")]:
        assert pattern(rules.time).fullmatch(text), (rules, text)
    assert not pattern(ENGLISH.time).search("He may resign")


# --- fitting and the style rules ----------------------------------------------------------------

def test_fit_obeys_length_and_ending_rules():
    tokens = tokenize("Ministers to publish plans for a review of the rules on school dinners "
                      "in England and Wales")
    variants = fit(tokens, ENGLISH, 6)
    assert variants
    for variant in variants:
        text = join_tokens(variant)
        assert len(text.split()) <= 6
        assert text.split()[-1].lower() not in ENGLISH.function_words


def test_fit_leaves_out_phrases_cut_short():
    tokens = tokenize("BMW to recall all cars equipped with faulty pumps and close plants")
    texts = [join_tokens(v) for v in fit(tokens, ENGLISH, 6)]
    assert "BMW to recall all cars" in texts
    assert not any(t.endswith(("equipped", "and close")) for t in texts)
    texts = [join_tokens(v) for v in fit(tokenize("India is unlikely to be cowed by rivals"),
                                     ENGLISH, 10)]
    assert texts and not any(t.endswith("unlikely") for t in texts)
    texts = [join_tokens(v) for v in fit(tokenize("Consumers swapping old phones for slinkier "
                                                  "models"), ENGLISH, 6)]
    assert "Consumers swapping old phones" in texts
    assert not any(t.endswith("slinkier") for t in texts)


def test_fit_balances_quotes_and_brackets():
    tokens = tokenize('Minister calls plan "a disaster for the country" and (rightly) quits')
    for variant in fit(tokens, ENGLISH, 5):
        assert violations(join_tokens(variant), "english", words=5) == []


@pytest.mark.parametrize("headline, broken", [
    ("Biden to sign Iraq deal", []),
    ("Biden to sign deal with", ["ending"]),
    ("Biden to sign a deal on Iraq in Washington with Kadhimi today", ["length"]),
    ('Biden calls deal "historic', ["unbalanced"]),
    ("Biden hails deal (with Iraq", ["unbalanced"]),
    ("Biden Iraq agreement", ["no verb"]),
    ("Iraq: the end of a mission", []),
    ("Yields fall after Standard & Poor's raised country's", ["ending"]),
    ("Pay rises for the workers'", ["ending"]),
    ("Johnson is undecided about whether", ["ending"]),
    ("They sign the Iraq deal", ["pronoun"]),
    ("Iraq: it signs the deal", ["pronoun"]),
])
def test_violations(headline, broken):
    assert violations(headline, "english", words=10) == broken


@pytest.mark.parametrize("headline, broken", [
    ("Ségolène Royal sent qu'elle peut faire des choses, c'est", ["ending"]),
    ("Le tribunal retient l'offre de l'un", ["ending"]),
    ("Le rosé est le vin le plus consommé l'été", []),
    ("Bison Futé prévoit des difficultés jusqu'à", ["ending"]),
    ("Le président de la République", ["no verb"]),
    ("Moins de pollution, mais aussi moins de bruit", ["no verb"]),
    ("Grippe : le président de la République", []),
    ("Les Français approuvent le plan", []),
    ("C'était quelqu'un de modeste", ["pronoun"]),
    ("Le masque sera-t-il bientôt obligatoire", []),
    ("Une poignée de gilets jaunes l'attendaient", []),
    ("Un suspect interpellé à Rouen", []),
    ("L'argent du contribuable", ["no verb"]),
    ("Perpignan : il l'emporterait au second tour", ["pronoun"]),
    ("C'est la fin du confinement", ["pronoun"]),
    ("En Chine, la croissance ralentit", []),
])
def test_french_violations(headline, broken):
    """Elided function words cannot end a headline; a verb is found by the hand-written French
    forms and endings, not after an article."""
    assert violations(headline, "french", words=10) == broken


def test_a_candidate_that_is_the_title_breaks_the_rules():
    assert violations("Biden to sign Iraq deal", "english", words=10,
                      title="Biden to sign Iraq deal.") == ["title"]
    assert violations("Biden to sign Iraq deal", "english", words=10, title="Other news") == []


def test_french_verb_forms_cover_regular_irregular_and_compound_verbs():
    forms = FRENCH.verb_forms
    for form in ("annonce", "annonçait", "préfère", "appellent", "envoie", "finissent",
                 "promet", "promis", "interdit", "rouvre", "maintient", "disparaît", "est",
                 "attendent", "étend", "rendu", "rejoint"):
        assert form in forms, form
    assert not {"maison", "président", "voiture"} & forms


def test_title_and_sentence_case():
    assert apply_case("Biden, al-Kadhimi to sign deal on long-term aid for Iraq", "title",
                      "english") == "Biden, al-Kadhimi to Sign Deal on Long-Term Aid for Iraq"
    assert apply_case("to sign deal on", "title", "english") == "To Sign Deal On"
    assert apply_case("iPhone sales rise", "sentence", "english") == "IPhone sales rise"


def test_check_options():
    check_options(count=0, words=2, case="title")
    for bad in (dict(count=-1, words=10, case="sentence"), dict(count=3, words=1, case="title"),
                dict(count=3, words=10, case="upper")):
        with pytest.raises(OptionError):
            check_options(**bad)


# --- generators and ranking ---------------------------------------------------------------------

ARTICLE = (
    "Shares in Acme Motors fell sharply on Tuesday after the carmaker said it would cut "
    "2,000 jobs at its plant in Sunderland, union officials said.\n\n"
    "Acme Motors blamed falling demand for its cars in Europe. The union said the cuts were "
    "a blow to Sunderland.\n\n"
    "Acme Motors has built cars in Sunderland since 1986. The plant employs 7,000 people.\n\n"
    "Analysts said Acme Motors faced tough competition from Asian rivals."
)


def test_each_generator_alone():
    document = segment(ARTICLE, "english")
    lead = [c.text for c in lead_candidates(document, ENGLISH, 10)]
    assert lead and all(t.startswith("Shares in Acme Motors fall") for t in lead)
    scores = [0.0] * len(document.sentences)
    scores[3] = 1.0  # the ranker prefers a later sentence
    top = [c.text for c in top_sentence_candidates(document, scores, ENGLISH, 10)]
    assert top and top[0].startswith("Acme Motors")
    assert top_sentence_candidates(document, [1.0] + [0.0] * 6, ENGLISH, 10) == []
    assert key_phrases(document, term_weights(document))[0] == "Acme Motors"


def test_key_phrases_include_key_nouns_not_verbs_or_time_words():
    text = ("Wine sales in China rose sharply this year as growers expected more demand. "
            "Chinese wine makers said wine exports also rose. Wine prices expected to climb "
            "this year, as wine imports fell.")
    document = segment(text, "english")
    phrases = key_phrases(document, term_weights(document))
    assert "Wine" in phrases or "wine" in phrases
    assert not {"expected", "year", "rose"} & {p.lower() for p in phrases}


def test_french_key_words_are_nouns_by_their_article():
    text = ("La canicule frappe la France. Travaillant dehors, les ouvriers souffrent de la "
            "canicule. Travaillant la nuit, ils évitent la canicule. Travaillant moins, ils "
            "attendent la fin de la canicule.")
    document = segment(text, "french")
    phrases = [p.lower() for p in key_phrases(document, term_weights(document))]
    assert "canicule" in phrases and "travaillant" not in phrases


def test_the_shipped_ranker_measures_the_features_it_was_fitted_on():
    model = shipped()
    assert model.names == NAMES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(NAMES)
    assert all(math.isfinite(w) for w in model.weights) and all(model.scale)
    assert any(w != 0 for w in model.weights)


def test_candidates_are_the_offers_in_the_order_of_the_model():
    """candidates() offers what ranked() orders, and ranked() orders by the model's scores."""
    document = segment(ARTICLE, "english")
    scores = [1.0] + [0.0] * (len(document.sentences) - 1)
    found = ranked(document, scores, words=10)
    measured = context(document, scores, term_weights(document), 10)
    values = shipped().scores([features(o.candidate, measured) for o in found])
    assert values == sorted(values, reverse=True)
    assert candidates(document, scores, count=2, words=10, case="sentence") == [
        o.text for o in found][:2]
    assert {o.text for o in found} == {o.text for o in offers(document, scores, words=10)}


def test_features_measure_length_coverage_and_generator():
    document = segment(ARTICLE, "english")
    measured = context(document, [], term_weights(document), 10)
    row = dict(zip(NAMES, features(Candidate(tuple(tokenize("Acme Motors to cut 2,000 jobs")),
                                             "topic", 0, 1), measured), strict=True))
    other = dict(zip(NAMES, features(Candidate(tuple(tokenize("the plant")), "lead", 2, 0),
                                     measured), strict=True))
    assert row["topic"] == 1.0 and other["topic"] == 0.0
    assert row["shortened"] == 1.0 and other["shortened"] == 0.0
    assert row["coverage"] > other["coverage"] and row["digits"] == 1.0
    assert row["words"] == 0.6 and other["lower_start"] == 1.0


def test_key_phrases_join_name_particles_and_skip_sources():
    text = ("Le logement de François de Rugy coûte cher, rapporte Le Parisien. Les travaux "
            "chez François de Rugy sont justifiés, selon Le Parisien. François de Rugy se "
            "défend, d'après Le Parisien.")
    document = segment(text, "french")
    phrases = key_phrases(document, term_weights(document))
    assert phrases[0] == "François de Rugy" and "Parisien" not in phrases


def test_a_lead_opening_with_a_pronoun_competes_with_the_next_sentence():
    """ "C'est vers minuit que..." refers back to a standfirst the body lacks."""
    text = ("Selon France Bleu, c'est vers minuit que de gros orages se sont abattus sur la "
            "commune. Une tornade provoque de nombreux dégâts matériels dans la commune. "
            "Des toitures de la commune ont été arrachées par la tornade.")
    found = candidates(segment(text, "french"), [0.0, 0.0, 0.0], count=3, words=10,
                       case="sentence")
    assert found and "tornade" in found[0].lower()


def test_topic_led_clause_never_opens_with_a_subordinator():
    text = ("Que la grève continue inquiète les commerçants de Lyon. Les commerçants de Lyon "
            "craignent une longue grève des transports en commun. La grève touche Lyon.")
    document = segment(text, "french")
    found = candidates(document, [0.0, 1.0, 0.0], count=5, words=10, case="sentence")
    assert found and all(
        not h.split(": ")[-1].lower().startswith(("que ", "qu'")) for h in found)


def test_candidates_never_offer_the_title():
    untitled = segment(ARTICLE, "english")
    first = candidates(untitled, [], count=3, words=10, case="sentence")
    titled = segment(ARTICLE, "english", title=first[0])
    again = candidates(titled, [], count=3, words=10, case="sentence")
    assert first[0] not in again and again


def test_a_candidate_holding_the_title_is_not_offered():
    title = "Patrick Sébastien : ses derniers mots émouvants sur France Deux"
    text = ("Patrick Sébastien : ses derniers mots émouvants sur France Deux bouleversent. "
            "Le présentateur a livré ses "
            "derniers mots samedi soir dans son émission sur France 2. Sébastien a remercié le "
            "public de France 2 pour ses trente ans de fidélité.")
    untitled = candidates(segment(text, "french"), [], count=5, words=10, case="sentence")
    assert any("mots émouvants sur France Deux bouleversent" in h for h in untitled)
    titled = candidates(segment(text, "french", title=title), [], count=5, words=10,
                        case="sentence")
    assert titled and not any("mots émouvants" in h for h in titled)


def test_a_lead_without_a_usable_candidate_falls_back_to_the_next_sentence():
    text = ("The woman behind the Abba musical Mamma Mia! Producer Judy Craymer has joined "
            "a list of British music millionaires. Craymer is worth 45m pounds.")
    found = candidates(segment(text, "english"), [], count=2, words=10, case="sentence")
    assert found and "Craymer" in found[0]


def test_sentences_that_open_with_pronouns_or_quotes_give_way_to_a_later_one():
    """The lead and the sentences after it open with a pronoun or a quote (a standfirst cut
    off): the first later sentence that gives a candidate within the rules, even one without
    a final full stop (a line of its own), is the headline's."""
    text = ("Il y a eu des souffrances très longues pendant la guerre.\n\n"
            "Le cinéaste Lucas Belvaux présente son film sur les appelés à Deauville\n\n"
            "Elle a fait toute la campagne avec eux, depuis le début. C'est un film qui se veut "
            "réparateur pour toutes les familles. On en subit les séquelles encore aujourd'hui "
            "dans les villages. Ils ont tout perdu pendant la guerre d'Algérie. Elles attendent "
            "toujours une reconnaissance de l'État.")
    found = candidates(segment(text, "french"), [], count=3, words=10, case="sentence")
    assert found and all("Belvaux" in h for h in found)


def test_other_languages_fall_back_to_generic_rules():
    italian = ("Il governo italiano ha approvato ieri una nuova legge sul lavoro dopo una lunga "
               "discussione in Parlamento. La legge riguarda milioni di lavoratori italiani. "
               "Il Parlamento ha discusso la legge per mesi.")
    found = headlines(italian, count=3, language="italian")
    assert found and rules_for("italian").function_words
    for headline in found:
        assert violations(headline, "italian", words=10) == []


@pytest.mark.parametrize("name, expected", [
    ("incendie", ("incendie", "Lille")),
    ("ecoles", ("gouvernement", "plan")),
    ("sncf", ("SNCF", "geler")),
    ("festival", ("Marciac", "complet")),
])
def test_french_news_paragraphs_give_headlines(name, expected):
    """French articles written for these tests (not dev data): the best candidate names the
    story, has neither the date nor the attribution, and obeys every rule."""
    text = (FIXTURES / f"headlines_fr_{name}.txt").read_text(encoding="utf-8")
    found = headlines(text, count=3, language="french")
    best = found[0]
    assert all(word in best for word in expected), best
    assert not any(w in best.lower() for w in ("lundi", "mardi", "jeudi", "samedi",
                                                 "a indiqué", "a déclaré", "selon", "a-t-on"))
    assert all(violations(h, "french", words=10) == [] for h in found)


def test_french_topic_led_form_is_typeset_the_french_way():
    text = (FIXTURES / "headlines_fr_ecoles.txt").read_text(encoding="utf-8")
    topic_led = [h for h in headlines(text, count=3, language="french") if ":" in h]
    assert topic_led and all(" : le " in h for h in topic_led)
    found = candidates(segment("L'enquête sur la mort de Mamoudou Barry avance. Un suspect a "
                               "été interpellé à Rouen. La police de Rouen enquête à Rouen.",
                               "french"), [1.0, 0.0, 0.0], count=5, words=10, case="sentence")
    assert "Rouen : l'enquête sur la mort de Mamoudou Barry avance" in found
    assert all(" : " not in h for h in headlines(ARTICLE, count=5, language="english"))


# --- the public API, the CLI and the sample -------------------------------------------------------

def test_library_entry_points(biden_text):
    result = summarize(biden_text)
    assert len(result.headlines) == 3
    assert summarize(biden_text, headlines=0).headlines == []
    assert len(headlines(biden_text, count=2)) == 2
    assert all(len(h.split()) <= 6 for h in headlines(biden_text, count=5, headline_words=6))
    with pytest.raises(OptionError):
        headlines(biden_text, headline_words=1)


def test_biden_sample_best_candidate(biden_text):
    result = summarize(biden_text, headlines=5)
    best = result.headlines[0]
    assert "Biden" in best or "Kadhimi" in best
    assert "combat" in best and ("terminat" in best or "end" in best)
    assert best != result.title and result.title not in result.headlines
    assert all(not violations(h, "english", words=10) for h in result.headlines)


def test_cli_headlines_command():
    runner = CliRunner()
    sample = str(SAMPLES / "biden-kadhimi.txt")
    result = runner.invoke(app, ["headlines", sample, "--count", "2"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "Biden" in lines[0]
    result = runner.invoke(app, ["headlines", sample, "-k", "1", "--headline-case", "title",
                                 "--format", "json"])
    data = json.loads(result.stdout)
    assert data["source"] == sample and len(data["headlines"]) == 1
    assert runner.invoke(app, ["headlines", sample, "--headline-words", "1"]).exit_code == 2


# --- measured on the shared dev data (a floor, well under the bench figures) ---------------------

def test_bbc_dev_headlines_beat_the_first_words_and_obey_the_rules():
    from rouge_score import rouge_scorer

    rows = read_jsonl(shared_path("data", "summaries", "bbc_dev.jsonl"), limit=80)
    rouge = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    ours, first8 = [], []
    for row in rows:
        found = headlines(row["text"], count=3, language="english")
        assert all(not violations(h, "english", words=10) for h in found)
        ours.append(rouge.score(row["title"], found[0] if found else "")["rouge1"].fmeasure)
        lead8 = " ".join(row["text"].split()[:8])
        first8.append(rouge.score(row["title"], lead8)["rouge1"].fmeasure)
    assert statistics.mean(ours) > statistics.mean(first8) + 0.03


@pytest.mark.slow
def test_candidate_order_does_not_depend_on_the_hash_seed():
    """Scores summed over sets of terms once depended on set order (PYTHONHASHSEED=2 swapped
    two candidates of this article); the sums are now exact (math.fsum)."""
    import subprocess
    import sys

    path = shared_path("data", "summaries", "cnndm_dev.jsonl")
    script = (
        "import json, sys\n"
        "from summarize import summarize\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    d = json.loads(line)\n"
        "    if d['id'].startswith('dm-test-e880fda4'):\n"
        "        print(summarize(d['text'], headlines=5).headlines)\n"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                       text=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": seed},
                       check=True).stdout
        for seed in ("0", "2")
    }
    assert len(outputs) == 1 and next(iter(outputs)).strip()


def _breaks(headline: str, language: str, words: int, title: str | None) -> list[str]:
    """The rules, checked on the offered text without the package's tokenizer."""
    rules = rules_for(language)
    found = []
    counted = [w for w in headline.split() if any(c.isalnum() for c in w)]
    if not counted or len(counted) > words:
        found.append("length")
    last = counted[-1].lower().strip(".,;:!?\"'\u2019\u201d\u00bb)") if counted else ""
    if last in rules.function_words or headline.rstrip().endswith(("'s", "\u2019s", "s'")):
        found.append("ending")
    for clause in headline.split(" : " if " : " in headline else ": ", 1)[:2]:
        first = clause.split()[0].lower() if clause.split() else ""
        if first.split("'")[0].split("\u2019")[0] in rules.pronouns:
            found.append("pronoun")
    for a, b in ("()", "[]", "\u201c\u201d", "\u00ab\u00bb"):
        if headline.count(a) != headline.count(b):
            found.append("unbalanced")
    if headline.count('"') % 2:
        found.append("unbalanced")
    if title and normal(headline) == normal(title):
        found.append("title")
    return found


def _fixture_texts() -> list[str]:
    names = ["copied-article.txt", "copied-article-fr.txt",
             *(f"headlines_fr_{n}.txt" for n in ("ecoles", "festival", "incendie", "sncf"))]
    return ([(FIXTURES / n).read_text(encoding="utf-8") for n in names]
            + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))])


def _assert_obeyed(texts: list[str], words: int) -> None:
    checked = 0
    for text in texts:
        result = summarize(text, headlines=10, headline_words=words)
        for headline in result.headlines:
            assert _breaks(headline, result.language, words, result.title) == [], headline
            checked += 1
    assert checked >= 2 * len(texts)


@pytest.mark.parametrize("words", [6, 10])
def test_every_offered_candidate_obeys_the_rules(words):
    _assert_obeyed(_fixture_texts(), words)


@pytest.mark.parametrize("name", ["bbc_dev.jsonl", "orangesum_fr_dev.jsonl"])
def test_every_offered_candidate_obeys_the_rules_on_the_dev_sets(name):
    rows = read_jsonl(shared_path("data", "summaries", name), limit=60)
    _assert_obeyed([r["text"] for r in rows], 10)
