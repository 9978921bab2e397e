"""Build the printable handouts as PDF files, offline (HTML + CSS turned into PDF by WeasyPrint; no LaTeX).

    python tools/handouts.py                 # every handout into build/handouts/
    python tools/handouts.py --html          # also keep the HTML next to each PDF (to look at in a browser)

What it makes (one PDF each):
- documents-<id>.pdf: each seed article and each practice article as a document packet: a headnote (who, when,
  what kind of text, how sure we are), the text with the same line numbers as `read()` in the notebooks, and a
  glossary of its hard words;
- organisers.pdf: the graphic organisers (sourcing card, claim-check table, corroboration matrix, framing table,
  cooperation scorecard), one per page, to fill in by hand;
- glossary.pdf, rubric.pdf (the capstone rubric), exit-tickets.pdf (four to a page, to cut out);
- answer-key.pdf and instructor-guide.pdf: the teacher's copies, from docs/.
A handout whose data file is missing is not made, and the script says which and why.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.articles import load_seeds  # noqa: E402
from helpers.capstone import load_capstone_rubric, load_example_memos  # noqa: E402
from helpers.errors import PackError  # noqa: E402
from helpers.glossary import load_glossary  # noqa: E402
from helpers.practice import load_practice_articles  # noqa: E402
from helpers.reading import read  # noqa: E402

OUT = ROOT / "build" / "handouts"
DOCS = ROOT / "docs"
TEACHER_FOOTER = "Teacher copy: do not hand out"

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
        @bottom-left { content: string(handout); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #555; }
        @bottom-right { content: "page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", sans-serif;
                        font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
h1 { font-size: 17pt; margin: 0 0 4mm 0; string-set: handout content(); }
h2 { font-size: 13pt; margin: 6mm 0 2mm 0; }
h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
@page wide { size: A4 landscape; margin: 12mm 14mm 16mm 14mm; }
.page { page-break-after: always; }
.wide { page: wide; }
table.rubric { table-layout: fixed; font-size: 8.6pt; line-height: 1.3; }
table.rubric th:first-child, table.rubric td:first-child { width: 11%; font-weight: bold; }
.memo { border-left: 2pt solid #0072B2; padding-left: 3mm; font-family: "DejaVu Serif", serif; }
.page:last-child { page-break-after: auto; }
.note { color: #333; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; }
table.grid { table-layout: fixed; }
th, td { border: 0.6pt solid #444; padding: 1.6mm 2mm; vertical-align: top; text-align: left; }
th { background: #e8eef5; }
table.head th { width: 30%; background: #f2f2f2; }
table.text { border: none; font-family: "DejaVu Serif", serif; font-size: 10.5pt; }
table.text td { border: none; padding: 0.4mm 1mm; }
table.text td.n { width: 9mm; color: #666; text-align: right; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; }
table.text tr.clutter td.t { color: #777; font-style: italic; }
.tag { font-size: 8pt; color: #a00; font-style: normal; }
td.write { height: 22mm; }
td.tall { height: 40mm; }
.ticket { border: 1pt dashed #444; padding: 4mm; margin-bottom: 6mm; height: 58mm; page-break-inside: avoid; }
.ticket h3 { margin-top: 0; }
.lines { border-bottom: 0.5pt solid #999; height: 8mm; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
pre { font-size: 8.5pt; background: #f6f6f6; padding: 2mm; white-space: pre-wrap; }
"""


def esc(text: object) -> str:
    return html.escape(str(text))


def page(title: str, body: str, note: str = "", wide: bool = False) -> str:
    note_html = f"<p class='note'>{esc(note)}</p>" if note else ""
    css = "page wide" if wide else "page"
    return f"<section class='{css}'><h1>{esc(title)}</h1>{note_html}{body}</section>"


def document(pages: list[str], title: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{CSS}</style></head><body>{''.join(pages)}</body></html>")


# --- document packets -------------------------------------------------------------------------------


def packet(article) -> str:
    reading = read(article)
    head = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in reading.head.items())
    rows = []
    for line in reading.lines:
        tag = f" <span class='tag'>[page clutter: {esc(line.clutter)}]</span>" if line.clutter else ""
        css = " class='clutter'" if line.clutter else ""
        rows.append(f"<tr{css}><td class='n'>{line.number}</td><td class='t'>{esc(line.text)}{tag}</td></tr>")
    glossary = ""
    if reading.glossary:
        items = "".join(f"<tr><th>{esc(t)}</th><td>{esc(d)}</td></tr>" for t, d in reading.glossary)
        glossary = f"<h2>Glossary</h2><table class='head'>{items}</table>"
    body = (f"<h2>Headnote</h2><table class='head'>{head}</table>"
            f"<p class='note'>{esc(reading.caption())}. Line numbers match <code>read(\"{esc(reading.article_id)}\")</code>"
            f" in the notebooks.</p><h2>Text</h2><table class='text'>{''.join(rows)}</table>{glossary}")
    return page(f"Document: {reading.head['title']}", body)


