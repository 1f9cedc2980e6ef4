# Over 500 lines: one live server with the real pipeline serves the whole module (its start-up
# is the slow part); a second module would start a second server.
"""The review web app's journeys in a real headless Chromium (Debian chromium + chromium-driver,
Selenium) against a real server with the real pipeline: each journey checks what the STORE holds
afterwards, not only what the page says.

One server serves the whole module (each test submits its own small letters); each test gets a
fresh browser. GOV.UK Frontend and axe-core come from node_modules (make install).
"""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from browser_support import (
    choose,
    click,
    need_node_modules,
    open_page,
    radio_id,
    real_pipeline,
    sign_in,
    start_server,
    text_of,
    type_into,
    wait,
    wait_for,
)
from review_helpers import LETTER
from selenium.webdriver.common.by import By

from api.store import repository as repo

SAFEGUARDING_LETTER = (
    "My name is Mrs Jean Walker. My Universal Credit has been stopped and I "
    "have not eaten for two days. Some days I just want to end my life."
)
CONTACT_LETTER = (
    "Dear Sir or Madam, my name is Mrs Jane Smith and I live at 14 Acacia Avenue, "
    "Sheffield S10 2TN. My husband died in March and I want to ask about "
    "Bereavement Support Payment. Please can you tell me what to do."
)
USERS = {
    "cara": "caseworker",
    "bob": "caseworker",
    "connie": "contact_centre",
    "audrey": "auditor",
    "ada": "admin",
}

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web-journeys")
    reports = tmp / "reports"
    (reports / "routing-demo").mkdir(parents=True)
    (reports / "routing-demo" / "metrics.json").write_text(
        json.dumps({"title": "Routing on the demo letters", "kind": "routing", "synthetic": True})
    )
    (reports / "routing-demo" / "report.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Routing report</title></head>"
        "<body><h1>Routing report</h1></body></html>"
    )
    live = start_server(request, tmp, reports_dir=reports)
    live.tokens = {name: live.add_user(name, role) for name, role in USERS.items()}
    yield live
    live.__exit__(None, None, None)


@pytest.fixture
def driver(browser):
    need_node_modules()
    return browser


# ------------------------------------------------------------------------------- store and API
def api(server, who: str, method: str, path: str, **kwargs) -> httpx.Response:
    return httpx.request(
        method,
        server.url + path,
        timeout=120,
        headers={"Authorization": f"Bearer {server.tokens[who]}"},
        **kwargs,
    )


def submit(server, text: str, who: str = "connie") -> dict:
    response = api(server, who, "POST", "/api/cases", json={"text": text})
    assert response.status_code == 201, response.text
    return response.json()


def stored(server, case_id: str):
    """(case, [(decision, by)], last audit record) as the database holds them."""
    from sqlalchemy import select

    from api.store.models import AuditRecord, Case

    with server.services.db.read() as session:
        case = session.get(Case, case_id)
        session.expunge(case)
        decisions = repo.decisions_for(session, case_id)
        for decision, _ in decisions:
            session.expunge(decision)
        last = session.execute(
            select(AuditRecord)
            .where(AuditRecord.case_id == case_id)
            .order_by(AuditRecord.seq.desc())
            .limit(1)
        ).scalar_one()
        session.expunge(last)
    return case, decisions, last


def values_of(server, case_id: str) -> dict:
    with server.services.db.read() as session:
        return repo.get_values(session, case_id)


def open_case(driver, server, case_id: str, who: str = "cara") -> None:
    sign_in(driver, server.url, server.tokens[who], then=f"/cases/{case_id}")
    wait_for(driver, "case-status")


