"""Freeze a role as it was when an assessment was completed, and read it back.

The snapshot is itself a valid framework document holding one role and its skills, so a past
assessment can be shown exactly as it was rated even after the framework changes.
"""

from __future__ import annotations

import hashlib
import json

from core.documents import Document
from core.framework import Framework
from core.framework_export import framework_document
from core.framework_schema import build_framework


def role_snapshot(framework: Framework, role_id: str) -> str:
    """JSON text of a one-role framework equal to ``framework``'s view of ``role_id``."""
    # Stored in the framework's own language (English), whatever the interface shows.
    original = framework.original or framework
    return json.dumps(framework_document(original, (role_id,)), ensure_ascii=False)


def framework_from_snapshot(snapshot: str) -> Framework:
    """The one-role framework stored by :func:`role_snapshot`."""
    return build_framework(Document("(stored snapshot)", json.loads(snapshot)))


def snapshot_key(snapshot: str) -> str:
    """The content hash a snapshot is stored under (SHA-256 of its UTF-8 text, hex)."""
    return hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
