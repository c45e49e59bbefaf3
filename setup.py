"""The one build step pyproject.toml cannot declare: compile the translations (.ts → .qm), so
the wheel carries the .qm files Qt loads. Everything else is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """build_py, then the .qm files compiled into the build's resources/translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable install uses the source tree, where `make` compiles the catalogues
            # (scripts/translations.py release); the isolated build has no Qt to do it here.
            return
        spec = importlib.util.spec_from_file_location(
            "translations", ROOT / "scripts" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        out = Path(self.build_lib) / "resources" / "translations"
        translations.release(ROOT / "resources" / "translations", out)


setup(cmdclass={"build_py": BuildWithTranslations})