# ------------------------------------------------------------------------------------ caseworker
def test_accept_records_no_reason(server, driver):
    case = submit(server, LETTER)
    assert case["team"], "the plain Universal Credit letter should be routed"
    open_case(driver, server, case["id"])
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Case {case['id'][:8].upper()}"
    letter = text_of(driver, "letter")
    assert "Jane Smith" not in letter and "<PERSON_1>" in letter
    # no reason is asked for accepting, and none is chosen for the person
    form = driver.find_element(By.ID, "form-accept")
    assert not form.find_elements(By.CSS_SELECTOR, "input[name=reason_code]")
    assert not driver.find_elements(By.CSS_SELECTOR, "input[name=reason_code]:checked")
    click(driver, "btn-accept")
    wait_for(driver, "outcome")
    assert "You accepted the suggestion" in text_of(driver, "outcome")
    assert driver.switch_to.active_element.get_attribute("id") == "outcome"  # announced
    assert text_of(driver, "case-status") == "Accepted"
    saved, decisions, last = stored(server, case["id"])
    assert saved.status == "accepted" and saved.team == case["team"] and saved.version == 2
    assert [(d.action, d.reason_code, by) for d, by in decisions] == [("accept", None, "cara")]
    assert last.action == "decision.accept"
    assert "cara accepted the suggestion" in text_of(driver, "history")
    assert not driver.find_elements(By.ID, "form-reroute")  # closed: no further decisions


def test_reroute_stores_the_reason_chosen_and_the_team(server, driver):
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    from selenium.webdriver.support.ui import Select

    select = Select(driver.find_element(By.ID, "reroute-team"))
    assert select.first_selected_option.get_attribute("value") == ""  # nothing chosen for them
    target = next(o for o in select.options if o.get_attribute("value"))
    team, label = target.get_attribute("value"), target.text
    assert team != case["team"]  # the current team is not offered
    select.select_by_value(team)
    choose(driver, radio_id(driver, "reroute-reason_code", "needs_specialist"))
    type_into(driver, "reroute-note", "About a different benefit")
    click(driver, "btn-reroute")
    wait_for(driver, "outcome")
    assert text_of(driver, "case-team") == label and text_of(driver, "case-status") == "Re-routed"
    saved, decisions, _ = stored(server, case["id"])
    assert saved.team == team and saved.status == "rerouted"
    decision, by = decisions[-1]
    assert (decision.action, decision.reason_code, decision.to_team, by) == (
        "reroute",
        "needs_specialist",
        team,
        "cara",
    )
    assert decision.note == "About a different benefit"
    assert "cara re-routed the case" in text_of(driver, "history")


def test_a_reroute_without_a_reason_is_refused_and_keeps_what_was_typed(server, driver):
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    from selenium.webdriver.support.ui import Select

    select = Select(driver.find_element(By.ID, "reroute-team"))
    team = next(o.get_attribute("value") for o in select.options if o.get_attribute("value"))
    select.select_by_value(team)
    type_into(driver, "reroute-note", "Not sure why")
    click(driver, "btn-reroute")
    wait_for(driver, "error-summary")
    assert driver.title.startswith("Error: ")
    link = driver.find_element(By.CSS_SELECTOR, "#error-summary a")
    assert link.get_attribute("href").endswith("#reroute-reason_code")
    assert driver.find_element(By.ID, "reroute-reason_code-error").is_displayed()
    # what they typed and chose is still there
    assert driver.find_element(By.ID, "reroute-note").get_attribute("value") == "Not sure why"
    assert (
        Select(driver.find_element(By.ID, "reroute-team")).first_selected_option.get_attribute(
            "value"
        )
        == team
    )
    link.click()
    assert driver.switch_to.active_element.get_attribute("id") == "reroute-reason_code"
    saved, decisions, _ = stored(server, case["id"])
    assert decisions == [] and saved.version == 1 and saved.status == "open"


