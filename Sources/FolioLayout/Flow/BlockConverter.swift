//! Converts document blocks into the vertical list of boxes and spaces for one section.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioPage

/// Turns blocks into flow items at the section's column width (or full width for blocks
/// that span all columns).
struct BlockConverter {
    let context: LayoutContext
    let columnWidth: Double
    let fullWidth: Double
    let runningTitle: String

    var theme: Theme { context.theme }
    var styles: StyleResolver { context.styles }

    func convert(_ blocks: [Block]) -> [FlowItem] {
        var out: [FlowItem] = []
        var previousStyle: String?
        for block in blocks {
            out += convert(block, previousParagraphStyle: previousStyle)
            if case .paragraph(let p) = block { previousStyle = p.style } else { previousStyle = nil }
        }
        return out
    }

    func convert(_ block: Block, previousParagraphStyle: String? = nil) -> [FlowItem] {
        switch block {
        case .heading(let h): return heading(h)
        case .paragraph(let p): return paragraph(p, continuing: previousParagraphStyle == p.style)
        case .list(let l): return list(l, width: columnWidth)
        case .callout(let c): return callout(c)
        case .keyFigures(let k): return keyFigures(k)
        case .table(let t): return TableBuilder(context: context, width: t.spanAll ? fullWidth : columnWidth).build(t)
        case .figure(let f): return figure(f)
        case .tableOfContents(let toc): return contents(toc)
        case .columnBreak: return [.columnBreak]
        case .pageBreak: return [.pageBreak]
        case .spacer(let h): return [.box(FlowBox(height: h, items: []))]
        case .rule:
            let color = theme.color("rule", default: Color(hex: "#bbbbbb")!)
            let line: [PageItem] = [.shape(Shape(path: .line(from: Point(x: 0, y: 0.5), to: Point(x: columnWidth, y: 0.5)), stroke: Stroke(color: color, width: 0.5)))]
            return [.space(6), .box(FlowBox(height: 1, items: line.asArtifact)), .space(6)]
        }
    }

    // MARK: Headings and paragraphs

    func heading(_ h: Heading) -> [FlowItem] {
        let spec = h.style.flatMap { theme.headings[$0] } ?? theme.heading(h.level)
        let width = h.spanAll ? fullWidth : columnWidth
        let spans = styles.spans(h.content, base: styles.textStyle(spec), hyphenate: false, uppercase: spec.uppercase ?? false)
        var boxes = context.lineBoxes(spans, width: width, leading: styles.leading(spec), alignment: styles.alignment(spec),
                                      keepTogether: true, source: h.source)
        // A heading style with a minimum size stays on one line (a title in a fixed band):
        // every span shrinks by the same factor, half a point of the style's size at a time.
        if let minSize = spec.minSize, boxes.count > 1 {
            let nominal = spec.size ?? 10
            var size = nominal
            while boxes.count > 1 && size > minSize {
                size = max(minSize, size - 0.5)
                let k = size / nominal
                let scaled = spans.map { span in var s = span; s.style.size *= k; s.style.rise *= k; return s }
                boxes = context.lineBoxes(scaled, width: width, leading: styles.leading(spec) * k, alignment: styles.alignment(spec),
                                          keepTogether: true, source: h.source)
            }
        }
        guard !boxes.isEmpty else { return [] }
        let title = h.content.plainText
        boxes[0].items.append(.anchor(h.id, Point(x: 0, y: 0)))
        if h.inOutline { boxes[0].items.append(.outline(OutlineEntry(title: title, level: h.level, destination: h.id))) }
        boxes[0].headingID = h.id
        context.headings.append((h.id, h.level, title, h.inContents))
        for k in boxes.indices { boxes[k].spanAll = h.spanAll; boxes[k].keepWithNext = true; boxes[k].isParagraphLine = false }
        // The last heading line stays with what follows (and the orphan rule keeps 2 lines of it).
        let flow: [FlowItem] = [.space(spec.spaceBefore ?? 12)] + boxes.map { .box($0) } + [.space(spec.spaceAfter ?? 6)]
        return flow.tagged(StructureTag(.heading(h.level)))
    }

