"""Priority and vulnerability flags raised from a letter's redacted text.

Every rule is one row of :data:`PATTERNS` (kind, category, regular expression, whether a
preceding negation cancels it), so the whole rule set can be read and audited in one place.
Expressions are matched case-insensitively; each is anchored on word boundaries so that
"food" alone, "heating engineer" or "courtesy" raise nothing.

Safeguarding rules ignore negation on purpose: "I am not suicidal" is still a mention a person
should read. Destitution and deadline rules are skipped when one of the three words just before
the match (in the same clause) negates it: "we are not homeless", "there is no deadline".

The detector only sees redacted text, so the evidence it returns carries no personal data;
offsets index the text given to :meth:`FlagDetector.detect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from contracts.models import Flag, FlagKind, Priority

SAFEGUARDING, DESTITUTION, DEADLINE = FlagKind.SAFEGUARDING, FlagKind.DESTITUTION, FlagKind.DEADLINE

# --- building blocks ----------------------------------------------------------------------------
_PARTNER = r"(?:partner|husband|wife|ex|ex-partner|ex-husband|ex-wife|boyfriend|girlfriend|dad|father|mum|mother|son|daughter|carer)"
_VICTIM = r"(?:me|us|my\s+(?:kids|children|child|son|daughter|baby|mum|mother)|the\s+(?:kids|children))"
_ABUSE_VERB = (r"(?:hits?|hitting|beats?|beating|beaten|punch(?:es|ed)?|kick(?:s|ed)?|slap(?:s|ped)?|"
               r"chok(?:es|ed)|strangl(?:es|ed)|push(?:es|ed)|shov(?:es|ed)|assault(?:s|ed)?|"
               r"abus(?:es|ed)|threaten(?:s|ed)|hurts|hurt|attack(?:s|ed)?|rap(?:es|ed)|locks?|locked)")
_STAFF = (r"(?:you|your\s+staff|the\s+staff|staff|someone|somebody|people|him|her|them|"
          r"(?:your|the|that|this)\s+(?:caseworker|manager|adviser|advisor|officer|assessor|"
          r"work\s+coach|woman|man)s?)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
# A date as written, or a redaction placeholder for one, e.g. <DATE_TIME_1>, [DATE_2] (matched
# case-sensitively so "by date" in prose does not count).
_DATE = (rf"(?:(?:{_WEEKDAY}\s+)?(?:the\s+)?{_ORD}\s+(?:of\s+)?{_MONTH}\b(?:\s+\d{{4}})?"
         rf"|{_MONTH}\s+{_ORD}\b(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{2,4}})?\b"
         rf"|{_WEEKDAY}\b|tomorrow\b|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month)\b"
         rf"|(?-i:[<\[{{]{{1,2}}\s*DATE[A-Z_]*\d*\s*[>\]}}]{{1,2}}))")
_NUMBER = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"fourteen|fifteen|twenty(?:[-\s]?one|[-\s]?eight)?|thirty)")
_CANT_AFFORD = r"(?:can(?:'|’)?t|cannot|can\s+not|could(?:n(?:'|’)?t|\s+not)|unable\s+to)\s+afford\s+(?:to\s+)?"
_UTILITY = r"(?:gas|electric(?:ity)?|power|heating|energy|water|hot\s+water)"


class Pattern(NamedTuple):
    kind: FlagKind
    category: str
    regex: str
    negatable: bool = False  # skip the match when a negation comes just before it


# --- the rule table -----------------------------------------------------------------------------
PATTERNS: tuple[Pattern, ...] = (
    # Safeguarding: suicide and self-harm (never cancelled by negation)
    Pattern(SAFEGUARDING, "suicide", r"\bsuicid(?:e|al|ality)\b"),
    Pattern(SAFEGUARDING, "suicide", r"\b(?:end|ending|take|taking)\s+(?:my|our)\s+(?:own\s+)?li(?:fe|ves)\b"),
    Pattern(SAFEGUARDING, "suicide", r"\bkill(?:ing)?\s+(?:myself|ourselves)\b"),
    Pattern(SAFEGUARDING, "suicide", r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:liv(?:e|ing)|go(?:ing)?\s+on|carry(?:ing)?\s+on)\b"),
    Pattern(SAFEGUARDING, "suicide", r"\b(?:do\s+not|don(?:'|’)?t)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+any\s*more|wake\s+up)\b"),
    Pattern(SAFEGUARDING, "suicide", r"\b(?:want(?:ed)?|wanting)\s+to\s+die\b"),
    Pattern(SAFEGUARDING, "suicide", r"\bbetter\s+off\s+dead\b"),
    Pattern(SAFEGUARDING, "suicide", r"\bcan(?:'|’)?t\s+go\s+on\s+(?:like\s+this|any\s*more)\b"),
    Pattern(SAFEGUARDING, "self_harm", r"\bself[-\s]?harm(?:ing|ed)?\b"),
    Pattern(SAFEGUARDING, "self_harm", r"\b(?:hurt|hurting|harm|harming|cut|cutting|injure|injuring)\s+myself\b"),
    Pattern(SAFEGUARDING, "self_harm", r"\boverdos(?:e|ed|ing)\b"),
    # Safeguarding: threats to others or to staff
    Pattern(SAFEGUARDING, "threat", rf"\b(?:i(?:'|’)ll|i\s+will|i(?:'|’)m\s+going\s+to|i\s+am\s+going\s+to|gonna|i\s+could|i\s+want\s+to)\s+(?:kill|hurt|stab|shoot|attack|harm|batter|smash)\s+{_STAFF}\b"),
    Pattern(SAFEGUARDING, "threat", r"\b(?:burn|blow\s+up|smash\s+up)\s+(?:down\s+)?(?:the|your|that)\s+(?:office|building|jobcentre|job\s+centre|council|place)\b"),
    Pattern(SAFEGUARDING, "threat", r"\b(?:bring|get|got|have)\s+(?:a|my)\s+(?:gun|knife|weapon|blade)\b"),
    Pattern(SAFEGUARDING, "threat", r"\b(?:you(?:'|’)ll|you\s+will)\s+(?:regret|pay\s+for)\s+(?:this|it)\b"),
    # Safeguarding: abuse
    Pattern(SAFEGUARDING, "abuse", r"\bdomestic\s+(?:abuse|violence|abuser)\b"),
    Pattern(SAFEGUARDING, "abuse", rf"\b(?:he|she|they|my\s+{_PARTNER})\s+(?:has\s+|had\s+|keeps\s+|still\s+)?{_ABUSE_VERB}\s+{_VICTIM}\b"),
    Pattern(SAFEGUARDING, "abuse", rf"\b(?:threatened|threatens|threatening)\s+to\s+(?:kill|hurt|harm|take)\s+(?:me|us|my|the)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:he|she|they)\s+(?:will|would|(?:is|are)\s+going\s+to|said\s+(?:he|she|they)\s+(?:will|would))\s+(?:hurt|harm|kill|attack|hit|beat)\s+(?:me|us|my)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:keeps?|kept|is|are|has\s+been|have\s+been)\s+threatening\s+(?:me|us|my)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:afraid|scared|frightened|terrified|fearful)\s+for\s+(?:my|our)\s+(?:own\s+)?(?:safety|life|lives)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\bcoercive(?:\s+and\s+controlling)?\s+(?:control|behaviou?r)\b"),
    Pattern(SAFEGUARDING, "abuse", rf"\bcontrolling\s+(?:partner|relationship|behaviou?r|{_PARTNER})\b"),
    Pattern(SAFEGUARDING, "abuse", rf"\b(?:afraid|scared|frightened|terrified)\s+of\s+(?:him|her|my\s+{_PARTNER})\b"),
    Pattern(SAFEGUARDING, "abuse", rf"\b(?:fled|fleeing|escaped|escaping|left)\s+(?:from\s+)?(?:an?\s+)?(?:abus(?:e|ive)|violen(?:ce|t))\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:women(?:'|’)?s\s+aid|(?:a|the)\s+refuge)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:sexual(?:ly)?\s+(?:abuse|abused|assault|assaulted)|raped?)\b"),
    Pattern(SAFEGUARDING, "abuse", r"\b(?:financial|economic|emotional|physical)\s+abuse\b"),
    # Safeguarding: a child at risk
    Pattern(SAFEGUARDING, "child_at_risk", r"\b(?:child|children|kids?|son|daughter|baby|grandchild(?:ren)?)\s+(?:is|are|was|were)\s+(?:at\s+risk|in\s+danger|not\s+safe|unsafe|being\s+(?:abused|neglected|hurt|harmed))\b"),
    Pattern(SAFEGUARDING, "child_at_risk", r"\bchild(?:ren)?\s+at\s+risk\b"),
    Pattern(SAFEGUARDING, "child_at_risk", r"\bchild\s+(?:abuse|neglect|protection|sexual\s+exploitation)\b"),
    Pattern(SAFEGUARDING, "child_at_risk", r"\bsafeguarding\s+(?:concern|issue|referral|risk|team)s?\b"),
    # Destitution: food
    Pattern(DESTITUTION, "food", r"\bno\s+(?:food|money\s+(?:left\s+)?for\s+food)\b", True),
    Pattern(DESTITUTION, "food", r"\bfood\s*banks?\b", True),
    Pattern(DESTITUTION, "food", rf"\b{_CANT_AFFORD}(?:eat|food|groceries|feed|meals?)\b", True),
    Pattern(DESTITUTION, "food", r"\bnothing\s+(?:left\s+)?to\s+eat\b", True),
    Pattern(DESTITUTION, "food", r"\b(?:haven(?:'|’)?t|have\s+not|hasn(?:'|’)?t|has\s+not|not)\s+eaten\s+(?:for|in|since)\b"),
    Pattern(DESTITUTION, "food", r"\b(?:go|going|gone|went)\s+(?:hungry|without\s+(?:food|meals?|eating))\b", True),
    Pattern(DESTITUTION, "food", r"\bskip(?:ping|ped)?\s+meals\b", True),
    Pattern(DESTITUTION, "food", r"\b(?:starving|hungry\s+children|kids\s+are\s+hungry|children\s+are\s+hungry)\b", True),
    # Destitution: heating and power
    Pattern(DESTITUTION, "fuel", rf"\bno\s+(?:heating|heat|gas|electric(?:ity)?|power|hot\s+water)\b", True),
    Pattern(DESTITUTION, "fuel", rf"\b{_UTILITY}\s+(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|are\s+|been\s+|got\s+)?(?:cut\s+off|disconnected|turned\s+off|switched\s+off)\b", True),
    Pattern(DESTITUTION, "fuel", rf"\b(?:cut\s+off|disconnected)\s+(?:our|my|the)\s+{_UTILITY}\b", True),
    Pattern(DESTITUTION, "fuel", rf"\b{_CANT_AFFORD}(?:heat(?:ing)?|put\s+the\s+heating\s+on|turn\s+the\s+heating\s+on|top\s+up|the\s+(?:gas|electric(?:ity)?|heating)|gas|electric(?:ity)?|energy)\b", True),
    Pattern(DESTITUTION, "fuel", r"\bprepay(?:ment)?\s+meters?\s+(?:is\s+|has\s+|was\s+)?(?:empty|run\s+out|ran\s+out|out\s+of\s+credit|on\s+emergency\s+credit)\b", True),
    Pattern(DESTITUTION, "fuel", r"\b(?:meter|gas|electric(?:ity)?)\s+(?:has\s+)?(?:run|ran)\s+out\b", True),
    Pattern(DESTITUTION, "fuel", r"\bself[-\s]?disconnect(?:ed|ing|ion)?\b", True),
    Pattern(DESTITUTION, "fuel", r"\b(?:fuel\s+poverty|sitting\s+in\s+the\s+(?:cold|dark)|living\s+without\s+(?:heating|electricity|gas))\b", True),
    # Destitution: homelessness
    Pattern(DESTITUTION, "homeless", r"\bhomeless(?:ness)?\b", True),
    Pattern(DESTITUTION, "homeless", r"\b(?:sleep(?:ing)?|slept)\s+rough\b|\brough\s+sleep(?:ing|er)\b", True),
    Pattern(DESTITUTION, "homeless", r"\bsofa[-\s]?surf(?:ing|er)?\b", True),
    Pattern(DESTITUTION, "homeless", r"\b(?:sleep(?:ing)?|slept|living|live)\s+(?:in\s+(?:my|a|the|our)\s+(?:car|van|tent)|on\s+(?:the\s+streets?|a\s+friend(?:'|’)?s\s+(?:sofa|floor|couch)))\b", True),
    Pattern(DESTITUTION, "homeless", r"\bnowhere\s+(?:to\s+(?:live|stay|sleep|go)|else\s+to\s+go)\b", True),
    Pattern(DESTITUTION, "homeless", r"\b(?:destitute|destitution|penniless)\b", True),
    # Destitution: losing a home
    Pattern(DESTITUTION, "eviction", r"\bevict(?:ed|ion|ions|ing)?\b", True),
    Pattern(DESTITUTION, "eviction", r"\bsection\s*21\b(?:\s+notice)?|\bsection\s*8\s+notice\b", True),
    Pattern(DESTITUTION, "eviction", r"\b(?:bailiffs?|enforcement\s+agents?|high\s+court\s+enforcement)\b", True),
    Pattern(DESTITUTION, "eviction", r"\brepossess(?:ed|ion|ions|ing)?\b", True),
    Pattern(DESTITUTION, "eviction", r"\b(?:notice\s+to\s+quit|possession\s+(?:order|claim|proceedings|notice))\b", True),
    # Deadlines
    Pattern(DEADLINE, "hearing", r"\b(?:tribunal|court|appeal|possession)\s+(?:hearing|date)s?\b", True),
    Pattern(DEADLINE, "hearing", rf"\bhearing\s+(?:is\s+|has\s+been\s+)?(?:on|listed\s+for|scheduled\s+for|set\s+for|at)\b", True),
    Pattern(DEADLINE, "hearing", r"\b(?:appear|attend)\s+(?:in|at|before)\s+(?:the\s+)?(?:court|tribunal|magistrates)\b", True),
    Pattern(DEADLINE, "deadline", r"\bdeadlines?\b", True),
    Pattern(DEADLINE, "deadline", r"\btime[-\s]limits?\b", True),
    Pattern(DEADLINE, "deadline", r"\b(?:last|final)\s+day\s+(?:to|for)\b", True),
    Pattern(DEADLINE, "deadline", rf"\b(?:by|no\s+later\s+than|on\s+or\s+before)\s+{_DATE}", True),
    Pattern(DEADLINE, "deadline", rf"\bwithin\s+(?:the\s+next\s+)?{_NUMBER}\s+(?:working\s+|calendar\s+|clear\s+)?(?:days?|weeks?|months?)\b", True),
    Pattern(DEADLINE, "deadline", rf"\b{_NUMBER}\s+(?:working\s+)?days\s+to\s+(?:pay|respond|reply|appeal|challenge|leave|vacate|move\s+out|object)\b", True),
    Pattern(DEADLINE, "final_notice", r"\bfinal\s+(?:notice|demand|warning|reminder)s?\b", True),
    Pattern(DEADLINE, "final_notice", r"\bletter\s+before\s+(?:action|claim)\b", True),
    Pattern(DEADLINE, "final_notice", r"\b(?:county\s+court\s+judge?ment|ccj|claim\s+form|default\s+notice|notice\s+of\s+enforcement)\b", True),
    Pattern(DEADLINE, "mandatory_reconsideration", r"\bmandatory\s+reconsideration\b"),
    Pattern(DEADLINE, "mandatory_reconsideration", r"\b(?:one|1|13)[-\s](?:month|week)\s+(?:time\s+)?limit\b"),
    Pattern(DEADLINE, "mandatory_reconsideration", r"\blate\s+(?:appeal|reconsideration|request)\b"),
)

_NEGATORS = frozenset({
    "not", "no", "never", "nor", "neither", "without", "cannot", "isn't", "aren't", "wasn't",
    "weren't", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "won't", "wouldn't",
})
_CLAUSE_END = re.compile(r"[.;:!?\n]|\bbut\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z'’]+")

PRIORITY_OF_KIND: dict[FlagKind, Priority] = {
    SAFEGUARDING: Priority.URGENT,
    DESTITUTION: Priority.HIGH,
    DEADLINE: Priority.HIGH,
}
_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2}


def _negated(text: str, start: int, window: int = 3) -> bool:
    """True when one of the ``window`` words before ``start`` (same clause) is a negation."""
    before = text[max(0, start - 60):start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before)][-window:]
    return any(w in _NEGATORS or w.endswith("n't") for w in words)


class FlagDetector:
    """Finds safeguarding, destitution and deadline signals with the rules in ``patterns``."""

    def __init__(self, patterns: Sequence[Pattern] = PATTERNS) -> None:
        self.patterns = tuple(patterns)
        self._compiled = [(p, re.compile(p.regex, re.IGNORECASE)) for p in self.patterns]
        # Most letters match no rule at all; one pass over the alternation of every rule says
        # so in a third of the time of trying each rule (1,000 letters: 0.6 s against 1.6 s).
        try:
            self._any = re.compile("|".join(f"(?:{p.regex})" for p in self.patterns),
                                   re.IGNORECASE) if self.patterns else None
        except re.error:  # rules that cannot share one pattern (e.g. reused group names)
            self._any = None

    def detect(self, redacted_text: str) -> tuple[Flag, ...]:
        """Every flag in the text, in reading order; overlapping hits of one category merge."""
        if self._any is not None and self._any.search(redacted_text) is None:
            return ()
        found: list[Flag] = []
        for pattern, regex in self._compiled:
            for match in regex.finditer(redacted_text):
                if match.end() == match.start():
                    continue
                if pattern.negatable and _negated(redacted_text, match.start()):
                    continue
                found.append(Flag(kind=pattern.kind, category=pattern.category,
                                  evidence=" ".join(match.group(0).split()),
                                  start=match.start(), end=match.end()))
        # Keep the longest of overlapping matches within one (kind, category).
        found.sort(key=lambda f: (f.kind, f.category, f.start, -(f.end - f.start)))
        kept: list[Flag] = []
        for flag in found:
            last = kept[-1] if kept else None
            if (last is not None and (last.kind, last.category) == (flag.kind, flag.category)
                    and flag.start < last.end):
                if flag.end > last.end:
                    kept[-1] = Flag(kind=last.kind, category=last.category,
                                    evidence=" ".join(redacted_text[last.start:flag.end].split()),
                                    start=last.start, end=flag.end)
                continue
            kept.append(flag)
        kept.sort(key=lambda f: (f.start, f.end, f.kind))
        return tuple(kept)

    def priority(self, redacted_text: str) -> Priority:
        return priority_of(self.detect(redacted_text))


def priority_of(flags: Iterable[Flag]) -> Priority:
    """Safeguarding -> URGENT; destitution or a deadline -> HIGH; otherwise NORMAL."""
    best = Priority.NORMAL
    for flag in flags:
        candidate = PRIORITY_OF_KIND.get(FlagKind(flag.kind), Priority.NORMAL)
        if _RANK[candidate] < _RANK[best]:
            best = candidate
    return best
