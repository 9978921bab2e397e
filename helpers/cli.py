"""Command line for instructors: `python -m helpers list | show ID | check FILE | profile FILE_OR_ID [--json] |
suggest FILE [--csv]`.

Any problem is reported as one sentence on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .articles import Article, ArticleError, article_facts, id_clash, load_article, load_corpus
from .errors import PackError
from .paths import USER_ARTICLES_DIR
from .text import LANGUAGE_NAMES, language_warning, main_language, passages_note

EXIT_PROBLEM = 2


def article_report(article: Article) -> dict[str, object]:
    """What the loader derived from an article: metadata, counts, clutter and truncation."""
    return {
        **article_facts(article),
        "meta": article.meta,
        "paragraphs": len(article.paragraphs),
        "headings": [h.text for h in article.headings],
        "clutter": [{"start": c.start, "end": c.end, "kind": c.kind, "text": c.text} for c in article.clutter],
        "truncation": None if article.truncation is None else {
            "start": article.truncation.start, "end": article.truncation.end, "text": article.truncation.text},
        "language": main_language(article),
        "language_warning": language_warning(article),
        "other_languages": passages_note(article),
    }


def print_report(report: dict[str, object]) -> None:
    """An article report (from `article_report`) as readable lines."""
    meta = report["meta"]
    print(f"{report['id']}: {report['title']}")
    for key in ("author", "outlet", "published", "date_status", "genre", "url"):
        if key in meta:
            print(f"  {key + ':':13} {meta[key]}")
    print(f"  {'words:':13} {report['words']}")
    print(f"  {'sentences:':13} {report['sentences']} in {report['paragraphs']} paragraphs")
    print(f"  {'clutter:':13} {len(report['clutter'])} line(s)")
    for item in report["clutter"]:
        print(f"    - {item['kind']}: {item['text']!r}")
    truncation = report["truncation"]
    print(f"  {'truncated:':13} {'yes, it stops at ' + repr(truncation['text']) if truncation else 'no'}")
    print(f"  {'language:':13} {LANGUAGE_NAMES.get(report['language'], 'none found')}")
    if report["other_languages"]:
        print(f"  {'':13} {report['other_languages']}")


def command_list(args: argparse.Namespace) -> int:
    """`list`: one line per article; exit status 2 if a file could not be loaded."""
    corpus = load_corpus(args.folder, report=False)
    frame = corpus.frame()[["author", "published", "date_status", "words", "truncated"]]
    print(frame.to_string())
    for name, message in corpus.problems:
        print(f"Not loaded: {message}", file=sys.stderr)
    return EXIT_PROBLEM if corpus.problems else 0


def command_show(args: argparse.Namespace) -> int:
    """`show ID`: the metadata and the clean text of one article."""
    corpus = load_corpus(args.folder, report=False)
    if args.id not in corpus:
        raise ArticleError(f"There is no article '{args.id}'; the ids are {', '.join(corpus.ids)}.")
    article = corpus[args.id]
    if args.json:
        print(json.dumps({**article_report(article), "body": article.body}, indent=2, ensure_ascii=False))
        return 0
    print_report(article_report(article))
    print()
    for paragraph in article.body.split("\n\n"):
        print(textwrap.fill(paragraph, width=100))
        print()
    return 0


def existing(path: str) -> Path:
    """`path` as a Path if a file or folder is there; else an ArticleError saying where we looked."""
    if not Path(path).exists():
        raise ArticleError(f"No file at '{path}': give the path from the folder you run the command in, "
                           f"e.g. my_articles/{Path(path).name}.")
    return Path(path)


def command_check(args: argparse.Namespace) -> int:
    """`check FILE`: what the loader makes of a file you want to add, or what is wrong with it."""
    article = load_article(existing(args.file), args.folder)
    clash = id_clash(Path(args.file), Path(args.folder))
    if clash:
        raise ArticleError(f"'{Path(args.file).name}' gets the id '{article.id}', already used by {clash}: rename the file.")
    report = article_report(article)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
        if report["language_warning"]:
            print(f"Warning: {report['language_warning']}")
            print("OK: the file loads, but read the warning above before you use its figures.")
        else:
            print("OK: this file is ready to use.")
    return 0


def command_profile(args: argparse.Namespace) -> int:
    """`profile FILE_OR_ID`: the source profile of one article, with the words behind each figure."""

    corpus = load_corpus(args.folder, report=False)
    if args.article in corpus:
        article = corpus[args.article]
    elif args.article.endswith(".txt") or "/" in args.article or Path(args.article).exists():
        article = load_article(existing(args.article), args.folder)
    else:
        raise ArticleError(f"There is no article '{args.article}'; the ids are {', '.join(corpus.ids)}, or give the path of a .txt file.")
    report = profile_report(article)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_profile_report(report))
    return 0


def command_suggest(args: argparse.Namespace) -> int:
    """`suggest FILE`: names in the article that no lexicon row (the pack's or my_articles/lexicon.csv) covers."""
    from .suggest import load_user_lexicon, suggest_terms, suggestion_rows

    article = load_article(existing(args.file), folder=None)
    mine = load_user_lexicon(args.folder)  # checked first: a broken row is reported in one line
    table = suggest_terms(article, mine)
    if args.csv:
        print(suggestion_rows(table))
        return 0
    if table.empty:
        print(f"{article.id}: every capitalised name is already in a word list.")
        return 0
    print(f"{article.id}: {len(table)} name(s) no word list covers (guess = what the name looks like; check it):")
    print(table.to_string(index=False))
    print(f"\nTo keep one, add a row to {Path(args.folder).name}/lexicon.csv (layer,label,term,canonical), e.g.\n"
          f"  {suggestion_rows(table.head(1)).splitlines()[1]}\n"
          "or print them all as rows with --csv. annotate() reads that file beside the pack's word lists.")
    return 0


# --- a profile report for one article (used by `profile`) -------------------------------------------


def json_ready(value: object) -> object:
    """A numpy or pandas scalar as a plain Python value, so it can be printed or saved as JSON."""
    return value.item() if hasattr(value, "item") else value


def profile_report(article: Article) -> dict[str, object]:
    """The profile of one article with, for every signal, the spans behind it (or where it comes from)."""
    from .profiles import SIGNAL_REGISTRY, evidence_note, load_references, profile, signal_evidence  # loads textstat

    row = profile(article).iloc[0]
    references = load_references()
    signals = {}
    for signal, entry in SIGNAL_REGISTRY.items():
        spans = signal_evidence(article, signal)
        ranges = references[references["signal"] == signal]
        signals[signal] = {
            "value": json_ready(row[signal]),
            "meaning": entry.meaning,
            "shows": entry.shows,
            "beside": {r.group: f"{r.low:g}-{r.high:g} (median {r.median:g})" for r in ranges.itertuples()},
            "from": evidence_note(article, signal),
            "spans": [{key: json_ready(value) for key, value in span.items()} for span in spans.to_dict("records")],
        }
    return {"id": article.id, "title": article.title, "signals": signals}


def format_profile_report(report: dict[str, object], max_spans: int = 5, width: int = 100) -> str:
    """A profile report as text: each signal, its value and meaning, then up to `max_spans` spans."""
    lines = [f"{report['id']}: {report['title']}",
             "Signals are reasons to look closer, not verdicts; each is followed by what it can show, the range",
             "of other texts (the five seeds and kinds of text: low-high, median) and the words behind it.", ""]
    previous = None
    for signal, entry in report["signals"].items():
        lines.append(f"{signal}: {entry['value']}   ({entry['meaning']})")
        lines.append(f"    {entry['shows']}")
        if entry.get("beside"):
            beside = "; ".join(f"{group} {text}" for group, text in entry["beside"].items())
            lines.extend(textwrap.wrap("beside: " + beside, width, initial_indent="    ", subsequent_indent="      "))
        if entry["spans"] and (entry["spans"], entry["from"]) == previous:
            lines.append("    (the same words as the line above)")
            continue
        previous = (entry["spans"], entry["from"])
        if entry["from"]:
            lines.extend(textwrap.wrap(entry["from"], width, initial_indent="    ", subsequent_indent="    "))
        for span in entry["spans"][:max_spans]:
            text = span["text"] if len(span["text"]) <= 80 else span["text"][:77] + "..."
            note = f"  [{span['note']}]" if span["note"] and span["note"] != span["text"].lower() else ""
            lines.append(f"    {span['start']}-{span['end']}: {text!r}{note[:120]}")
        hidden = len(entry["spans"]) - max_spans
        if hidden > 0:
            lines.append(f"    ... and {hidden} more (use --json for all)")
    return "\n".join(lines)


def make_parser() -> argparse.ArgumentParser:
    """The command line's commands and options."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Look at and check the pack's articles.")
    parser.add_argument("--folder", default=str(USER_ARTICLES_DIR), help="folder of added articles (default: my_articles/)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="one line per article").set_defaults(run=command_list)
    show = commands.add_parser("show", help="metadata and clean text of one article")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=command_show)
    check = commands.add_parser("check", help="validate an article file you want to add")
    check.add_argument("file")
    check.add_argument("--json", action="store_true")
    check.set_defaults(run=command_check)
    profile = commands.add_parser("profile", help="source profile of an article (id or file), with the words behind each figure")
    profile.add_argument("article", metavar="FILE_OR_ID")
    profile.add_argument("--json", action="store_true")
    profile.set_defaults(run=command_profile)
    suggest = commands.add_parser("suggest", help="capitalised names in an article that no word list covers yet")
    suggest.add_argument("file")
    suggest.add_argument("--csv", action="store_true", help="print rows ready to paste into my_articles/lexicon.csv")
    suggest.set_defaults(run=command_suggest)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; print any problem as one line on stderr and return exit status 2."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (PackError, KeyError) as problem:
        print(f"error: {problem.args[0] if problem.args else problem}", file=sys.stderr)
        return EXIT_PROBLEM
