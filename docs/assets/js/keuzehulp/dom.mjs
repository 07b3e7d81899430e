// Small DOM helpers shared by the renderers. Text only: nothing is parsed as HTML.

/** A copy of the page's <template data-template=name> (keuzehulp.md.j2 holds the markup). */
export function clone(root, name) {
  return root.querySelector("template[data-template='" + name + "']").content.firstElementChild.cloneNode(true);
}

export function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }

export function clear(node) { node.textContent = ""; return node; }

/** True if `value` is what the page already shows as `part`; else records it. A part is drawn
 * again only when it changes, so the engine's result takes over from the early table's
 * without a flicker, and what the reader opened stays open. */
export function unchanged(page, part, value) {
  const shown = JSON.stringify(value === undefined ? null : value);
  if (page.shown[part] === shown) return true;
  page.shown[part] = shown;
  return false;
}

export function listItem(text) {
  const li = document.createElement("li");
  li.textContent = text;
  return li;
}

export function link(href, text) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}

export function methodLink(page, a, method) {
  a.href = page.hrefs.method.replace("{id}", method.id);
  a.textContent = method.name;
}

export function today() {
  return new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

/** Move the reader to an element on this page without touching the fragment (it holds the answers). */
export function jumpTo(target) {
  if (!target) return;
  if (target.tagName === "DETAILS") target.open = true;
  const focusable = target.tagName === "DETAILS" ? target.querySelector("summary") : target;
  target.scrollIntoView({ block: "start" });
  if (!focusable.hasAttribute("tabindex") && !/^(A|INPUT|SELECT|TEXTAREA|BUTTON|SUMMARY)$/.test(focusable.tagName)) {
    focusable.setAttribute("tabindex", "-1");
  }
  focusable.focus({ preventScroll: true });
}
