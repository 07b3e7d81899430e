"""The early table for every complete link: which obligations any answers give (early.json `links`).

The obligations depend on only some answers, and on those only through the
predicates and conflicts of the engine. Instead of writing that down here (a
second copy of the rules), the build runs the engine's own code on profiles
that record what the rules read:

- a profile records which answers were read (and whether one was given): an
  answer that was not read cannot change the result, so a branch of the
  decision tree stops there;
- a number answer records the numbers it was compared with: the bands of a
  number question are cut exactly there (found by running the tree again
  until no new cut appears);
- the answers of a multiple question are grouped by what the predicates that
  read it say about them (e.g. Wmo only, Wmo without a care law, a care law).

The diagram is in parts, so that answers that change different obligations
multiply nothing (decisions/0012, "Parts"):

- the core: the first obligations, up to the last one a later rule rests on
  (`core_size`), and the conflicts, decided together by the engine on those
  obligations alone; its leaves hold their obligations;
- below each core leaf, for every later obligation, a small diagram over the
  answers that obligation itself reads (`links.then`): it reads only the
  core's outcomes, which are the same everywhere below the leaf. The engine
  decides them all at once, and a log of what it read while deciding each
  obligation remembers each answer by the answers that obligation read.

Each leaf is then checked against `wizard.obligations_for` at the highest
number of its bands (the lowest is the profile it was decided for; the tests
walk every way at both ends); answers the rules find contradictory (the
conflicts of wizard/profile.py) give an empty leaf: the page waits for the
engine, which explains the conflict. Last, the answers of a question that
lead to the same subtree in every node are merged into one class
(decisions/0012-early-table-classes.md).
"""
from __future__ import annotations

import itertools
import json

import wizard
from wizard.context import Context
from wizard.contract import CHOICE, MULTIPLE, NUMBER, QUESTIONS, Question
from wizard.conditions import parse
from wizard.facts import AFTER
from wizard.obligations import decide_obligations
from wizard.predicates import PREDICATES
from wizard.profile import CONFLICTS, answer_labels, conflicts_in


class TableError(AssertionError):
    """The table would not say what the engine says: a bug in the build, never the reader's."""


def fill(value, placeholder: str, text: str):
    """value with every placeholder in its strings replaced (keuzehulp/early.mjs does the same)."""
    if isinstance(value, str):
        return value.replace(placeholder, text)
    if isinstance(value, list):
        return [fill(item, placeholder, text) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, placeholder, text) for key, item in value.items()}
    return value


class _Reads(dict):
    """A profile, or its labels, that records which answers the rules read."""

    def __init__(self, values: dict, reads: set):
        super().__init__(values)
        self.reads = reads

    def __getitem__(self, key):
        self.reads.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.reads.add(key)
        return super().get(key, default)

    def __contains__(self, key):
        self.reads.add(key)
        return super().__contains__(key)


class _Number(int):
    """A number answer that records where the rules cut: each cut starts a band."""

    def __new__(cls, value: int, cuts: set):
        number = super().__new__(cls, value)
        number.cuts = cuts
        return number

    def _cut(self, other, *starts) -> None:
        if isinstance(other, int) and not isinstance(other, bool):
            self.cuts.update(int(other) + s for s in starts)

    def __lt__(self, other):
        self._cut(other, 0)
        return int(self) < other

    def __ge__(self, other):
        self._cut(other, 0)
        return int(self) >= other

    def __le__(self, other):
        self._cut(other, 1)
        return int(self) <= other

    def __gt__(self, other):
        self._cut(other, 1)
        return int(self) > other

    def __eq__(self, other):
        self._cut(other, 0, 1)
        return int(self) == other

    def __ne__(self, other):
        self._cut(other, 0, 1)
        return int(self) != other

    __hash__ = int.__hash__


def placeholder(question: Question) -> str:
    return "{" + question.id + "}"


