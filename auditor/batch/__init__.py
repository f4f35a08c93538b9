"""Batch audits for ingestion pipelines: exactly once, resumable, parallel."""
