// The review app's JavaScript (an ES module; the page's Content-Security-Policy allows no inline
// script). Every page works without it: it starts GOV.UK Frontend's components, shows the copy
// buttons and runs the queue's keyboard shortcuts when the person has turned them on.

const body = document.body;

// What GOV.UK Frontend's page template does with an inline script, done here instead.
body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  body.classList.add("govuk-frontend-supported");
}

async function startGovukFrontend() {
  const src = body.dataset.govukFrontend;
  if (!src) {
    return false;
  }
  try {
    const { initAll } = await import(src);
    initAll();
    return true;
  } catch (error) {
    // Without the components, keep the page as it is without JavaScript (menus open etc.).
    body.classList.remove("govuk-frontend-supported");
    return false;
  }
}

// Without GOV.UK Frontend's JavaScript, put focus on the error summary or the outcome banner
// so a screen reader announces it (GOV.UK Frontend does this itself otherwise).
function focusMessage() {
  const target = document.getElementById("error-summary") || document.getElementById("outcome");
  if (target) {
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
  }
}

// ------------------------------------------------------------------------------ copy buttons
function selectText(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers, or a page served over plain HTTP on another host.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) {
    throw new Error("copy refused");
  }
}

function setUpCopyButtons() {
  document.querySelectorAll("[data-copy-block]").forEach((block) => {
    const button = block.querySelector("[data-copy-target]");
    const target = button && document.getElementById(button.dataset.copyTarget);
    if (!target) {
      return;
    }
    const status = block.querySelector("[role=status]");
    block.hidden = false;
    button.addEventListener("click", async () => {
      const text = target.innerText.replace(/\u00a0/g, " ");
      try {
        await copyText(text);
        status.textContent = "Copied.";
      } catch (error) {
        selectText(target);
        status.textContent = "Could not copy: the text is selected, press Ctrl+C (or ⌘+C) to copy it.";
      }
    });
  });
}

// ------------------------------------------------------------------ queue keyboard shortcuts
// Single-key shortcuts are off until the person turns them on (WCAG 2.1.4), and the choice is
// remembered in this browser only.
const SHORTCUTS_KEY = "casework.queueShortcuts";

function typing(event) {
  const t = event.target;
  const tag = t && t.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable);
}

function stored() {
  try {
    return window.localStorage.getItem(SHORTCUTS_KEY) === "on";
  } catch (error) {
    return false;
  }
}

function store(on) {
  try {
    window.localStorage.setItem(SHORTCUTS_KEY, on ? "on" : "off");
  } catch (error) {
    // storage blocked: the choice lasts for this page only
  }
}

function setUpShortcuts() {
  const setting = document.getElementById("shortcuts-setting");
  const toggle = document.getElementById("shortcuts");
  const links = Array.from(document.querySelectorAll("#queue .app-case-link"));
  if (!setting || !toggle) {
    return;
  }
  setting.hidden = false;
  toggle.checked = stored();
  toggle.addEventListener("change", () => store(toggle.checked));
  if (!links.length) {
    return;
  }
  document.addEventListener("keydown", (event) => {
    if (!toggle.checked || typing(event) || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key !== "j" && event.key !== "k") {
      return;
    }
    let i = links.indexOf(document.activeElement);
    i = event.key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
    links[i].focus();
    links.forEach((a) => a.closest("tr").classList.remove("app-current"));
    links[i].closest("tr").classList.add("app-current");
    event.preventDefault();
  });
}

setUpCopyButtons();
setUpShortcuts();
startGovukFrontend().then((started) => {
  if (!started) {
    focusMessage();
  }
});
