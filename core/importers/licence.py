"""The licence of an imported framework, never silently assumed.

In order: the ``--licence``/``--source-url``/``--attribution`` options; the licence the file
itself states (an exported sheet's framework details); a LICENSE, LICENCE or COPYING file beside
the input (MIT, Apache-2.0 and CC-BY-4.0 texts are recognised); else the
licence the publisher is known to use, which the report names as an assumption to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.i18n import translate
from core.importers.common import ImportResult

MAX_LICENCE_BYTES = 256 * 1024
_NAMES = re.compile(r"^(licen[cs]e|copying)([-_](?P<tag>[^.]+))?(\.(txt|md|rst))?$", re.I)
_COPYRIGHT = re.compile(r"^\s*(copyright\s+(\(c\)|©)?.*)$", re.I | re.M)


@dataclass(frozen=True)
class LicenceOptions:
    """What the command line says about the licence (empty: not given)."""

    licence: str = ""
    source_url: str = ""
    attribution: str = ""


def recognise_licence(text: str) -> str | None:
    """The SPDX id of a licence text: MIT, Apache-2.0 or CC-BY-4.0; None if not recognised."""
    flat = " ".join(text.split()).lower()
    if "permission is hereby granted, free of charge, to any person obtaining a copy" in flat:
        return "MIT"
    if "apache license" in flat and "version 2.0" in flat:
        return "Apache-2.0"
    if (
        "creativecommons.org/licenses/by/4.0" in flat
        or "creative commons attribution 4.0" in flat
        or re.search(r"\bcc[ -]by[ -]4\.0\b", flat)
    ):
        return "CC-BY-4.0"
    return None


def licence_file(paths: list[Path]) -> Path | None:
    """A licence file beside the inputs: one tagged for an input (``LICENSE-ft.txt`` beside
    ``ft-….yml``) first, else a plain ``LICENSE``/``LICENCE``/``COPYING``."""
    tagged: list[Path] = []
    plain: list[Path] = []
    stems = [p.name.lower() for p in paths]
    for folder in dict.fromkeys(p.resolve().parent for p in paths):
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            match = _NAMES.match(entry.name)
            if not match or not entry.is_file():
                continue
            tag = (match.group("tag") or "").lower()
            if not tag:
                plain.append(entry)
            elif any(s.startswith((f"{tag}-", f"{tag}_", f"{tag}.")) for s in stems):
                tagged.append(entry)
    found = tagged or plain
    return found[0] if found else None


def _copyright(text: str) -> str:
    match = _COPYRIGHT.search(text)
    return " ".join(match.group(1).split()) if match else ""


def apply_licence(result: ImportResult, paths: list[Path], options: LicenceOptions) -> None:
    """Set the document's source licence, URL and attribution, and say where each came from."""
    document: dict[str, Any] = result.document
    report = result.report
    source: dict[str, str] = dict(document.get("source") or {})
    known = source.get("licence", "")
    lines: list[str] = []
    if options.licence:
        source["licence"] = options.licence
        lines.append(
            translate("Importer", "licence {licence}, from --licence").format(
                licence=options.licence
            )
        )
    elif known and report.licence_origin:
        lines.append(
            translate("Importer", "licence {licence}, from {origin}").format(
                licence=known, origin=report.licence_origin
            )
        )
    else:
        found = licence_file(paths)
        recognised = None
        text = ""
        if found is not None:
            try:
                with found.open("rb") as handle:
                    text = handle.read(MAX_LICENCE_BYTES).decode("utf-8", "replace")
            except OSError:
                text = ""
            recognised = recognise_licence(text)
        if found is not None and recognised:
            source["licence"] = recognised
            lines.append(
                translate("Importer", "licence {licence}, from {file} beside the input").format(
                    licence=recognised, file=found.name
                )
            )
            holder = _copyright(text)
            if holder and not options.attribution:
                source["attribution"] = f"{holder}; used under the {recognised} licence."
        elif known:
            if found is not None:
                why = translate("Importer", "{file} beside the input was not recognised").format(
                    file=found.name
                )
            else:
                why = translate("Importer", "no LICENSE file beside the input")
            publisher = ", ".join(part for part in (known, source.get("url")) if part)
            lines.append(
                translate(
                    "Importer",
                    "licence assumed from the publisher's repository ({publisher}): {why}; check "
                    "it, or give --licence",
                ).format(publisher=publisher, why=why)
            )
        else:
            if found is not None:
                message = translate(
                    "Importer",
                    "no licence recorded ({file} was not recognised): give --licence if the "
                    "ladder has one",
                ).format(file=found.name)
            else:
                message = translate(
                    "Importer",
                    "no licence recorded (none was found): give --licence if the ladder has one",
                )
            lines.append(message)
    if options.source_url:
        source["url"] = options.source_url
        lines.append(translate("Importer", "source URL from --source-url"))
    if options.attribution:
        source["attribution"] = options.attribution
        lines.append(translate("Importer", "attribution from --attribution"))
    if source:
        source.setdefault("name", document.get("framework", {}).get("name", "Imported framework"))
        document["source"] = source
    report.mapped.extend(lines)
