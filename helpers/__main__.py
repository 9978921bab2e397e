"""Run `python -m helpers --help` for the instructor commands."""

import sys

from .cli import main

sys.exit(main())
