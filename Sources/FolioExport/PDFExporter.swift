//! Writes pages to one PDF: embedded subset fonts, metadata, outline, links, fixed dates.

import CCairo
import FolioGraphics
import FolioPage
import Foundation

/// Exports a document as a single PDF file: a tagged PDF (logical structure in reading
/// order, alt text, languages, artifacts) unless `tagged` is false, with XMP metadata and,
/// for print-ready pages, trim and bleed boxes.
public struct PDFExporter: Sendable {
    /// Writes the structure tree; `FOLIO_PDF_TAGS=0` turns it off (to measure its cost).
    public var tagged: Bool

    public init(tagged: Bool = ProcessInfo.processInfo.environment["FOLIO_PDF_TAGS"] != "0") {
        self.tagged = tagged
    }

    public func export(_ pages: [Page], info: DocumentInfo, to path: String) throws {
        guard !pages.isEmpty else { throw ExportError.noPages }
        // Cairo writes beside the target; the post-processor writes the target.
        let raw = path + ".cairo.pdf"
        defer { try? FileManager.default.removeItem(atPath: raw) }
        let elements = try draw(pages, info: info, to: raw)
        try PDFPostProcessor(info: info, elements: elements, pages: pages).run(input: raw, output: path)
    }

    /// Draws the pages with Cairo; returns the structure elements written (nil if untagged).
    private func draw(_ pages: [Page], info: DocumentInfo, to path: String) throws -> [StructureTag]? {
        let first = pages[0]
        let surface = try CairoSurface.pdf(path: path, size: (first.size.width, first.size.height))
        cairo_pdf_surface_restrict_to_version(surface.pointer, CAIRO_PDF_VERSION_1_5)
        setMetadata(surface, info)
        let context = try CairoContext(surface: surface)
        let structure = tagged ? StructureWriter(context: context, pages: pages) : nil
        let painter = CairoPainter(context: context, fonts: CairoFontCache(), emitsPDFTags: true, structure: structure)
        // Cairo 1.16 writes a broken cross-reference table for link annotations unless the
        // content sits in a structure element, so the whole document is one `Document` element.
        if let structure { structure.beginDocument() } else { cairo_tag_begin(context.pointer, "Document", "") }
        var currentSize = first.size
        for (i, page) in pages.enumerated() {
            // Only when it changes: Cairo 1.16 crashes on a redundant size change before the
            // first page's named destinations are written.
            if page.size != currentSize {
                surface.setPDFPageSize(width: page.size.width, height: page.size.height)
                currentSize = page.size
            }
            if !page.label.isEmpty {
                cairo_pdf_surface_set_page_label(surface.pointer, page.label)
            }
            painter.draw(page.items)
            structure?.endPage()
            if i == pages.count - 1 {
                if let structure { structure.endAll() } else { cairo_tag_end(context.pointer, "Document") }
            }
            cairo_show_page(context.pointer)
            try context.check("draw page \(i + 1)")
        }
        addOutline(painter.outline, surface)
        try surface.finish()
        return structure?.elements
    }

    private func setMetadata(_ surface: CairoSurface, _ info: DocumentInfo) {
        let s = surface.pointer
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, info.title)
        if !info.author.isEmpty { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, info.author) }
        if !info.subject.isEmpty { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, info.subject) }
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, info.creator)
        if let epoch = info.creationDate {
            let date = PDFExporter.isoDate(epoch)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970, in UTC.
    static func isoDate(_ epoch: Int) -> String {
        var t = time_t(epoch)
        var tm = tm()
        gmtime_r(&t, &tm)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1,
                      Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min), Int(tm.tm_sec))
    }

    private func addOutline(_ entries: [OutlineEntry], _ surface: CairoSurface) {
        var parents: [Int: Int32] = [0: Int32(CAIRO_PDF_OUTLINE_ROOT)]
        for entry in entries {
            let level = max(1, entry.level)
            let parent = (1..<level).reversed().lazy.compactMap { parents[$0] }.first ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let dest = "dest='" + entry.destination.replacingOccurrences(of: "'", with: "\\'") + "'"
            let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, dest,
                                                   level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
            parents[level] = id
            for deeper in (level + 1)..<(level + 8) { parents[deeper] = nil }
        }
    }
}

/// Export failures that are not Cairo's.
public enum ExportError: Error, CustomStringConvertible, Equatable, Sendable {
    case noPages
    case cannotWrite(String, String)
    /// The qpdf step that adds what Cairo cannot write failed.
    case postProcess(String)
    public var description: String {
        switch self {
        case .noPages: return "nothing to export: the document has no pages"
        case .postProcess(let why): return "pdf post-processing: \(why)"
        case .cannotWrite(let path, let why): return "\(path): cannot write: \(why)"
        }
    }
}
