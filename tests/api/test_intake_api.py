"""Intake through the review API, real pipeline and database (SQLite and PostgreSQL): uploads
of each format and a scan, the files kept as received (caseworkers only, audited), Welsh and
other languages, campaigns decided once, repeated contact, guidance changed since."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from contracts.models import Letter
from evaluation.mailroom_files import docx_bytes, eml_bytes, html_bytes, pdf_bytes, rtf_bytes
from evaluation.scans import render_scan
from triage.intake import route_by_language
from triage.teams import Team, Teams

LETTER = (
    "Dear Sir or Madam,\n\nMy Universal Credit payment has not arrived this month and I "
    "do not know why. My name is Peter Holloway and my email is p.holloway@example.com.\n\n"
    "Yours faithfully,\nPeter Holloway"
)
CAMPAIGN = (
    "Dear Councillor,\n\nI am writing to object to the proposed closure of Hillside "
    "Library. The library is a lifeline for our community: children come to the homework "
    "club after school, older residents use the computers to manage their pensions and "
    "benefits, and job seekers rely on the free internet to look for work. Please keep "
    "Hillside Library open.\n\nYours sincerely,\n{name}\n{address}"
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(api, name, data, media="application/octet-stream", role="caseworker", **headers):
    return api.client.post(
        "/api/cases/upload",
        files={"file": (name, data, media)},
        headers={**api.headers(role), **headers},
    )


@pytest.mark.parametrize(
    "name, data, channel",
    [
        ("letter.pdf", pdf_bytes([(None, LETTER)]), "pdf"),
        ("letter.docx", docx_bytes([(0, p) for p in LETTER.split("\n\n")]), "docx"),
        ("letter.html", html_bytes("Letter", [(0, p, None) for p in LETTER.split("\n\n")]), "html"),
        ("letter.rtf", rtf_bytes(LETTER), "rtf"),
    ],
)
def test_each_format_is_read_redacted_and_stored(api, name, data, channel):
    response = upload(api, name, data)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["channel"] == channel
    assert "Holloway" not in case["redacted_text"] and "Universal Credit" in case["redacted_text"]
    intake = api.client.get(f"/api/cases/{case['id']}/intake", headers=api.headers("auditor"))
    assert intake.status_code == 200
    body = intake.json()
    assert body["parts"][0]["kind"] == channel and body["language"]["code"] == "en"
    assert body["files"] == [
        {"n": 0, "content_type": "application/octet-stream", "size": len(data)}
    ]


def test_email_attachments_and_a_scan_end_to_end(api_factory, database_url):
    api = api_factory(database_url)
    scan = render_scan(
        "Dear Sir,\n\nI was refused a Blue Badge for my father, who cannot walk "
        "more than a few steps. Please review the decision.\n\nYours faithfully,"
        "\nMartha Quigley",
        "PNG",
        seed=5,
    )
    mail = eml_bytes(
        "Please see the two attachments.\n\nKind regards,\nMartha Quigley",
        [
            ("Quigley statement.docx", DOCX, docx_bytes([(0, "My father is Albert Quigley.")])),
            ("scan.png", "image/png", scan),
        ],
        subject="Blue Badge refusal",
    )
    response = upload(api, "mail.eml", mail, "message/rfc822")
    assert response.status_code == 201, response.text
    case = response.json()
    assert "Quigley" not in case["redacted_text"] and "Blue Badge" in case["redacted_text"]
    assert "--- Attachment 1: <PERSON_" in case["redacted_text"]  # the file name too
    body = api.client.get(
        f"/api/cases/{case['id']}/intake", headers=api.headers("caseworker")
    ).json()
    assert [p["kind"] for p in body["parts"]] == ["email", "docx", "image"]
    assert body["parts"][1]["name"].startswith("<PERSON_") and body["ocr_confidence"] >= 75
    assert body["parts"][2]["ocr_pages"] == 1 and not body["low_ocr_confidence"]
    assert [f["n"] for f in body["files"]] == [0, 1, 2]
    # the scan as received: caseworkers and admins only, each read audited
    assert (
        api.client.get(
            f"/api/cases/{case['id']}/files/2", headers=api.headers("auditor")
        ).status_code
        == 403
    )
    got = api.client.get(f"/api/cases/{case['id']}/files/2", headers=api.headers("caseworker"))
    assert got.status_code == 200 and got.content == scan
    assert got.headers["x-content-type"] == "image/png"
    assert got.headers["content-type"] == "application/octet-stream"
    trail = api.client.get(
        "/api/audit",
        params={"case_id": case["id"], "action": "file.viewed"},
        headers=api.headers("auditor"),
    ).json()["items"]
    assert len(trail) == 1 and "Quigley" not in json.dumps(trail)
    submitted = api.client.get(
        "/api/audit",
        params={"case_id": case["id"], "action": "case.submitted"},
        headers=api.headers("auditor"),
    ).json()["items"][0]
    assert submitted["payload"]["provenance"]["intake"]["kinds"] == ["docx", "email", "image"]
    assert "Quigley" not in json.dumps(submitted)


def test_a_poor_scan_is_flagged_for_a_person(api):
    poor = render_scan(
        "Dear Sir,\n\nMy housing benefit has stopped and I do not know why. "
        "Please help me.\n\nRegards,\nTom Baker",
        "PNG",
        seed=11,
        noise=0.06,
        blur=1.3,
        contrast=110,
        skew_degrees=2.0,
    )
    response = upload(api, "poor.png", poor, "image/png")
    if response.status_code == 422:  # nothing legible at all: refused with a message instead
        assert response.json()["error"] == "empty" and "scan" in response.json()["detail"]
        return
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["channel"] == "scan" and case["needs_human_triage"]
    assert ("scan", "low_ocr_confidence") in {(f["kind"], f["category"]) for f in case["flags"]}


def test_welsh_and_polish_letters(api):
    welsh = api.submit(
        "Annwyl Syr,\n\nRwy'n ysgrifennu ynglŷn â fy nhaliad Credyd Cynhwysol. "
        "Nid yw wedi cyrraedd y mis hwn ac nid oes gennyf arian ar gyfer y rhent. "
        "Hoffwn gael ateb yn Gymraeg.\n\nYn gywir,\nSiân Bowen"
    ).json()
    assert ("language", "reply_in_welsh") in {(f["kind"], f["category"]) for f in welsh["flags"]}
    assert welsh["needs_human_triage"] and welsh["reply"]["text"].startswith("Helo,")
    assert "Siân" not in welsh["redacted_text"]
    intake = api.client.get(
        f"/api/cases/{welsh['id']}/intake", headers=api.headers("caseworker")
    ).json()
    assert intake["language"]["code"] == "cy" and "Welsh" in intake["redaction_notes"][0]
    polish = api.submit(
        "Szanowni Państwo, piszę w sprawie mojego zasiłku, który nie został "
        "wypłacony w tym miesiącu. Proszę o pilny kontakt."
    ).json()
    assert ("language", "needs_translation") in {
        (f["kind"], f["category"]) for f in polish["flags"]
    }


def test_welsh_letters_go_to_the_team_for_welsh_correspondence(api_pipeline):
    """With a team configured for Welsh (``languages: [cy]``) a Welsh letter is routed there,
    the assistant's own candidates kept behind it; without one it is only flagged."""
    result = next(
        iter(
            api_pipeline.run(
                [
                    Letter(
                        id="cy",
                        text=(
                            "Annwyl Syr, rwy'n ysgrifennu ynglŷn â fy nhaliad Credyd Cynhwysol sydd heb "
                            "gyrraedd y mis hwn. Yn gywir, Dafydd"
                        ),
                    )
                ]
            )
        )
    )
    assert result.language.code == "cy" and result.team != "welsh_language_unit"
    routing = api_pipeline.router.route_many(
        api_pipeline.embedder.encode_long([result.redacted_text]), [list(result.guidance)]
    )[0]
    teams = Teams(
        [
            *api_pipeline.router.teams,
            Team(name="welsh_language_unit", description="Gohebiaeth Gymraeg", languages=("cy",)),
        ]
    )
    routed = route_by_language(routing, result.language, teams)
    assert routed.team == "welsh_language_unit" and not routed.abstained
    assert [c.team for c in routed.candidates][0] == "welsh_language_unit"
    assert [c.team for c in routed.candidates][1:] == [c.team for c in routing.candidates][:2]
    assert route_by_language(routing, result.language, api_pipeline.router.teams) == routing


