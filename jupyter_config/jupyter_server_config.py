# The pack's JupyterLab settings, read by `make lab` (tools/lab.py adds this folder to JUPYTER_CONFIG_PATH).
import os
import shutil

c = get_config()  # noqa: F821 (given by Jupyter when it reads this file)

# Open on the Start-here notebook; this is also the URL printed in the terminal.
c.LabApp.default_url = "/lab/tree/notebooks/00_start_here.ipynb"
# No "newer version" check (the pack's versions are fixed by requirements.lock).
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
# Terminals: the user's own shell with its usual start-up file, then the pack's .venv activated (PACK_VENV is set
# by tools/lab.py), so `python -m helpers list` works there as the notebooks print it. Not a login shell: that
# would read /etc/profile, which on many systems resets PATH.
if os.name != "nt":
    here = os.path.dirname(os.path.abspath(__file__))
    shell = os.environ.get("SHELL") or shutil.which("bash") or "sh"
    if os.path.basename(shell) == "bash":
        command = [shell, "--rcfile", os.path.join(here, "terminal", "bashrc"), "-i"]
    else:
        command = [shell]
    c.ServerApp.terminado_settings = {"shell_command": command}
