//! What laying out briefs needs before the first brief, kept between the builds of a watch session.

import FolioCompose
import FolioGraphics
import FolioLayout
import FolioModel

/// The brief layout, the grid sized over every city and a hyphenator, kept by `folio watch`
/// (`BuildMemory.briefSetup`) so that a saved note lays out its own brief only: sizing the
/// grid's `auto` regions measures those blocks for every city, which was most of a note save.
///
/// Each part is kept under the key of the inputs it is made from (`BuildInputs.briefGridKey`
/// for the grid, the layout file's digest for the layout) and made again when the key
/// differs, so a build with the memo lays out what a build without it does.
final class BriefSetupMemo {
    private var layout: (key: String, spec: LayoutSpec)?
    private var grid: (key: String, grid: BriefGrid)?
    private var hyphenation: (words: Set<String>, hyphenator: Hyphenator)?

    /// The brief layout read from `path`, whose content has the digest `key`.
    func spec(key: String, _ load: () throws -> LayoutSpec) rethrows -> LayoutSpec {
        if let layout, layout.key == key { return layout.spec }
        let spec = try load()
        layout = (key, spec)
        return spec
    }

    /// The grid sized for the edition, for inputs with the digest `key`.
    func grid(key: String, _ resolve: () throws -> BriefGrid) rethrows -> BriefGrid {
        if let grid, grid.key == key { return grid.grid }
        let resolved = try resolve()
        grid = (key, resolved)
        return resolved
    }

    /// A hyphenator that keeps `words` whole.
    func hyphenator(protecting words: Set<String>) throws -> Hyphenator {
        if let hyphenation, hyphenation.words == words { return hyphenation.hyphenator }
        let hyphenator = try Hyphenator(rules: HyphenationRules(protectedWords: words))
        hyphenation = (words, hyphenator)
        return hyphenator
    }
}