def test_edit_reply_previews_new_personal_data_then_stores_the_rest_as_typed(server, driver):
    if not real_pipeline(server):
        pytest.skip("needs the real redactor")
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    typed = (
        "Dear <PERSON_1>,\nYour payment is on its way. Our adviser Gareth Llewellyn-Jones "
        "will call you on 07700 900461.\n\nYours sincerely,\nThe benefits team"
    )
    type_into(driver, "edit_reply-reply_text", typed)
    click(driver, "btn-edit")
    wait_for(driver, "preview")
    table = text_of(driver, "preview-redactions")
    assert "Gareth Llewellyn-Jones" in table and "07700 900461" in table
    saved, decisions, _ = stored(server, case["id"])
    assert decisions == [] and saved.version == 1  # nothing stored before confirming
    # what they typed is kept in the form meanwhile
    assert driver.find_element(By.ID, "edit_reply-reply_text").get_attribute("value") == typed
    click(driver, "btn-confirm-redactions")
    wait_for(driver, "outcome")
    saved, decisions, _ = stored(server, case["id"])
    assert [(d.action, d.reason_code) for d, _ in decisions] == [("edit_reply", None)]
    assert "Gareth" not in saved.reply_text and "07700" not in saved.reply_text
    from redaction.placeholders import restore

    new = {
        p: v
        for p, v in values_of(server, case["id"]).items()
        if v in ("Gareth Llewellyn-Jones", "07700 900461")
    }
    assert len(new) == 2
    # apart from the newly typed personal data, the stored reply is exactly what was typed
    assert restore(saved.reply_text, new) == typed
    assert saved.reply_text.startswith("Dear <PERSON_1>,\nYour payment is on its way.")
    # the finished reply re-fills everything, and reading it is audited
    click(driver, "show-reply")
    wait_for(driver, "reply-text")
    filled = text_of(driver, "reply-text")
    assert "Dear Jane Smith," in filled and "Gareth Llewellyn-Jones" in filled
    assert driver.find_element(By.ID, "copy-reply").is_displayed()
    assert stored(server, case["id"])[2].action == "reply.revealed"


def test_escalate_stores_its_reason(server, driver):
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    choose(driver, radio_id(driver, "escalate-reason_code", "complaint"))
    click(driver, "btn-escalate")
    wait_for(driver, "outcome")
    assert text_of(driver, "case-status") == "Escalated"
    saved, decisions, _ = stored(server, case["id"])
    assert saved.status == "escalated"
    assert [(d.action, d.reason_code) for d, _ in decisions] == [("escalate", "complaint")]


def test_a_conflict_says_who_changed_what_saves_nothing_then_applies_when_ticked(server, driver):
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    choose(driver, radio_id(driver, "escalate-reason_code", "complex_case"))
    type_into(driver, "escalate-note", "Needs a senior look")
    # meanwhile bob saves a reply through the API
    r = api(
        server,
        "bob",
        "POST",
        f"/api/cases/{case['id']}/decisions",
        json={"action": "edit_reply", "version": 1, "reply_text": "Please send us the form."},
    )
    assert r.status_code == 201, r.text
    click(driver, "btn-escalate")
    wait_for(driver, "conflict")
    banner = text_of(driver, "conflict")
    assert "nothing of yours was saved" in banner
    assert text_of(driver, "conflict-by").startswith("bob (caseworker)")
    assert "edited the reply" in text_of(driver, "conflict-what").lower()
    # the store is as bob left it
    saved, decisions, _ = stored(server, case["id"])
    assert (
        saved.version == 2
        and saved.status == "open"
        and saved.reply_text == "Please send us the form."
    )
    assert [(d.action, by) for d, by in decisions] == [("edit_reply", "bob")]
    # what cara typed is kept, on the OLD version; nothing moves on without the box ticked
    form = driver.find_element(By.ID, "form-escalate")
    assert form.find_element(By.NAME, "version").get_attribute("value") == "1"
    assert form.find_element(By.NAME, "apply_to_version").get_attribute("value") == "2"
    assert (
        driver.find_element(By.ID, "escalate-note").get_attribute("value") == "Needs a senior look"
    )
    assert driver.find_element(
        By.ID, radio_id(driver, "escalate-reason_code", "complex_case")
    ).is_selected()
    assert (
        "version 2"
        in driver.find_element(By.CSS_SELECTOR, "label[for='escalate-confirm_apply']").text
    )
    click(driver, "btn-escalate")  # again, unticked: still a conflict, still nothing saved
    wait_for(driver, "conflict")
    assert stored(server, case["id"])[0].version == 2
    choose(driver, "escalate-confirm_apply")
    click(driver, "btn-escalate")
    wait_for(driver, "outcome")
    saved, decisions, _ = stored(server, case["id"])
    assert saved.status == "escalated" and saved.version == 3
    assert [(d.action, d.reason_code, by) for d, by in decisions] == [
        ("edit_reply", None, "bob"),
        ("escalate", "complex_case", "cara"),
    ]
    assert decisions[-1][0].note == "Needs a senior look"


