//! Writes pages to one PDF: embedded subset fonts, metadata, outline, links, fixed dates.

import CCairo
import FolioCore
import FolioGraphics
import FolioPage
import Foundation

/// Exports a document as a single PDF file: a tagged PDF (logical structure in reading
/// order, alt text, languages, artifacts) unless `tagged` is false, with XMP metadata and,
/// for print-ready pages, trim and bleed boxes.
public struct PDFExporter: Sendable {
    /// Writes the structure tree; `FOLIO_PDF_TAGS=0` turns it off (to measure its cost).
    public var tagged: Bool
    /// How many runs of pages are drawn into separate Cairo PDFs that the rewrite then joins,
    /// balanced by drawing work; nil: the content-defined runs of `PageRuns.stable`, which
    /// `folio watch` redraws one by one. It shapes the file (each run has its own font
    /// subsets, so a file drawn in runs is a little larger), so it never comes from the
    /// machine or `--jobs`.
    public var runs: Int?
    /// Threads drawing the runs side by side. The file does not depend on it.
    public var workers: Int
    /// Runs drawn by an earlier export of the same document (`folio watch`); nil: none.
    public var runMemo: PDFRunMemo?

    public init(tagged: Bool = ProcessInfo.processInfo.environment["FOLIO_PDF_TAGS"] != "0", runs: Int? = nil, workers: Int = 1) {
        self.tagged = tagged
        self.runs = runs
        self.workers = workers
    }

