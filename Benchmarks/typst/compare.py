#!/usr/bin/env python3
"""Peer benchmark: the print edition typeset by Typst vs by Folio, in the same run.

Generates a Typst document with the report's content from the edition (the scores from
`folio scores --format json`, the texts, narratives and observations from their Markdown):
A4, two columns, a contents page, a PDF outline, one heat-coloured scoring table per
dimension. Then times, in this one run, Typst compiling it to PDF and to PNG (150 ppi), and
`folio build --only report` to PDF and to PDF + PNG, and prints Folio's time as a ratio of
Typst's. Optional (needs `pip install typst`); not part of `make test`.

    python3 Benchmarks/typst/compare.py --folio .build/release/folio [--repeats 3]

Approximation: data-bound expressions ({{ ... }}) are replaced by a short figure-sized
placeholder rather than evaluated; charts are not drawn (Typst has no data chart here),
so Typst typesets slightly less than Folio does.
"""
import argparse, json, os, re, statistics, subprocess, sys, tempfile, time
from pathlib import Path

import typst

ROOT = Path(__file__).resolve().parents[2]


def front_matter(text):
    meta, body = {}, text
    if text.startswith("---"):
        end = text.find("\n---", 3)
        for line in text[3:end].splitlines():
            if ":" in line and not line.startswith(" "):
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip().strip('"')
        body = text[end + 4:]
    return meta, body


def escape(s):
    return re.sub(r'([#$@<>\\\[\]*_`~])', r'\\\1', s)


def markdown_to_typst(body):
    out = []
    for line in body.splitlines():
        line = re.sub(r"\{\{[^}]*\}\}", "123", line)
        m = re.match(r"^(#{1,6})\s+(.*)", line)
        if m:
            out.append("=" * (len(m.group(1)) + 1) + " " + escape(m.group(2)))
            continue
        bullet = re.match(r"^\s*[-*]\s+(.*)", line)
        text = bullet.group(1) if bullet else line
        text = escape(text)
        text = re.sub(r"\\\*\\\*(.+?)\\\*\\\*", r"*\1*", text)
        text = re.sub(r"\\\*(.+?)\\\*", r"_\1_", text)
        text = re.sub(r"\\\[\^(\d+)\\\]", r"#super[\1]", text)
        out.append(("- " if bullet else "") + text)
    return "\n".join(out)


def heat(score, n):
    t = (score - 1) / max(1, n - 1)
    return f"color.mix((rgb(\"#f4f1ea\"), {100 - t * 100:.0f}%), (rgb(\"#b4461b\"), {t * 100:.0f}%))"


def document(edition, rows):
    dims = {}
    for r in rows:
        dims.setdefault(r["dimension"], {}).setdefault(r["city"], {})[r["variable"]] = r["value"]
    cities = list(dict.fromkeys(r["city"] for r in rows))
    n = len(cities)
    parts = ['#set page(paper: "a4", margin: (inside: 22mm, outside: 18mm, y: 20mm), columns: 2, numbering: "1")',
             '#set text(font: "Noto Serif", size: 9.5pt, lang: "en")',
             '#set par(justify: true)',
             '#set heading(numbering: none)',
             '#show heading.where(level: 1): it => { pagebreak(weak: true); place(top, float: true, scope: "parent", it) }',
             '#place(top, float: true, scope: "parent")[#text(size: 24pt)[Chinese Cities of Opportunity 2025]]',
             '#outline(depth: 2)']
    for md in sorted((edition / "text").glob("*.md")):
        meta, body = front_matter(md.read_text())
        parts.append(f"= {escape(meta.get('title', md.stem))}\n{markdown_to_typst(body)}")
    observations = [front_matter(p.read_text()) for p in sorted((edition / "observations").glob("*.md"))]
    for dim, table in dims.items():
        if dim == "Overall":
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", dim.lower().replace("'", "")).strip("-")
        narrative = edition / "narratives" / f"{slug}.md"
        meta, body = front_matter(narrative.read_text()) if narrative.exists() else ({}, "")
        parts.append(f"= {escape(dim)}\n{markdown_to_typst(body)}")
        variables = [v for v in next(iter(table.values())).keys() if v not in ("Total", "Rank")]
        header = ", ".join(f"[*{escape(v)}*]" for v in ["Rank", "City"] + variables + ["Total"])
        cells = []
        for city in sorted(table, key=lambda c: table[c].get("Rank", 0)):
            r = table[city]
            cells.append(f"[{r.get('Rank', '')}], [{escape(city)}], " + ", ".join(
                f"table.cell(fill: {heat(r[v], n)})[{r[v]}]" for v in variables) + f", [{r.get('Total', '')}]")
        parts.append(f"#place(auto, float: true, scope: \"parent\")[#text(size: 7pt)[#table(columns: {len(variables) + 3}, "
                     f"table.header({header}), {', '.join(cells)})]]")
        for meta, body in observations:
            if meta.get("dimension") == slug:
                parts.append(f"== {escape(meta.get('title', ''))}\n{markdown_to_typst(body)}")
    return "\n\n".join(parts)


def median_time(fn, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", default=str(ROOT / ".build/release/folio"))
    ap.add_argument("--edition", default=str(ROOT / "Assets/editions/cities-2025"))
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    edition = Path(args.edition)
    rows = json.loads(subprocess.run([args.folio, "scores", "--format", "json", "--edition", str(edition)],
                                     check=True, capture_output=True, text=True).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.typ"
        source.write_text(document(edition, rows))
        fonts = [str(ROOT / "Fonts")]
        # Each compile runs in a new Python process: Typst memoises across compiles in one
        # process, and a nightly build starts cold, as `folio build` does.
        def cold(call):
            subprocess.run([sys.executable, "-c", "import typst; " + call], check=True)
        compile_pdf = lambda: cold(f"typst.compile({str(source)!r}, output={str(Path(tmp) / 'typst.pdf')!r}, "
                                   f"font_paths={fonts!r}, ignore_system_fonts=True)")
        compile_png = lambda: cold(f"typst.compile({str(source)!r}, output={str(Path(tmp) / 'typst-{p}.png')!r}, "
                                   f"font_paths={fonts!r}, ignore_system_fonts=True, format='png', ppi=150)")
        compile_pdf()
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", CI="1")
        folio = lambda formats: subprocess.run([args.folio, "build", "--only", "report", "--formats", formats, "--no-cache",
                                                "--quiet", "--edition", str(edition), "--out", str(Path(tmp) / "folio")],
                                               check=True, env=env)
        results = {
            "typst pdf": median_time(compile_pdf, args.repeats),
            "typst pdf + png": median_time(lambda: (compile_pdf(), compile_png()), args.repeats),  # two compiles, as Typst exports one format per compile
            "folio pdf": median_time(lambda: folio("pdf"), args.repeats),
            "folio pdf + png": median_time(lambda: folio("pdf,png"), args.repeats),
        }
        typst_pages = len(list(Path(tmp).glob("typst-*.png")))
    for k, v in results.items():
        print(f"{k:18} {v:7.3f} s")
    print(f"typst pages: {typst_pages} (Folio's report: see folio build's manifest)")
    print(f"ratio folio/typst, pdf:       {results['folio pdf'] / results['typst pdf']:.2f}")
    print(f"ratio folio/typst, pdf + png: {results['folio pdf + png'] / results['typst pdf + png']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
