"""The `summarize` console script and `python -m summarize`.

A light module: Ctrl-C while the CLI is still importing (typer, the cleaner's patterns) ends
quietly with exit code 130, as it does once the command runs.
"""

import sys


def main() -> None:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
