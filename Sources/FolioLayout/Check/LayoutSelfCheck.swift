//! The layout's geometric self-check: text stays inside its box and its page, and no two lines of text overlap.

import FolioCore
import FolioPage

/// Checks finished pages for text that left its frame or the page, or that overprints other
/// text. Layout runs it on every page of every document, so a box that could not fit its
/// content is reported (a warning; an error under `--strict`) instead of printing badly.
///
/// Only text against text is compared: text drawn over a chart's bars or a tile's fill is
/// intended. Lines are compared by their em boxes (origin to advance, 0.8 em above the baseline
/// and 0.2 below);
/// like `text-collisions`, an overlap counts when it is more than 1.5 pt across and more than
/// a third of the lower line's height, so neighbours on a line and tightly led lines pass.
public struct LayoutSelfCheck {
    public init() {}

    /// Shaped advances are fractional: text may pass an edge by this much (points).
    public static let tolerance = 0.25
    /// Overlaps reported per page before the rest are summarised in one message.
    static let reportedOverlapsPerPage = 4

    /// A line of text in page coordinates.
    /// Plain values only (the line itself is looked up by `index` for messages), so the
    /// sweep copies no reference-counted storage.
    struct PlacedLine {
        /// The line's box on the page (around it, when the line is turned).
        var box: Rect
        var frame: Rect?
        /// Position of the line in the list of the page's lines.
        var index: Int
        /// For a turned line (rotated chart labels): the corners of its box, inset by the
        /// overlap allowance, on the page; nil when the line runs along the page's axes.
        var turned: (Point, Point, Point, Point)?
    }

    /// Findings for every page, in page order.
    public func check(_ pages: [Page]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (i, page) in pages.enumerated() { out += check(page, index: i, of: pages.count) }
        return out
    }

