"""Every colour of the UI, in one place, derived from the current palette.

The app's own look (neutral surfaces, one blue accent) is kept for a light system palette; a dark
or high-contrast system palette is followed instead, and the app's colours are derived from it.
Every colour that carries text is checked against the surface it sits on and moved towards black
or white until it reaches WCAG's 4.5:1 (7:1 under a high-contrast palette), so no choice of
system theme makes a label unreadable. Widgets ask :func:`current` for colours and never spell a
colour themselves; the app stylesheet is built here too (:func:`stylesheet`), with its font sizes
relative to the application font so a larger system font makes every text larger.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

# The app's own light look (the palette set when the system palette is light).
ACCENT = "#2f6f8f"
_LIGHT = {
    "window": "#f4f5f7",
    "surface": "#ffffff",
    "alternate": "#f7f8fa",
    "button": "#eceef1",
    "border": "#dde1e6",
    "lock": "#e9ecef",
    "text": "#1f2933",
    "muted": "#5f6b7a",
    "status": "#3d4853",
    "placeholder": "#8a94a0",
    "disabled": "#9aa3ad",
    "accent": ACCENT,
    "accent_hover": "#2a6480",
    "accent_border": "#285f7a",
    "accent_disabled": "#9bb6c4",
    "on_accent": "#ffffff",
    "message": "#eef4f7",
    "error_message": "#fbeceb",
    "error_message_text": "#8a1f11",
    "error": "#b3261e",
    "banner": "#fff4ce",
    "banner_border": "#e0c060",
    "hit": "#ffe066",
    "severity_high": "#c62828",
    "severity_medium": "#ef6c00",
    "severity_low": "#9e9d24",
}
# Kind colours of the overview chart (question, concern, ...): hues told apart by position.
_CHART = ("#4c6a92", "#b3261e", "#2f8f5b", "#8f7a2f", "#6a2f8f", "#6f6f6f")
_BLACK = QColor(0, 0, 0)
_WHITE = QColor(255, 255, 255)

TEXT_CONTRAST = 4.5  # WCAG 2 AA for body text
HIGH_CONTRAST = 7.0  # WCAG 2 AAA, used when the system asks for high contrast
GRAPHIC_CONTRAST = 3.0  # WCAG 2 1.4.11 for parts of graphics (chart bars, underlines)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black .. 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1.0 (none) to 21.0 (black on white)."""
    a, b = luminance(fg), luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def readable(fg: QColor, backgrounds: tuple[QColor, ...], ratio: float = TEXT_CONTRAST) -> QColor:
    """``fg`` as it is when it reaches ``ratio`` on every background, else moved towards black
    or white (whichever the backgrounds allow) in small steps until it does.

    Keeps the hue as long as possible, so an error stays reddish and a link bluish.
    """
    if all(contrast(fg, bg) >= ratio for bg in backgrounds):
        return QColor(fg)
    darkest = min(luminance(bg) for bg in backgrounds)
    brightest = max(luminance(bg) for bg in backgrounds)
    # Towards white when the backgrounds are dark enough that white can win, else black.
    target = _WHITE if (1.05 / (brightest + 0.05)) > ((darkest + 0.05) / 0.05) else _BLACK
    for step in range(1, 21):
        candidate = mix(fg, target, step / 20)
        if all(contrast(candidate, bg) >= ratio for bg in backgrounds):
            return candidate
    return QColor(target)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one: light text on a dark window and base."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    return (window.lightnessF() + base.lightnessF()) / 2 < 0.5


