"""Server-side SVG bar charts: no script, readable without colour (values written beside the bars),
with a title and description for screen readers (the same figures are in a table beside them)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from scp_ministry_server.web.i18n import Texts

BAR_HEIGHT, GAP, LABEL_WIDTH, VALUE_WIDTH, WIDTH = 18, 6, 190, 110, 640


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    target: float | None = None  # a target line (e.g. the national target, %)


def bars(title: str, description: str, items: list[Bar], t: Texts, unit: str = "") -> Markup:
    """Horizontal bars scaled to the largest value (or target); a dashed line marks each bar's target."""
    known = [b for b in items if b.value is not None]
    if not known:
        return Markup("")
    top = max([b.value or 0 for b in known] + [b.target or 0 for b in items]) or 1.0
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    parts = [
        f'<svg role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="c-{id(items)}-t c-{id(items)}-d">',
        f'<title id="c-{id(items)}-t">{escape(title)}</title><desc id="c-{id(items)}-d">{escape(description)}</desc>',
    ]
    for index, bar in enumerate(items):
        y = GAP + index * (BAR_HEIGHT + GAP)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end" font-size="12" fill="#1b1f24">'
            f"{escape(bar.label[:30])}</text>"
        )
        if bar.value is not None:
            length = max(1.0, span * bar.value / top)
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" fill="#0b5394"/>'
                f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{y + 13}" font-size="12" fill="#1b1f24">'
                f"{escape(t.number(bar.value, 1))}{escape(unit)}</text>"
            )
        if bar.target is not None:
            x = LABEL_WIDTH + span * bar.target / top
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 2}" y2="{y + BAR_HEIGHT + 2}" stroke="#a0131b" '
                'stroke-width="2" stroke-dasharray="3 2"/>'
            )
    parts.append("</svg>")
    caption = f"<figcaption><strong>{escape(title)}</strong><br><small>{escape(description)}</small></figcaption>"
    return Markup(f'<figure class="chart">{caption}{"".join(parts)}</figure>')
