"""The auditors' drift page in headless Chromium: what it shows, who may see it, and axe-core
on it (no violations at any impact; no sideways scrolling at 320px and up to 1024px)."""

from __future__ import annotations

import httpx
import pytest
from selenium.webdriver.common.by import By

from browser_support import (REFLOW_RULES, AxeLog, need_node_modules, open_page, set_width,
                             scrolls_sideways, sign_in, start_server)
from review_helpers import LETTER

pytestmark = pytest.mark.timeout(900)
UNSURE = "The streetlight outside my house has been flickering for weeks."


@pytest.fixture(scope="module")
def site(request, tmp_path_factory):
    need_node_modules()
    server = start_server(request, tmp_path_factory.mktemp("drift-web"))
    tokens = {name: server.add_user(name, role) for name, role in
              (("dora", "auditor"), ("cal", "caseworker"), ("cc", "contact_centre"),
               ("adam", "admin"))}
    for text in (LETTER, UNSURE, LETTER + " Thank you."):
        response = httpx.post(f"{server.url}/api/cases", json={"text": text}, timeout=300,
                              headers={"Authorization": f"Bearer {tokens['cc']}"})
        assert response.status_code == 201, response.text
    first = response.json()
    if first["team"]:
        assert httpx.post(f"{server.url}/api/cases/{first['id']}/decisions", timeout=300,
                          headers={"Authorization": f"Bearer {tokens['cal']}"},
                          json={"action": "accept", "version": 1}).status_code == 201
    server.tokens = tokens
    yield server
    server.__exit__(None, None, None)


def test_the_drift_page_for_auditors(site, browser):
    driver = browser
    axe = AxeLog()
    sign_in(driver, site.url, site.tokens["dora"], then="/drift")
    nav = driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    assert "Drift" in nav and "Reports" in nav
    assert driver.find_element(By.TAG_NAME, "h1").text == "Drift, week by week"
    rows = driver.find_elements(By.CSS_SELECTOR, "#drift-rates tbody tr")
    assert len(rows) == 1  # this week
    cells = [c.text for c in rows[0].find_elements(By.CSS_SELECTOR, "td")]
    assert cells[0] == "3"  # cases
    assert "(1)" in cells[1] or "(2)" in cells[1] or "(3)" in cells[1]  # abstained, with count
    result = axe.check(driver, "auditor", "drift")
    assert result["violations"] == [], result["violations"]
    set_width(driver, 320)
    try:
        result = axe.check(driver, "auditor", "drift", width=320)
        assert result["violations"] == [], result["violations"]
        checked = set(result["passes"]) | set(result["inapplicable"])
        assert set(REFLOW_RULES) <= checked
        for width in (320, 400, 641, 720, 800, 880, 960, 1024):
            set_width(driver, width)
            scroll, inner = scrolls_sideways(driver)
            assert scroll <= inner, f"the drift page scrolls sideways at {width}px ({scroll}px)"
    finally:
        set_width(driver, None)
    # admins see it too; caseworkers and contact-centre staff do not (no menu item, 403)
    sign_in(driver, site.url, site.tokens["adam"], then="/drift")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Drift, week by week"
    sign_in(driver, site.url, site.tokens["cal"], then="/queue")
    assert "Drift" not in driver.find_element(By.CSS_SELECTOR, "nav[aria-label=Menu]").text
    open_page(driver, f"{site.url}/drift")
    assert "Drift, week by week" not in driver.page_source
    assert httpx.get(f"{site.url}/drift", cookies={}, follow_redirects=False).status_code in (
        303, 401)
