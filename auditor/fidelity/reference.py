"""Reference mode: the original, translated into English, aligned with the copy and scored."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.fidelity import scores
from auditor.fidelity.align import Bead, align
from auditor.fidelity.result import (
    REFERENCE,
    SCORED,
    Addition,
    Fidelity,
    ModelRef,
    Omission,
    SentenceFidelity,
)
from auditor.fidelity.summary import aggregates
from auditor.fidelity.translator import Translator
from auditor.segment import Span


def reference(text: str, spans: Sequence[tuple[int, Span]], original: Sequence[str], src: str,
              to_english: Translator, backend: str) -> Fidelity:
    """Align the copy's sentences with the original's and score each aligned English one."""
    english = [span.text(text) for _, span in spans]
    translated = to_english.translate(original, src, "en", [str(j) for j in range(len(original))])
    beads = align(english, translated)
    rows: list[SentenceFidelity] = []
    omissions: list[Omission] = []
    additions: list[Addition] = []
    hyps: list[str] = []
    refs: list[str] = []
    last_english: int | None = None
    for bead in beads:
        if not bead.right:
            for k in bead.left:
                i, span = spans[k]
                additions.append(Addition(i, span.start, span.end, english[k]))
        elif not bead.left:
            for j in bead.right:
                omissions.append(Omission(original[j], j, last_english, translated[j]))
        else:
            hyp, ref = _sides(bead, english, translated)
            rows.extend(_rows(bead, spans, english, original, hyp, ref))
            hyps.append(hyp)
            refs.append(ref)
        if bead.left:
            last_english = spans[bead.left[-1]][0]
    return Fidelity(
        mode=REFERENCE, status=SCORED, source_language=src, backend=backend,
        models=(ModelRef(f"{src}-en", to_english.model_id,
                         to_english.cache_key or to_english.model_id),),
        sentences=tuple(rows), omissions=tuple(omissions), additions=tuple(additions),
        aggregates=(*aggregates(rows, hyps, refs), ("omissions", float(len(omissions))),
                    ("additions", float(len(additions)))),
        metric_signatures=tuple(scores.signatures().items()))


def _sides(bead: Bead, english: Sequence[str], translated: Sequence[str]) -> tuple[str, str]:
    return (" ".join(english[k] for k in bead.left),
            " ".join(translated[j] for j in bead.right))


def _rows(bead: Bead, spans: Sequence[tuple[int, Span]], english: Sequence[str],
          original: Sequence[str], hyp: str, ref: str) -> list[SentenceFidelity]:
    """One row per English sentence of the bead; a split (2-1) shares the bead's scores."""
    source = " ".join(original[j] for j in bead.right)
    s = scores.score(hyp, ref, other_side=source, sentence=hyp)
    rows = []
    for k in bead.left:
        i, span = spans[k]
        rate = s.copy_rate if len(bead.left) == 1 else scores.copy_rate(english[k], source)
        rows.append(SentenceFidelity(
            i, span.start, span.end, english[k], ref, s.chrf, s.bleu, s.ter, rate,
            original=source, original_indices=bead.right, bead=bead.kind))
    return rows