    /// Findings for one page (`index` of `count`, for the message).
    public func check(_ page: Page, index: Int, of count: Int) -> [Diagnostic] {
        let (lines, textLines) = Self.placedLines(page.items)
        guard !lines.isEmpty else { return [] }
        let where_ = "page \(page.label.isEmpty ? String(index + 1) : page.label) (\(index + 1) of \(count))"
        var out: [Diagnostic] = []
        let pageRect = Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)
        for l in lines {
            if let frame = l.frame, let (side, by) = Self.overshoot(of: l.box, outside: frame) {
                let name = textLines[l.index].frame?.name ?? "box"
                out.append(.warning("\(where_): text \(Self.quote(textLines[l.index])) runs \(Self.points(by)) past the \(side) edge of its \(name); "
                                    + "shorten the text or give the box more room", at: Self.location(textLines[l.index])))
            } else if let (side, by) = Self.overshoot(of: l.box, outside: pageRect) {
                out.append(.warning("\(where_): text \(Self.quote(textLines[l.index])) runs \(Self.points(by)) off the \(side) edge of the page",
                                    at: Self.location(textLines[l.index])))
            }
        }
        let overlaps = Self.overlaps(lines)
        for (a, b) in overlaps.prefix(Self.reportedOverlapsPerPage) {
            let ox = min(a.box.maxX, b.box.maxX) - max(a.box.minX, b.box.minX)
            let oy = min(a.box.maxY, b.box.maxY) - max(a.box.minY, b.box.minY)
            out.append(.warning("\(where_): text \(Self.quote(textLines[a.index])) overprints text \(Self.quote(textLines[b.index])) "
                                + "(\(Self.points(ox)) × \(Self.points(oy)))",
                                at: Self.location(textLines[a.index]) ?? Self.location(textLines[b.index])))
        }
        if overlaps.count > Self.reportedOverlapsPerPage {
            out.append(.warning("\(where_): \(overlaps.count - Self.reportedOverlapsPerPage) more pairs of overprinting text lines"))
        }
        return out
    }

    // MARK: Geometry

    /// Every non-empty text line of the items, groups resolved to page coordinates.
    static func placedLines(_ items: [PageItem]) -> ([PlacedLine], [TextLine]) {
        var out: [PlacedLine] = []
        var lines: [TextLine] = []
        out.reserveCapacity(items.count)
        lines.reserveCapacity(items.count)
        func walk(_ items: [PageItem], _ transform: Transform?) {
            for item in items {
                switch item {
                case .text(let line):
                    guard let local = inkSpan(of: line) else { continue }
                    var placed = PlacedLine(box: local, frame: line.frame?.rect, index: lines.count)
                    lines.append(line)
                    if let t = transform {
                        placed.box = t.boundingBox(of: local)
                        placed.frame = placed.frame.map { t.boundingBox(of: $0) }
                        if t.b != 0 || t.c != 0 {
                            let r = local.insetBy(dx: overlapAcross / 2, dy: local.height * overlapDown / 2)
                            placed.turned = (t.apply(Point(x: r.minX, y: r.minY)), t.apply(Point(x: r.maxX, y: r.minY)),
                                             t.apply(Point(x: r.maxX, y: r.maxY)), t.apply(Point(x: r.minX, y: r.maxY)))
                        }
                    }
                    out.append(placed)
                case .group(let g):
                    walk(g.items, transform.map { $0.concatenating(g.transform) } ?? g.transform)
                case .shape, .image, .link, .anchor, .outline, .beginTag, .endTag:
                    break
                }
            }
        }
        walk(items, nil)
        return (out, lines)
    }

    /// Share of the em above the baseline in a line's box (the rest is below).
    static let emAbove = 0.8

    /// The line's box: along the baseline from its first to its last run (a line split into
    /// parts, text and the footnote marks in it, keeps the whole line's origin and width, so the
    /// runs say where each part is); across it, the em of each run. Fonts' own ascents differ
    /// too much (a CJK face's reaches far above its ink) to compare lines of different faces.
    static func inkSpan(of line: TextLine) -> Rect? {
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for run in line.runs where !run.glyphs.isEmpty {
            minX = min(minX, run.offset.x)
            maxX = max(maxX, run.offset.x + run.width)
            minY = min(minY, run.offset.y - run.size * emAbove)
            maxY = max(maxY, run.offset.y + run.size * (1 - emAbove))
        }
        guard maxX > minX else { return nil }
        return Rect(x: line.origin.x + minX, y: line.origin.y + minY, width: maxX - minX, height: maxY - minY)
    }

    /// The side and distance by which `box` leaves `container`, the largest if several.
    static func overshoot(of box: Rect, outside container: Rect) -> (String, Double)? {
        let left = container.minX - box.minX, right = box.maxX - container.maxX
        let top = container.minY - box.minY, bottom = box.maxY - container.maxY
        guard max(left, right, top, bottom) > tolerance else { return nil }
        if left >= max(right, top, bottom) { return ("left", left) }
        if right >= max(top, bottom) { return ("right", right) }
        return top >= bottom ? ("top", top) : ("bottom", bottom)
    }

    /// Pairs of lines whose boxes overlap more than neighbours on a line or tightly led lines
    /// do. A sweep down the page compares each line only with those that start above its
    /// bottom: on a page of running text, its neighbours on the same row.
    static func overlaps(_ lines: [PlacedLine]) -> [(PlacedLine, PlacedLine)] {
        let order = lines.indices.sorted { (lines[$0].box.minY, lines[$0].box.minX) < (lines[$1].box.minY, lines[$1].box.minX) }
        var out: [(PlacedLine, PlacedLine)] = []
        for (k, i) in order.enumerated() {
            let a = lines[i]
            var j = k + 1
            while j < order.count, lines[order[j]].box.minY < a.box.maxY {
                let b = lines[order[j]]
                j += 1
                if a.turned != nil || b.turned != nil {
                    if convexOverlap(corners(of: a), corners(of: b)) { out.append((a, b)) }
                    continue
                }
                let ox = min(a.box.maxX, b.box.maxX) - max(a.box.minX, b.box.minX)
                let oy = min(a.box.maxY, b.box.maxY) - max(a.box.minY, b.box.minY)
                if ox > overlapAcross && oy > min(a.box.height, b.box.height) * overlapDown { out.append((a, b)) }
            }
        }
        return out
    }

    /// An overlap counts when it is wider than this (points) and taller than this share of
    /// the lower line's height.
    static let overlapAcross = 1.5
    static let overlapDown = 1.0 / 3

    /// The corners of a line's box on the page, inset by the overlap allowance.
    static func corners(of l: PlacedLine) -> [Point] {
        if let t = l.turned { return [t.0, t.1, t.2, t.3] }
        let r = l.box.insetBy(dx: overlapAcross / 2, dy: l.box.height * overlapDown / 2)
        return [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: r.maxY), Point(x: r.minX, y: r.maxY)]
    }

    /// Whether two convex polygons share interior area (separating-axis test).
    static func convexOverlap(_ p: [Point], _ q: [Point]) -> Bool {
        for poly in [p, q] {
            for i in poly.indices {
                let a = poly[i], b = poly[(i + 1) % poly.count]
                let nx = b.y - a.y, ny = a.x - b.x
                let pp = p.map { $0.x * nx + $0.y * ny }, qq = q.map { $0.x * nx + $0.y * ny }
                if pp.max()! <= qq.min()! || qq.max()! <= pp.min()! { return false }
            }
        }
        return true
    }

    // MARK: Messages

    static func quote(_ line: TextLine) -> String {
        let text = line.text.trimmingWhitespace
        return "\"" + (text.count > 40 ? String(text.prefix(39)) + "…" : text) + "\""
    }

    static func points(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return (r == r.rounded() ? String(Int(r)) : String(r)) + " pt"
    }

    static func location(_ line: TextLine) -> SourceLocation? {
        guard let file = line.frame?.file else { return nil }
        return SourceLocation(file: file, line: line.frame?.line ?? 0)
    }
}

extension Transform {
    /// This transform applied after `inner` (a group's transform inside its parent's).
    func concatenating(_ inner: Transform) -> Transform {
        Transform(a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
                  c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
                  tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }

    /// The axis-aligned box around a transformed rectangle.
    func boundingBox(of r: Rect) -> Rect {
        let corners = [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY),
                       Point(x: r.minX, y: r.maxY), Point(x: r.maxX, y: r.maxY)].map(apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let chars = Array(self)
        guard let s = chars.firstIndex(where: { !$0.isWhitespace }), let e = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[s...e])
    }
}
