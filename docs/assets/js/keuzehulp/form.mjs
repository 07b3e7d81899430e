// The page's parts, and its two forms read into Maps and filled from one.
import { readTyped } from "./numbers.mjs";

export function findParts(root) {
  const part = (selector) => root.querySelector(selector);
  return {
    root,
    intro: part("[data-wizard-intro]"),
    form: part("[data-wizard-form]"),
    back: part("[data-wizard-back]"),
    result: part("[data-wizard-result]"),
    plan: part("[data-plan]"),
    planForm: part("[data-plan-form]"),
    status: part("[data-wizard-status]"),
    pending: part("[data-wizard-pending]"),
    linkNotice: part("[data-wizard-link-notice]"),
    outcomeReady: part("[data-outcome-ready]"),
    errorSummary: part("[data-error-summary]"),
    labels: JSON.parse(part("[data-wizard-labels]").textContent),
    hrefs: { method: root.dataset.methodHref, offering: root.dataset.offeringHref, topic: root.dataset.topicHref },
    questions: Array.from(root.querySelectorAll("[data-wizard-form] [data-question]"), (q) => q.dataset.question),
    names: Object.fromEntries(Array.from(root.querySelectorAll("[data-wizard-form] [data-question]"),
      (q) => [q.dataset.question, q.dataset.name])),
    defaults: new Map(Array.from(root.querySelectorAll("[data-wizard-form] [data-question][data-default]"),
      (q) => [q.dataset.question, q.dataset.default])),
    share: root.querySelector("[data-plan] [data-share]"),
    numbers: Array.from(root.querySelectorAll("[data-wizard-form] [data-question][data-kind='number']"),
      (q) => q.dataset.question),
    shown: {}, // per part of the outcome, its JSON as on the page (dom.mjs unchanged)
  };
}

export function fillAnswerForm(page, fragment) {
  page.questions.forEach((q) => {
    const value = fragment.has(q) ? fragment.get(q) : "";
    page.form.querySelectorAll("[name='" + q + "']").forEach((input) => {
      if (input.type === "radio") input.checked = input.value === value;
      else if (input.type === "checkbox") input.checked = value.split(",").includes(input.value);
      else input.value = value;
    });
  });
}

/** @returns {Map<string, string>} the answers given in the form, in question order. A number
 * typed as people write it ("1.200") goes as digits; anything else as typed, for the engine to judge. */
export function answersFromForm(page) {
  const answers = new Map();
  page.questions.forEach((q) => {
    const values = [];
    page.form.querySelectorAll("[name='" + q + "']").forEach((input) => {
      if (input.type === "radio" || input.type === "checkbox") { if (input.checked) values.push(input.value); }
      else if (input.value.trim() !== "") values.push(input.value.trim());
    });
    if (!values.length) return;
    const number = page.numbers.includes(q) ? readTyped(values[0]) : null;
    answers.set(q, number === null ? values.join(",") : String(number));
  });
  return answers;
}

/** @returns {Map<string, string>} the plan as the form holds it, under the keys the engine gave */
export function planFromForm(page) {
  const plan = new Map();
  const chosen = [];
  let choiceName = "";
  page.planForm.querySelectorAll("[data-plan-choice]").forEach((box) => {
    choiceName = box.name;
    if (box.checked) chosen.push(box.value);
  });
  if (choiceName) plan.set(choiceName, chosen.join(","));
  page.planForm.querySelectorAll("[data-plan-field]").forEach((control) => {
    // An emptied choice is written as empty: left out, the engine would fill in its suggestion again.
    const given = control.value.trim() !== "" || control.tagName === "SELECT";
    if (control.name && !control.closest("[hidden]") && given) plan.set(control.name, control.value);
  });
  return plan;
}

/** Field errors from the engine, under their questions. @param {{field: string, message: string}[]} errors */
export function showErrors(page, errors) {
  page.form.querySelectorAll("[data-error-for]").forEach((p) => { p.hidden = true; p.textContent = ""; });
  page.form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  (errors || []).forEach((error) => {
    const target = page.form.querySelector("[data-error-for='" + error.field + "']");
    if (!target) return;
    target.textContent = (target.hidden ? "" : target.textContent + " ") + error.message;
    target.hidden = false;
    const field = page.form.querySelector("#vraag-" + error.field);
    if (field) field.setAttribute("aria-invalid", "true");
  });
}
