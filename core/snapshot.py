"""Freeze a role as it was when an assessment was completed, and read it back.

The snapshot is itself a valid framework document holding one role and its skills, so a past
assessment can be shown exactly as it was rated even after the framework changes.
"""

from __future__ import annotations

import json
from typing import Any

from core.documents import Document
from core.framework import Framework
from core.framework_schema import build_framework


def role_snapshot(framework: Framework, role_id: str) -> str:
    """JSON text of a one-role framework equal to ``framework``'s view of ``role_id``."""
    role = framework.role(role_id)
    used_stages = set(role.leads) | set(role.supports)
    data: dict[str, Any] = {
        "schema_version": framework.schema_version,
        "framework": {"id": framework.id, "name": framework.name, "version": framework.version},
        "levels": [
            {"id": lv.id, "label": lv.label, "meaning": lv.meaning} for lv in framework.levels
        ],
        "stages": [{"id": s.id, "label": s.label} for s in framework.stages if s.id in used_stages],
        "skills": [
            {
                "id": skill.id,
                "name": skill.name,
                "category": skill.category,
                "summary": skill.summary,
                "keywords": list(skill.keywords),
                "descriptors": dict(skill.descriptors),
            }
            for skill in (framework.skill(sid) for sid in role.skill_ids)
        ],
        "roles": [
            {
                "id": role.id,
                "name": role.name,
                "summary": role.summary,
                "responsibilities": list(role.responsibilities),
                "deliverables": list(role.deliverables),
                "stages": {"leads": list(role.leads), "supports": list(role.supports)},
                "skills": {
                    rs.skill_id: {
                        level_id: (
                            {"mark": e.mark.value, "descriptor": e.descriptor}
                            if e.descriptor
                            else e.mark.value
                        )
                        for level_id, e in rs.expectations.items()
                    }
                    for rs in role.skills
                },
            }
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def framework_from_snapshot(snapshot: str) -> Framework:
    """The one-role framework stored by :func:`role_snapshot`."""
    return build_framework(Document("(stored snapshot)", json.loads(snapshot)))
