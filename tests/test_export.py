"""export_answers(): one valid, self-contained HTML page per student and notebook, answers escaped,
never overwriting a file; and the command line for saved notebooks."""

from html.parser import HTMLParser

import nbformat
import pytest

from helpers import exercises, export
from helpers.errors import PackError
from helpers.exercises import Exercise, check
from helpers.export import export_answers, main

WRITTEN = ('They are not allies. <script>alert("x")</script> & the op-ed says '
           '"Make the Sino-Russian partnership a strategic priority." Article 9 only asks them to consult.')


class Page(HTMLParser):
    """Collects tags, text and anything that would reach the network."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.external, self.scripts = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        for key, value in attrs:
            if key in ("src", "href") and value:
                self.external.append(value)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    assert page.stack == [], f"unclosed tags: {page.stack}"
    return page


@pytest.fixture
def session(monkeypatch):
    fake = {
        "09.pick": Exercise("09.pick", "choice", "essay", "pick = 'essay'", "Only the essay is dated."),
        "09.memo": Exercise("09.memo", "text", None, "memo = '...'", "Model.", min_words=10, quote_from="oped"),
        "09.never": Exercise("09.never", "number", 3, "never = 3", "Three."),
        "08.other": Exercise("08.other", "bool", True, "other = True", "Yes."),
    }
    monkeypatch.setattr(exercises, "all_exercises", lambda: fake)
    monkeypatch.setattr(export, "all_exercises", lambda: fake)
    monkeypatch.delenv("PACK_INSTRUCTOR", raising=False)
    exercises.RECORDS.clear()
    exercises.ATTEMPTS.clear()
    check("09.pick", "oped")
    check("09.pick", "essay")
    check("09.memo", WRITTEN)
    check("08.other", True)
    return fake


def test_export_writes_valid_escaped_html(session, tmp_path, capsys):
    path = export_answers(name="Ana <K.>", notebook="09", folder=tmp_path, when="2026-12-02")
    assert path.name == "09_Ana-K_2026-12-02.html"
    page = parse(path)
    raw = path.read_text(encoding="utf-8")
    text = "".join(page.text)
    assert page.scripts == 0 and page.external == [], "no script, no link: nothing reaches the network"
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the op-ed" in raw
    assert WRITTEN in text, "the written answer in full"
    assert "Student: Ana <K.>" in text and "2026-12-02" in text
    assert "✓ correct (checked by the program) · 2 attempts" in text and "'essay'" in text, "the latest answer"
    assert "✎ written answer: to be read by the teacher" in text
    assert "is in the oped, word for word" in text, "the automatic feedback"
    assert "09.never" in text and "○ not attempted" in text
    assert "08.other" not in text, "only this notebook's exercises"
    assert "Saved 2 of 3 answers" in capsys.readouterr().out


def test_export_never_overwrites(session, tmp_path, capsys):
    first = export_answers(name="Ana", notebook="09", folder=tmp_path, when="2026-12-02")
    first.write_text("the teacher's marked copy", encoding="utf-8")
    second = export_answers(name="Ana", notebook="09", folder=tmp_path, when="2026-12-02")
    assert second.name == "09_Ana_2026-12-02_2.html"
    assert first.read_text(encoding="utf-8") == "the teacher's marked copy"
    assert "was already there, so it was kept" in capsys.readouterr().out


@pytest.mark.parametrize("name, notebook, says", [
    ("", "09", "give your name"), (None, "09", "give your name"), ("Ana", "capstone", "two-digit number"),
    ("Ana", "07", "no exercises"),
])
def test_export_problems_are_one_sentence(session, tmp_path, name, notebook, says):
    with pytest.raises(PackError, match=says):
        export_answers(name=name, notebook=notebook, folder=tmp_path)


def test_command_line_exports_saved_notebooks(session, tmp_path, capsys):
    notebook = nbformat.v4.new_notebook()
    answer = nbformat.v4.new_code_cell('memo = "I think <b>not</b> an alliance"', metadata={"exercise": "09.memo"})
    checked = nbformat.v4.new_code_cell('check("09.memo")')
    checked.outputs = [nbformat.v4.new_output("stream", name="stdout", text="✎ saved for your teacher\n")]
    blank = nbformat.v4.new_code_cell("pick = ...", metadata={"exercise": "09.pick"})
    notebook.cells = [answer, checked, blank, nbformat.v4.new_code_cell('check("09.pick")')]
    saved = tmp_path / "09_practice.ipynb"
    nbformat.write(notebook, str(saved))
    assert main([str(saved), "--name", "Ben", "--out", str(tmp_path / "out")]) == 0
    pages = list((tmp_path / "out").glob("*.html"))
    assert len(pages) == 1 and pages[0].name.startswith("09_practice_Ben_")
    text = "".join(parse(pages[0]).text)
    assert 'memo = "I think <b>not</b> an alliance"' in text and "✎ saved for your teacher" in text
    assert "○ not attempted" in text
    assert main([str(tmp_path / "missing.ipynb")]) == 2
    assert "there is no file missing.ipynb" in capsys.readouterr().err
