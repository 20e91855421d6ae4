"""The frame every PDF report shares: Vietnamese-capable font, header, "page x of y",
tables that split across pages, charts, a signature block and the identity QR code."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from scp_desktop.catalog import translator
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.numbers import format_number, short_number
from scp_desktop.resources import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ACCENT = colors.HexColor("#1b6e5a")
LIGHT = colors.HexColor("#eef5f2")
SERIES_COLOURS = [ACCENT, colors.HexColor("#c0392b"), colors.HexColor("#2f6fb0"), colors.HexColor("#8e44ad")]

PAGE_X_OF_Y = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
TAX_CODE = QT_TRANSLATE_NOOP("Report", "Tax code {tax_code}")
PREPARED_BY = QT_TRANSLATE_NOOP("Report", "Prepared by (name, position)")
APPROVED_BY = QT_TRANSLATE_NOOP("Report", "Legal representative (signature, seal)")
DATE_LINE = QT_TRANSLATE_NOOP("Report", "Date: ……/……/…………")
VERIFY = QT_TRANSLATE_NOOP(
    "Report",
    "The QR code holds this report's identity (organization, period, SHA-256 of its content and, once sent, "
    "the submission id), so a verifier can match this paper to the ministry's record.",
)
VERIFY_SENT = QT_TRANSLATE_NOOP(
    "Report",
    "The QR code opens the ministry's page for this report: it confirms that this paper matches what the "
    "ministry received, and says its state.",
)
DRAFT_MARK = QT_TRANSLATE_NOOP("Report", "DRAFT – not finalized")


def register_fonts() -> None:
    """DejaVu Sans covers every Vietnamese letter (reportlab's bundled Vera lacks ă ơ ư ĩ ũ)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@dataclass
class Identity:
    """What the QR code says: enough to find the same record on the ministry server."""

    tax_code: str
    kind: str
    period: str
    content_sha256: str
    submission_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    verify_url: str | None = None  # once sent, the QR code holds the ministry's verify address instead

    def payload(self) -> str:
        if self.verify_url:
            return self.verify_url
        data = {
            "org": self.tax_code,
            "kind": self.kind,
            "period": self.period,
            "sha256": self.content_sha256,
            "submission": self.submission_id,
            **self.extra,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


class _NumberedCanvas(Canvas):
    """Holds every page until the end so that each can say "page x of y"."""

    footer_text: Msg = PAGE_X_OF_Y
    # Set per document by ReportDocument.build; not `translate`, which is Canvas's own method.
    translate_text = staticmethod(lambda _context, source: source)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            text = self.footer_text(page=self._pageNumber, pages=total).render(self.translate_text)
            self.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
            super().showPage()
        super().save()


class ReportDocument:
    """Collects flowables, then builds an A4 PDF with the shared header and footer."""

    def __init__(self, language: str, title: str, org_name: str, tax_code: str, identity: Identity) -> None:
        register_fonts()
        self.language = language
        self.translate = translator(language)
        self.title = title
        self.org_name = org_name
        self.tax_code = tax_code
        self.identity = identity
        self.draft = False
        self.story: list[Flowable] = []
        self.styles = {
            "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13),
            "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10, textColor=colors.grey),
            "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5),
            "cell_right": ParagraphStyle("cell_right", fontName=FONT, fontSize=8, leading=10.5, alignment=TA_RIGHT),
            "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9, textColor=colors.white),
            "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4, textColor=ACCENT),
            "h3": ParagraphStyle("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=2),
            "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        }

    # -- text -------------------------------------------------------------------------------
    def tr(self, msg: Msg | str, **params: Any) -> str:
        if isinstance(msg, str):
            return msg
        return (msg(**params) if params else msg).render(self.translate, self.short_number)

    def short_number(self, value: float) -> str:
        return short_number(value, self.language)

    def number(self, value: float | None, decimals: int = 2) -> str:
        return "–" if value is None else format_number(value, self.language, decimals)

    def heading(self, text: str) -> None:
        self.story.append(CondPageBreak(30 * mm))  # never a heading alone at the foot of a page
        self.story.append(Paragraph(_escape(text), self.styles["h2"]))

    def paragraph(self, text: str, style: str = "body") -> None:
        self.story.append(Paragraph(_escape(text), self.styles[style]))

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    # -- tables -----------------------------------------------------------------------------
    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths_mm: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
        total_row: bool = False,
    ) -> None:
        """A table whose header repeats on every page it spans; cells wrap."""
        cells = [[Paragraph(_escape(h), self.styles["head"]) for h in header]]
        for row in rows:
            cells.append(
                [
                    Paragraph(_escape(str(v)), self.styles["cell_right" if i in numeric else "cell"])
                    for i, v in enumerate(row)
                ]
            )
        widths = self._fit_widths([w * mm for w in widths_mm], header, rows, numeric) if widths_mm else None
        table = Table(cells, colWidths=widths, repeatRows=1, splitByRow=True)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c8c2")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if total_row and rows:
            style += [("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT), ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.spacer(3)

    def _fit_widths(
        self, widths: list[float], header: Sequence[str], rows: Sequence[Sequence[Any]], numeric: Sequence[int]
    ) -> list[float]:
        """Widen each column to its longest word (a figure like 1.564.671 is one word), taking the room from
        columns with space to spare, so that no word is broken inside a cell."""
        padding = 13  # the cell's left and right padding, in points
        need = []
        for column in range(len(widths)):
            words = [(word, "head") for word in str(header[column]).split()]
            style = "cell_right" if column in numeric else "cell"
            words += [(word, style) for row in rows for word in str(row[column]).split()]
            need.append(
                max(
                    (
                        pdfmetrics.stringWidth(word, self.styles[s].fontName, self.styles[s].fontSize)
                        for word, s in words
                    ),
                    default=0,
                )
                + padding
            )
        fitted = [max(w, n) for w, n in zip(widths, need, strict=True)]
        excess = sum(fitted) - sum(widths)
        spare = [max(w - n, 0) for w, n in zip(widths, need, strict=True)]
        if excess > 0 and sum(spare) > 0:
            share = min(1.0, excess / sum(spare))
            fitted = [f - sp * share if sp else f for f, sp in zip(fitted, spare, strict=True)]
        return fitted

    def key_values(self, pairs: Sequence[tuple[str, str]]) -> None:
        rows = [
            [Paragraph(_escape(k), self.styles["cell"]), Paragraph(_escape(v), self.styles["cell"])] for k, v in pairs
        ]
        table = Table(rows, colWidths=[60 * mm, 114 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c8c2")),
                    ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.story.append(table)
        self.spacer(3)

    # -- charts -----------------------------------------------------------------------------
    def line_chart(
        self,
        title: str,
        categories: Sequence[str],
        series: dict[str, Sequence[float | None]],
        target: float | None = None,
        note: str = "",
    ) -> None:
        """A monthly trend; a national target, when given, as a dashed line."""
        drawing = Drawing(174 * mm, 62 * mm)
        chart = HorizontalLineChart()
        chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, 150 * mm, 40 * mm
        values = [[v if v is not None else None for v in s] for s in series.values()]
        if target is not None:
            values.append([target] * len(categories))
        chart.data = values
        chart.categoryAxis.categoryNames = list(categories)
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT
            axis.labels.fontSize = 7
        present = [v for s in values for v in s if v is not None]
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(present) * 1.15 if present and max(present) > 0 else 1
        chart.valueAxis.labelTextFormat = lambda v: format_number(v, self.language, 2 if 0 < abs(v) < 10 else 0)
        for index in range(len(series)):
            chart.lines[index].strokeColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
            chart.lines[index].strokeWidth = 1.5
        if target is not None:
            chart.lines[len(series)].strokeColor = colors.HexColor("#c0392b")
            chart.lines[len(series)].strokeDashArray = [3, 2]
        drawing.add(chart)
        drawing.add(String(14 * mm, 57 * mm, title, fontName=BOLD, fontSize=9))
        legend = Legend()
        legend.x, legend.y = 14 * mm, 5 * mm
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 6
        names = list(series)
        legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], n) for i, n in enumerate(names)]
        drawing.add(legend)
        caption = [Paragraph(_escape(note), self.styles["small"])] if note else []
        self.story.append(KeepTogether([drawing, *caption]))

    def bar_chart(self, title: str, labels: Sequence[str], values: Sequence[float], limit: float = 100) -> None:
        height = (18 + 7 * len(labels)) * mm
        drawing = Drawing(174 * mm, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 60 * mm, 6 * mm
        chart.width, chart.height = 105 * mm, height - 16 * mm
        chart.data = [list(reversed(values))]  # reportlab draws the first bar at the bottom
        chart.categoryAxis.categoryNames = list(reversed(labels))
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, max(limit, *values) if values else limit
        chart.bars[0].fillColor = ACCENT
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT
            axis.labels.fontSize = 7
        drawing.add(chart)
        drawing.add(String(0, height - 6 * mm, title, fontName=BOLD, fontSize=9))
        self.story.append(KeepTogether([drawing]))

    # -- closing ----------------------------------------------------------------------------
    def signature_and_qr(self, signers: Sequence[tuple[str, str]] = ()) -> None:
        """Signature block beside the identity QR code, kept on one page.

        `signers` (role, name) replace the default "prepared by" and "legal representative"."""
        qr = QrCodeWidget(self.identity.payload())
        x0, y0, x1, y1 = qr.getBounds()
        size = 38 * mm
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(qr)
        who = list(signers) or [(self.tr(PREPARED_BY), ""), (self.tr(APPROVED_BY), "")]
        rows = [[Paragraph(_escape(role), self.styles["cell"]) for role, _ in who]]
        if any(name for _, name in who):
            rows.append([Paragraph(_escape(name), self.styles["h3"]) for _, name in who])
        rows += [[Paragraph(_escape(self.tr(DATE_LINE)), self.styles["small"]) for _ in who], ["" for _ in who]]
        signatures = Table(
            rows,
            colWidths=[124 / len(who) * mm] * len(who),
            rowHeights=[None] * (len(rows) - 1) + [24 * mm],
        )
        signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        block = Table([[signatures, drawing]], colWidths=[130 * mm, 44 * mm])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        ident = self.identity
        lines = [
            self.tr(VERIFY_SENT if ident.verify_url else VERIFY),
            f"SHA-256: {ident.content_sha256}" + (f" · {ident.submission_id}" if ident.submission_id else ""),
            *([ident.verify_url] if ident.verify_url else []),
        ]
        # The last content comes with it, so that a signature never stands alone on a page.
        carried: list[Flowable] = []
        while self.story and isinstance(self.story[-1], Spacer | CondPageBreak):
            carried.insert(0, self.story.pop())
        if self.story and not isinstance(self.story[-1], PageBreak):
            carried.insert(0, self.story.pop())
        closing = [Spacer(1, 6 * mm), block, *[Paragraph(_escape(t), self.styles["small"]) for t in lines]]
        self.story.append(KeepTogether([*carried, *closing]))

    def _on_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(ACCENT)
        canvas.drawString(18 * mm, A4[1] - 12 * mm, self.org_name)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(18 * mm, A4[1] - 16.5 * mm, self.tr(TAX_CODE, tax_code=self.tax_code) + " · " + self.title)
        canvas.setStrokeColor(ACCENT)
        canvas.line(18 * mm, A4[1] - 18.5 * mm, A4[0] - 18 * mm, A4[1] - 18.5 * mm)
        if self.draft:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(colors.HexColor("#c0392b"))
            canvas.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, self.tr(DRAFT_MARK))
        canvas.restoreState()

    def build(self, target: Path | BytesIO) -> None:
        doc = BaseDocTemplate(
            target if isinstance(target, BytesIO) else str(target),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=24 * mm,
            bottomMargin=18 * mm,
            title=self.title,
            author=self.org_name,
            subject=self.identity.payload(),
            creator="SCP Desktop",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        story = [Paragraph(_escape(self.title), self.styles["title"]), *self.story]
        canvas_class = type("Canvas", (_NumberedCanvas,), {"translate_text": staticmethod(self.translate)})
        doc.build(story, canvasmaker=canvas_class)


def render(doc: ReportDocument, block: Any) -> bool:
    """Add one shared content block (services.report_content) to the document; False for a block it
    does not know (a report's own figure, drawn by that report's renderer)."""
    from scp_desktop.services import report_content as content

    if isinstance(block, content.Heading):
        if block.level == 1:
            doc.story.append(Spacer(1, 4 * mm))
            doc.heading(block.text)
        else:
            doc.story.append(CondPageBreak(22 * mm))  # never a heading alone at the foot of a page
            doc.paragraph(block.text, "h3")
    elif isinstance(block, content.Paragraph):
        doc.paragraph(block.text, block.style)
    elif isinstance(block, content.KeyValues):
        doc.key_values(block.pairs)
    elif isinstance(block, content.Table):
        doc.table(block.header, block.rows, block.widths_mm, numeric=block.numeric, total_row=block.total_row)
    elif isinstance(block, content.BarFigure):
        doc.bar_chart(block.title, block.labels, block.values)
    elif isinstance(block, content.LineFigure):
        doc.line_chart(block.title, block.categories, block.series, block.target)
    elif isinstance(block, content.PageBreak):
        doc.story.append(PageBreak())
    elif isinstance(block, content.Signatures):
        doc.signature_and_qr(block.signers)
    else:
        return False
    return True


def content_document(report: Any) -> ReportDocument:
    """A shared-content report (services.report_content.ReportContent) laid out for PDF; build() writes it."""
    identity = Identity(
        report.tax_code, report.kind, report.period, report.content_sha256, report.submission_id,
        verify_url=report.verify_url,
    )  # fmt: skip
    doc = ReportDocument(report.language, report.title, report.org_name, report.tax_code, identity)
    doc.draft = report.draft
    for block in report.blocks:
        if not render(doc, block):
            raise TypeError(f"no PDF rendering for {type(block).__name__}")
    return doc


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
