//! Writes single pages as SVG files (for the web); text is drawn as glyph outlines.

import CCairo
import FolioGraphics
import FolioPage

/// Exports one page per SVG file.
public struct SVGExporter: Sendable {
    public init() {}

    public func export(_ page: Page, to path: String) throws {
        let surface = try CairoSurface.svg(path: path, size: (page.size.width, page.size.height))
        let context = try CairoContext(surface: surface)
        CairoPainter(context: context, fonts: CairoFontCache(), emitsPDFTags: false).draw(page.items)
        cairo_show_page(context.pointer)
        try context.check("draw SVG page")
        try surface.finish()
    }
}
