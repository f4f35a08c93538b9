"""The fidelity section of a record as the story page shows it.

Shape (``auditor.fidelity.Fidelity.to_dict``): ``{mode, status, reason,
install_command, models, sentences: [{index, start, end, back_translation, chrf,
bleu, ter, copy_rate, forward_translation?, original?}], omissions: [{text,
original_index, after_sentence, translation}], additions: [{index, start, end}],
aggregates: {...}}``. Sentence ``index`` and omission ``after_sentence`` count the
document's sentences. Missing or malformed parts are shown as absent, never as
invented numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor.report.html.words import fmt_number

WEAK, FAIR = 40.0, 60.0       # chrF bands: below WEAK is weak, below FAIR is fair
WEAKEST_SHOWN = 5
METRIC_WORDS = {"chrf": "chrF", "bleu": "BLEU", "ter": "TER"}
COUNTS = frozenset({"sentences", "weak_sentences", "omissions", "additions"})


def metric_name(key: str) -> str:
    return " ".join(METRIC_WORDS.get(w, w) for w in key.split("_"))


def _aggregate_value(key: str, value: Any) -> str:
    if key in COUNTS and isinstance(value, int | float) and float(value).is_integer():
        return str(int(value))
    if key == "copy_rate":
        return fmt_number(value, 2)
    return fmt_number(value, 1)


@dataclass(frozen=True)
class SentenceScore:
    k: int
    start: int
    end: int
    chrf: float | None
    bar: int                  # 0..20 (5% steps)
    band: str                 # weak | fair | good | none
    details: tuple[tuple[str, str], ...]
    back_translation: str | None
    preview: str = ""
    original: str | None = None
    forward_translation: str | None = None

    @property
    def number(self) -> str:
        return "—" if self.chrf is None else f"{self.chrf:.0f}"


@dataclass(frozen=True)
class Omission:
    text: str
    original_index: Any
    after_sentence: int       # -1: before the first sentence
    translation: str = ""


@dataclass(frozen=True)
class FidelityView:
    mode: str
    status: str
    reason: str
    install_command: str
    sentences: tuple[SentenceScore, ...]
    weakest: tuple[SentenceScore, ...]
    omissions: tuple[Omission, ...]
    additions: tuple[tuple[int, int], ...]
    aggregate: tuple[tuple[str, str], ...]
    models: tuple[str, ...] = ()

    @property
    def scored(self) -> bool:
        return self.status == "scored"

    @property
    def sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @property
    def mode_label(self) -> str:
        return {"round-trip": "round trip (English → source → English)",
                "reference": "against the supplied original"}.get(self.mode, self.mode)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _band(chrf: float | None) -> str:
    if chrf is None:
        return "none"
    return "weak" if chrf < WEAK else "fair" if chrf < FAIR else "good"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _sentence(k: int, s: dict[str, Any], text: str) -> SentenceScore:
    length = len(text)
    if isinstance(s.get("index"), int) and not isinstance(s.get("index"), bool):
        k = s["index"]
    chrf = _num(s.get("chrf"))
    start = min(max(int(s.get("start", 0)), 0), length)
    end = min(max(int(s.get("end", start)), start), length)
    details = tuple((label, fmt_number(s.get(key), 1 if key != "copy_rate" else 2))
                    for key, label in (("chrf", "chrF"), ("bleu", "BLEU"), ("ter", "TER"),
                                       ("copy_rate", "copy rate"))
                    if key in s)
    return SentenceScore(k, start, end, chrf,
                         0 if chrf is None else max(0, min(20, round(chrf / 5))),
                         _band(chrf), details, _text_or_none(s.get("back_translation")),
                         _clip(text[start:end]), _text_or_none(s.get("original")),
                         _text_or_none(s.get("forward_translation")))


def fidelity_view(section: Any, text: str) -> FidelityView | None:
    """``None`` when the record has no fidelity section. Sentences in text order;
    ``k`` keeps each sentence's position in the record (omissions refer to it)."""
    if not isinstance(section, dict):
        return None
    rows = [s for s in section.get("sentences") or [] if isinstance(s, dict)]
    sentences = sorted((_sentence(k, s, text) for k, s in enumerate(rows)),
                       key=lambda s: (s.start, s.k))
    weakest = sorted((s for s in sentences if s.chrf is not None),
                     key=lambda s: (s.chrf, s.k))[:WEAKEST_SHOWN]
    omissions = []
    for o in section.get("omissions") or []:
        if isinstance(o, dict):
            after = o.get("after_sentence")
            omissions.append(Omission(str(o.get("text", "")), o.get("original_index"),
                                      after if isinstance(after, int) else -1,
                                      str(o.get("translation") or "")))
    additions = tuple((int(a.get("start", 0)), int(a.get("end", 0)))
                      for a in section.get("additions") or [] if isinstance(a, dict))
    aggregate = section.get("aggregates", section.get("aggregate"))
    aggregate = aggregate if isinstance(aggregate, dict) else {}
    models = tuple(str(m.get("id", m.get("key", ""))) if isinstance(m, dict) else str(m)
                   for m in section.get("models") or [])
    return FidelityView(
        mode=str(section.get("mode", "")), status=str(section.get("status", "")),
        reason=str(section.get("reason") or ""),
        install_command=str(section.get("install_command") or ""),
        sentences=tuple(sentences), weakest=tuple(weakest), omissions=tuple(omissions),
        additions=additions,
        aggregate=tuple((metric_name(str(k)), _aggregate_value(str(k), v))
                        for k, v in aggregate.items() if not isinstance(v, dict | list)),
        models=models,
    )
