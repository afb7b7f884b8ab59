"""The rules registry: one record per kind of finding.

Every finding is made under a rule. A rule has a stable code (``VF101``; never
reused or renumbered), a kebab-case name, the verdict it reports, its default
severity, and the texts that document it: a one-line summary, what it means,
why it matters, an example and how to fix it. The judge picks rules from here;
reporters, suppression comments, ``verify rule`` and the SARIF rules table all
read the same records, so adding a rule is adding one record.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Severity, Verdict

# Where each rule is documented: docs/rules.md of the repository, one anchor per code (``#vf101``),
# as `verify rule --all --format markdown` writes it. SARIF viewers link each result here.
DOCS_URL = "https://github.com/verify-quotes/verify/blob/main/docs/rules.md"


@dataclass(frozen=True, slots=True)
class Rule:
    """A kind of finding and its documentation."""

    code: str
    name: str
    verdict: Verdict
    severity: Severity
    summary: str  # one line, as a title
    description: str  # what the rule reports
    why: str  # why it matters to a reader or an editor
    example: str  # a claim and a source that produce it
    fix: str  # what to do about it

    @property
    def id(self) -> str:
        """The stable code, under the name SARIF and the JSON report give it."""
        return self.code

    @property
    def help_uri(self) -> str:
        """The rule's section of the rules reference."""
        return f"{DOCS_URL}#{self.code.lower()}"

    def markdown(self, heading: str = "##") -> str:
        """The rule's documentation as a Markdown section (its heading's anchor is the lower-case code)."""
        return "\n".join(
            [
                f"{heading} {self.code}",
                "",
                f"**{self.summary}** · name `{self.name}` · verdict `{self.verdict.value}` · "
                f"severity `{self.severity.value}`",
                "",
                self.description,
                "",
                f"**Why it matters.** {self.why}",
                "",
                f"**Example.** {self.example}",
                "",
                f"**How to fix it.** {self.fix}",
            ]
        )

    def text(self) -> str:
        """The rule's documentation for a terminal (`verify rule CODE`)."""
        return "\n".join(
            [
                f"{self.code} {self.name}: {self.summary}",
                f"verdict: {self.verdict.value}   severity: {self.severity.value}",
                "",
                self.description,
                "",
                f"Why it matters: {self.why}",
                f"Example: {self.example}",
                f"How to fix it: {self.fix}",
                f"More: {self.help_uri}",
            ]
        )


RULES: tuple[Rule, ...] = (
    Rule(
        code="VF000",
        name="verified",
        verdict=Verdict.VERIFIED,
        severity=Severity.NONE,
        summary="Verified",
        description="The words match a source by the credited speaker or account.",
        why="Nothing to do: shown with --show all so that a reader sees what was checked.",
        example='Article: Rutte said "it is clear that the United States will participate." '
        "Transcript, RUTTE: it is clear that the United States will participate.",
        fix="None needed.",
    ),
    Rule(
        code="VF101",
        name="altered",
        verdict=Verdict.ALTERED,
        severity=Severity.ERROR,
        summary="Altered wording",
        description="The claim is close to a source by the same speaker or account, but words differ. The "
        "finding lists each change and marks changes of negation, numbers or dates, names, and splices.",
        why="A direct quote promises the speaker's exact words; a changed word can change the meaning.",
        example='Article: "We will never negotiate," she said. Transcript: "We will negotiate."',
        fix="Quote the source word for word, or mark the change ([brackets], ...) or turn it into reported speech.",
    ),
    Rule(
        code="VF102",
        name="misattributed",
        verdict=Verdict.MISATTRIBUTED,
        severity=Severity.ERROR,
        summary="Misattributed",
        description="The words match a statement by a different speaker or account than the one credited.",
        why="Crediting words to the wrong person is a correction-level error.",
        example='Article: "Nobody is above the law," Smith said. Transcript, JONES: Nobody is above the law.',
        fix="Credit the speaker the source names, or check whether both said it and save that source.",
    ),
    Rule(
        code="VF201",
        name="paraphrased",
        verdict=Verdict.PARAPHRASED,
        severity=Severity.WARNING,
        summary="Paraphrase presented as a quote",
        description="The source says something overlapping in different words, but the article presents it "
        "as a direct quote or as the text of a post.",
        why="Quote marks tell the reader these are the speaker's words; a paraphrase must not wear them.",
        example='Article: "We are going to fix the roads," the mayor said. Source: "Road repair is a priority."',
        fix="Drop the quote marks and report the words as paraphrase, or quote the source exactly.",
    ),
    Rule(
        code="VF202",
        name="unsupported",
        verdict=Verdict.UNSUPPORTED,
        severity=Severity.WARNING,
        summary="Unsupported",
        description="Sources exist for this speaker or account, or the article reports them elsewhere, and "
        "none of them contains the claim.",
        why="The saved sources were meant to back the article; a quote none of them holds may be wrong.",
        example="A quote credited to the minister when the saved transcript of her speech holds nothing like it.",
        fix="Save the source the quote comes from (verify snapshot URL), or correct the quote.",
    ),
    Rule(
        code="VF301",
        name="unverified",
        verdict=Verdict.UNVERIFIED,
        severity=Severity.NOTE,
        summary="Unverified",
        description="Nothing to check the claim against: no saved snapshot and no other statement by that "
        "speaker or account.",
        why="Not a problem in itself; listed so that a fact-checker knows what the tool could not check.",
        example="A quote of a witness who appears nowhere else, with no snapshot saved.",
        fix="Save a snapshot of the source (verify snapshot URL), or leave it to a human check.",
    ),
    # Rules listed after the default rule of their verdict: the judge picks them for special cases.
    Rule(
        code="VF103",
        name="paraphrase-adds-facts",
        verdict=Verdict.PARAPHRASED,
        severity=Severity.ERROR,
        summary="Paraphrase that adds facts",
        description="The claim rewords a source of the credited speaker and adds a name, a number or a negation "
        "that the source sentence it echoes does not contain, or leaves out a negation of that sentence while "
        "keeping the word it negates. The message names what was added or left out.",
        why='A reworded quote may change words, not facts: an added name, figure or "not" puts a claim in the '
        "speaker's mouth.",
        example='Post: "Mark Rutte: The United States and NATO will participate ... and the Budapest Memorandum '
        'will not be repeated." Source: "it is clear that the United States will participate."',
        fix="Quote what the source says, or report the added facts as someone else's claim.",
    ),
    Rule(
        code="VF104",
        name="unsupported-adds-facts",
        verdict=Verdict.UNSUPPORTED,
        severity=Severity.ERROR,
        summary="Unsupported claim that adds facts",
        description="No source of the speaker contains the claim, and it names a name, a number or a negation "
        "that the closest source sentence does not contain; or, when even the closest source is no version of the "
        "claim (it shares under a quarter of the claim's words), a number that nothing the speaker is on record "
        "saying states. The message names what was added.",
        why="Words nobody can find that also carry new facts are the likeliest to be invented.",
        example='Article: "We will spend 9 billion in Texas," she said. Her saved speech mentions only roads in Ohio.',
        fix="Save the source the quote comes from (verify snapshot URL), or correct the quote.",
    ),
    Rule(
        code="VF203",
        name="conflicting-attribution",
        verdict=Verdict.MISATTRIBUTED,
        severity=Severity.WARNING,
        summary="Same words credited to two people",
        description="The article credits the same quotation to two different speakers. Reported once, on the "
        "later of the two; the earlier is judged as if the other were not there.",
        why="At least one of the two attributions is wrong, but the article alone cannot say which.",
        example='"We asked them what to do," said Smith. ... "We asked them what to do," Jones said later.',
        fix="Check who said it against the source and correct the other attribution.",
    ),
)

