"""Errors khabar reports to its users: clear messages and exit codes, never a traceback."""
from __future__ import annotations


class KhabarError(Exception):
    """Base class; ``exit_code`` is what the command line exits with."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(KhabarError):
    """The input cannot be read as an Arabic article (empty, binary, undecodable, no Arabic)."""

    exit_code = 3
