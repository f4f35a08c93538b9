"""Helpers for the HTML report tests: records to render and a Chromium harness."""
