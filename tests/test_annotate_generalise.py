"""annotate() on short texts we wrote for each failure seen on articles nobody here wrote (issue 9).

Each test is a made-up sentence or two showing one pattern; none is copied from the gold set.
"""

import pytest

from helpers.annotations import annotate
from helpers.articles import build_article


def marks(text, layer, label=None):
    article = build_article("t", text, {"title": "t"})
    rows = annotate(article, layers=[layer])
    assert all(text[s:e] == t for s, e, t in zip(rows.start, rows.end, rows.text))
    return rows if label is None else rows[rows.label == label]


def named(text):
    return marks(text, "attribution", "named_source")


def vague(text):
    return marks(text, "attribution", "vague_source")


# --- named sources ---------------------------------------------------------------------------------

def test_speaker_after_the_quotation_with_a_title():
    text = '"We see no threat in this," said Deputy Secretary of State Richard Armitage. Talks go on.'
    rows = named(text)
    assert list(rows.canonical) == ["Richard Armitage"]
    assert rows.text.iloc[0].startswith("said") and rows.text.iloc[0].endswith("Richard Armitage")
    quote = marks(text, "attribution", "quotation")
    assert list(quote.canonical) == ["Richard Armitage"]


@pytest.mark.parametrize("text, speaker", [
    ("The visit went well, according to the Kremlin.", "Kremlin"),
    ("The deal is sound, Lavrov said. Lavrov added that more talks would follow.", "Sergey Lavrov"),
    ("The Russian Foreign Ministry met the envoy. The ministry confirmed that a statement was adopted.",
     "Ministry of Foreign Affairs of Russia"),
    ("Vladimir Putin declared that the two sides agreed.", "Vladimir Putin"),
    ("The joint statement cited Article 25 as the basis for the extension.", "joint statement"),
])
def test_reporting_verbs_and_speakers(text, speaker):
    rows = named(text)
    assert speaker in set(rows.canonical)


def test_no_false_sources():
    assert named("Article 5 records Russia's support for China's claim of sovereignty over Taiwan.").empty
    assert named("Reaction from Washington says more about sanctions than about Beijing.").empty
    assert named("Premier Li Keqiang has said little about the war.").empty


def test_the_person_in_the_call_is_not_a_speaker():
    rows = named("In a call with Chinese President Xi Jinping, Russian President Vladimir Putin said ties were good.")
    assert list(rows.canonical) == ["Vladimir Putin"]
    listener = named("Xi told Putin that the treaty still mattered.")
    assert list(listener.canonical) == ["Xi Jinping"]


def test_no_span_across_a_sentence_break():
    rows = named("The minister flew to Beijing. Li said the talks were useful.")
    assert all("." not in text for text in rows.text)


def test_canonical_names_for_short_and_titled_names():
    text = ("Jiang Zemin arrived in Moscow. Jiang said the treaty was a milestone. "
            "Foreign Minister Sergey Lavrov said the terms were clear.")
    assert {"Jiang Zemin", "Sergey Lavrov"} <= set(named(text).canonical)
    people = marks(text, "entities", "person")
    assert set(people.canonical) == {"Jiang Zemin", "Sergey Lavrov"}


def test_a_short_name_follows_the_full_name_before_it():
    text = "Premier Li Peng met Gorbachev in 1989. Li said the border talks had gone well."
    people = marks(text, "entities", "person")
    assert set(people[people.text == "Li"].canonical) == {"Li Peng"}


# --- vague sources ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("One Russian commentator wrote that the pact was hollow.", "One Russian commentator wrote"),
    ("According to a Kremlin aide, the leaders talked for an hour.", "According to a Kremlin aide"),
    ("Officials familiar with the talks said nothing was signed.", "Officials familiar with the talks said"),
    ("As per new reports, the two armies are planning drills.", "As per new reports"),
    ("Some Russian media described the visit as historic.", "Some Russian media described"),
    ('"It is only words," said one Western diplomat.', "said one Western diplomat"),
])
def test_vague_sources(text, phrase):
    rows = vague(text)
    assert phrase in set(rows.text)
    assert named(text).empty


# --- quotations --------------------------------------------------------------------------------------

def test_quotations_go_to_the_right_speaker():
    text = ('"The pact is about trust," said Olga Petrenko, an analyst in Kazan. "It is not about war."\n\n'
            'Gazprom said it would sell more gas. "We are ready," he said.')
    quotes = marks(text, "attribution", "quotation")
    assert list(quotes.canonical) == ["Olga Petrenko", "Olga Petrenko", "Olga Petrenko"]
    vague_quote = marks('"Nothing will change," said one Western diplomat.', "attribution", "quotation")
    assert list(vague_quote.canonical) == [""]


# --- stance -------------------------------------------------------------------------------------------

def test_stance_inside_quotations_is_the_speakers():
    text = 'The minister spoke briefly. "It is certainly a framework of trust," said Olga Petrenko.'
    stance = marks(text, "stance")
    assert list(stance.text) == ["certainly"] and list(stance.voice) == ["quoted"]
    writer = marks("This is certainly a turning point.", "stance")
    assert list(writer.voice) == ["writer"]


def test_sensational_words_and_emoji():
    stance = marks("Folks, this is a bombshell 😱 and the result could be apocalyptic. Shocking!", "stance")
    assert {"bombshell", "apocalyptic", "Shocking", "😱"} <= set(stance.text)


@pytest.mark.parametrize("text", [
    "It was not the kind of intervention anyone expected.",
    "The leaders met in May to sign the papers.",
    "It met last May in Beijing.",
])
def test_neutral_words_do_not_fire(text):
    assert marks(text, "stance").empty


def test_aggression_inside_a_quoted_treaty_phrase_is_not_the_writers():
    stance = marks('Article 9 applies when a party faces a "threat of aggression", the text says.', "stance")
    assert (stance.voice != "writer").all()


# --- treaty articles ------------------------------------------------------------------------------------

def test_nato_article_five_is_not_the_2001_treaty():
    text = ("Article 9 of the 2001 treaty only asks for consultations. NATO's Article 5 promises defence. "
            "Reading Article 9 as Article 5 is a mistake. Article 51 of the UN Charter allows self-defence.")
    rows = marks(text, "treaty", "article")
    bound = [(n, note.split("]")[0].lstrip("[")) for n, note in zip(rows.canonical, rows.note)]
    assert bound == [("9", "2001 treaty"), ("5", "NATO"), ("9", "2001 treaty"), ("5", "NATO"), ("51", "other")]


def test_the_2001_treatys_article_five_stays_the_2001_treaty():
    rows = marks("Article 5 records Russia's support for China's position on Taiwan.", "treaty", "article")
    assert rows.note.iloc[0].startswith("[2001 treaty]")


def test_article_numbers_in_russian_and_chinese():
    rows = marks("Договор продлевается по статье 25. 条约第九条规定双方磋商。", "treaty", "article")
    assert list(rows.canonical) == ["25", "9"]


# --- areas ----------------------------------------------------------------------------------------------

def test_an_area_needs_a_cooperation_context():
    hostile = marks("Officials blamed cyberattacks allegedly from Russian hackers on the ministry's networks.",
                    "areas")
    assert "technology_space" not in set(hostile.label)
    joint = marks("Russia and China agreed to cooperate on satellite technology and space research.", "areas")
    assert "technology_space" in set(joint.label)
