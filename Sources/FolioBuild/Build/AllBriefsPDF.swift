//! `briefs/all.pdf` in `folio build`: every selected brief in one PDF, as `folio briefs` writes it.

import FolioExport
import FolioModel
import FolioPage
import Foundation

/// The combined brief PDF of a build. It holds the briefs of every selected city (not only a
/// shard's), so it is written by the first shard alone and shards stay disjoint. Its cache
/// key is made of the briefs' own keys: it is reused exactly when every brief in it is.
struct AllBriefsPDF {
    static let relativePath = "briefs/all.pdf"
    /// The name in the manifest's `run.rendered` / `run.reused`.
    static let runName = "briefs:all"

    /// Whether a build writes it: PDF requested, briefs built, first (or only) shard.
    static func wanted(_ options: BuildOptions) -> Bool {
        options.formats.contains(.pdf) && options.targets.contains(.briefs) && options.shard.includesReport
    }

    /// Key over the brief keys of `slugs`, in report order.
    static func key(briefKeys: [String]) -> String {
        var key = CacheKey("all-briefs")
        for k in briefKeys { key.add("brief", k) }
        return key.digest
    }

    /// Writes the file below `root` from the pages laid out in this build (or kept from an
    /// earlier one by `folio watch`), laying out the others (briefs restored from the cache or
    /// built by other shards) first. Returns the file's entry and every brief's page. `runMemo`
    /// (`folio watch`) keeps the runs of pages drawn last time, so one changed brief redraws
    /// only its run (the runs are `PageRuns.stable`, the same with or without it).
    static func write(_ slugs: [String], pages known: [String: Page], edition: Edition, options: BuildOptions,
                      observationPages: [String: String], root: String,
                      runMemo: PDFRunMemo? = nil) throws -> (CacheEntry, [String: Page]) {
        var pages = known
        let others = slugs.filter { pages[$0] == nil }
        if !others.isEmpty {
            let job = BriefsJob(editionDirectory: options.editionDirectory, layoutPath: options.briefLayoutPath,
                                reportLayoutPath: options.reportLayoutPath, structurePath: options.structurePath,
                                briefStructurePath: options.briefStructurePath, outputDirectory: "", jobs: options.jobs)
            for brief in try job.render(edition: edition, slugs: others, observationPages: observationPages) {
                pages[brief.city] = brief.page
            }
        }
        try FileManager.default.createDirectory(atPath: root + "/briefs", withIntermediateDirectories: true)
        let ordered = slugs.map { pages[$0]! }
        // Drawn as `folio briefs` draws it (one thread; the pages come from several workers' fonts).
        try CommandFailure.wrap {
            var exporter = PDFExporter()
            exporter.runMemo = runMemo
            try exporter.export(ordered, info: BriefsJob.allBriefsInfo(edition), to: root + "/" + relativePath)
        }
        let file = try OutputWriter.describe(relativePath, root: root, pages: ordered.count)
        return (CacheEntry(files: [file], warnings: [], observationPages: nil, pages: ordered.count), pages)
    }
}
