//! What the preflights of a watch session found, part by part, so a save checks only what it changed.

import FolioCompose
import FolioLayout
import FolioModel

/// The parts of earlier preflights that passed, each under a key naming exactly what that part
/// reads (`PreflightKeys`), and the layout and structure files as parsed and checked. A part
/// whose key is unchanged passes again unchecked: a narrative save composes and checks the
/// report but none of the briefs, a note save checks its city's brief only. Keys are digests
/// of contents, so nothing here can pass a part whose inputs changed.
/// Not thread-safe: one build at a time (a `BuildMemory` lends it to each build in turn).
final class PreflightMemo: @unchecked Sendable {
    /// The report's layout and structure, parsed and found to agree, under `PreflightKeys.reportFiles`.
    var reportFiles: (key: String, spec: LayoutSpec, structure: ReportStructure)?
    /// The briefs' layout and structure, parsed, under `PreflightKeys.briefFiles`.
    var briefFiles: (key: String, spec: LayoutSpec, structure: BriefStructure)?
    /// The key of the last report part that passed (composition, figures, glyphs).
    var passedReport: String?
    /// Slug → key of each brief whose part passed.
    var passedBriefs: [String: String] = [:]
    /// The report's texts as the editorial pass styled them: a save restyles only its own.
    let editorial = EditorialMemo()

    func removeAll() {
        reportFiles = nil; briefFiles = nil; passedReport = nil; passedBriefs = [:]
    }
}

/// What each part of a preflight reads, as digests of the build's inputs.
struct PreflightKeys: Sendable, Equatable {
    /// The report's part: its edition files (all but the city notes), layout, structure, fonts,
    /// `SOURCE_DATE_EPOCH` (the composed title page prints the date) — the report layout's cache key.
    var report: String
    /// The print layout and report structure files (paths and bytes) and the fonts their families name.
    var reportFiles: String
    /// The brief layout and structure files (paths and bytes) and the fonts.
    var briefFiles: String
    /// Slug → what composing that city's brief reads (`BuildInputs.addBriefSources`) and the date.
    var briefs: [String: String]

    init(_ inputs: BuildInputs, edition: Edition, briefs slugs: [String], options: BuildOptions, epoch: Int?) {
        report = inputs.reportLayoutKey(options, epoch: epoch)
        var files = CacheKey("preflight-report-files")
        files.add("layout", options.reportLayoutPath + " " + inputs.reportLayout)
        files.add("structure", options.structurePath + " " + inputs.structure)
        files.add("fonts", inputs.fonts)
        reportFiles = files.digest
        var briefFiles = CacheKey("preflight-brief-files")
        briefFiles.add("layout", options.briefLayoutPath + " " + inputs.briefLayout)
        briefFiles.add("structure", options.briefStructurePath + " " + inputs.briefStructure)
        briefFiles.add("fonts", inputs.fonts)
        self.briefFiles = briefFiles.digest
        var briefs: [String: String] = [:]
        for slug in slugs where briefs[slug] == nil {
            var key = CacheKey("preflight-brief")
            inputs.addBriefSources(slug, edition: edition, to: &key)
            key.add("source-date-epoch", epoch.map(String.init) ?? "none")
            briefs[slug] = key.digest
        }
        self.briefs = briefs
    }
}
