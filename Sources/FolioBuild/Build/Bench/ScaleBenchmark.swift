//! The synthetic scale test: briefs per second of an edition resampled to many cities.

import FolioLoad
import FolioModel
import Foundation

public enum ScaleBenchmark {
    public struct Result: Sendable, Codable {
        public var cities: Int
        public var briefs: Int
        /// Resampling the edition (in memory).
        public var prepareSeconds: Double
        /// Laying out and writing the briefs (PDF and PNG).
        public var renderSeconds: Double
        public var briefsPerSecond: Double { Double(briefs) / renderSeconds }
    }

    /// Renders `sample` briefs (every cities/sample-th city, or all when `sample` ≥ cities)
    /// of the edition resampled to `cities` cities, into a temporary folder that is removed.
    /// Observation page labels are left out (they need the report, which is not measured here).
    public static func run(editionDirectory: String, cities: Int, sample: Int, jobs: Int,
                           formats: [OutputFormat] = [.pdf, .png], dpi: Double = 150) throws -> Result {
        let base = try CommandFailure.wrap { try EditionLoader.load(directory: editionDirectory).0 }
        let t0 = ContinuousClock.now
        let edition = cities <= 0 || cities == base.cities.count ? base : SyntheticEdition.resample(base, to: cities)
        let prepare = (ContinuousClock.now - t0).seconds
        let step = max(1, edition.cities.count / max(1, sample))
        let slugs = stride(from: 0, to: edition.cities.count, by: step).prefix(sample).map { edition.cities[$0].slug }
        let root = FileManager.default.temporaryDirectory.path + "/folio-scale-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let renderer = BriefRenderer(edition: edition, layoutPath: LayoutPaths.path("brief.yaml"), observationPages: [:],
                                     formats: formats, dpi: dpi, jobs: jobs)
        let t1 = ContinuousClock.now
        _ = try renderer.render(slugs, root: root, progress: SilentProgress())
        return Result(cities: edition.cities.count, briefs: slugs.count, prepareSeconds: prepare,
                      renderSeconds: (ContinuousClock.now - t1).seconds)
    }
}
