"""Measure intake: OCR of scans the suite renders, language identification on a labelled
sample, and how much an in-place guidance update re-embeds.

    python -m evaluation.measure_intake [--json OUT] [--limit N]
                                        [--skip ocr,language,campaigns,index]

**OCR.** Each of the 30 example letters (``data/examples/letters.jsonl``, made up) is drawn
into a page image (:func:`evaluation.scans.render_scan`: a TrueType font, random pixel noise, a
slight skew) at three qualities - *clean* (no noise, no skew), *typical* (2% noise, 1.2 degrees)
and *poor* (6% noise, blur, faint ink, 2 degrees) - and the typical page also as a JPEG and as
an image-only PDF; each is read through :func:`intake.documents.extract` exactly as an upload
is. Reported: character error rate (Levenshtein distance over the reference's length, spaces
folded), Tesseract's mean word confidence, the share of scans the low-confidence flag sends to
a person, and seconds a page. Rendered scans are kinder than paper through a real scanner
(no folds, stamps, handwriting or photocopy shadows): read these as the floor of the error.

**Language.** ``evaluation/language_sample.jsonl``: letters labelled with their language,
written for this measurement (none by a native speaker of the language), plus the 30 English
example letters. Short notes and English letters full of Welsh place names are in on purpose.
The rows marked ``heldout`` were written after the detector was last changed (proper nouns
left out, short non-Latin notes judged: both fixes came from mistakes on the other rows), so
only they measure it unseen. Reported: accuracy overall and by language, the
Welsh precision and recall (what routing acts on), and the mistakes.

**Campaigns.** Three campaign templates (a library closure, a planning objection, a bus route),
each sent by 12 made-up people: the template as it is, or with a personal sentence added, a
sentence left out, a different greeting - each signed with its own name, address, email or
phone. Among them the 30 example letters and 6 letters on the same three subjects in their own
words (which must not join a campaign). Every letter is redacted with the real redactor, then
grouped (:func:`pipeline.campaigns.group`, threshold 0.6). Reported: pairwise precision and
recall of "same campaign", members found per campaign, and letters wrongly pulled in.

**Index update.** The bundled GOV.UK guidance is indexed in full, then updated in place three
times: nothing changed; one page edited; one page edited, one added and one removed. Reported:
seconds and passages embedded for each, against the full build.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from contracts.errors import IntakeError
from contracts.models import Letter
from contracts.settings import PROJECT_ROOT, get_settings
from evaluation.scans import character_error_rate, render_scan
from intake.documents import extract
from intake.language import LanguageDetector
from intake.settings import get_intake_settings
from pipeline.campaigns import fingerprint, group
from pipeline.factory import build_embedder
from redaction.redactor import build_redactor
from retrieval.documents import load_guidance
from retrieval.updates import build, update_index

LANGUAGE_SAMPLE = PROJECT_ROOT / "evaluation" / "language_sample.jsonl"
QUALITIES = {
    "clean": {"noise": 0.0, "skew_degrees": 0.0},
    "typical": {"noise": 0.02, "skew_degrees": 1.2},
    "poor": {"noise": 0.06, "blur": 1.3, "contrast": 110, "skew_degrees": 2.0},
}
RUNS = [
    ("clean", "PNG"),
    ("typical", "PNG"),
    ("typical", "JPEG"),
    ("typical", "PDF"),
    ("poor", "PNG"),
]


def _letters(limit: int | None) -> list[dict]:
    path = Path(get_settings().demo_letters)
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return rows[:limit] if limit else rows


def measure_ocr(limit: int | None = None) -> dict:
    settings = get_intake_settings()
    letters = _letters(limit)
    out: dict = {"letters": len(letters), "threshold": settings.ocr_min_confidence, "runs": {}}
    for quality, fmt in RUNS:
        cers, confidences, seconds, flagged, refused = [], [], [], 0, 0
        flagged_cer, passed_cer = [], []
        for n, row in enumerate(letters):
            data = render_scan(row["text"], fmt, seed=n, **QUALITIES[quality])
            started = time.perf_counter()
            try:
                document = extract(data, filename=f"scan.{fmt.lower()}", settings=settings)
            except IntakeError:  # nothing legible: refused with a message (counts as flagged)
                refused += 1
                continue
            seconds.append(time.perf_counter() - started)
            cer = character_error_rate(row["text"], document.text())
            cers.append(cer)
            confidence = document.ocr_confidence or 0.0
            confidences.append(confidence)
            if confidence < settings.ocr_min_confidence:
                flagged += 1
                flagged_cer.append(cer)
            else:
                passed_cer.append(cer)
        key = f"{quality}-{fmt.lower()}"
        out["runs"][key] = {
            "scans": len(letters),
            "read": len(cers),
            "refused": refused,
            "cer_mean": _r(statistics.fmean(cers)) if cers else None,
            "cer_median": _r(statistics.median(cers)) if cers else None,
            "cer_max": _r(max(cers)) if cers else None,
            "confidence_mean": _r(statistics.fmean(confidences), 1) if confidences else None,
            "flagged_low_confidence": flagged + refused,
            "cer_mean_flagged": _r(statistics.fmean(flagged_cer)) if flagged_cer else None,
            "cer_mean_not_flagged": _r(statistics.fmean(passed_cer)) if passed_cer else None,
            "seconds_per_page": _r(statistics.fmean(seconds), 2) if seconds else None,
        }
        print(f"ocr {key}: {out['runs'][key]}", file=sys.stderr)
    return out


def measure_language() -> dict:
    rows = [
        json.loads(line)
        for line in LANGUAGE_SAMPLE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows += [
        {"id": f"example-{r['id']}", "language": "en", "text": r["text"]} for r in _letters(None)
    ]
    detector = LanguageDetector()
    detector.detect("warm up the models before timing")  # loads them
    by_language: dict[str, Counter] = defaultdict(Counter)
    mistakes, seconds = [], []
    for row in rows:
        started = time.perf_counter()
        found = detector.detect(row["text"])
        seconds.append(time.perf_counter() - started)
        code = found.code if found else "en"  # too short to judge: treated as English
        by_language[row["language"]]["n"] += 1
        by_language[row["language"]]["right"] += code == row["language"]
        if code != row["language"]:
            mistakes.append(
                {
                    "id": row["id"],
                    "truth": row["language"],
                    "found": code,
                    "letters": sum(c.isalpha() for c in row["text"]),
                }
            )
    right = sum(c["right"] for c in by_language.values())
    heldout = [r for r in rows if r.get("heldout")]
    heldout_ids = {r["id"] for r in heldout}
    welsh_found = [r for r in rows if (detector.detect(r["text"]) or _EN).code == "cy"]
    welsh_true = [r for r in rows if r["language"] == "cy"]
    true_positive = sum(r["language"] == "cy" for r in welsh_found)
    return {
        "letters": len(rows),
        "languages": len(by_language),
        "accuracy": _r(right / len(rows)),
        "by_language": {
            k: {"n": v["n"], "accuracy": _r(v["right"] / v["n"])}
            for k, v in sorted(by_language.items())
        },
        "welsh_precision": _r(true_positive / len(welsh_found)) if welsh_found else None,
        "welsh_recall": _r(true_positive / len(welsh_true)) if welsh_true else None,
        "heldout": {
            "letters": len(heldout),
            "accuracy": _r(1 - sum(m["id"] in heldout_ids for m in mistakes) / len(heldout))
            if heldout
            else None,
        },
        "ms_per_letter": _r(1000 * statistics.fmean(seconds), 2),
        "mistakes": mistakes,
    }


class _Found:
    code = "en"


_EN = _Found()


CAMPAIGNS = {
    "library": (
        "Dear Councillor,\n\n{opening}I am writing to object to the proposed closure of "
        "Hillside Library. The library is a lifeline for our community: children come to "
        "the homework club after school, older residents use the computers to manage "
        "their pensions and benefits, and job seekers rely on the free internet to look "
        "for work. {extra}Closing it would save very little and cost the town a great "
        "deal. Please keep Hillside Library open.\n\nYours sincerely,\n{name}\n{address}"
    ),
    "planning": (
        "Dear Planning Officer,\n\n{opening}I object to planning application 24/01873/FUL "
        "for 140 homes on the fields north of Mill Lane. The junction with the main road "
        "is already dangerous at school times, the primary school is full, and the site "
        "floods every winter. {extra}The application should be refused, or at the very "
        "least deferred until a proper flood risk assessment has been published.\n\n"
        "Regards,\n{name}\n{address}"
    ),
    "bus": (
        "To whom it may concern,\n\n{opening}The council's plan to withdraw the number 42 bus "
        "will leave the villages of the upper valley without any public transport on "
        "weekdays. Many of us do not drive, and the bus is how we get to work, to the doctor "
        "and to the shops. {extra}We ask the council to keep the subsidy for the 42 for at "
        "least another year while alternatives are found.\n\nThank you,\n{name}\n{address}"
    ),
}
OWN_WORDS = [
    (
        "library",
        "Hello, my kids love Hillside Library and I heard it might shut. That would be "
        "awful, where else would they go after school? The librarians are brilliant and "
        "the reading challenge got my son reading again. Please think again.\nMaria",
    ),
    (
        "library",
        "Dear Sir, I read in the paper that Hillside Library is to close. I have used it "
        "for forty years. I do not have a computer at home and I go there to print my "
        "forms and read the paper. What am I supposed to do now?\nBill Turner",
    ),
    (
        "planning",
        "Dear Planning, the new houses on Mill Lane: I am not against new homes but the "
        "road cannot cope. Last week a lorry got stuck by the school for an hour. Who "
        "is going to fix the junction before 140 more families arrive?\nSunita",
    ),
    (
        "planning",
        "I want to support the Mill Lane housing application. My children cannot afford "
        "to live in the town they grew up in and we need more homes, especially "
        "affordable ones. Please approve it with conditions on the junction.\nK. Osei",
    ),
    (
        "bus",
        "Dear Council, if the 42 bus goes I will lose my job at the care home because there "
        "is no other way to get there for a 7am shift. Please do not cut it. I have worked "
        "there for eleven years and the residents depend on us.\nJanet Price",
    ),
    (
        "bus",
        "Hi, is it true the 42 is being cut? My mum is 82 and it is the only way she gets "
        "to the surgery in town. A taxi costs £18 each way. Can the council not find the "
        "money somewhere else?\nRob",
    ),
]
SENDERS = [
    ("Priya Shah", "14 Elm Road, Hillside HS2 4QT"),
    ("George Whitfield", "george.w@example.com"),
    ("Maria Costa", "07700 900411"),
    ("Tom Reid", "3 The Crescent, Hillside HS1 7PA"),
    ("Aisha Khan", "aisha.khan@example.org"),
    ("Dylan Hughes", "Flat 2, 88 Station Street, HS3 1BB"),
    ("Helen Carter", "07700 900123"),
    ("Marek Nowak", "22 Church Walk, HS2 9XD"),
    ("Grace Adeyemi", "grace.a@example.net"),
    ("Owen Price", "5 Mill Lane, HS4 2RR"),
    ("Fatima Begum", "07700 900788"),
    ("Sam O'Neill", "17 Park View, HS1 3LN"),
]
OPENINGS = [
    "",
    "As a mother of two young children, ",
    "I have lived here all my life and ",
    "",
    "Like many of my neighbours, ",
]
EXTRAS = [
    "",
    "It is also one of the few warm, safe places open to everyone. ",
    "",
    "I hope you will listen to residents. ",
]


def _campaign_letters() -> list[tuple[str, str | None, str]]:
    """(id, campaign or None, text)."""
    letters = []
    for name, template in CAMPAIGNS.items():
        for i, (person, address) in enumerate(SENDERS):
            text = template.format(
                opening=OPENINGS[i % len(OPENINGS)],
                extra=EXTRAS[i % len(EXTRAS)],
                name=person,
                address=address,
            )
            if i % 4 == 3:  # a sentence left out
                sentences = text.split(". ")
                text = ". ".join(sentences[:2] + sentences[3:])
            if i % 6 == 5:
                text = text.replace("Dear Councillor", "Dear Cllr Morgan").replace(
                    "To whom it may concern", "Dear Sir or Madam"
                )
            letters.append((f"{name}-{i + 1}", name, text))
    letters += [(f"own-{i + 1}", None, text) for i, (_, text) in enumerate(OWN_WORDS)]
    letters += [(f"example-{r['id']}", None, r["text"]) for r in _letters(None)]
    return letters


def measure_campaigns() -> dict:
    threshold = get_intake_settings().campaign_similarity
    letters = _campaign_letters()
    redactor = build_redactor()
    redacted = [redactor.redact(Letter(id=i, text=t)).redacted_text for i, _, t in letters]
    started = time.perf_counter()
    groups = group([fingerprint(t) for t in redacted], threshold)
    seconds = time.perf_counter() - started
    truth = [c for _, c, _ in letters]
    tp = fp = fn = 0
    for a, b in combinations(range(len(letters)), 2):
        same_truth = truth[a] is not None and truth[a] == truth[b]
        same_found = groups[a] is not None and groups[a] == groups[b]
        tp += same_truth and same_found
        fp += same_found and not same_truth
        fn += same_truth and not same_found
    found = {}
    for name in CAMPAIGNS:
        members = [g for g, t in zip(groups, truth) if t == name]
        biggest = Counter(g for g in members if g is not None).most_common(1)
        number, size = biggest[0] if biggest else (None, 0)
        intruders = sum(
            1 for g, t in zip(groups, truth) if number is not None and g == number and t != name
        )
        found[name] = {
            "members": len(members),
            "in_its_campaign": size,
            "others_pulled_in": intruders,
        }
    return {
        "letters": len(letters),
        "campaign_letters": sum(t is not None for t in truth),
        "threshold": threshold,
        "campaigns_found": len({g for g in groups if g}),
        "pairwise_precision": _r(tp / (tp + fp)) if tp + fp else None,
        "pairwise_recall": _r(tp / (tp + fn)) if tp + fn else None,
        "by_campaign": found,
        "non_campaign_letters_grouped": sum(
            1 for g, t in zip(groups, truth) if g is not None and t is None
        ),
        "grouping_ms": _r(1000 * seconds, 1),
    }


def measure_index_update() -> dict:
    settings = get_settings()
    embedder = build_embedder(settings)
    docs = load_guidance(settings.demo_guidance)
    embedder.encode(["warm up"], normalize=True)  # model loaded outside the timings
    out: dict = {"pages": len(docs)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        index, report = build(docs, embedder, folder)
        index.save(folder)
        out["full_build"] = _report(report, len(index.passages))

        index, report = update_index(folder, docs, embedder)
        index.save(folder)
        out["update_nothing_changed"] = _report(report, len(index.passages))

        edited = list(docs)
        edited[0] = edited[0].model_copy(
            update={
                "body": edited[0].body + "\n\nFrom April the service also accepts applications "
                "by telephone."
            }
        )
        index, report = update_index(folder, edited, embedder)
        index.save(folder)
        out["update_one_page_edited"] = _report(report, len(index.passages))

        churn = list(edited)
        churn[1] = churn[1].model_copy(update={"body": churn[1].body.replace(".", ";", 3)})
        added = churn[2].model_copy(
            update={"id": "/new-page", "title": "A new page", "url": "https://www.gov.uk/new-page"}
        )
        churn = [*churn[:-1], added]  # the last page removed, a new one added
        index, report = update_index(folder, churn, embedder)
        index.save(folder)
        out["update_edit_add_remove"] = _report(report, len(index.passages))
        out["manifest_version"] = json.loads((folder / "manifest.json").read_text())["version"]
    for key, value in out.items():
        print(f"index {key}: {value}", file=sys.stderr)
    return out


def _report(report, passages: int) -> dict:
    return {
        "seconds": _r(report.seconds, 2),
        "passages": passages,
        "embedded": report.embedded,
        "reused": report.reused,
        "added": len(report.added),
        "replaced": len(report.replaced),
        "removed": len(report.removed),
        "version": report.version,
    }


def _r(value: float, digits: int = 4) -> float:
    return round(float(value), digits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--limit", type=int, default=None, help="OCR: first N letters only")
    parser.add_argument(
        "--skip", default="", help="comma-separated: ocr, language, campaigns, index"
    )
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    results: dict = {}
    if "language" not in skip:
        results["language"] = measure_language()
    if "campaigns" not in skip:
        results["campaigns"] = measure_campaigns()
    if "index" not in skip:
        results["index_update"] = measure_index_update()
    if "ocr" not in skip:
        results["ocr"] = measure_ocr(args.limit)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
