"""verify: check what news articles say people and accounts said.

The public API::

    import verify
    report = verify.check(["article.html"])
    for finding in report.findings:
        print(finding.verdict, finding.claim.text, finding.message)
"""

from ._regexcache import compiled_regexes

with compiled_regexes():  # most of importing is compiling patterns: reuse the programs of the last run
    from ._check import check
    from ._version import __version__
    from .errors import InputError, VerifyError
    from .models import (
        ArticleReport,
        Author,
        Change,
        CheckOptions,
        Claim,
        ClaimKind,
        Evidence,
        Finding,
        InputProblem,
        Place,
        Post,
        Quote,
        QuoteKind,
        Report,
        Severity,
        Statement,
        Verdict,
    )

__all__ = [
    "ArticleReport",
    "Author",
    "Change",
    "CheckOptions",
    "Claim",
    "ClaimKind",
    "Evidence",
    "Finding",
    "InputError",
    "InputProblem",
    "Place",
    "Post",
    "Quote",
    "QuoteKind",
    "Report",
    "Severity",
    "Statement",
    "Verdict",
    "VerifyError",
    "__version__",
    "check",
]