def test_a_campaign_is_grouped_and_decided_once(api_factory, database_url):
    api = api_factory(database_url)
    senders = [
        ("Priya Shah", "3 Elm Grove, Hillside HS1 2AB"),
        ("George Whitfield", "27 Station Road, Hillside HS1 4CD"),
        ("Maria Costa", "8 Church Street, Hillside HS2 1EF"),
    ]
    ids = [api.submit(CAMPAIGN.format(name=n, address=a)).json()["id"] for n, a in senders]
    other = api.submit(LETTER).json()["id"]
    listed = api.client.get("/api/campaigns", headers=api.headers("auditor")).json()["items"]
    assert len(listed) == 1 and listed[0]["size"] == 3 and listed[0]["open"] == 3
    campaign_id = listed[0]["id"]
    for case_id in ids:
        intake = api.client.get(
            f"/api/cases/{case_id}/intake", headers=api.headers("caseworker")
        ).json()
        assert intake["campaign"] == {"id": campaign_id, "size": 3}
    assert (
        api.client.get(f"/api/cases/{other}/intake", headers=api.headers("caseworker")).json()[
            "campaign"
        ]
        is None
    )
    url = f"/api/campaigns/{campaign_id}/decisions"
    body = {
        "action": "reroute",
        "team": "courts_and_justice",
        "reason_code": "wrong_team",
        "size": 3,
        "note": "Library consultation responses go to the consultation team.",
    }
    assert api.client.post(url, json=body, headers=api.headers("auditor")).status_code == 403
    stale = api.client.post(url, json={**body, "size": 2}, headers=api.headers("caseworker"))
    assert stale.status_code == 409 and stale.json()["error"] == "campaign_changed"
    missing = api.client.post(
        url, json={**body, "reason_code": None}, headers=api.headers("caseworker")
    )
    assert missing.status_code == 422 and missing.json()["error"] == "reason_required"
    done = api.client.post(url, json=body, headers=api.headers("caseworker"))
    assert done.status_code == 201, done.text
    assert sorted(done.json()["applied"]) == sorted(ids) and done.json()["skipped"] == []
    for case_id in ids:
        case = api.client.get(f"/api/cases/{case_id}", headers=api.headers("caseworker")).json()
        assert case["status"] == "rerouted" and case["team"] == "courts_and_justice"
    records = api.client.get(
        "/api/audit", params={"action": "campaign.decided"}, headers=api.headers("auditor")
    ).json()["items"]
    assert len(records) == 1 and sorted(records[0]["payload"]["applied"]) == sorted(ids)
    again = api.client.post(url, json=body, headers=api.headers("caseworker"))
    assert again.status_code == 409 and again.json()["error"] == "nothing_to_decide"
    assert api.client.get("/api/audit/verify", headers=api.headers("auditor")).json()["ok"]


