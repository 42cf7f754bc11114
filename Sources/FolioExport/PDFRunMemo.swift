//! Runs of pages drawn by an earlier export of the same document, kept for the next one (`folio watch`).

import Foundation
import FolioPage

/// Remembers each run of pages Cairo drew (see `PageRuns`), keyed by everything drawing the
/// run reads: its pages (after decoration: numbers, running heads), which of its structure
/// elements have children, the document's metadata and, for the first run, the outline;
/// not where the run starts, on which the drawing does not depend. A later export whose run has an equal key reuses the drawn run as it is, so the
/// joined file is the one a fresh export writes. Keys are compared in full, not by digest.
/// One export at a time; `peek` alone may be called from several threads.
public final class PDFRunMemo: @unchecked Sendable {
    struct Key: Hashable {
        var pages: [Page]
        /// Elements with children, numbered from the run's first begin tag.
        var parents: [Int]
        var outline: [OutlineEntry]?
        var info: DocumentInfo
        var tagged: Bool
        /// A cheap digest: the pages' item counts. The memo holds one export's few runs, so
        /// a run's key is compared in full with at most a handful of others (a comparison stops
        /// at the first difference); hashing every item of every page cost more than that.
        private var digest = 0

        init(pages: [Page], parents: [Int], outline: [OutlineEntry]?, info: DocumentInfo, tagged: Bool) {
            self.pages = pages; self.parents = parents
            self.outline = outline; self.info = info; self.tagged = tagged
            var hasher = Hasher()
            hasher.combine(pages.count)
            for page in pages { hasher.combine(page.items.count) }
            hasher.combine(parents.count); hasher.combine(outline?.count); hasher.combine(tagged)
            digest = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
        static func == (a: Key, b: Key) -> Bool {
            a.digest == b.digest && a.tagged == b.tagged
                && a.parents == b.parents && a.info == b.info && a.outline == b.outline && a.pages == b.pages
        }
    }

    private var entries: [Key: (CairoRun, [StructureTag])] = [:]
    private var used: [Key: (CairoRun, [StructureTag])] = [:]

    /// The page ranges of the last export's runs and whether each was drawn anew.
    public private(set) var lastRuns: [(pages: Range<Int>, drawn: Bool)] = []

    public init() {}

    /// The joined file's compressed object streams, for the rewrite (`PDFWriter`).
    let objectStreams = ObjectStreamMemo()

    public func removeAll() { entries = [:]; used = [:]; lastRuns = []; objectStreams.removeAll() }

    func begin() { used = [:]; lastRuns = [] }

    /// The run drawn last time under `key`; only reads, so workers may call it side by side
    /// (between `begin` and the first `record`).
    func peek(_ key: Key) -> (CairoRun, [StructureTag])? { entries[key] }

    /// Notes whether the run of `pages` was found (`hit`), in document order; returns `hit`.
    func record(_ hit: (CairoRun, [StructureTag])?, pages: Range<Int>) -> (CairoRun, [StructureTag])? {
        lastRuns.append((pages, hit == nil))
        return hit
    }

    func keep(_ key: Key, _ run: (CairoRun, [StructureTag])) { used[key] = run }

    /// Only the last export's runs stay, so memory stays that of one document.
    func end() { entries = used; used = [:] }
}
