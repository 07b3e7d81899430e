// The top of the outcome (issue 17 and 18): one headline sentence, "Wat moet u
// nu doen", and per answer its short grade (the long explanation stands once on
// "Over deze informatie", where the grade links). The shapes are wizard/shapes.py's
// Headline, Action and Grade.
import { clear, clone, link, slot, unchanged } from "./dom.mjs";
import { fillIn } from "./early.mjs";
import { pieces } from "./phrases.mjs";

/** The headline; each question that would settle an open answer is a link to it.
 * Drawn again only when it changes: the table's (before the engine) then stays as it is. */
export function renderHeadline(page, headline) {
  if (unchanged(page, "headline", headline)) return;
  const box = clear(page.root.querySelector("[data-outcome-headline]"));
  box.hidden = !headline;
  if (!headline) return;
  const named = new Map(headline.settled_by.map((field) => ["‘" + (page.names[field] || "") + "’", field]));
  pieces(headline.text, named).forEach((piece) => {
    box.appendChild(piece.key ? questionLink(piece.key, piece.text) : document.createTextNode(piece.text));
  });
  const linked = new Set(Array.from(box.querySelectorAll("a[data-jump]"), (a) => a.dataset.jump));
  headline.settled_by.filter((field) => !linked.has("vraag-" + field)).forEach((field) => { // not named in the text
    box.appendChild(document.createTextNode(" "));
    box.appendChild(questionLink(field, page.names[field] || field));
  });
}

// The first steps show at once; the others behind one button, so the answers and
// the methods stay near the top. On paper every step prints.
const ACTIONS_SHOWN = 3;

/** "Wat moet u nu doen": each step with its articles, and the grade of the answer it follows
 * from where that grade is weak (the summary gives every answer its grade once). */
export function renderActions(page, actions, obligations) {
  if (unchanged(page, "actions", [actions, obligations.map((o) => o.grade)])) return;
  const block = page.root.querySelector("[data-wizard-actions-block]");
  const list = clear(block.querySelector("[data-wizard-actions]"));
  const more = block.querySelector("[data-wizard-actions-more]");
  block.hidden = !actions || !actions.length;
  if (block.hidden) return;
  const grades = new Map(obligations.map((o) => [o.id, o.grade]));
  list.dataset.folded = String(actions.length > ACTIONS_SHOWN);
  more.hidden = actions.length <= ACTIONS_SHOWN;
  more.textContent = fillIn(page.labels.actionsMore, "{aantal}", String(actions.length));
  more.onclick = () => { list.dataset.folded = "false"; more.hidden = true; list.children[ACTIONS_SHOWN].focus(); };
  actions.forEach((action, i) => {
    const li = clone(page.root, "action");
    li.dataset.action = action.id;
    if (i >= ACTIONS_SHOWN) { li.classList.add("iw-action--more"); li.tabIndex = -1; }
    li.dataset.actionFor = action.obligation; // not data-obligation: that marks the obligations themselves
    slot(li, "text").textContent = action.text;
    const articles = slot(li, "articles");
    action.articles.forEach((article, i) => {
      if (i) articles.appendChild(document.createTextNode(", "));
      articles.appendChild(link(article.url, article.label));
    });
    articles.hidden = !action.articles.length;
    const grade = grades.get(action.obligation);
    renderGrade(page, slot(li, "grade"), grade && page.labels.actionGrades.includes(grade.id) ? grade : null);
    list.appendChild(li);
  });
}

/** The short grade ("Wettekst", "Eén bron", …), a link to where the grades are explained. */
export function renderGrade(page, a, grade) {
  a.hidden = !grade;
  if (!grade) return;
  a.textContent = grade.label;
  a.href = page.hrefs.topic.replace("{id}", grade.topic) + "#" + grade.section;
  a.dataset.grade = grade.id;
  a.className = "iw-grade iw-grade--" + grade.id;
}

/** Under an open answer that a question settles: "… met uw antwoord op de vraag <Toezicht>." */
export function renderFollowUp(page, node, field) {
  clear(node);
  node.hidden = !field;
  if (!field) return;
  const name = page.names[field] || field;
  const template = page.labels.followUp;
  pieces(template, new Map([["{vraag}", field]])).forEach((piece) => {
    node.appendChild(piece.key ? questionLink(field, name) : document.createTextNode(piece.text));
  });
  if (!template.includes("{vraag}")) node.appendChild(questionLink(field, name));
  node.dataset.settledBy = field;
}

function questionLink(field, text) {
  const a = link("#vraag-" + field, text);
  a.dataset.jump = "vraag-" + field;
  return a;
}

