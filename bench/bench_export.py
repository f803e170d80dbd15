"""Export speed: a 300- and a 10,000-remark vault to PDF, against bare ReportLab.

The baseline is a plain platypus document of the same paragraphs (remark texts, theme
names) in the same font, built in the same run, so the ratio shows what the summary adds
(reading the vault, pre-flight excluded, cover, contents, chart, tables, header/footer,
page x of y) over ReportLab itself. Run: ``.venv/bin/python bench/bench_export.py``.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from roundtable_app.export import build_summary, export_summary, fonts
from roundtable_app.export.pdf import PdfRenderer, para_text, render_pdf
from roundtable_app.export.preflight import preflight
from roundtable_app.vault import Vault
from roundtable_app.vault.types import REMARK_KINDS, NewRemark

PASSPHRASE = "bench-passphrase-1"
THEMES = [f"Theme {i}: protection, inclusion and care" for i in range(1, 7)]
WORDS = (
    "registration interpreters reception winter guardianship children counselling "
    "staff detention referral shelter asylum legal aid municipality school procedure "
    "Tumači često potpisuju dokumenta Деци без пратње обезбедити смештај"
).split()


def make_vault(folder: Path, count: int) -> Vault:
    """A vault with ``count`` remarks in one transaction."""
    rng = random.Random(count)
    vault = Vault.create(
        folder / f"bench-{count}.roundtable",
        PASSPHRASE,
        title="Benchmark roundtable",
        themes=THEMES,
    )
    rows = [
        NewRemark(
            theme=rng.choice(THEMES),
            kind=rng.choice(REMARK_KINDS),
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 60))) + ".",
        )
        for _ in range(count)
    ]
    vault.add_remarks(rows)
    return vault


def bare_reportlab(texts: list[str]) -> bytes:
    """The same paragraphs in the same font, nothing else."""
    fonts.register_fonts()
    style = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=10.5, leading=15.5)
    buffer = io.BytesIO()
    # Same page and margins as the summary, so both set lines of the same length.
    left, right, top, bottom = PdfRenderer.margins
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        invariant=1,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
    )
    doc.build([Paragraph(para_text(t), style) for t in texts])
    return buffer.getvalue()


def best_of(runs: int, fn: object) -> float:
    """The fastest of ``runs`` timings of ``fn()`` (seconds)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    """Print timings and ratios for 300 and 10,000 remarks."""
    sizes = [int(a) for a in sys.argv[1:]] or [300, 10_000]
    fonts.register_fonts()
    print(
        f"{'remarks':>8} {'export s':>9} {'render s':>9} {'bare s':>8} "
        f"{'export/bare':>11} {'render/bare':>11} {'pages':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for count in sizes:
            vault = make_vault(folder, count)
            try:
                rounds = 5 if count <= 1000 else 2
                out = folder / f"summary-{count}.pdf"
                summary = build_summary(vault)
                texts = [t.name for t in summary.themes]
                for theme in summary.themes:
                    texts += [r.text for g in theme.groups for r in g.remarks]
                    texts += [r.text for r in theme.key_points]
                for group in summary.recommendations:
                    texts += [r.text for r in group.remarks]
                # Interleaved rounds, best of each: other processes on a shared machine
                # then slow all three alike instead of skewing one of them.
                export = render = bare = float("inf")
                for _ in range(rounds):
                    bare = min(bare, best_of(1, lambda t=texts: bare_reportlab(t)))
                    render = min(render, best_of(1, lambda s=summary: render_pdf(s)))
                    export = min(
                        export,
                        best_of(
                            1,
                            lambda v=vault, o=out: export_summary(
                                v, "pdf", o, accept_findings=True, replace=True
                            ),
                        ),
                    )
                pages = export_summary(vault, "pdf", out, accept_findings=True, replace=True).pages
                check = best_of(rounds, lambda v=vault: preflight(v))
            finally:
                vault.close()
            print(
                f"{count:>8} {export:>9.3f} {render:>9.3f} {bare:>8.3f} "
                f"{export / bare:>10.2f}x {render / bare:>10.2f}x {pages:>6}"
                f"   (pre-flight alone {check:.3f} s)"
            )
    print(
        "export = export_summary (read vault, pre-flight, render, atomic write);"
        " render = render_pdf(summary); bare = plain platypus, same paragraphs and font"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
