// The keuzehulp page: marshals the URL fragment to the engine (a Python worker)
// and renders its advice and inspraakplan into the page's <template>s, as text.
// No rule lives here: which answers are valid, what applies, what to recommend
// and how the plan is checked all come from wizard/ in Python. Before the
// engine has booted, a shared link shows what the law asks from a table the
// build made with the same engine (early.mjs). No reader-facing words live here
// either: they come from the page (data/wizard.yaml). The shapes of the engine's
// answer and messages are wizard/shapes.py's TypedDicts.
//
// This file only wires: DOM and worker events become update() events
// (state.mjs), and the new state is rendered.
import { connect } from "./engine-client.mjs";
import { jumpTo } from "./dom.mjs";
import { formatFragment, parseFragment, withoutDefaults } from "./fragment.mjs";
import { answersFromForm, fillAnswerForm, findParts, planFromForm, showErrors } from "./form.mjs";
import { putOutcomeFirst, renderAdvice, renderAnswers, renderFooter, renderLaw, renderLinkNotice } from "./render-advice.mjs";
import { fieldErrors, renderErrorSummary, renderOutcomeReady } from "./render-form.mjs";
import { renderActions, renderHeadline } from "./render-outcome.mjs";
import { renderPlan } from "./render-plan.mjs";
import { placeStatus, renderProgress, setStatus } from "./render-status.mjs";
import { initialState, update } from "./state.mjs";

function setup(root) {
  root.dataset.ready = "1";
  const page = findParts(root);
  page.statusHome = page.status.parentNode.insertBefore(document.createComment("status"), page.status);
  let state = initialState(parseFragment(location.hash) || new Map(), page.questions);
  let engine = null;
  let linkOpened = true; // the next answer is for a link just opened: an error summary takes focus

  function dispatch(event) {
    const next = update(state, event);
    if (next === state) return false;
    state = next;
    return true;
  }

  function ask() {
    if (!engine) return;
    dispatch({ type: "asked" });
    engine.ask(state.latest, state.fragment);
    root.dataset.asked = String(state.latest); // tests wait for answered == asked
  }

  function onMessage(message) {
    if (!dispatch(message)) return;
    if (message.type === "progress") {
      renderProgress(page, state);
    } else if (message.type === "ready") {
      setStatus(page, "ready");
      root.dataset.engine = "ready";
      document.dispatchEvent(new CustomEvent("iw:cache", { detail: { batch: "keuzehulp", urls: message.files || [] } }));
    } else if (message.type === "failed") {
      setStatus(page, "failed");
      root.dataset.engine = "failed";
    } else if (message.type === "advice") {
      showAnswer(page, state, linkOpened);
      linkOpened = false;
      root.dataset.answered = String(state.answered); // which request the page shows (tests wait on it)
    }
  }

  function changed(event) {
    dispatch(event);
    linkOpened = false;
    const hash = formatFragment(state.fragment);
    history.replaceState(null, "", location.pathname + location.search + (hash ? "#" + hash : ""));
    offerShortLink();
    ask();
    showEarly(page, state);
  }

  page.form.addEventListener("input", () =>
    changed({ type: "answers-edited", answers: answersFromForm(page), plan: planFromForm(page) }));
  page.planForm.addEventListener("input", () =>
    changed({ type: "plan-edited", answers: answersFromForm(page), plan: planFromForm(page) }));
  window.addEventListener("hashchange", () => {
    const fragment = parseFragment(location.hash);
    if (!fragment) return;
    dispatch({ type: "link-opened", fragment });
    linkOpened = true;
    offerShortLink();
    fillAnswerForm(page, fragment);
    ask();
    showEarly(page, state);
  });
  /** "Link kopiëren" copies the link without the answers that equal their default (share.js reads it). */
  function offerShortLink() {
    if (!page.share) return;
    const hash = formatFragment(withoutDefaults(state.fragment, page.defaults));
    page.share.dataset.copyHref = location.pathname + location.search + (hash ? "#" + hash : "");
  }

  wireJumps(page);
  fillAnswerForm(page, state.fragment);
  offerShortLink();

  if (!window.Worker || !window.__iwEngine) return; // the fallback text stays: it links the static overview
  // The page's own status line ("fallback": works in your browser, or see the overview)
  // stays until the engine starts (keuzehulp-boot.js decides when).
  engine = connect(onMessage, () => setStatus(page, "loading"));
  ask(); // queued in the worker until the engine is ready
  if (engine.table) {
    engine.table.then((table) => {
      if (!table) return;
      dispatch({ type: "table-arrived", table });
      renderProgress(page, state);
      showEarly(page, state);
    });
  }
}

