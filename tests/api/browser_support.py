"""Helpers for the web app's browser tests (test_review_browser*.py): one live server per test
module, signing in, axe-core from node_modules, and what the store holds.

Imported by name (tests/ is no package), like review_helpers.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CONFTEST = Path(__file__).resolve().parent / "conftest.py"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: axe rules about content reflowing and zoom (WCAG 1.4.4, 1.4.10, 1.3.4): none may fail at 320px
REFLOW_RULES = (
    "meta-viewport",
    "meta-viewport-large",
    "css-orientation-lock",
    "avoid-inline-spacing",
    "scrollable-region-focusable",
)
#: rules that must not fail at all, whatever their impact
NEVER = ("region", "target-size")


def unavailable(message: str):
    """Skip, or fail under CI=true (as conftest.unavailable)."""
    if IN_CI:
        pytest.fail(f"{message} (CI=true: required)", pytrace=False)
    pytest.skip(message)


def need_node_modules() -> None:
    from api.web import GOVUK_FRONTEND_DIR, govuk_frontend_available

    if not AXE.is_file() or not govuk_frontend_available(GOVUK_FRONTEND_DIR):
        unavailable(
            f"node_modules is missing ({AXE.relative_to(ROOT)} or govuk-frontend): "
            "run `make install` (npm ci) first"
        )


def live_server_class(config):
    """The LiveServer of tests/api/conftest.py (so a module can share one server)."""
    for plugin in config.pluginmanager.get_plugins():
        path = getattr(plugin, "__file__", None)
        if path and Path(path).resolve() == CONFTEST:
            return plugin.LiveServer
    raise RuntimeError(f"{CONFTEST} is not loaded")


def start_server(request, tmp_dir: Path, **overrides):
    """A live server on its own SQLite file for a whole test module (stopped by the caller)."""
    from review_helpers import make_settings

    from api.app import create_app

    pipeline = request.getfixturevalue("api_pipeline")
    index_dir = request.getfixturevalue("pipeline_index_dir")
    app = create_app(
        pipeline=pipeline,
        settings=make_settings(f"sqlite:///{tmp_dir / 'web.db'}", index_dir, **overrides),
    )
    return live_server_class(request.config)(app).__enter__()


def real_pipeline(server) -> bool:
    return type(server.services.pipeline).__name__ != "FakePipeline"


# --------------------------------------------------------------------------------- the browser
def wait(driver, condition, timeout=30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def wait_for(driver, element_id: str, timeout=30):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC

    return wait(driver, EC.presence_of_element_located((By.ID, element_id)), timeout)


def ready(driver) -> None:
    """The page is loaded and app.js has run (GOV.UK Frontend started when it is served)."""
    wait(
        driver,
        lambda d: d.execute_script(
            "return document.readyState === 'complete' && "
            "document.body.classList.contains('js-enabled') && "
            "(!document.body.dataset.govukFrontend || "
            " !!document.querySelector('[data-govuk-skip-link-init]') || "
            " !document.body.classList.contains('govuk-frontend-supported'))"
        ),
    )


def open_page(driver, url: str) -> None:
    driver.get(url)
    ready(driver)


def sign_in(driver, base: str, token: str, then: str = "/") -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.delete_all_cookies()
    open_page(driver, f"{base}/login?next={then}")
    field = driver.find_element(By.ID, "token")
    field.send_keys(token, Keys.ENTER)
    wait(driver, lambda d: "/login" not in d.current_url)
    ready(driver)


def click(driver, element_id: str) -> None:
    """Press a button or link and wait for the page it leads to."""
    from selenium.webdriver.common.by import By

    element = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait(driver, lambda d: _stale(old))
    ready(driver)


def _stale(element) -> bool:
    """The element is gone with the page it was on (Chromium says so in two ways)."""
    from selenium.common.exceptions import WebDriverException

    try:
        element.is_enabled()
        return False
    except WebDriverException:  # stale, or "Node ... does not belong to the document"
        return True


def text_of(driver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


def choose(driver, element_id: str) -> None:
    """Tick a radio or checkbox by its id (through its label, as a person would)."""
    from selenium.webdriver.common.by import By

    label = driver.find_element(By.CSS_SELECTOR, f"label[for='{element_id}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    label.click()


def radio_id(driver, name_prefix: str, value: str) -> str:
    """The id of the radio in group ``name_prefix`` (e.g. reroute-reason_code) with ``value``."""
    from selenium.webdriver.common.by import By

    for element in driver.find_elements(By.CSS_SELECTOR, f"input[id^='{name_prefix}']"):
        if element.get_attribute("value") == value:
            return element.get_attribute("id")
    raise AssertionError(f"no {name_prefix} radio with value {value!r}")


def type_into(driver, element_id: str, text: str, clear: bool = True) -> None:
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    if clear:
        field.clear()
    field.send_keys(text)


def set_width(driver, width: int, height: int = 900) -> None:
    """Emulate a viewport ``width`` CSS pixels wide (headless windows have a minimum width)."""
    if width is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def scrolls_sideways(driver) -> tuple[int, int]:
    return tuple(
        driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    )


def restricted_font_used(driver) -> list[str]:
    """GDS Transport faces the page actually loaded (it is for GOV.UK services only: the app
    never serves its files and its CSS overrides it, so there must be none)."""
    return driver.execute_script(
        "return [...document.fonts].filter(f => /GDS/.test(f.family) && f.status === 'loaded')"
        ".map(f => f.family + ' ' + f.weight)"
    )


# ------------------------------------------------------------------------------------- axe-core
class AxeLog:
    """Runs axe-core on pages and keeps the figures for a summary."""

    def __init__(self) -> None:
        self.source = AXE.read_text(encoding="utf-8")
        self.pages: list[tuple[str, str]] = []
        self.impacts: Counter = Counter()
        self.rules: Counter = Counter()
        self.failures: list[str] = []
        self.incomplete: Counter = Counter()

    def check(self, driver, role: str, label: str, *, width: int | None = None) -> dict:
        driver.execute_script(self.source)
        # region, target-size and the reflow rules (css-orientation-lock is experimental, so off
        # by default) run whatever axe's defaults are
        rules = {rule: {"enabled": True} for rule in NEVER + REFLOW_RULES}
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations', 'passes', 'inapplicable', 'incomplete'],"
            "  rules: arguments[0]})"
            ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
            "  help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.target.join(' '))})),"
            "  passes: r.passes.map(p => p.id), inapplicable: r.inapplicable.map(p => p.id),"
            "  incomplete: r.incomplete.map(p => p.id)}))"
            ".catch(e => done({error: String(e)}));",
            rules,
        )
        assert "error" not in result, result
        where = f"{role} {label}" + (f" @{width}px" if width else "")
        self.pages.append((role, label + (f"@{width}" if width else "")))
        self.incomplete.update(result["incomplete"])
        for violation in result["violations"]:
            self.impacts[violation["impact"] or "none"] += 1
            self.rules[violation["id"]] += 1
            if (
                violation["impact"] in ("serious", "critical")
                or violation["id"] in NEVER
                or (width and violation["id"] in REFLOW_RULES)
            ):
                self.failures.append(
                    f"{where}: {violation['id']} ({violation['impact']}) "
                    f"{violation['help']} at {violation['nodes']}"
                )
        return result

    def summary(self) -> str:
        roles = sorted({role for role, _ in self.pages})
        pages = {label.split("@")[0] for _, label in self.pages}
        narrow = sum(1 for _, label in self.pages if label.endswith("@320"))
        impacts = ", ".join(
            f"{k} {self.impacts.get(k, 0)}" for k in ("critical", "serious", "moderate", "minor")
        )
        rules = ", ".join(f"{k} x{v}" for k, v in self.rules.most_common()) or "none"
        review = ", ".join(f"{k} x{v}" for k, v in self.incomplete.most_common()) or "none"
        return (
            f"axe-core {self.version}: {len(self.pages)} page views ({narrow} of them at "
            f"320px) over {len(pages)} pages and states, {len(roles)} roles "
            f"({', '.join(roles)}); violations by impact: {impacts}; rules violated: "
            f"{rules}; left for a person to review (axe 'incomplete'): {review}"
        )

    @property
    def version(self) -> str:
        found = re.search(r"axe v([\d.]+)", self.source[:300])
        return found.group(1) if found else "?"
