"""check(): closed answers get ✓/✗ with reasons; written answers are saved and read, never ticked;
no stray True/False; slips answered in one sentence; strict in instructor mode."""

import datetime

import pytest

from helpers import exercises
from helpers.exercises import MISSING, Exercise, ExerciseFailed, check, hint, last_result, reveal

MISCONCEPTION = {"allies": {"cues": ["basically allies", "are allies", "defend each other", "military alliance"],
                            "feedback": "Article 9 promises consultation, not defence."}}
ORIGINAL = ("Putin and Xi have also highlighted the importance of their strategic relationship, particularly in the "
            "face of deteriorating ones with the United States and its Western allies due to legitimate concerns "
            "regarding serious human rights abuses committed by the ruling governments in both Russia and China.")


@pytest.fixture
def bank(monkeypatch):
    fake = {
        "t.choice": Exercise("t.choice", "choice", "essay", "a = 'essay'", "Only the essay is dated.", hint="Look at the date column.",
                             feedback={"oped": "The op-ed names its author but prints no date."}),
        "t.genre": Exercise("t.genre", "choice", "op-ed", "genre = 'op-ed'", "It argues."),
        "t.set": Exercise("t.set", "set", ["essay", "oped"], "a = ['essay', 'oped']", "Two bylines."),
        "t.seq": Exercise("t.seq", "sequence", [1950, 1969, 2001], "a = [1950, 1969, 2001]", "In order."),
        "t.num": Exercise("t.num", "number", 108, "a = 108", "33+30+24+21.", tolerance=0),
        "t.map": Exercise("t.map", "mapping", {"essay": "stated", "oped": "estimated"}, "a = {...}", "Dates.",
                          feedback={"oped": {"stated": "The op-ed prints no date; we worked it out from clues.",
                                             "*": "Look at the date_status column."}}),
        "t.era": Exercise("t.era", "mapping", {"UN abstention": "after February 2022", "gas deal": "after 2014"},
                          "eras = {...}", "Eras.", accept={"after February 2022": ["after Feb 2022"]}),
        "t.date": Exercise("t.date", "choice", "2019-12-02", "earliest = '2019-12-02'", "Pipeline opened."),
        "t.bool": Exercise("t.bool", "bool", False, "a = False", "Consultation only."),
        "t.text": Exercise("t.text", "text", None, "a = '...'", "A model answer.", min_words=5,
                           key_ideas={"consultation only": ["consult"], "the United States": ["US"]}),
        "t.alliance": Exercise("t.alliance", "text", None, "not_an_alliance = '...'", "Model.", min_words=8,
                               misconceptions=MISCONCEPTION,
                               key_ideas={"consultation": ["consult"], "no defence promise": ["no promise"],
                                          "Article 8": ["Article 8"], "comparison": ["1950", "NATO"]}),
        "t.rewrite": Exercise("t.rewrite", "text", None, "neutral = '...'", "Model.", min_words=10, original=ORIGINAL),
        "t.quote": Exercise("t.quote", "text", None, "purpose = '...'", "Model.", min_words=8,
                            quote_from="oped", needs_quote=True),
        "t.anyquote": Exercise("t.anyquote", "text", None, "note = '...'", "Model.", min_words=8),
    }
    monkeypatch.setattr(exercises, "all_exercises", lambda: fake)
    monkeypatch.delenv("PACK_INSTRUCTOR", raising=False)
    exercises.ATTEMPTS.clear()
    exercises.RECORDS.clear()
    return fake


def outcome(exercise_id, answer, capsys, **kw):
    result = check(exercise_id, answer, result=True, **kw)
    return result, capsys.readouterr().out


# --- return value: nothing under the feedback --------------------------------------------------


def test_check_returns_none_and_result_on_request(bank, capsys):
    assert check("t.choice", "essay") is None
    assert "✓ correct" in capsys.readouterr().out
    assert last_result().correct and last_result().status == "correct"
    result = check("t.choice", "summary", result=True)
    assert result.status == "wrong" and not result and last_result() is result