def practice_articles() -> list:
    """The practice articles, or none (with one sentence saying why) if one of them cannot be read."""
    try:
        return list(load_practice_articles())
    except PackError as problem:
        print(f"no practice packets made: {problem}")
        return []


# --- graphic organisers -----------------------------------------------------------------------------


def blank_table(columns: list[str], rows: int, first_column: list[str] | None = None, css: str = "write") -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for index in range(rows):
        first = esc(first_column[index]) if first_column else ""
        cells = f"<td class='{css}'>{first}</td>" + "".join(f"<td class='{css}'></td>" for _ in columns[1:])
        body.append(f"<tr>{cells}</tr>")
    return f"<table class='grid'><tr>{head}</tr>{''.join(body)}</table>"


def organisers() -> list[str]:
    name_line = "<p>Name: ______________________ &nbsp; Article: ______________________ &nbsp; Date: ____________</p>"
    sourcing = blank_table(
        ["Question", "What the page says (line)", "What I found when I left the page", "So what?"], 6,
        ["Who wrote or published it?", "What do they know, and how?", "When was it written? What could they know then?",
         "What kind of text is it, and why was it written?", "Who else reports the same thing?",
         "S·I·F·T: Stop · Investigate the source · Find better coverage · Trace claims"])
    claims = blank_table(["Claim (quote, line)", "Type: fact / opinion / prediction / recommendation",
                          "Verdict: accurate / partly / inaccurate / contested / can't tell", "Evidence (source, line)"], 5)
    matrix = blank_table(["Theme", "summary", "essay", "oped", "explainer", "fragment", "other source"], 6,
                         ["Is it an alliance?", "Why did it come about?", "Trade and energy", "Ukraine", "The future", ""])
    framing = blank_table(["Word or phrase (line)", "Who tends to use it", "A more neutral alternative",
                           "What the choice does to the reader"], 6)
    scorecard = blank_table(["Area", "Depth (one number + source)", "Dependence: who needs whom more?",
                             "Friction (one quotation + line)", "My verdict"], 4,
                            ["Energy", "Trade and money", "Arms and exercises", "The Arctic and technology"], css="tall")
    return [
        page("Sourcing card", name_line + sourcing,
             "Habit: sourcing and contextualisation. Fill in the middle column from the page, the third after leaving it."),
        page("Claim-check table", name_line + claims,
             "Habit: close reading and corroboration. Quote the claim exactly; give the line number."),
        page("Corroboration matrix", name_line + matrix,
             "Habit: corroboration. In each cell: what the article says on the theme, with a line number, or 'silent'."),
        page("Framing table", name_line + framing,
             "Habit: close reading. The same event can be told in different words; each choice frames it."),
        page("Cooperation scorecard", name_line + scorecard,
             "Notebook 03. Central question: partners of equals, or does one need the other more?"),
    ]


# --- data-driven handouts ---------------------------------------------------------------------------


def glossary_page() -> str | None:
    try:
        rows = load_glossary()
    except PackError as problem:
        print(f"glossary.pdf not made: {problem}")
        return None
    body = "".join(f"<tr><th>{esc(r.term)}</th><td>{esc(r.definition)}</td></tr>" for r in rows.itertuples())
    return page("Glossary", f"<table class='head'>{body}</table>", "Hard words in the pack, in the pack's own words.")


def rubric_page() -> str | None:
    try:
        rubric = load_capstone_rubric()
    except PackError as problem:
        print(f"rubric.pdf not made: {problem}")
        return None
    head = "".join(f"<th>{esc(c.replace('_', ' '))}</th>" for c in rubric.columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(value)}</td>" for value in row) + "</tr>"
                   for row in rubric.itertuples(index=False))
    return page("Capstone rubric", f"<table class='rubric'><tr>{head}</tr>{body}</table>",
                "Five criteria at four levels, for the verdict memo in notebook 05.", wide=True)


