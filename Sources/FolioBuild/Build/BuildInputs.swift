//! Fingerprints of a build's inputs, and the cache key of each output derived from them.
//!
//! What each output depends on:
//! - the report: every file of the edition except `city-notes.yaml` (only briefs print notes),
//!   the print layout, the report structure, the fonts;
//! - a brief: the edition's *data* (every file except Markdown and `city-notes.yaml`), the brief
//!   layout, the brief structure, the fonts, the city's own note, the front matter of its observation, and the page
//!   label that observation has in the print edition (the brief prints "see page N"). Narratives
//!   are not inputs: a narrative edit re-renders a brief only when it moves that observation to
//!   another page, which is exactly when the brief's text changes.
//! Both also depend on the Folio version, the formats, the PNG resolution and `SOURCE_DATE_EPOCH`.

import FolioCompose
import FolioModel
import Foundation

/// SHA-256 of every input file, by role.
public struct BuildInputs: Sendable {
    /// Relative path → digest of each edition file.
    public var editionFiles: [String: String]
    public var reportLayout: String
    public var structure: String
    public var briefLayout: String
    public var briefStructure: String
    /// Digest over every font file (names and bytes).
    public var fonts: String

    /// Reads and hashes the inputs named by `options`.
    public static func fingerprint(_ options: BuildOptions) throws -> BuildInputs { try fingerprint(options, digests: nil) }

    /// `digests` remembers the digests of unchanged files between builds (`folio watch`).
    static func fingerprint(_ options: BuildOptions, digests: FileDigests?) throws -> BuildInputs {
        let hash = { (path: String) throws -> String in try digests?.sha256(file: path) ?? ContentHash.sha256(file: path) }
        let edition = try files(under: options.editionDirectory, hash: hash)
        let fontFiles = try files(under: options.fontDirectory, hash: hash)
        return BuildInputs(editionFiles: edition,
                           reportLayout: try hash(options.reportLayoutPath),
                           structure: try hash(options.structurePath),
                           briefLayout: try hash(options.briefLayoutPath),
                           briefStructure: try hash(options.briefStructurePath),
                           fonts: ContentHash.sha256(fontFiles.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n")))
    }

    /// Relative path → SHA-256 of every regular file below `directory` (hidden files skipped).
    static func files(under directory: String,
                      hash: (String) throws -> String = { try ContentHash.sha256(file: $0) }) throws -> [String: String] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CommandFailure.invalidInput("\(directory): error: cannot read the folder")
        }
        var result: [String: String] = [:]
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
            result[relative] = try hash(path)
        }
        return result
    }

    /// True for edition files that only the report reads: Markdown texts and the city notes
    /// (a brief reads its own city's note, which its key names separately).
    static func isText(_ relative: String) -> Bool {
        relative.hasSuffix(".md") || relative == "city-notes.yaml"
    }

    /// Digest of the whole edition folder, written to the manifest.
    public var editionHash: String { Self.digest(editionFiles) }

    /// Digest of the edition files the report depends on: all but the city notes.
    public var reportEditionHash: String { Self.digest(editionFiles.filter { $0.key != "city-notes.yaml" }) }

    /// Digest of the edition files a brief depends on.
    public var dataHash: String { Self.digest(editionFiles.filter { !Self.isText($0.key) }) }

    static func digest(_ files: [String: String]) -> String {
        ContentHash.sha256(files.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n"))
    }

    /// Settings shared by every output's key.
    static func common(_ key: inout CacheKey, _ options: BuildOptions, epoch: Int?) {
        key.add("formats", options.formats.map(\.rawValue).joined(separator: ","))
        key.add("dpi", String(options.dpi))
        key.add("source-date-epoch", epoch.map(String.init) ?? "none")
    }

    /// Key of the laid-out report (its page labels), independent of formats.
    public func reportLayoutKey(_ options: BuildOptions, epoch: Int?) -> String {
        var key = CacheKey("report-layout")
        key.add("edition", reportEditionHash)
        key.add("layout", reportLayout)
        key.add("structure", structure)
        key.add("fonts", fonts)
        key.add("strict", String(options.strict))
        key.add("source-date-epoch", epoch.map(String.init) ?? "none")
        return key.digest
    }

    /// Key of the report's files.
    public func reportKey(_ options: BuildOptions, epoch: Int?) -> String {
        var key = CacheKey("report")
        key.add("layout-key", reportLayoutKey(options, epoch: epoch))
        Self.common(&key, options, epoch: epoch)
        return key.digest
    }

    /// Key of one city's brief files.
    public func briefKey(_ slug: String, edition: Edition, observationPages: [String: String],
                         options: BuildOptions, epoch: Int?) -> String {
        var key = CacheKey("brief")
        addBriefSources(slug, edition: edition, to: &key)
        if let o = edition.observations.first(where: { $0.city == slug }) {
            key.add("observation-page", observationPages[o.slug] ?? "none")
        }
        Self.common(&key, options, epoch: epoch)
        return key.digest
    }

    /// What composing one city's brief reads, page labels aside: the edition's data, the brief
    /// layout and structure, the fonts, the city's note and its observation's front matter.
    func addBriefSources(_ slug: String, edition: Edition, to key: inout CacheKey) {
        key.add("city", slug)
        key.add("data", dataHash)
        key.add("layout", briefLayout)
        key.add("structure", briefStructure)
        key.add("fonts", fonts)
        key.add("note", edition.note(for: slug)?.text ?? "none")
        if let o = edition.observations.first(where: { $0.city == slug }) {
            key.add("observation", [o.slug, o.title, o.subject].joined(separator: "\u{1f}"))
            for f in o.keyFigures { key.add("key-figure", [f.value, f.unit, f.label].joined(separator: "\u{1f}")) }
        }
    }

    /// Key of the brief grid sized over every city (`BriefGridFitter.resolvedGrid`): what the
    /// blocks of its `auto` regions print for each city. Those blocks print the edition's data
    /// (names, scores, ranks); a note or observation block in such a region would make every
    /// city's note or observation an input too.
    func briefGridKey(edition: Edition, structure: BriefStructure, observationPages: [String: String],
                      options: BuildOptions, epoch: Int?) -> String {
        var key = CacheKey("brief-grid")
        key.add("data", dataHash)
        key.add("layout", briefLayout)
        key.add("structure", briefStructure)
        key.add("fonts", fonts)
        let measured = Set(structure.grid?.regions.filter { $0.sizing == .auto }.map(\.name) ?? [])
        let kinds = Set(structure.blocks.filter { $0.region.map(measured.contains) ?? false }.map(\.kind))
        if kinds.contains(.note) {
            for note in edition.cityNotes { key.add("note", note.city + "\u{1f}" + note.text) }
        }
        if kinds.contains(.observation) {
            for o in edition.observations {
                key.add("observation", [o.city ?? "", o.slug, o.title, o.subject, observationPages[o.slug] ?? "none"].joined(separator: "\u{1f}"))
                for f in o.keyFigures { key.add("key-figure", [f.value, f.unit, f.label].joined(separator: "\u{1f}")) }
            }
        }
        Self.common(&key, options, epoch: epoch)
        return key.digest
    }
}
