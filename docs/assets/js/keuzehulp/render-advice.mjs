// Renders the engine's advice (or the table's obligations) into the page's
// <template>s, as text. The shapes are wizard/shapes.py's (PlanAnswer and below).
import { clear, clone, link, listItem, methodLink, slot, today, unchanged } from "./dom.mjs";
import { renderActions, renderFollowUp, renderGrade, renderHeadline } from "./render-outcome.mjs";

// A recommended method shows its first reasons at once (the strongest: the
// engine lists them in rule order); the rest fold under "Wat houdt het in?",
// so three methods and why fit in the first screen (a phone shows one; the
// CSS hides the second there and shows its copy in the fold).
const REASONS_SHOWN = 2;

export function renderAdvice(page, advice) {
  renderHeadline(page, advice.headline);
  renderActions(page, advice.actions, advice.obligations);
  renderLaw(page, advice.obligations);
  renderRecommended(page, advice.methods, advice.doelgroep_notes);
  renderMoreMethods(page, advice.methods);
  renderStructure(page, advice.structure);
  renderAnswers(page);
  renderModules(page, advice.modules);
  renderFooter(page, advice.disclaimer);
}

export function renderFooter(page, disclaimer) {
  page.root.querySelector("[data-wizard-disclaimer]").textContent = disclaimer;
  page.root.querySelector("[data-wizard-date]").textContent = today();
}

/** What the law asks, in the outcome and in the details. Rendered again only when it
 * changes: the engine's result then takes over from the table's without a flicker,
 * and details the reader opened stay open. */
export function renderLaw(page, obligations) {
  if (unchanged(page, "law", obligations)) return;
  renderSummary(page, obligations);
  renderObligations(page, obligations);
}

function renderSummary(page, obligations) {
  const list = clear(page.root.querySelector("[data-wizard-summary]"));
  obligations.forEach((o) => {
    const li = clone(page.root, "summary");
    li.dataset.summaryFor = o.id;
    const a = slot(li, "link");
    a.href = "#plicht-" + o.id;
    a.dataset.jump = "plicht-" + o.id;
    a.textContent = o.title;
    badge(page, slot(li, "status"), o.status);
    slot(li, "articles").textContent = o.articles.map((article) => article.label).join(", "); // on paper only
    renderGrade(page, slot(li, "grade"), o.grade); // how sure, once per answer
    list.appendChild(li);
  });
}

function badge(page, node, status) {
  node.textContent = page.labels.status[status] || status;
  node.className = "iw-badge iw-badge--" + status;
}

function renderObligations(page, obligations) {
  const list = clear(page.root.querySelector("[data-wizard-obligations]"));
  obligations.forEach((o) => {
    const details = clone(page.root, "obligation");
    details.id = "plicht-" + o.id;
    details.dataset.obligation = o.id;
    details.dataset.status = o.status;
    slot(details, "title").textContent = o.title;
    badge(page, slot(details, "status"), o.status);
    slot(details, "why").textContent = o.why;
    o.articles.forEach((article, i) => {
      if (i) slot(details, "articles").appendChild(document.createTextNode(", "));
      slot(details, "articles").appendChild(link(article.url, article.label));
    });
    renderItems(details, o.items || []);
    renderFollowUp(page, slot(details, "follow-up"), o.status === "onzeker" ? o.settled_by : "");
    renderCertainty(page, details, o.certainty);
    const more = slot(details, "topic");
    more.href = page.hrefs.topic.replace("{id}", o.topic);
    more.setAttribute("aria-label", more.textContent + ": " + o.title);
    list.appendChild(details);
  });
}

function renderItems(details, items) {
  if (!items.length) return;
  slot(details, "items-block").hidden = false;
  items.forEach((item) => {
    const li = listItem(item.letter + ". " + item.text);
    li.dataset.item = item.id;
    slot(details, "items").appendChild(li);
  });
}

/** Once per obligation, and only for the levels the page lists as worth saying (not "law"). */
function renderCertainty(page, details, certainty) {
  if (!page.labels.certaintyShown.includes(certainty.id)) return;
  const box = slot(details, "certainty");
  box.hidden = false;
  box.dataset.certainty = certainty.id;
  box.classList.add("iw-certainty--" + certainty.id);
  slot(details, "certainty-label").textContent = certainty.label + ".";
  slot(details, "certainty-note").textContent = certainty.note;
}

