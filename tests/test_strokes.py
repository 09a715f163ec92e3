"""Each kind is told apart without colour: in a greyscale rendering of the window and on paper."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage, QPainter
from test_article_view import PORT, QUOTE, SHIPS, TEXT, analysis, drawn

from reader.document import document_from_text
from reader.i18n import long_date
from reader.kinds import TABLE
from reader.ui.article_view import ArticleView
from reader.ui.colours import kind_sample
from reader.ui.main_window import MainWindow
from reader.ui.printing import running_head
from reader.ui.strokes import STROKE_EM, stroke_weight, strokes_between
from reader.ui.translation import install_translators, remove_translators
from reader.ui.widgets import Legend
from reader.ui.workers import AnalysisTask

# Below this grey, a pixel is a stroke's ink: the strokes are 145 or darker, the fills 160 (paper's
# blue) or lighter.
DARK = 152


def grey_view(qtbot, zoom: int = 0) -> tuple[ArticleView, QImage]:
    """The view showing QUOTE, PORT and SHIPS, and its rendering converted to grey."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.set_zoom(zoom)
    view.show()
    drawn(qtbot, view, analysis(QUOTE, PORT, SHIPS))
    qtbot.wait(50)
    return view, view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)


def runs(values: list[bool]) -> int:
    """How many stretches of ink a row or column of pixels crosses."""
    return sum(1 for i, ink in enumerate(values) if ink and (i == 0 or not values[i - 1]))


def shape_under(image: QImage, left: float, right: float, under: float, weight: float):
    """Under words between two x: the lines a column crosses, and the dashes along the stroke."""
    band = range(int(under + 0.3 * weight), int(under + 4 * weight))
    columns = range(int(left) + 2, int(right) - 2)
    column = max(columns, key=lambda x: sum(image.pixelColor(x, y).value() < DARK for y in band))
    across = [image.pixelColor(column, y).value() < DARK for y in band]  # within a dash, if dashed
    row = max(band, key=lambda y: sum(image.pixelColor(x, y).value() < DARK for x in columns))
    along = [image.pixelColor(x, row).value() < DARK for x in columns]
    return runs(across), runs(along)


def shape_beside(image: QImage, text_left: float, top: float, bottom: float) -> tuple[int, int]:
    """Left of a line of text: the bars its height holds, and the dashes down the first bar."""
    rows = range(int(top), int(bottom))
    inked = [[image.pixelColor(x, y).value() < DARK for y in rows] for x in range(int(text_left) - 1)]
    across = [any(column) for column in inked]
    first = across.index(True)
    bar = first + 1 if across[first + 1] else first
    return runs(across), runs(inked[bar])


def stroke_shape(image: QImage, view: ArticleView, claim) -> tuple[int, int]:
    """The stroke under a claim's words in the view."""
    at = view.cursorRect(_cursor_at(view, claim.start + 2)).center()
    [stroke] = [s for s in strokes_between(view.document(), 0, 10_000)
                if s.left <= at.x() <= s.right and s.top <= at.y() <= s.bottom]
    return shape_under(image, stroke.left, stroke.right, stroke.under,
                       stroke_weight(view.document()))


def margin_shape(image: QImage, view: ArticleView, claim) -> tuple[int, int]:
    """The marks left of a claim's line in the view."""
    rect = view.cursorRect(_cursor_at(view, claim.start))
    return shape_beside(image, view.document().documentMargin(), rect.top(), rect.bottom())


def _cursor_at(view: ArticleView, offset: int):
    """A text cursor at an offset of the article."""
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(offset))
    return cursor


@pytest.mark.parametrize("zoom", [0, 6])
def test_in_grey_each_kind_has_its_own_stroke_under_its_words(qtbot, zoom):
    view, image = grey_view(qtbot, zoom)
    shapes = {claim.kind: stroke_shape(image, view, claim) for claim in (QUOTE, SHIPS, PORT)}
    assert shapes["direct"] == (1, 1), "one unbroken line"
    assert shapes["reported"] == (2, 1), "two unbroken lines"
    assert shapes["unattributed"][0] == 1 and shapes["unattributed"][1] >= 4, "a line of dashes"


def test_in_grey_the_margin_marks_each_line_with_its_kinds_stroke(qtbot):
    view, image = grey_view(qtbot)
    assert margin_shape(image, view, QUOTE) == (1, 1)
    assert margin_shape(image, view, SHIPS) == (2, 1)
    assert margin_shape(image, view, PORT)[0] == 1 and margin_shape(image, view, PORT)[1] >= 2


def test_text_without_claims_has_no_stroke_and_no_mark(qtbot):
    view, image = grey_view(qtbot)
    view.show_analysis(analysis(), view._filter)
    qtbot.waitUntil(lambda: not view.drawing, timeout=5000)
    qtbot.wait(50)
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    left = int(view.document().documentMargin())
    assert not any(image.pixelColor(x, y).value() < DARK
                   for x in range(left - 2) for y in range(image.height()))


