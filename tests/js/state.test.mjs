import assert from "node:assert/strict";
import { test } from "node:test";

import { parseFragment } from "../../docs/assets/js/keuzehulp/fragment.mjs";
import { initialState, update } from "../../docs/assets/js/keuzehulp/state.mjs";

const QUESTIONS = ["verblijf", "sector", "zorgverleners", "doelgroep"];
const TABLE = {
  obligations: [{ id: "raad", why: "{n}" }], disclaimer: "",
  actions: [], actions_of: [[]], headline_basis: ["raad:ja:"], headlines: [{ text: "Een raad.", settled_by: [] }],
  headline_by: { answers: [], map: { "raad:ja:": 0 } },
  links: {
    axes: [{ id: "verblijf", optional: false, classes: [0], values: ["kort"] },
      { id: "sector", optional: false, classes: [0], values: ["ggz"] },
      { id: "zorgverleners", optional: false, classes: [0], bands: [[0, 100]], fill: "{n}" }],
    free: [], root: -1, nodes: [], leaves: [[0]],
  },
};
const COMPLETE = "verblijf=kort&sector=ggz&zorgverleners=12";

function opened(hash) {
  return initialState(parseFragment(hash), QUESTIONS);
}

/** Events in order; "asked" where the page asks the engine. */
function run(state, ...events) {
  return events.reduce(update, state);
}

function answer({ profile = { n: 1 }, chosenBy = "recommendation", advice = true } = {}) {
  return advice
    ? { advice: { profile }, errors: [], plan: { chosen_by: chosenBy }, link_notice: "" }
    : { advice: null, errors: [{ field: "sector", kind: "required", message: "" }], plan: null, link_notice: "" };
}

const edited = (answers, plan = new Map(), type = "answers-edited") =>
  ({ type, answers: parseFragment(answers), plan: parseFragment(plan) });

test("a shared link with complete answers shows the table's obligations first, the outcome on top", () => {
  const state = run(opened(COMPLETE + "&plan=panel"), { type: "asked" }, { type: "table-arrived", table: TABLE });
  assert.deepEqual(state.early.obligations, [{ id: "raad", why: "12" }]);
  assert.equal(state.outcomeFirst, true);
  assert.deepEqual([...state.carried], [["plan", "panel"]]);
  const shown = update(state, { type: "advice", id: 1, result: answer(), ms: 5 });
  assert.equal(shown.outcomeFirst, true);
  assert.deepEqual(shown.redraw, { advice: true, plan: true });
  assert.equal(shown.planShown, true);
  assert.equal(shown.answered, 1);
});

test("nothing shows early before the table arrives, after the engine is ready, or for answers it does not list", () => {
  assert.equal(opened(COMPLETE).early, null);
  assert.equal(run(opened(COMPLETE), { type: "ready" }, { type: "table-arrived", table: TABLE }).early, null);
  const waiting = run(opened("verblijf=kort&sector=ggz&zorgverleners=101"), { type: "table-arrived", table: TABLE });
  assert.equal(waiting.early, null);
  assert.equal(waiting.outcomeFirst, null); // not decided until an outcome shows
});

test("the reader gives the required answers on the page: the outcome comes below the questions", () => {
  const state = run(opened(""), { type: "asked" }, { type: "table-arrived", table: TABLE },
    edited(COMPLETE), { type: "asked" });
  assert.equal(state.edited, true);
  assert.deepEqual([...state.fragment], [...parseFragment(COMPLETE)]);
  assert.deepEqual(state.early.obligations, [{ id: "raad", why: "12" }]);
  assert.equal(state.outcomeFirst, false);
  const shown = update(state, { type: "advice", id: 2, result: answer() });
  assert.equal(shown.outcomeFirst, false);
});

test("the engine's answer arrives: a new profile redraws the advice; the same one keeps it and the reader's plan", () => {
  const first = run(opened(COMPLETE), { type: "asked" }, { type: "advice", id: 1, result: answer() });
  assert.deepEqual(first.redraw, { advice: true, plan: true });
  assert.equal(first.refillPlan, false);
  const again = run(first, { type: "asked" }, { type: "advice", id: 2, result: answer() });
  assert.deepEqual(again.redraw, { advice: false, plan: false });
  const other = run(again, { type: "asked" }, { type: "advice", id: 3, result: answer({ profile: { n: 2 } }) });
  assert.deepEqual(other.redraw, { advice: true, plan: true });
});

