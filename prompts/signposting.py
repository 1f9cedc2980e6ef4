"""Signposting: the help a person is pointed to when their letter raises a safeguarding or
hardship concern, at the top of the suggested reply.

One template a flag category in ``prompts/templates/signposting/`` (a deployment points
``CASEWORK_SIGNPOSTING_DIR`` at its own). The text comes from the template as written, never from
the letter or a model: it is the same, checked wording every time.

A flagged letter never goes without: a category with no template of its own gets its kind's
(``_kind_safeguarding.txt.j2``, ``_kind_destitution.txt.j2``, ``_kind_deadline.txt.j2``), and a
folder without even that gets :data:`LAST_RESORT` for the kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contracts.models import Draft, Flag
from prompts.loader import TEMPLATE_DIR, get_environment

SIGNPOSTING_DIR = TEMPLATE_DIR / "signposting"
#: where the help goes: after the greeting, before anything else in the reply
_GREETING = "Hello,\n\n"
#: what a flagged letter gets when the deployment's folder has no template for its flag at all
LAST_RESORT = {
    "safeguarding": "If you or someone else is in danger now, call 999. A member of our team "
    "will read your letter as a priority.",
    "destitution": "If you have no money for food, heating or somewhere to live, contact your "
    "local council or Citizens Advice today: help may be available straight away.",
    "deadline": "You have told us about a deadline. We will read your letter as a priority.",
}


#: flags about how to read the letter (its language, a poor scan), not help for the person:
#: no signposting (else they fell back on the safeguarding text: "call 999" atop a Welsh reply)
NOT_SIGNPOSTED = frozenset({"language", "scan"})


class Signposter:
    """Puts the signposting for a letter's flags at the top of its draft reply."""

    def __init__(self, template_dir: str | Path | None = None) -> None:
        self.template_dir = Path(template_dir or SIGNPOSTING_DIR)

    def texts(self, flags: Sequence[Flag]) -> list[str]:
        """The signposting paragraphs for ``flags``, one a category, most serious first."""
        environment = get_environment(self.template_dir)
        available = set(environment.list_templates())
        out: list[str] = []
        order = {"safeguarding": 0, "destitution": 1, "deadline": 2}
        for flag in sorted(flags, key=lambda f: order.get(str(f.kind), 3)):
            if str(flag.kind) in NOT_SIGNPOSTED:
                continue
            text = ""
            for name in (f"{flag.category}.txt.j2", f"_kind_{flag.kind}.txt.j2"):
                if name in available:
                    text = environment.get_template(name).render().strip()
                    if text:
                        break
            text = text or LAST_RESORT.get(str(flag.kind), LAST_RESORT["safeguarding"])
            if text not in out:
                out.append(text)
        return out

    def apply(self, draft: Draft, flags: Sequence[Flag]) -> Draft:
        texts = self.texts(flags)
        if not texts:
            return draft
        block = "\n\n".join(texts) + "\n\n"
        body = draft.text
        if body.startswith(_GREETING):
            body = _GREETING + block + body[len(_GREETING) :]
        else:
            body = block + body
        return draft.model_copy(update={"text": body})


__all__ = ["LAST_RESORT", "SIGNPOSTING_DIR", "Signposter"]