def is_high_contrast(palette: QPalette) -> bool:
    """Whether the palette is a high-contrast one (near black on white or white on black).

    Qt has no portable "high contrast" flag; such themes show themselves by a window text
    contrast at the very top of the scale (Fusion's default black on #efefef is 18:1).
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return contrast(text, window) >= 19.5


@dataclass(frozen=True)
class Theme:
    """The app's colours for one palette. Text colours are readable on their surfaces."""

    dark: bool
    high_contrast: bool
    window: QColor
    surface: QColor  # cards, fields, lists
    alternate: QColor
    button: QColor
    border: QColor
    lock: QColor  # behind the lock screen's card
    text: QColor
    muted: QColor  # secondary text, on window and surface
    status: QColor  # status bar text on the window
    placeholder: QColor
    disabled: QColor
    accent: QColor  # links and flat buttons: text on window and surface
    accent_fill: QColor  # primary buttons and selected rows
    accent_hover: QColor
    accent_border: QColor
    accent_disabled: QColor
    on_accent: QColor  # text on accent_fill
    focus: QColor  # the focus ring
    outline: QColor  # edges of fields, check boxes and radio buttons (dark and high contrast)
    message: QColor
    message_text: QColor
    error_message: QColor
    error_message_text: QColor
    error: QColor  # error text on window and surface
    banner: QColor
    banner_border: QColor
    banner_text: QColor
    hit: QColor  # a search hit's background in rich text (the detail pane)
    hit_text: QColor
    hit_row: QColor  # under a hit in a table row, whose text keeps the row's own colour
    hit_mark: QColor  # a bar under a hit where hit_row alone hardly differs from the row
    severity_high: QColor
    severity_medium: QColor
    severity_low: QColor
    chart: tuple[QColor, ...]

    def severity(self, name: str) -> QColor:
        """The colour of a guard finding of this severity ('high', 'medium', 'low')."""
        return {
            "high": self.severity_high,
            "medium": self.severity_medium,
            "low": self.severity_low,
        }.get(name, self.severity_high)

    def text_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """Every (what, text colour, background) pair this theme hands out for text."""
        pairs = []
        for bg_name in ("window", "surface", "alternate"):
            bg = getattr(self, bg_name)
            for fg_name in ("text", "muted", "accent", "error", "severity_high"):
                pairs.append((f"{fg_name} on {bg_name}", getattr(self, fg_name), bg))
            for fg_name in ("severity_medium", "severity_low"):
                pairs.append((f"{fg_name} on {bg_name}", getattr(self, fg_name), bg))
        pairs += [
            ("status on window", self.status, self.window),
            ("text on button", self.text, self.button),
            ("text on lock", self.text, self.lock),
            ("on_accent on accent_fill", self.on_accent, self.accent_fill),
            ("on_accent on accent_hover", self.on_accent, self.accent_hover),
            ("message_text on message", self.message_text, self.message),
            ("error_message_text on error_message", self.error_message_text, self.error_message),
            ("banner_text on banner", self.banner_text, self.banner),
            ("hit_text on hit", self.hit_text, self.hit),
            ("text on hit_row", self.text, self.hit_row),
            ("muted on hit_row", self.muted, self.hit_row),
            ("error on hit_row", self.error, self.hit_row),
        ]
        return pairs

    def graphic_pairs(self) -> list[tuple[str, QColor, QColor]]:
        """Non-text marks (chart bars, the focus ring) against what they are drawn on."""
        pairs = [(f"chart {i} on window", c, self.window) for i, c in enumerate(self.chart)]
        pairs += [(f"chart {i} on surface", c, self.surface) for i, c in enumerate(self.chart)]
        pairs += [("focus on window", self.focus, self.window)]
        pairs += [("hit_mark on surface", self.hit_mark, self.surface)]
        pairs += [("hit_mark on alternate", self.hit_mark, self.alternate)]
        pairs += [("outline on window", self.outline, self.window)]
        pairs += [("outline on surface", self.outline, self.surface)]
        pairs += [("focus on surface", self.focus, self.surface)]
        return pairs


def _light() -> Theme:
    c = {name: QColor(value) for name, value in _LIGHT.items()}
    return _finish(
        dark=False,
        high_contrast=False,
        colours=c,
        chart=tuple(QColor(v) for v in _CHART),
        ratio=TEXT_CONTRAST,
    )


