//! Finished pages of the last layout with their self-check findings, reused where nothing on them changed.

import FolioCore
import FolioPage

/// The decorated pages of the last layout (`folio watch`), by page index, with what decorating
/// and checking each one read. A page whose drafted items, template, band, running title,
/// label, page counts and document title are those of the same page last time comes out the
/// same, and so do its self-check findings (a pure function of the page, its index and the
/// page count). Pages placed from a kept placement share their items' storage with the last
/// layout's, so comparing them is cheap. The owner forgets the pages when the spec or the
/// fonts change (`SectionMemo`). Not thread-safe: one layout at a time.
final class DecoratedPages {
    struct Input: Equatable {
        var items: [PageItem]
        var template: String
        var bandHeight: Double?
        var sectionTitle: String
        var label: String
        var arabicPages: Int
        var pageCount: Int
        var documentTitle: String
    }

    struct Finished {
        var input: Input
        var page: Page
        var findings: [Diagnostic]
    }

    private var pages: [Finished] = []

    /// The page at `index` as finished last time from the same input; nil when anything differs.
    func page(at index: Int, for input: Input) -> Finished? {
        guard index < pages.count, pages[index].input == input else { return nil }
        return pages[index]
    }

    /// Keeps the pages of the layout that just finished, replacing the last one's.
    func keep(_ finished: [Finished]) { pages = finished }

    func removeAll() { pages = [] }
}