@pytest.mark.parametrize("exercise_id", ["t.choice", "t.set", "t.seq", "t.num", "t.map", "t.bool", "t.text"])
@pytest.mark.parametrize("blank", [..., None, "", [], {}, {"essay": ..., "oped": ...}, [..., ...], MISSING])
def test_blank_answers_are_not_attempted_yet(bank, capsys, exercise_id, blank):
    result, out = outcome(exercise_id, blank, capsys)
    assert result.status == "blank" and "not attempted yet" in out


# --- closed answers ---------------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id, answer", [
    ("t.choice", " Essay "), ("t.set", ["oped", "ESSAY"]), ("t.seq", [1950, 1969, 2001]), ("t.num", 108.0),
    ("t.map", {"essay": "Stated", "oped": "estimated"}), ("t.bool", False),
    ("t.genre", "oped"), ("t.genre", "Op Ed"), ("t.genre", "op-ed"),
    ("t.era", {"UN abstention": "after Feb 2022", "gas deal": "After 2014"}),
    ("t.era", {"un abstention": "after february 2022", "Gas deal": "after 2014"}),
    ("t.date", "2019-12-02"), ("t.date", datetime.date(2019, 12, 2)),
    ("t.era", {"UN abstention": "after Feb. 2022", "gas deal": "after 2014"}),
])
def test_right_answers_and_spelling_variants(bank, capsys, exercise_id, answer):
    result, out = outcome(exercise_id, answer, capsys)
    assert result.correct and out.startswith("✓ correct")


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("t.choice", 42, "not quite"), ("t.choice", ["essay"], "not a list"), ("t.set", "essay, oped", "square brackets"),
    ("t.seq", {1: 2}, "square brackets"), ("t.num", "many", "give a number"), ("t.map", ["essay"], "dictionary"),
    ("t.bool", "False", "without quotes"), ("t.text", 3, "text between quotes"), ("t.text", ["a", "b"], "not a list"),
    ("t.set", [["nested"]], "square brackets"), ("t.seq", [None, object()], "square brackets"),
    ("t.map", {"essay": ["x"], "oped": "estimated"}, "give one value, not a list"), ("t.num", float("nan"), "finite"),
    ("t.num", 10 ** 400, "far too large"), ("t.num", "9" * 500, "far too large"), ("t.num", -5, "not quite"),
])
def test_slips_get_one_sentence_and_never_raise(bank, capsys, exercise_id, answer, says):
    result, out = outcome(exercise_id, answer, capsys)
    assert result.status == "wrong" and says in out
    assert len(out) < 300, "a huge answer is never echoed back"


def test_number_in_quotes_still_counts(bank, capsys):
    assert outcome("t.num", "108", capsys)[0].correct


def test_specific_feedback_and_partial_credit(bank, capsys):
    assert "prints no date" in outcome("t.choice", "oped", capsys)[1]
    assert "1 missing and 1 that should not be there" in outcome("t.set", ["essay", "summary"], capsys)[1]
    assert "look again at item 2" in outcome("t.seq", [1950, 2001, 1969], capsys)[1]


def test_mapping_feedback_names_the_wrong_key_and_why(bank, capsys):
    out = outcome("t.map", {"essay": "stated", "oped": "stated"}, capsys)[1]
    assert "1 of 2 not right yet" in out and "'oped': The op-ed prints no date" in out
    out = outcome("t.map", {"essay": "stated", "oped": "unknown"}, capsys)[1]
    assert "'oped': Look at the date_status column." in out
    out = outcome("t.era", {"UN abstention": "after 2014", "gas deal": "after 2014"}, capsys)[1]
    assert "look again at 'UN abstention'" in out
    out = outcome("t.map", {"esay": "stated", "oped": "estimated"}, capsys)[1]
    assert "'esay' is not one of this exercise's keys" in out


@pytest.mark.parametrize("typed", ["02/12/2019", "2 Dec 2019", "December 2, 2019", "2019/12/02"])
def test_a_date_in_another_format_gets_a_format_hint(bank, capsys, typed):
    out = outcome("t.date", typed, capsys)[1]
    assert "write the date as YYYY-MM-DD" in out


