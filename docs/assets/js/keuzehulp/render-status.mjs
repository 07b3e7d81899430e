// The engine's status: one place, one line at a time (data-status picks it; the
// CSS keeps the place's height), so nothing moves when the status changes or goes.
import { fillIn } from "./early.mjs";
import { measure, own } from "./progress.mjs";

export function setStatus(page, status) {
  page.status.dataset.status = status;
}

/** A shared link shows the status where its methods will come; otherwise it stands under the intro. */
export function placeStatus(page, pending, move = true) {
  page.pending.hidden = !pending;
  if (pending && move) page.pending.appendChild(page.status);
  else if (page.pending.contains(page.status)) page.statusHome.parentNode.insertBefore(page.status, page.statusHome);
}

/** The step as it happens, and the bytes that have arrived of what travels (sizes from the
 * build's table) only while bytes travel: once they are here, the bar moves on its own
 * (indeterminate) while Python starts and the engine loads, so it never stands still full. */
export function renderProgress(page, state) {
  if (!state.progress) return;
  const labels = page.labels.progress;
  const { step, total, arrived } = measure(state.progress, state.table && state.table.runtime);
  const bar = page.status.querySelector("[data-wizard-progress]");
  const bytes = page.status.querySelector("[data-wizard-bytes]");
  const travelling = step === "runtime" && total !== undefined;
  if (travelling) {
    bar.max = total;
    bar.value = arrived;
    bytes.textContent = fillIn(labels.bytes, "{binnen}", megabytes(arrived)).replace("{totaal}", megabytes(total));
  } else {
    bar.removeAttribute("value");
    bytes.textContent = "";
  }
  if (total !== undefined) {
    page.status.querySelector("[data-wizard-size]").textContent = fillIn(labels.size, "{totaal}", megabytes(total));
  }
  const text = own(labels, step) || "";
  const shown = page.status.querySelector("[data-wizard-step]");
  if (shown.textContent !== text) {
    shown.textContent = text; // the live region speaks only when the step changes
    page.status.dataset.step = step; // which step shows (tests follow it)
  }
}

function megabytes(bytes) {
  return (bytes / 1e6).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + " MB";
}
