"""Document aggregates of per-sentence fidelity rows."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

from auditor.fidelity import scores
from auditor.fidelity.result import WEAK_CHRF, SentenceFidelity


def aggregates(rows: Sequence[SentenceFidelity], hypotheses: Sequence[str],
               references: Sequence[str]) -> tuple[tuple[str, float], ...]:
    """Corpus chrF/BLEU/TER over the compared pairs, plus sentence means and counts."""
    if not rows:
        return (("sentences", 0.0),)
    doc = scores.corpus(hypotheses, references)
    chrfs = [r.chrf for r in rows]
    return (
        ("sentences", float(len(rows))),
        ("chrf", doc["chrf"]),
        ("bleu", doc["bleu"]),
        ("ter", doc["ter"]),
        ("mean_chrf", fmean(chrfs)),
        ("min_chrf", min(chrfs)),
        ("mean_bleu", fmean(r.bleu for r in rows)),
        ("mean_ter", fmean(r.ter for r in rows)),
        ("copy_rate", fmean(r.copy_rate for r in rows)),
        ("weak_sentences", float(sum(c < WEAK_CHRF for c in chrfs))),
    )
