"""auditor: translation-quality and provenance auditor for English news copy."""

__version__ = "0.1.0"

from auditor.audit import Auditor, Report, audit_document, audit_text
from auditor.document import Document
from auditor.finding import Evidence, Finding, Severity

__all__ = [
    "Auditor", "Document", "Evidence", "Finding", "Report", "Severity",
    "__version__", "audit_document", "audit_text",
]