def test_claim_release_and_take_over(server, driver):
    case = submit(server, LETTER)
    open_case(driver, server, case["id"])
    assert text_of(driver, "case-claim") == "Nobody"
    click(driver, "btn-claim")
    wait_for(driver, "btn-release")
    assert text_of(driver, "case-claim") == "You"
    assert stored(server, case["id"])[0].claimed_by is not None
    open_page(driver, f"{server.url}/queue")
    row = driver.find_element(By.CSS_SELECTOR, f"a[href='/cases/{case['id']}']").find_element(
        By.XPATH, "./ancestor::tr"
    )
    assert "You" in row.find_element(By.CSS_SELECTOR, "[data-label='Claimed by']").text
    open_page(driver, f"{server.url}/cases/{case['id']}")
    click(driver, "btn-release")
    wait_for(driver, "btn-claim")
    saved, _, last = stored(server, case["id"])
    assert saved.claimed_by is None and last.action == "case.released"
    # bob claims it while cara has the page open: her claim is refused and says why
    assert api(server, "bob", "POST", f"/api/cases/{case['id']}/claim", json={}).status_code == 200
    click(driver, "btn-claim")
    wait_for(driver, "error-summary")
    assert "This case is claimed by bob" in text_of(driver, "error-summary")
    assert "Take the case over from bob" in text_of(driver, "btn-take-over")
    click(driver, "btn-take-over")
    wait_for(driver, "btn-release")
    saved, _, last = stored(server, case["id"])
    assert last.action == "case.claimed"
    assert json.loads(last.payload)["taken_over_from"] == "bob"
    assert "taken over from bob" in text_of(driver, "history")


def test_a_safeguarding_letter_cannot_be_closed_in_one_click(server, driver):
    if not real_pipeline(server):
        pytest.skip("needs the real flag detector")
    case = submit(server, SAFEGUARDING_LETTER)
    assert "safeguarding" in case["flag_kinds"]
    open_case(driver, server, case["id"])
    draft = driver.find_element(By.ID, "edit_reply-reply_text").get_attribute("value")
    assert "Samaritans" in draft and "116 123" in draft  # the draft gives the crisis number
    flags = text_of(driver, "flags")
    assert "Safeguarding" in flags and "end my life" in flags and "116 123" in flags
    action = "accept" if case["team"] else "reroute"
    if action == "reroute":
        from selenium.webdriver.support.ui import Select

        Select(driver.find_element(By.ID, "reroute-team")).select_by_index(1)
    click(driver, f"btn-{action}")  # straight away, nothing ticked
    wait_for(driver, "error-summary")
    link = driver.find_element(By.CSS_SELECTOR, "#error-summary a")
    assert link.get_attribute("href").endswith(f"#{action}-acknowledge_safeguarding")
    assert "safeguarding" in link.text
    assert driver.find_element(By.ID, f"{action}-acknowledge_safeguarding-error").is_displayed()
    link.click()
    assert (
        driver.switch_to.active_element.get_attribute("id") == f"{action}-acknowledge_safeguarding"
    )
    saved, decisions, _ = stored(server, case["id"])
    assert decisions == [] and saved.status == "open" and saved.version == 1
    # done properly: acknowledged, a reason, a note
    choose(driver, f"{action}-acknowledge_safeguarding")
    reason = "no_risk_found" if action == "accept" else "wrong_team"
    choose(driver, radio_id(driver, f"{action}-reason_code", reason))
    type_into(driver, f"{action}-note", "Spoke to her today; crisis team informed")
    click(driver, f"btn-{action}")
    wait_for(driver, "outcome")
    saved, decisions, last = stored(server, case["id"])
    assert [(d.action, d.reason_code) for d, _ in decisions] == [(action, reason)]
    assert json.loads(last.payload)["safeguarding_acknowledged"] is True


