"""The window writes exports and PDFs whole, beside the article and never into it."""

import os
import resource
import shutil
import signal

import pytest

from test_window import SEED, make_window, open_and_wait


@pytest.fixture
def window_on_copy(qtbot, config_dir, french_model, tmp_path):
    """A window showing a copy of the seed article, which the test may link to."""
    (tmp_path / "articles").mkdir()
    article = tmp_path / "articles" / "article.txt"
    shutil.copyfile(SEED, article)
    window = make_window(qtbot, config_dir)
    open_and_wait(qtbot, window, article)
    yield window, article
    window.close()
    window.session.pool.waitForDone()


def test_no_export_nor_pdf_goes_into_a_link_to_the_article(window_on_copy):
    window, article = window_on_copy
    os.link(article, article.parent / "hard.pdf")
    (article.parent / "soft.json").symlink_to(article.name)
    assert not window.exports.save_pdf(article.parent / "hard.pdf")
    assert window.message_bar.isVisible()
    assert not window.exports.export_to(article.parent / "soft.json", "json")
    assert article.read_bytes() == SEED.read_bytes()


def test_a_pdf_cut_short_leaves_the_older_one_and_says_so(window_on_copy):
    window, article = window_on_copy
    older = article.parent / "article.pdf"
    older.write_bytes(b"%PDF-1.4 older\n%%EOF\n")
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk: writes fail, no signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, limits[1]))
    try:
        saved = window.exports.save_pdf(older)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert not saved
    assert older.read_bytes() == b"%PDF-1.4 older\n%%EOF\n"
    assert "Saved" not in window.status.stage_label.text()
    assert window.message_bar.isVisible()
    assert sorted(p.name for p in article.parent.iterdir()) == ["article.pdf", "article.txt"]
    assert window.exports.save_pdf(older) and older.read_bytes().rstrip().endswith(b"%%EOF")
    assert oct(older.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask():
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
