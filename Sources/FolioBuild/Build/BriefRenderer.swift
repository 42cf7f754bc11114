//! Lays out and writes briefs across worker threads, one brief at a time per worker, so
//! memory stays flat however many cities an edition has.

import FolioCompose
import FolioCore
import FolioGraphics
import FolioLayout
import FolioModel
import FolioPage
import Foundation

/// Renders the briefs of some cities into a folder. Each worker owns its fonts, shaper and
/// layouter (Pango is per thread); the output does not depend on the number of workers.
struct BriefRenderer {
    var edition: Edition
    var layoutPath: String
    var structure: BriefStructure
    var observationPages: [String: String]
    var formats: [OutputFormat]
    var dpi: Double
    var jobs: Int
    /// What a watch session lends (nil: a build from nothing).
    var memory: BriefWorkerMemory? = nil

    /// What one brief left behind: its files, a warning per condensing step it took and,
    /// when asked for, its page (for `briefs/all.pdf`).
    struct Rendered: Sendable {
        var files: [OutputFile]
        var warnings: [Diagnostic]
        var page: Page?
    }

    /// Files and warnings per slug, and each brief's page with `keepPages`. Throws every
    /// failure at once, naming each city.
    func render(_ slugs: [String], root: String, progress: BuildProgress, keepPages: Bool = false) throws -> [String: Rendered] {
        guard !slugs.isEmpty else { return [:] }
        try FileManager.default.createDirectory(atPath: root + "/briefs", withIntermediateDirectories: true)
        let workers = try BriefWorkers(edition: edition, layoutPath: layoutPath, structure: structure,
                                       observationPages: observationPages, jobs: jobs, memory: memory)
        let (formats, dpi, total) = (formats, dpi, slugs.count)
        let (results, errors) = workers.run(slugs, finished: { progress.advance("briefs", done: $0, total: total) }) { slug, brief in
            Rendered(files: try OutputWriter.writeBrief(brief.page, info: brief.info, slug: slug, formats: formats, dpi: dpi, root: root),
                     warnings: brief.warnings, page: keepPages ? brief.page : nil)
        }
        if !errors.isEmpty {
            let sorted = errors.sorted { $0.key < $1.key }
            let onlyInput = sorted.allSatisfy { $0.value is Diagnostic || $0.value is DiagnosticList }
            let message = sorted.map { "\($0.value)" }.joined(separator: "\n")
            throw onlyInput ? CommandFailure.invalidInput(message) : CommandFailure.internalError("error: " + message)
        }
        return results
    }
}
