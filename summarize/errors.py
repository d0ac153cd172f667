"""Exceptions the library raises; the CLI turns them into one-line messages and exit codes."""

import re


class SummarizeError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizeError):
    """The input cannot be used: missing, unreadable, binary, empty or too large (exit 1)."""

    exit_code = 1


class OptionError(SummarizeError, ValueError):
    """An option has an invalid value or conflicts with another (exit 2, a usage error).

    The message names the keyword arguments (``sentences``); ``options`` lists them, so that
    the CLI can name its flags instead (``--sentences``, see :meth:`for_command_line`).
    """

    exit_code = 2

    def __init__(self, message: str, *, options: tuple[str, ...] = ()):
        super().__init__(message)
        self.options = options

    def for_command_line(self) -> str:
        """The message with each keyword it names written as the flag (``headline_words`` as
        ``--headline-words``)."""
        message = str(self)
        for name in self.options:
            flag = "--" + name.replace("_", "-")
            message = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flag, message)
        return message
