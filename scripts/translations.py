"""Make and compile the translation catalogues (Qt Linguist .ts → .qm).

    python scripts/translations.py update    # pyside6-lupdate over the sources into the .ts files
    python scripts/translations.py release   # pyside6-lrelease: .ts → .qm (done by every build)

The .ts files are the source (committed, translated); the .qm files are built: by `make`, by
the wheel's build step (setup.py) and by packaging/build.sh. The English catalogue holds only
plural forms, so English says "1 skill" and "2 skills" rather than "skill(s)".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("app", "reports", "cli", "core", "db")
PREFIX = "skill_ladder"
LANGUAGES = ("en", "zh_CN")
PLURAL_ONLY = ("en",)
PLURAL_FORMS = {"en": 2, "zh_CN": 1}


def qt_tool(name: str) -> list[str]:
    """The command that runs Qt's ``lupdate`` or ``lrelease``.

    ``SKILL_LADDER_<NAME>`` if set, else the PySide6 wrapper next to this Python or on the PATH,
    else the binary inside an importable PySide6.
    """
    override = os.environ.get(f"SKILL_LADDER_{name.upper()}")
    if override:
        return [override]
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:
        raise SystemExit(
            f"cannot find Qt's {name}: install PySide6-Essentials in this Python, or set "
            f"SKILL_LADDER_{name.upper()} to the program"
        ) from None
    return [str(Path(PySide6.__file__).parent / name)]


def source_files(root: Path = ROOT) -> list[str]:
    """Every Python source lupdate reads, relative to ``root``, sorted."""
    files = []
    for folder in SOURCE_DIRS:
        for path in sorted((root / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                files.append(str(path.relative_to(root)))
    return files


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The catalogue of a language."""
    return folder / f"{PREFIX}_{language}.ts"


def update(folder: Path = TRANSLATIONS, *, languages: tuple[str, ...] = LANGUAGES) -> None:
    """Merge the sources' strings into each language's .ts (obsolete entries dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        command = [*qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        target = ts_path(language, folder)
        kept = _finished_plurals(target)
        command += [*source_files(), "-target-language", language, "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
        _plurals(target, language, kept)


def _finished_plurals(path: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms translated so far, by (context, source)."""
    import xml.etree.ElementTree as ET

    if not path.exists():
        return {}
    kept = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in message.iter("numerusform")]
            if translation is not None and not translation.get("type") and forms and all(forms):
                kept[context.findtext("name") or "", message.findtext("source") or ""] = forms
    return kept


def _plurals(path: Path, language: str, kept: dict[tuple[str, str], list[str]]) -> None:
    """Give every %n message its plural forms (lupdate's Python parser marks a message as
    plural only when the count is a literal number, and merges the others into one form);
    the plural-only catalogues keep just those.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if "%n" not in source and "%Ln" not in source:
                if language in PLURAL_ONLY:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            assert translation is not None
            forms = kept.get((context.findtext("name") or "", source))
            if forms:
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                translation.text = None
                translation.attrib.pop("type", None)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif not translation.findall("numerusform"):
                text = translation.text or ""
                translation.text = None
                for i in range(PLURAL_FORMS.get(language, 2)):
                    ET.SubElement(translation, "numerusform").text = text if i == 0 else ""
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    with path.open("wb") as file:
        file.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(file, encoding="utf-8", xml_declaration=False)
        file.write(b"\n")


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` into a .qm (in ``out``, default beside it)."""
    written = []
    for ts in sorted(folder.glob(f"{PREFIX}_*.ts")):
        qm = (out or folder) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    """``update`` or ``release``."""
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        for path in release():
            print(path.relative_to(ROOT))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
