//! The default edition laid out once per test run, shared by the report and brief tests.

import FolioBuild
import FolioGraphics
import FolioLoad
import FolioModel
import FolioTestSupport
import Foundation

/// Builds the print edition of the bundled edition once (layout is the expensive part).
enum ReportFixture {
    static var editionDirectory: String {
        TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025").path
    }

    static func job(out: String = "") -> ReportJob {
        ReportJob(editionDirectory: editionDirectory, layoutPath: TestResources.layoutPath("print.yaml"),
                  structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: out, strict: false)
    }

    nonisolated(unsafe) private static var cached: ReportJob.Output?
    private static let lock = NSLock()

    static func output() throws -> ReportJob.Output {
        lock.lock(); defer { lock.unlock() }
        if let cached { return cached }
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let out = try job().build(shaper: shaper)
        cached = out
        return out
    }

    static func edition() throws -> Edition {
        try EditionLoader.load(directory: editionDirectory).0
    }
}