def subsets(question: Question) -> list[tuple[str, ...]]:
    """Every non-empty answer of a multiple question, in contract order (as the engine writes it)."""
    return [combo for size in range(1, len(question.values) + 1)
            for combo in itertools.combinations(question.values, size)]


class Axis:
    """One question: its positions (values, bands or answer sets, then unanswered when optional)
    and the branches the tree tries (one representative answer per group of positions)."""

    def __init__(self, question: Question, cuts: set[int], groups: list[list[int]] | None = None):
        self.question = question
        q = question
        if q.kind == CHOICE:
            self.answers = list(q.values)
        elif q.kind == NUMBER:
            starts = sorted({q.minimum, *(c for c in cuts if q.minimum < c <= q.maximum)})
            self.bands = [[low, high - 1] for low, high in zip(starts, [*starts[1:], q.maximum + 1])]
            self.answers = [low for low, _ in self.bands]
        else:
            self.answers = [list(s) for s in subsets(q)]
        self.positions = len(self.answers) + (0 if q.required else 1)
        # branches: (representative answer or None = unanswered, positions it stands for)
        groups = groups or [[i] for i in range(len(self.answers))]
        self.branches = [(self.answers[g[0]], g) for g in groups]
        if not q.required:
            self.branches.append((None, [len(self.answers)]))


def _group_sets(question: Question, data: dict, others: list[Question]) -> list[list[int]]:
    """The answer sets of a multiple question grouped by what every predicate and conflict
    that reads the question says about them, whatever the other answers (choices tried in full)."""
    sets = subsets(question)
    reps = {q.id: ([None] if not q.required else []) + (
        list(q.values) if q.kind == CHOICE else [q.minimum, q.maximum] if q.kind == NUMBER
        else [[v] for v in q.values]) for q in others}
    # Predicates and conflicts read the answers through a Context (wizard/context.py),
    # which reads the recording dict, so what they read is still recorded.
    tests = [*(lambda p, f=f: f(Context(p)) for f in PREDICATES.values()),
             *(lambda p, c=c: Context(p).all_hold(c.when) if all(f in p for f in c.needs) else None
               for c in CONFLICTS)]
    readers, fields = [], set()
    for test in tests:  # which tests read the question, and what else they read
        reads: set = set()
        for answer in ([list(sets[0])], [list(sets[-1])]):
            try:
                test(_Reads({**{q.id: reps[q.id][-1] for q in others}, question.id: answer}, reads))
            except (KeyError, TypeError):
                pass
        if question.id in reads:
            readers.append(test)
            fields |= reads - {question.id}
    varied = [q for q in others if q.id in fields]
    base = {q.id: reps[q.id][-1] for q in others if q.required}
    samples = [dict(zip([q.id for q in varied], combo)) for combo in itertools.product(*(reps[q.id] for q in varied))]
    groups: dict[tuple, list[int]] = {}
    for index, answer in enumerate(sets):
        signature = []
        for sample in samples:
            profile = {**base, **{k: v for k, v in sample.items() if v is not None}, question.id: list(answer)}
            for test in readers:
                try:
                    signature.append(test(profile))
                except (KeyError, TypeError):
                    signature.append("error")
        groups.setdefault(tuple(signature), []).append(index)
    return list(groups.values())


# Optional questions the table leaves to the engine: a link that carries one
# waits for it (links["wait"]). None since the table is split in parts
# (decisions/0012); every question is an axis of the table unless it is listed here.
WAIT_FOR_ENGINE: tuple[str, ...] = ()


def core_size(data: dict) -> int:
    """How many obligations, from the first, the table decides together (the core): every
    obligation a later one rests on (names in a condition, or through a fact, or as_sure_as).
    Each later obligation is a part of its own, decided below the core's leaf."""
    obligations = data["law"]["obligations"]
    index = {o["id"]: i for i, o in enumerate(obligations)}
    named = set()
    for obligation in obligations:
        for rule in obligation["rules"]:
            for condition in rule["when"]:
                kind, name, _ = parse(condition)
                named.update([name] if kind == "outcome" else AFTER.get(name, ()))
            named.update(rule.get("as_sure_as", ()))
    return 1 + max((index[n] for n in named if n in index), default=-1)


