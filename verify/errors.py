"""Exceptions of the public API."""


class VerifyError(Exception):
    """Base class of every error verify raises on purpose."""


class InputError(VerifyError):
    """An input (article, snapshot, URL) that cannot be read; names the input and the problem."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
