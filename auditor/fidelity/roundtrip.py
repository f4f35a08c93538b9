"""Round-trip mode: English -> source language -> English, scored against the copy."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.fidelity import scores
from auditor.fidelity.result import ROUND_TRIP, SCORED, Fidelity, ModelRef, SentenceFidelity
from auditor.fidelity.summary import aggregates
from auditor.fidelity.translator import Translator
from auditor.segment import Span


def round_trip(text: str, spans: Sequence[tuple[int, Span]], src: str,
               forward: Translator, backward: Translator, backend: str) -> Fidelity:
    """Score each (index, span) sentence of ``text`` by its en->``src``->en round trip."""
    english = [span.text(text) for _, span in spans]
    ids = [str(i) for i, _ in spans]
    there = forward.translate(english, "en", src, ids)
    back = backward.translate(there, src, "en", ids)
    rows = []
    for (i, span), sent, mid, home in zip(spans, english, there, back, strict=True):
        s = scores.score(home, sent, other_side=mid, sentence=sent)
        rows.append(SentenceFidelity(i, span.start, span.end, sent, home, s.chrf, s.bleu,
                                     s.ter, s.copy_rate, forward_translation=mid))
    models = (ModelRef(f"en-{src}", forward.model_id, forward.cache_key or forward.model_id),
              ModelRef(f"{src}-en", backward.model_id, backward.cache_key or backward.model_id))
    return Fidelity(
        mode=ROUND_TRIP, status=SCORED, source_language=src, backend=backend, models=models,
        sentences=tuple(rows), aggregates=aggregates(rows, back, english),
        metric_signatures=tuple(scores.signatures().items()))
