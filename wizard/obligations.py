"""Decide each obligation of data/law.yaml for a profile: the first matching rule wins."""
from .conditions import holds, obligation_named
from .contract import CERTAINTIES
from .shapes import Obligation
from .text import fill


def decide_obligations(profile: dict, labels: dict, data: dict) -> list[Obligation]:
    law = data["law"]
    articles = {a["id"]: a for a in law["articles"]}
    outcomes: dict[str, str] = {}
    certainty_of: dict[str, str] = {}
    origin_of: dict[str, str] = {}
    advice = []
    titles = {o["id"]: o["title"] for o in law["obligations"]}
    for obligation in law["obligations"]:
        rule = _first_rule(obligation, profile, outcomes)
        # An answer is never surer than the outcomes it rests on: "no
        # adviesrecht because no council" is only as sure as "no council".
        certainty = _weakest([rule["certainty"], *(certainty_of[o] for o in rests_on(rule))])
        source = _doubt_from(rule, certainty, certainty_of, origin_of)
        outcomes[obligation["id"]] = rule["status"]
        certainty_of[obligation["id"]] = certainty
        origin_of[obligation["id"]] = source or obligation["id"]
        entry = {
            "id": obligation["id"],
            "title": obligation["title"],
            "status": rule["status"],
            "why": fill(explained(rule, profile), labels),
            "articles": [article_entry(articles[a]) for a in rule.get("articles", obligation["articles"])],
            "certainty": certainty_entry(certainty, data, source and (source, titles[source])),
            "rule": rule["id"],
            "topic": obligation["topic"],  # id of the page in wet-en-regels/ that explains it
            "grade": grade_entry(certainty, data),
        }
        if "settled_by" in rule:
            entry["settled_by"] = rule["settled_by"]
        if "items_from" in obligation:
            entry["items"] = applicable_items(obligation["items_from"], profile, data)
        advice.append(entry)
    return advice


def explained(rule: dict, profile: dict) -> str:
    """The rule's why, plus a note for each unanswered question that could change the outcome."""
    notes = [text for field, text in rule.get("unanswered", {}).items() if field not in profile]
    return " ".join([rule["why"].strip(), *(note.strip() for note in notes)])


def applicable_items(article_id: str, profile: dict, data: dict) -> list[dict]:
    """The subjects of `article_id` that apply to this profile (e.g. art. 7 h only for long stay)."""
    return [
        {"id": item["id"], "letter": item["letter"], "text": item["text"],
         "certainty": certainty_entry(item["certainty"], data)}
        for item in data["law"]["items"]
        if item["article"] == article_id and item_applies(item, profile)
    ]


def item_applies(item: dict, facts) -> bool:
    """Whether a law item applies to a Context (or a clean profile)."""
    return all(holds(c, facts) for c in item.get("when", []))


def certainty_entry(certainty: str, data: dict, source: tuple[str, str] | None = None) -> dict:
    """A certainty level with its note; one taken over from another answer points there
    instead, so the reader meets the level's long note once, not under every answer."""
    described = data["vocabulary"]["certainty"][certainty]
    if source is None:
        return {"id": certainty, "label": described["label"], "note": described.get("note", "")}
    note = fill(data["wizard"]["result"]["certainty_inherited"], {"titel": source[1]})
    return {"id": certainty, "label": described["label"], "note": note, "follows": source[0]}


def grade_entry(certainty: str, data: dict) -> dict:
    """The short badge of a certainty level, linked to the one long explanation
    (data/wizard.yaml result.grade_link: a section of "Over deze informatie")."""
    link = data["wizard"]["result"]["grade_link"]
    return {"id": certainty, "label": data["vocabulary"]["certainty"][certainty]["label"],
            "topic": link["topic"], "section": link["section"]}


def _doubt_from(rule: dict, certainty: str, certainty_of: dict[str, str], origin_of: dict[str, str]) -> str | None:
    """The earlier answer where this answer's doubt starts, when the rule itself is surer."""
    if CERTAINTIES.index(rule["certainty"]) >= CERTAINTIES.index(certainty):
        return None
    return origin_of[next(o for o in rests_on(rule) if certainty_of[o] == certainty)]


def rests_on(rule: dict) -> list[str]:
    """The obligations a rule's answer depends on: named in `when`, or listed in `as_sure_as`."""
    named = [obligation_named(c) for c in rule["when"]]
    return [o for o in named if o] + list(rule.get("as_sure_as", []))


def _first_rule(obligation: dict, profile: dict, outcomes: dict) -> dict:
    for rule in obligation["rules"]:
        if all(holds(condition, profile, outcomes) for condition in rule["when"]):
            return rule
    # check_data makes the last rule unconditional, so this is a data bug.
    raise ValueError(f"no rule of obligation {obligation['id']!r} matched")


def _weakest(certainties: list[str]) -> str:
    return max(certainties, key=CERTAINTIES.index)


def article_entry(article: dict) -> dict:
    return {"id": article["id"], "label": article["label"], "url": article["url"]}
