"""Write the lesson plans in docs/instructor_guide.md from the notebooks and docs/lesson_plans.yaml.

    python tools/lesson_plans.py           # rewrites the part of the guide between the LESSON PLANS markers
    python tools/lesson_plans.py --check   # exit 1 if the guide no longer matches the notebooks

What comes from each notebook source (tools/notebook_src/NN_name.py), so the guide cannot drift from it: the
title, the objectives, the parts with their minutes and whether each is core or extension, and the discussion
prompts (the "> **Discuss**" boxes). What comes from docs/lesson_plans.yaml, written by hand: materials, what to
run on the projector and what to skip, and one protocol per discussion prompt with a strong and a weak example
answer. A notebook whose prompts and protocols do not pair up one to one is reported, not papered over.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "notebook_src"
PLANS = ROOT / "docs" / "lesson_plans.yaml"
GUIDE = ROOT / "docs" / "instructor_guide.md"
START, END = "<!-- LESSON PLANS -->", "<!-- END LESSON PLANS -->"

PART = re.compile(r"^## Part (?P<number>\d+)\s*[·:.-]\s*(?P<title>.+?)\s*\((?P<inside>[^()]*\d+\s*min[^()]*)\)\s*$")
MINUTES = re.compile(r"(\d+)\s*min")


@dataclass
class Part:
    number: int
    title: str
    kind: str  # core or extension
    minutes: int


@dataclass
class Lesson:
    stem: str
    title: str
    objectives: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    @property
    def core_minutes(self) -> int:
        return sum(p.minutes for p in self.parts if p.kind == "core")

    @property
    def extension_minutes(self) -> int:
        return sum(p.minutes for p in self.parts if p.kind != "core")


def markdown_lines(source: Path) -> list[str]:
    """The Markdown text of a percent-format source, cell by cell, with the leading '# ' removed."""
    lines, in_markdown = [], False
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("# %%"):
            in_markdown = "[markdown]" in line
            continue
        if in_markdown:
            lines.append(re.sub(r"^# ?", "", line))
    return lines


def read_lesson(source: Path) -> Lesson:
    lines = markdown_lines(source)
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), source.stem)
    lesson = Lesson(source.stem, title)
    for index, line in enumerate(lines):
        if "By the end you will be able to" in line:
            for item in lines[index + 1:]:
                found = re.match(r"^\s*\d+\.\s+(.*)", item)
                if found:
                    lesson.objectives.append(found.group(1).strip())
                elif item.startswith("   ") and item.strip() and lesson.objectives:
                    lesson.objectives[-1] += " " + item.strip()
                else:
                    break
        part = PART.match(line.strip())
        if part:
            inside = part.group("inside").lower()
            kind = "core" if "core" in inside else "extension"
            lesson.parts.append(Part(int(part.group("number")), part.group("title"), kind,
                                     int(MINUTES.search(inside).group(1))))
        if re.match(r"^>\s*\*\*Discuss", line):
            prompt = [re.sub(r"^>\s*\*\*Discuss[^*]*\*\*\s*", "", line)]
            for more in lines[index + 1:]:
                if not more.startswith(">") or re.match(r"^>\s*\*\*Discuss", more):
                    break
                prompt.append(more.lstrip("> ").strip())
            lesson.prompts.append(" ".join(" ".join(prompt).split()))
    return lesson


def render_lesson(lesson: Lesson, plan: dict) -> tuple[list[str], list[str]]:
    """The Markdown for one lesson plan, and the problems found (prompts without protocols...)."""
    problems = []
    out = [f"### {lesson.title}", ""]
    if lesson.parts:
        out.append(f"**Time:** {lesson.core_minutes} minutes core"
                   + (f", {lesson.extension_minutes} minutes of extensions." if lesson.extension_minutes else "."))
    out.append("")
    if lesson.objectives:
        out += ["**Objectives.** Students will be able to:", ""]
        out += [f"{n}. {text}" for n, text in enumerate(lesson.objectives, 1)] + [""]
    if plan.get("materials"):
        out += [f"**Materials.** {plan['materials'].strip()}", ""]
    if lesson.parts:
        out += ["| part | what happens | core or extension | minutes | on the projector |", "|---|---|---|---|---|"]
        projector = {int(k): v for k, v in (plan.get("projector") or {}).items()}
        for part in lesson.parts:
            out.append(f"| {part.number} | {part.title} | {part.kind} | {part.minutes} | "
                       f"{projector.get(part.number, '').strip()} |")
        out.append("")
        missing = [n for n in projector if n not in {p.number for p in lesson.parts}]
        if missing:
            problems.append(f"{lesson.stem}: projector notes for parts that do not exist: {missing}")
    else:
        problems.append(f"{lesson.stem}: no '## Part N · title (core, N minutes)' headings found")
    if plan.get("skip"):
        out += [f"**If time is short.** {plan['skip'].strip()}", ""]
    protocols = plan.get("protocols") or []
    if len(protocols) != len(lesson.prompts):
        problems.append(f"{lesson.stem}: {len(lesson.prompts)} discussion prompts but {len(protocols)} protocols")
    for number, (prompt, protocol) in enumerate(zip(lesson.prompts, protocols), 1):
        out += [f"**Discussion {number}.** *{prompt}*", "",
                f"- Protocol: {protocol['protocol'].strip()}",
                f"- A strong answer: \u201c{protocol['strong'].strip()}\u201d",
                f"- A weak answer: \u201c{protocol['weak'].strip()}\u201d {protocol.get('weak_why', '').strip()}".rstrip(),
                ""]
    return out, problems


def render() -> tuple[str, list[str]]:
    plans = yaml.safe_load(PLANS.read_text(encoding="utf-8")) or {}
    out, problems = [START, ""], []
    for source in sorted(SOURCES.glob("[0-9][0-9]_*.py")):
        lesson = read_lesson(source)
        lines, found = render_lesson(lesson, plans.get(source.stem, {}))
        out += lines
        problems += found
    unknown = set(plans) - {p.stem for p in SOURCES.glob("[0-9][0-9]_*.py")}
    problems += [f"docs/lesson_plans.yaml has a plan for {name}, which is not a notebook" for name in sorted(unknown)]
    out.append(END)
    guide = GUIDE.read_text(encoding="utf-8")
    if START not in guide:
        problems.append(f"docs/instructor_guide.md has no {START} marker")
        return guide, problems
    before = guide.split(START)[0]
    after = guide.split(END)[1] if END in guide else guide.split(START)[1]
    return before + "\n".join(out) + after, problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Write the guide's lesson plans from the notebooks.")
    parser.add_argument("--check", action="store_true", help="only say whether the guide is up to date")
    options = parser.parse_args()
    text, problems = render()
    for problem in problems:
        print("problem:", problem)
    if options.check:
        fresh = GUIDE.read_text(encoding="utf-8") == text
        print("docs/instructor_guide.md is up to date." if fresh else
              "docs/instructor_guide.md is out of date: run `make guide`.")
        return 0 if fresh and not problems else 1
    GUIDE.write_text(text, encoding="utf-8")
    print("wrote the lesson plans into", GUIDE.relative_to(ROOT))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
