"""Translator backends, one module each; import them through auditor.fidelity.registry."""
