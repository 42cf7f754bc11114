//! Print-ready pages: trim + bleed (+ a slug for crop marks), full-bleed fills extended, boxes set.

import FolioCore
import FolioPage
import Foundation
import Yams

/// The `print:` section of a layout file: what a print shop needs beyond the trimmed page.
///
/// ```yaml
/// print: { trim: A4, bleed: 3mm, cropMarks: true }
/// ```
/// The trim is the layout's page size (`trim` names it, and must agree with `page.size`).
public struct PrintSetup: Sendable, Codable, Equatable {
    /// The trimmed page size, for the reader of the file; must match `page.size`.
    public var trim: String?
    /// How far backgrounds and bands reach beyond the trim (typically 3 mm).
    public var bleed: Length
    /// Draws crop marks in a slug outside the bleed.
    public var cropMarks: Bool?
    /// Width of the area outside the bleed that holds the crop marks (default 6 mm).
    public var slug: Length?

    public init(trim: String? = nil, bleed: Length, cropMarks: Bool? = true, slug: Length? = nil) {
        self.trim = trim; self.bleed = bleed; self.cropMarks = cropMarks; self.slug = slug
    }

    private struct File: Decodable { var page: Page?; var print: PrintSetup?; struct Page: Decodable { var size: String? } }

    /// The `print:` section of a layout file, or nil when it has none.
    public static func load(layoutPath path: String) throws -> PrintSetup? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read layout file", at: SourceLocation(file: path))
        }
        let file: File
        do { file = try YAMLDecoder().decode(File.self, from: text) } catch {
            throw Diagnostic.error("invalid print section: \(error)", at: SourceLocation(file: path))
        }
        if let setup = file.print, let trim = setup.trim, let size = file.page?.size, trim.lowercased() != size.lowercased() {
            throw Diagnostic.error("print.trim is \(trim) but page.size is \(size); the trim is the page size", at: SourceLocation(file: path))
        }
        return file.print
    }
}

/// Makes print-ready pages from laid-out pages: each page grows by the bleed (and the slug
/// for crop marks) on every side, content moves with the trim, fills that touch a trim edge
/// (page backgrounds, opener bands) extend into the bleed, crop marks are drawn as
/// artifacts outside the bleed, and link areas are dropped (top-level ones: links inside
/// groups stay).
public enum PrintPreparer {
    public static func prepare(_ pages: [Page], setup: PrintSetup) -> [Page] {
        pages.map { prepare($0, setup: setup) }
    }

    public static func prepare(_ page: Page, setup: PrintSetup) -> Page {
        let bleed = setup.bleed.points
        let marks = setup.cropMarks ?? true
        let margin = bleed + (marks ? (setup.slug?.points ?? Length(parsing: "6mm")!.points) : 0)
        let trimSize = page.size
        // Links are for screens (and not allowed in PDF/X); the tagged report.pdf keeps them.
        var items = page.items.filter { if case .link = $0 { return false }; return true }
            .map { extend($0, toBleed: bleed, size: trimSize) }.translated(dx: margin, dy: margin)
        let trim = Rect(x: margin, y: margin, width: trimSize.width, height: trimSize.height)
        if marks { items += cropMarks(trim: trim, offset: bleed, length: margin - bleed - 1).asArtifact }
        return Page(size: Size(width: trimSize.width + 2 * margin, height: trimSize.height + 2 * margin), items: items,
                    label: page.label,
                    printBoxes: PrintBoxes(trim: trim, bleed: Rect(x: margin - bleed, y: margin - bleed,
                                                                   width: trimSize.width + 2 * bleed, height: trimSize.height + 2 * bleed)))
    }

    /// A filled rectangle touching a trim edge reaches `bleed` beyond it.
    static func extend(_ item: PageItem, toBleed bleed: Double, size: Size) -> PageItem {
        guard case .shape(var shape) = item, shape.fill != nil, let r = axisAlignedRect(shape.path) else { return item }
        let e = 0.5
        var minX = r.minX, minY = r.minY, maxX = r.maxX, maxY = r.maxY
        if minX <= e { minX -= bleed }
        if minY <= e { minY -= bleed }
        if maxX >= size.width - e { maxX += bleed }
        if maxY >= size.height - e { maxY += bleed }
        guard minX != r.minX || minY != r.minY || maxX != r.maxX || maxY != r.maxY else { return item }
        shape.path = .rect(Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY))
        return .shape(shape)
    }

    static func axisAlignedRect(_ path: Path) -> Rect? {
        let points = path.elements.compactMap { e -> Point? in
            switch e {
            case .move(let p), .line(let p): return p
            case .cubic: return nil
            case .close: return nil
            }
        }
        guard points.count == 4, path.elements.count == 5, path.elements.allSatisfy({ if case .cubic = $0 { return false }; return true }) else { return nil }
        let b = path.bounds
        let onCorners = points.allSatisfy { ($0.x == b.minX || $0.x == b.maxX) && ($0.y == b.minY || $0.y == b.maxY) }
        return onCorners ? b : nil
    }

    /// Eight hairlines, two at each corner, in line with the trim edges and `offset` away from them.
    static func cropMarks(trim: Rect, offset: Double, length: Double) -> [PageItem] {
        let stroke = Stroke(color: Color(red: 0, green: 0, blue: 0), width: 0.25)
        var out: [PageItem] = []
        for x in [trim.minX, trim.maxX] {
            for y in [trim.minY, trim.maxY] {
                let sx: Double = x == trim.minX ? -1 : 1, sy: Double = y == trim.minY ? -1 : 1
                out.append(.shape(Shape(path: .line(from: Point(x: x + sx * offset, y: y), to: Point(x: x + sx * (offset + length), y: y)), stroke: stroke)))
                out.append(.shape(Shape(path: .line(from: Point(x: x, y: y + sy * offset), to: Point(x: x, y: y + sy * (offset + length))), stroke: stroke)))
            }
        }
        return out
    }
}
