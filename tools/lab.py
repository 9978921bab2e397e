"""Start JupyterLab for the pack, as `make lab` does.

- served from the project root, so seeds/, helpers/data/ and my_articles/ are in the file browser;
- the first page (and the URL printed) is notebooks/00_start_here.ipynb, not the Launcher;
- the venv's bin/ first on PATH, so `python -m helpers list` works in a JupyterLab terminal;
- the pack's own settings from jupyter_config/ (no news prompt, no update check), added to the user's own.

    python tools/lab.py [extra jupyter lab options, e.g. --port 8899]
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "jupyter_config"
START = "notebooks/00_start_here.ipynb"


def lab_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment JupyterLab (and so its terminals and kernels) runs in."""
    env = dict(os.environ if base is None else base)
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([venv_bin, *[p for p in env.get("PATH", "").split(os.pathsep) if p and p != venv_bin]])
    extra = env.get("JUPYTER_CONFIG_PATH")
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([str(CONFIG), extra] if extra else [str(CONFIG)])
    env["PACK_VENV"] = str(Path(sys.executable).parent.parent)  # activated in terminals (jupyter_config/terminal)
    if Path(env.get("SHELL", "")).name == "zsh":
        env["ZDOTDIR"] = str(CONFIG / "terminal")  # its .zshrc reads yours, then activates the venv
    return env


def lab_command(extra: list[str]) -> list[str]:
    """`jupyter lab` from this Python, rooted at the project."""
    flags = [f"--ServerApp.root_dir={ROOT}"]
    if hasattr(os, "getuid") and os.getuid() == 0:
        flags.append("--allow-root")
    return [sys.executable, "-m", "jupyterlab", *flags, *extra]


def main(extra: list[str]) -> None:
    if not os.environ.get("DISPLAY") and platform.system() not in ("Darwin", "Windows") and "--no-browser" not in extra:
        print("No screen found: serving JupyterLab; open the URL it prints (http://127.0.0.1:...) in a browser.")
        print(f"It opens on {START}.")
        extra = ["--no-browser", *extra]
    os.chdir(ROOT)
    command = lab_command(extra)
    os.execve(command[0], command, lab_environment())


if __name__ == "__main__":
    main(sys.argv[1:])