def test_a_wrong_date_in_the_right_format_gets_no_format_hint(bank, capsys):
    out = outcome("t.date", "2013-03-15", capsys)[1]
    assert "not quite" in out and "YYYY-MM-DD" not in out


# --- written answers: never a tick ---------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", ["t.text", "t.alliance", "t.rewrite", "t.quote", "t.anyquote"])
@pytest.mark.parametrize("answer", [
    "They only consult, nothing more, and the US knows it.",
    "They are not allies: Article 9 says they consult and there is no promise of defence, unlike NATO in 1950.",
    'The op-ed says "Make the Sino-Russian partnership a strategic priority." and wants Washington to act.',
    ORIGINAL,
])
def test_no_written_answer_is_ever_correct(bank, capsys, exercise_id, answer):
    result, out = outcome(exercise_id, answer, capsys)
    assert not result.correct and result.status != "correct"
    assert "✓" not in out and "correct" not in out


def test_lorem_ipsum_is_sent_back(bank, capsys):
    for exercise_id in ("t.text", "t.alliance", "t.quote"):
        result, out = outcome(exercise_id, "lorem ipsum " * 20, capsys)
        assert result.status == "sent back" and "placeholder text" in out


def test_repeated_words_and_too_short_are_sent_back(bank, capsys):
    result, out = outcome("t.alliance", "alliance alliance alliance alliance alliance alliance alliance alliance", capsys)
    assert result.status == "sent back" and "over and over" in out
    result, out = outcome("t.alliance", "Not allies.", capsys)
    assert result.status == "sent back" and "2 words so far, aim for at least 8" in out


def test_the_targeted_misconception_gets_targeted_feedback(bank, capsys):
    answer = "They are basically allies now, they defend each other, and Article 9 means they consult on threats."
    result, out = outcome("t.alliance", answer, capsys)
    assert result.status == "saved with notes"
    assert "⚠ think again about \"basically allies\": Article 9 promises consultation, not defence." in out
    assert "+ consultation" in out and "· no defence promise" in out


def test_the_misconception_is_answered_even_when_the_answer_is_too_short(bank, capsys):
    result, out = outcome("t.alliance", "basically allies now: they defend each other", capsys)
    assert result.status == "sent back" and "say a little more" in out
    assert "Article 9 promises consultation, not defence." in out


def test_a_negated_misconception_is_not_flagged(bank, capsys):
    answer = "They are not allies and do not defend each other: Article 9 only says they consult, with no promise."
    result, out = outcome("t.alliance", answer, capsys)
    assert result.status == "saved" and "⚠" not in out


def test_key_ideas_are_whole_words_not_prefixes(bank, capsys):
    out = outcome("t.text", "This is a useful thing to consult about, for us all.", capsys)[1]
    assert "+ consultation only" in out and "· the United States" in out
    out = outcome("t.text", "The US wants them to stop the consultations now.", capsys)[1]
    assert "+ consultation only" in out and "+ the United States" in out


def test_a_pasted_original_is_sent_back(bank, capsys):
    for pasted in (ORIGINAL, "According to critics, " + ORIGINAL, ORIGINAL.replace("legitimate", "alleged")):
        result, out = outcome("t.rewrite", pasted, capsys)
        assert result.status == "sent back" and "still (almost word for word) the original" in out
    rewrite = ("Putin and Xi also stressed their strategic relationship as ties with the United States worsened. "
               "Western governments accuse both of serious human rights abuses; the article does not give their reply.")
    assert outcome("t.rewrite", rewrite, capsys)[0].status == "saved"


def test_an_invented_quotation_is_named_and_does_not_complete_the_exercise(bank, capsys):
    invented = 'The op-ed wants the US to act, because "Russia and China have signed a secret defence pact" it says.'
    result, out = outcome("t.quote", invented, capsys)
    assert result.status == "sent back"
    assert '✗ "Russia and China have signed a secret defence pact" is NOT in the oped word for word' in out
    result, out = outcome("t.quote", "The op-ed wants the US to act on the partnership now and soon.", capsys)
    assert result.status == "sent back" and "needs at least one quotation" in out


