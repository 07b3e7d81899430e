"""What the reader does now, and the one headline sentence above the outcome.

- actions: at least one step per obligation that is `ja` (data/law.yaml
  obligation `actions.ja`), one "find out" step per obligation that is
  `onzeker`, none for `nee`. The find-out step is, in this order: ask the
  question that settles the answer (rule `settled_by`), the rule's own
  `find_out`, or the obligation's `actions.onzeker`.
- headline: one sentence from data/wizard.yaml `headline`, chosen by the
  outcomes of wmcz, clientenraad and inspraak, plus what settles an open answer.
"""
from .obligations import article_entry
from .profile import dutch_list
from .shapes import Action, Headline
from .text import fill

HEADLINE_OBLIGATIONS = ("wmcz", "clientenraad", "inspraak")


def actions_for(obligations: list[dict], labels: dict, data: dict) -> list[Action]:
    law = data["law"]
    by_id = {o["id"]: o for o in law["obligations"]}
    rules = {r["id"]: r for o in law["obligations"] for r in o["rules"]}
    articles = {a["id"]: a for a in law["articles"]}
    found: list[Action] = []
    for answer in obligations:
        declared = by_id[answer["id"]]
        if answer["status"] == "ja":
            steps = declared["actions"]["ja"]
        elif answer["status"] == "onzeker":
            steps = [_find_out(answer, rules[answer["rule"]], declared, data)]
        else:
            continue
        for step in steps:
            found.append({
                "id": step["id"],
                "obligation": answer["id"],
                "text": fill(" ".join(step["text"].split()), labels),
                "articles": [article_entry(articles[a]) for a in step.get("articles", [])],
                "certainty": answer["certainty"]["id"],
            })
    return found


def _find_out(answer: dict, rule: dict, declared: dict, data: dict) -> dict:
    question = rule.get("settled_by")
    if question:
        wording = data["wizard"]["result"]["actions"]
        return {"id": f"{answer['id']}-vraag-{question}",
                "text": fill(wording["settle"], {"vraag": _question(data, question)["label"], "titel": answer["title"]})}
    return rule.get("find_out") or declared["actions"]["onzeker"]


def headline_for(obligations: list[dict], labels: dict, data: dict) -> Headline:
    return headline_from([headline_basis(o) for o in obligations], labels, data)


def headline_basis(obligation: dict) -> str:
    """All the headline reads of one obligation, as text: "id:status:settled_by", id and
    status only for HEADLINE_OBLIGATIONS, settled_by only when open. The build's early
    table keys its headlines by these (inspraakwijzer/early_advice.py)."""
    named = obligation["id"] in HEADLINE_OBLIGATIONS
    settled_by = obligation.get("settled_by") if obligation["status"] == "onzeker" else None
    return ":".join([obligation["id"] if named else "", obligation["status"] if named else "", settled_by or ""])


def headline_from(basis: list[str], labels: dict, data: dict) -> Headline:
    """The headline from the obligations' headline_basis, in obligation order."""
    fields = [b.split(":") for b in basis]
    status = {id_: value for id_, value, _ in fields if id_}
    texts = data["wizard"]["result"]["headline"]
    if status["wmcz"] == "nee":
        text = texts["no_law"]
    elif status["wmcz"] == "onzeker":
        text = texts["law_unsure"]
    else:
        text = texts[f"raad_{status['clientenraad']}"][f"inspraak_{status['inspraak']}"]
    settled_by = list(dict.fromkeys(question for _, _, question in fields if question))
    if settled_by:
        names = [_question(data, q)["name"] for q in settled_by]
        text += " " + fill(texts["settled_by"], {"vragen": dutch_list([f"‘{n}’" for n in names])})
    return {"text": fill(" ".join(text.split()), labels), "settled_by": settled_by}


def _question(data: dict, question_id: str) -> dict:
    return next(q for q in data["wizard"]["questions"] if q["id"] == question_id)
