"""Run-time hook: PyInstaller's PySide6 set-up without importing Qt at start-up.

PyInstaller's own hook (pyi_rth_pyside6) imports PySide6.QtCore in every run to register a
qt.conf, which loads Qt and ICU even for ``skill-ladder --version`` (about 60 ms). The PyPI
wheels register their own qt.conf when PySide6.QtCore is imported, so only the environment is
set here: where Qt finds its plugins, and (Windows, macOS) where it finds bundled libraries.
"""


def _pyi_rthook() -> None:
    import os
    import sys

    base = sys._MEIPASS  # type: ignore[attr-defined]
    qt_dir = (
        os.path.join(base, "PySide6")
        if sys.platform == "win32"
        else os.path.join(base, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")
    if sys.platform == "win32":
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    elif sys.platform == "darwin" and ".app/Contents/" not in base:
        previous = os.environ.get("DYLD_LIBRARY_PATH")
        os.environ["DYLD_LIBRARY_PATH"] = base + (os.pathsep + previous if previous else "")


_pyi_rthook()
del _pyi_rthook
