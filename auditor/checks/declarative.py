"""Declarative rule kinds loaded from YAML rule packs: pattern, lexicon, variants.

A pack is a YAML list of rules. Every rule has ``id``, ``kind``, ``category``,
``severity``, ``message``, optional ``suggestion``, ``languages`` (weights),
``explanation`` and ``examples: {bad: [...], good: [...]}``. Messages and
suggestions are templates over the match's named groups and ``{match}``.

* pattern: ``pattern`` (regex; the span is group ``span`` if present, else the
  whole match), ``ignore_case``, ``unless`` (regexes: skip when one matches the
  sentence around the hit), ``outside_quotes`` (skip hits in direct quotes),
  ``gate`` (literal strings, one of which must occur in the text, lower-cased
  when ``ignore_case``, before the regex runs: a cheap test that spares most
  stories a regex scan).
* lexicon: ``data`` (a TSV file with a ``term`` column, optional ``languages``
  as ``es:1.5 fr:1``, and any other columns usable in templates) or inline
  ``terms``; matched as whole words, case-sensitively unless ``ignore_case``.
* variants: ``groups`` (lists of spellings of one entity) or ``data`` (TSV,
  one group per line, spellings separated by ``|``): flags every spelling that
  differs from the first one used in the story.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.checks.base import Rule, examples
from auditor.document import Document
from auditor.errors import RuleError
from auditor.finding import Finding, Severity

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""


def render(template: str | None, values: Mapping[str, Any]) -> str | None:
    if template is None:
        return None
    return template.format_map(_Default(values))


def parse_languages(value: Any) -> dict[str, float]:
    """``{"es": 1.5}``, ``"es:1.5 fr"`` or ``["es", "fr"]`` -> weights."""
    if not value:
        return {}
    if isinstance(value, Mapping):
        return {str(k): float(v) for k, v in value.items()}
    items = value.split() if isinstance(value, str) else list(value)
    out = {}
    for item in items:
        code, _, weight = str(item).partition(":")
        out[code] = float(weight) if weight else 1.0
    return out


def _data_path(name: str, pack_dir: Path) -> Path:
    for base in (pack_dir, DATA_DIR):
        if (base / name).is_file():
            return base / name
    raise RuleError(f"data file {name!r} not found", f"looked in {pack_dir} and {DATA_DIR}",
                    "put the file beside the rule pack")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        return [dict(r) for r in csv.DictReader(rows, delimiter="\t")]


@dataclass(frozen=True)
class PatternCheck:
    rules: tuple[Rule, ...]
    regex: re.Pattern[str]
    unless: tuple[re.Pattern[str], ...]
    outside_quotes: bool
    gate: tuple[str, ...] = ()
    ignore_case: bool = False

    def _opened(self, doc: Document) -> bool:
        if not self.gate:
            return True
        text = doc.lower_text if self.ignore_case else doc.text
        return any(g in text for g in self.gate)

    def run(self, doc: Document) -> Iterable[Finding]:
        if not self._opened(doc):
            return
        rule = self.rules[0]
        for m in self.regex.finditer(doc.text):
            start, end = m.span("span") if "span" in self.regex.groupindex else m.span()
            if start == end or (self.outside_quotes and doc.in_quote(start, end)):
                continue
            if self.unless:
                sent = doc.sentence_at(start)
                context = sent.text(doc.text) if sent else doc.text[max(0, start - 200) : end + 200]
                if any(u.search(context) for u in self.unless):
                    continue
            values = {k: v or "" for k, v in m.groupdict().items()} | {"match": m.group()}
            yield rule.finding(
                doc, start, end,
                message=render(rule.message, values),
                suggestion=render(rule.suggestion, values),
            )


@dataclass(frozen=True)
class LexiconCheck:
    rules: tuple[Rule, ...]
    regex: re.Pattern[str]
    entries: Mapping[str, Mapping[str, str]]
    ignore_case: bool
    outside_quotes: bool

    def run(self, doc: Document) -> Iterable[Finding]:
        rule = self.rules[0]
        for m in self.regex.finditer(doc.text):
            if self.outside_quotes and doc.in_quote(m.start(), m.end()):
                continue
            key = m.group().lower() if self.ignore_case else m.group()
            entry = self.entries[key]
            values = dict(entry) | {"match": m.group()}
            langs = parse_languages(entry.get("languages")) or None
            yield rule.finding(
                doc, m.start(), m.end(),
                message=render(rule.message, values),
                suggestion=render(rule.suggestion, values),
                languages=langs,
            )


@dataclass(frozen=True)
class VariantsCheck:
    rules: tuple[Rule, ...]
    regex: re.Pattern[str]
    group_of: Mapping[str, int]

    def run(self, doc: Document) -> Iterable[Finding]:
        rule = self.rules[0]
        first: dict[int, str] = {}
        for m in self.regex.finditer(doc.text):
            word = m.group()
            group = self.group_of[word.lower()]
            seen = first.setdefault(group, word)
            if seen.lower() != word.lower():
                values = {"match": word, "first": seen}
                yield rule.finding(
                    doc, m.start(), m.end(),
                    message=render(rule.message, values),
                    suggestion=render(rule.suggestion, values),
                )


def _words_regex(terms: Iterable[str], ignore_case: bool) -> re.Pattern[str]:
    alternation = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)


def build_check(spec: Mapping[str, Any], pack: Path) -> Any:
    """Turn one YAML rule mapping into a check; raises RuleError when malformed."""
    rid = spec.get("id", "<no id>")
    try:
        ex = spec.get("examples") or {}
        rule = Rule(
            id=spec["id"],
            category=spec["category"],
            severity=Severity.parse(spec["severity"]),
            message=spec["message"],
            suggestion=spec.get("suggestion"),
            languages=parse_languages(spec.get("languages")),
            machine=spec.get("machine"),
            examples=examples(ex.get("bad", ()), ex.get("good", ())),
            explanation=spec.get("explanation", ""),
            source=str(pack),
        )
        kind = spec["kind"]
        ignore_case = bool(spec.get("ignore_case", False))
        outside_quotes = bool(spec.get("outside_quotes", False))
        if kind == "pattern":
            flags = re.IGNORECASE if ignore_case else 0
            gate = tuple(g.lower() if ignore_case else g for g in spec.get("gate", ()))
            return PatternCheck(
                (rule,), re.compile(spec["pattern"], flags),
                tuple(re.compile(u) for u in spec.get("unless", ())), outside_quotes,
                gate, ignore_case,
            )
        if kind == "lexicon":
            if "data" in spec:
                rows = read_tsv(_data_path(spec["data"], pack.parent))
            else:
                rows = [t if isinstance(t, dict) else {"term": t} for t in spec["terms"]]
            entries = {(r["term"].lower() if ignore_case else r["term"]): r for r in rows}
            regex = _words_regex((r["term"] for r in rows), ignore_case)
            return LexiconCheck((rule,), regex, entries, ignore_case, outside_quotes)
        if kind == "variants":
            groups = spec.get("groups")
            if groups is None:
                path = _data_path(spec["data"], pack.parent)
                groups = [line.strip().split("|") for line in path.read_text("utf-8").splitlines()
                          if line.strip() and not line.startswith("#")]
            group_of = {w.lower(): i for i, g in enumerate(groups) for w in g}
            regex = _words_regex(group_of, ignore_case=True)
            return VariantsCheck((rule,), regex, group_of)
        raise RuleError(f"rule {rid}: unknown kind {kind!r}", "",
                        "use pattern, lexicon or variants")
    except KeyError as exc:
        raise RuleError(f"rule {rid} in {pack}", f"missing key {exc}",
                        "see docs/CHECKS.md for the keys a rule needs") from None
    except (re.error, ValueError) as exc:
        raise RuleError(f"rule {rid} in {pack}", str(exc), "fix the rule definition") from None
