//! Rendering helpers for chart tests: a real figure context, pages around frames, PNG proofs.

import FolioCharts
import FolioDocument
import FolioExport
import FolioGraphics
import FolioLayout
import FolioPage
import Foundation
import XCTest

/// Shapes chart text with the bundled fonts, as layout does.
enum ChartTestKit {
    /// A figure context over `Fonts/` with Inter as the display family.
    static func context() throws -> ShaperFigureContext {
        let fonts = try FontSet(directory: fontDirectory)
        return ShaperFigureContext(shaper: TextShaper(fontSet: fonts),
                                   families: ["text": "Noto Serif", "display": "Inter, Noto Sans CJK SC"])
    }

    static var fontDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fonts").path
    }

    /// The frame on a white page with a margin around it, as layout would place it.
    static func page(_ frame: Frame, margin: Double = 18) -> Page {
        Page(size: Size(width: frame.size.width + 2 * margin, height: frame.size.height + 2 * margin),
             items: [.group(Group(transform: .translation(margin, margin), items: frame.items))])
    }

    /// Writes a 150 dpi proof to `$FOLIO_CHART_PNGS/<name>.png` when that variable is set.
    static func proof(_ page: Page, named name: String) throws {
        guard let dir = ProcessInfo.processInfo.environment["FOLIO_CHART_PNGS"], !dir.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(PNGExporter(dpi: 150).render(page)).write(to: URL(fileURLWithPath: dir + "/" + name + ".png"))
    }

    /// Every unrotated text line of a frame with its box in frame coordinates.
    static func textBoxes(_ items: [PageItem], transform: Transform = .identity) -> [(String, Rect)] {
        var out: [(String, Rect)] = []
        for item in items {
            switch item {
            case .text(let l):
                let o = transform.apply(l.origin)
                out.append((l.text, Rect(x: o.x, y: o.y - l.ascent, width: l.width, height: l.ascent + l.descent)))
            case .group(let g) where g.transform.b == 0 && g.transform.c == 0:
                out += textBoxes(g.items, transform: compose(transform, g.transform))
            default: break
            }
        }
        return out
    }

    /// Bounds of every drawn item (shapes with half their stroke, text with its line box).
    static func itemBounds(_ items: [PageItem], transform: Transform = .identity) -> [Rect] {
        var out: [Rect] = []
        for item in items {
            switch item {
            case .text(let l):
                out.append(transformed(l.bounds, transform))
            case .shape(let s):
                let b = s.path.transformed(transform).bounds
                let w = (s.stroke?.width ?? 0) / 2
                // Cairo's default butt caps end a straight line exactly at its end points.
                if s.path.elements.count == 2, b.width == 0 || b.height == 0 {
                    out.append(b.insetBy(dx: b.width == 0 ? -w : 0, dy: b.height == 0 ? -w : 0))
                } else {
                    out.append(b.insetBy(dx: -w, dy: -w))
                }
            case .group(let g):
                out += itemBounds(g.items, transform: compose(transform, g.transform))
            default: break
            }
        }
        return out
    }

    static func transformed(_ r: Rect, _ t: Transform) -> Rect {
        let pts = [Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.minX, y: r.maxY),
                   Point(x: r.maxX, y: r.maxY)].map(t.apply)
        let xs = pts.map(\.x), ys = pts.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    /// `outer` applied after `inner`.
    static func compose(_ outer: Transform, _ inner: Transform) -> Transform {
        Transform(a: outer.a * inner.a + outer.c * inner.b, b: outer.b * inner.a + outer.d * inner.b,
                  c: outer.a * inner.c + outer.c * inner.d, d: outer.b * inner.c + outer.d * inner.d,
                  tx: outer.a * inner.tx + outer.c * inner.ty + outer.tx, ty: outer.b * inner.tx + outer.d * inner.ty + outer.ty)
    }

    /// Fails when any item reaches outside the frame.
    static func assertInside(_ frame: Frame, tolerance: Double = 0.5, file: StaticString = #filePath, line: UInt = #line) {
        let bounds = Rect(x: 0, y: 0, width: frame.size.width, height: frame.size.height)
        for b in itemBounds(frame.items) where !bounds.contains(b, tolerance: tolerance) {
            XCTFail("item \(b) reaches outside the frame \(frame.size)", file: file, line: line)
            return
        }
    }

    /// Fails when two text lines overlap (ink boxes: cap height to baseline).
    static func assertNoTextOverlap(_ frame: Frame, file: StaticString = #filePath, line: UInt = #line) {
        let boxes = textBoxes(frame.items).map { text, r in
            // Tighten the line box to the glyphs' usual ink: drop most of the ascent above caps and the descent.
            (text, Rect(x: r.minX + 0.3, y: r.minY + r.height * 0.25, width: max(0, r.width - 0.6), height: r.height * 0.6))
        }
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].1.intersects(boxes[j].1) {
                XCTFail("labels overlap: \"\(boxes[i].0)\" \(boxes[i].1) and \"\(boxes[j].0)\" \(boxes[j].1)",
                        file: file, line: line)
                return
            }
        }
    }
}
