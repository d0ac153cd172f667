"""One module per language with headline rules of its own, named by ISO 639-1 code, each
defining ``RULES`` (a :class:`summarize.headlining.rules.Rules`); imported on first use."""
