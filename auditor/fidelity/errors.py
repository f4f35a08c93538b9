"""Named errors of the fidelity scorer; each says what, why and how to fix it."""

from __future__ import annotations

from auditor.errors import AuditorError


class FidelityError(AuditorError):
    """Base class of fidelity-scorer errors."""


class ModelNotFound(FidelityError):
    """No installed model for a language pair, or a folder that holds no model."""


class BackendUnavailable(FidelityError):
    """A translator backend is unknown or its runtime is not installed."""


class NetworkUnavailable(FidelityError):
    """A download was asked for where no network is reachable."""


class TranslationMissing(FidelityError):
    """A precomputed translations file has no entry for a sentence."""


class CacheError(FidelityError):
    """The translation cache cannot be opened."""
