"""One family of errors: every error class a helper defines is a PackError, and the command line answers any
PackError with its one sentence (exit status 2), never a traceback."""

import importlib
import inspect
import pkgutil


import helpers
from helpers import cli
from helpers.errors import PackError


def helper_modules():
    for info in pkgutil.iter_modules(helpers.__path__):
        if info.name not in ("__main__",):
            yield importlib.import_module(f"helpers.{info.name}")


def test_every_helper_error_class_is_a_pack_error():
    own = [(module.__name__, obj) for module in helper_modules() for obj in vars(module).values()
           if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == module.__name__]
    assert own, "no error classes found"
    # ExerciseFailed is the one exception: in instructor mode a wrong reference answer is a failed assertion
    # (the tests' signal), not a student's input problem.
    outside = [f"{name}.{cls.__name__}" for name, cls in own if not issubclass(cls, PackError)]
    assert outside == ["helpers.exercises.ExerciseFailed"]


def test_the_cli_prints_any_pack_error_as_one_line(monkeypatch, capsys):
    def refuse(args):
        raise PackError("The rubric file has no 'weight' column; add one (see helpers/data/rubric.csv).")

    monkeypatch.setattr(cli, "command_profile", refuse)
    status = cli.main(["profile", "essay"])
    err = capsys.readouterr().err
    assert status == cli.EXIT_PROBLEM
    assert err == "error: The rubric file has no 'weight' column; add one (see helpers/data/rubric.csv).\n"
