"""What Python's most common messages look like in a notebook, and how to recover (notebook 00).

    from helpers.troubleshoot import error_example
    error_example("NameError")

The messages are real: each example runs a small broken line, catches what Python says, and prints it
with what it means and what to do, so a notebook can show the red box without storing one.
"""

from __future__ import annotations

EXAMPLES = {
    "SyntaxError": {
        "code": 'named_author = ["essay", "oped"',
        "means": "Python cannot read the line: here a ] is missing. The message points near the place.",
        "do": "Fix the line (count the quotes and brackets), then run the cell again. Nothing else is lost.",
    },
    "NameError": {
        "code": "check('00.bylines', named_autor)",
        "means": "Python does not know the name: here it is misspelt, but the usual cause is a cell above that "
                 "has not been run yet (or was forgotten after a restart).",
        "do": "Run the cells above this one, top to bottom; or use Kernel > Restart Kernel and Run All Cells.",
    },
}

RESTART = ("A restart (Kernel > Restart Kernel...) makes the notebook forget everything it has run: every name is "
           "gone, though your typing in the cells stays. After a restart, run the cells again from the top "
           "(Kernel > Restart Kernel and Run All Cells does it in one go), or you will meet NameErrors.")


def error_example(kind: str) -> None:
    """Print what Python says for a typical `kind` of slip ("SyntaxError" or "NameError"), and the cure."""
    example = EXAMPLES.get(kind)
    if example is None:
        print(f"No example for {kind!r}; try 'SyntaxError' or 'NameError'.")
        return
    try:
        exec(compile(example["code"], "<cell>", "exec"), {"check": lambda *args: None})
        message = "(no error?)"
    except SyntaxError as problem:
        message = f"SyntaxError: {problem.msg}"
    except NameError as problem:
        message = f"NameError: {problem}"
    print(f"If you run:      {example['code']}")
    print(f"you see (in a red box, last line): {message}")
    print(f"It means:        {example['means']}")
    print(f"What to do:      {example['do']}")
