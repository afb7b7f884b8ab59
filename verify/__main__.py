"""``python -m verify``."""

from ._regexcache import compiled_regexes

with compiled_regexes():  # most of start-up is compiling patterns: reuse the last run's
    from .cli import main

main()
