"""The intake pages of the review app in a real Chromium, checked with axe-core like every
other page (no violations; no sideways scrolling at 320px): a case that arrived as an email
with attachments, a Welsh letter, the campaigns list, a campaign decided once from its page
(with the error state first), and the submit page's file hint."""

from __future__ import annotations

import httpx
import pytest
from browser_support import (
    AxeLog,
    choose,
    click,
    need_node_modules,
    open_page,
    radio_id,
    scrolls_sideways,
    set_width,
    sign_in,
    start_server,
    wait_for,
)
from selenium.webdriver.common.by import By

from evaluation.mailroom_files import docx_bytes, eml_bytes
from evaluation.scans import render_scan

CAMPAIGN = (
    "Dear Councillor,\n\nI am writing to object to the proposed closure of Hillside "
    "Library. The library is a lifeline for our community: children come to the homework "
    "club after school, older residents use the computers to manage their pensions and "
    "benefits, and job seekers rely on the free internet to look for work. Please keep "
    "Hillside Library open.\n\nYours sincerely,\n{name}"
)
WELSH = (
    "Annwyl Syr,\n\nRwy'n ysgrifennu ynglŷn â fy nhaliad Credyd Cynhwysol. Nid yw wedi "
    "cyrraedd y mis hwn. Hoffwn gael ateb yn Gymraeg.\n\nYn gywir,\nSiân Bowen"
)

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def site(request, tmp_path_factory):
    need_node_modules()
    server = start_server(request, tmp_path_factory.mktemp("web-intake"))
    tokens = {
        "cara": server.add_user("cara", "caseworker"),
        "audrey": server.add_user("audrey", "auditor"),
    }

    def post(path, **kwargs):
        response = httpx.post(
            server.url + path,
            timeout=120,
            **kwargs,
            headers={"Authorization": f"Bearer {tokens['cara']}"},
        )
        assert response.status_code < 300, response.text
        return response.json()

    server.campaign = [
        post("/api/cases", json={"text": CAMPAIGN.format(name=name)})["id"]
        for name in ("Priya Shah", "George Whitfield", "Maria Costa")
    ]
    server.welsh = post("/api/cases", json={"text": WELSH})["id"]
    mail = eml_bytes(
        "Please see my statement attached.\n\nTom Reid",
        [
            (
                "statement.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes([(0, "My rent went up by £90 in May.")]),
            )
        ],
        subject="Rent",
    )
    server.email = post("/api/cases/upload", files={"file": ("mail.eml", mail, "message/rfc822")})[
        "id"
    ]
    server.tokens, server.axe = tokens, AxeLog()
    yield server
    server.__exit__(None, None, None)


def check(driver, site, role, label):
    result = site.axe.check(driver, role, label)
    assert result["violations"] == [], (label, result["violations"])
    set_width(driver, 320)
    try:
        width, inner = scrolls_sideways(driver)
        assert width <= inner, f"{label} scrolls sideways at 320px"
    finally:
        set_width(driver, None)


