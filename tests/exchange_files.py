"""Hand-made exchange files for the built-in framework (tests of imports under faults)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def exchange_document(
    name: str = "Mira Chen", uid: str = "uid-0001", **overrides: Any
) -> dict[str, Any]:
    """A valid self-assessment exchange document; ``overrides`` replace top-level keys."""
    document: dict[str, Any] = {
        "format": "skill-ladder-assessment",
        "schema_version": 1,
        "exported_by": "self",
        "exported_at": "2026-11-22T10:00:00+00:00",
        "framework": {"id": "ml-ai", "version": "1.0.0"},
        "person": {"name": name},
        "assessment": {
            "uid": uid,
            "role": "mlops-engineer",
            "target_level": "senior",
            "status": "completed",
            "started_at": "2026-11-01T09:00:00+00:00",
            "completed_at": "2026-11-20T09:00:00+00:00",
            "ratings": [
                {"skill": "ml-pipelines", "level": "middle", "rated": True, "note": "DAGs"},
                {"skill": "ml-cicd", "level": "senior", "rated": True, "note": ""},
            ],
        },
        "goals": [
            {
                "skill": "ml-pipelines",
                "action": "Run the Kubeflow move",
                "status": "planned",
                "due": None,
                "level": "senior",
            }
        ],
    }
    document.update(overrides)
    return document


def write_exchange(path: Path, document: dict[str, Any]) -> Path:
    """Write ``document`` as an exchange file at ``path``."""
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