test("a stale answer (not for the last request) changes nothing", () => {
  const state = run(opened(COMPLETE), { type: "asked" }, { type: "asked" });
  assert.equal(state.latest, 2);
  assert.equal(update(state, { type: "advice", id: 1, result: answer() }), state);
  assert.notEqual(update(state, { type: "advice", id: 2, result: answer() }), state);
});

test("an answer without advice forgets the shown profile, so the next advice is drawn anew", () => {
  const shown = run(opened(COMPLETE), { type: "asked" }, { type: "advice", id: 1, result: answer() });
  const invalid = run(shown, { type: "asked" }, { type: "advice", id: 2, result: answer({ advice: false }) });
  assert.equal(invalid.shownProfile, "");
  assert.equal(invalid.answer.advice, null);
  const back = run(invalid, { type: "asked" }, { type: "advice", id: 3, result: answer() });
  assert.equal(back.redraw.advice, true);
});

test("before the plan form exists, an edit keeps the opened link's plan keys", () => {
  const state = update(opened(COMPLETE + "&plan=panel&onbekend=1"), edited("verblijf=kort&sector=vvt", "plan=forum"));
  assert.deepEqual([...state.fragment], [["verblijf", "kort"], ["sector", "vvt"], ["plan", "panel"], ["onbekend", "1"]]);
});

test("once the plan shows, an answer edit drops the engine's suggested plan; the reader's own plan is kept", () => {
  const shown = run(opened(COMPLETE + "&plan=panel"), { type: "asked" }, { type: "advice", id: 1, result: answer() });
  const suggested = update(shown, edited(COMPLETE.replace("12", "30"), "plan=panel,forum"));
  assert.deepEqual([...suggested.fragment.keys()], ["verblijf", "sector", "zorgverleners"]);
  const touched = update(shown, edited(COMPLETE, "plan=forum&verblijf=lang", "plan-edited"));
  assert.equal(touched.planTouched, true);
  assert.deepEqual([...touched.fragment], [...parseFragment(COMPLETE + "&plan=forum")]);
  const later = update(touched, edited(COMPLETE, "plan=forum"));
  assert.equal(later.fragment.get("plan"), "forum");
});

test("a plan the engine says the reader chose counts as the reader's", () => {
  const state = run(opened(COMPLETE + "&plan=forum"), { type: "asked" },
    { type: "advice", id: 1, result: answer({ chosenBy: "reader" }) });
  assert.equal(state.planTouched, true);
  assert.equal(update(state, edited(COMPLETE, "plan=forum")).fragment.get("plan"), "forum");
});

test("opening another link takes its answers and plan keys, and refills the plan form from the next answer", () => {
  const shown = run(opened(COMPLETE), { type: "asked" }, { type: "advice", id: 1, result: answer() });
  const next = update(shown, { type: "link-opened", fragment: parseFragment("verblijf=kort&plan=raad") });
  assert.equal(next.planShown, false);
  assert.equal(next.refillPlan, true);
  assert.deepEqual([...next.carried], [["plan", "raad"]]);
  const same = run(next, { type: "asked" }, { type: "advice", id: 2, result: answer() });
  assert.deepEqual(same.redraw, { advice: false, plan: true }); // same profile, yet the plan form is set anew
});

test("a plan the reader made is not carried into another opened link's edits", () => {
  const touched = run(opened(COMPLETE), { type: "asked" }, { type: "advice", id: 1, result: answer() },
    edited(COMPLETE, "plan=forum", "plan-edited"));
  const other = run(touched, { type: "link-opened", fragment: parseFragment(COMPLETE) }, { type: "asked" },
    { type: "advice", id: 2, result: answer() }, edited(COMPLETE + "&financiering=wmo", "plan=panel"));
  assert.deepEqual([...other.fragment], [...parseFragment(COMPLETE + "&financiering=wmo")]);
});

test("the engine's status messages are kept; an unknown message changes nothing", () => {
  const progress = { type: "progress", step: "runtime", received: {}, done: [] };
  const state = run(opened(""), progress, { type: "ready" });
  assert.equal(state.progress, progress);
  assert.equal(state.engineReady, true);
  assert.equal(update(state, { type: "failed" }).engineFailed, true);
  assert.equal(update(state, { type: "mystery" }), state);
});

test("update never changes the state it is given", () => {
  const before = opened(COMPLETE);
  const copy = structuredClone(before);
  run(before, { type: "asked" }, { type: "table-arrived", table: TABLE }, edited("verblijf=kort"),
    { type: "advice", id: 1, result: answer() });
  assert.deepEqual(before, copy);
});