def links(data: dict, intern) -> dict:
    """early.json `links` (see early_advice); `intern(obligation)` gives an obligation's index."""
    questions = [q for q in QUESTIONS if q.id not in WAIT_FOR_ENGINE]
    groups = {q.id: _group_sets(q, data, [o for o in questions if o is not q]) for q in questions if q.kind == MULTIPLE}
    cuts: dict[str, set[int]] = {q.id: set() for q in questions if q.kind == NUMBER}
    memo: list[tuple[tuple, dict]] = []  # the core's results by the answers read: true whatever the bands
    while True:  # until no evaluation finds a cut the bands do not have yet
        axes = [Axis(q, cuts.get(q.id, set()), groups.get(q.id)) for q in questions]
        tree = _Tree(axes, data, cuts, intern, memo)
        try:
            tree.root = tree.build({})
            tree.build_parts()
        except _NewCut:
            continue
        for check in tree.checks.values():
            tree.check(*check)
        for check in tree.part_checks.values():
            tree.check_part(*check)
        return {**tree.export(), "wait": [q.id for q in QUESTIONS if q.id in WAIT_FOR_ENGINE]}


class _NewCut(Exception):
    """A rule compared a number with one the bands do not cut at yet: start again with it."""


class _Log:
    """Which answers the engine read while it decided each obligation (None: before the first)."""

    def __init__(self):
        self.current = None
        self.sets: dict[int | None, set] = {}

    def add(self, key) -> None:
        self.sets.setdefault(self.current, set()).add(key)


class _Marked(dict):
    """An obligation of data/law.yaml that tells the log when the engine starts deciding it
    (decide_obligations reads an obligation's rules first)."""

    def __init__(self, obligation: dict, index: int, log: _Log):
        super().__init__(obligation)
        self.index, self.log = index, log

    def __getitem__(self, key):
        if key == "rules":
            self.log.current = self.index
        return super().__getitem__(key)