_BY_CODE = {rule.code: rule for rule in RULES}
_BY_NAME = {rule.name: rule for rule in RULES}
# The rule a verdict is reported under when no more specific rule applies: the first listed for it.
_DEFAULT_FOR_VERDICT: dict[Verdict, Rule] = {}
for _rule in RULES:
    _DEFAULT_FOR_VERDICT.setdefault(_rule.verdict, _rule)
del _rule


def rule(code_or_name: str) -> Rule:
    """The rule with this code (``VF101``, any case) or name (``altered``); ``KeyError`` if none."""
    key = code_or_name.strip()
    found = _BY_CODE.get(key.upper()) or _BY_NAME.get(key.lower())
    if found is None:
        raise KeyError(code_or_name)
    return found


def codes(selector: str) -> frozenset[str]:
    """The rule codes a selector names, as ``--select`` reads them; ``KeyError`` if none.

    A selector is ``ALL``, a code or a code prefix (``VF101``, ``VF1``: every VF1xx rule), a
    rule name (``altered``) or a verdict name (every rule reporting that verdict).
    """
    key = selector.strip()
    if key.upper() == "ALL":
        return frozenset(_BY_CODE)
    found = {r.code for r in RULES if r.code.startswith(key.upper()) or r.name == key.lower()}
    found |= {r.code for r in RULES if r.verdict.value == key.lower()}
    if not found or not key:
        raise KeyError(selector)
    return frozenset(found)


def rule_for(verdict: Verdict) -> Rule:
    """The default rule a verdict is reported under."""
    return _DEFAULT_FOR_VERDICT[verdict]


def reference() -> str:
    """docs/rules.md: every rule's documentation, by code (written by `verify rule --all --format markdown`)."""
    listed = "\n".join(
        f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {r.severity.value} | {r.summary} |" for r in RULES
    )
    head = [
        "# Rules",
        "",
        "<!-- Generated from verify/rules.py by `verify rule --all --format markdown`; do not edit by hand. -->",
        "",
        "Every finding is made under one rule. Codes are stable: never reused or renumbered. Select rules",
        "with `--select`, `--extend-select` and `--ignore` by code, code prefix (`VF1`), rule name or",
        "verdict name; see docs/ci.md.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
        listed,
    ]
    return "\n".join(head) + "\n\n" + "\n\n".join(r.markdown() for r in RULES) + "\n"


def worst_first(verdicts: list[Verdict] | tuple[Verdict, ...] | None = None) -> list[Verdict]:
    """Verdicts ordered by their default severity, worst first (ties in :class:`Verdict` order)."""
    return sorted(verdicts if verdicts is not None else list(Verdict), key=lambda v: -rule_for(v).severity.rank)


__all__ = ["DOCS_URL", "RULES", "Rule", "codes", "reference", "rule", "rule_for", "worst_first"]
