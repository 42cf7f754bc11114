//! Rasterises pages to PNG at a chosen resolution, on a white background.

import CCairo
import FolioGraphics
import FolioPage
import Foundation

/// Renders single pages to PNG images.
public struct PNGExporter: Sendable {
    /// Pixels per inch; 150 by default (print proofs), 72 makes one pixel per point.
    public var dpi: Double
    public init(dpi: Double = 150) { self.dpi = dpi }

    /// The page as PNG bytes.
    public func render(_ page: Page) throws -> [UInt8] {
        try PNGEncoder().encode(renderSurface(page))
    }

    /// The page as a Cairo image surface (for snapshot comparison without encoding).
    public func renderSurface(_ page: Page) throws -> CairoSurface {
        let scale = dpi / 72
        let w = Int((page.size.width * scale).rounded(.up)), h = Int((page.size.height * scale).rounded(.up))
        let surface = try CairoSurface.image(width: w, height: h)
        let context = try CairoContext(surface: surface)
        cairo_set_source_rgb(context.pointer, 1, 1, 1)
        cairo_paint(context.pointer)
        cairo_scale(context.pointer, scale, scale)
        CairoPainter(context: context, fonts: CairoFontCache(), emitsPDFTags: false).draw(page.items)
        try context.check("rasterise page")
        return surface
    }

    /// Writes `page-001.png`, `page-002.png`, … into a directory.
    public func export(_ pages: [Page], toDirectory directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var paths: [String] = []
        for (i, page) in pages.enumerated() {
            let path = directory + "/" + PNGExporter.fileName(page: i + 1)
            try Data(render(page)).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }

    public static func fileName(page: Int) -> String {
        let n = String(page)
        return "page-" + String(repeating: "0", count: max(0, 3 - n.count)) + n + ".png"
    }
}
