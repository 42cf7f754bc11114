//! A section as placed on pages, kept so that the same section from the same start is not placed again.

import FolioCore
import FolioPage

/// Everything placing a section reads from the sections before it. Placing is a pure function
/// of this and the section's flow items (sections citing page numbers are never kept), so two
/// placements with equal starts give equal pages, whatever page number they start on.
struct PlacementStart: Hashable {
    /// The section continues on the last page of the one before (`continue: true`).
    var continuous: Bool
    /// An intentional blank verso goes first, so the section opens on a right-hand page.
    var blankFirst: Bool
    /// Whether the page the section starts on (or continues) is a left-hand page: margins are
    /// mirrored on facing pages. Always false in a layout without facing pages.
    var verso: Bool
    /// For a continuing section: where its text starts on the open page, that page's template
    /// and its header band's height; nil for a section that opens its own page.
    var openPage: OpenPage?

    struct OpenPage: Hashable {
        var top: Double
        var template: String
        var bandHeight: Double?
    }
}

/// What placing a section added to the layout, with page indices relative to its start: the
/// open page (index 0 for a continuing section) or the first page it opens (index 0 otherwise).
struct SectionPlacement {
    /// Items the section added to the page it continues on, and that page's band height after it.
    var openPageItems: [PageItem]
    var openPageBandHeight: Double?
    /// The pages it opened (a blank verso first, where there is one).
    var pages: [DocumentLayouter.Draft]
    /// Page of each heading and named destination it placed first, relative to its start.
    var destinations: [String: Int]
    var diagnostics: [Diagnostic]
    var headings: [(id: String, level: Int, title: String, inContents: Bool)]
    /// Where the next section would start on the last page.
    var endTop: Double

    /// Placements kept per section: one per start met recently (a save that changes a chapter's
    /// page count by one flips the parity of every later section's start, and back).
    static let keptPerSection = 2
}
