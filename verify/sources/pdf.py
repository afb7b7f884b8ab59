"""Text of a PDF source (a transcript, a statement, a report), read with pypdf.

A PDF from the web is hostile input like any other: pypdf is pure Python
(it never runs the file's scripts), its decoders stop each stream at their own
output limits, and here reading stops after :data:`MAX_PAGES` pages or once
the text reaches the article size cap. A file pypdf cannot read is one error naming
the URL. The title is the document information's ``/Title`` when set.
"""

from __future__ import annotations

import io
import logging
import warnings

from ..errors import InputError
from ..models import DEFAULT_MAX_BYTES

__all__ = ["MAX_PAGES", "is_pdf", "pdf_text"]

MAX_PAGES = 500  # a transcript is tens of pages; a 10,000-page file is no source a reader quotes from
MAX_CHARS = DEFAULT_MAX_BYTES  # text kept, like an article's size cap


def is_pdf(content_type: str, body: bytes) -> bool:
    """Whether a response is a PDF: by its media type, or by its signature when the server sent none."""
    unnamed = content_type in ("", "application/octet-stream")
    return content_type == "application/pdf" or (unnamed and body[:5] == b"%PDF-")


def pdf_text(body: bytes, url: str) -> tuple[str, str]:
    """``(title, text)`` of a PDF body, one line per text line; raises InputError when it cannot be read."""
    import pypdf  # only PDF sources need it

    with warnings.catch_warnings(), _quiet(logging.getLogger("pypdf")):
        warnings.simplefilter("ignore")  # pypdf warns about every small flaw of real-world files
        try:
            reader = pypdf.PdfReader(io.BytesIO(body), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(url, "the PDF is encrypted")
            title = _title(reader)
            parts: list[str] = []
            size = 0
            for index, page in enumerate(reader.pages):
                if index >= MAX_PAGES or size > MAX_CHARS:
                    break
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text)
        except InputError:
            raise
        except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken or hostile files
            raise InputError(url, f"cannot read the PDF: {type(error).__name__}: {error}"[:300]) from None
    lines = (" ".join(line.split()) for part in parts for line in part.splitlines())
    return title, "\n".join(line for line in lines if line)


def _title(reader: object) -> str:
    metadata = getattr(reader, "metadata", None)
    title = getattr(metadata, "title", None) if metadata else None
    return " ".join(str(title).split()) if title else ""


class _quiet:  # noqa: N801 - used as a context manager, named like one
    """Silence a logger for the duration (pypdf logs, rather than raises, what it recovers from)."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger
        self._disabled = logger.disabled

    def __enter__(self) -> None:
        self._logger.disabled = True

    def __exit__(self, *exc_info: object) -> None:
        self._logger.disabled = self._disabled
