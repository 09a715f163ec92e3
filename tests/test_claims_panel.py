"""The claims panel lists a book's thousands of claims at once and groups them when asked."""

from PySide6.QtCore import Qt
from test_article_view import QUOTE, SHIPS, long_analysis

from reader.live.presentation import source_line
from reader.ui.claims_panel import ClaimsPanel


def test_every_claim_of_a_long_analysis_is_listed_at_once(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.show()
    analysis = long_analysis(QUOTE, SHIPS)
    with qtbot.waitSignal(panel.listed, timeout=0):  # said before show_analysis returns
        panel.show_analysis(analysis)
    rows = panel.claim_model
    assert rows.rowCount() == len(analysis.claims) == 600
    last = rows.index(rows.rowCount() - 1)
    assert last.data(Qt.ItemDataRole.UserRole) is analysis.claims[-1]
    assert source_line(analysis.claims[-1]) in last.data()
    assert panel.shown_claims() == analysis.claims
    assert panel.claim_list.uniformItemSizes(), "measured once, not row by row"
    assert all(rows.index(row).data().count("\n") == 1 for row in range(rows.rowCount())), \
        "every row is two lines: the claim's start, then its source"


def test_a_claim_credited_to_nobody_has_one_wording_in_rows_and_groups():
    from reader.model import Claim
    from reader.live.presentation import NO_SOURCE, group_by_source

    claims = [Claim("unattributed", 0, 12, "Il pleut fort.", None, None),
              Claim("reported", 13, 30, "que tout va bien.", None, None)]
    assert [source_line(claim) for claim in claims] == ["No source given"] * 2
    assert [group.name for group in group_by_source(claims)] == [NO_SOURCE]


def test_a_kind_switched_off_hides_its_rows_and_its_sources(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    analysis = long_analysis(QUOTE, SHIPS)
    panel.show_analysis(analysis)
    panel.set_kind_shown("direct", False)
    assert panel.shown_claims() == analysis.claims_of_kind("reported")
    panel.tabs.setCurrentWidget(panel.source_tree)
    qtbot.waitUntil(lambda: not panel.listing, timeout=10_000)
    tree = panel.source_tree
    shown = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())
             if not tree.topLevelItem(i).child(j).isHidden()]
    assert len(shown) == len(analysis.claims_of_kind("reported"))
    quoted = next(i for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).text(0).startswith("la ministre"))
    assert tree.topLevelItem(quoted).isHidden(), "a source left with no claim shown is hidden"


def test_in_debug_mode_a_claims_tooltip_names_the_rule_that_found_it(qtbot, monkeypatch):
    from dataclasses import replace

    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.show_analysis(long_analysis(replace(QUOTE, rule="quote-with-cue"), SHIPS))
    first = panel.claim_model.index(0)
    monkeypatch.delenv("CLAIM_READER_DEBUG", raising=False)
    assert "Rule:" not in first.data(Qt.ItemDataRole.ToolTipRole)
    monkeypatch.setenv("CLAIM_READER_DEBUG", "1")
    assert first.data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1] == "Rule: quote-with-cue"
