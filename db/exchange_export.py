"""Writing one assessment as an exchange file (carrying its framework when it is an installed
one, so that a manager without it can install it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.assessment import AssessmentInfo
from core.exchange import MAX_CARRIED_FRAMEWORK_BYTES, exchange_bytes, exchange_document
from core.framework import Framework
from core.framework_library import FrameworkLibrary
from core.goals import goals_for_assessment
from core.i18n import translate
from db.plan_inputs import assessment_framework
from db.repository import Repository


@dataclass(frozen=True)
class ExchangeExport:
    """An exchange file's bytes, and whether it carries its framework."""

    data: bytes
    framework: Framework
    """The framework the assessment was made with (its live version here)."""
    carried: bool
    """The file carries the framework (an installed one)."""
    too_large: bool = False
    """An installed framework too large to travel in the file (the receiver must have it)."""

    def remark(self) -> str | None:
        """A sentence for the user about the framework in the file, if there is one to say."""
        if self.carried:
            return translate(
                "Storage",
                "The file carries the framework {framework} {version}, so whoever imports it "
                "can install it.",
            ).format(framework=self.framework.name, version=self.framework.version)
        if self.too_large:
            return translate(
                "Storage",
                "The framework {framework} is too large to travel in the file; whoever imports "
                "it must install it first (File → Frameworks…).",
            ).format(framework=self.framework.name)
        return None


def exchange_file_bytes(
    repository: Repository,
    framework: Framework,
    assessment_id: int,
    *,
    exported_by: str,
    now: datetime,
) -> bytes:
    """The exchange file of an assessment made with ``framework``, with the goals of its period
    (the framework is not carried; :func:`export_exchange` carries an installed one)."""
    assessment = repository.assessment(assessment_id)
    return _file(repository, framework, assessment, exported_by, now, None)


def export_exchange(
    repository: Repository,
    library: FrameworkLibrary,
    assessment_id: int,
    *,
    exported_by: str,
    now: datetime,
) -> ExchangeExport:
    """The exchange file of an assessment, against its own framework from ``library``; an
    installed (not the default) framework travels with it, unless it is too large."""
    assessment = repository.assessment(assessment_id)
    framework = library.for_role(assessment.framework_id, None)
    carried: dict[str, Any] | None = None
    too_large = False
    if framework.id != library.default_id and library.record(framework.id) is not None:
        stored = repository.installed_framework_document(framework.id)
        if stored is not None:
            text = stored[0]
            if len(text.encode("utf-8")) > MAX_CARRIED_FRAMEWORK_BYTES:
                too_large = True
            else:
                carried = json.loads(text)
    data = _file(repository, framework, assessment, exported_by, now, carried)
    return ExchangeExport(data, framework, carried is not None, too_large)


def _file(
    repository: Repository,
    framework: Framework,
    assessment: AssessmentInfo,
    exported_by: str,
    now: datetime,
    carried: dict[str, Any] | None,
) -> bytes:
    person = repository.person(assessment.person_id)
    goals = goals_for_assessment(
        repository.goals(person.id), assessment.started_at, assessment.completed_at
    )
    document = exchange_document(
        assessment_framework(repository, framework, assessment), person, assessment, goals,
        exported_by=exported_by, exported_at=now, carried=carried,
    )  # fmt: skip
    return exchange_bytes(document)