def titled_window(qtbot, config_dir) -> MainWindow:
    """A window showing the test article under a title, as the session reports it."""
    window = MainWindow(settings_dir=config_dir, warm_up=False, persist=False)
    qtbot.addWidget(window)
    window.show()
    document = document_from_text(TEXT, "/tmp/a.txt")
    document.metadata["title"] = "Les navires attendent"
    session = window.session
    session.task = AnalysisTask(session.next_serial(), session.signals, "/tmp/a.txt", document=document)
    session.signals.loaded.emit(session.task.serial, document)
    with qtbot.waitSignal(window.analysis_shown, timeout=5_000):
        session.signals.finished.emit(session.task.serial, analysis(QUOTE, PORT, SHIPS))
    return window


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_pdf_holds_the_title_the_date_and_the_key(qtbot, config_dir, tmp_path):
    window = titled_window(qtbot, config_dir)
    path = tmp_path / "a.claims.pdf"
    assert window.exports.save_pdf(path)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    today = long_date(date.today().isoformat())  # "7 December 2026"
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", today)
    assert text.startswith(f"Les navires attendent · Claim Reader, {today} · page 1 of 1 "
                           "Les navires attendent")  # the running head, then the article's title
    assert ("Key: Direct quote (solid underline) · Reported speech (double underline) · "
            "Unattributed assertion (dashed underline)") in text
    assert "« Nous partirons demain », a déclaré la ministre." in text
    assert f"Marked by Claim Reader on {today}." in text


def test_the_running_head_dates_the_page_as_the_reader_writes_dates(qapp):
    first_of_march = date(2026, 3, 1)
    assert running_head("Les navires", 1, 3, first_of_march) == \
        "Les navires · Claim Reader, 1 March 2026 · page 1 of 3"
    install_translators(qapp, "fr")
    try:
        assert running_head("Les navires", 2, 3, first_of_march) == \
            "Les navires · Claim Reader, 1er mars 2026 · page 2 sur 3"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                    reason="poppler's pdftoppm and pdftotext are not installed")
def test_on_a_grey_printed_page_each_kind_has_its_stroke_and_margin_mark(qtbot, config_dir,
                                                                         tmp_path):
    window = titled_window(qtbot, config_dir)
    path = tmp_path / "a.claims.pdf"
    assert window.exports.save_pdf(path)
    subprocess.run(["pdftoppm", "-r", "144", "-gray", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    page = QImage(str(tmp_path / "page.png")).convertToFormat(QImage.Format.Format_Grayscale8)
    subprocess.run(["pdftotext", "-bbox", str(path), str(tmp_path / "words.html")], check=True)
    # Each word's box, in points, to pixels at 144 dpi.
    words = [(text, *(2 * float(v) for v in box))
             for *box, text in WORD.findall((tmp_path / "words.html").read_text(encoding="utf-8"))]
    weight = 2 * 2.0 * 72 / 96  # at least the smallest stroke, in the page's pixels

    def shapes(word: str):
        """The stroke under a word of the article (not of the title) and the marks beside its line."""
        _, left, top, right, bottom = [w for w in words if w[0] == word][-1]
        line_left = min(w[1] for w in words if abs(w[2] - top) < 2)
        return (shape_under(page, left, right, bottom, weight),
                shape_beside(page, line_left, top, bottom))

    assert shapes("partirons") == ((1, 1), (1, 1))
    assert shapes("navires") == ((2, 1), (2, 1))
    (across, dashes), (bars, _) = shapes("fermé")
    assert across == 1 and dashes >= 2 and bars == 1


def sample_in_grey(kind: str, height: int) -> QImage:
    """A kind's legend sample on a white page, converted to grey."""
    sample = kind_sample(kind, False, height)
    image = QImage(sample.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, sample)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def sample_shape(image: QImage, weight: float) -> tuple[tuple[int, int], tuple[int, int]]:
    """A sample's underline (lines across, dashes along) and margin bar (bars, dashes down)."""
    def ink(x, y):
        return image.pixelColor(x, y).value() < DARK

    width, height = image.width(), image.height()
    text_left = int(weight * 5.2) + 2
    band = range(int(height * 0.55) + 1, height)  # under the fill: the underline only
    columns = range(text_left, width - 1)
    column = max(columns, key=lambda x: sum(ink(x, y) for y in band))
    row = max(band, key=lambda y: sum(ink(x, y) for x in columns))
    under = runs([ink(column, y) for y in band]), runs([ink(x, row) for x in columns])
    bar_columns = range(0, text_left - 2)
    bar = max(bar_columns, key=lambda x: sum(ink(x, y) for y in range(height)))
    beside = runs([any(ink(x, y) for y in range(height)) for x in bar_columns]), \
        runs([ink(bar, y) for y in range(height)])
    return under, beside


@pytest.mark.parametrize("height", [18, 26])
def test_in_grey_each_legend_sample_draws_its_kinds_underline_and_margin_bar(qtbot, height):
    weight = max(2.0, height * STROKE_EM)
    shapes = {kind: sample_shape(sample_in_grey(kind, height), weight) for kind in TABLE}
    assert shapes["direct"] == ((1, 1), (1, 1)), "one unbroken line under, one bar beside"
    assert shapes["reported"] == ((2, 1), (2, 1)), "two lines under, two bars beside"
    (across, dashes), (bars, down) = shapes["unattributed"]
    assert across == 1 and dashes >= 2 and bars == 1 and down >= 2, "dashes under and beside"


def test_the_legend_shows_each_kinds_sample_and_the_marks_signs(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    for kind, label in legend.samples.items():
        assert label.pixmap().toImage() == kind_sample(kind, False, label.pixmap().height()).toImage()
        assert label.pixmap().width() > label.pixmap().height(), "a stretch of text, not a dot"
    assert legend.marks.text() == "✓ Checked · ⚑ To check · ✗ Disputed"
    names = {label.text(): label for label in legend.findChildren(type(legend.marks))}
    assert names["Reported speech"].toolTip() == "Reported speech: double underline and margin bar"
