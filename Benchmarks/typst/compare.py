#!/usr/bin/env python3
"""Peer benchmark: the print edition typeset by Typst vs by Folio, in the same run.

Generates a Typst document with the content of Folio's report from the edition, in the order of
Layouts/report.yaml, styled after Layouts/print.yaml (A4, facing pages, Noto Serif text, Inter
display type, two-column body, running heads, roman then arabic page numbers):

- cover: kicker, title, subtitle, the "data skyline" of the 60 overall totals coloured by tier
  with the three leaders named and a tier legend;
- contents (levels 1 and 2, page numbers) and a PDF outline (every heading is bookmarked);
- the texts (foreword, executive summary, methodology, findings, about) from their Markdown;
- the dimensions-at-a-glance table after the methodology;
- the overall scoring table (60 cities x rank, city, 10 dimension totals, total; heat-coloured
  cells, a rule between tiers) and the four overview charts: ranked bars of the overall totals,
  stacked bars of the dimension totals, bars of the dimension standard deviations, a 10 x 10
  correlation heat map;
- per dimension: an opener on a coloured band with four key facts (leader, mean, standard
  deviation, lowest), the two-column narrative, the heat-coloured scoring table, a top-15 bar
  chart and a strip chart of the 5 variables x 60 cities, then the dimension's observations,
  each with its key-figure tiles;
- the indicators table (66 rows, header repeated on every page) and the 37 references, which
  the footnote marks in the prose link to.

Scores come from `folio scores --format json`; cities, tiers, dimensions, indicators,
references and observation key figures from the edition's CSV/YAML/front matter. Tables are
built and coloured, and charts drawn with native Typst (table, grid, place, rect, circle,
line, gradient), from the data written into the document as Typst arrays. Then the script
times, in this one run, Typst compiling it to PDF and to PNG (150 ppi), and `folio build
--only report` to PDF and to PDF + PNG, and prints Folio's time as a ratio of Typst's.
Optional (needs `pip install typst`); not part of `make test`.

    python3 Benchmarks/typst/compare.py --folio .build/release/folio [--repeats 3] [--edits 9 | --edits-only]

With `--edits N` it also times the editor loop, both watchers running side by side: `folio watch`
on a copy of the edition and `typst watch` (the binding's `Compiler.watch`, which keeps Typst's
memoised state between compiles) on the generated source. Each save adds a new word to the first
sentence of a narrative (for Typst, to its twin paragraph in the regenerated source); the time
runs from the written file to the rewritten, complete PDF (`%%EOF` at its end). Saves alternate
between the two, so a busy spell of the machine falls on both.

Remaining approximations: data-bound expressions ({{ ... }}) are evaluated by this script
(the same rules as Folio's) and written into the Typst source as plain text, so Typst does not
evaluate them; the statistics behind the charts and key facts (means, standard deviations,
correlations, top lists, nice axis ticks) are likewise computed here, while Typst does the
layout and colouring. Charts follow Folio's chart types, data, order and heights, but not its
exact chart layout (label placement and collision avoidance, axis spacing). Columns are not
balanced before a full-width block (Typst has no column balancing): the glance table floats to
the bottom of the page where the methodology ends. Full-width parts (the scoring tables and
charts) are set on one-column pages with the body's margins and running heads.
"""
import argparse, csv, json, math, os, re, statistics, subprocess, sys, tempfile, time
from pathlib import Path

import typst

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------------------
# Reading the edition


def flow_map(text):
    """A one-line YAML mapping, `{ a: 1, b: "x, y" }` (the form the edition's lists use)."""
    inner = text.strip().lstrip("-").strip()
    inner = inner[1:inner.rindex("}")] if inner.startswith("{") else inner
    out = {}
    for m in re.finditer(r'\s*([\w-]+)\s*:\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)', inner):
        value = m.group(2).strip()
        out[m.group(1)] = json.loads(value) if value.startswith('"') else value
    return out


def front_matter(text):
    """Markdown front matter: `key: value` lines and lists of one-line mappings (key figures)."""
    meta, body = {}, text
    if text.startswith("---"):
        end = text.find("\n---", 3)
        key = None
        for line in text[3:end].splitlines():
            if line.lstrip().startswith("- {") and key:
                meta.setdefault(key, []).append(flow_map(line))
            elif ":" in line and not line.startswith(" "):
                key, v = (s.strip() for s in line.split(":", 1))
                if v:
                    meta[key] = json.loads(v) if v.startswith('"') else v
        body = text[end + 4:]
    return meta, body


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_yaml_info(path):
    """edition.yaml: its top-level scalars and the tiers (highest first)."""
    info, tiers = {}, []
    for line in path.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.lstrip().startswith("- {"):
            t = flow_map(line)
            tiers.append({"id": int(t["id"]), "name": t["name"], "min_total": int(t["min_total"])})
        elif not line.startswith(" ") and ":" in line:
            k, v = (s.strip() for s in line.split(":", 1))
            if v:
                info[k] = json.loads(v) if v.startswith('"') else v
    return info, sorted(tiers, key=lambda t: -t["min_total"])


def read_dimensions(path):
    """dimensions.yaml: [{slug, name, variables: [{slug, name}]}] in report order."""
    dims = []
    for line in path.read_text().splitlines():
        m = re.match(r"^(\s*)(- )?(slug|name):\s*(.+)$", line)
        if not m:
            continue
        variable = len(m.group(1)) > 4
        items = dims[-1]["variables"] if variable else dims
        if m.group(2):
            items.append({"slug": m.group(4).strip(), "variables": []} if not variable else {"slug": m.group(4).strip()})
        else:
            items[-1][m.group(3)] = m.group(4).strip().strip('"')
    return dims


def read_structure(path):
    """Layouts/report.yaml: the parts in order and the chart groups."""
    parts, charts, section, group = [], {}, None, None
    for line in path.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if not line.startswith(" "):
            section = line.split(":")[0]
        elif section == "charts" and re.match(r"^  \w[\w-]*:\s*$", line):
            group = line.strip().rstrip(":")
            charts[group] = []
        elif line.lstrip().startswith("- {"):
            (parts if section == "parts" else charts[group]).append(flow_map(line))
    return parts, charts


