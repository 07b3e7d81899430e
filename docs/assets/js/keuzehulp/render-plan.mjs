// Renders the engine's inspraakplan into the plan form, as text and control values.
import { clear, clone, methodLink, slot, today } from "./dom.mjs";

/** @param {boolean} refill set the controls from the plan (else the reader's typing stays) */
export function renderPlan(page, plan, advice, refill) {
  page.plan.hidden = false;
  page.plan.querySelector("[data-plan-date]").textContent = today();
  renderNotices(page, plan.notices);
  renderChoices(page, plan, advice.methods, refill);
  renderRows(page, plan, refill);
  renderGeneral(page, plan, refill);
  page.planForm.querySelector("[data-plan-council]").hidden = !plan.asks_council;
  page.plan.querySelector("[data-plan-empty]").hidden = plan.methods.length > 0;
  page.plan.querySelector("[data-plan-table]").hidden = plan.methods.length === 0;
}

function renderNotices(page, notices) {
  const box = clear(page.plan.querySelector("[data-plan-notices]"));
  notices.forEach((notice) => {
    const p = document.createElement("p");
    p.className = "iw-notice";
    p.textContent = notice;
    box.appendChild(p);
  });
}

/** One checkbox per method, the recommended first and marked; checked = in the plan. */
function renderChoices(page, plan, methods, rebuild) {
  const list = page.planForm.querySelector("[data-plan-choices]");
  if (rebuild || !list.children.length) {
    clear(list);
    methods.forEach((m) => {
      const li = clone(page.root, "plan-choice");
      const box = li.querySelector("[data-plan-choice]");
      box.dataset.planChoice = m.id;
      box.name = plan.keys.methods;
      box.value = m.id;
      slot(li, "name").textContent = m.name;
      slot(li, "mark").hidden = !m.recommended;
      list.appendChild(li);
    });
  }
  const chosen = plan.methods.map((m) => m.id);
  list.querySelectorAll("[data-plan-choice]").forEach((box) => { box.checked = chosen.includes(box.value); });
}

/** One table row per chosen method; a row the reader is typing in keeps its controls. */
function renderRows(page, plan, refill) {
  const body = page.planForm.querySelector("[data-plan-rows]");
  const rows = new Map();
  body.querySelectorAll("tr[data-method]").forEach((tr) => rows.set(tr.dataset.method, tr));
  plan.methods.forEach((m) => {
    const fresh = !rows.has(m.id);
    const tr = fresh ? newRow(page, m, plan.limits) : rows.get(m.id);
    body.appendChild(tr); // appending an existing row moves it into plan order
    if (fresh || refill) fillControls(tr, m);
    fillPrintValues(page, tr, m);
    rows.delete(m.id);
  });
  rows.forEach((tr) => body.removeChild(tr));
}

function newRow(page, method, limits) {
  const tr = clone(page.root, "plan-row");
  tr.dataset.method = method.id;
  methodLink(page, slot(tr, "link"), method);
  const qr = page.root.querySelector("template[data-qr='" + method.id + "']");
  if (qr) {
    slot(tr, "qr").appendChild(qr.content.cloneNode(true));
    slot(tr, "url").textContent = qr.dataset.url;
  }
  tr.querySelectorAll("[data-plan-field]").forEach((control) => {
    const field = control.dataset.planField;
    control.id = "plan-" + field + "-" + method.id;
    control.name = method.keys[field];
    if (limits[field]) control.maxLength = limits[field];
    tr.querySelector("[data-label='" + field + "']").htmlFor = control.id;
    control.setAttribute("aria-label", tr.querySelector("[data-label='" + field + "']").textContent + " " + method.name);
  });
  return tr;
}

function fillControls(container, values) {
  container.querySelectorAll("[data-plan-field]").forEach((control) => {
    control.value = values[control.dataset.planField] || "";
  });
}

/** What paper shows instead of the controls: the checked values, as text. */
function fillPrintValues(page, container, values) {
  container.querySelectorAll("[data-print-value]").forEach((out) => {
    const field = out.dataset.printValue;
    const control = container.querySelector("[data-plan-field='" + field + "']");
    const value = values[field] || "";
    out.textContent = control && control.tagName === "SELECT" ? optionText(page, control, value) : value;
  });
}

/** An option's label; for an evaluation moment also the month it comes to, e.g. "(rond mei 2027)". */
function optionText(page, select, value) {
  const option = value ? select.querySelector("option[value='" + CSS.escape(value) + "']") : null;
  if (!option) return "";
  const months = Number(option.dataset.months);
  if (!months) return option.textContent;
  const when = new Date();
  when.setMonth(when.getMonth() + months);
  return option.textContent + " (" + page.labels.around + " " +
    when.toLocaleDateString("nl-NL", { month: "long", year: "numeric" }) + ")";
}

/** The plan's own questions (the organisation's name above, the general ones under the table). */
function renderGeneral(page, plan, refill) {
  page.planForm.querySelectorAll(".iw-plan-general").forEach((general) => {
    general.querySelectorAll("[data-plan-field]").forEach((control) => {
      const field = control.dataset.planField;
      control.name = plan.keys[field];
      if (plan.limits[field]) control.maxLength = plan.limits[field];
      if (refill) control.value = plan[field] || "";
    });
    fillPrintValues(page, general, plan);
  });
}
