//! `folio scores`: every figure of an edition as one long table, in CSV or JSON.

import FolioCore
import FolioLoad
import FolioModel

/// Output formats of `folio scores`.
public enum ScoresFormat: String, CaseIterable, Sendable {
    case csv, json
}

public enum ScoresExport {
    /// Loads the edition at `path` and renders its long table. Throws `CommandFailure`
    /// (exit 1, every diagnostic) when the edition does not load.
    public static func run(edition path: String, format: ScoresFormat) throws -> String {
        let edition = try CommandFailure.wrap { try EditionLoader.load(directory: path).0 }
        return render(edition, format: format)
    }

    /// The long table of a loaded edition (see `ScoreListing` for the row order).
    public static func render(_ edition: Edition, format: ScoresFormat) -> String {
        let rows = ScoreListing.rows(of: edition)
        switch format {
        case .csv: return ScoreListing.csv(rows)
        case .json: return ScoreListing.json(rows)
        }
    }
}
