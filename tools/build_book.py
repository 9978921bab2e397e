"""Build the course website: every notebook with its stored outputs, the instructor guide and the handouts.

    python tools/build_book.py          # writes build/book/_build/html/ (open index.html)

Jupyter Book 1.x turns the notebooks into a static site without running them (the stored outputs of a clean
run are what readers see). The site works offline: no script, style or font is fetched from the internet
(MathJax and the widget scripts, which would come from a CDN, are switched off; dollar signs stay text).
The answer key is left out on purpose: students may be sent this site. Teachers find it in docs/ and in
build/handouts/answer-key.pdf.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "book"
SITE = STAGE / "_build" / "html"
HANDOUTS = ROOT / "build" / "handouts"
STUDENT_HANDOUTS = ("documents-", "organisers", "glossary", "rubric", "exit-tickets")

CONFIG = """\
title: "Russia and China, 2001 to now"
author: "The teaching pack's authors"
only_build_toc_files: true
execute:
  execute_notebooks: "off"
html:
  use_repository_button: false
  use_issues_button: false
  use_edit_page_button: false
  home_page_in_navbar: true
sphinx:
  config:
    mathjax_path: "data:,"
    nb_ipywidgets_js: {}
    html_show_copyright: false
    suppress_warnings: ["mystnb.unknown_mime_type", "myst.header"]
"""


def notebooks() -> list[Path]:
    return sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def handouts_page() -> str:
    lines = ["# Handouts", "",
             "Printable PDFs for the class (made with `make handouts`). Teachers find the answer key in the",
             "repository, not here.", ""]
    for pdf in sorted(HANDOUTS.glob("*.pdf")):
        if pdf.name.startswith(STUDENT_HANDOUTS):
            lines.append(f"- [{pdf.stem}](handouts/{pdf.name})")
    if len(lines) == 5:
        lines.append("No handouts were built yet: run `make handouts` before `make book`.")
    return "\n".join(lines) + "\n"


def stage() -> None:
    if STAGE.exists():
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True)
    (STAGE / "_config.yml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(ROOT / "book" / "intro.md", STAGE / "intro.md")
    chapters = ["  - file: intro", "parts:", "  - caption: Lessons", "    chapters:"]
    for path in notebooks():
        shutil.copy(path, STAGE / path.name)
        chapters.append(f"      - file: {path.stem}")
    chapters += ["  - caption: For teachers and students", "    chapters:"]
    if (ROOT / "docs" / "instructor_guide.md").exists():
        shutil.copy(ROOT / "docs" / "instructor_guide.md", STAGE / "instructor_guide.md")
        chapters.append("      - file: instructor_guide")
    (STAGE / "handouts.md").write_text(handouts_page(), encoding="utf-8")
    chapters.append("      - file: handouts")
    (STAGE / "_toc.yml").write_text("format: jb-book\nroot: intro\n" + "\n".join(chapters[1:]) + "\n",
                                    encoding="utf-8")
    target = STAGE / "handouts"
    target.mkdir()
    for pdf in HANDOUTS.glob("*.pdf"):
        if pdf.name.startswith(STUDENT_HANDOUTS):
            shutil.copy(pdf, target / pdf.name)


def build() -> Path:
    stage()
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(STAGE), "--quiet"]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        print(finished.stdout[-3000:], finished.stderr[-3000:])
        raise SystemExit("The website did not build; the messages above say why.")
    site_handouts = SITE / "handouts"
    site_handouts.mkdir(exist_ok=True)
    for pdf in (STAGE / "handouts").glob("*.pdf"):
        shutil.copy(pdf, site_handouts / pdf.name)
    print("website:", (SITE / "index.html").relative_to(ROOT))
    return SITE


if __name__ == "__main__":
    build()