def _derived(palette: QPalette) -> Theme:
    """The theme for a dark or high-contrast system palette: its own surfaces and text, the
    app's hues moved until they read on them."""
    hc = is_high_contrast(palette)
    dark = is_dark(palette)
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    surface = palette.color(role.Base)
    text = palette.color(role.WindowText)
    light = {name: QColor(value) for name, value in _LIGHT.items()}
    towards = _BLACK if dark else _WHITE
    c = {
        "window": window,
        "surface": surface,
        "alternate": palette.color(role.AlternateBase),
        "button": palette.color(role.Button),
        "border": text if hc else mix(window, text, 0.25),
        "lock": window if hc else mix(window, towards, 0.25),
        "text": text,
        "muted": text if hc else mix(text, window, 0.3),
        "status": text if hc else mix(text, window, 0.15),
        "placeholder": text if hc else mix(text, surface, 0.4),
        "disabled": mix(text, window, 0.5),
        "accent": palette.color(role.Link) if hc else light["accent"],
        "accent_hover": light["accent_hover"],
        "accent_border": text if hc else light["accent_border"],
        "accent_disabled": mix(light["accent"], window, 0.6),
        "on_accent": _WHITE,
        "message": surface if hc else mix(window, light["accent"], 0.18),
        "error_message": surface if hc else mix(window, light["error"], 0.22),
        "error_message_text": text if hc else light["error"],
        "error": light["error"],
        "banner": surface if hc else mix(window, light["banner_border"], 0.28),
        "banner_border": text if hc else mix(window, light["banner_border"], 0.7),
        # Rich text sets its own text colour on the hit: the highlighter's yellow, dark text.
        "hit": light["hit"],
        "hit_row": light["hit"] if not dark else mix(window, light["hit"], 0.38),
        "severity_high": light["severity_high"],
        "severity_medium": light["severity_medium"],
        "severity_low": light["severity_low"],
    }
    if hc:
        # The system's own selection colours: a high-contrast theme chose them on purpose.
        c["accent_fill"] = palette.color(role.Highlight)
        c["on_accent"] = palette.color(role.HighlightedText)
        c["accent_hover"] = palette.color(role.Highlight)
    c["message_text"] = text
    c["banner_text"] = text
    c["hit_text"] = light["text"]
    return _finish(
        dark=dark,
        high_contrast=hc,
        colours=c,
        chart=tuple(QColor(v) for v in _CHART),
        ratio=HIGH_CONTRAST if hc else TEXT_CONTRAST,
    )


def _finish(
    *,
    dark: bool,
    high_contrast: bool,
    colours: dict[str, QColor],
    chart: tuple[QColor, ...],
    ratio: float,
) -> Theme:
    """Fill in what follows from the base colours and make every text colour readable."""
    c = dict(colours)
    c.setdefault("accent_fill", QColor(c["accent"]))
    surfaces = (c["window"], c["surface"], c["alternate"])
    for name in ("text", "muted", "accent", "error"):
        c[name] = readable(
            c[name], (*surfaces, c["lock"], c["button"]) if name == "text" else surfaces, ratio
        )
    for name in ("severity_high", "severity_medium", "severity_low"):
        c[name] = readable(c[name], surfaces, ratio)
    c["status"] = readable(c["status"], (c["window"],), ratio)
    c["placeholder"] = readable(c["placeholder"], (c["surface"],), ratio)
    c["on_accent"] = readable(c["on_accent"], (c["accent_fill"], c["accent_hover"]), ratio)
    c.setdefault("message_text", QColor(c["text"]))
    c["message_text"] = readable(c["message_text"], (c["message"],), ratio)
    c["error_message_text"] = readable(c["error_message_text"], (c["error_message"],), ratio)
    c.setdefault("banner_text", QColor(c["text"]))
    c["banner_text"] = readable(c["banner_text"], (c["banner"],), ratio)
    c.setdefault("hit_text", QColor(c["text"]))
    c["hit_text"] = readable(c["hit_text"], (c["hit"],), ratio)
    # A row's text sits on it in the row's own colour: plain, greyed (excluded) or flagged.
    c.setdefault("hit_row", QColor(c["hit"]))
    c["hit_row"] = readable(c["hit_row"], (c["text"], c["muted"], c["error"]), ratio)
    c["hit_mark"] = readable(QColor(_LIGHT["hit"]), surfaces, GRAPHIC_CONTRAST)
    c["focus"] = readable(QColor(c["accent"]), surfaces, GRAPHIC_CONTRAST)
    c["outline"] = readable(mix(c["text"], c["window"], 0.55), surfaces, GRAPHIC_CONTRAST)
    graphics = tuple(readable(colour, surfaces, GRAPHIC_CONTRAST) for colour in chart)
    names = {f.name for f in fields(Theme)} - {"dark", "high_contrast", "chart"}
    return Theme(
        dark=dark,
        high_contrast=high_contrast,
        chart=graphics,
        **{name: c[name] for name in names},
    )


