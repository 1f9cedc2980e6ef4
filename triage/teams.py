"""The casework teams a letter can be routed to, and the guidance each team owns.

A teams file (YAML, see ``data/teams.yaml``) lists teams in order::

    teams:
      - name: benefits
        description: Universal Credit, PIP, ...
        owns:
          guidance_ids: ["/universal-credit"]
          topics: ["Manage an existing benefit, payment or claim"]
          organisations: ["Department for Work and Pensions"]

Ownership lets the router work before any case has been labelled: a retrieved passage belongs
to the team that owns it (:meth:`Teams.owner_of`). Training data must use the same team names
(:meth:`Teams.validate_labels`); a data set whose labels are its own classes (for example the
BANKING77 intents used in evaluation) gets a generated teams file via :meth:`Teams.from_names`
and :meth:`Teams.save`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from contracts.errors import UnknownTeam
from contracts.models import GuidanceHit, validation_problems

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _key(text: str) -> str:
    """Case- and space-insensitive form used to compare organisation and topic names."""
    return " ".join(text.split()).casefold()


def _gid_key(guidance_id: str) -> str:
    return guidance_id.strip().rstrip("/").casefold()


class Ownership(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    guidance_ids: tuple[str, ...] = ()


class Team(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    description: str = ""
    owns: Ownership = Field(default_factory=Ownership)
    #: ISO 639-1 codes of the languages whose correspondence this team answers ("cy": Welsh
    #: letters are routed here; see triage.intake)
    languages: tuple[str, ...] = ()

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str) -> str:
        value = value.strip()
        if not value or len(value) > 200 or _CONTROL.search(value):
            raise ValueError(f"team name {value!r} must be 1-200 characters on one line")
        return value

    @field_validator("description")
    @classmethod
    def _squash(cls, value: str) -> str:
        return " ".join(value.split())


class _TeamsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    teams: tuple[Team, ...]


class Teams:
    """An ordered, validated set of teams with fast guidance-ownership look-ups."""

    def __init__(self, teams: Iterable[Team], *, source: str | Path | None = None) -> None:
        self._teams: tuple[Team, ...] = tuple(teams)
        self.source = str(source) if source is not None else None
        where = f"{self.source}: " if self.source else ""
        if not self._teams:
            raise ValueError(f"{where}no teams defined")
        self._by_name: dict[str, Team] = {}
        self._by_gid: dict[str, str] = {}
        self._by_topic: dict[str, str] = {}
        self._by_org: dict[str, str] = {}
        for team in self._teams:
            if team.name in self._by_name:
                raise ValueError(f"{where}team {team.name!r} is defined twice")
            self._by_name[team.name] = team
            for table, values, what in (
                (self._by_gid, map(_gid_key, team.owns.guidance_ids), "guidance id"),
                (self._by_topic, map(_key, team.owns.topics), "topic"),
                (self._by_org, map(_key, team.owns.organisations), "organisation"),
            ):
                for value in values:
                    other = table.setdefault(value, team.name)
                    if other != team.name:
                        raise ValueError(
                            f"{where}{what} {value!r} is owned by both {other!r} and {team.name!r}"
                        )

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def from_names(
        cls, names: Iterable[str], descriptions: Mapping[str, str] | None = None
    ) -> Teams:
        """Teams with no guidance ownership, e.g. the classes of a labelled data set.

        Without a description, a team is described by its name with ``_`` read as a space
        (``card_arrival`` -> "card arrival"), which is enough for description similarity.
        """
        descriptions = descriptions or {}
        unique = list(dict.fromkeys(str(name) for name in names))
        return cls(
            Team(name=name, description=descriptions.get(name, name.replace("_", " ")))
            for name in unique
        )

    def save(self, path: str | Path) -> Path:
        """Write a teams file that :func:`load_teams` reads back."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"teams": [team.model_dump(mode="json") for team in self._teams]}
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path

    # --- container protocol -------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return tuple(team.name for team in self._teams)

    @property
    def descriptions(self) -> dict[str, str]:
        return {team.name: team.description or team.name.replace("_", " ") for team in self._teams}

    def __iter__(self) -> Iterator[Team]:
        return iter(self._teams)

    def __len__(self) -> int:
        return len(self._teams)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> Team:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownTeam([name], self.names) from None

    def __repr__(self) -> str:
        return f"Teams({list(self.names)!r})"

    # --- ownership and validation -------------------------------------------------------------
    def owner_of(self, hit: GuidanceHit) -> str | None:
        """The team owning a retrieved passage, or None when no team owns it.

        Rules, first match wins: the guidance id (exact, or a listed page id that the hit's id
        extends with ``/`` or ``#``); then the hit's browse topics in order; then the page's lead
        (first-listed) organisation; then any other listed organisation.
        """
        gid = _gid_key(hit.guidance_id)
        while gid:
            if gid in self._by_gid:
                return self._by_gid[gid]
            cut = max(gid.rfind("#"), gid.rfind("/"))
            if cut <= 0:
                break
            gid = gid[:cut]
        for topic in hit.topics:
            owner = self._by_topic.get(_key(topic))
            if owner is not None:
                return owner
        for org in hit.organisations:  # the lead organisation first, then the others
            owner = self._by_org.get(_key(org))
            if owner is not None:
                return owner
        return None

    def validate_labels(self, labels: Iterable[str], *, context: str = "") -> None:
        """Raise :class:`UnknownTeam` naming every label that is not a team in this file."""
        unknown = {str(label) for label in labels} - set(self._by_name)
        if unknown:
            raise UnknownTeam(
                unknown,
                self.names,
                context=context or (f"labels not in {self.source}" if self.source else ""),
            )


def load_teams(path: str | Path) -> Teams:
    """Read and validate a teams file; any problem is a ``ValueError`` naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot read teams file {path}: {error.strerror or error}") from error
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"teams file {path} is not valid YAML: {error}") from error
    if not isinstance(data, dict) or "teams" not in data:
        raise ValueError(f"teams file {path} must be a mapping with a 'teams:' list")
    try:
        parsed = _TeamsFile.model_validate(data)
    except ValidationError as error:
        raise ValueError(f"teams file {path} is invalid: {validation_problems(error)}") from error
    return Teams(parsed.teams, source=path)
