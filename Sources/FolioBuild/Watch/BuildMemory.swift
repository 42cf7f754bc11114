//! What `folio watch` keeps in memory from one build to the next.

import FolioCompose
import FolioExport
import FolioGraphics
import FolioLayout
import FolioLoad
import FolioModel
import FolioPage
import Foundation

/// The state a long-lived watch session lends to each build: the loaded fonts and their
/// shaper (with its memo of shaped paragraphs), the report's converted sections and the
/// report's drawn runs of pages. Every memo is keyed by the content it was made from, so a
/// build with a memory writes the bytes a build without one writes; the session still
/// empties the memos whenever it cannot be sure of something (see `WatchSession`).
///
/// Pango's font maps belong to one thread: a memory is used by one build at a time, always
/// from the thread that created it.
public final class BuildMemory: @unchecked Sendable {
    private var fonts: (directory: String, shaper: TextShaper)?
    public let sections = SectionMemo()
    public let runs = PDFRunMemo()
    /// The edition's files as last parsed, so a save parses only the files it changed.
    public let edition = EditionLoadMemo()
    /// The drawn runs of `briefs/all.pdf`.
    public let briefRuns = PDFRunMemo()
    /// Digests of the input files, for the cache keys.
    let digests = FileDigests()
    /// The brief layout, sized grid and hyphenator, so a saved note lays out its own brief only.
    private(set) var briefSetup = BriefSetupMemo()
    /// Each brief's page with the brief's cache key, for `briefs/all.pdf` after one brief changed.
    var briefPages: [String: (key: String, page: Page)] = [:]
    /// The preflight's parts that passed, and its parsed layout and structure files.
    let preflight = PreflightMemo()

    public init() {}

    /// The shaper for the fonts in `directory`, made once.
    func shaper(fontDirectory directory: String) throws -> TextShaper {
        if let fonts, fonts.directory == directory { return fonts.shaper }
        let shaper = TextShaper(fontSet: try FontSet(directory: directory))
        fonts = (directory, shaper)
        return shaper
    }

    /// The preflight's glyph check for the fonts in `directory`, made once.
    func coverage(fontDirectory directory: String) throws -> GlyphCoverage {
        if let glyphs, glyphs.directory == directory { return glyphs.coverage }
        let coverage = GlyphCoverage(fonts: try FontSet(directory: directory))
        glyphs = (directory, coverage)
        return coverage
    }
    private var glyphs: (directory: String, coverage: GlyphCoverage)?

    /// The brief structure in `path`, parsed again only when the file's bytes changed.
    func briefStructure(path: String) throws -> BriefStructure {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return try BriefStructureLoader.load(path: path)  // its message for a file it cannot read
        }
        if let kept = briefStructure, kept.path == path, kept.bytes == data { return kept.structure }
        let structure = try BriefStructureLoader.parse(text, path: path)
        briefStructure = (path, data, structure)
        return structure
    }
    private var briefStructure: (path: String, bytes: Data, structure: BriefStructure)?

    /// Forgets the report's sections and runs (all.pdf's too); keeps the fonts.
    public func forgetLayout() {
        sections.removeAll()
        runs.removeAll()
        briefRuns.removeAll()
        briefSetup = BriefSetupMemo()
    }

    /// Forgets everything, fonts included (a font file changed).
    public func forgetAll() {
        forgetLayout()
        briefPages = [:]
        fonts = nil
        glyphs = nil
        preflight.removeAll()
    }
}
