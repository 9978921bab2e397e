"""Write a student copy of the pack, with every reference answer hidden.

    python tools/student_release.py            # -> dist/student/ and dist/russia-china-pack-student.zip
    python tools/student_release.py --out DIR  # another folder (its contents are replaced)

What changes in the copy:
- `helpers/solutions/*.yaml` keep the hints and the written-answer checks, but no `answer` and no `solution`:
  a closed answer is stored as salted hashes of its normal form (check() compares the student's answer's hash),
  and its explanation is locked with the right answer, so it can be read only by giving that answer
  (see `sealed_entry` in helpers/exercises.py). Written exercises keep no model answer.
- `reveal()` is off (it says the teacher has the answers).
- No tests, no notebook sources and no tools (they contain or build the answers) except tools/lab.py, which
  `make lab` runs; no git history;
  no answer key to the practice articles (helpers/data/practice_key.yaml: the teacher hands it out after marking).
Instructor mode and `make test` in the full pack are unchanged: they read the full solutions.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.data_files import read_yaml  # noqa: E402 (the pack must be on the path first)
from helpers.exercises import Exercise, sealed_entry  # noqa: E402

LEFT_OUT = ("tests/", "tools/", ".ci/", ".github/", "helpers/solutions/",
            "helpers/data/practice_key.yaml")  # the practice articles' answer key: the teacher hands it out
LEFT_OUT_NAMES = (".gitignore",)
KEPT = ("tools/lab.py",)  # `make lab` needs it; it holds no answer
NOTE = """This is the STUDENT copy of the Russia-China teaching pack.
Closed exercises still say right or wrong at once, with hints; the reference answers are not in this copy
(they are stored only as salted hashes), reveal() is switched off, and written answers are read by your teacher.
Start with: make lab   (or open notebooks/00_start_here.ipynb in JupyterLab).
"""


def pack_files() -> list[Path]:
    """The files of the pack as git tracks them (so nothing private or generated is copied)."""
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True)
    files = [Path(name) for name in listing.stdout.split("\0") if name]
    return [f for f in files if (ROOT / f).is_file() and f.name not in LEFT_OUT_NAMES
            and (str(f) in KEPT or not str(f).startswith(LEFT_OUT))]


def sealed_solutions(salt: str) -> dict[str, str]:
    """{file name: YAML text} for the student copy's solutions folder."""
    out = {}
    for path in sorted((ROOT / "helpers" / "solutions").glob("*.yaml")):
        entries = read_yaml(path) or {}
        sealed = {key: sealed_entry(Exercise(id=key, **entry), salt) for key, entry in entries.items()}
        header = (f"# Student copy of {path.name}: answers are stored only as salted hashes "
                  "(see helpers/exercises.py); ask your teacher for the reference answers.\n")
        out[path.name] = header + yaml.safe_dump(sealed, allow_unicode=True, sort_keys=False, width=110)
    return out


def build(out: Path, zip_it: bool = True) -> Path:
    """Write the student copy into `out` (replacing what was there) and, if asked, a zip beside it."""
    out = out.resolve()
    if out == ROOT or ROOT.is_relative_to(out):
        raise SystemExit(f"Refusing to write the release over the pack itself ({out.name}); choose dist/student.")
    if out.exists():
        shutil.rmtree(out)
    for relative in pack_files():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, target)
    solutions = out / "helpers" / "solutions"
    solutions.mkdir(parents=True, exist_ok=True)
    for name, text in sealed_solutions(secrets.token_hex(8)).items():
        (solutions / name).write_text(text, encoding="utf-8")
    (out / "STUDENT_COPY.txt").write_text(NOTE, encoding="utf-8")
    if zip_it:
        archive = out.parent / "russia-china-pack-student.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(out.rglob("*")):
                if path.is_file():
                    bundle.write(path, Path("russia-china-pack") / path.relative_to(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the student copy of the pack (answers hidden).")
    parser.add_argument("--out", default=str(ROOT / "dist" / "student"), help="folder to write (replaced)")
    parser.add_argument("--no-zip", action="store_true", help="skip the zip file")
    args = parser.parse_args(argv)
    out = build(Path(args.out), zip_it=not args.no_zip)
    files = sum(1 for p in out.rglob("*") if p.is_file())
    print(f"Student copy written: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out.name} "
          f"({files} files){'' if args.no_zip else ' and dist/russia-china-pack-student.zip'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