def test_a_campaign_letter_with_a_safeguarding_flag_is_left_for_its_own_decision(api):
    ids = [
        api.submit(CAMPAIGN.format(name=n, address="1 High Street, Hillside HS1 1AA")).json()["id"]
        for n in ("Ann Lee", "Bob Marsh")
    ]
    flagged = api.submit(
        CAMPAIGN.format(name="Cara Dunn", address="2 High Street")
        + "\n\nPS I feel suicidal since my library job went."
    ).json()
    assert flagged["priority"] == "urgent"
    campaign = api.client.get("/api/campaigns", headers=api.headers("caseworker")).json()["items"][
        0
    ]
    assert campaign["size"] == 3
    done = api.client.post(
        f"/api/campaigns/{campaign['id']}/decisions",
        json={
            "action": "reroute",
            "team": "courts_and_justice",
            "reason_code": "wrong_team",
            "size": 3,
        },
        headers=api.headers("caseworker"),
    ).json()
    assert sorted(done["applied"]) == sorted(ids)
    assert done["skipped"] == [
        {"case_id": flagged["id"], "reason": "safeguarding flag: decide it on its own"}
    ]


def test_repeated_contact_is_linked_by_keyed_hash(api_factory, database_url):
    from api.store.mailroom import ContactKey

    api = api_factory(database_url)
    first = api.submit(
        "My Council Tax bill is wrong. You can reach me on 07700 900777 or "
        "ruth.evans@example.com. Ruth Evans"
    ).json()["id"]
    second = api.submit(
        "I wrote last month about my Council Tax and nobody replied. My number "
        "is +44 7700 900777. Regards, R Evans"
    ).json()["id"]
    third = api.submit("A different person about parking, call 07700 900111.").json()["id"]
    intake = api.client.get(f"/api/cases/{second}/intake", headers=api.headers("caseworker"))
    assert [c["id"] for c in intake.json()["earlier_cases"]] == [first]
    assert (
        api.client.get(f"/api/cases/{third}/intake", headers=api.headers("caseworker")).json()[
            "earlier_cases"
        ]
        == []
    )
    with api.services.db.read() as session:
        keys = session.execute(select(ContactKey.key)).scalars().all()
    assert keys and not any("07700" in k or "example" in k for k in keys)


