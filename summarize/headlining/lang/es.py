"""Spanish headline rules: word lists, time patterns, and a check for a verb cut off from
its complement."""

from __future__ import annotations

from ..rules import Rules


def dangles(tokens: list[str]) -> bool:
    """Whether a shortened candidate ends on a future verb, which announces what follows
    ("El presidente viajará" of "... viajará a Madrid"; "Las obras comenzarán")."""
    last = tokens[-1]
    return last.isalpha() and last.islower() and last.endswith(("rá", "rán"))

_ES_DAYS = "lunes|martes|miércoles|jueves|viernes|sábado|domingo"


RULES = Rules(
    droppable=frozenset("el la los las un una unos unas también ya".split()),
    function_words=frozenset(
        "el la los las un una unos unas de del al a y e o u pero ni en por para con sin "
        "sobre entre hacia hasta desde durante ante tras según que quien cual cuyo donde "
        "su sus este esta estos estas ese esa se no es son fue ha han ser como si cuando "
        "muy más lo le".split()),
    articles=frozenset("el la los las un una unos unas".split()),
    sources=frozenset("según".split()),
    time=(
        rf"\b(?:(?:el|este|desde|hasta|el\s+pasado|el\s+próximo)\s+)?"
        rf"(?:(?:{_ES_DAYS})(?:\s+\d{{1,2}})?"
        rf"|ayer|hoy|mañana|anoche"
        rf"|(?:esta|la)\s+semana(?:\s+(?:pasada|próxima))?|este\s+(?:año|mes|fin\s+de\s+semana)"
        rf"|la\s+(?:próxima|pasada)\s+semana|el\s+(?:próximo|pasado)\s+(?:año|mes)"
        rf"|el\s+(?:año|mes)\s+(?:pasado|próximo))\b"
    ),
    trailing_attribution=(
        r",\s*(?:según|dijo|dice|afirmó|aseguró|explicó|indicó|señaló|informó|declaró|"
        r"anunció|agregó|añadió)\b[^,;]{0,80}(?=[.!?]?\s*$)"
    ),
    attribution=r"(?:según|de\s+acuerdo\s+con)\b[^,]{0,80}",
    openers=frozenset(
        "tras después antes aunque cuando si como desde mientras pese a en con según "
        "durante ante".split()),
    clause_cuts=frozenset(
        "que quien quienes cual cuales donde mientras pero aunque porque tras según cuando "
        "como y".split()),
    prepositions=frozenset(
        "de del al a en por para con sin sobre entre hacia hasta desde durante ante tras "
        "según".split()),
    connectives=frozenset("pero y además sin embargo entonces".split()),
    subordinators=frozenset("que quien cuando si porque aunque como mientras".split()),
    pronouns=frozenset("él ella ellos ellas esto eso".split()),
    verbs=((r"\b(?:ha|han|había|habían|habría|habrían)\s+sido\s+", ""),),
    calendar=frozenset(_ES_DAYS.split("|")),
    dangles=dangles,
    first_person=frozenset("yo nosotros nosotras mi mis nuestro nuestra me nos".split()),
)