def theme_for(palette: QPalette) -> Theme:
    """The theme for a system palette: the app's own look on a light one, else derived."""
    if not is_dark(palette) and not is_high_contrast(palette):
        return _light()
    return _derived(palette)


def app_palette(theme: Theme, system: QPalette) -> QPalette:
    """The QPalette the application runs with under ``theme`` (the system's, for a dark or
    high-contrast theme, with the app's selection and link colours where they read)."""
    palette = QPalette(system)
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.window,
        role.WindowText: theme.text,
        role.Base: theme.surface,
        role.AlternateBase: theme.alternate,
        role.Text: theme.text,
        role.Button: theme.button,
        role.ButtonText: theme.text,
        role.Highlight: theme.accent_fill,
        role.HighlightedText: theme.on_accent,
        role.ToolTipBase: theme.surface,
        role.ToolTipText: theme.text,
        role.PlaceholderText: theme.placeholder,
        role.Link: theme.accent,
    }
    for r, colour in colours.items():
        palette.setColor(QPalette.ColorGroup.Active, r, colour)
        palette.setColor(QPalette.ColorGroup.Inactive, r, colour)
        palette.setColor(QPalette.ColorGroup.Disabled, r, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, theme.disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, theme.disabled)
    return palette


# Font sizes of the stylesheet, as multiples of the application font; the ratios keep the look
# the app had at the 9 pt default font (title 20 pt, heading 13 pt).
TITLE_SCALE = 20 / 9
HEADING_SCALE = 13 / 9


def stylesheet(theme: Theme, base_point_size: float) -> str:
    """The app stylesheet for ``theme``, its font sizes relative to ``base_point_size``.

    Every selector that draws its own border or background for a focusable widget has a
    ``:focus`` rule, because a stylesheet border replaces the style's focus indicator.
    """
    t = {f.name: getattr(theme, f.name) for f in fields(Theme) if f.name != "chart"}
    n = {k: v.name() for k, v in t.items() if isinstance(v, QColor)}
    # A high-contrast theme draws messages on the plain surface: an edge marks the errors.
    error_edge = f" border: 2px solid {n['error']};" if theme.high_contrast else ""
    title = round(base_point_size * TITLE_SCALE, 1)
    heading = round(base_point_size * HEADING_SCALE, 1)
    return f"""
QMainWindow, QStackedWidget > QWidget#welcomeInner {{ background: {n["window"]}; }}
QWidget#lockScreen {{ background: {n["lock"]}; }}
QFrame#card {{
    background: {n["surface"]}; border: 1px solid {n["border"]}; border-radius: 8px;
}}
QFrame#recoveryBanner {{
    background: {n["banner"]}; border: 1px solid {n["banner_border"]}; border-radius: 4px;
}}
QFrame#recoveryBanner QLabel {{ color: {n["banner_text"]}; }}
QLabel#title {{ font-size: {title}pt; font-weight: 600; color: {n["text"]}; }}
QLabel#heading {{ font-size: {heading}pt; font-weight: 600; color: {n["text"]}; }}
QLabel#muted {{ color: {n["muted"]}; }}
QLabel#message {{
    padding: 6px 8px; border-radius: 4px; background: {n["message"]}; color: {n["message_text"]};
}}
QLabel#message[error="true"] {{
    background: {n["error_message"]}; color: {n["error_message_text"]};{error_edge}
}}
QPushButton {{ padding: 5px 14px; }}
QPushButton[primary="true"] {{
    background: {n["accent_fill"]}; color: {n["on_accent"]};
    border: 1px solid {n["accent_border"]}; border-radius: 4px;
    padding: 6px 16px; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {n["accent_hover"]}; }}
QPushButton[primary="true"]:focus {{
    border: 2px solid {n["focus"]}; padding: 5px 15px;
    background: {n["accent_hover"]};
}}
QPushButton[primary="true"]:disabled {{
    background: {n["accent_disabled"]}; border-color: {n["accent_disabled"]};
}}
QPushButton#flat {{ border: none; color: {n["accent"]}; background: transparent; }}
QPushButton#flat:hover {{ text-decoration: underline; }}
QPushButton#flat:focus {{
    border: 2px solid {n["focus"]}; border-radius: 4px; text-decoration: underline;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QListWidget, QTreeView, QTableView {{
    selection-background-color: {n["accent_fill"]}; selection-color: {n["on_accent"]};
}}
QStatusBar {{ color: {n["status"]}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
"""


