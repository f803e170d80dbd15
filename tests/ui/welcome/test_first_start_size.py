"""A first start opens at a size made for the screen, whatever the path (issue 8, item 14)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from roundtable_app.ui.main_window import MainWindow, first_start_size
from roundtable_app.ui.settings import Settings


def test_first_start_size_rule() -> None:
    assert first_start_size(1920, 1040) == (1536, 832)  # 80%
    assert first_start_size(1280, 760) == (1100, 700)  # at least 1100x700 where it fits
    assert first_start_size(1024, 600) == (1024, 600)  # never more than the screen


def expected(win: MainWindow) -> tuple[int, int]:
    area = win.screen().availableGeometry()
    return first_start_size(area.width(), area.height())


def test_no_saved_size_opens_at_the_screens_size_and_inside_it(app, qtbot) -> None:
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    area = win.screen().availableGeometry()
    assert (win.width(), win.height()) == expected(win)
    assert area.contains(win.frameGeometry().topLeft())
    win.close()


def test_a_saved_size_too_small_for_the_welcome_page_is_not_restored(app, qtbot) -> None:
    settings = Settings()
    small = MainWindow(settings)
    qtbot.addWidget(small)
    small.resize(900, 308)
    small.close()  # saves its geometry
    assert settings.window_geometry() is not None
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == expected(win)
    # a sensible saved size is kept
    win.resize(expected(win)[0] - 100, expected(win)[1] - 100)
    win.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (expected(win)[0] - 100, expected(win)[1] - 100)
    assert isinstance(settings.window_geometry(), QByteArray | bytes)
