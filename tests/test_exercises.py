"""check(): not attempted / not quite / correct, never raising for a student's answer, strict in instructor mode."""

import pytest

from helpers import exercises
from helpers.exercises import Exercise, ExerciseFailed, check, reveal


@pytest.fixture
def bank(monkeypatch):
    fake = {
        "t.choice": Exercise("t.choice", "choice", "essay", "a = 'essay'", "Only the essay is dated.", hint="Look at the date column.",
                             feedback={"oped": "The op-ed names its author but prints no date."}),
        "t.set": Exercise("t.set", "set", ["essay", "oped"], "a = ['essay', 'oped']", "Two bylines."),
        "t.seq": Exercise("t.seq", "sequence", [1950, 1969, 2001], "a = [1950, 1969, 2001]", "In order."),
        "t.num": Exercise("t.num", "number", 108, "a = 108", "33+30+24+21.", tolerance=0),
        "t.map": Exercise("t.map", "mapping", {"essay": "stated", "oped": "estimated"}, "a = {...}", "Dates."),
        "t.bool": Exercise("t.bool", "bool", False, "a = False", "Consultation only."),
        "t.text": Exercise("t.text", "text", None, "a = '...'", "A model answer.", min_words=5,
                           key_ideas={"consultation only": ["consult"]}),
    }
    monkeypatch.setattr(exercises, "all_exercises", lambda: fake)
    monkeypatch.delenv("PACK_INSTRUCTOR", raising=False)
    return fake


@pytest.mark.parametrize("exercise_id", ["t.choice", "t.set", "t.seq", "t.num", "t.map", "t.bool", "t.text"])
@pytest.mark.parametrize("blank", [..., None, "", [], {}, {"essay": ..., "oped": ...}, [..., ...]])
def test_blank_answers_are_not_attempted_yet(bank, capsys, exercise_id, blank):
    assert check(exercise_id, blank) is False
    assert "not attempted yet" in capsys.readouterr().out


@pytest.mark.parametrize("exercise_id, answer", [
    ("t.choice", " Essay "), ("t.set", ["oped", "ESSAY"]), ("t.seq", [1950, 1969, 2001]), ("t.num", 108.0),
    ("t.map", {"essay": "Stated", "oped": "estimated"}), ("t.bool", False), ("t.text", "They only consult, nothing more."),
])
def test_right_answers(bank, capsys, exercise_id, answer):
    assert check(exercise_id, answer) is True
    assert "✓" in capsys.readouterr().out


@pytest.mark.parametrize("exercise_id, answer", [
    ("t.choice", 42), ("t.choice", ["essay"]), ("t.set", "essay, oped"), ("t.seq", {1: 2}), ("t.num", "many"),
    ("t.map", ["essay"]), ("t.bool", "False"), ("t.text", 3), ("t.set", [["nested"]]), ("t.seq", [None, object()]),
    ("t.map", {"essay": ["x"]}), ("t.num", float("nan")),
])
def test_wrong_types_never_raise(bank, capsys, exercise_id, answer):
    assert check(exercise_id, answer) is False
    assert "not quite" in capsys.readouterr().out


def test_specific_feedback_and_partial_credit(bank, capsys):
    check("t.choice", "oped")
    assert "prints no date" in capsys.readouterr().out
    check("t.set", ["essay", "summary"])
    assert "1 missing and 1 that should not be there" in capsys.readouterr().out
    check("t.seq", [1950, 2001, 1969])
    assert "look again at item 2" in capsys.readouterr().out


def test_text_answer_shows_model_and_key_ideas(bank, capsys):
    check("t.text", "too short")
    assert "say a little more" in capsys.readouterr().out
    check("t.text", "The parties consult when threatened, that is all.")
    out = capsys.readouterr().out
    assert "A model answer." in out and "✓ consultation only" in out


def test_unknown_exercise_never_raises_for_students(bank, capsys):
    assert check("nope", 1) is False
    assert "no exercise called" in capsys.readouterr().out


def test_instructor_mode_raises_on_wrong_or_missing(bank, monkeypatch):
    monkeypatch.setenv("PACK_INSTRUCTOR", "1")
    with pytest.raises(ExerciseFailed):
        check("t.choice", ...)
    with pytest.raises(ExerciseFailed):
        check("t.choice", "oped")
    assert check("t.choice", "essay") is True


def test_reveal_prints_the_solution(bank, capsys):
    reveal("t.set")
    assert "a = ['essay', 'oped']" in capsys.readouterr().out


def test_every_solution_file_entry_is_well_formed():
    assert exercises.unreadable() == {}
    for exercise in exercises.all_exercises().values():
        assert exercise.kind in exercises.KINDS, exercise.id
        assert exercise.why.strip() and exercise.solution.strip(), exercise.id
        assert "..." not in exercise.solution, f"{exercise.id}: the solution still has a placeholder"


def test_numbers_and_dates_match_whether_quoted_or_not(bank, capsys):
    import datetime
    assert check("t.seq", ["1950", 1969.0, 2001]) is True
    bank["t.date"] = Exercise("t.date", "mapping", {"end": "2027-02-28"}, "a = {...}", "Dates.")
    assert check("t.date", {"end": datetime.date(2027, 2, 28)}) is True