class _Tree:
    def __init__(self, axes: list[Axis], data: dict, cuts: dict[str, set], intern, memo: list):
        self.axes, self.data, self.cuts, self.intern = axes, data, cuts, intern
        law = data["law"]
        self.core = core_size(data)
        # The core is decided by the engine on the law's first obligations only.
        self.core_data = {**data, "law": {**law, "obligations": law["obligations"][:self.core]}}
        self.axis_of = {axis.question.id: a for a, axis in enumerate(axes)}
        self.cubes: list[tuple[dict, int]] = []  # every way to a core leaf: (branches fixed, leaf)
        self.then: dict[int, list[int]] = {}  # core leaf -> the root of each part below it
        self.part_memo: dict[tuple, list] = {}  # (part, core leaf) -> [(axes read, {branches: entry})]
        self.part_checks: dict[tuple, tuple] = {}
        self.evaluations = 0
        self.templates: dict[int, dict] = {}  # obligation index -> its template
        self.nodes: list[tuple[int, tuple]] = []
        self.node_index: dict[tuple, int] = {}
        self.leaves: list[tuple | None] = []
        self.leaf_index: dict[tuple | None, int] = {}
        self.root = 0
        self.checks: dict[tuple, tuple] = {}  # run once the bands are final
        # The result depends only on the answers the rules read: (fields read, {their answers: result}).
        self.memo = memo

    def build(self, assigned: dict[int, int]) -> int:
        """The reference (node >= 0, leaf < 0) for answers with these branches fixed (axis -> branch)."""
        reads: set = set()
        known = {field: len(cuts) for field, cuts in self.cuts.items()}
        template, profile = self._evaluate(assigned, reads)
        if any(len(cuts) != known[field] for field, cuts in self.cuts.items()):
            raise _NewCut()
        for a, axis in enumerate(self.axes):
            if a not in assigned and axis.question.id in reads:
                children = tuple(self.build({**assigned, a: b}) for b in range(len(axis.branches)))
                if len(set(children)) == 1:
                    return children[0]
                return self._node(a, children)
        high = self._answers(assigned, high=True)
        self.checks.setdefault((_key(profile, reads), _key(high, reads)), (template, profile, high))
        leaf = self._leaf(None if template is None else tuple(self.intern(o) for o in template))
        if template is not None:
            self.cubes.append((assigned, leaf))
        return leaf

    def _answers(self, assigned: dict[int, int], high: bool = False) -> dict:
        profile = {}
        for a, axis in enumerate(self.axes):
            answer, positions = axis.branches[assigned.get(a, 0)]
            if answer is None:
                continue
            if high and axis.question.kind == NUMBER:
                answer = axis.bands[positions[0]][1]
            profile[axis.question.id] = answer
        return profile

    def _evaluate(self, assigned: dict[int, int], reads: set):
        plain = self._answers(assigned)
        for fields, results in self.memo:
            key = _key(plain, fields)
            if key in results:
                reads.update(fields)
                return results[key], plain
        template, plain = self._decide(plain, reads)
        fields = tuple(sorted(reads))
        for known, results in self.memo:  # noqa: B007  (results is used after the break)
            if known == fields:
                break
        else:
            results = {}
            self.memo.append((fields, results))
        results[_key(plain, fields)] = template
        return template, plain

    def _decide(self, plain: dict, reads: set):
        profile = dict(plain)
        for axis in self.axes:
            if axis.question.kind == NUMBER and axis.question.id in profile:
                profile[axis.question.id] = _Number(profile[axis.question.id], self.cuts[axis.question.id])
        tracked = _Reads(profile, reads)
        if conflicts_in(tracked):
            return None, plain
        self.evaluations += 1
        return decide_obligations(tracked, _Reads(self._labels(plain), reads), self.core_data), plain

    def _labels(self, plain: dict) -> dict:
        return {**answer_labels(plain, self.data),
                **{a.question.id: placeholder(a.question) for a in self.axes
                   if a.question.kind != CHOICE and a.question.id in plain}}

    # --- the parts: each obligation after the core, decided below the core's leaf --------

    def build_parts(self) -> None:
        """For every core leaf, one small diagram per later obligation over the answers that
        obligation itself reads: what the core decided is the same everywhere below its leaf,
        and an obligation reads the outcomes of the core only (core_size)."""
        parts = range(self.core, len(self.data["law"]["obligations"]))
        found: dict[tuple, dict] = {}  # (part, core leaf) -> {(axes read, their branches): entry}
        for assigned, leaf in self.cubes:
            for part in parts:
                self._part_leaves(part, leaf, assigned, found.setdefault((part, leaf), {}))
        for leaf in dict.fromkeys(leaf for _, leaf in self.cubes):
            self.then[leaf] = [self._grow(part, list(found[part, leaf].items()), {}) for part in parts]

    def _part_leaves(self, part: int, leaf: int, assigned: dict[int, int], found: dict) -> None:
        """What `part` decides for every answer below `assigned` (a way to the core's `leaf`):
        split on the answers it reads that the way leaves open."""
        entry, read = self._part_entry(part, leaf, assigned)
        for a in read:
            if a not in assigned:
                for b in range(len(self.axes[a].branches)):
                    self._part_leaves(part, leaf, {**assigned, a: b}, found)
                return
        key = (read, tuple(assigned[a] for a in read))
        if found.setdefault(key, entry) != entry:
            raise TableError(f"obligation {part} reads more than the table records")
        if (part, leaf, entry) not in self.part_checks:
            self.part_checks[part, leaf, entry] = (part, entry, self._answers(assigned, high=True))

    def _part_entry(self, part: int, leaf: int, assigned: dict[int, int]) -> tuple[int, tuple]:
        """(obligation index, axes it read) for `part` at these answers: remembered by what it read."""
        known = self.part_memo.setdefault((part, leaf), [])
        for read, results in known:
            key = tuple(assigned.get(a, 0) for a in read)
            if key in results:
                return results[key], read
        for p, (entry, read) in self._decide_parts(assigned).items():  # every part at once
            results = next((r for k, r in self.part_memo.setdefault((p, leaf), []) if k == read), None)
            if results is None:
                results = {}
                self.part_memo[p, leaf].append((read, results))
            results[tuple(assigned.get(a, 0) for a in read)] = entry
        return self._part_entry(part, leaf, assigned)

    def _decide_parts(self, assigned: dict[int, int]) -> dict[int, tuple[int, tuple]]:
        """The engine's every later obligation at these answers, with the axes each read."""
        plain = self._answers(assigned)
        known = {field: len(cuts) for field, cuts in self.cuts.items()}
        profile = dict(plain)
        for axis in self.axes:
            if axis.question.kind == NUMBER and axis.question.id in profile:
                profile[axis.question.id] = _Number(profile[axis.question.id], self.cuts[axis.question.id])
        log = _Log()
        law = self.data["law"]
        marked = {**self.data, "law": {**law, "obligations": [
            _Marked(o, i, log) for i, o in enumerate(law["obligations"])]}}
        self.evaluations += 1
        decided = decide_obligations(_Reads(profile, log), _Reads(self._labels(plain), log), marked)
        if any(len(cuts) != known[field] for field, cuts in self.cuts.items()):
            raise _NewCut()
        for p in range(self.core, len(decided)):
            self.templates.setdefault(self.intern(decided[p]), decided[p])
        return {p: (self.intern(decided[p]),
                    tuple(sorted(self.axis_of[f] for f in log.sets.get(p, ()) if f in self.axis_of)))
                for p in range(self.core, len(decided))}

    def _grow(self, part: int, found: list, fixed: dict[int, int]) -> int:
        """The diagram of one part below one core leaf, from what it decided where (`found`:
        ((axes read, their branches), entry)); a branch no answer below the leaf reaches
        takes a sibling's way."""
        entries = {entry for _, entry in found}
        if len(entries) == 1:
            return self._leaf((entries.pop(),))
        open_axes = [a for (read, _), _ in found for a in read if a not in fixed]
        if not open_axes:
            raise TableError(f"obligation {part} gives two answers for the same answers")
        a = min(open_axes)
        children = []
        for b in range(len(self.axes[a].branches)):
            below = [f for f in found if a not in f[0][0] or f[0][1][f[0][0].index(a)] == b]
            children.append(self._grow(part, below, {**fixed, a: b}) if below else None)
        reached = [c for c in children if c is not None]
        children = tuple(reached[0] if c is None else c for c in children)
        return children[0] if len(set(children)) == 1 else self._node(a, children)

    def check_part(self, part: int, entry: int, high: dict) -> None:
        """A part's leaf at the top of its bands is the engine's own obligation."""
        engine = wizard.obligations_for(high, self.data)[part]
        shown = self._filled(self.templates[entry], high)
        if shown != json.dumps(engine, sort_keys=True, ensure_ascii=False):
            raise TableError(f"the early table's obligation {engine['id']} for {high} is not what the engine gives")

    def _filled(self, template, answers: dict) -> str:
        shown = json.dumps(template, sort_keys=True, ensure_ascii=False)
        for axis in self.axes:
            q = axis.question
            if q.kind != CHOICE and q.id in answers:
                label = answer_labels({q.id: answers[q.id]}, self.data)[q.id]
                shown = shown.replace(placeholder(q), json.dumps(label, ensure_ascii=False)[1:-1])
        return shown

    def check(self, template, low: dict, high: dict) -> None:
        """The core's leaf at the top of its bands is what the engine answers (or refuses). Its
        lowest answers are the very profile the leaf was decided for; tests/test_early_advice.py
        checks every class at both ends."""
        try:
            engine = wizard.obligations_for(high, self.data)
        except wizard.ProfileError:
            engine = None
        if template is None or engine is None:
            if (template is None) != (engine is None):
                raise TableError(f"the early table and the engine disagree on whether {high} is valid")
            return
        if self._filled(template, high) != json.dumps(engine[:self.core], sort_keys=True, ensure_ascii=False):
            raise TableError(f"the early table's obligations for {high} are not what the engine gives")

    def _node(self, axis: int, children: tuple) -> int:
        key = (axis, children)
        if key not in self.node_index:
            self.node_index[key] = len(self.nodes)
            self.nodes.append(key)
        return self.node_index[key]

    def _leaf(self, obligations: tuple | None) -> int:
        if obligations not in self.leaf_index:
            self.leaf_index[obligations] = len(self.leaves)
            self.leaves.append(obligations)
        return -1 - self.leaf_index[obligations]

    def export(self) -> dict:
        """Merge the branches of an axis that lead to the same place in every node of it: its classes."""
        axes_out, free, class_of_branch = [], [], {}
        for a, axis in enumerate(self.axes):
            q = axis.question
            columns = [tuple(children[b] for _, children in (n for n in self.nodes if n[0] == a))
                       for b in range(len(axis.branches))]
            classes: dict[tuple, int] = {}
            branch_class = [classes.setdefault(column, len(classes)) for column in columns]
            class_of_branch[a] = branch_class
            values = (list(q.values) if q.kind == CHOICE else
                      [",".join(s) for s in subsets(q)] if q.kind == MULTIPLE else None)
            if len(classes) == 1 and not q.required:
                free.append({"id": q.id, "values": list(q.values) if q.kind != NUMBER else [],
                             "list": q.kind == MULTIPLE, **({"bands": [[q.minimum, q.maximum]]} if q.kind == NUMBER else {})})
                continue
            position_class = [0] * axis.positions
            for b, (_, positions) in enumerate(axis.branches):
                for p in positions:
                    position_class[p] = branch_class[b]
            entry = {"id": q.id, "optional": not q.required, "classes": position_class}
            if q.kind == NUMBER:
                entry.update(bands=axis.bands, fill=placeholder(q))
            else:
                entry["values"] = values
            if q.kind == MULTIPLE:
                entry.update(fill=placeholder(q),
                             labels=[answer_labels({q.id: list(s)}, self.data)[q.id] for s in subsets(q)])
            axes_out.append((a, entry))
        index_of = {a: i for i, (a, _) in enumerate(axes_out)}
        nodes = []
        for a, children in self.nodes:
            by_class: dict[int, int] = {}
            for b, child in enumerate(children):
                by_class.setdefault(class_of_branch[a][b], child)
            nodes.append([index_of[a], [by_class[c] for c in range(len(by_class))]])
        wait = self._leaf(None)  # `root` for a reader of before `start`: it waits for the engine
        return {"axes": [entry for _, entry in axes_out], "free": free, "root": wait, "start": self.root,
                "nodes": nodes, "leaves": [None if leaf is None else list(leaf) for leaf in self.leaves],
                "then": [self.then.get(-1 - i, []) for i in range(len(self.leaves))]}


