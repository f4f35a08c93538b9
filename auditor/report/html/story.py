"""A story page's view: verdict claims with their evidence, findings, text rows."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from auditor.report.html import words
from auditor.report.html.fidelity import FidelityView, Omission, SentenceScore, fidelity_view
from auditor.report.html.segments import Row, build_rows

MAX_EVIDENCE = 8


@dataclass(frozen=True)
class FindingView:
    index: int
    rule_id: str
    category: str
    cat: str            # CSS-safe category token
    category_label: str
    severity: str       # CSS-safe severity token
    line: Any
    column: Any
    text: str
    message: str
    suggestion: str | None
    languages: tuple[tuple[str, str], ...]
    outlet: str | None

    @property
    def n(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class Evidence:
    index: int
    rule_id: str
    text: str

    @property
    def n(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class Claim:
    key: str
    label: str
    words: str
    number: str
    bar: int | None                      # 0..20 (5% steps) or None
    evidence: tuple[Evidence, ...]
    extra: tuple[Evidence, ...] = ()     # shown behind "more"
    detail: str = ""


@dataclass(frozen=True)
class CategoryCount:
    category: str
    cat: str
    label: str
    help: str
    count: int


@dataclass(frozen=True)
class Block:
    """One displayed row of the story, or an omission inserted between rows."""

    row: Row | None = None
    score: SentenceScore | None = None     # on the first row of a scored sentence
    added: bool = False
    omission: Omission | None = None


@dataclass(frozen=True)
class StoryView:
    source: str
    title: str
    headline: str
    claims: tuple[Claim, ...]
    languages: tuple[tuple[str, str, str, int], ...]   # code, name, prob, bar
    severity_counts: tuple[tuple[str, int], ...]
    categories: tuple[CategoryCount, ...]
    findings: tuple[FindingView, ...]
    blocks: tuple[Block, ...]
    fidelity: FidelityView | None
    metadata: tuple[tuple[str, str], ...]
    signature: str


def _bar(p: float) -> int:
    return max(0, min(20, round(p * 20)))


def _finding_view(i: int, f: dict[str, Any]) -> FindingView:
    category = str(f.get("category", ""))
    ev = f.get("evidence") or {}
    langs = tuple((words.language_name(str(k)), words.fmt_number(v, 1))
                  for k, v in (ev.get("languages") or {}).items())
    return FindingView(
        index=i, rule_id=str(f.get("rule_id", "")), category=category,
        cat=words.css_token(category, words.CATEGORY_LABELS.keys()),
        category_label=words.category_label(category),
        severity=words.css_token(f.get("severity"), words.SEVERITIES),
        line=f.get("line", "?"), column=f.get("column", "?"), text=str(f.get("text", "")),
        message=str(f.get("message", "")),
        suggestion=None if f.get("suggestion") is None else str(f["suggestion"]),
        languages=langs, outlet=None if not ev.get("outlet") else str(ev["outlet"]),
    )


def _evidence(findings: list[FindingView], weights: dict[int, float]) -> tuple[Evidence, ...]:
    ranked = sorted(weights, key=lambda i: (-weights[i], i))
    return tuple(Evidence(i, findings[i].rule_id, findings[i].text)
                 for i in ranked if 0 <= i < len(findings))


def _claim(key: str, label: str, words_: str, number: str, bar: int | None,
           evidence: tuple[Evidence, ...], detail: str = "") -> Claim:
    """The strongest evidence is shown (in text order), the rest behind "more"."""
    def in_order(items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(sorted(items, key=lambda e: e.index))

    return Claim(key, label, words_, number, bar, in_order(evidence[:MAX_EVIDENCE]),
                 in_order(evidence[MAX_EVIDENCE:]), detail)


def _claims(verdict: dict[str, Any], findings: list[FindingView],
            raw: list[dict[str, Any]]) -> tuple[Claim, ...]:
    by_target: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for e in verdict.get("evidence") or []:
        by_target[str(e.get("target"))][int(e.get("finding", -1))] += float(e.get("weight", 0))
    translated = float(verdict.get("translated", 0.0))
    machine = float(verdict.get("machine_translated", 0.0))
    republished = float(verdict.get("republished", 0.0))
    lang = str(verdict.get("source_language", "und"))
    probs = verdict.get("source_language_probabilities") or {}
    lang_p = float(probs.get(lang, 0.0))
    lang_key = "translated" if lang in ("en", "und") else f"lang:{lang}"
    outlet = verdict.get("origin_outlet")
    claims = [
        _claim("translated", "Translated?", words.yes_no(translated).capitalize(),
               f"{translated:.2f}", _bar(translated), _evidence(findings, by_target["translated"]),
               f"{words.likelihood(translated)} a translation"),
        _claim("machine", "Machine-translated?", words.yes_no(machine).capitalize(),
               f"{machine:.2f}", _bar(machine),
               _evidence(findings, by_target["machine_translated"]),
               f"{words.likelihood(machine)} machine-translated"),
        _claim("language", "Source language",
               {"en": "English", "und": "Unknown"}.get(lang, words.language_name(lang)),
               f"{lang_p:.2f}", _bar(lang_p), _evidence(findings, by_target[lang_key]),
               "an English original" if lang == "en" else ""),
    ]
    if outlet:
        idx = int(outlet.get("finding", -1))
        domains = ", ".join(str(d) for d in outlet.get("domains") or [])
        detail = " · ".join(str(x) for x in (domains, outlet.get("country"), outlet.get("kind"))
                            if x)
        claims.append(_claim("outlet", "Origin outlet", str(outlet.get("name", "")), "", None,
                             _evidence(findings, {idx: 1.0}), detail))
    else:
        claims.append(_claim("outlet", "Origin outlet", "None named", "", None, (),
                             "no outlet named in the copy"))
    farm = {i: 1.0 for i, f in enumerate(raw) if (f.get("evidence") or {}).get("republished")}
    claims.append(_claim("republished", "Republished?", words.yes_no(republished).capitalize(),
                         f"{republished:.2f}", _bar(republished), _evidence(findings, farm),
                         "content-farm markers" if republished >= 0.5
                         else "no content-farm evidence"))
    return tuple(claims)


def _blocks(text: str, raw: list[dict[str, Any]], fid: FidelityView | None) -> list[Block]:
    if fid is None or not fid.scored:
        return [Block(row) for row in build_rows(text, raw)]
    starts = list(fid.sentence_starts)
    pending: dict[int, list[Omission]] = defaultdict(list)
    known = {s.k for s in fid.sentences}
    for o in fid.omissions:
        key = o.after_sentence if o.after_sentence in known else -1 if o.after_sentence < 0 else -2
        pending[key].append(o)
    blocks = [Block(omission=o) for o in pending.pop(-1, [])]
    rows = build_rows(text, raw, starts)
    for n, row in enumerate(rows):
        owner = bisect.bisect_right(starts, row.start) - 1
        mid = (row.start + row.end) / 2
        added = any(a <= mid < b for a, b in fid.additions)
        score = fid.sentences[row.sentence] if row.sentence is not None else None
        blocks.append(Block(row, score, added))
        next_owner = (bisect.bisect_right(starts, rows[n + 1].start) - 1
                      if n + 1 < len(rows) else None)
        if owner >= 0 and next_owner != owner:
            blocks.extend(Block(omission=o) for o in pending.pop(fid.sentences[owner].k, []))
    blocks.extend(Block(omission=o) for group in pending.values() for o in group)
    return blocks


def _metadata(meta: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(meta, dict):
        return ()
    out = []
    for k, v in meta.items():
        if v in (None, "", [], {}):
            continue
        value = ", ".join(map(str, v)) if isinstance(v, list) else str(v)
        out.append((str(k).replace("_", " "), value))
    return tuple(out)


def story_view(record: dict[str, Any], text: str) -> StoryView:
    raw = [f for f in record.get("findings") or [] if isinstance(f, dict)]
    findings = [_finding_view(i, f) for i, f in enumerate(raw)]
    verdict = record.get("verdict") or {}
    fidelity = fidelity_view(record.get("fidelity"), text)
    counts = {s: 0 for s in words.SEVERITIES}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    per_cat: dict[str, int] = defaultdict(int)
    for f in findings:
        per_cat[f.cat] += 1
    cats = tuple(CategoryCount(c, c, words.category_label(c) if c != "other" else "Other",
                               words.CATEGORY_HELP.get(c, "categories this page does not know"),
                               per_cat[c])
                 for c in [*words.CATEGORY_LABELS, "other"] if c in per_cat)
    probs = verdict.get("source_language_probabilities") or {}
    langs = tuple((str(k), words.language_name(str(k)), f"{float(p):.2f}", _bar(float(p)))
                  for k, p in list(probs.items())[:5])
    meta = record.get("metadata")
    source = str(record.get("source", ""))
    title = str(meta.get("title")) if isinstance(meta, dict) and meta.get("title") else source
    signature = (record.get("signature") or {}).get("text", "")
    return StoryView(
        source=source, title=title, headline=words.headline(verdict),
        claims=_claims(verdict, findings, raw), languages=langs,
        severity_counts=tuple((s, n) for s, n in counts.items() if s in words.SEVERITIES),
        categories=cats, findings=tuple(findings),
        blocks=tuple(_blocks(text, raw, fidelity)), fidelity=fidelity,
        metadata=_metadata(meta), signature=str(signature),
    )
