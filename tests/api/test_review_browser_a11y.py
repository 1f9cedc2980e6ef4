"""Accessibility of every page of the review web app, for every role, in a real Chromium:
axe-core (from node_modules, injected with execute_script: no CDN) on each page and state
(errors, a conflict, a reply preview, success banners), with no serious or critical violation
and none at all of `region` or `target-size`; and reflow at 320 CSS pixels (WCAG 1.4.10): no
page scrolls sideways, and axe's zoom/reflow rules pass there too. A summary of the figures is
printed at the end of the module.

Screenshots for the docs: CASEWORK_SCREENSHOTS=docs/screenshots pytest tests/api/test_review_browser_a11y.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from browser_support import (
    REFLOW_RULES,
    AxeLog,
    choose,
    click,
    need_node_modules,
    open_page,
    radio_id,
    real_pipeline,
    restricted_font_used,
    scrolls_sideways,
    set_width,
    sign_in,
    start_server,
    type_into,
    wait_for,
)
from review_helpers import LETTER
from selenium.webdriver.common.by import By

SAFEGUARDING_LETTER = (
    "My name is Mrs Jean Walker. My Universal Credit has been stopped and I "
    "have not eaten for two days. Some days I just want to end my life."
)
UNSURE_LETTER = "The streetlight outside my house has been flickering for weeks."
USERS = {
    "cara": "caseworker",
    "bob": "caseworker",
    "connie": "contact_centre",
    "audrey": "auditor",
    "ada": "admin",
}
SHOTS = os.environ.get("CASEWORK_SCREENSHOTS")

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def site(request, tmp_path_factory):
    """A server with a few cases in different states, and a report."""
    need_node_modules()
    tmp = tmp_path_factory.mktemp("web-a11y")
    reports = tmp / "reports"
    (reports / "routing-demo").mkdir(parents=True)
    (reports / "routing-demo" / "metrics.json").write_text(
        json.dumps({"title": "Routing on the demo letters", "kind": "routing", "synthetic": True})
    )
    (reports / "routing-demo" / "report.html").write_text("<html><body>report</body></html>")
    server = start_server(request, tmp, reports_dir=reports)
    tokens = {name: server.add_user(name, role) for name, role in USERS.items()}

    def call(who, method, path, **kwargs):
        response = httpx.request(
            method,
            server.url + path,
            timeout=120,
            **kwargs,
            headers={"Authorization": f"Bearer {tokens[who]}"},
        )
        assert response.status_code < 300, response.text
        return response.json()

    cases = {
        "plain": call("connie", "POST", "/api/cases", json={"text": LETTER}),
        "safeguarding": call("connie", "POST", "/api/cases", json={"text": SAFEGUARDING_LETTER}),
        "unsure": call("connie", "POST", "/api/cases", json={"text": UNSURE_LETTER}),
        "closed": call("connie", "POST", "/api/cases", json={"text": LETTER + " Thank you."}),
        "conflict": call("connie", "POST", "/api/cases", json={"text": LETTER + " Regards."}),
        "own": call("cara", "POST", "/api/cases", json={"text": LETTER + " Kind regards."}),
    }
    closed = cases["closed"]
    call(
        "bob",
        "POST",
        f"/api/cases/{closed['id']}/decisions",
        json={"action": "escalate", "version": 1, "reason_code": "complaint"},
    )
    call("bob", "POST", f"/api/cases/{cases['plain']['id']}/claim", json={})
    server.tokens, server.cases, server.call = tokens, cases, call
    server.axe = AxeLog()
    yield server
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and server.axe.pages:
        with capture.global_and_fixture_disabled():
            reporter.ensure_newline()
            reporter.write_line(server.axe.summary(), bold=True)
    server.__exit__(None, None, None)


def check(
    driver,
    site,
    role: str,
    label: str,
    *,
    narrow: bool = False,
    shot: str | None = None,
    narrow_shot: bool = False,
    shot_height: int = 1150,
) -> None:
    """axe on the page as it is now; at 320px too when ``narrow`` (no sideways scrolling)."""
    site.axe.check(driver, role, label)
    assert restricted_font_used(driver) == [], f"{label}: used the GDS Transport font"
    if SHOTS and shot:
        _screenshot(driver, Path(SHOTS) / f"{shot}.png", height=shot_height)
    set_width(driver, 320)
    try:
        width, inner = scrolls_sideways(driver)
        assert inner == 320
        assert width <= inner, f"{role} {label} scrolls sideways at 320px ({width}px wide)"
        if narrow:
            result = site.axe.check(driver, role, label, width=320)
            assert not {v["id"] for v in result["violations"]} & set(REFLOW_RULES)
            checked = set(result["passes"]) | set(result["inapplicable"])
            assert set(REFLOW_RULES) <= checked, set(REFLOW_RULES) - checked
            if SHOTS and shot and narrow_shot:
                _screenshot(driver, Path(SHOTS) / f"{shot}-320px.png", height=900)
            for between in (400, 641, 720, 800, 880, 960, 1024):  # tablets, zoomed desktops
                set_width(driver, between)
                width, inner = scrolls_sideways(driver)
                assert width <= inner, f"{role} {label} scrolls sideways at {between}px"
    finally:
        set_width(driver, None)


def _screenshot(driver, path: Path, height: int = 1150) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    width = driver.execute_script("return window.innerWidth")
    set_width(driver, width, height)
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(path))


def visit(driver, site, path: str) -> None:
    open_page(driver, site.url + path)


def case_id(site, name: str) -> str:
    return site.cases[name]["id"]


def assert_clean(site) -> None:
    assert not site.axe.failures, "axe found:\n" + "\n".join(site.axe.failures)


# ----------------------------------------------------------------------------------- the pages
def test_signed_out_pages(site, browser):
    visit(browser, site, "/login")
    check(browser, site, "signed out", "login", narrow=True)
    type_into(browser, "token", "cw_not-a-token")
    browser.find_element(By.ID, "token").submit()
    wait_for(browser, "error-summary")
    check(browser, site, "signed out", "login with an error")
    visit(browser, site, "/accessibility")
    check(browser, site, "signed out", "accessibility statement")
    visit(browser, site, "/no-such-page")
    check(browser, site, "signed out", "page not found")
    assert_clean(site)


def test_caseworker_pages(site, browser):
    driver = browser
    sign_in(driver, site.url, site.tokens["cara"], then="/queue")
    check(driver, site, "caseworker", "queue", narrow=True, shot="queue", narrow_shot=True)
    visit(driver, site, "/queue?priority=urgent&flagged=yes")
    check(driver, site, "caseworker", "queue filtered")
    visit(driver, site, "/queue?status=accepted")
    check(driver, site, "caseworker", "queue with no cases")
    visit(driver, site, f"/cases/{case_id(site, 'safeguarding')}")
    check(driver, site, "caseworker", "case (flagged)", narrow=True, shot="case")
    # the error state: accept (or re-route) pressed without acknowledging the safeguarding flag
    action = "accept" if site.cases["safeguarding"]["team"] else "reroute"
    click(driver, f"btn-{action}")
    wait_for(driver, "error-summary")
    check(driver, site, "caseworker", "case with errors", narrow=True)
    visit(driver, site, f"/cases/{case_id(site, 'unsure')}")
    check(driver, site, "caseworker", "case (assistant unsure)")
    if real_pipeline(site):
        assert site.cases["unsure"]["abstained"], "the streetlight letter is no team's"
        suggestion = driver.find_element(By.ID, "case-suggestion").text
        assert suggestion == "No team suggested: the assistant is unsure"
        candidates = driver.find_element(By.CSS_SELECTOR, ".app-candidates").text
        assert "Best guess:" in candidates and "%" in candidates
        assert "Human triage" not in driver.find_element(By.ID, "case-suggestion").text
        assert "Needs human triage" in driver.find_element(By.CSS_SELECTOR, ".app-tags").text
    visit(driver, site, f"/cases/{case_id(site, 'plain')}")
    check(driver, site, "caseworker", "case claimed by someone else")
    # a reply with new personal data: the preview
    if real_pipeline(site):
        click(driver, "btn-take-over")
        type_into(
            driver,
            "edit_reply-reply_text",
            "Dear <PERSON_1>,\nGareth Llewellyn-Jones will call you on 07700 900461.",
        )
        click(driver, "btn-edit")
        wait_for(driver, "preview")
        check(driver, site, "caseworker", "case with a reply preview", narrow=True)
        click(driver, "btn-confirm-redactions")
        wait_for(driver, "outcome")
        check(driver, site, "caseworker", "case with a success banner")
    # a conflict
    conflict = case_id(site, "conflict")
    visit(driver, site, f"/cases/{conflict}")
    choose(driver, radio_id(driver, "escalate-reason_code", "complaint"))
    site.call(
        "bob",
        "POST",
        f"/api/cases/{conflict}/decisions",
        json={"action": "edit_reply", "version": 1, "reply_text": "Please send the form."},
    )
    click(driver, "btn-escalate")
    wait_for(driver, "conflict")
    check(driver, site, "caseworker", "case with a conflict", narrow=True)
    visit(driver, site, f"/cases/{case_id(site, 'closed')}")
    check(driver, site, "caseworker", "case escalated")
    visit(driver, site, f"/cases/{case_id(site, 'plain')}/original")
    check(driver, site, "caseworker", "original letter", narrow=True)
    visit(driver, site, f"/cases/{case_id(site, 'plain')}/reply")
    check(driver, site, "caseworker", "finished reply", narrow=True)
    visit(driver, site, "/submit")
    check(driver, site, "caseworker", "submit a letter")
    click(driver, "submit-letter")  # nothing typed
    wait_for(driver, "error-summary")
    check(driver, site, "caseworker", "submit with an error")
    visit(driver, site, "/my/cases")
    check(driver, site, "caseworker", "my submissions")
    visit(driver, site, f"/my/cases/{case_id(site, 'own')}")
    check(driver, site, "caseworker", "my submission")
    visit(driver, site, "/guidance")
    type_into(driver, "query", "Universal Credit payment late")
    click(driver, "search")
    wait_for(driver, "results")
    check(driver, site, "caseworker", "guidance results")
    visit(driver, site, "/audit")
    check(driver, site, "caseworker", "audit trail", narrow=True)
    visit(driver, site, "/accessibility")
    assert "Queue" in driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    check(driver, site, "caseworker", "accessibility statement")
    visit(driver, site, "/cases/0000")
    check(driver, site, "caseworker", "case not found")
    visit(driver, site, "/reports")
    check(driver, site, "caseworker", "forbidden page")
    assert_clean(site)


def test_contact_centre_pages(site, browser):
    driver = browser
    sign_in(driver, site.url, site.tokens["connie"], then="/submit")
    check(driver, site, "contact centre", "submit a letter", narrow=True)
    visit(driver, site, "/my/cases")
    check(driver, site, "contact centre", "my submissions", narrow=True)
    visit(driver, site, f"/my/cases/{case_id(site, 'safeguarding')}?submitted=1")
    check(
        driver,
        site,
        "contact centre",
        "my submission (just submitted)",
        narrow=True,
        shot="contact-centre-draft",
        shot_height=2000,
    )
    visit(driver, site, f"/my/cases/{case_id(site, 'unsure')}")
    check(driver, site, "contact centre", "my submission (no team)")
    visit(driver, site, "/guidance")
    check(driver, site, "contact centre", "guidance search")
    click(driver, "search")
    wait_for(driver, "error-summary")
    check(driver, site, "contact centre", "guidance search with an error")
    type_into(driver, "query", "My name is Jean Walker, can I get a hardship payment?")
    click(driver, "search")
    wait_for(driver, "results")
    check(driver, site, "contact centre", "guidance results", narrow=True)
    visit(driver, site, "/queue")
    check(driver, site, "contact centre", "forbidden page")
    visit(driver, site, "/accessibility")
    check(driver, site, "contact centre", "accessibility statement")
    assert_clean(site)


def test_auditor_pages(site, browser):
    driver = browser
    sign_in(driver, site.url, site.tokens["audrey"], then="/audit")
    check(driver, site, "auditor", "audit trail", narrow=True)
    visit(driver, site, "/audit?verify=true")
    check(
        driver, site, "auditor", "audit trail verified", narrow=True, shot="audit", shot_height=1800
    )
    visit(driver, site, "/audit?action=decision.escalate&actor=bob&date_from=2000-01-01")
    check(driver, site, "auditor", "audit trail filtered")
    visit(driver, site, "/audit?date_from=2999-01-01")
    check(driver, site, "auditor", "audit trail with no records")
    visit(driver, site, "/audit?date_from=yesterday")
    check(driver, site, "auditor", "bad filter (error page)")
    visit(driver, site, "/reports")
    check(driver, site, "auditor", "reports", narrow=True)
    visit(driver, site, "/queue")
    check(driver, site, "auditor", "queue", narrow=True)
    visit(driver, site, f"/cases/{case_id(site, 'safeguarding')}")
    check(driver, site, "auditor", "case (read only)", narrow=True)
    visit(driver, site, "/guidance")
    check(driver, site, "auditor", "guidance search")
    visit(driver, site, "/accessibility")
    check(driver, site, "auditor", "accessibility statement")
    assert_clean(site)


def test_admin_pages(site, browser):
    driver = browser
    sign_in(driver, site.url, site.tokens["ada"], then="/queue")
    nav = driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    for item in (
        "Queue",
        "Submit a letter",
        "My submissions",
        "Guidance",
        "Audit trail",
        "Reports",
    ):
        assert item in nav
    check(driver, site, "admin", "queue")
    visit(driver, site, f"/cases/{case_id(site, 'unsure')}")
    check(driver, site, "admin", "case")
    visit(driver, site, f"/cases/{case_id(site, 'unsure')}/original")
    check(driver, site, "admin", "original letter")
    visit(driver, site, f"/cases/{case_id(site, 'unsure')}/reply")
    check(driver, site, "admin", "finished reply")
    visit(driver, site, "/submit")
    check(driver, site, "admin", "submit a letter")
    visit(driver, site, "/my/cases")
    check(driver, site, "admin", "my submissions (none)")
    visit(driver, site, "/guidance")
    check(driver, site, "admin", "guidance search")
    visit(driver, site, "/audit?verify=true")
    check(driver, site, "admin", "audit trail verified")
    visit(driver, site, "/reports")
    check(driver, site, "admin", "reports")
    visit(driver, site, "/accessibility")
    check(driver, site, "admin", "accessibility statement")
    assert_clean(site)
    summary = site.axe.summary()
    print(summary)
    assert site.axe.impacts["serious"] == 0 and site.axe.impacts["critical"] == 0
