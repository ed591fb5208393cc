"""A readable terminal view of what khabar understood of one article (``--format text``)."""
from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich.console import Console
from rich.table import Table

from .article import Article


def _clip(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render(article: Article, out: TextIO) -> None:
    con = Console(file=out, width=120, highlight=False, soft_wrap=False)
    con.print(f"[bold]{article.title or '(no title)'}[/bold]")
    meta = [x for x in (article.byline, article.dateline, article.published, article.site) if x]
    if meta:
        con.print(" · ".join(meta))
    con.print(f"{len(article.sentences)} sentences, {len(article.body)} characters; "
              f"{len(article.removed)} pieces removed")
    for r in article.removed:
        con.print(f"  [dim]removed ({r.reason}): {_clip(r.text, 80)}[/dim]")

    names = {e.id: e for e in article.entities}
    if article.entities:
        con.rule("Who appears")
        table = Table(show_header=True, header_style="bold", box=None)
        for col in ("id", "type", "name", "Arabic", "mentions"):
            table.add_column(col)
        for e in article.entities:
            if e.type not in ("PER", "ORG", "LOC"):
                continue
            forms = []
            for m in e.mentions:
                label = m.text if m.kind == "name" else f"{m.text} ({m.kind})"
                if label not in forms:
                    forms.append(label)
            table.add_row(e.id, e.type, e.name, e.name_ar, f"{len(e.mentions)}: " + "، ".join(forms))
        con.print(table)

    if article.quotes:
        con.rule("Who said what")
        by_speaker: dict[str, list] = defaultdict(list)
        for q in article.quotes:
            key = names[q.speaker].name if q.speaker in names else (q.source or "(speaker unknown)")
            by_speaker[key].append(q)
        for speaker, quotes in by_speaker.items():
            con.print(f"[bold]{speaker}[/bold] ({len(quotes)})")
            for q in quotes:
                con.print(f"  [{q.kind}] {q.cue or ''}: {_clip(q.text)}")

    if article.events:
        con.rule("What happened")
        for ev in sorted(article.events, key=lambda e: (e.date or "9999", e.trigger_start)):
            actors = ", ".join(names[a].name for a in ev.actors if a in names) or "?"
            where = f" in {names[ev.location].name}" if ev.location in names else ""
            extra = f", {ev.duration_minutes:g} min" if ev.duration_minutes else ""
            ctx = f" [{', '.join(ev.context)}]" if ev.context else ""
            con.print(f"  {ev.date or '----------'}  {ev.type}{'/' + ev.mode if ev.mode else ''}: "
                      f"{actors}{where}{extra}{ctx} — «{ev.trigger_text}»")

    if article.times or article.quantities:
        con.rule("When and how many")
        for t in article.times:
            con.print(f"  time: {t.text} → {t.value or '?'} ({t.type})")
        for q in article.quantities:
            con.print(f"  number: {q.text} → {q.value:g}{' ' + q.unit if q.unit else ''}"
                      if isinstance(q.value, (int, float)) else f"  number: {q.text}")

    if article.summary:
        con.rule("Summary")
        for i in article.summary:
            if 0 <= i < len(article.sentences):
                s, e = article.sentences[i]
                con.print(f"  • {_clip(article.body[s:e], 115)}")
