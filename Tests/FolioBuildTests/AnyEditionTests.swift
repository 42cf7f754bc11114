//! Editions of other shapes build cleanly: the second fixture edition and random editions from seeds.

import FolioBuild
import FolioTestSupport
import Foundation
import XCTest

/// "Another edition is data, never code": an edition with other counts, unequal variable counts,
/// diacritics, long names, ties at both ends and a figure builds end to end under `--strict`
/// with no finding and no text that overprints other text or leaves its page.
final class AnyEditionTests: XCTestCase {
    static let secondEdition = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions/europe-2026").path

    /// Builds `edition` strictly (PDF only) into a temporary folder; returns the outcome and the folder.
    private func strictBuild(_ edition: String, cities: [String] = []) throws -> (BuildJob.Outcome, String) {
        let out = try ExternalTools.temporaryDirectory("folio-any-edition").appendingPathComponent("out").path
        let options = BuildOptions(editionDirectory: edition, outputDirectory: out,
                                   reportLayoutPath: TestResources.layoutPath("print.yaml"),
                                   structurePath: TestResources.layoutPath("report.yaml"),
                                   briefLayoutPath: TestResources.layoutPath("brief.yaml"),
                                   fontDirectory: TestResources.fontDirectory, jobs: 2, formats: [.pdf],
                                   strict: true, cacheDirectory: nil, cities: cities)
        return (try BuildJob(options: options).run(), out)
    }

    /// Warnings other than a brief's condensing steps and reviewed exceptions (those are
    /// reported on purpose: a brief that drops its note or shrinks its radar to fit its region or
    /// page says so, and a figure kept as published under exceptions.yaml is named; neither is a finding).
    private func findings(_ outcome: BuildJob.Outcome) -> [String] {
        outcome.manifest.warnings.map(\.description).filter {
            !($0.contains("brief of ") && ($0.contains("to fit one page") || $0.contains("to fit its region"))) && !Self.isReviewed($0)
        }
    }

    private static func isReviewed(_ warning: String) -> Bool { warning.contains("(kept as published; reviewed in exceptions.yaml") }

    /// Every PDF below `folder`, checked for text collisions and off-page text.
    private func collisions(in folder: String) throws -> [String] {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") } ?? []
        XCTAssertFalse(files.isEmpty, "no PDF in \(folder)")
        return try files.sorted().flatMap { try TextCollisions.find(in: folder + "/" + $0) }
    }

    func testSecondEditionBuildsStrictWithoutFindingsOrCollisions() throws {
        let (outcome, out) = try strictBuild(Self.secondEdition)
        XCTAssertEqual(findings(outcome), [], "the second edition must build without findings")
        XCTAssertEqual(outcome.manifest.warnings.map(\.description).filter(Self.isReviewed).count, 1, "its one reviewed exception is reported")
        XCTAssertEqual(outcome.manifest.briefs.count, 24)
        XCTAssertEqual(try collisions(in: out), [])
    }

    /// A few seeds on every test run; `make random-editions` runs many more
    /// (`FOLIO_RANDOM_SEEDS=first-last`). A failing seed is named so it can become a fixture.
    func testRandomEditionsBuildStrict() throws {
        for seed in Self.seeds() {
            let folder = try ExternalTools.temporaryDirectory("folio-random-edition")
            let edition = folder.appendingPathComponent("edition")
            let shape = try RandomEdition(seed: seed).write(to: edition)
            do {
                // Briefs of the first, a middle and the last city keep the run short at 300 cities.
                let cities = try String(contentsOf: edition.appendingPathComponent("cities.csv"), encoding: .utf8)
                    .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
                let sample = Array(Set([cities[0], cities[cities.count / 2], cities[cities.count - 1]])).sorted()
                let (outcome, out) = try strictBuild(edition.path, cities: sample)
                XCTAssertEqual(findings(outcome), [], "\(shape): findings (edition kept at \(edition.path))")
                let problems = try collisions(in: out)
                XCTAssertEqual(problems, [], "\(shape): collisions (edition kept at \(edition.path))")
                if findings(outcome).isEmpty && problems.isEmpty { try? FileManager.default.removeItem(at: folder) }
            } catch {
                XCTFail("\(shape): the build failed (edition kept at \(edition.path)): \(error)")
            }
        }
    }

    /// `FOLIO_RANDOM_SEEDS` as `A-B` or `A,B,C`; three seeds by default.
    static func seeds() -> [UInt64] {
        let text = ProcessInfo.processInfo.environment["FOLIO_RANDOM_SEEDS"] ?? "1-3"
        if let dash = text.firstIndex(of: "-"), let a = UInt64(text[..<dash]), let b = UInt64(text[text.index(after: dash)...]), a <= b {
            return Array(a...b)
        }
        return text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
    }
}
