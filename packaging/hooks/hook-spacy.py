"""spaCy for the packaged app: every module spaCy may import by name, but not its test suite.

It replaces the community hook, which also takes spacy.tests (and pytest through it) and the
Cython sources, none of which the app runs.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("spacy", filter=lambda name: not name.startswith("spacy.tests"))
datas = collect_data_files("spacy", excludes=["tests", "**/*.pyx", "**/*.pxd", "**/*.c"])