def test_intake_pages_are_accessible_and_work(site, browser):
    driver = browser
    sign_in(driver, site.url, site.tokens["cara"], then="/queue")
    assert "Campaign of 3" in driver.find_element(By.ID, "queue").text
    check(driver, site, "caseworker", "queue with campaigns")
    open_page(driver, f"{site.url}/cases/{site.email}")
    assert "as an email" in driver.find_element(By.ID, "intake-channel").text
    assert "Attachment 1: statement.docx (docx)" in driver.find_element(By.ID, "intake-parts").text
    check(driver, site, "caseworker", "case that arrived with an attachment")
    open_page(driver, f"{site.url}/cases/{site.welsh}")
    assert driver.find_element(By.ID, "intake-language").text == "Welsh"
    assert "Reply in welsh" in driver.find_element(By.ID, "flags").text
    assert "built for English" in driver.find_element(By.ID, "redaction-note").text
    check(driver, site, "caseworker", "Welsh letter")
    open_page(driver, f"{site.url}/cases/{site.campaign[0]}")
    click(driver, "intake-campaign")
    wait_for(driver, "members")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#members tbody tr")) == 3
    check(driver, site, "caseworker", "campaign")
    click(driver, "decide-campaign")  # nothing chosen: the error state
    wait_for(driver, "error-summary")
    check(driver, site, "caseworker", "campaign with errors")
    choose(driver, radio_id(driver, "campaign-action", "escalate"))
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, "campaign-reason")).select_by_value("complaint")
    click(driver, "decide-campaign")
    wait_for(driver, "outcome")
    assert "Decision applied to 3 letters" in driver.find_element(By.ID, "outcome").text
    check(driver, site, "caseworker", "campaign decided")
    open_page(driver, f"{site.url}/campaigns")
    assert driver.find_element(By.ID, "campaigns").text.count("Hillside") == 1
    check(driver, site, "caseworker", "campaigns")
    open_page(driver, f"{site.url}/submit")
    assert ".pdf" in driver.find_element(By.ID, "file-hint").text
    check(driver, site, "caseworker", "submit with document formats")
    sign_in(driver, site.url, site.tokens["audrey"], then=f"/campaigns/{_campaign(site)}")
    assert not driver.find_elements(By.ID, "decide-campaign")  # auditors read only
    check(driver, site, "auditor", "campaign (read only)")


def _campaign(site) -> str:
    response = httpx.get(
        f"{site.url}/api/campaigns",
        timeout=60,
        headers={"Authorization": f"Bearer {site.tokens['audrey']}"},
    )
    return response.json()["items"][0]["id"]


SCAN = (
    "Dear Council,\n\nI have been charged council tax twice for March. Please refund the "
    "second payment to my account.\n\nYours faithfully,\nHelen Carter"
)


def _count_cases(site) -> int:
    response = httpx.get(
        f"{site.url}/api/cases",
        timeout=60,
        params={"page_size": 100},
        headers={"Authorization": f"Bearer {site.tokens['cara']}"},
    )
    assert response.status_code == 200, response.text
    return response.json()["total"]


def test_files_uploaded_through_the_submit_page(site, browser, tmp_path):
    """A scan chosen in the submit form is read by OCR and its case page says so, with the file
    as received for caseworkers (not for auditors); a damaged PDF is the file field's error,
    accessible, and stores nothing."""
    driver = browser
    scan = tmp_path / "letter.png"
    scan.write_bytes(render_scan(SCAN, "PNG", seed=3))
    sign_in(driver, site.url, site.tokens["cara"], then="/submit")
    driver.find_element(By.ID, "file").send_keys(str(scan))
    click(driver, "submit-letter")
    wait_for(driver, "intake-ocr")
    case_id = driver.current_url.split("/cases/")[1].split("?")[0]
    assert "as a scan (read by OCR)" in driver.find_element(By.ID, "intake-channel").text
    assert "% confidence" in driver.find_element(By.ID, "intake-ocr").text
    assert "council tax" in driver.find_element(By.ID, "letter").text.lower()
    assert "Helen Carter" not in driver.find_element(By.ID, "letter").text
    link = driver.find_element(By.ID, "file-0")
    check(driver, site, "caseworker", "case that arrived as a scan")
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    got = httpx.get(link.get_attribute("href"), cookies=cookies, timeout=60)
    assert got.status_code == 200 and got.content == scan.read_bytes()
    assert got.headers["content-type"] == "image/png"
    assert got.headers["x-content-type-options"] == "nosniff"

    before = _count_cases(site)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage, no xref\n")
    open_page(driver, f"{site.url}/submit")
    driver.find_element(By.ID, "file").send_keys(str(broken))
    click(driver, "submit-letter")
    wait_for(driver, "error-summary")
    assert driver.find_element(By.ID, "file-error").text.strip()
    check(driver, site, "caseworker", "submit with a damaged file")
    assert _count_cases(site) == before

    sign_in(driver, site.url, site.tokens["audrey"], then=f"/cases/{case_id}")
    assert driver.find_element(By.ID, "intake-ocr")
    assert not driver.find_elements(By.ID, "file-0")  # originals: caseworkers and admins only
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    assert (
        httpx.get(f"{site.url}/cases/{case_id}/files/0", cookies=cookies, timeout=60).status_code
        == 403
    )
