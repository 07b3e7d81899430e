// The form's own messages: that the outcome is ready, and what an opened link
// lacks (an error summary at the top, GOV.UK's pattern: focused, each line a
// link to its question).
import { clear, link } from "./dom.mjs";
import { errorLines } from "./errors.mjs";

/** "Uw uitkomst staat klaar" while the reader answers on the page and an outcome is shown below. */
export function renderOutcomeReady(page) {
  const shown = ["obligations", "advice"].includes(page.root.dataset.state);
  page.outcomeReady.hidden = !shown || page.root.dataset.layout === "outcome-first";
}

/** The inline errors under the questions: the engine's, worded with the page's labels. */
export function fieldErrors(page, answer, fragment) {
  return errorLines({ errors: answer.errors }, fragment, wording(page))
    .map((line) => ({ field: line.field, message: line.text }));
}

/**
 * What an opened link lacks or got wrong, at the top. `focus`: the link was just
 * opened (the summary takes focus once); otherwise it only follows the reader's fixes.
 * @returns {boolean} whether the summary shows
 */
export function renderErrorSummary(page, answer, fragment, focus) {
  const box = page.errorSummary;
  const lines = answer && !answer.advice && fragment.size ? errorLines(answer, fragment, wording(page)) : [];
  if (!lines.length || (!focus && box.hidden)) {
    box.hidden = true;
    return false;
  }
  const list = clear(box.querySelector("[data-error-summary-list]"));
  lines.forEach((line) => {
    const li = document.createElement("li");
    if (page.questions.includes(line.field)) {
      const a = li.appendChild(link("#vraag-" + line.field, line.text));
      a.dataset.jump = "vraag-" + line.field;
    } else {
      li.textContent = line.text;
    }
    list.appendChild(li);
  });
  box.hidden = false;
  if (focus) {
    box.scrollIntoView({ block: "start" });
    box.focus({ preventScroll: true });
  }
  return true;
}

function wording(page) {
  return { names: page.names, ...page.labels.errorSummary };
}