    func paragraph(_ p: Paragraph, continuing: Bool) -> [FlowItem] {
        let spec = theme.paragraph(p.style)
        let width = p.spanAll ? fullWidth : columnWidth
        let hyphenate = (spec.hyphenate ?? false) && (theme.hyphenation?.enabled ?? true)
        let spans = styles.spans(p.content, base: styles.textStyle(spec), hyphenate: hyphenate, uppercase: spec.uppercase ?? false,
                                 hyphenateCapitalized: styles.hyphenatesCapitalized(spec))
        guard !spans.isEmpty else { return [] }
        // A hanging indent is a negative first-line indent: Pango then starts the first line
        // at the margin and every later line `hang` points in (Pango's breaking: total fit
        // knows only a positive first-line indent).
        let indent = (spec.hang ?? 0) > 0 ? -(spec.hang ?? 0) : continuing ? (spec.indent ?? 0) : 0
        var boxes = context.lineBoxes(spans, width: width, leading: styles.leading(spec), alignment: styles.alignment(spec),
                                      firstLineIndent: indent, breaking: indent < 0 ? .greedy : styles.breaking(spec),
                                      maxConsecutiveHyphens: hyphenate ? theme.hyphenation?.maxConsecutive ?? 2 : nil,
                                      finalHyphen: styles.allowsFinalHyphen(spec), letterStretch: styles.letterStretch(spec),
                                      protrusion: styles.protrusion, source: p.source)
        // A paragraph kept together (a reference) never splits across columns.
        if spec.keepTogether == true { for k in boxes.indices.dropLast() { boxes[k].keepWithNext = true } }
        if let id = p.id, !boxes.isEmpty { boxes[0].items.append(.anchor(id, .zero)) }
        for k in boxes.indices { boxes[k].spanAll = p.spanAll }
        let before = continuing && (spec.indent ?? 0) > 0 ? 0 : (spec.spaceBefore ?? 0)
        let flow: [FlowItem] = [.space(before)] + boxes.map { .box($0) } + [.space(spec.spaceAfter ?? 0)]
        return flow.tagged(StructureTag(p.style == "caption" ? .caption : .paragraph))
    }

    // MARK: Lists

    func list(_ l: ListBlock, width: Double) -> [FlowItem] {
        let spec = theme.paragraph("body")
        let base = styles.textStyle(spec)
        let indent = (spec.size ?? 10) * 1.6
        var out: [FlowItem] = [.space(spec.spaceBefore ?? 3)]
        let inner = BlockConverter(context: context, columnWidth: width - indent, fullWidth: width - indent, runningTitle: runningTitle)
        for (n, item) in l.items.enumerated() {
            var itemFlow = inner.convert(item).tagged(StructureTag(.listBody))
            let label = l.ordered ? "\(l.start + n)." : "•"
            let labelLine = context.figureContext.line(label, style: base.with { $0.color = theme.color("accent") })
            // Shift the item right and hang its label (`Lbl`, before the `LBody`) on the first line.
            var labelled = false
            for k in itemFlow.indices {
                guard case .box(var b) = itemFlow[k] else { continue }
                b.items = b.items.translated(dx: indent, dy: 0)
                if !labelled {
                    let firstLine = b.items.lazy.compactMap { if case .text(let t) = $0 { return t }; return nil }.first
                    let y = firstLine?.origin.y ?? labelLine.ascent
                    let labelItems: [PageItem] = [.text(labelLine.moved(to: Point(x: indent - 4 - labelLine.width, y: y)))]
                    b.items = [.beginTag(StructureTag(.listItem))] + labelItems.tagged(StructureTag(.label)) + b.items
                    labelled = true
                }
                itemFlow[k] = .box(b)
            }
            if labelled, let last = itemFlow.lastIndex(where: { if case .box = $0 { return true }; return false }),
               case .box(var b) = itemFlow[last] {
                b.items.append(.endTag)
                itemFlow[last] = .box(b)
            }
            out += itemFlow
            out.append(.space(2))
        }
        out.append(.space(spec.spaceAfter ?? 3))
        return out.tagged(StructureTag(.list))
    }

