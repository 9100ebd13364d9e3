"""An event word read in its place, mostly by the ruling around it: a sentence passed is no
death or arrest done (other), unless it is carried out; a prison term passed is other too;
custody kept on, extended or in force (رهن الاحتجاز) is held; an attack from the air (هجوم جوي)
is an operation. A part of `clauses.event_of`."""

from __future__ import annotations

from ..text.clitics import among
from .lexicon import (
    AIRBORNE,
    CLAUSE_ENDS,
    CUSTODY_MARKERS,
    DEATH_PENALTY,
    EXECUTION_VERBS,
    PENALTIES,
    RULINGS,
    SENTENCE_WORDS,
    STAYS,
    lookup,
)


def in_context(tokens, k, event: str | None) -> str | None:
    """The event of the word at `k` given the words around it: an airstrike (هجوم جوي) is an
    operation; held after رهن or قيد (رهن الاحتجاز: in custody, not arrested) and custody kept on
    or extended (باستمرار حبس، تمديد توقيفه; not a wave of arrests, تجديد الاعتقالات) or jailed
    (وقد حُبس 73 صحفياً); other after a sentence passed (حكم على 10 أشخاص بالإعدام) or the
    penalty itself (يحكم عليها بالإعدام) unless it was carried out (نفذت حكم الإعدام), and after
    a prison term passed (قضت بحبس 3 متهمين، أحكام الحبس الصادرة بحق 16; not أمرت النيابة بحبس
    5، a remand)."""
    before = tokens[k - 1].text if k else ""
    if event == "attacks" and k + 1 < len(tokens) and tokens[k + 1].text in AIRBORNE:
        return "operations"  # هجوم جوي، هجومين جويين: an airstrike
    passed = any(passes_sentence(t.text) for t in tokens[max(0, k - 5) : k])
    if event in ("detained", "held") and tokens[k].text in _PRISON_TERMS and _ruled(tokens, k):
        return "other"
    if event == "killed" and (passed or tokens[k].text in DEATH_PENALTY):
        field = k + 1 < len(tokens) and tokens[k + 1].text == "الميداني"  # الإعدام الميداني
        return "killed" if field or carried_out(tokens, k) else "other"
    jailed = before in ("قد", "وقد", "لقد") and tokens[k].text == "حبس"  # وقد حُبس 73: a verb
    kept = (before in CUSTODY_MARKERS or jailed) and event in ("detained", "held")
    return "held" if kept and not tokens[k].text.endswith("ات") else event


_PRISON_TERMS = PENALTIES | {"حبس", "الحبس"}
_TERMS_PASSED = RULINGS | set("بحكم حكمت وحكمت ايدت وايدت عاقبت وعاقبت بمعاقبه".split())


def _ruled(tokens, k) -> bool:
    """A ruling or a sentence in the clause up to twelve words before `k` (قضت محكمة جنح
    مستأنف مدينة نصر اليوم الأحد بحبس، أيدت محكمة الاستئناف حبس)."""
    for token in reversed(tokens[max(0, k - 12) : k]):
        if token.text in CLAUSE_ENDS:
            return False
        if passes_sentence(token.text) or token.text in _TERMS_PASSED:
            return True
    return False


def passes_sentence(word: str) -> bool:
    """A word of a sentence passed, alone or after و/ف (not بعقوبة, the city, as ب + عقوبة)."""
    return among(word, SENTENCE_WORDS)


def carried_out(tokens, k) -> bool:
    """A verb of carrying out in the clause before `k`, not a stay of it (أرجأت المحكمة تنفيذ،
    وقف تنفيذ، ينتظر تنفيذ)."""
    clause = []
    for token in reversed(tokens[max(0, k - 5) : k]):
        if token.text in CLAUSE_ENDS:
            break
        clause.append(token.text)
    carried = [i for i, word in enumerate(clause) if lookup(word, EXECUTION_VERBS)]
    return bool(carried) and not any(lookup(w, STAYS) for w in clause[carried[0] + 1 :])
