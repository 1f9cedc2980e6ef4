"""The review web app in a real headless Chromium (Debian chromium + chromium-driver, Selenium):
sign in, submit a letter, open it, re-route it, see the audit entry."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from review_helpers import LETTER


def _wait(driver, condition, timeout=60):
    return WebDriverWait(driver, timeout).until(condition)


def _sign_in(driver, url, token):
    driver.get(f"{url}/queue")
    _wait(driver, EC.presence_of_element_located((By.ID, "token")))
    assert driver.title.startswith("Sign in")
    field = driver.find_element(By.ID, "token")
    assert driver.switch_to.active_element == field  # autofocus: type at once
    field.send_keys(token, Keys.ENTER)
    _wait(driver, EC.title_contains("Queue"))


def _labelled(driver):
    """Every visible form control has a label (or is a button/hidden)."""
    for element in driver.find_elements(By.CSS_SELECTOR, "input, select, textarea"):
        kind = element.get_attribute("type")
        if kind in ("hidden", "submit", "button"):
            continue
        element_id = element.get_attribute("id")
        assert element_id and driver.find_elements(By.CSS_SELECTOR, f"label[for='{element_id}']"), \
            f"unlabelled control {element.get_attribute('name')}"


@pytest.mark.timeout(600)
def test_submit_open_reroute_and_see_audit(live_server_factory, browser, tmp_path):
    server = live_server_factory()
    token = server.add_user("cara", "caseworker")
    url = server.url
    driver = browser
    _sign_in(driver, url, token)

    # Submit a letter through the form.
    driver.find_element(By.LINK_TEXT, "Submit a letter").click()
    _wait(driver, EC.presence_of_element_located((By.ID, "text")))
    _labelled(driver)
    driver.find_element(By.ID, "text").send_keys(LETTER)
    driver.find_element(By.ID, "submit-letter").click()
    _wait(driver, EC.presence_of_element_located((By.ID, "decision-form")))
    case_url = driver.current_url
    case_id = case_url.rstrip("/").rsplit("/", 1)[1]
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith(f"Case {case_id[:8].upper()}")
    letter = driver.find_element(By.CSS_SELECTOR, ".letter").text
    assert "Jane Smith" not in letter and "<PERSON_" in letter
    _labelled(driver)
    assert driver.find_elements(By.ID, "show-original")  # caseworkers may read the original

    # The queue lists it; keyboard: j focuses the first case.
    driver.get(f"{url}/queue")
    _wait(driver, EC.presence_of_element_located((By.ID, "queue")))
    driver.find_element(By.TAG_NAME, "body").send_keys("j")
    assert driver.switch_to.active_element.get_attribute("href").endswith(case_id)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    _wait(driver, EC.presence_of_element_located((By.ID, "decision-form")))

    # Re-route it to another team with a reason.
    current = driver.find_element(By.ID, "case-team").text
    team_select = Select(driver.find_element(By.ID, "team"))
    target = next(o for o in team_select.options if o.get_attribute("value")
                  and o.text != current)
    target_label = target.text
    team_select.select_by_value(target.get_attribute("value"))
    Select(driver.find_element(By.ID, "reason_code")).select_by_value("wrong_team")
    driver.find_element(By.ID, "note").send_keys("About food labelling, not benefits")
    driver.find_element(By.ID, "btn-reroute").click()
    _wait(driver, EC.presence_of_element_located((By.ID, "outcome")))
    assert driver.find_element(By.ID, "case-status").text.lower() == "rerouted"
    assert driver.find_element(By.ID, "case-team").text == target_label
    assert driver.switch_to.active_element.get_attribute("id") == "outcome"  # announced
    history = driver.find_element(By.ID, "history").text
    assert "decision.reroute by cara" in history and "wrong team" in history
    driver.save_screenshot(str(tmp_path / "case.png"))

    # The audit trail page shows the entry.
    driver.find_element(By.LINK_TEXT, "Audit trail").click()
    _wait(driver, EC.presence_of_element_located((By.ID, "audit")))
    rows = driver.find_element(By.ID, "audit").text
    assert "decision.reroute" in rows and "cara" in rows and case_id[:8].upper() in rows
