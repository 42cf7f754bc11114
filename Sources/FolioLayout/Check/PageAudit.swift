//! A print designer's count over finished pages: near-empty pages, folio parity, body lines on one grid.

import FolioPage

/// What a designer checks first when leafing through a print edition, counted from the laid-out
/// pages: pages with little on them, odd page numbers on left-hand pages, and right-column body
/// lines that do not line up with the left column's. Cheap (one walk over the items), so tests
/// run it on whole editions.
public struct PageAudit: Sendable, Equatable {
    /// 0-based indices of pages whose ink covers less than `nearEmptyShare` of the text area
    /// (intentional blank pages excluded).
    public var nearEmptyPages: [Int] = []
    /// The near-empty pages that continue a section: its last lines stranded on a page of their
    /// own. (A short section alone on its page is the edition's content, not the layout's doing.)
    public var strandedEndings: [Int] = []
    /// Pages numbered with an odd arabic folio, and those of them that are right-hand pages.
    public var oddFolios = 0
    public var oddFoliosOnRecto = 0
    /// Body lines in a right-hand column, and those of them on the left column's baseline grid.
    public var rightColumnBaselines = 0
    public var rightColumnBaselinesOnGrid = 0

    /// Ink on less than this share of the text area makes a page near-empty.
    public static let nearEmptyShare = 1.0 / 3
    /// A baseline this close (points) to a grid line is on it.
    public static let gridTolerance = 0.5

    /// Share of odd folios on right-hand pages (1 when there are none).
    public var oddFoliosOnRectoShare: Double { oddFolios == 0 ? 1 : Double(oddFoliosOnRecto) / Double(oddFolios) }
    /// Share of right-column body baselines on the left column's grid (1 when there are none).
    public var onGridShare: Double {
        rightColumnBaselines == 0 ? 1 : Double(rightColumnBaselinesOnGrid) / Double(rightColumnBaselines)
    }

    /// One line of figures for a test log or a note.
    public var summary: String {
        "near-empty pages \(nearEmptyPages.count) \(nearEmptyPages.map { $0 + 1 }), "
            + "of them stranded section ends \(strandedEndings.count) \(strandedEndings.map { $0 + 1 }), "
            + "odd folios on recto \(percent(oddFoliosOnRectoShare)) (\(oddFoliosOnRecto) of \(oddFolios)), "
            + "right-column baselines on grid \(percent(onGridShare)) (\(rightColumnBaselinesOnGrid) of \(rightColumnBaselines))"
    }

    private func percent(_ v: Double) -> String { "\(Int((v * 100).rounded())) %" }

    /// Audits `pages` laid out with `spec`. `blankPages` are the 0-based indices of pages left
    /// blank on purpose (a verso before a section that opens on a right-hand page);
    /// `sectionStarts` those a section opens on.
    public init(pages: [Page], spec: LayoutSpec, blankPages: Set<Int> = [], sectionStarts: Set<Int> = []) {
        let body = spec.theme.paragraph("body")
        let bodySize = body.size ?? 10
        let leading = body.leading ?? bodySize * 1.35
        let facing = spec.page.facing ?? false
        for (i, page) in pages.enumerated() {
            // The margins' text area: what a template may fill, whatever its columns.
            let area = PageGeometry(spec: spec, template: PageTemplate(), pageIndex: i).content
            if !blankPages.contains(i), Self.inkShare(page.items, in: area, bridging: 2 * leading) < Self.nearEmptyShare {
                nearEmptyPages.append(i)
                if !sectionStarts.contains(i) { strandedEndings.append(i) }
            }
            if let folio = Int(page.label), folio % 2 == 1 {
                oddFolios += 1
                if !facing || i % 2 == 0 { oddFoliosOnRecto += 1 }
            }
            let (right, onGrid) = Self.rightColumnBaselines(page.items, area: area, bodySize: bodySize, leading: leading)
            rightColumnBaselines += right
            rightColumnBaselinesOnGrid += onGrid
        }
    }

    // MARK: Ink

    /// The share of the text area's height, in its left and right halves, that has ink: a page
    /// with two lines in one column has almost none, a full one-column page all of it. White
    /// shorter than `gap` points (between lines, between paragraphs, around a heading: the
    /// audit bridges two body lines) is part of the text block.
    static func inkShare(_ items: [PageItem], in area: Rect, bridging gap: Double) -> Double {
        let rows = max(1, Int(area.height.rounded(.up)))
        var covered = [[Bool]](repeating: [Bool](repeating: false, count: rows), count: 2)
        let middle = area.minX + area.width / 2
        for r in inkRects(items, nil) {
            let top = max(area.minY, r.minY), bottom = min(area.maxY, r.maxY)
            guard bottom > top, r.maxX > area.minX, r.minX < area.maxX else { continue }
            let first = Int(top - area.minY), last = min(rows - 1, Int((bottom - area.minY).rounded(.up)) - 1)
            guard first <= last else { continue }
            for half in 0..<2 where half == 0 ? r.minX < middle : r.maxX > middle {
                for row in first...last { covered[half][row] = true }
            }
        }
        // The space between lines of text is part of the text block, not an empty stretch.
        let bridged = Int(gap.rounded())
        for half in 0..<2 {
            var lastInked: Int?
            for row in 0..<rows where covered[half][row] {
                if let l = lastInked, row - l - 1 <= bridged { for r in l..<row { covered[half][r] = true } }
                lastInked = row
            }
        }
        let inked = covered.reduce(0) { $0 + $1.filter { $0 }.count }
        return Double(inked) / Double(2 * rows)
    }

    /// Boxes of everything drawn, in page coordinates.
    static func inkRects(_ items: [PageItem], _ transform: Transform?) -> [Rect] {
        var out: [Rect] = []
        for item in items {
            var local: Rect?
            switch item {
            case .text(let line): local = LayoutSelfCheck.inkSpan(of: line)
            case .shape(let s): local = s.path.bounds
            case .image(let image): local = image.frame
            case .group(let g):
                out += inkRects(g.items, transform.map { $0.concatenating(g.transform) } ?? g.transform)
            case .link, .anchor, .outline, .beginTag, .endTag: break
            }
            if let r = local { out.append(transform.map { $0.boundingBox(of: r) } ?? r) }
        }
        return out
    }

    // MARK: Baselines

    /// Body lines (set at the body size, not in a chart) wholly in the right half of the text
    /// area, and how many of them lie on the grid of the left half's body lines: a whole number
    /// of leadings from the nearest left-hand baseline. Pages without left-hand body lines count
    /// nothing.
    static func rightColumnBaselines(_ items: [PageItem], area: Rect, bodySize: Double, leading: Double) -> (Int, Int) {
        var left: [Double] = [], right: [Double] = []
        for case .text(let line) in items {
            guard let first = line.runs.first(where: { !$0.glyphs.isEmpty }), abs(first.size - bodySize) < 0.01,
                  let ink = LayoutSelfCheck.inkSpan(of: line) else { continue }
            let baseline = line.origin.y + first.offset.y
            let middle = area.minX + area.width / 2
            if ink.maxX < middle { left.append(baseline) } else if ink.minX > middle { right.append(baseline) }
        }
        guard !left.isEmpty else { return (0, 0) }
        let onGrid = right.filter { b in
            let nearest = left.min { abs($0 - b) < abs($1 - b) }!
            let steps = (b - nearest) / leading
            return abs(steps - steps.rounded()) * leading <= gridTolerance
        }
        return (right.count, onGrid.count)
    }
}
