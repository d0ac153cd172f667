"""Portuguese headline rules: word lists (with the contractions of prepositions and articles,
"do", "na", "pelo"), time patterns, attributions, and a check for a verb cut off from its
complement."""

from __future__ import annotations

from ..rules import Rules

_PT_DAYS = ("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|"
            "segunda|terça|quarta|quinta|sexta")


_CONTRACTIONS = ("do da dos das no na nos nas ao aos à às pelo pela pelos pelas num numa "
                 "dum duma neste nesta nesse nessa naquele naquela deste desta desse dessa")


def dangles(tokens: list[str]) -> bool:
    """Whether a shortened candidate ends on a future verb, which announces what follows
    ("O presidente viajará" of "... viajará a Lisboa"; "As obras começarão")."""
    last = tokens[-1]
    return last.isalpha() and last.islower() and last.endswith(("rá", "rão"))


RULES = Rules(
    droppable=frozenset("o a os as um uma uns umas também já".split()),
    function_words=frozenset(
        f"o a os as um uma uns umas de em por para com sem sobre entre até desde durante "
        f"ante após contra perante segundo e ou mas nem que quem qual cujo onde seu sua seus "
        f"suas este esta estes estas esse essa isso isto se não é são foi ser como quando "
        f"muito mais lhe lhes {_CONTRACTIONS}".split()),
    articles=frozenset("o a os as um uma uns umas".split()),
    time=(
        rf"\b(?:(?:na|no|nesta|neste|desde|até|na\s+próxima|no\s+próximo|na\s+última|no\s+"
        rf"último|na\s+passada|no\s+passado)\s+)?"
        rf"(?:(?:{_PT_DAYS})(?:\s+\(\d{{1,2}}\))?"
        rf"|ontem|hoje|amanhã|anteontem"
        rf"|(?:esta|nesta|na)\s+semana(?:\s+(?:passada|que\s+vem))?"
        rf"|(?:este|neste)\s+(?:ano|mês|fim\s+de\s+semana)"
        rf"|(?:no|o)\s+(?:ano|mês)\s+(?:passado|que\s+vem))\b"
    ),
    trailing_attribution=(
        r",\s*(?:segundo|disse|diz|afirmou|declarou|explicou|informou|indicou|anunciou|"
        r"acrescentou|contou|revelou)\b[^,;]{0,80}(?=[.!?]?\s*$)"
    ),
    attribution=r"(?:segundo|de\s+acordo\s+com|conforme)\b[^,]{0,80}",
    sources=frozenset("segundo conforme".split()),
    openers=frozenset(
        "após depois antes embora quando se como desde enquanto apesar em com segundo "
        "durante".split()),
    clause_cuts=frozenset(
        "que quem qual quais onde enquanto mas embora porque após segundo quando como "
        "e".split()),
    prepositions=frozenset(
        f"de em por para com sem sobre entre até desde durante após contra segundo "
        f"{_CONTRACTIONS}".split()),
    connectives=frozenset("mas e além disso porém contudo entretanto então".split()),
    subordinators=frozenset("que quem quando se porque embora como enquanto".split()),
    pronouns=frozenset("ele ela eles elas isso isto aquilo".split()),
    verbs=((r"\b(?:foi|foram|tinha\s+sido|tinham\s+sido|tem\s+sido|têm\s+sido)\s+"
            r"(?=\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b)", ""),),
    calendar=frozenset(_PT_DAYS.split("|")),
    dangles=dangles,
    first_person=frozenset("eu nós meu minha meus minhas nosso nossa me nos".split()),
)