def test_queue_shortcuts_are_off_until_turned_on(server, driver):
    submit(server, LETTER)
    sign_in(driver, server.url, server.tokens["cara"], then="/queue")
    wait_for(driver, "queue")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert "app-case-link" not in (driver.switch_to.active_element.get_attribute("class") or "")
    assert driver.find_element(By.ID, "shortcuts-setting").is_displayed()
    assert not driver.find_element(By.ID, "shortcuts").is_selected()
    choose(driver, "shortcuts")
    body.send_keys("j")
    first = driver.find_element(By.CSS_SELECTOR, "#queue .app-case-link")
    assert driver.switch_to.active_element == first
    open_page(driver, f"{server.url}/queue")  # remembered
    assert driver.find_element(By.ID, "shortcuts").is_selected()
    choose(driver, "shortcuts")
    open_page(driver, f"{server.url}/queue")
    assert not driver.find_element(By.ID, "shortcuts").is_selected()
    driver.find_element(By.TAG_NAME, "body").send_keys("j")
    assert "app-case-link" not in (driver.switch_to.active_element.get_attribute("class") or "")


# -------------------------------------------------------------------------------- contact centre
def test_contact_centre_submits_sees_and_copies_the_draft_and_searches(server, driver):
    sign_in(driver, server.url, server.tokens["connie"])
    assert driver.current_url.endswith("/submit")
    nav = driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    assert "Submit a letter" in nav and "My submissions" in nav and "Guidance" in nav
    assert "Queue" not in nav and "Audit trail" not in nav and "Reports" not in nav
    type_into(driver, "text", CONTACT_LETTER)
    click(driver, "submit-letter")
    wait_for(driver, "reference")
    case_id = driver.current_url.split("/my/cases/")[1].split("?")[0]
    assert text_of(driver, "reference") == case_id[:8].upper()
    saved, _, _ = stored(server, case_id)
    assert text_of(driver, "my-team").startswith("The ") or "caseworker chooses" in text_of(
        driver, "my-team"
    )
    # the draft, with the letter's details put back exactly as the store re-fills it
    from redaction.placeholders import restore

    expected = restore(saved.reply_text, values_of(server, case_id))
    shown = driver.find_element(By.ID, "reply-text").get_attribute("textContent")
    assert shown == expected and "<PERSON_" not in shown
    assert "A caseworker may still change it" in driver.page_source
    for c in (saved.suggestion.get("reply") or {}).get("citations", []):
        assert driver.find_elements(By.CSS_SELECTOR, f"#citations a[href='{c['url']}']")
    # copy: the button puts the text on the clipboard
    driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    button = driver.find_element(By.ID, "copy-reply")
    assert button.is_displayed()
    button.click()
    wait(driver, lambda d: d.find_element(By.ID, "copy-reply-status").text)
    assert text_of(driver, "copy-reply-status") == "Copied."
    copied = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, e => done('error: ' + e))"
    )
    assert copied.strip() == expected.strip()
    # their recent submissions
    driver.find_element(By.LINK_TEXT, "My submissions").click()
    wait_for(driver, "my-cases")
    assert driver.find_element(By.CSS_SELECTOR, f"#my-cases a[href='/my/cases/{case_id}']")
    # guidance search
    open_page(driver, f"{server.url}/guidance")
    type_into(driver, "query", "How do I claim Bereavement Support Payment?")
    click(driver, "search")
    wait_for(driver, "results")
    hits = driver.find_elements(By.CSS_SELECTOR, "#hits > li")
    assert hits and hits[0].find_element(By.TAG_NAME, "a").get_attribute("href").startswith(
        "https://"
    )
    # and a caseworker's page is not theirs
    open_page(driver, f"{server.url}/cases/{case_id}")
    assert driver.find_element(By.TAG_NAME, "h1").text == "You cannot do that"


