//! A place in a ranking that one or several cities share, worded for key-figure tiles and notes.

import FolioDocument
import FolioModel

/// The cities sharing one score at the top or the bottom of a table. A tile names every one of
/// them while the names stay short ("Brașov and Thessaloniki"); beyond that it counts them
/// ("5 cities", "tied on 20 points") and `note` lists the names in a sentence below the tiles.
struct TiedPlace: Sendable {
    /// Display names in report order.
    var names: [String]
    var score: Int

    /// At most this many names in one tile, and together at most `maxTileCharacters`
    /// characters: a tile is a quarter of the text width, and the layout can wrap its
    /// value to a few lines, not to a paragraph.
    static let maxNamedInTile = 3
    static let maxTileCharacters = 40

    var namedInTile: Bool {
        names.count <= Self.maxNamedInTile && NumberText.list(names).count <= Self.maxTileCharacters
    }

    private var points: String { "\(NumberText.grouped(score)) point\(score == 1 ? "" : "s")" }

    /// The tile: `label` for one city, `sharedLabel` when several share the place.
    func tile(label: String, sharedLabel: String) -> KeyFigures.Figure {
        switch names.count {
        case 0: return .init(value: "–", unit: "", label: label)
        case 1: return .init(value: names[0], unit: points, label: label)
        default:
            if namedInTile { return .init(value: NumberText.list(names), unit: "\(points) each", label: sharedLabel) }
            return .init(value: "\(names.count) cities", unit: "tied on \(points)", label: sharedLabel)
        }
    }

    /// "Five cities share the lowest score, 6 points: A, B, C, D and E." when the tile could
    /// only count them; `what` names the place ("the lead", "the lowest score").
    func note(_ what: String) -> String? {
        guard names.count > 1, !namedInTile else { return nil }
        let count = NumberText.words(names.count)
        return "\(count.prefix(1).uppercased() + count.dropFirst()) cities share \(what), \(points): \(NumberText.list(names))."
    }
}
