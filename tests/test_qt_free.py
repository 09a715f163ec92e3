"""Everything under reader/ but the window imports no Qt: the engine, the loaders, the CLI and
the analysis process run where no Qt is installed, and the process does not load it for nothing."""

import subprocess
import sys

IMPORT_ALL_BUT_THE_WINDOW = """
import importlib, pkgutil, sys
import reader
names = [m.name for m in pkgutil.walk_packages(reader.__path__, "reader.")
         if not m.name.startswith(("reader.ui", "reader.__main__"))]
for name in names:
    importlib.import_module(name)
print(len(names), sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
"""


def test_no_module_outside_the_window_imports_qt():
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL_BUT_THE_WINDOW],
                          capture_output=True, text=True, check=True)
    count, qt_modules = done.stdout.split(" ", 1)
    assert int(count) > 40  # the walk found the engine, the loaders and reader.live
    assert qt_modules.strip() == "[]"


def test_the_analysis_process_and_result_merging_live_outside_the_window():
    import reader.live.analysis_process
    import reader.live.looks
    import reader.live.presentation

    for module in (reader.live.analysis_process, reader.live.looks, reader.live.presentation):
        assert "/reader/ui/" not in module.__file__.replace("\\", "/")