def _key(answers: dict, fields) -> tuple:
    """The answers to `fields` (None: unanswered), hashable."""
    return tuple(tuple(v) if isinstance(v, list) else v for v in (answers.get(f) for f in fields))


def _walks(links_table: dict, ref: int, fixed: dict[int, int]):
    """(classes along the way, leaf index) for every way from `ref` that agrees with `fixed`."""
    if ref < 0:
        yield fixed, -1 - ref
        return
    axis, children = links_table["nodes"][ref]
    for class_, child in enumerate(children):
        if fixed.get(axis, class_) == class_:
            yield from _walks(links_table, child, {**fixed, axis: class_})


def paths(links_table: dict):
    """Ways through the `links` diagram, {axis index: class}, for tests that walk it: every way
    to a core leaf, and every way through each part below it, each in at least one of them."""
    if "start" not in links_table:
        yield from (fixed for fixed, _ in _walks(links_table, links_table["root"], {}))
        return
    by_leaf: dict[int, list[dict]] = {}
    for fixed, leaf in _walks(links_table, links_table["start"], {}):
        by_leaf.setdefault(leaf, []).append(fixed)
    for leaf, ways in by_leaf.items():
        layers = [dict(way) for way in ways]
        for part, root in enumerate(links_table["then"][leaf]):
            for sub, _ in _walks(links_table, root, {}):
                fits = [i for i, layer in enumerate(layers) if part not in layer.get("parts", ())
                        and all(layer.get(a, c) == c for a, c in sub.items())]
                if fits:
                    layers[fits[0]].update(sub)
                    layers[fits[0]].setdefault("parts", set()).add(part)
                    continue
                way = next((w for w in ways if all(w.get(a, c) == c for a, c in sub.items())), None)
                if way is not None:  # else no answer below the leaf goes this way
                    layers.append({**way, **sub, "parts": {part}})
        for layer in layers:
            layer.pop("parts", None)
            for root in links_table["then"][leaf]:  # the parts this layer does not yet choose a way in
                layer.update(next(_walks(links_table, root, layer))[0])
            yield layer


