"""Exceptions the library raises; the CLI turns them into one-line messages and exit codes."""


class SummarizeError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizeError):
    """The input cannot be used: missing, unreadable, binary, empty or too large (exit 1)."""

    exit_code = 1


class OptionError(SummarizeError, ValueError):
    """An option has an invalid value or conflicts with another (exit 2, a usage error)."""

    exit_code = 2