/** The engine's answer: field errors, or the advice and the plan. `opened`: the answer to a link just opened. */
function showAnswer(page, state, opened) {
  const answer = state.answer;
  const advice = answer.advice;
  page.root.dataset.lastMs = String(state.ms);
  showErrors(page, fieldErrors(page, answer, state.fragment));
  renderErrorSummary(page, answer, state.fragment, opened);
  renderLinkNotice(page, answer.link_notice, !!advice);
  placeStatus(page, false);
  page.result.hidden = page.plan.hidden = !advice;
  if (!advice) {
    if (page.result.hidden) delete page.root.dataset.opening; // no outcome to keep a place for
    page.back.hidden = true;
    page.root.dataset.state = answer.errors && answer.errors.length ? "invalid" : "incomplete";
    renderOutcomeReady(page);
    return;
  }
  if (state.outcomeFirst) putOutcomeFirst(page);
  if (state.redraw.advice) renderAdvice(page, advice);
  renderPlan(page, answer.plan, advice, state.redraw.plan);
  page.root.dataset.state = "advice";
  renderOutcomeReady(page);
}

/** Until the engine answers: the headline, the steps and what the law asks, from the table,
 * rendered as the engine's result is, so its answer moves nothing above the methods. */
function showEarly(page, state) {
  if (state.engineReady || !state.table) return;
  if (!state.early) {
    if (page.root.dataset.state === "obligations") { // shown for other answers: no longer true
      page.result.hidden = true;
      placeStatus(page, false);
      page.root.dataset.state = "waiting";
      renderOutcomeReady(page);
    }
    return;
  }
  showErrors(page, []);
  if (state.outcomeFirst) putOutcomeFirst(page);
  renderHeadline(page, state.early.headline);
  renderActions(page, state.early.actions, state.early.obligations);
  renderLaw(page, state.early.obligations);
  renderAnswers(page);
  renderFooter(page, state.table.disclaimer);
  // A shared link shows the status where the methods will come; a reader answering on the
  // page keeps it above the questions, so they do not move while the reader fills them in.
  placeStatus(page, true, state.outcomeFirst);
  page.result.hidden = false;
  page.root.dataset.state = "obligations";
  renderOutcomeReady(page);
}

/** In-page links (summary, "Wijzig", to the plan) move focus without changing the fragment. */
function wireJumps(page) {
  page.root.addEventListener("click", (event) => {
    const a = event.target.closest("a[data-jump]");
    if (!a) return;
    event.preventDefault();
    const target = document.getElementById(a.dataset.jump);
    if (target && target.matches("[data-question]")) {
      target.scrollIntoView({ block: "start" });
      const first = target.querySelector("input");
      if (first) first.focus({ preventScroll: true });
      return;
    }
    jumpTo(target);
  });
  page.root.querySelector("[data-wizard-print]").addEventListener("click", () => window.print());
}

// keuzehulp.md.j2 loads this module at the end of the keuzehulp's block (async):
// the block is there when it runs, usually before the rest of the page has.
const root = document.querySelector("[data-wizard]");
if (root && !root.dataset.ready) setup(root);