class Edition:
    """The edition's data: the scores from `folio scores` and everything else from its files."""

    def __init__(self, folder, rows):
        self.folder = folder
        self.info, self.tiers = read_yaml_info(folder / "edition.yaml")
        self.cities = read_csv(folder / "cities.csv")
        self.dimensions = read_dimensions(folder / "dimensions.yaml")
        self.indicators = read_csv(folder / "indicators.csv")
        self.references = read_csv(folder / "references.csv")
        self.order = {c["slug"]: i for i, c in enumerate(self.cities)}
        self.city_name = {c["slug"]: c["name"] for c in self.cities}
        slug_of = {c["name"]: c["slug"] for c in self.cities}
        by_dim = {}
        for r in rows:
            by_dim.setdefault(r["dimension"], {}).setdefault(slug_of[r["city"]], {})[r["variable"]] = r["value"]
        # Dimension tables in published order: rank, city slug, the five scores, total.
        self.tables = {}
        for d in self.dimensions:
            self.tables[d["slug"]] = [{"rank": v["Rank"], "city": c, "total": v["Total"],
                                       "scores": [v[x["name"]] for x in d["variables"]]}
                                      for c, v in by_dim[d["name"]].items()]
        self.overall = [{"rank": v["Rank"], "city": c, "total": v["Total"],
                         "totals": [v[d["name"]] for d in self.dimensions]}
                        for c, v in by_dim["Overall"].items()]
        self.texts = {p.stem: front_matter(p.read_text()) for p in sorted((folder / "text").glob("*.md"))}
        self.observations = [(p.stem, *front_matter(p.read_text())) for p in sorted((folder / "observations").glob("*.md"))]

    def dimension(self, slug):
        return next(d for d in self.dimensions if d["slug"] == slug)

    def narrative(self, slug):
        return front_matter((self.folder / "narratives" / f"{slug}.md").read_text())

    # Figures computed from the tables (as Folio's Analytics: population SDs, report-order ties).

    def totals(self, dim):
        """Dimension totals in report (cities.csv) order."""
        by_city = {r["city"]: r["total"] for r in self.tables[dim]}
        return [(c["slug"], by_city[c["slug"]]) for c in self.cities if c["slug"] in by_city]

    def top(self, n, values):
        """Leaders by value, ties in report order, competition ranks; ties at the cut kept."""
        ordered = sorted(values, key=lambda cv: (-cv[1], self.order.get(cv[0], 1 << 30)))
        out = []
        for i, (c, v) in enumerate(ordered):
            rank = out[-1][2] if out and ordered[i - 1][1] == v else i + 1
            if rank > n:
                break
            out.append((c, v, rank))
        return out

    def tier(self, total):
        return next(t for t in self.tiers if total >= t["min_total"])

    def sd(self, dim):
        return statistics.pstdev([v for _, v in self.totals(dim)])

    def mean(self, dim):
        return statistics.fmean([v for _, v in self.totals(dim)])

    def correlation(self, a, b):
        xs, ys = zip(*[(x, y) for (_, x), (_, y) in zip(self.totals(a), self.totals(b))])
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
        return sxy / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))

    def evaluate(self, expression):
        """A data-bound expression ({{top 5 economic-strength}}, {{rank beijing}}, …) as text."""
        verb, *args = expression.split()
        if verb == "cities":
            return grouped(len(self.cities))
        if verb == "count":
            return grouped(sum(1 for r in self.overall if self.tier(r["total"])["id"] == int(args[1])))
        if verb == "top":
            return name_list([self.city_name[c] for c, _, _ in self.top(int(args[0]), self.values(args[1]))])
        target = args[1] if len(args) > 1 else "overall"
        values = dict(self.values(target)) if verb == "score" else (
            {r["city"]: r["rank"] for r in (self.overall if target == "overall" else self.tables[target])}
            if verb == "rank" else {r["city"]: r["total"] for r in self.overall})
        cities = args[0].split("|")
        parts = [grouped(values[c]) if len(cities) == 1 else f"{self.city_name[c]} {grouped(values[c])}" for c in cities]
        return name_list(parts)

    def values(self, target):
        """(city, value) pairs of `overall`, a dimension or `dimension.variable`, report order."""
        if target == "overall":
            return [(r["city"], r["total"]) for r in self.overall]
        dim, _, var = target.partition(".")
        if not var:
            return self.totals(dim)
        i = [v["slug"] for v in self.dimension(dim)["variables"]].index(var)
        by_city = {r["city"]: r["scores"][i] for r in self.tables[dim]}
        return [(c["slug"], by_city[c["slug"]]) for c in self.cities if c["slug"] in by_city]


def grouped(n):
    return f"{n:,}"


def name_list(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def nice_ticks(vmax, count=6):
    """Axis ticks from 0 in steps of 1, 2, 2.5 or 5 x 10^k, covering vmax."""
    raw = vmax / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    return [round(step * i, 6) for i in range(int(math.ceil(vmax / step - 1e-9)) + 1)]


# ---------------------------------------------------------------------------------------------
# Typst source helpers


class Code(str):
    """Typst code written as is (a length, a colour, a column list) rather than as a string."""


def lit(v):
    """A Python value as a Typst literal (strings, numbers, none, arrays, dictionaries)."""
    if isinstance(v, Code):
        return v
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, dict):
        return "(" + ", ".join(f"{k}: {lit(x)}" for k, x in v.items()) + ")" if v else "(:)"
    items = [lit(x) for x in v]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def call(fn, *args, **named):
    """`#fn(arg, …, name: value)` with the arguments as Typst literals."""
    params = [lit(a) for a in args] + [f"{k.replace('_', '-')}: {lit(v)}" for k, v in named.items()]
    return f"#{fn}({', '.join(params)})"


def escape(s):
    s = re.sub(r'([\\#$@<>\[\]*_`~/=+\-"\'])', r'\\\1', s)
    return re.sub(r"^(\d+)\.", r"\1\\.", s)


INLINE = re.compile(r"`([^`]+)`|\[\^(\d+)\]|\*\*(.+?)\*\*|\*(.+?)\*|\{\{(.+?)\}\}")


