//! Writes pages in the requested formats and describes each file for the manifest.

import FolioExport
import FolioPage
import Foundation

/// Writes one document's pages as PDF (one file), PNG and SVG (one file per page).
enum OutputWriter {
    /// Describes a file written below `root`: size, SHA-256, pages.
    static func describe(_ relative: String, root: String, pages: Int) throws -> OutputFile {
        let path = root + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.internalError("error: cannot read back \(path)")
        }
        return OutputFile(path: relative, bytes: data.count, sha256: ContentHash.sha256(data), pages: pages)
    }

    /// The report: `report.pdf`, `report/page-NNN.png`, `report/page-NNN.svg`, pages rendered
    /// across `jobs` workers.
    static func writeReport(_ pages: [Page], info: DocumentInfo, formats: [OutputFormat], dpi: Double, jobs: Int,
                            root: String, runMemo: PDFRunMemo? = nil, timings: inout [String: Double]) throws -> [OutputFile] {
        var files: [OutputFile] = []
        let folder = root + "/report"
        // With pages to rasterise, those take the workers and the PDF is drawn beside them on
        // one thread; a PDF alone is drawn in runs of pages on all the workers.
        let pdfTime = TimeBox()
        let pdfWorkers = formats.contains(.png) ? 1 : jobs
        try Concurrently.run({
            guard formats.contains(.pdf) else { return }
            let t = ContinuousClock.now
            var exporter = PDFExporter(workers: pdfWorkers)
            exporter.runMemo = runMemo
            try exporter.export(pages, info: info, to: root + "/report.pdf")
            pdfTime.seconds = (ContinuousClock.now - t).seconds
        }, {
            guard formats.contains(.png) else { return }
            let t = ContinuousClock.now
            _ = try ParallelRasterizer(dpi: dpi, jobs: jobs).write(pages, toDirectory: folder)
            timings["export report png"] = (ContinuousClock.now - t).seconds
        })
        if formats.contains(.pdf) {
            files.append(try describe("report.pdf", root: root, pages: pages.count))
            timings["export report pdf"] = pdfTime.seconds
        }
        if formats.contains(.svg) {
            let t = ContinuousClock.now
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Parallel.forEach(pages.count, jobs: jobs) { i in
                try SVGExporter().export(pages[i], to: folder + "/" + svgName(page: i + 1))
            }
            timings["export report svg"] = (ContinuousClock.now - t).seconds
        }
        for i in pages.indices {
            if formats.contains(.png) { files.append(try describe("report/" + PNGExporter.fileName(page: i + 1), root: root, pages: 1)) }
            if formats.contains(.svg) { files.append(try describe("report/" + svgName(page: i + 1), root: root, pages: 1)) }
        }
        return files
    }

    static func svgName(page: Int) -> String {
        let png = PNGExporter.fileName(page: page)
        return String(png.dropLast(4)) + ".svg"
    }

    /// A brief: `briefs/<slug>.pdf`, `.png`, `.svg`.
    static func writeBrief(_ page: Page, info: DocumentInfo, slug: String, formats: [OutputFormat], dpi: Double,
                           root: String) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for format in formats {
            let relative = "briefs/\(slug).\(format.rawValue)"
            let path = root + "/" + relative
            switch format {
            case .pdf: try PDFExporter().export([page], info: info, to: path)
            case .png: try Data(try PNGExporter(dpi: dpi).render(page)).write(to: URL(fileURLWithPath: path))
            case .svg: try SVGExporter().export(page, to: path)
            }
            files.append(try describe(relative, root: root, pages: 1))
        }
        return files
    }
}
