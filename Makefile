# Building and installing the packaged app (README: "Build and install the app").
PYTHON ?= python3
VENV := .venv
APP := dist/claim-reader

.PHONY: translations package icons install-desktop uninstall-desktop test-bundle

# The one-folder app, with Python, Qt, spaCy and both language models, in dist/claim-reader.
package: $(VENV)/bin/python
	$(VENV)/bin/pip install -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/claim-reader.spec

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(APP)/claim-reader:
	$(MAKE) package

# Linux: the app in ~/.local/share/claim-reader, its menu entry, icons and "Open with" types.
install-desktop: $(APP)/claim-reader
	packaging/linux/install-desktop.sh $(APP)

uninstall-desktop:
	packaging/linux/install-desktop.sh --uninstall

# After adding tr() strings: the .ts files updated from the source, then translate the new ones.
translations: $(VENV)/bin/python
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(git ls-files 'reader/*.py') \
	    -ts reader/ui/translations/*.ts

# After editing resources/claim-reader.svg: the PNG sizes, .ico and .icns.
icons:
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python resources/render_icons.py

# Build the app and check that it analyses and draws like the source tree (a few minutes).
test-bundle: $(VENV)/bin/python
	$(VENV)/bin/pip install -e '.[test,package]'
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q -m bundle
