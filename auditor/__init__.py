"""auditor: translation-quality and provenance auditor for English news copy."""

__version__ = "0.1.0"

from auditor.audit import Auditor, Report, audit_document, audit_text  # noqa: E402
from auditor.document import Document  # noqa: E402
from auditor.finding import Evidence, Finding, Severity  # noqa: E402

__all__ = [
    "Auditor", "Document", "Evidence", "Finding", "Report", "Severity",
    "__version__", "audit_document", "audit_text",
]