# ------------------------------------------------------------------------------------- auditors
def test_auditor_filters_exports_verifies_and_reads_a_report(server, driver):
    case = submit(server, LETTER)
    r = api(
        server,
        "bob",
        "POST",
        f"/api/cases/{case['id']}/decisions",
        json={"action": "escalate", "version": 1, "reason_code": "vulnerable_person"},
    )
    assert r.status_code == 201, r.text
    sign_in(driver, server.url, server.tokens["audrey"], then="/audit")
    wait_for(driver, "audit")
    nav = driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    assert "Reports" in nav and "Audit trail" in nav and "Submit a letter" not in nav
    head = driver.find_element(By.ID, "head-hash").text
    from sqlalchemy import select

    from api.store.models import AuditHead

    with server.services.db.read() as session:
        head_hash = session.execute(select(AuditHead.hash)).scalar_one()
    assert head == head_hash and len(head) == 64  # in full, never cut
    assert driver.find_element(By.ID, "copy-hash").is_displayed()
    # filter: this case, escalations, by bob
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, "action")).select_by_value("decision.escalate")
    Select(driver.find_element(By.ID, "actor")).select_by_value("bob")
    type_into(driver, "case_id", case["id"])
    click(driver, "filter")
    rows = driver.find_elements(By.CSS_SELECTOR, "#audit tbody tr")
    assert len(rows) == 1
    assert "bob escalated the case (reason: vulnerable person; service token)" in rows[0].text
    # dates: today's records are in, a future window is empty
    type_into(driver, "date_from", "2999-01-01")
    click(driver, "filter")
    assert not driver.find_elements(By.ID, "audit")
    assert "No records match" in driver.find_element(By.ID, "main-content").text
    type_into(driver, "date_from", "")
    click(driver, "filter")
    # the CSV of the same records, fetched with the signed-in cookie
    href = driver.find_element(By.ID, "download-csv").get_attribute("href")
    assert "case_id=" + case["id"] in href and "action=decision.escalate" in href
    cookie = driver.get_cookie("casework_session")["value"]
    exported = httpx.get(href, cookies={"casework_session": cookie}, timeout=60)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["action"], r["actor"], r["case_id"]) for r in rows] == [
        ("decision.escalate", "bob", case["id"])
    ]
    assert json.loads(rows[0]["payload"])["reason_code"] == "vulnerable_person"
    # verify the chain
    click(driver, "verify")
    wait_for(driver, "verify-result")
    assert "The hash chain is intact" in text_of(driver, "verify-result")
    assert len(text_of(driver, "verified-hash")) == 64
    # reports: listed, synthetic marked, opened
    open_page(driver, f"{server.url}/reports")
    row = driver.find_element(By.CSS_SELECTOR, "#reports tbody tr")
    assert "Routing on the demo letters" in row.text and "Synthetic" in row.text
    row.find_element(By.TAG_NAME, "a").click()
    wait(driver, lambda d: d.current_url.endswith("/reports/routing-demo"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Routing report"


# ------------------------------------------------------------------------- without the assets
def test_pages_work_unstyled_without_govuk_frontend(api_factory, monkeypatch, tmp_path):
    import api.web

    monkeypatch.setattr(api.web, "GOVUK_FRONTEND_DIR", tmp_path / "missing")
    app = api_factory()
    headers = app.headers("caseworker")
    app.sign_in("caseworker")
    page = app.client.get("/queue", headers=headers)
    assert page.status_code == 200 and "govuk-frontend.min.css" not in page.text
    assert "data-govuk-frontend" not in page.text and "/static/app.js" in page.text
    assert app.client.get("/govuk-frontend/govuk-frontend.min.css").status_code == 404
    assert app.client.get("/static/app.css").status_code == 200


def test_govuk_frontend_is_served_but_not_its_restricted_font(api_factory):
    need_node_modules()
    app = api_factory()
    app.sign_in("caseworker")
    page = app.client.get("/queue")
    assert '<link rel="stylesheet" href="/govuk-frontend/govuk-frontend.min.css">' in page.text
    css = app.client.get("/govuk-frontend/govuk-frontend.min.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    js = app.client.get("/govuk-frontend/govuk-frontend.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert app.client.get("/assets/images/favicon.svg").status_code == 200
    # GDS Transport is for GOV.UK services only: not served here
    assert app.client.get("/assets/fonts/bold-b542beb274-v2.woff2").status_code == 404
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "<script>" not in page.text and " on" + "click=" not in page.text
