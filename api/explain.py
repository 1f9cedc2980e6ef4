"""The assistant's findings in words a contact-centre adviser can act on (no codes, no jargon)."""

from __future__ import annotations

#: flag category -> what it means and what to do now
FLAG_EXPLANATIONS = {
    "suicide": "The person may be thinking about ending their life. Do not end the contact "
    "without giving crisis numbers: in an emergency 999; Samaritans, free, any time, "
    "116 123; NHS 111, option 2, for urgent mental health help. Tell a caseworker now.",
    "self_harm": "The person mentions harming themselves. Give the crisis numbers (999 in an "
    "emergency, Samaritans 116 123, NHS 111 option 2) and tell a caseworker now.",
    "threat": "The letter contains a threat to staff or property. Tell your team leader; do not "
    "reply to the person yourself.",
    "abuse": "The person may be experiencing domestic abuse. If they are in danger now: 999 (press "
    "55 if they cannot speak). The National Domestic Abuse Helpline is free, 24 hours: "
    "0808 2000 247. Do not send anything to an address the abuser may read.",
    "child_at_risk": "A child may be at risk. If a child is in immediate danger call 999; tell a "
    "caseworker now so the safeguarding team is told. NSPCC: 0808 800 5000.",
    "food": "The person may have no money for food. Tell them about food banks and urgent help "
    "(an advance or hardship payment, local welfare assistance).",
    "fuel": "The person may have no heating, gas or electricity. Tell them to contact their energy "
    "supplier about emergency credit, and about local welfare assistance.",
    "homeless": "The person may be homeless or about to be. Tell them to contact the council's "
    "housing options team today.",
    "eviction": "The person may be facing eviction or bailiffs. Tell them to get advice now "
    "(Shelter, Citizens Advice) and to contact the council's housing options team.",
}
FLAG_EXPLANATIONS.update(
    {
        "reply_in_welsh": "The letter is written in Welsh. Reply in Welsh (the draft uses the Welsh "
        "template): a Welsh-speaking caseworker checks and completes it.",
        "needs_translation": "The letter is not in English or Welsh. Have it translated before it is "
        "answered, and check its redaction: names are harder to find in other "
        "languages.",
        "low_ocr_confidence": "The letter is a scan that could not be read with confidence. Read the "
        "scan itself before relying on the text or the suggestion.",
    }
)
KIND_LABELS = {
    "safeguarding": "Safeguarding",
    "destitution": "Urgent hardship",
    "deadline": "Deadline",
    "language": "Language",
    "scan": "Hard-to-read scan",
}


def explain_flag(flag: dict) -> str:
    category = flag.get("category", "")
    if category in FLAG_EXPLANATIONS:
        return FLAG_EXPLANATIONS[category]
    if flag.get("kind") == "deadline":
        return (
            f"The letter mentions a deadline ({flag.get('evidence', '')}): it is dealt with first."
        )
    return "The letter needs a caseworker's attention before anything else."


def explain_flags(flags: list[dict]) -> list[dict]:
    """One explanation a category (the first flag of each), most serious kind first."""
    order = {"safeguarding": 0, "destitution": 1, "deadline": 2}
    seen, out = set(), []
    for flag in sorted(flags, key=lambda f: order.get(f.get("kind"), 3)):
        key = flag.get("category")
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "kind": flag.get("kind"),
                "label": KIND_LABELS.get(flag.get("kind"), ""),
                "category": key,
                "explanation": explain_flag(flag),
            }
        )
    return out


def citations_in_reply(reply_text: str, citations: list[dict]) -> list[dict]:
    """The draft's citations the current reply still cites ("[n]"): after a caseworker rewrote
    the reply, the assistant's citations may no longer belong to it."""
    return [c for c in citations if f"[{c.get('n')}]" in (reply_text or "")]
