"""Command line for instructors: `python -m helpers list | show ID | check FILE | profile FILE_OR_ID [--json]`.

Any problem is reported as one sentence on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .articles import Article, ArticleError, describe, id_clash, load_article, load_corpus
from .paths import USER_ARTICLES_DIR
from .text import LANGUAGE_NAMES, language_warning, main_language, passages_note

EXIT_PROBLEM = 2


def article_report(article: Article) -> dict[str, object]:
    """What the loader derived from an article: metadata, counts, clutter and truncation."""
    return {
        **describe(article),
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
    from .profile import format_profile_report, profile_report  # loads textstat: only when asked

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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; print any problem as one line on stderr and return exit status 2."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (ArticleError, KeyError) as problem:
        print(f"error: {problem.args[0] if problem.args else problem}", file=sys.stderr)
        return EXIT_PROBLEM