def test_a_real_quotation_with_curly_quotes_and_odd_spacing_is_verified(bank, capsys):
    real = "The op-ed wants Washington to act: “Make the  Sino-Russian partnership a strategic\npriority.”"
    result, out = outcome("t.quote", real, capsys)
    assert result.status == "saved"
    assert '+ "Make the Sino-Russian partnership a strategic priority." is in the oped, word for word.' in out


def test_single_quotes_inside_a_python_string_count_as_a_quotation(bank, capsys):
    real = "The op-ed's advice to Washington is 'Make the Sino-Russian partnership a strategic priority'."
    result, out = outcome("t.quote", real, capsys)
    assert result.status == "saved" and "is in the oped, word for word" in out


def test_a_quotation_not_needed_but_invented_is_still_named(bank, capsys):
    answer = 'The essay is careful, but it says "China is Russia\'s only real friend" somewhere, I think.'
    result, out = outcome("t.anyquote", answer, capsys)
    assert result.status == "saved with notes" and "is NOT in any of the articles word for word" in out


# --- the rest ------------------------------------------------------------------------------------


def test_check_reads_the_answer_variable_when_none_is_given(bank, capsys):
    namespace = {"check": check}
    exec('check("t.num")', namespace)
    assert "○ not attempted yet: a does not exist yet. Run the answer cell above" in capsys.readouterr().out
    exec('a = 108\ncheck("t.num")', namespace)
    assert "✓ correct" in capsys.readouterr().out


def test_unknown_exercise_never_raises_for_students(bank, capsys):
    assert "no exercise called 'nope'" in outcome("nope", 1, capsys)[1]


def test_instructor_mode_raises_on_wrong_missing_or_sent_back(bank, monkeypatch, capsys):
    monkeypatch.setenv("PACK_INSTRUCTOR", "1")
    for exercise_id, answer in (("t.choice", ...), ("t.choice", "oped"), ("t.text", "lorem ipsum " * 9),
                                ("t.rewrite", ORIGINAL), ("t.num", MISSING),
                                ("t.alliance", "They are basically allies now, they defend each other and consult.")):
        with pytest.raises(ExerciseFailed):
            check(exercise_id, answer)
    assert check("t.choice", "essay", result=True).correct


def test_reveal_only_after_a_first_attempt(bank, capsys):
    reveal("t.set")
    out = capsys.readouterr().out
    assert "Try it first" in out and "a = ['essay', 'oped']" not in out
    check("t.set", ["essay"])
    capsys.readouterr()
    reveal("t.set")
    assert "a = ['essay', 'oped']" in capsys.readouterr().out


def test_blank_check_does_not_count_as_an_attempt(bank, capsys):
    check("t.set", ...)
    reveal("t.set")
    assert "Try it first" in capsys.readouterr().out


def test_hint(bank, capsys):
    hint("t.choice")
    assert capsys.readouterr().out == "Hint: Look at the date column.\n"


def test_every_solution_file_entry_is_well_formed():
    assert exercises.unreadable() == {}
    for exercise in exercises.all_exercises().values():
        assert exercise.kind in exercises.KINDS, exercise.id
        assert exercise.why.strip() and exercise.solution.strip(), exercise.id
        assert "..." not in exercise.solution, f"{exercise.id}: the solution still has a placeholder"
        assert exercise.answer_name, f"{exercise.id}: the solution assigns no variable"


def test_numbers_and_dates_match_whether_quoted_or_not(bank, capsys):
    assert check("t.seq", ["1950", 1969.0, 2001], result=True).correct
    bank["t.date2"] = Exercise("t.date2", "mapping", {"end": "2027-02-28"}, "a = {...}", "Dates.")
    assert check("t.date2", {"end": datetime.date(2027, 2, 28)}, result=True).correct