function renderRecommended(page, methods, notes) {
  const noteList = clear(page.root.querySelector("[data-wizard-doelgroep-notes]"));
  notes.forEach((note) => {
    const p = clone(page.root, "note");
    p.dataset.doelgroepNote = note.doelgroep;
    p.textContent = note.text;
    noteList.appendChild(p);
  });
  const list = clear(page.root.querySelector("[data-wizard-recommended]"));
  const recommended = methods.filter((m) => m.recommended);
  page.root.querySelector("[data-wizard-no-recommendation]").hidden = recommended.length > 0;
  recommended.forEach((m) => {
    const li = clone(page.root, "recommended");
    li.dataset.method = m.id;
    methodLink(page, slot(li, "link"), m);
    slot(li, "summary").textContent = m.summary;
    m.reasons.forEach((reason, i) => {
      slot(li, i < REASONS_SHOWN ? "reasons" : "more-reasons").appendChild(listItem(reason));
      if (i === 1) { // a phone shows one reason at once: its copy under "Wat houdt het in?"
        const copy = slot(li, "more-reasons").appendChild(listItem(reason));
        copy.className = "iw-reason--second";
      }
    });
    slot(li, "caveats").hidden = !m.caveats.length;
    slot(li, "caveats").textContent = m.caveats.join(" ");
    list.appendChild(li);
  });
}

/** "Ook mogelijk": the other methods, each with its first reason or none. */
function renderMoreMethods(page, methods) {
  const list = clear(page.root.querySelector("[data-wizard-more-methods]"));
  methods.filter((m) => !m.recommended).forEach((m) => {
    const li = clone(page.root, "more-method");
    li.dataset.method = m.id;
    methodLink(page, slot(li, "link"), m);
    slot(li, "reason").textContent = m.reasons.length ? m.reasons[0] : "";
    list.appendChild(li);
  });
}

function renderStructure(page, structure) {
  const section = page.root.querySelector("[data-wizard-structure]");
  const list = clear(section.querySelector("[data-wizard-structure-list]"));
  section.hidden = !structure.length;
  structure.forEach((s) => {
    const item = clone(page.root, "structure");
    item.dataset.structure = s.id;
    slot(item, "title").textContent = s.title;
    slot(item, "text").textContent = s.text;
    slot(item, "link").href = page.hrefs.topic.replace("{id}", s.link.topic) + "#" + s.link.section;
    slot(item, "link").textContent = s.link.label;
    list.appendChild(item);
  });
}

/** "Uw antwoorden", each with "Wijzig" that moves to the question (GOV.UK's "Change"). */
export function renderAnswers(page) {
  const list = clear(page.root.querySelector("[data-wizard-answers]"));
  page.form.querySelectorAll("[data-question]").forEach((q) => {
    const chosen = [];
    q.querySelectorAll("input").forEach((input) => {
      if (input.type === "text") { if (input.value) chosen.push(input.value); }
      else if (input.checked) chosen.push(input.parentNode.textContent.trim());
    });
    if (!chosen.length) return;
    const fragment = page.root.querySelector("template[data-template='answer']").content.cloneNode(true);
    slot(fragment, "name").textContent = q.dataset.name;
    slot(fragment, "value").textContent = chosen.join(", ");
    const change = slot(fragment, "change");
    change.href = "#vraag-" + q.dataset.question;
    change.dataset.jump = "vraag-" + q.dataset.question;
    change.setAttribute("aria-label", change.textContent + ": " + q.dataset.name);
    list.appendChild(fragment);
  });
}

/** The best few offerings, the rest folded under "Meer opleidingen". */
function renderModules(page, modules) {
  const top = clear(page.root.querySelector("[data-wizard-modules]"));
  const more = clear(page.root.querySelector("[data-wizard-more-modules]"));
  modules.forEach((m) => {
    const li = clone(page.root, "module");
    li.dataset.offering = m.id;
    slot(li, "link").href = page.hrefs.offering.replace("{id}", m.id);
    slot(li, "link").textContent = m.title;
    slot(li, "summary").textContent = m.summary;
    m.reasons.forEach((reason) => slot(li, "reasons").appendChild(listItem(reason)));
    (m.recommended ? top : more).appendChild(li);
  });
  const rest = modules.length - top.children.length;
  page.root.querySelector("[data-wizard-more-modules-block]").hidden = rest === 0;
  page.root.querySelector("[data-wizard-more-modules-count]").textContent = String(rest);
  page.root.querySelector("[data-wizard-no-modules]").hidden = modules.length > 0;
}

/** The engine's word on keys of the link it did not read: under the answers, or above the questions. */
export function renderLinkNotice(page, notice, withAdvice) {
  const box = clear(page.linkNotice);
  if (notice) {
    const p = document.createElement("p");
    p.className = "iw-note"; // a note, not an error: the rest of the link was read
    p.textContent = notice;
    box.appendChild(p);
  }
  if (withAdvice) page.root.querySelector(".iw-answers-block").appendChild(box);
  else page.form.parentNode.insertBefore(box, page.form);
}

/** A shared link with complete answers opens on the outcome, the questions below it. */
export function putOutcomeFirst(page) {
  if (page.result.nextElementSibling === page.plan && page.plan.nextElementSibling === page.intro) return;
  page.root.insertBefore(page.result, page.intro);
  page.root.insertBefore(page.plan, page.intro);
  page.back.hidden = false;
  page.root.dataset.layout = "outcome-first";
}
