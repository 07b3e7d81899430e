// The keuzehulp's state, changed only by update(state, event): a pure reducer,
// testable without a browser (tests/js/state.test.mjs). main.mjs turns DOM and
// worker events into these events and renders what the new state says.
import { carriedKeys, withMissing } from "./fragment.mjs";
import { earlyOutcome } from "./early.mjs";

/**
 * @param {Map<string, string>} fragment the opened link's answers
 * @param {string[]} questions the question ids, in form order
 */
export function initialState(fragment, questions) {
  return {
    questions,
    fragment,                             // what the URL holds and the engine is asked about
    carried: carriedKeys(questions, fragment), // non-question keys kept until the plan form exists
    latest: 0,                            // id of the last request to the engine
    answered: 0,                          // id of the answer shown
    edited: false,                        // the reader changed an answer on this page
    outcomeFirst: null,                   // decided once, when a first outcome shows: !edited
    shownProfile: "",                     // the profile (JSON) whose advice is shown
    planTouched: false,                   // the plan is the reader's, not the engine's suggestion
    planShown: false,                     // the plan form exists and holds the plan's keys
    refillPlan: true,                     // the next plan sets the plan form's controls
    table: null,                          // early.json, once it has arrived
    engineReady: false,
    engineFailed: false,
    progress: null,                       // the worker's last progress message
    early: null,                          // {headline, obligations, actions} from the table for `fragment`, or null
    answer: null,                         // the engine's last answer for `latest`
    ms: 0,                                // how long the engine took for it
    redraw: { advice: false, plan: false }, // what the last answer asks to render anew
  };
}

/**
 * Events: "answers-edited" and "plan-edited" {answers, plan: Maps read from the forms},
 * "link-opened" {fragment}, "asked", "table-arrived" {table}, and the worker's messages
 * "progress", "ready", "failed", "advice" {id, result, ms}.
 * @returns the next state; the same object when the event changes nothing (a stale answer)
 */
export function update(state, event) {
  switch (event.type) {
    case "answers-edited":
    case "plan-edited": {
      const planTouched = state.planTouched || event.type === "plan-edited";
      // Before the plan form exists, the plan keys of the opened link are kept; after, the
      // form's plan counts once the reader made it theirs (else the engine suggests again).
      const extra = state.planShown ? (planTouched ? event.plan : new Map()) : state.carried;
      return withEarly({ ...state, edited: true, planTouched, fragment: withMissing(event.answers, extra) });
    }
    case "link-opened": // as a freshly opened link: its plan is the reader's only if the engine says so
      return withEarly({
        ...state, fragment: event.fragment, carried: carriedKeys(state.questions, event.fragment),
        planShown: false, refillPlan: true, planTouched: false,
      });
    case "asked":
      return { ...state, latest: state.latest + 1 };
    case "table-arrived":
      return withEarly({ ...state, table: event.table });
    case "progress":
      return { ...state, progress: event };
    case "ready":
      return { ...state, engineReady: true };
    case "failed":
      return { ...state, engineFailed: true };
    case "advice":
      return event.id === state.latest ? answered(state, event) : state;
    default:
      return state;
  }
}

/** Until the engine is ready: the table's outcome for the fragment (null: wait). */
function withEarly(state) {
  const early = !state.engineReady && state.table ? earlyOutcome(state.table, state.fragment) : null;
  return { ...state, early, outcomeFirst: early ? firstOutcome(state) : state.outcomeFirst };
}

/** A shared link opens on the outcome; a reader who answered on the page stays at the questions. */
function firstOutcome(state) {
  return state.outcomeFirst === null ? !state.edited : state.outcomeFirst;
}

function answered(state, event) {
  const answer = event.result;
  const base = { ...state, answer, answered: event.id, ms: event.ms };
  if (!answer.advice) return { ...base, shownProfile: "", redraw: { advice: false, plan: false } };
  const profile = JSON.stringify(answer.advice.profile);
  const newAdvice = profile !== state.shownProfile;
  return {
    ...base, outcomeFirst: firstOutcome(state), shownProfile: profile,
    planTouched: state.planTouched || answer.plan.chosen_by === "reader",
    planShown: true, refillPlan: false, redraw: { advice: newAdvice, plan: newAdvice || state.refillPlan },
  };
}