    public func export(_ pages: [Page], info: DocumentInfo, to path: String) throws {
        guard !pages.isEmpty else { throw ExportError.noPages }
        let pages = pages.map(Self.groundedIfBlank)
        let scan = StructureWriter.scan(pages)
        let runs = self.runs.map { PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: $0) }
            ?? PageRuns.stable(pages, closedAtStart: scan.closedAtStart)
        // Cairo writes each run into memory; the post-processor joins them into the target.
        let drawn = WorkerSlots<Result<(CairoRun, [StructureTag]), Error>>(count: runs.count)
        let tagged = tagged
        runMemo?.begin()
        var keys: [PDFRunMemo.Key]?
        var missing: [Int] = []
        if let runMemo {
            // Keys hashed and looked up on the workers (hashing and comparing pages in full is
            // most of a small save's fixed cost); recorded in order.
            let found = WorkerSlots<(PDFRunMemo.Key, (CairoRun, [StructureTag])?)>(count: runs.count)
            WorkerThreads.forEach(runs.count, workers: workers) { i in
                let key = runKey(pages, run: runs[i], scan: scan, info: info, outline: i == 0)
                found.store(i, (key, runMemo.peek(key)))
            }
            keys = found.values.map { $0!.0 }
            for (i, slot) in found.values.enumerated() {
                let hit = runMemo.record(slot!.1, pages: runs[i])
                if let hit { drawn.store(i, .success(hit)) } else { missing.append(i) }
            }
        } else {
            missing = Array(runs.indices)
        }
        let toDraw = missing
        WorkerThreads.forEach(toDraw.count, workers: workers) { m in
            let i = toDraw[m]
            drawn.store(i, Result {
                let (bytes, elements) = try draw(pages, run: runs[i], scan: scan, info: info, outline: i == 0)
                return (try CairoRun(bytes: bytes, markArtifacts: tagged), elements)
            })
        }
        if let keys, let memo = runMemo {
            for i in runs.indices { if case .success(let run)? = drawn.values[i] { memo.keep(keys[i], run) } }
            memo.end()
        }
        var elements: [StructureTag] = []
        var cairoRuns: [CairoRun] = []
        for (i, result) in drawn.values.enumerated() {
            let (run, written) = try result!.get()
            cairoRuns.append(run)
            // Every run opens its own `Document` element; the joined tree keeps the first.
            elements += i == 0 ? written : Array(written.dropFirst())
        }
        try PDFPostProcessor(info: info, elements: tagged ? elements : nil, pages: pages,
                             streamMemo: runMemo?.objectStreams, workers: workers).write(cairoRuns, to: path)
    }

    /// Everything drawing `run` reads (see `draw` and `StructureWriter`), for `runMemo`: the
    /// run's pages and, for its structure, which of its elements have children, counted from
    /// the run's first element. Where the run sits in the document is not part of it: nothing
    /// drawn depends on it (page labels are the post-processor's), so a run that only moved
    /// (a chapter before it gained a page or an element) is reused.
    private func runKey(_ pages: [Page], run: Range<Int>, scan: StructureWriter.Scan, info: DocumentInfo,
                        outline: Bool) -> PDFRunMemo.Key {
        let tags = scan.tagsBefore[run.lowerBound]..<scan.tagsBefore[run.upperBound]
        let parents = tags.isEmpty ? [] : scan.parents.filter { tags.contains($0) }.map { $0 - tags.lowerBound }.sorted()
        let unlabelled = pages[run].map { page -> Page in
            var page = page
            page.label = ""
            page.printBoxes = nil
            return page
        }
        return PDFRunMemo.Key(pages: unlabelled, parents: parents,
                              outline: outline ? pages.flatMap(\.outlineEntries) : nil, info: info, tagged: tagged)
    }

    /// Draws a run of the pages with Cairo; returns the file Cairo wrote and the structure
    /// elements written (none if untagged). The first run also writes the whole document's
    /// outline.
    private func draw(_ pages: [Page], run: Range<Int>, scan: StructureWriter.Scan, info: DocumentInfo,
                      outline: Bool) throws -> (bytes: [UInt8], elements: [StructureTag]) {
        let first = pages[run.lowerBound]
        let surface = try CairoSurface.pdfInMemory(size: (first.size.width, first.size.height))
        cairo_pdf_surface_restrict_to_version(surface.pointer, CAIRO_PDF_VERSION_1_5)
        setMetadata(surface, info)
        let context = try CairoContext(surface: surface)
        let structure = tagged ? StructureWriter(context: context, pages: pages, scan: scan, firstPage: run.lowerBound) : nil
        let painter = CairoPainter(context: context, fonts: CairoFontCache(), emitsPDFTags: true, structure: structure)
        // Cairo 1.16 writes a broken cross-reference table for link annotations unless the
        // content sits in a structure element, so the whole document is one `Document` element.
        if let structure { structure.beginDocument() } else { cairo_tag_begin(context.pointer, "Document", "") }
        var currentSize = first.size
        for i in run {
            let page = pages[i]
            // Only when it changes: Cairo 1.16 crashes on a redundant size change before the
            // first page's named destinations are written.
            if page.size != currentSize {
                surface.setPDFPageSize(width: page.size.width, height: page.size.height)
                currentSize = page.size
            }
            drawClipped(page, painter: painter, context: context)
            structure?.endPage()
            if i == run.upperBound - 1 {
                if let structure { structure.endAll() } else { cairo_tag_end(context.pointer, "Document") }
            }
            cairo_show_page(context.pointer)
            try context.check("draw page \(i + 1)")
        }
        if let structure, structure.tagsWritten != scan.tagsBefore[run.upperBound] {
            throw ExportError.postProcess("pages \(run.lowerBound + 1)–\(run.upperBound) opened \(structure.tagsWritten - scan.tagsBefore[run.lowerBound]) structure elements, expected \(scan.tagsBefore[run.upperBound] - scan.tagsBefore[run.lowerBound])")
        }
        // Outline entries may point into later runs: Cairo writes them as named destinations.
        if outline { addOutline(pages.flatMap(\.outlineEntries), surface) }
        try surface.finish()
        return (surface.output?.bytes ?? [], structure?.elements ?? [])
    }

    /// Draws a page's items inside a clip to the page.
    ///
    /// Cairo's PDF surface records a page before writing it, and its recording drops every
    /// command recorded so far when an unclipped opaque paint covers the whole page; Cairo
    /// also turns a fill of a rectangle covering the page into such a paint. That drops the
    /// structure and link tags opened before it (the `Document` element, the artifact around
    /// the background), so the tags no longer nest: "invalid tag name, attributes, or nesting",
    /// or, untagged, an assertion in Cairo. It happens whenever a full-page background or image
    /// is drawn on a page of whole-point size (US Letter, a custom size, a print-ready page);
    /// A4's fractional size hid it. With a clip, no paint is unclipped.
    private func drawClipped(_ page: Page, painter: CairoPainter, context: CairoContext) {
        let cr = context.pointer
        cairo_save(cr)
        cairo_rectangle(cr, 0, 0, page.size.width, page.size.height)
        cairo_clip(cr)
        painter.draw(page.items)
        cairo_restore(cr)
    }

    /// A page that draws nothing (an intentional blank verso) gets a white ground, an artifact.
    ///
    /// Cairo 1.16's paginated surface does not replay the recording of a page on which nothing
    /// was drawn, so the tags and destinations recorded there are lost: the `Document` element
    /// opened on a blank first page of a run was never begun ("invalid tag name, attributes, or
    /// nesting"), and an anchor on it tripped an assertion. Paper is white, so the ground
    /// changes no pixel; it is drawn inside the page clip (see `drawClipped`), without which
    /// Cairo would turn it into a page-covering paint and drop the tags all the same.
    static func groundedIfBlank(_ page: Page) -> Page {
        guard !page.items.contains(where: \.drawsInk) else { return page }
        var grounded = page
        let ground = Shape(path: .rect(Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)), fill: .white)
        grounded.items.insert(.shape(ground), at: 0)
        return grounded
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

extension PageItem {
    /// Whether drawing the item puts marks on the page (links, anchors and tags do not).
    var drawsInk: Bool {
        switch self {
        case .text, .shape, .image: return true
        case .group(let g): return g.items.contains(where: \.drawsInk)
        case .link, .anchor, .outline, .beginTag, .endTag: return false
        }
    }
}
