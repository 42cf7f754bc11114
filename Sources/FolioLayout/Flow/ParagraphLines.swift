//! Shapes a paragraph and cuts it into line boxes on a fixed leading, with widow/orphan rules.

import FolioCore
import FolioGraphics
import FolioPage

extension LayoutContext {
    /// Line boxes for styled spans set at `width`. `keepTogether` keeps every line with the next
    /// (headings); otherwise lines obey the orphan and widow minimums. Justified text broken by
    /// total fit keeps `maxConsecutiveHyphens` and `finalHyphen` inside the breaker; greedy
    /// breaking gets them by removing the offending word's soft hyphens and shaping again.
    func lineBoxes(_ spans: [TextSpan], width: Double, leading: Double, alignment: ParagraphFormat.Alignment,
                   firstLineIndent: Double = 0, breaking: LineBreaking = .greedy, keepTogether: Bool = false,
                   maxConsecutiveHyphens: Int? = nil, finalHyphen: Bool = true, letterStretch: Double = 0,
                   protrusion: MarginProtrusion? = nil, source: SourceLocation?) -> [FlowBox] {
        var spans = spans
        let totalFit = breaking == .optimal && alignment == .justify
        let format = ParagraphFormat(width: width, alignment: alignment, firstLineIndent: firstLineIndent,
                                     breaking: breaking, maxConsecutiveHyphens: totalFit ? maxConsecutiveHyphens : nil,
                                     finalHyphen: finalHyphen, letterStretch: totalFit ? letterStretch : 0, protrusion: protrusion)
        var shaped = shaper.shape(spans, format: format)
        if !totalFit {
            for _ in 0..<8 {
                let ladder = maxConsecutiveHyphens.flatMap { Self.hyphenLadderOffender(shaped.lines, limit: $0) }
                guard let offender = ladder ?? (finalHyphen ? nil : Self.finalHyphenOffender(shaped.lines)) else { break }
                spans = Self.removeSoftHyphens(in: spans, aroundByte: shaped.lines[offender].byteRange.upperBound)
                shaped = shaper.shape(spans, format: format)
            }
        }
        report(shaped.missingGlyphs, at: source)
        let n = shaped.lines.count
        let size = spans.first?.style.size ?? 10
        let baseline = (leading - size) / 2 + size * 0.8
        var boxes: [FlowBox] = []
        for (i, line) in shaped.lines.enumerated() {
            let links = line.links.map { link in
                (link, PageItem.link(Rect(x: link.minX, y: 0, width: link.maxX - link.minX, height: leading), link.target))
            }
            let items = Self.lineItems(line.placed(at: Point(x: 0, y: baseline)), links: links)
            let last = i == n - 1
            let keep = !last && (keepTogether || i + 1 < orphans || n - 1 - i < widows)
            boxes.append(FlowBox(height: leading, items: items, keepWithNext: keep, isParagraphLine: !keepTogether, source: source))
        }
        return boxes
    }

    /// A line as page items. Runs with a structure role of their own (footnote marks) become
    /// separate text items wrapped in that element, with the link annotations they carry.
    static func lineItems(_ line: TextLine, links: [(LineLink, PageItem)]) -> [PageItem] {
        guard line.runs.contains(where: { $0.role != nil }) else { return [.text(line)] + links.map(\.1) }
        var items: [PageItem] = []
        var used = Set<Int>()
        var segment: [GlyphRun] = []
        var role = line.runs.first?.role
        func flush() {
            guard let first = segment.first, let last = segment.last else { return }
            var part = line
            part.runs = segment
            guard let role else { items.append(.text(part)); return }
            let minX = line.origin.x + first.offset.x, maxX = line.origin.x + last.offset.x + last.width
            var inner: [PageItem] = []
            for (k, (link, item)) in links.enumerated() where !used.contains(k) {
                let middle = (link.minX + link.maxX) / 2
                if middle >= minX && middle <= maxX { inner.append(item); used.insert(k) }
            }
            // A footnote mark's link is a Link element inside its Reference, holding the mark.
            let body: [PageItem] = role == .reference && !inner.isEmpty
                ? ([.text(part)] + inner).tagged(StructureTag(.link)) : [.text(part)] + inner
            items += body.tagged(StructureTag(role))
        }
        // Adjacent runs of one role but different links (two footnote marks, two links in a
        // row) are separate elements.
        func linkIndex(_ run: GlyphRun) -> Int? {
            guard run.role != nil else { return nil }
            let middle = line.origin.x + run.offset.x + run.width / 2
            return links.firstIndex { middle >= $0.0.minX && middle <= $0.0.maxX }
        }
        var segmentLink = line.runs.first.flatMap(linkIndex)
        for run in line.runs {
            let link = linkIndex(run)
            if run.role != role || link != segmentLink { flush(); segment = []; role = run.role; segmentLink = link }
            segment.append(run)
        }
        flush()
        return items + links.enumerated().filter { !used.contains($0.offset) }.map(\.element.1)
    }

    /// The first line that makes more than `limit` hyphenated lines in a row.
    static func hyphenLadderOffender(_ lines: [ShapedLine], limit: Int) -> Int? {
        var run = 0
        for (i, l) in lines.enumerated() {
            run = l.endsWithHyphen ? run + 1 : 0
            if run > limit { return i }
        }
        return nil
    }

    /// The next-to-last line when it ends in an inserted hyphen (the last line holds a word's stub).
    static func finalHyphenOffender(_ lines: [ShapedLine]) -> Int? {
        lines.count >= 2 && lines[lines.count - 2].endsWithHyphen ? lines.count - 2 : nil
    }

    /// Removes the soft hyphens of the word that contains the given UTF-8 offset.
    static func removeSoftHyphens(in spans: [TextSpan], aroundByte offset: Int) -> [TextSpan] {
        var spans = spans
        var start = 0
        for (si, span) in spans.enumerated() {
            let count = span.text.utf8.count
            defer { start += count }
            guard offset >= start && offset <= start + count else { continue }
            var bytes = Array(span.text.utf8)
            let local = min(offset - start, bytes.count)
            var lo = local, hi = local
            while lo > 0 && bytes[lo - 1] != 0x20 { lo -= 1 }
            while hi < bytes.count && bytes[hi] != 0x20 { hi += 1 }
            var word = Array(bytes[lo..<hi])
            var k = 0
            while k + 1 < word.count {
                if word[k] == 0xC2 && word[k + 1] == 0xAD { word.removeSubrange(k...(k + 1)) } else { k += 1 }
            }
            bytes.replaceSubrange(lo..<hi, with: word)
            spans[si].text = String(decoding: bytes, as: UTF8.self)
            break
        }
        return spans
    }
}
