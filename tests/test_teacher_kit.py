"""The teacher's kit: the answer key and the lesson plans match their sources; the handouts are made and read right."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import answer_key  # noqa: E402
import lesson_plans  # noqa: E402

GUIDE = (ROOT / "docs" / "instructor_guide.md").read_text(encoding="utf-8")


def test_answer_key_is_made_from_the_current_solutions():
    assert (ROOT / "docs" / "answer_key.md").read_text(encoding="utf-8") == answer_key.render(), \
        "docs/answer_key.md is out of date: run `make answer-key`"


def test_answer_key_lists_every_exercise_with_its_answer():
    key = answer_key.render()
    for path in sorted((ROOT / "helpers" / "solutions").glob("*.yaml")):
        for exercise_id, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            section = key.split(f"### `{exercise_id}`")[1].split("\n### ")[0]
            if entry["kind"] == "text":
                assert "Marking guide" in section, exercise_id
            else:
                assert "**Answer:**" in section, exercise_id


def test_model_answer_is_read_from_a_plain_assignment_only():
    assert answer_key.model_answer('x = "a reason"') == "a reason"
    assert answer_key.model_answer("x = {'a': 1}") == "{'a': 1}"
    assert answer_key.model_answer("x = len('abc')") is None
    assert answer_key.model_answer("x = 1\ny = 2") is None


def test_lesson_plans_match_the_notebooks():
    text, problems = lesson_plans.render()
    assert problems == []
    assert GUIDE == text, "docs/instructor_guide.md is out of date: run `make guide`"


def test_every_lesson_has_a_fifty_minute_core():
    for source in sorted((ROOT / "tools" / "notebook_src").glob("[0-9][0-9]_*.py")):
        lesson = lesson_plans.read_lesson(source)
        assert lesson.parts, f"{source.name}: no parts with minutes"
        assert 35 <= lesson.core_minutes <= 50, f"{source.name}: core is {lesson.core_minutes} minutes"


def test_part_headings_are_read_with_kind_and_minutes(tmp_path):
    source = tmp_path / "09_try.py"
    source.write_text("# %% [markdown]\n# # 09 · Try\n#\n# **By the end you will be able to:**\n# 1. one;\n"
                      "#    still one\n# 2. two\n\n# %% [markdown]\n# ## Part 1 · Read (core, 12 minutes)\n"
                      "#\n# > **Discuss:** first line\n# > second line\n\n# %%\nx = 1\n\n# %% [markdown]\n"
                      "# ## Part 2 · More (extension, homework, 7 minutes)\n", encoding="utf-8")
    lesson = lesson_plans.read_lesson(source)
    assert [(p.number, p.title, p.kind, p.minutes) for p in lesson.parts] == [
        (1, "Read", "core", 12), (2, "More", "extension", 7)]
    assert lesson.objectives == ["one; still one", "two"]
    assert lesson.prompts == ["first line second line"]


@pytest.mark.parametrize("misconception", [
    "The treaty makes China and Russia allies", "Signing is the same as ratifying",
    "Renewing the treaty needs a new signature", "A website poll shows public opinion",
    "An unsigned text must be false", "A computed rank tells you how reliable a text is",
    "China backed Russia's invasion at the UN"])
def test_guide_answers_each_expected_misconception(misconception):
    assert misconception in GUIDE


def test_guide_has_every_section_a_teacher_needs():
    for heading in ("Course map", "Pacing paths", "Lesson plans", "Misconceptions", "Differentiation",
                    "Sensitive topics", "Operations", "update checklist"):
        assert re.search(heading, GUIDE, re.IGNORECASE), heading


# --- handouts ---------------------------------------------------------------------------------------

handouts = pytest.importorskip("handouts", reason="tools/handouts.py needs the helpers")


def test_document_packet_numbers_lines_as_read_does():
    from helpers.articles import load_seed
    from helpers.reading import read

    article = load_seed("oped")
    page = handouts.packet(article)
    lines = read(article).lines
    assert f"<td class='n'>{lines[-1].number}</td>" in page
    assert handouts.esc(lines[0].text) in page
    assert "<script" not in page


def test_article_text_is_escaped_in_a_packet(tmp_path):
    from helpers.articles import load_article

    path = tmp_path / "odd.txt"
    path.write_text("title: Odd <b>title</b>\n\nA line with <script>alert(1)</script> and $5 and $6.\n",
                    encoding="utf-8")
    page = handouts.packet(load_article(path, folder=None))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_organisers_are_five_pages():
    pages = handouts.organisers()
    assert len(pages) == 5
    titles = [re.search(r"<h1>(.*?)</h1>", page).group(1) for page in pages]
    assert titles == ["Sourcing card", "Claim-check table", "Corroboration matrix", "Framing table",
                      "Cooperation scorecard"]


def test_a_pdf_is_made_offline(tmp_path, monkeypatch):
    weasyprint = pytest.importorskip("weasyprint", reason="the teacher extras are not installed")
    monkeypatch.setattr(handouts, "OUT", tmp_path)
    target = handouts.write("organisers", handouts.organisers(), "Graphic organisers", keep_html=False)
    assert target.read_bytes().startswith(b"%PDF")
    rendered = weasyprint.HTML(string=handouts.document(handouts.organisers(), "Graphic organisers")).render()
    assert len(rendered.pages) == 5, "each organiser fits on one page"
