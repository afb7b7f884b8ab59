"""``python -m verify.evaluate COMMAND``: the evaluation commands in one group."""

import click

from .alarms import alarms
from .expectations import expectations
from .posts import posts
from .quotes import quotes
from .speakers import speakers
from .verdicts import verdicts


@click.group()
def evaluate() -> None:
    """Print quality figures for extraction and verdicts on a labelled corpus."""


evaluate.add_command(alarms)
evaluate.add_command(expectations)
evaluate.add_command(posts)
evaluate.add_command(quotes)
evaluate.add_command(speakers)
evaluate.add_command(verdicts)

evaluate(prog_name="python -m verify.evaluate")