_cache: tuple[int, Theme] | None = None
_system: QPalette | None = None  # the platform's palette, before the app set its own


def current() -> Theme:
    """The theme for the application's palette now (cached until the palette changes)."""
    global _cache
    palette = QGuiApplication.palette()
    key = palette.cacheKey()
    if _cache is None or _cache[0] != key:
        _cache = (key, theme_for(palette))
    return _cache[1]


def error_css() -> str:
    """A widget stylesheet for error text on the window (setup tabs, message lines)."""
    return f"color: {current().error.name()};"


def hit_css() -> str:
    """Inline CSS for a search hit in rich text: background and a text colour that reads on it."""
    t = current()
    return f"background:{t.hit.name()}; color:{t.hit_text.name()}"


class _SystemFollower(QObject):
    """Applies the theme again when the system switches between light and dark, and builds
    the stylesheet again when the application font changes (its sizes are relative to it)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        app.installEventFilter(self)

    def _scheme_changed(self, *_args: object) -> None:
        from PySide6.QtWidgets import QApplication

        if isinstance(self.app, QApplication):
            apply_theme(self.app, self.app.style().standardPalette())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Rebuild the stylesheet for a new application font."""
        from PySide6.QtWidgets import QApplication

        if (
            watched is self.app
            and event.type() == QEvent.Type.ApplicationFontChange
            and isinstance(self.app, QApplication)
        ):
            self.app.setStyleSheet(stylesheet(current(), self.app.font().pointSizeF()))
        return False


class OutlinedStyle(QProxyStyle):
    """Fusion, with text fields, check boxes and radio buttons outlined in the theme's
    outline colour. Fusion draws those edges from the window colour made darker, which all
    but vanishes on a dark window: an unticked box would not show at all. Used only under a
    dark or high-contrast theme, so the light look stays Fusion's own."""

    _OUTLINED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 (Qt calls it by this name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then the outline (in the focus colour on a focused field)."""
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED:
            return
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        # A focused field gets the focus colour: Fusion's darkened highlight is as faint.
        field = element == QStyle.PrimitiveElement.PE_FrameLineEdit
        colour = current().focus if focused and field else current().outline
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.5 if focused and field else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()


def apply_theme(app: QGuiApplication, system: QPalette | None = None) -> Theme:
    """Set the palette and stylesheet for the system palette ``system`` (by default the one
    the platform gave the application before the app changed it) and return the theme.

    Call again (with the new palette) when the system palette changes; the stylesheet's font
    sizes follow the application font at the time of the call.
    """
    from PySide6.QtWidgets import QApplication

    global _cache, _system
    if _system is None:
        _system = QPalette(app.palette())
        _SystemFollower(app)
    if system is None:
        system = _system
    else:
        _system = QPalette(system)
    theme = theme_for(system)
    if isinstance(app, QApplication):
        outlined = theme.dark or theme.high_contrast
        if outlined != isinstance(app.style(), OutlinedStyle):
            app.setStyle(OutlinedStyle() if outlined else "Fusion")
    palette = app_palette(theme, system)
    app.setPalette(palette)
    _cache = (QGuiApplication.palette().cacheKey(), theme)
    if isinstance(app, QApplication):
        app.setStyleSheet(stylesheet(theme, app.font().pointSizeF()))
    return theme