def test_guidance_changed_since_the_suggestion(api, tmp_path):
    case = api.submit(LETTER).json()
    cited = (case["reply"]["citations"] or case["guidance"])[0]["guidance_id"]
    index_dir = tmp_path / "index-view"
    index_dir.mkdir()
    made_with = case["provenance"]["index"]["version"] or 1
    with api.services.db.write() as session:  # the suggestion was made with version 1
        from api.store.models import Case

        row = session.get(Case, case["id"])
        row.provenance = {
            **row.provenance,
            "index": {**row.provenance["index"], "version": made_with},
        }
    (index_dir / "manifest.json").write_text(
        json.dumps(
            {
                "version": made_with + 1,
                "documents": {cited: {"version": made_with + 1, "sha256": "x"}},
            }
        )
    )
    api.services.index_dir = index_dir
    changes = api.client.get(
        f"/api/cases/{case['id']}/intake", headers=api.headers("caseworker")
    ).json()["guidance_changes"]
    assert [(c["guidance_id"], c["change"], c["version"]) for c in changes] == [
        (cited, "changed", made_with + 1)
    ]
    # the review app warns on the case page (open cases only)
    signed_in = api.client.post(
        "/login", data={"token": api.tokens["caseworker"], "next": f"/cases/{case['id']}"}
    )
    assert signed_in.status_code == 200, signed_in.text
    assert 'id="guidance-changed"' in signed_in.text
    assert f"changed in version {made_with + 1}" in signed_in.text


@pytest.mark.parametrize(
    "name, data, status, code",
    [
        ("x.pdf", b"%PDF-1.4 not really", 422, "unreadable"),
        ("x.docx", b"PK\x03\x04 not a zip", 422, "unreadable"),
        ("x.png", b"\x89PNG\r\n\x1a\n\x00\x00", 422, "unreadable"),
        ("x.doc", b"\xd0\xcf\x11\xe0", 415, "unsupported_type"),
        ("blank.pdf", pdf_bytes([(None, " ")]), 422, "empty"),
        (
            "many.eml",
            eml_bytes("hi", [(f"a{i}.txt", "text/plain", b"words") for i in range(25)]),
            422,
            "too_many_attachments",
        ),
    ],
)
def test_bad_documents_are_4xx_and_store_nothing(api, name, data, status, code):
    from api.store.models import Case

    response = upload(api, name, data)
    assert response.status_code == status and response.json()["error"] == code
    assert response.json()["detail"]
    with api.services.db.read() as session:
        assert session.execute(select(Case)).first() is None


def test_the_demo_loads_the_mailroom_examples_once(api, tmp_path):
    """`make run` (casework serve --demo) shows a scanned letter, a Welsh letter and a campaign
    among the examples: the mailroom folder is loaded as uploads, once."""
    from api.cli import load_demo

    mailroom = Path(__file__).resolve().parents[2] / "data" / "examples" / "mailroom"
    empty = tmp_path / "letters.jsonl"
    empty.write_text("", encoding="utf-8")
    files = sorted(p.name for p in mailroom.iterdir() if p.is_file())
    _, created = load_demo(api.services, empty, mailroom=mailroom)
    assert created == len(files)
    assert load_demo(api.services, empty, mailroom=mailroom)[1] == 0  # idempotent
    listed = api.client.get(
        "/api/cases", params={"page_size": 100}, headers=api.headers("caseworker")
    ).json()["items"]
    intakes = [
        api.client.get(f"/api/cases/{c['id']}/intake", headers=api.headers("caseworker")).json()
        for c in listed
    ]
    assert "scan" in {i["channel"] for i in intakes}
    assert [i["ocr_confidence"] for i in intakes if i["channel"] == "scan"][0] > 75
    assert {"cy", "pl"} <= {(i["language"] or {}).get("code") for i in intakes}
    assert {"eml", "rtf", "html", "txt"} <= {i["channel"] for i in intakes}
    campaigns = api.client.get("/api/campaigns", headers=api.headers("caseworker")).json()
    assert [c["size"] for c in campaigns["items"]] == [4]