def look_up(table: dict, fragment: dict[str, str]) -> dict | None:
    """What a page shows for a link's answers with early.json ({headline, obligations, actions},
    as wizard.outcome_for gives them), or None: wait for the engine.

    The reference for keuzehulp/early.mjs: only values exactly as the engine writes
    them back count (a number without leading zeros, a list in contract order)."""
    links_table = table["links"]
    if any(question in fragment for question in links_table["wait"]):
        return None
    for free in links_table["free"]:
        if free["id"] in fragment:
            if "bands" in free:
                if _band(free["bands"], fragment[free["id"]]) is None:
                    return None
            else:
                given = fragment[free["id"]].split(",") if free["list"] else [fragment[free["id"]]]
                if not all(value in free["values"] for value in given):
                    return None
    classes, fills = [], []
    for axis in links_table["axes"]:
        value = fragment.get(axis["id"])
        if value is None:
            if not axis["optional"]:
                return None
            position = len(axis["classes"]) - 1
        elif "bands" in axis:
            position = _band(axis["bands"], value)
            fills.append((axis["fill"], value))
        else:
            position = axis["values"].index(value) if value in axis["values"] else None
            if position is not None and "labels" in axis:
                fills.append((axis["fill"], axis["labels"][position]))
        if position is None:
            return None
        classes.append(axis["classes"][position])
    refs, found = [links_table.get("start", links_table["root"])], []
    for ref in refs:  # the core, then each part below the core's leaf
        while ref >= 0:
            axis, children = links_table["nodes"][ref]
            ref = children[classes[axis]]
        if links_table["leaves"][-1 - ref] is None:
            return None
        found += links_table["leaves"][-1 - ref]
        refs += links_table.get("then", [[]] * len(links_table["leaves"]))[-1 - ref]
    return _outcome(table, fragment, found, fills)


def _outcome(table: dict, fragment: dict[str, str], found: list[int], fills: list) -> dict | None:
    """The obligations `found`, with the headline and the steps above them
    (inspraakwijzer/early_outcome.py), placeholders filled; None: the headline is not in the table."""
    by = table["headline_by"]
    key = "|".join([*(fragment.get(q, "") for q in by["answers"]), *(table["headline_basis"][i] for i in found)])
    if key not in by["map"]:
        return None
    outcome = {"headline": table["headlines"][by["map"][key]],
               "obligations": [table["obligations"][i] for i in found],
               "actions": [table["actions"][a] for i in found for a in table["actions_of"][i]]}
    for name, text in fills:
        outcome = fill(outcome, name, text)
    return outcome


def _band(bands: list[list[int]], value: str) -> int | None:
    number = int(value) if value.isascii() and value.isdigit() and str(int(value)) == value else None
    return next((i for i, (low, high) in enumerate(bands) if number is not None and low <= number <= high), None)


def size(table: dict) -> int:
    return len(json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode())
