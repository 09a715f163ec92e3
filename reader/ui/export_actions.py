"""Export, print and Save as PDF: the article and its analysis out of the window."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from reader.atomic import replacement_path, same_file, write_atomically
from reader.live.presentation import shown_title

EXPORT_FILTERS = {"json": "JSON analysis (*.json)", "csv": "CSV table (*.csv)",
                  "markdown": "Markdown report (*.md)", "html": "HTML page (*.html)"}


def export_format_of(path: str, chosen: str) -> str:
    """The format an export is written in: the extension typed, else the filter chosen."""
    from reader.export import SUFFIXES  # not needed to paint the window

    typed = Path(path).suffix.lower()
    known = {suffix: fmt for fmt, suffix in SUFFIXES.items()} | {".htm": "html",
                                                                 ".markdown": "markdown"}
    return known.get(typed, chosen)


class ExportActions(QObject):
    """Writing the analysis in a format, printing the article, saving it as a PDF.

    The window gives the article (`session`), the settings that remember the last folder and
    format, the message bar for what went wrong and the status line for what went right.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @property
    def analysis(self):
        """The analysis shown, if whole."""
        return self.window.session.analysis

    @property
    def document(self):
        """The article shown, if any."""
        return self.window.session.document

    def _overwrites_article(self, path: str | os.PathLike, message: str) -> bool:
        """Whether a path is the article's own file; if so, say so."""
        if self.document is None or not same_file(path, self.document.path):
            return False
        self.window.message_bar.show_message(message)
        return True

    def _cannot_write(self, path: str | os.PathLike, error: OSError) -> bool:
        """Say why a file could not be written."""
        self.window.message_bar.show_message(self.tr("Cannot write %1: %2.").replace(
            "%1", Path(path).name).replace("%2", str(error.strerror or error)))
        return False

    def choose_export(self) -> None:
        """Ask where and in which format to export, starting from the folder and format used last."""
        if self.analysis is None:
            return
        from reader.export import SUFFIXES

        settings = self.window.settings
        fmt = settings.export_format
        folder = Path(settings.export_folder or Path(self.analysis.file).parent)
        name = f"{Path(self.analysis.file).stem}.claims{SUFFIXES[fmt]}"
        path, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the analysis"), str(folder / name),
            ";;".join(EXPORT_FILTERS.values()), EXPORT_FILTERS[fmt])
        if not path:
            return
        chosen = next((f for f, text in EXPORT_FILTERS.items() if text == selected), fmt)
        fmt = export_format_of(path, chosen)
        if self.export_to(path, fmt):
            settings.export_folder, settings.export_format = str(Path(path).parent), fmt
            self.window.save_settings()

    def export_to(self, path: str | os.PathLike, fmt: str) -> bool:
        """Write the analysis in a format; say so, or say why not."""
        from reader.export import FORMATS, SUFFIXES, render  # not needed to paint the window

        if self.analysis is None or fmt not in FORMATS:
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        if self._overwrites_article(path, self.tr("The export would overwrite the article; "
                                                  "choose another name.")):
            return False
        try:
            write_atomically(path, render(self.analysis, fmt, self.window.panel.marks or None))
        except OSError as error:
            return self._cannot_write(path, error)
        self.window.status.say(self.tr("Exported to %1.").replace("%1", str(path)))
        return True

    def print_article(self) -> None:
        """Print the article with its colours."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._print(printer)

    def _print(self, printer) -> None:
        """The article, its key and its claims' strokes, under a head naming it, on a printer."""
        from reader.ui.printing import print_document

        title = shown_title(self.document.metadata) or Path(self.document.path).name
        print_document(self.window.article.printable(), printer, title)

    def choose_pdf(self) -> None:
        """Ask where to save the article as a PDF."""
        if self.document is None:
            return
        # Never the article's own name, which a PDF article has.
        article = Path(self.document.path)
        default = str(article.parent / f"{article.stem}.claims.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as PDF"), default,
                                              "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike) -> bool:
        """Write the article with its colours to a PDF file."""
        from PySide6.QtPrintSupport import QPrinter

        from reader.export import is_complete_pdf

        if self._overwrites_article(path, self.tr("The PDF would overwrite the article; "
                                                  "choose another name.")):
            return False
        try:
            with replacement_path(path) as temporary:  # the older PDF stays until this one is whole
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(temporary))
                self._print(printer)
                if not is_complete_pdf(temporary):
                    raise OSError("the PDF was cut short (is the disk full?)")
        except OSError as error:
            return self._cannot_write(path, error)
        self.window.status.say(self.tr("Saved %1.").replace("%1", str(path)))
        return True
