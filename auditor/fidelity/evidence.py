"""Round-trip similarity as evidence of machine translation, in log-odds.

Machine-translated English survives a round trip through an MT model better
than a human translation does (published results: ~87% detection of text from
an unseen MT system, 53% for people). The document's mean round-trip chrF is
mapped linearly onto log-odds around a pivot and capped, and shrunk for short
documents. Sentences the model mostly copied through (names, numbers, foreign
lines) survive any round trip and are left out.

These constants are a prior, not a calibration: they were set from the
opus-mt base models' usual round-trip chrF (human-translated news ~50-60,
machine-translated ~65-80), and should be refitted on labelled copy.
"""

from __future__ import annotations

from statistics import fmean

from auditor.fidelity.result import ROUND_TRIP, Fidelity

PIVOT_CHRF = 60.0      # mean round-trip chrF that is no evidence either way
CHRF_PER_UNIT = 8.0    # chrF points per unit of log-odds
CAP = 2.5              # largest weight in either direction
FULL_WEIGHT_AT = 5     # sentences for full weight; fewer shrink it proportionally
MAX_COPY_RATE = 0.6    # sentences copied through more than this are not evidence
RULE_ID = "fidelity.round-trip"


def machine_evidence(fidelity: Fidelity) -> float | None:
    """Log-odds for ``machine_translated`` from a scored round trip, else None."""
    if fidelity.mode != ROUND_TRIP or not fidelity.scored:
        return None
    usable = [r.chrf for r in fidelity.sentences if r.copy_rate <= MAX_COPY_RATE]
    if not usable:
        return None
    weight = (fmean(usable) - PIVOT_CHRF) / CHRF_PER_UNIT
    weight = max(-CAP, min(CAP, weight))
    return weight * min(1.0, len(usable) / FULL_WEIGHT_AT)
