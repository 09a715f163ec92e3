"""File › Analyse a Folder…: every article of a folder analysed in worker processes, with
progress and Cancel, then who gets quoted across them, each article one click away."""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QProgressBar,
                               QTextBrowser, QVBoxLayout)

from reader.report.corpus import CorpusReport
from reader.report.writers import summary_tables


@dataclass
class ArticleLine:
    """One analysed article as the folder's report lists it."""

    path: str
    title: str
    claims: int
    sources: int


class FolderAnalysis(QObject):
    """Analyses files in worker processes on a thread of its own; its signals reach the window's."""

    progress = Signal(int, int)  # files done, files in all
    article_failed = Signal(str)  # one line
    finished = Signal(object, object)  # CorpusReport, list[ArticleLine]; also after Cancel

    def __init__(self, files: list[Path], language: str, parent=None):
        super().__init__(parent)
        self.files, self.language = files, language
        self.cancelled = threading.Event()
        self.thread = threading.Thread(target=self._run, name="folder-analysis", daemon=True)

    def start(self) -> None:
        """Begin in the background."""
        self.thread.start()

    def cancel(self) -> None:
        """Stop after the articles under way; what is done is reported."""
        self.cancelled.set()

    def _run(self) -> None:
        """Analyse each file in a process pool, gathering the report as results come."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        from reader.batch import analyse_file, default_jobs
        from reader.report.inputs import analysis_from_line

        report, articles = CorpusReport(keep_rows=False), []
        # spawn: a fork of a process running Qt's threads may hang
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(default_jobs(len(self.files)), mp_context=context) as pool:
            futures = [pool.submit(analyse_file, path, self.language, True) for path in self.files]
            for done, future in enumerate(as_completed(futures), 1):
                if self.cancelled.is_set():
                    pool.shutdown(wait=False, cancel_futures=True)
                    break
                line, error = future.result()
                if error is None:
                    analysis = analysis_from_line(line, "an analysis")
                    report.add(analysis)
                    articles.append(ArticleLine(analysis.file, analysis.metadata.get("title") or
                                                Path(analysis.file).name, len(analysis.claims),
                                                len(analysis.sources_summary().sources)))
                else:
                    self.article_failed.emit(error)
                self.progress.emit(done, len(self.files))
        articles.sort(key=lambda a: a.path)
        self.finished.emit(report, articles)


class FolderReportDialog(QDialog):
    """Progress and Cancel while a folder is analysed, then its report with links to each article."""

    open_article = Signal(str)

    def __init__(self, folder: Path, language: str, parent=None):
        super().__init__(parent)
        from reader.batch import article_files

        self.setWindowTitle(self.tr("Who gets quoted in %1").replace("%1", folder.name))
        self.resize(760, 640)
        self.files = article_files([str(folder)])
        self.failures: list[str] = []
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Analysing %1 articles…").replace("%1", QLocale().toString(len(self.files))))
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, len(self.files)))
        self.report_view = QTextBrowser()
        self.report_view.setOpenLinks(False)
        self.report_view.document().setDefaultStyleSheet(
            "th, td { padding: 2px 10px 2px 0; text-align: left; }")
        self.report_view.anchorClicked.connect(lambda url: self.open_article.emit(url.toLocalFile()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        for widget in (self.status, self.bar, self.report_view, self.buttons):
            layout.addWidget(widget)
        self.analysis = FolderAnalysis(self.files, language, self)
        self.analysis.progress.connect(self._on_progress)
        self.analysis.article_failed.connect(self.failures.append)
        self.analysis.finished.connect(self._on_finished)

    def start(self) -> None:
        """Analyse the folder, or say that it holds no article."""
        if not self.files:
            self.status.setText(self.tr("This folder holds no article file."))
            self._done()
            return
        self.analysis.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)
        locale = QLocale()
        self.status.setText(self.tr("Analysed %1 of %2 articles…").replace("%1", locale.toString(done))
                            .replace("%2", locale.toString(total)))

    def _cancel_or_close(self) -> None:
        """Cancel while analysing; close once done."""
        if self.analysis.thread.is_alive():
            self.status.setText(self.tr("Cancelling after the articles under way…"))
            self.analysis.cancel()
        else:
            self.reject()

    def _on_finished(self, report: CorpusReport, articles: list[ArticleLine]) -> None:
        """Show the report of what was analysed."""
        cancelled = self.analysis.cancelled.is_set()
        locale = QLocale()
        done = self.tr("%1 of %2 articles analysed").replace("%1", locale.toString(report.totals.articles)) \
            .replace("%2", locale.toString(len(self.files)))
        if self.failures:
            done += self.tr(", %1 could not be").replace("%1", locale.toString(len(self.failures)))
        self.status.setText((self.tr("Cancelled: %1.") if cancelled else self.tr("%1.")).replace("%1", done))
        self.report_view.setHtml(report_page(report, articles, self.failures))
        self._done()

    def _done(self) -> None:
        self.bar.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.analysis.cancel()
        super().closeEvent(event)


def report_page(report: CorpusReport, articles: list[ArticleLine], failures: list[str]) -> str:
    """The report's tables, then each article as a link that opens it in the window."""
    locale = QLocale()
    rows = "".join(f"<tr><td><a href='{QUrl.fromLocalFile(a.path).toString()}'>"
                   f"{html.escape(a.title)}</a></td><td>{locale.toString(a.claims)}</td>"
                   f"<td>{locale.toString(a.sources)}</td></tr>" for a in articles)
    failed = "".join(f"<li>{html.escape(f)}</li>" for f in failures)
    heading = QCoreApplication.translate("FolderReport", "<h2>Articles</h2><table><tr><th>Article</th>"
                                         "<th>Claims</th><th>Sources</th></tr>")
    not_analysed = QCoreApplication.translate("FolderReport", "Not analysed")
    return ("".join(table.html() for table in summary_tables(report)) + f"{heading}{rows}</table>"
            + (f"<h2>{not_analysed}</h2><ul>{failed}</ul>" if failed else ""))


def analyse_folder(window) -> None:
    """Ask for a folder and show its report; a click on an article opens it in the window."""
    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("FolderReport", "Analyse a Folder"))
    if not folder:
        return
    dialog = FolderReportDialog(Path(folder), window.settings.language, window)
    dialog.open_article.connect(window.open_file)
    # kept (a child of the window) after it closes: a cancelled analysis may still be finishing
    dialog.show()
    dialog.start()
