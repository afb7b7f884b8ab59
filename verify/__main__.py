"""``python -m verify``."""

from .cli import main

main()