def example_memo_pages() -> list[str]:
    """The two annotated example memos (strong and weak) that go with the rubric."""
    try:
        memos = load_example_memos()
    except PackError as problem:
        print(f"the example memos are not in rubric.pdf: {problem}")
        return []
    pages = []
    for label, memo in (memos or {}).items():
        levels = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in (memo.get("levels") or {}).items())
        notes = "".join(f"<li><i>\u201c{esc(n.get('words', ''))}\u201d</i> ({esc(n.get('criterion', ''))}): "
                        f"{esc(n.get('comment', ''))}</li>" for n in memo.get("notes") or [])
        body = (f"<p class='memo'>{esc(memo.get('memo', ''))}</p><h2>Levels on the rubric</h2>"
                f"<table class='head'>{levels}</table><h2>Notes</h2><ul>{notes}</ul>")
        pages.append(page(f"Example memo ({label}) on {memo.get('article', 'a practice article')}", body,
                          "Written for the pack to show the levels; marked against the capstone rubric."))
    return pages


EXIT_TICKETS = [
    ("00 · Start here", "Which of the five articles would you trust least for a fact about the treaty, and what "
     "is the first thing you would look up to check it?"),
    ("01 · History", "Was the 2001 treaty the start of the partnership or a step in it? Give one dated event as "
     "evidence."),
    ("02 · The treaty", "Name one thing the 2001 treaty commits the two countries to and one thing it does not. "
     "Quote or cite the article."),
    ("03 · Cooperation", "Partners of equals? Give one number that supports your answer and say what that number "
     "cannot show."),
    ("04 · Critical reading", "Name one signal in a text that made you check further, and say what checking "
     "showed."),
    ("05 · Capstone", "In one sentence: should your article be used in a class briefing, and with which warning?"),
]


def exit_tickets() -> list[str]:
    tickets = []
    for lesson, question in EXIT_TICKETS:
        lines = "".join("<div class='lines'></div>" for _ in range(3))
        tickets.append(f"<div class='ticket'><h3>Exit ticket · {esc(lesson)}</h3><p>{esc(question)}</p>"
                       f"<p class='note'>Name: ____________________</p>{lines}</div>")
    pages = [tickets[i:i + 4] for i in range(0, len(tickets), 4)]
    return [page("Exit tickets", "".join(group), "Cut along the dashed lines.") for group in pages]


def markdown_page(path: Path, title: str, footer: str = "") -> str | None:
    if not path.exists():
        print(f"{path.name} not turned into a PDF: the file is missing.")
        return None
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(path.read_text(encoding="utf-8"))
    note = f"<p class='note'><b>{esc(footer)}</b></p>" if footer else ""
    return f"<section class='page'><h1 style='display:none'>{esc(title)}</h1>{note}{body}</section>"


# --- writing ----------------------------------------------------------------------------------------


def write(name: str, pages: list[str], title: str, keep_html: bool) -> Path:
    from weasyprint import HTML

    OUT.mkdir(parents=True, exist_ok=True)
    source = document(pages, title)
    target = OUT / f"{name}.pdf"
    if keep_html:
        (OUT / f"{name}.html").write_text(source, encoding="utf-8")
    HTML(string=source, base_url=str(ROOT)).write_pdf(target)
    print("made", target.name)
    return target


def build(keep_html: bool = False) -> list[Path]:
    made = []
    for article in [*load_seeds(), *practice_articles()]:
        made.append(write(f"documents-{article.id}", [packet(article)], f"Document: {article.id}", keep_html))
    made.append(write("organisers", organisers(), "Graphic organisers", keep_html))
    glossary = glossary_page()
    if glossary:
        made.append(write("glossary", [glossary], "Glossary", keep_html))
    rubric = rubric_page()
    if rubric:
        made.append(write("rubric", [rubric, *example_memo_pages()], "Capstone rubric", keep_html))
    made.append(write("exit-tickets", exit_tickets(), "Exit tickets", keep_html))
    for name, path, title in (("answer-key", DOCS / "answer_key.md", "Answer key"),
                              ("instructor-guide", DOCS / "instructor_guide.md", "Instructor guide")):
        footer = TEACHER_FOOTER if name == "answer-key" else ""
        made_page = markdown_page(path, title, footer)
        if made_page:
            made.append(write(name, [made_page], title, keep_html))
    return made


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the printable handouts (PDF) into build/handouts/.")
    parser.add_argument("--html", action="store_true", help="also keep each handout's HTML")
    build(keep_html=parser.parse_args().html)
