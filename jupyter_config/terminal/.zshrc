# Start-up file for zsh terminals in the pack's JupyterLab (`make lab`): your own ~/.zshrc first, then the
# pack's .venv in front of PATH, so `python -m helpers ...` finds the pack whatever ~/.zshrc changed.
if [ -f "$HOME/.zshrc" ]; then ZDOTDIR="$HOME" . "$HOME/.zshrc"; fi
if [ -n "${PACK_VENV:-}" ] && [ -f "$PACK_VENV/bin/activate" ]; then . "$PACK_VENV/bin/activate"; fi
