//! Page furniture added after layout: backgrounds, bands, running heads and page numbers.

import FolioDocument
import FolioPage
import Foundation

/// Adds per-template furniture once the page count and labels are known.
struct PageDecorator {
    let context: LayoutContext
    let documentTitle: String
    /// Running texts shaped before, in this layout or the one before it.
    let lines: RunningLines

    /// Text that starts on a header band must end on it (a long city name that wrapped below the
    /// band would print white on white): such lines get the band as their frame for the self-check.
    static func framedToBand(_ items: [PageItem], band: Double?, geometry: PageGeometry) -> [PageItem] {
        guard let band else { return items }
        let frame = TextFrame(rect: Rect(x: geometry.content.minX, y: 0, width: geometry.content.width, height: band), name: "header band")
        return items.map { item in
            guard case .text(let line) = item, line.frame == nil, line.origin.y < band else { return item }
            return .text(line.framed(frame))
        }
    }

    /// `FOLIO_DEBUG_BOXES=1` outlines the columns; read once (the environment is a dictionary built on every read).
    static let debugBoxes = ProcessInfo.processInfo.environment["FOLIO_DEBUG_BOXES"] == "1"

    /// `bandHeight`: the header band's height when layout made it taller than the template's.
    func decorate(_ items: [PageItem], template name: String, bandHeight: Double? = nil, sectionTitle: String, pageIndex: Int,
                  label: String, totalPages: Int) -> [PageItem] {
        let spec = context.spec
        let template = spec.template(name)
        let bandBottom = template.band.map { bandHeight ?? $0.height.points }
        let geometry = PageGeometry(spec: spec, template: template, pageIndex: pageIndex)
        var under: [PageItem] = []
        var over: [PageItem] = []
        if let bg = template.background {
            under.append(.shape(Shape(path: .rect(Rect(origin: .zero, size: geometry.size)), fill: context.theme.color(bg))))
        }
        if let band = template.band {
            under.append(.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: geometry.size.width, height: bandBottom ?? band.height.points)),
                                      fill: context.theme.color(band.color))))
        }
        let recto = pageIndex % 2 == 0 || !(spec.page.facing ?? false)
        func fill(_ s: String) -> String {
            s.replacingOccurrences(of: "{section}", with: sectionTitle)
                .replacingOccurrences(of: "{title}", with: documentTitle)
                .replacingOccurrences(of: "{page}", with: label)
                .replacingOccurrences(of: "{pages}", with: String(totalPages))
        }
        func running(_ text: RunningText, baseline: Double, style: String, ruleAt: Double?) {
            let spec = context.theme.paragraph(style)
            let st = context.styles.textStyle(spec).with { $0.features = ["tnum"] }
            var left = text.left, right = text.right
            if (text.mirror ?? true) && !recto { swap(&left, &right) }
            let c = geometry.content
            if let l = left.map(fill), !l.isEmpty {
                over.append(.text(lines.line(l, style: st, shapedBy: context.figureContext).moved(to: Point(x: c.minX, y: baseline))))
            }
            if let m = text.center.map(fill), !m.isEmpty {
                let line = lines.line(m, style: st, shapedBy: context.figureContext)
                over.append(.text(line.moved(to: Point(x: c.minX + (c.width - line.width) / 2, y: baseline))))
            }
            if let r = right.map(fill), !r.isEmpty {
                let line = lines.line(r, style: st, shapedBy: context.figureContext)
                over.append(.text(line.moved(to: Point(x: c.maxX - line.width, y: baseline))))
            }
            if let y = ruleAt, text.rule ?? false {
                over.append(.shape(Shape(path: .line(from: Point(x: c.minX, y: y), to: Point(x: c.maxX, y: y)),
                                         stroke: Stroke(color: context.theme.color("rule"), width: 0.4))))
            }
        }
        let top = spec.page.margins.top.points
        let bottom = geometry.size.height - spec.page.margins.bottom.points
        if let h = template.header { running(h, baseline: top - 16, style: "header", ruleAt: top - 10) }
        if let f = template.footer { running(f, baseline: bottom + 24, style: "footer", ruleAt: bottom + 12) }
        if Self.debugBoxes {
            let magenta = Stroke(color: Color(red: 1, green: 0, blue: 1, alpha: 0.6), width: 0.3)
            for x in geometry.columnXs {
                over.append(.shape(Shape(path: .rect(Rect(x: x, y: geometry.content.minY, width: geometry.columnWidth, height: geometry.content.height)), stroke: magenta)))
            }
        }
        // Furniture is not content: outside the structure tree.
        return under.asArtifact + Self.framedToBand(items, band: bandBottom, geometry: geometry) + over.asArtifact
    }
}