    // MARK: Callouts, key figures, figures

    /// Lays blocks out into a single box (callouts and list-like furniture do not split).
    func stack(_ items: [FlowItem]) -> (height: Double, items: [PageItem]) {
        var y = 0.0, pending = 0.0, out: [PageItem] = []
        var first = true
        for item in items {
            switch item {
            case .space(let s): if !first { pending = max(pending, s) }
            case .box(let b):
                y += first ? 0 : pending
                out += b.items.translated(dx: 0, dy: y)
                y += b.height
                pending = 0
                first = false
            case .columnBreak, .pageBreak: break
            }
        }
        return (y, out)
    }

    func callout(_ c: Callout) -> [FlowItem] {
        let width = c.spanAll ? fullWidth : columnWidth
        let pad = 9.0, rule = 2.5
        let inner = BlockConverter(context: context, columnWidth: width - 2 * pad - rule, fullWidth: width - 2 * pad - rule, runningTitle: runningTitle)
        var content: [FlowItem] = []
        if let title = c.title {
            let spec = theme.paragraph("callout-title")
            let spans = styles.spans(title, base: styles.textStyle(spec), hyphenate: false)
            content += context.lineBoxes(spans, width: width - 2 * pad - rule, leading: styles.leading(spec), alignment: .left, source: c.source)
                .map { FlowItem.box($0) }.tagged(StructureTag(.paragraph))
            content.append(.space(4))
        }
        content += inner.convert(c.blocks)
        let (h, items) = stack(content)
        let height = h + 2 * pad
        let bg = theme.color("callout", default: Color(hex: "#f3f1ec")!)
        let panel: [PageItem] = [
            .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: width, height: height)), fill: bg)),
            .shape(Shape(path: .rect(Rect(x: 0, y: 0, width: rule, height: height)), fill: theme.color("accent"))),
        ]
        // Text stays inside the panel's padding (checked by the layout's self-check).
        let frame = TextFrame(rect: Rect(x: pad + rule, y: 0, width: width - 2 * pad - rule, height: height),
                              name: c.style == "quote" ? "quotation box" : "callout", file: c.source?.file, line: c.source?.line ?? 0)
        let all = panel.asArtifact + items.translated(dx: pad + rule, dy: pad).framingText(frame)
        let role: StructureRole = c.style == "quote" ? .blockQuote : .div
        return [.space(8), .box(FlowBox(height: height, items: all.tagged(StructureTag(role)), spanAll: c.spanAll, source: c.source)), .space(10)]
    }

    func keyFigures(_ k: KeyFigures) -> [FlowItem] {
        let tiles = KeyFigureTiles(context: context, width: k.spanAll ? fullWidth : columnWidth)
        return [.space(10), .box(tiles.layout(k)), .space(12)]
    }

    func figure(_ f: Figure) -> [FlowItem] {
        let width = f.spanAll ? fullWidth : columnWidth
        var out: [FlowItem] = [.space(10)]
        do {
            let frame = try f.content.render(width: width, height: f.height, context: context.figureContext)
            let bbox = Rect(x: 0, y: 0, width: frame.size.width, height: frame.size.height)
            // Chart labels stay inside the figure's box (checked by the layout's self-check).
            let labels = TextFrame(rect: bbox, name: "figure", file: f.source?.file, line: f.source?.line ?? 0)
            var items = frame.items.framingText(labels).tagged(StructureTag(.figure, altText: f.content.altText, bbox: bbox))
            if let id = f.id { items.append(.anchor(id, .zero)) }
            out.append(.box(FlowBox(height: frame.size.height, items: items, keepWithNext: f.caption != nil, spanAll: f.spanAll, source: f.source)))
        } catch {
            context.diagnostics.append(.error("figure could not be drawn: \(error)", at: f.source))
        }
        if let caption = f.caption {
            let spec = theme.paragraph("caption")
            let spans = styles.spans(caption, base: styles.textStyle(spec), hyphenate: false)
            out.append(.space(4))
            out += context.lineBoxes(spans, width: width, leading: styles.leading(spec), alignment: .left, source: f.source).map {
                var b = $0; b.spanAll = f.spanAll; return FlowItem.box(b)
            }.tagged(StructureTag(.caption))
        }
        out.append(.space(12))
        return out
    }

    // MARK: Contents

    func contents(_ toc: TableOfContents) -> [FlowItem] {
        var out: [FlowItem] = []
        let entries = context.tocEntries.filter { $0.inContents && $0.level <= toc.maxLevel }
        for e in entries {
            let spec = theme.paragraph(e.level == 1 ? "toc1" : "toc2")
            let style = styles.textStyle(spec)
            let indent = Double(e.level - 1) * 14
            let page = context.headingPages[e.id] ?? "0"
            // The leading space keeps title and number apart in the text a screen reader gets;
            // the number's right edge and the room for the title are those of the digits alone.
            let pageLine = context.figureContext.line(" " + page, style: style.with { $0.features = ["tnum"] })
            let digitsWidth = context.figureContext.line(page, style: style.with { $0.features = ["tnum"] }).width
            let leading = styles.leading(spec)
            let available = columnWidth - indent - digitsWidth - 18
            let titleBoxes = context.lineBoxes([TextSpan(Typography.smarten(e.title), style: style)], width: available, leading: leading, alignment: .left, keepTogether: true, source: nil)
            guard let last = titleBoxes.last, case .text(let lastLine)? = last.items.first else { continue }
            var entry: [FlowItem] = []
            out.append(.space(spec.spaceBefore ?? 2))
            for (i, var b) in titleBoxes.enumerated() {
                b.items = b.items.translated(dx: indent, dy: 0)
                b.keepWithNext = i < titleBoxes.count - 1
                var leaders: [PageItem] = []
                if i == titleBoxes.count - 1 {
                    let baseline = lastLine.origin.y
                    b.items.append(.text(pageLine.moved(to: Point(x: columnWidth - pageLine.width, y: baseline))))
                    // Dot leaders between the title and the page number.
                    let dot = context.figureContext.line(".", style: style.with { $0.color = theme.color("muted") })
                    let step = 4.5
                    var x = (indent + lastLine.width + 6)
                    x = (x / step).rounded(.up) * step
                    while x < columnWidth - digitsWidth - 6 {
                        leaders.append(.text(dot.moved(to: Point(x: x, y: baseline))))
                        x += step
                    }
                }
                // The line's text and page number are the link's text; the leaders are furniture.
                let link = PageItem.link(Rect(x: indent, y: 0, width: columnWidth - indent, height: b.height), .destination(e.id))
                b.items = (b.items + [link]).tagged(StructureTag(.link)) + leaders.asArtifact
                entry.append(.box(b))
            }
            out += entry.tagged(StructureTag(.toci))
            out.append(.space(spec.spaceAfter ?? 2))
        }
        return out.tagged(StructureTag(.toc))
    }
}

extension Array where Element == PageItem {
    /// The items with every text line not yet bound to a box bound to `frame`; lines inside
    /// groups (chart labels) too, with the frame taken into the group's coordinates.
    func framingText(_ frame: TextFrame) -> [PageItem] {
        map { item in
            switch item {
            case .text(let line) where line.frame == nil: return .text(line.framed(frame))
            case .group(var group):
                let t = group.transform
                // Only translated and scaled groups carry the frame; a turned group's labels
                // are checked against the page and each other.
                guard t.b == 0, t.c == 0, t.a != 0, t.d != 0 else { return item }
                var inner = frame
                let x0 = (frame.rect.minX - t.tx) / t.a, x1 = (frame.rect.maxX - t.tx) / t.a
                let y0 = (frame.rect.minY - t.ty) / t.d, y1 = (frame.rect.maxY - t.ty) / t.d
                inner.rect = Rect(x: Swift.min(x0, x1), y: Swift.min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
                group.items = group.items.framingText(inner)
                return .group(group)
            default: return item
            }
        }
    }
}
