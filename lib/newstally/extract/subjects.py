"""Who a count is of: `<group> <role>` (ISIS members), a force (US forces), a role
(civilians), or for operations the group they were against."""

from __future__ import annotations

from ..records import Entity
from . import clauses
from .gazetteer import Gazetteer
from .lexicon import FORCE_SUBJECTS, GROUP_ANAPHORS, TARGET_MARKERS, lookup
from .mentions import Mentions
from .nouns import GROUP_ROLES

PERSON_EVENTS = frozenset(["killed", "injured", "detained", "held"])


class Subjects:
    """The subjects of one article's counts, read from its armed groups and forces."""

    def __init__(self, mentions: Mentions, gazetteer: Gazetteer):
        self.mentions = mentions
        self.gazetteer = gazetteer
        self.main_group = self._main_group()

    def of(self, tokens, position, clause_end, role, event) -> str | None:
        """Who or what is counted: `<group> <role>`, a force, civilians, or the operations' target."""
        if event == "operations":
            return self.target(tokens, position)
        window_start = tokens[max(0, position - 2)].norm.start
        entities = [
            e
            for _, _, e in self.mentions.at(window_start, clauses.span_end(tokens, clause_end))
            if e.label in ("ORG", "MISC")
        ]
        for entity in entities:
            if entity.canonical_id in FORCE_SUBJECTS and role in (None, "soldiers", "members"):
                return FORCE_SUBJECTS[entity.canonical_id]
        group = next((self._short(e) for e in entities if self.is_group(e)), None)
        if group is None and any(
            lookup(t.text, GROUP_ANAPHORS) for t in tokens[position:clause_end]
        ):
            group = self.main_group
        if role in GROUP_ROLES:
            group = group or (self.main_group if role != "insurgents" else None)
            if group:
                return f"{group} {'members' if role == 'insurgents' else role}"
            return role
        if role or event not in PERSON_EVENTS:
            return role
        return "people"  # the guide's word for persons the text does not specify

    def target(self, tokens, position) -> str | None:
        """Whom operations were against: the group after ضد/against later in the sentence."""
        for i in range(position, len(tokens) - 1):
            if lookup(tokens[i].text, TARGET_MARKERS):
                following = tokens[i + 1]
                for _, _, entity in self.mentions.at(*following.norm):
                    if self.is_group(entity):
                        return self._short(entity)
                if lookup(following.text, GROUP_ANAPHORS):
                    return self.main_group
        return None

    def is_group(self, entity: Entity) -> bool:
        """An armed group of the gazetteer."""
        entry = self.gazetteer.by_canonical_id.get(entity.canonical_id or "")
        return entry is not None and entry.kind == "armed group"

    def _main_group(self) -> str | None:
        """The armed group the article names most."""
        counts: dict[str, int] = {}
        for _, _, entity in self.mentions.entities:
            if self.is_group(entity):
                name = self._short(entity)
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _short(self, entity: Entity) -> str:
        return self.gazetteer.by_canonical_id[entity.canonical_id].short_name
