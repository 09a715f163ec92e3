"""Exporting only the claims the panel shows, the choice remembered; the text follows the marks filter."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_window import format_at, make_window, open_and_wait

from reader import settings as settings_store
from reader.ui.main_window import MainWindow
from reader.ui.strokes import KIND_PROPERTY

ARTICLE = ("« Nous ne céderons pas », a déclaré la ministre Élisabeth Borne.\n\n"
           "Selon le syndicat, la grève sera reconduite jeudi.\n\n"
           "Les cheminots ont voté la reconduction de la grève à une large majorité.\n\n"
           "« La grève coûte cher », a assuré le porte-parole de la compagnie.\n\n"
           "Le gouvernement a promis une réponse avant la fin du mois.")


@pytest.fixture
def shown_window(qtbot, config_dir, french_model, tmp_path):
    """A window showing an analysed article with claims of every kind."""
    article = tmp_path / "greve.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, article)
    assert {claim.kind for claim in window.analysis.claims} == {"direct", "reported", "unattributed"}
    yield window
    window.close()
    window.session.pool.waitForDone()


def filter_panel(window) -> list:
    """Hide unattributed claims, search « grève », hide the claims marked checked; the ids expected."""
    claims = window.analysis.claims
    checked = next(c for c in claims if c.kind != "unattributed" and "grève" in c.text)
    window.claim_menu.mark(checked, "checked")
    panel = window.panel
    panel.set_kind_shown("unattributed", False)
    panel.search.setText("grève")
    panel.mark_box.setCurrentIndex(panel.mark_box.findData("unmarked"))
    expected = [c.id for c in claims if c.kind != "unattributed" and c is not checked
                and ("grève" in c.text or (c.source and "grève" in c.source.text))]
    assert expected and len(expected) < len(claims)
    return expected


def test_the_export_holds_exactly_the_claims_shown_and_the_choice_is_remembered(shown_window,
                                                                                 config_dir, tmp_path):
    window = shown_window
    expected = filter_panel(window)
    assert [c.id for c in window.panel.shown_claims()] == expected
    window.menus.shown_only_action.trigger()
    assert window.menus.shown_only_action.isChecked()
    assert window.exports.export_to(tmp_path / "shown.json", "json")
    assert [c["id"] for c in json.loads((tmp_path / "shown.json").read_text("utf-8"))["claims"]] \
        == expected
    assert window.exports.export_to(tmp_path / "shown.csv", "csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "shown.csv").read_text("utf-8"))))
    assert [int(row["id"]) for row in rows] == expected
    assert window.status.stage_label.text().startswith(
        f"Exported the {len(expected)} claims shown of {len(window.analysis.claims)} to ")
    assert settings_store.load(config_dir).export_shown_only
    again = MainWindow(settings_dir=config_dir, warm_up=False)
    assert again.menus.shown_only_action.isChecked(), "the choice is back at the next start"
    again.close()

    window.menus.shown_only_action.trigger()  # every claim again, whatever the filters
    assert window.exports.export_to(tmp_path / "all.json", "json")
    assert len(json.loads((tmp_path / "all.json").read_text("utf-8"))["claims"]) == \
        len(window.analysis.claims)
    assert not settings_store.load(config_dir).export_shown_only


def test_the_marks_filter_uncolours_the_text_of_the_claims_it_hides(shown_window):
    window = shown_window
    marked = next(c for c in window.analysis.claims if c.kind == "direct")
    window.claim_menu.mark(marked, "disputed")
    offset = marked.start + 3
    assert format_at(window, offset).property(KIND_PROPERTY) == "direct"
    box = window.panel.mark_box
    box.setCurrentIndex(box.findData("unmarked"))
    assert not format_at(window, offset).property(KIND_PROPERTY)
    box.setCurrentIndex(box.findData("disputed"))
    assert format_at(window, offset).property(KIND_PROPERTY) == "direct"