def inline(text, ed):
    """Markdown inlines as Typst markup: strong, emphasis, code, reference marks, data text."""
    out, pos = [], 0
    for m in INLINE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        code, ref, strong, em, expr = m.groups()
        if code:
            out.append(f"#raw({lit(code)});")
        elif ref:
            out.append(f"#link(<ref-{ref}>, super[{ref}]);")
        elif strong:
            out.append(f"#strong[{inline(strong, ed)}];")
        elif em:
            out.append(f"#emph[{inline(em, ed)}];")
        else:
            out.append(escape(ed.evaluate(expr)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def prose(body, ed, offset=1):
    """Markdown blocks (headings shifted down by `offset`, paragraphs, bullets) as Typst markup."""
    out = []
    for line in body.splitlines():
        heading = re.match(r"^(#{1,6})\s+(.*)", line)
        bullet = re.match(r"^\s*[-*]\s+(.*)", line)
        if heading:
            out.append("=" * (len(heading.group(1)) + offset) + " " + inline(heading.group(2), ed))
        elif bullet:
            out.append("- " + inline(bullet.group(1), ed))
        else:
            out.append(inline(line, ed))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# The Typst side: theme, page templates and one function per element (tables, tiles, charts)

PRELUDE = r"""
// Theme of Layouts/print.yaml.
#let ink = rgb("#1d1d1f")
#let muted = rgb("#6e6e73")
#let accent = rgb("#b4461b")
#let rule-color = rgb("#c9c6bf")
#let callout = rgb("#f4f1ea")
#let band = rgb("#1f3a5f")
#let cover-fill = rgb("#17233a")
#let display = "Inter"
#let heat-scale = gradient.linear(space: rgb, ..("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6",
  "#4292c6", "#2171b5", "#08519c", "#08306b").map(rgb))
#let diverging = gradient.linear(space: rgb, ..("#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7",
  "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061").map(rgb))
#let series-colors = ("#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677",
  "#882255", "#aa4499", "#7a7a7a").map(rgb)
#let bar-color = rgb("#2a6592")
#let highlight-color = rgb("#c7402d")

#set document(title: DOC-TITLE, author: DOC-AUTHOR, description: DOC-SUBJECT)
#set text(font: "Noto Serif", size: 9.4pt, lang: "en", fill: ink)
#set par(justify: true, leading: 6.5pt, spacing: 6.5pt, first-line-indent: 11pt)
#set smartquote(enabled: false)
#set columns(gutter: 6mm)
#show link: set text(fill: accent)
#show raw: set text(font: display, size: 8pt)
#show heading: set text(font: display, fill: ink, hyphenate: false)
#show heading: set par(justify: false)
#show heading.where(level: 1): set text(size: 22pt, weight: "bold")
#show heading.where(level: 1): set block(above: 0pt, below: 10pt)
#show heading.where(level: 2): set text(size: 12pt, weight: "bold", fill: accent)
#show heading.where(level: 2): set block(above: 12pt, below: 6pt)
#show heading.where(level: 3): set text(size: 9.5pt, weight: "semibold")
#show heading.where(level: 3): set block(above: 11pt, below: 5pt)
#show outline.entry.where(level: 1): set text(font: display, size: 10pt, weight: "semibold")
#show outline.entry.where(level: 1): set block(above: 10pt)
#show outline.entry.where(level: 2): set text(font: display, size: 8.5pt, fill: rgb("#3a3a3c"))

// Small text pieces.
#let kicker(body, fill: accent, size: 8pt) = block(below: 6pt,
  text(font: display, size: size, weight: "semibold", fill: fill, tracking: 1pt, upper(body)))
#let caption(body) = block(below: 5pt, text(font: display, size: 8.5pt, weight: "semibold", body))
#let luminance(c) = {
  let lin(x) = { let v = x / 100%; if v <= 0.03928 { v / 12.92 } else { calc.pow((v + 0.055) / 1.055, 2.4) } }
  let (r, g, b, ..) = rgb(c).components()
  0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}
// Black or white, whichever contrasts more with the fill (WCAG).
#let text-on(c) = { let l = luminance(c); if (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) { black } else { white } }
#let grouped(n) = {
  let s = str(n)
  let out = ""
  for (i, ch) in s.clusters().enumerate() {
    if i > 0 and calc.rem(s.len() - i, 3) == 0 { out += "," }
    out += ch
  }
  out
}

// Page templates: running heads, mirrored page numbers, the band behind a chapter opener.
#let on-opener() = query(<opener>).any(m => m.location().page() == here().page())
#let section-title() = {
  let hs = query(heading.where(level: 1))
  let p = here().page()
  let on = hs.filter(h => h.location().page() == p)
  let before = hs.filter(h => h.location().page() < p)
  if on.len() > 0 { on.first().body } else if before.len() > 0 { before.last().body }
}
#let running-head = context if not on-opener() {
  set text(font: display, size: 7pt, fill: muted, tracking: 0.3pt)
  let recto = calc.odd(here().page())
  grid(columns: (1fr, 1fr), align: (left, right),
    if recto { section-title() } else { DOC-TITLE }, if recto { DOC-TITLE } else { section-title() })
  v(-3pt)
  line(length: 100%, stroke: 0.4pt + rule-color)
}
#let page-foot(centered: false) = context {
  set text(font: display, size: 7.5pt, fill: muted)
  let n = counter(page).display()
  let recto = calc.odd(here().page())
  if centered { align(center, n) }
  else if on-opener() { grid(columns: (1fr, 1fr), align: (left, right), if recto { DOC-TITLE } else { n }, if recto { n } else { DOC-TITLE }) }
  else { align(if recto { right } else { left }, n) }
}
#let opener-band = context if on-opener() { place(top, rect(width: 100%, height: 84mm, fill: band)) }
#let margins = (inside: 22mm, outside: 18mm, top: 22mm, bottom: 24mm)
#let tpl-front = (columns: 1, margin: (inside: 38mm, outside: 34mm, top: 22mm, bottom: 24mm), fill: none,
  header: none, footer: page-foot(centered: true), background: none)
#let tpl-body = (columns: 2, margin: margins, fill: none, header: running-head, footer: page-foot(), background: opener-band)
#let tpl-wide = tpl-body + (columns: 1)
#set page(paper: "a4", numbering: "i", ..tpl-front)

// A heading (and what goes with it) across both columns at the top of a page.
#let spanning(body) = place(top, float: true, scope: "parent", clearance: 12pt, block(width: 100%, body))

// Key-figure tiles: value, unit, label.
#let key-figures(title: none, figures) = block(width: 100%, breakable: false, below: 4pt, {
  if title != none { kicker(title, fill: muted, size: 7.5pt) }
  set par(justify: false, first-line-indent: 0pt, leading: 3pt)
  grid(columns: (1fr,) * figures.len(), column-gutter: 10pt, fill: callout, stroke: (top: 1.5pt + accent),
    inset: (x: 9pt, top: 7pt, bottom: 8pt),
    ..figures.map(f => {
      block(below: 5pt, text(font: display, size: 19pt, weight: "bold", fill: accent, f.value))
      block(below: 4pt, text(font: display, size: 7.5pt, weight: "semibold", fill: accent, f.unit))
      text(font: display, size: 7.5pt, fill: muted, f.label)
    }))
})

// A chapter opener: kicker, title and standfirst on the band, then the key facts.
#let opener(kick, title, standfirst, figures) = {
  [#metadata("opener") <opener>]
  // The band runs 84 mm down from the page edge; the tiles overlap its lower edge.
  spanning(block(height: 84mm - 22mm + 12pt, {
    set par(justify: false)
    v(4mm)
    kicker(kick, fill: rgb("#f2b134"), size: 8.5pt)
    {
      show heading: set text(size: 30pt, fill: white)
      show heading: set block(below: 8pt)
      heading(level: 1, title)
    }
    if standfirst != none {
      block(text(font: display, size: 12pt, fill: white, hyphenate: false, standfirst))
    }
    place(bottom, key-figures(figures))
  }))
}

// A specialised observation's head: kicker, title, key figures.
#let observation-head(title, subject, figures) = spanning({
  kicker("Specialised observation")
  heading(level: 2, title)
  v(4pt)
  if figures.len() > 0 { key-figures(title: subject + " in figures", figures) }
})

// Scoring tables: rank, city, numbers; `tints` gives each numeric column its heat range (or none).
#let score-table(title, head, rows, tints, bold, columns, size: 7.1pt, head-size: 6.6pt,
                 inset: (x: 2.5pt, y: 1.15pt), rules: ()) = block(width: 100%, breakable: false, {
  caption(title)
  set text(font: display, size: size, number-width: "tabular", top-edge: "ascender", bottom-edge: "descender")
  set par(justify: false, first-line-indent: 0pt, leading: 1.5pt)
  let cell(v, i) = {
    let t = tints.at(i)
    let body = if i in bold { strong(grouped(v)) } else { grouped(v) }
    if t == none { body } else {
      let f = heat-scale.sample(calc.clamp((v - t.at(0)) / (t.at(1) - t.at(0)), 0, 1) * 100%)
      table.cell(fill: f, text(fill: text-on(f), body))
    }
  }
  let body = ()
  for (k, r) in rows.enumerate() {
    if k in rules { body.push(table.hline(stroke: 0.6pt + ink)) }
    body += (str(r.at(0)), r.at(1)) + r.slice(2).enumerate().map(((i, v)) => cell(v, i))
  }
  table(columns: columns, stroke: none, inset: inset,
    align: (x, y) => (if x == 1 { left } else { right }) + (if y == 0 { bottom } else { horizon }),
    table.hline(stroke: 0.8pt + ink),
    table.header(..head.enumerate().map(((i, h)) => text(size: head-size, fill: if i == head.len() - 1 { ink } else { muted },
      weight: if i == head.len() - 1 { "bold" } else { "regular" }, hyphenate: true, h))),
    table.hline(stroke: 0.4pt + ink),
    ..body,
    table.hline(stroke: 0.8pt + ink))
})

// Text tables (glance, indicators): Inter, hairlines between rows, a strong rule between groups.
#let text-table(title, head, rows, columns, bold-first: false, groups: (), align: left + horizon) = block(width: 100%, {
  caption(title)
  set text(font: display, size: 7.5pt, hyphenate: true)
  set par(justify: false, first-line-indent: 0pt, leading: 3pt)
  let body = ()
  for (k, r) in rows.enumerate() {
    if k in groups { body.push(table.hline(stroke: 0.8pt + ink)) }
    body += r.enumerate().map(((i, c)) => if i == 0 and bold-first { strong(c) } else { c })
  }
  table(columns: columns, inset: (x: 3.5pt, y: 3.2pt), align: align,
    stroke: (x, y) => if y > 1 { (top: 0.3pt + rule-color) },
    table.hline(stroke: 0.8pt + ink),
    table.header(..head.map(h => text(size: 7pt, fill: muted, h))),
    table.hline(stroke: 0.5pt + ink),
    ..body,
    table.hline(stroke: 0.8pt + ink))
})

// Charts: a titled block of a given height; the plot takes the room left by title, legend, source.
#let chart-label(body) = text(font: display, size: 7pt, fill: rgb("#262626"), body)
#let chart-tick(body) = text(font: display, size: 6.5pt, fill: rgb("#666666"), number-width: "tabular", body)
#let grid-stroke = 0.4pt + rgb("#d4d4d4")
#let legend(entries, circles: false) = {
  set text(font: display, size: 7pt, fill: rgb("#262626"))
  entries.map(((label, color)) => box({
    if circles { box(circle(radius: 3pt, fill: color, stroke: none)) } else { box(width: 6.5pt, height: 6.5pt, fill: color) }
    h(3pt)
    label
  })).join(h(10pt))
}
#let chart(title, subtitle, source, height, plot, key: none) = block(width: 100%, height: height, breakable: false,
  above: 14pt, below: 14pt, {
  set par(justify: false, first-line-indent: 0pt, leading: 3pt)
  let head = (text(font: display, size: 9.5pt, weight: "semibold", fill: rgb("#1a1a1a"), title),
              text(font: display, size: 7.5pt, fill: rgb("#595959"), subtitle))
  if key != none { head.push(key) }
  grid(columns: 1fr, rows: (auto,) * head.len() + (1fr, auto), row-gutter: if key != none { (4pt, 7pt, 9pt, 9pt) } else { (4pt, 9pt, 9pt) },
    ..head, plot, text(font: display, size: 6pt, fill: rgb("#737373"), source))
})

// Horizontal bars, one per item: segments (value, colour) end to end, the value text beside them.
#let hbars(bars, ticks) = layout(size => {
  let vmax = ticks.last().at(0)
  let lw = calc.max(..bars.map(b => measure(chart-label(b.label)).width))
  let x0 = lw + 6pt
  let room = calc.max(..bars.map(b => measure(chart-tick(b.text)).width)) + 4pt
  let pw = size.width - x0 - room
  let axis = 12pt
  let step = (size.height - axis) / bars.len()
  let ph = step * bars.len()
  for (t, tl) in ticks {
    let x = x0 + pw * t / vmax
    place(dx: x, dy: axis, line(angle: 90deg, length: ph, stroke: grid-stroke))
    place(dx: x - 20pt, dy: 0pt, box(width: 40pt, align(center, chart-tick(tl))))
  }
  for (i, b) in bars.enumerate() {
    let y = axis + i * step
    place(dy: y, box(width: lw, height: step, align(right + horizon, chart-label(b.label))))
    let x = x0
    for (v, c) in b.segments {
      place(dx: x, dy: y + step * 0.14, rect(width: pw * v / vmax, height: step * 0.72, fill: rgb(c), stroke: none))
      x += pw * v / vmax
    }
    place(dx: x + 2pt, dy: y, box(height: step, align(horizon, chart-tick(text(fill: rgb("#262626"), b.text)))))
  }
  place(dx: x0, dy: axis, line(angle: 90deg, length: ph, stroke: 0.6pt + rgb("#4d4d4d")))
})

// A heat map of a square matrix: rotated column labels, row labels, values in the cells.
#let heatmap(labels, values) = layout(size => {
  let n = labels.len()
  let lw = calc.max(..labels.map(l => measure(chart-label(l)).width))
  let head = 80pt
  let cw = calc.min((size.width - lw - 6pt - 60pt) / n, 40pt)
  let ch = (size.height - head) / n
  for (j, l) in labels.enumerate() {
    place(dx: lw + 6pt + (j + 0.5) * cw - 3pt, dy: head - 4pt,
      rotate(-40deg, origin: bottom + left, reflow: false, place(bottom + left, chart-label(l))))
  }
  for (i, row) in values.enumerate() {
    let y = head + i * ch
    place(dy: y, box(width: lw, height: ch, align(right + horizon, chart-label(labels.at(i)))))
    for (j, (v, s)) in row.enumerate() {
      let f = diverging.sample((v + 1) / 2 * 100%)
      place(dx: lw + 6pt + j * cw, dy: y, rect(width: cw - 1pt, height: ch - 1pt, fill: f, stroke: none,
        align(center + horizon, text(font: display, size: 6.5pt, fill: text-on(f), number-width: "tabular", s))))
    }
  }
})
#let diverging-key(ticks) = box(width: 110pt, {
  rect(width: 100%, height: 5pt, fill: diverging, stroke: none)
  v(-4pt)
  grid(columns: (1fr,) * ticks.len(), align: center, ..ticks.map(chart-tick))
})

// A strip chart: a row per variable, a dot per city; ties stack; the leader drawn on top, labelled.
#let strip(rows, highlight, lo, hi, ticks) = layout(size => {
  let lw = calc.min(size.width * 0.3, calc.max(60pt, ..rows.map(r => measure(chart-label(r.label)).width)))
  let x0 = lw + 6pt
  let pw = size.width - x0 - 8pt
  let top = 10pt
  let ph = size.height - top - 14pt
  let step = ph / rows.len()
  let r = calc.min(2.5pt, step * 0.16)
  let spread = step * 0.72 - 2 * r
  let x(v) = x0 + pw * (v - lo) / (hi - lo)
  let other = rgb("#8c8c8c").transparentize(58%)
  for t in ticks {
    place(dx: x(t), dy: top, line(angle: 90deg, length: ph, stroke: grid-stroke))
    place(dx: x(t) - 20pt, dy: top + ph + 3pt, box(width: 40pt, align(center, chart-tick(str(t)))))
  }
  for (i, row) in rows.enumerate() {
    let y = top + (i + 0.5) * step
    place(dx: x0, dy: y, line(length: pw, stroke: 0.4pt + rgb("#c8c8c8")))
    place(dy: y - step / 2, box(width: lw, height: step, align(right + horizon, chart-label(row.label))))
    let groups = (:)
    for (k, v) in row.values.enumerate() { groups.insert(str(v), groups.at(str(v), default: ()) + (k,)) }
    let offset = row.values.map(_ => 0pt)
    for (_, members) in groups {
      if members.len() > 1 {
        let ordered = members.filter(k => k == highlight) + members.filter(k => k != highlight)
        let s = calc.min(r * 1.6, spread / (members.len() - 1))
        for (j, k) in ordered.enumerate() { offset.at(k) = s * calc.div-euclid(j + 1, 2) * (if calc.odd(j) { 1 } else { -1 }) }
      }
    }
    for (k, v) in row.values.enumerate() {
      if k != highlight { place(dx: x(v) - r, dy: y + offset.at(k) - r, circle(radius: r, fill: other, stroke: none)) }
    }
    let v = row.values.at(highlight)
    let hr = r + 0.7pt
    place(dx: x(v) - hr, dy: y - hr, circle(radius: hr, fill: highlight-color, stroke: 0.8pt + white))
    place(dx: x(v) - 15pt, dy: y - hr - 10pt, box(width: 30pt, align(center,
      text(font: display, size: 7pt, weight: "semibold", fill: highlight-color, str(v)))))
  }
})

// The cover's skyline: every city's total as a bar, coloured by tier, leaders named, tier legend.
#let skyline(bars, leaders, tiers, height: 330pt) = layout(size => {
  let plot = height - 26pt - 16pt
  let gap = 1.6pt
  let bw = (size.width - gap * (bars.len() - 1)) / bars.len()
  let vmax = bars.first().at(0)
  block(width: 100%, height: height, {
    for (i, (v, c)) in bars.enumerate() {
      let h = plot * v / vmax
      place(dx: i * (bw + gap), dy: plot - h + 16pt, rect(width: bw, height: h, fill: rgb(c), stroke: none))
    }
    for (i, l) in leaders.enumerate() {
      place(dx: size.width * 0.52, dy: 17pt + i * 12pt, text(font: display, size: 8pt, weight: "semibold",
        fill: rgb("#e8edf5"), number-width: "tabular", l))
    }
    place(dy: height - 14pt, {
      set text(font: display, size: 7.5pt, fill: rgb("#c9d3e3"))
      tiers.map(((label, c)) => box[#box(width: 9pt, height: 9pt, fill: rgb(c)) #h(2pt) #label]).join(h(16pt))
    })
  })
})
"""

TIER_COLORS = ["#f2b134", "#e07a3f", "#c4525a", "#6f7fa8"]
SERIES_COLORS = ["#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255", "#aa4499", "#7a7a7a"]
TEMPLATES = {"front": "tpl-front", "body": "tpl-body", "wide": "tpl-wide", "opener": "tpl-body"}


# ---------------------------------------------------------------------------------------------
# One function per part of the report (Layouts/report.yaml)


def cover(ed, part, charts):
    info = ed.info
    rows = sorted(ed.overall, key=lambda r: -r["total"])
    tier_index = {t["id"]: i for i, t in enumerate(ed.tiers)}
    color = lambda total: TIER_COLORS[min(tier_index[ed.tier(total)["id"]], len(TIER_COLORS) - 1)]
    bars = [(r["total"], color(r["total"])) for r in rows]
    leaders = [f"{i + 1}. {ed.city_name[r['city']]}  {grouped(r['total'])}" for i, r in enumerate(rows[:3])]
    counts = {t["id"]: sum(1 for r in ed.overall if ed.tier(r["total"])["id"] == t["id"]) for t in ed.tiers}
    tiers = [(f"{t['name']} ({counts[t['id']]})", TIER_COLORS[min(i, len(TIER_COLORS) - 1)]) for i, t in enumerate(ed.tiers)]
    variables = sum(len(d["variables"]) for d in ed.dimensions)
    subtitle = f"{len(ed.cities)} cities · {len(ed.dimensions)} dimensions · {variables} variables · data for {info['data_year']}"
    return f"""#page(fill: cover-fill, margin: margins, header: none, footer: none, background: none)[
  #v(30mm)
  {call("kicker", f"{info['year']} edition", fill=Code('rgb("#f2b134")'), size=Code("10pt"))}
  #set par(justify: false)
  #block(below: 10pt, text(font: display, size: 34pt, weight: "bold", fill: white, hyphenate: false, {lit(info['title'])}))
  #text(font: display, size: 13pt, fill: rgb("#c9d3e3"), {lit(subtitle)})
  #v(26pt)
  {call("skyline", bars, leaders, tiers)}
  #v(18pt)
  #text(font: display, size: 9pt, fill: rgb("#c9d3e3"), {lit(info['publisher'])})
]"""


def contents(ed, part, charts):
    title = part.get("title", "Contents")
    return f"#heading(outlined: false, bookmarked: true, {lit(title)})\n#outline(title: none, depth: 2)"


def text_part(ed, part, charts):
    meta, body = ed.texts[part["text"]]
    title = f"= {escape(meta.get('title', part['text']))}"
    if part.get("template", "body") == "body":  # two columns: the title spans both
        title = f"#spanning[{title}]"
    return title + "\n" + prose(body, ed)


def glance(ed, part, charts):
    rows = [(d["name"], " · ".join(v["name"] for v in d["variables"])) for d in ed.dimensions]
    table = call("text-table", part.get("title", "Dimensions and variables"), ["Dimension", "Variables"], rows,
                 Code("(1fr, 3.2fr)"), bold_first=True)
    return f"#place(bottom, float: true, scope: \"parent\", clearance: 14pt, block(width: 100%)[{table}])"


def overall_table(ed, part, charts):
    n, per_dim = len(ed.cities), len(ed.dimensions[0]["variables"])
    rows, rules, previous = [], [], None
    for k, r in enumerate(ed.overall):
        tier = ed.tier(r["total"])["id"]
        if previous is not None and tier != previous:
            rules.append(k)
        previous = tier
        rows.append([r["rank"], ed.city_name[r["city"]], *r["totals"], r["total"]])
    head = ["Rank", "City"] + [d["name"] for d in ed.dimensions] + ["Total score"]
    tints = [(per_dim, per_dim * n)] * len(ed.dimensions) + [None]
    columns = Code("(22pt, auto, " + "1fr, " * len(ed.dimensions) + "1.1fr)")
    return call("score-table", "Overall scoring table", head, rows, tints, [len(ed.dimensions)], columns,
                size=Code("6.6pt"), head_size=Code("6.2pt"), inset=Code("(x: 2pt, y: 1.05pt)"), rules=rules)


def dimension_table(ed, dim):
    d = ed.dimension(dim)
    n, k = len(ed.cities), len(d["variables"])
    rows = [[r["rank"], ed.city_name[r["city"]], *r["scores"], r["total"]] for r in ed.tables[dim]]
    head = ["Rank", "City"] + [v["name"] for v in d["variables"]] + ["Total score"]
    tints = [(1, n)] * k + [(k, k * n)]
    columns = Code("(24pt, auto, " + "1fr, " * k + "1fr)")
    return call("score-table", f"{d['name']} scoring table", head, rows, tints, [k], columns)


def chart_block(entry, ed, plot, key=None):
    """A chart of Layouts/report.yaml: title, subtitle, optional legend, plot, source note."""
    key_arg = f", key: {key}" if key else ""
    return (f"#chart({lit(entry['title'])}, {lit(entry.get('subtitle', ''))}, {lit(ed.info['short_title'])}, "
            f"{entry['height']}pt, {plot}{key_arg})")


def bar_items(items):
    """[(label, [(value, colour), …], text)] as the dictionaries `hbars` takes."""
    return [{"label": l, "segments": s, "text": t} for l, s, t in items]


def ticks_of(vmax, fmt=grouped):
    return [(t, fmt(int(t) if float(t).is_integer() else t)) for t in nice_ticks(vmax)]


def chart_overall_totals(ed, entry, dim):
    colors = {t["id"]: SERIES_COLORS[i] for i, t in enumerate(ed.tiers)}
    rows = sorted(ed.overall, key=lambda r: -r["total"])  # largest first, ties in table order (as Folio's ranked bars)
    items = [(ed.city_name[r["city"]], [(r["total"], colors[ed.tier(r["total"])["id"]])], grouped(r["total"])) for r in rows]
    key = call("legend", [(t["name"], Code(f"series-colors.at({i})")) for i, t in enumerate(ed.tiers)])[1:]
    return chart_block(entry, ed, call("hbars", bar_items(items), ticks_of(max(r["total"] for r in ed.overall)))[1:], key)


def chart_dimension_totals(ed, entry, dim):
    rows = sorted(ed.overall, key=lambda r: -sum(r["totals"]))  # by the sum of the parts, ties in table order
    items = [(ed.city_name[r["city"]], list(zip(r["totals"], SERIES_COLORS)), grouped(sum(r["totals"]))) for r in rows]
    key = call("legend", [(d["name"], Code(f"series-colors.at({i})")) for i, d in enumerate(ed.dimensions)])[1:]
    return chart_block(entry, ed, call("hbars", bar_items(items), ticks_of(max(sum(r["totals"]) for r in ed.overall)))[1:], key)


def chart_dimension_sd(ed, entry, dim):
    sds = sorted(((d["name"], ed.sd(d["slug"])) for d in ed.dimensions), key=lambda x: -x[1])
    items = [(name, [(round(v, 3), "#2a6592")], f"{v:.1f}") for name, v in sds]
    return chart_block(entry, ed, call("hbars", bar_items(items), ticks_of(sds[0][1]))[1:])


def chart_correlations(ed, entry, dim):
    slugs = [d["slug"] for d in ed.dimensions]
    values = [[(1.0, "1.00") if a == b else (round(ed.correlation(a, b), 4), f"{ed.correlation(a, b):.2f}") for b in slugs] for a in slugs]
    key = call("diverging-key", ["−1.0", "−0.5", "0.0", "0.5", "1.0"])[1:]
    return chart_block(entry, ed, call("heatmap", [d["name"] for d in ed.dimensions], values)[1:], key)


def chart_top(ed, entry, dim):
    n = int(entry["data"].split(":")[2])
    leaders = ed.top(n, ed.totals(dim))
    items = [(ed.city_name[c], [(v, "#2a6592")], grouped(v)) for c, v, _ in leaders]
    titled = dict(entry, title=f"{entry['title']}: {ed.dimension(dim)['name'].lower()}")
    return chart_block(titled, ed, call("hbars", bar_items(items), ticks_of(leaders[0][1]))[1:])


def chart_strip(ed, entry, dim):
    d, table = ed.dimension(dim), ed.tables[dim]
    leader = ed.top(1, ed.totals(dim))[0][0]
    rows = [{"label": v["name"], "values": [r["scores"][i] for r in table]} for i, v in enumerate(d["variables"])]
    highlight = [r["city"] for r in table].index(leader)
    n = len(ed.cities)
    ticks = [1] + list(range(10, n + 1, 10)) + ([n] if n % 10 else [])
    key = call("legend", [(ed.city_name[leader], Code("highlight-color")),
                          ("Other items", Code('rgb("#8c8c8c").transparentize(58%)'))], circles=True)[1:]
    return chart_block(entry, ed, call("strip", rows, highlight, 1, n, ticks)[1:], key)


def chart_leaders(ed, entry, dim):
    """Twin of Folio's leader profile: per variable, the dimension's top cities' scores."""
    d, table = ed.dimension(dim), ed.tables[dim]
    n_top = int(entry["data"].split(":")[2]) if entry["data"].count(":") >= 2 else 5
    leaders = [c for c, _, _ in ed.top(n_top, ed.totals(dim))]
    by_city = {r["city"]: r["scores"] for r in table}
    rows = [{"label": v["name"], "values": [by_city[c][i] for c in leaders]} for i, v in enumerate(d["variables"])]
    n = len(ed.cities)
    ticks = [1] + list(range(10, n + 1, 10)) + ([n] if n % 10 else [])
    key = call("legend", [("Each leader", Code('rgb("#8c8c8c").transparentize(58%)'))], circles=True)[1:]
    return chart_block(entry, ed, call("strip", rows, -1, 1, n, ticks)[1:], key)


CHARTS = {("ranked-bars", "overall-totals"): chart_overall_totals, ("stacked-bars", "dimension-totals"): chart_dimension_totals,
          ("bars", "dimension-sd"): chart_dimension_sd, ("heatmap", "correlations"): chart_correlations,
          ("ranked-bars", "top"): chart_top, ("strip", "variables"): chart_strip,
          ("leaders", "leaders"): chart_leaders}


def chart_group(ed, part, charts, dim=None):
    return "\n".join(CHARTS[(e["type"], e["data"].split(":")[0])](ed, e, dim) for e in charts[part["charts"]])


def opener(ed, d):
    number = ed.dimensions.index(d) + 1
    leaders = ed.top(1, ed.totals(d["slug"]))
    last = min(ed.tables[d["slug"]], key=lambda r: r["total"])
    figures = [
        {"value": ", ".join(ed.city_name[c] for c, _, _ in leaders), "unit": f"{grouped(leaders[0][1])} points", "label": "Leader"},
        {"value": f"{ed.mean(d['slug']):.0f}", "unit": "points", "label": f"Mean score of {len(ed.cities)} cities"},
        {"value": f"{ed.sd(d['slug']):.1f}", "unit": "points", "label": "Standard deviation (spread)"},
        {"value": ed.city_name[last["city"]], "unit": f"{grouped(last['total'])} points", "label": "Lowest score"},
    ]
    meta, _ = ed.narrative(d["slug"])
    return call("opener", f"Dimension {number} of {len(ed.dimensions)}", d["name"], meta.get("standfirst"), figures)


def observation(ed, slug, meta, body):
    figures = [{"value": f["value"], "unit": f["unit"], "label": f["label"]} for f in meta.get("key_figures", [])]
    head = call("observation-head", meta["title"], meta.get("subject", slug), figures)
    return f"#pagebreak(weak: true)\n{head}\n{prose(body, ed, offset=1)}"


def chapters(ed, part, charts):
    out = []
    for d in ed.dimensions:
        _, body = ed.narrative(d["slug"])
        out += [f"#set page(..{TEMPLATES[part.get('opener', 'body')]})", "#pagebreak(weak: true)", opener(ed, d), prose(body, ed),
                "#set page(..tpl-wide)", dimension_table(ed, d["slug"]), chart_group(ed, part, charts, d["slug"]),
                f"#set page(..{TEMPLATES[part.get('template', 'body')]})"]
        out += [observation(ed, slug, meta, body) for slug, meta, body in ed.observations if meta.get("dimension") == d["slug"]]
    return "\n\n".join(out)


def indicators(ed, part, charts):
    title = part.get("title", "Variables and indicators")
    rows, groups, last = [], [], None
    for k, i in enumerate(ed.indicators):
        d = ed.dimension(i["dimension"])
        variable = next(v["name"] for v in d["variables"] if v["slug"] == i["variable"])
        if i["dimension"] != last and k:
            groups.append(k)
        rows.append((d["name"] if i["dimension"] != last else "", variable, i["indicator"], i["data_year"], i["source"]))
        last = i["dimension"]
    variables = sum(len(d["variables"]) for d in ed.dimensions)
    table = call("text-table", title, ["Dimension", "Variable", "Indicator", "Data year", "Source"], rows,
                 Code("(1.1fr, 1.3fr, 2.4fr, 40pt, 1.8fr)"), bold_first=True, groups=groups,
                 align=Code("(x, y) => (if x == 3 { center } else { left }) + horizon"))
    intro = f"Each of the {variables} variables is measured by one or more of the {len(ed.indicators)} indicators below."
    return f"= {escape(title)}\n{escape(intro)}\n\n{table}"


def references(ed, part, charts):
    title = part.get("title", "References")
    entries = [f"#block(below: 3pt)[#strong[{r['id']}.] #{lit(r['text'])}] <ref-{r['id']}>" for r in ed.references]
    return (f"#spanning[= {escape(title)}]\n#[\n#set text(size: 8pt)\n#set par(justify: false, leading: 4.8pt, first-line-indent: 0pt)\n"
            + "\n".join(entries) + "\n]")


PARTS = {"cover": cover, "contents": contents, "text": text_part, "glance": glance, "overall-table": overall_table,
         "charts": chart_group, "chapters": chapters, "indicators": indicators, "references": references}
ROMAN_TEMPLATES = {"cover", "front", "blank"}
# Parts made only of full-width blocks are set on a one-column page with the body's heads.
FULL_WIDTH = {"overall-table"}


def document(edition, rows, structure=ROOT / "Layouts/report.yaml"):
    ed = Edition(Path(edition), rows)
    parts, charts = read_structure(Path(structure))
    title = ed.info["title"]
    subject = f"City scores, dimension narratives and observations, {ed.info['year']} edition"
    out = [PRELUDE.replace("DOC-TITLE", lit(title)).replace("DOC-AUTHOR", lit(ed.info["publisher"]))
           .replace("DOC-SUBJECT", lit(subject))]
    roman = True
    for part in parts:
        template = "cover" if part["kind"] == "cover" else part.get("template", "body")
        if not part.get("continue") and part["kind"] not in ("cover", "chapters"):
            tpl = "tpl-wide" if part["kind"] in FULL_WIDTH else TEMPLATES[template]
            numbering = ""
            if roman and template not in ROMAN_TEMPLATES:
                roman, numbering = False, ', numbering: "1"'
            out.append(f"#set page(..{tpl}{numbering})\n#pagebreak(weak: true)" + ("\n#counter(page).update(1)" if numbering else ""))
        out.append(PARTS[part["kind"]](ed, part, charts))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Timing


def median_times(cases, repeats):
    """Median wall time of each case. The cases take turns within every repeat, so a slow
    spell of the machine falls on Typst and Folio alike rather than on one of them."""
    times = {name: [] for name in cases}
    for _ in range(repeats):
        for name, fn in cases.items():
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return {name: statistics.median(ts) for name, ts in times.items()}


# ---------------------------------------------------------------------------------------------
# The editor loop: save a narrative, wait for the new PDF


EDIT_NARRATIVE = "narratives/economic-strength.md"


def with_new_word(text, i):
    """The narrative with a new word after the first word of its first body sentence, so no
    cache of an earlier version can hold the result."""
    body = text.index("\n---", 3) + 4 if text.startswith("---") else 0
    m = re.compile(r"^([A-Z][\w'’-]*) ", re.M).search(text, body)
    return text[:m.end()] + f"edit{i} " + text[m.end():]


def pdf_stamp(path):
    try:
        st = os.stat(path)
        return (st.st_ino, st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        return None


def wait_for_new_pdf(path, before, timeout=60):
    """Seconds until `path` is replaced (another inode, time or size) and readable to its
    end (`%%EOF`): the moment a viewer could show the edit."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        stamp = pdf_stamp(path)
        if stamp is not None and stamp != before:
            with open(path, "rb") as f:
                f.seek(max(0, stamp[2] - 1024))
                if b"%%EOF" in f.read():
                    return time.perf_counter() - start
        time.sleep(0.002)
    raise RuntimeError(f"{path} was not rewritten within {timeout} s")


def save_to_pdf(save, pdf):
    """Seconds from the moment `save` has written its file to the rewritten `pdf`."""
    before = pdf_stamp(pdf)
    save()
    seconds = wait_for_new_pdf(pdf, before)
    time.sleep(0.3)  # let the watcher settle before the next save, as an editor would
    return seconds


def editor_loop(args, rows):
    """`folio watch` and `typst watch` (the Python binding's Compiler.watch, memoised between
    compiles) side by side, on copies of the same edition: each save adds a new word to the
    first sentence of a narrative (Typst: its twin paragraph in the generated source), and the
    time runs from the save to the rewritten PDF. Saves alternate between the two."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        edition = tmp / "edition"
        subprocess.run(["cp", "-r", str(args.edition), str(edition)], check=True)
        # Typst's source is generated from a copy of its own, which folio watch does not see.
        twin = tmp / "typst-edition"
        subprocess.run(["cp", "-r", str(args.edition), str(twin)], check=True)
        narrative, twin_narrative = edition / EDIT_NARRATIVE, twin / EDIT_NARRATIVE
        original = narrative.read_text()
        source = tmp / "report.typ"
        source.write_text(document(twin, rows))
        typst_pdf, folio_out = tmp / "typst.pdf", tmp / "folio"
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", CI="1")
        typst_watch = subprocess.Popen([sys.executable, "-c",
                                        f"import typst; typst.Compiler({str(source)!r}, font_paths={[str(ROOT / 'Fonts')]!r}, "
                                        f"ignore_system_fonts=True).watch({str(typst_pdf)!r})"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        folio_watch = subprocess.Popen([args.folio, "watch", "--edition", str(edition), "--out", str(folio_out),
                                        "--cache", str(tmp / "cache")], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_new_pdf(typst_pdf, None, timeout=120)
            wait_for_new_pdf(folio_out / "report.pdf", None, timeout=300)
            time.sleep(1)
            typst_times, folio_times = [], []
            for i in range(args.edits):
                def save_typst():
                    # The edit as Typst sees it: the generated source with the new word.
                    twin_narrative.write_text(with_new_word(original, i))
                    source.write_text(document(twin, rows))
                def save_folio():
                    narrative.write_text(with_new_word(original, i))
                typst_times.append(save_to_pdf(save_typst, typst_pdf))
                folio_times.append(save_to_pdf(save_folio, folio_out / "report.pdf"))
        finally:
            for p in (typst_watch, folio_watch):
                p.terminate()
                p.wait()
    return typst_times, folio_times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", default=str(ROOT / ".build/release/folio"))
    ap.add_argument("--edition", default=str(ROOT / "Assets/editions/cities-2025"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--edits", type=int, default=0,
                    help="also time the editor loop: this many saves of a narrative, save to PDF, folio watch vs typst watch")
    ap.add_argument("--edits-only", action="store_true", help="time the editor loop only")
    args = ap.parse_args()
    if args.edits_only:
        args.edits = args.edits or 9
        rows = json.loads(subprocess.run([args.folio, "scores", "--format", "json", "--edition", str(args.edition)],
                                         check=True, capture_output=True, text=True).stdout)
        report_editor_loop(*editor_loop(args, rows))
        return 0
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
        results = median_times({
            "typst pdf": compile_pdf,
            "folio pdf": lambda: folio("pdf"),
            "typst pdf + png": lambda: (compile_pdf(), compile_png()),  # two compiles, as Typst exports one format per compile
            "folio pdf + png": lambda: folio("pdf,png"),
        }, args.repeats)
        typst_pages = len(list(Path(tmp).glob("typst-*.png")))
        folio_pages = json.loads((Path(tmp) / "folio" / "manifest.json").read_text())["reportPages"]
    for k, v in results.items():
        print(f"{k:18} {v:7.3f} s")
    print(f"pages: typst {typst_pages}, folio {folio_pages}")
    print(f"ratio folio/typst, pdf:       {results['folio pdf'] / results['typst pdf']:.2f}")
    print(f"ratio folio/typst, pdf + png: {results['folio pdf + png'] / results['typst pdf + png']:.2f}")
    if args.edits:
        report_editor_loop(*editor_loop(args, rows))


def report_editor_loop(typst_times, folio_times):
    fmt = lambda ts: " ".join(f"{t:.3f}" for t in ts)
    print(f"save to pdf, narrative edit: typst watch median {statistics.median(typst_times):.3f} s ({fmt(typst_times)})")
    print(f"save to pdf, narrative edit: folio watch median {statistics.median(folio_times):.3f} s ({fmt(folio_times)})")
    print(f"ratio folio/typst, save to pdf: {statistics.median(folio_times) / statistics.median(typst_times):.2f}")


if __name__ == "__main__":
    sys.exit(main())
