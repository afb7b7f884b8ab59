"""Evaluation commands: quality figures on real, labelled data (run by hand, never in tests).

``python -m verify.evaluate posts|quotes|verdicts ...``; each command takes the
corpus directory as an argument, since the corpora stay outside the repository.
"""
