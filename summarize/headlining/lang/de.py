"""German headline rules: word lists, time patterns, and a check for a clause whose verb was
cut off."""

from __future__ import annotations

import re

from ..rules import Rules

_AUXILIARIES = frozenset("ist sind war waren hat haben hatte hatten wird werden wurde wurden "
                         "kann können soll sollen muss müssen will wollen darf dürfen".split())


#: The endings of the verb forms that close a German clause (infinitives, participles).
_VERB_END = re.compile(r"(?:en|ern|eln|n|t)$")


def dangles(tokens: list[str]) -> bool:
    """Whether an auxiliary's verb, which German puts at the end of the clause, was cut off:
    "Die Stadt wird vor allem" (nouns are capitalised, so a lower-case last word that is no
    infinitive or participle is the middle of the clause)."""
    last = tokens[-1]
    return (any(t.lower() in _AUXILIARIES for t in tokens[1:-1]) and last.isalpha()
            and last.islower() and not _VERB_END.search(last))

_DE_DAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"


RULES = Rules(
    droppable=frozenset("der die das den dem des ein eine einen einem eines einer auch "
                        "bereits nun".split()),
    function_words=frozenset(
        "der die das den dem des ein eine einen einem eines einer und oder aber sondern "
        "denn von vom zu zum zur mit mitt für auf an am im in aus bei nach vor über unter "
        "durch gegen ohne um bis seit dass ob wenn als wie weil da sein seine ihr ihre es "
        "er sie wir ist sind war waren hat haben wird werden wurde wurden nicht kein keine "
        "sich so sehr".split()),
    time=(
        rf"\b(?:(?:am|seit|bis|ab|vom|vergangenen|kommenden|nächsten|letzten)\s+)*"
        rf"(?:(?:{_DE_DAYS})(?:abend|morgen|nachmittag|mittag)?"
        rf"(?:\s+(?:abend|morgen|nachmittag|mittag))?"
        rf"|gestern(?:\s+(?:abend|morgen))?|heute|morgen|vorgestern"
        rf"|(?:in\s+dieser|vergangene|letzte|nächste|diese)\s+woche"
        rf"|(?:im\s+vergangenen|im\s+letzten|in\s+diesem|im\s+nächsten)\s+(?:jahr|monat))\b"
    ),
    trailing_attribution=(
        r",\s*(?:sagte|sagt|teilte|erklärte|erklärt|berichtete|berichtet|hieß\s+es|"
        r"so|laut|wie)\b[^,;]{0,80}(?=[.!?]?\s*$)"
    ),
    attribution=r"(?:laut|nach\s+angaben)\b[^,]{0,80}",
    openers=frozenset("nachdem obwohl weil wenn als während seit da bevor trotz".split()),
    clause_cuts=frozenset(
        "der die das dem den deren dessen welche welcher welches weil während obwohl "
        "nachdem aber sondern wobei da wie sagte so als bevor".split()),
    prepositions=frozenset(
        "von vom zu zum zur mit für auf an am im in aus bei nach vor über unter durch "
        "gegen ohne um bis seit".split()),
    connectives=frozenset("aber und doch jedoch dennoch also".split()),
    subordinators=frozenset("dass ob wenn weil als während obwohl nachdem".split()),
    auxiliaries=_AUXILIARIES,
    dangles=dangles,
    pronouns=frozenset("er sie es dies man".split()),
    calendar=frozenset(_DE_DAYS.split("|")),
    first_person=frozenset("ich wir mein meine unser unsere uns mich mir".split()),
)
