"""Reports as format-neutral content: headings, paragraphs, key–value lists, tables, figures and a
signature block, every text already in the report's language. One content is rendered as PDF
(`pdf.document.render`), XLSX (`services.report_xlsx`) or DOCX, so each format says exactly the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1: a part (kept with what follows), 2: a section


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, small, h3


@dataclass(frozen=True)
class KeyValues:
    pairs: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    widths_mm: list[float]
    numeric: tuple[int, ...] = ()
    total_row: bool = False


@dataclass(frozen=True)
class BarFigure:
    title: str
    labels: list[str]
    values: list[float]


@dataclass(frozen=True)
class LineFigure:
    title: str
    categories: list[str]
    series: dict[str, list[float | None]]
    target: float | None = None


@dataclass(frozen=True)
class PageBreak:
    """The next part starts on a new page (one facility's report after another's)."""


@dataclass(frozen=True)
class Signatures:
    signers: list[tuple[str, str]]  # role, name (empty: a line to sign on)
    date_line: str


Block = Heading | Paragraph | KeyValues | Table | BarFigure | LineFigure | PageBreak


@dataclass
class ReportContent:
    """One report: its identity (for the QR code and the header) and its blocks in reading order."""

    language: str
    title: str
    org_name: str
    tax_code: str
    kind: str
    period: str
    content_sha256: str
    submission_id: str | None = None
    draft: bool = True
    blocks: list[Any] = field(default_factory=list)
    verify_url: str | None = None  # once sent: the ministry's page that checks it, which the QR code holds

    def text(self) -> str:
        """Every word of the report (for searching and tests)."""
        parts: list[str] = [self.title]
        for block in self.blocks:
            parts += words(block)
        return "\n".join(parts)


def words(block: Any) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, KeyValues):
        return [f"{k} {v}" for k, v in block.pairs]
    if isinstance(block, Table):
        return [" ".join(block.header)] + [" ".join(r) for r in block.rows]
    if isinstance(block, Signatures):
        return [f"{r} {n}" for r, n in block.signers]
    if isinstance(block, BarFigure | LineFigure):
        return [block.title]
    return []
