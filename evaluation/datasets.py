"""The shared public evaluation sets, turned into `casework evaluate` case files with fixed splits.

Each loader returns rows ``{"id", "text", "team", ...}`` (plus ``guidance_ids`` and slice columns
where the set has them); :func:`prepare` writes them as JSONL with a ``datasets.json`` manifest
(row counts, class counts, sha256 of every source and output file, and the split rules below).

BANKING77 (CC-BY-4.0, PolyAI)
    The published split: ``train.csv`` (10,003) -> train, ``test.csv`` (3,080) -> test; the 77
    intents are the "teams". Ids ``b77-train-00001`` / ``b77-test-0001`` (row order).

CFPB payday / personal loan complaints by ``Issue`` (US federal publication)
    1,998 complaints, narrative already masked with XXXX. Issues with fewer than
    ``CFPB_MIN_CLASS`` (10) complaints - "Credit monitoring or identity theft protection services"
    (8), "Unable to get your credit report or credit score" (3), "Property was damaged or destroyed
    property" (1) - are MERGED into one class ``Other`` (12 complaints) rather than dropped, so
    every complaint stays in the evaluation. Issue names lose apostrophes and commas to be valid
    team names (:func:`team_name`). Split: rows sorted by Complaint ID, then
    ``sklearn.model_selection.train_test_split(test_size=0.2, stratify=issue, random_state=0)``
    -> 1,598 train / 400 test. The test ids are committed in
    ``evaluation/splits/cfpb_issue_test_ids.txt`` and the loader checks it reproduces them (and
    uses the committed list if a future scikit-learn ever splits differently). Slice columns:
    ``sub_product`` (Installment loan, Payday loan, ...). Ids ``cfpb-<Complaint ID>``.

GOV.UK snippets (1,293 machine-written paraphrases of the 157 real pages; report as SYNTHETIC
queries over a real corpus)
    * -> page: ``guidance_ids = [page_id]`` for retrieval recall@k and MRR against an index of
      ``govuk/pages.jsonl``.
    * -> organisation/team: ``team`` is the demo team (``data/teams.yaml``) that OWNS the
      snippet's page by the product's own ownership rules (:meth:`triage.teams.Teams.owner_of`:
      guidance id, then browse topic, then lead organisation). Evaluated ZERO-SHOT - the router
      routes by who owns the guidance it retrieves, no labelled cases - which is how the product
      starts in a new contact centre. The 15 snippets of the 3 pages no demo team owns (MHRA,
      DCMS, Cabinet Office) are left out of the routing file. Slice columns: ``organisation``
      (lead organisation) and ``topic`` (first browse topic). Ids ``snip-0001`` (file order).
    * A supervised variant, ``govuk_org_train`` / ``govuk_org_test``: the routing rows split in
      two by PAGE (``StratifiedGroupKFold(n_splits=2, shuffle=True, random_state=0)``, first
      fold = test), so the router is tested on snippets of pages it never saw in training.

UK synthetic personal data (SYNTHETIC)
    ``pii_uk_synthetic.jsonl``: ``UK_PII_ROWS`` (1,000) letters from
    :func:`evaluation.synthetic.uk_pii.generate_uk_pii_set` with seed 0, for `evaluate-redaction`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from contracts.models import GuidanceHit
from contracts.settings import DEMO_DATA, PROJECT_ROOT
from evaluation.synthetic.uk_layouts import FAMILIES, generate_uk_layout_set, organisation_contacts
from evaluation.synthetic.uk_pii import ORGANISATION_ADDRESSES
from triage.teams import load_teams

SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
SPLITS_DIR = Path(__file__).resolve().parent / "splits"
CFPB_TEST_IDS = SPLITS_DIR / "cfpb_issue_test_ids.txt"
SEED = 0
CFPB_MIN_CLASS = 10
CFPB_TEST_SIZE = 0.2
OTHER = "Other"
UK_PII_ROWS = 1000


class DatasetMissing(FileNotFoundError):
    pass


def sha256_file(path: Path | str, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _need(path: Path) -> Path:
    if not path.is_file():
        raise DatasetMissing(f"{path}: not found (the shared data sets live in ../shared/data)")
    return path


def _read_csv(path: Path) -> list[dict]:
    with open(_need(path), newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# --- BANKING77 -------------------------------------------------------------------------------


def banking77(shared: Path = SHARED_DATA) -> dict[str, list[dict]]:
    out = {}
    for split in ("train", "test"):
        rows = _read_csv(shared / "banking77" / f"{split}.csv")
        width = len(str(len(rows)))
        out[split] = [
            {
                "id": f"b77-{split}-{i:0{width}d}",
                "text": row["text"].strip(),
                "team": row["category"].strip(),
            }
            for i, row in enumerate(rows, start=1)
            if row["text"].strip()
        ]
    return out


# --- CFPB ------------------------------------------------------------------------------------


def team_name(label: str) -> str:
    """A label made safe as a team name (letters, digits, spaces and _ . : - only).

    CFPB issues carry apostrophes and commas ("Can't contact lender or servicer"); they are
    dropped ("Cant contact lender or servicer") so `--teams-from-labels` accepts them.
    """
    kept = "".join(ch for ch in label if ch.isalnum() or ch in " _.:-")
    return " ".join(kept.split()).lstrip("_.:- ") or "unlabelled"


def cfpb_rows(shared: Path = SHARED_DATA, min_class: int = CFPB_MIN_CLASS) -> list[dict]:
    """All complaints with a narrative, Issue classes under ``min_class`` merged into Other."""
    raw = [
        r
        for r in _read_csv(shared / "cfpb" / "payday_complaints.csv")
        if (r.get("Consumer complaint narrative") or "").strip()
    ]
    counts = Counter(r["Issue"].strip() for r in raw)
    rows = []
    for r in sorted(raw, key=lambda r: int(r["Complaint ID"])):
        issue = r["Issue"].strip()
        rows.append(
            {
                "id": f"cfpb-{r['Complaint ID']}",
                "text": r["Consumer complaint narrative"].strip(),
                "team": team_name(issue) if counts[issue] >= min_class else OTHER,
                "sub_product": (r.get("Sub-product") or "").strip() or "unknown",
            }
        )
    return rows


def cfpb_issue(
    shared: Path = SHARED_DATA, *, seed: int = SEED, test_size: float = CFPB_TEST_SIZE
) -> dict[str, list[dict]]:
    """The fixed stratified 80/20 split (see the module notes)."""
    from sklearn.model_selection import train_test_split

    rows = cfpb_rows(shared)
    ids = [r["id"] for r in rows]
    _, test_ids = train_test_split(
        ids, test_size=test_size, stratify=[r["team"] for r in rows], random_state=seed
    )
    test = set(test_ids)
    if CFPB_TEST_IDS.is_file() and seed == SEED and test_size == CFPB_TEST_SIZE:
        committed = {
            line.strip()
            for line in CFPB_TEST_IDS.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        }
        if committed != test:
            warnings.warn(
                "this scikit-learn splits CFPB differently from the committed split; "
                "using the committed test ids",
                stacklevel=2,
            )
            test = committed
    return {
        "train": [r for r in rows if r["id"] not in test],
        "test": [r for r in rows if r["id"] in test],
    }


# --- GOV.UK snippets -------------------------------------------------------------------------


def govuk_snippets(shared: Path = SHARED_DATA, teams_file: Path | None = None) -> dict:
    """Snippet rows with the owning team and the page as relevant guidance."""
    teams = load_teams(teams_file or DEMO_DATA / "teams.yaml")
    path = _need(shared / "govuk" / "snippets_dev.jsonl")
    rows, unowned = [], Counter()
    with open(path, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    width = len(str(len(lines)))
    for i, snippet in enumerate(lines, start=1):
        orgs, topics = tuple(snippet.get("organisations") or ()), tuple(snippet.get("topics") or ())
        owner = teams.owner_of(
            GuidanceHit(
                guidance_id=snippet["page_id"],
                title="",
                url="",
                heading="",
                passage="",
                score=0.0,
                organisations=orgs,
                topics=topics,
            )
        )
        if owner is None:
            unowned[snippet["page_id"]] += 1
            continue
        rows.append(
            {
                "id": f"snip-{i:0{width}d}",
                "text": snippet["text"].strip(),
                "team": owner,
                "guidance_ids": [snippet["page_id"]],
                "organisation": orgs[0] if orgs else "none",
                "topic": topics[0] if topics else "none",
            }
        )
    return {"all": rows, "unowned": dict(unowned)}


def govuk_org_split(rows: Sequence[dict], *, seed: int = SEED) -> dict[str, list[dict]]:
    """Split routing rows in two by page, stratified by team (see the module notes)."""
    from sklearn.model_selection import StratifiedGroupKFold

    splitter = StratifiedGroupKFold(n_splits=2, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        _, test_idx = next(
            splitter.split(
                list(range(len(rows))),
                [r["team"] for r in rows],
                groups=[r["guidance_ids"][0] for r in rows],
            )
        )
    test = {int(i) for i in test_idx}
    return {
        "train": [r for i, r in enumerate(rows) if i not in test],
        "test": [r for i, r in enumerate(rows) if i in test],
    }


# --- writing ---------------------------------------------------------------------------------


def write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def prepare(out_dir: Path | str, shared: Path = SHARED_DATA) -> dict:
    """Write every case file under OUT_DIR and a ``datasets.json`` manifest; returns it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[dict]] = {}
    notes: dict[str, str] = {}
    sources: dict[str, list[Path]] = {}

    b77 = banking77(shared)
    files["banking77_train"], files["banking77_test"] = b77["train"], b77["test"]
    sources["banking77"] = [shared / "banking77" / "train.csv", shared / "banking77" / "test.csv"]
    notes["banking77"] = "published train/test split; 77 intents as teams"

    cfpb = cfpb_issue(shared)
    files["cfpb_issue_train"], files["cfpb_issue_test"] = cfpb["train"], cfpb["test"]
    sources["cfpb_issue"] = [shared / "cfpb" / "payday_complaints.csv"]
    notes["cfpb_issue"] = (
        f"Issue as team; issues with < {CFPB_MIN_CLASS} complaints merged into "
        f"'{OTHER}'; stratified {1 - CFPB_TEST_SIZE:.0%}/{CFPB_TEST_SIZE:.0%} "
        f"split, seed {SEED}"
    )

    snippets = govuk_snippets(shared)
    files["govuk_snippets"] = snippets["all"]
    split = govuk_org_split(snippets["all"])
    files["govuk_org_train"], files["govuk_org_test"] = split["train"], split["test"]
    sources["govuk"] = [shared / "govuk" / "snippets_dev.jsonl", shared / "govuk" / "pages.jsonl"]
    notes["govuk"] = (
        "SYNTHETIC queries (machine-written paraphrases) over the real GOV.UK pages; "
        "team = owner of the page under data/teams.yaml; "
        f"{sum(snippets['unowned'].values())} snippets of pages no team owns left out "
        f"({', '.join(sorted(snippets['unowned']))}); govuk_org_* split by page, "
        f"seed {SEED}"
    )

    manifest: dict = {"seed": SEED, "notes": notes, "sources": {}, "files": {}}
    try:
        from evaluation.synthetic.uk_pii import generate_uk_pii_set
    except ImportError:  # pragma: no cover - the generator ships with the redaction stage
        generate_uk_pii_set = None
    if generate_uk_pii_set is not None:
        pii_rows = generate_uk_pii_set(UK_PII_ROWS, seed=SEED)
        path = out_dir / "pii_uk_synthetic.jsonl"
        write_jsonl(path, pii_rows)
        manifest["files"]["pii_uk_synthetic"] = {
            "path": str(path),
            "rows": len(pii_rows),
            "sha256": sha256_file(path),
            "spans": sum(len(r["spans"]) for r in pii_rows),
            "span_types": dict(
                Counter(s["type"] for r in pii_rows for s in r["spans"]).most_common()
            ),
        }
        notes["pii_uk_synthetic"] = (
            f"SYNTHETIC: {UK_PII_ROWS} letters from "
            f"evaluation.synthetic.uk_pii.generate_uk_pii_set(seed={SEED})"
        )
        write_pii_layout_sets(out_dir, manifest, notes)
    for name, paths in sources.items():
        manifest["sources"][name] = {str(p): sha256_file(p) for p in paths if p.is_file()}
    for name, rows in files.items():
        path = out_dir / f"{name}.jsonl"
        write_jsonl(path, rows)
        manifest["files"][name] = {
            "path": str(path),
            "rows": len(rows),
            "sha256": sha256_file(path),
            "classes": len({r["team"] for r in rows}),
            "class_counts": dict(Counter(r["team"] for r in rows).most_common()),
        }
    (out_dir / "datasets.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def write_pii_layout_sets(out_dir: Path, manifest: dict, notes: dict) -> None:
    """The UK layout sets (one file a family) and the allow-lists of the organisations' own
    addresses each UK set sends letters to (``--allow-list`` of `evaluate-redaction`)."""
    for family in FAMILIES:
        rows = generate_uk_layout_set(UK_PII_ROWS, seed=SEED, family=family)
        path = out_dir / f"pii_uk_layouts_{family}.jsonl"
        write_jsonl(path, rows)
        manifest["files"][f"pii_uk_layouts_{family}"] = {
            "path": str(path),
            "rows": len(rows),
            "sha256": sha256_file(path),
            "spans": sum(len(r["spans"]) for r in rows),
            "span_types": dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()),
        }
        notes[f"pii_uk_layouts_{family}"] = (
            f"SYNTHETIC: {UK_PII_ROWS} letters from evaluation.synthetic.uk_layouts."
            f"generate_uk_layout_set(seed={SEED}, family={family!r}): hand-written layouts and "
            "value tables independent of the recognisers"
        )
    for name, phrases in (
        ("allow_list_uk_synthetic.txt", ORGANISATION_ADDRESSES),
        ("allow_list_uk_layouts.txt", organisation_contacts()),
    ):
        (out_dir / name).write_text("".join(f"{p}\n" for p in phrases), encoding="utf-8")


def write_cfpb_split_ids(shared: Path = SHARED_DATA) -> Path:
    """(Maintainers) regenerate the committed CFPB test id list."""
    from sklearn.model_selection import train_test_split

    rows = cfpb_rows(shared)
    _, test_ids = train_test_split(
        [r["id"] for r in rows],
        test_size=CFPB_TEST_SIZE,
        stratify=[r["team"] for r in rows],
        random_state=SEED,
    )
    SPLITS_DIR.mkdir(parents=True, exist_ok=True)
    header = (
        f"# CFPB payday complaints by Issue: test ids of the fixed split (stratified, "
        f"test_size={CFPB_TEST_SIZE}, random_state={SEED}, rows sorted by Complaint ID, "
        f"issues < {CFPB_MIN_CLASS} merged into '{OTHER}'); see evaluation/datasets.py\n"
    )
    CFPB_TEST_IDS.write_text(header + "".join(f"{i}\n" for i in sorted(test_ids)))
    return CFPB_TEST_IDS
