//! City briefs: one page each with the right figures, parallel equals serial, overflow handled.

import FolioBuild
import FolioCharts
import FolioCompose
import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class BriefTests: XCTestCase {
    func job(jobs: Int = 2) -> BriefsJob {
        BriefsJob(editionDirectory: ReportFixture.editionDirectory, layoutPath: TestResources.layoutPath("brief.yaml"),
                  reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: TestResources.layoutPath("report.yaml"),
                  outputDirectory: "", jobs: jobs)
    }

    func testAllBriefsFitOnePageAndCarryTheirFigures() throws {
        let edition = try ReportFixture.edition()
        let briefs = try job().render(edition: edition, slugs: edition.cities.map(\.slug), observationPages: [:])
        XCTAssertEqual(briefs.count, edition.cities.count)
        for b in briefs {
            let city = edition.city(b.city)!
            let row = edition.overall.row(for: b.city)!
            let text = b.page.textLines.map(\.text).joined(separator: "\n")
            XCTAssertTrue(text.contains(city.name), "\(city.name): name missing")
            XCTAssertTrue(text.contains("Rank \(row.rank) of \(edition.cities.count)"), "\(city.name): rank missing")
            XCTAssertTrue(text.contains(NumberText.grouped(row.total)), "\(city.name): total missing")
        }
    }

    func testParallelOutputEqualsSerial() throws {
        let edition = try ReportFixture.edition()
        let slugs = Array(edition.cities.map(\.slug).prefix(6))
        let serial = try job(jobs: 1).render(edition: edition, slugs: slugs, observationPages: [:])
        let parallel = try job(jobs: 2).render(edition: edition, slugs: slugs, observationPages: [:])
        XCTAssertEqual(serial.map(\.page), parallel.map(\.page))
    }

    func testUnknownCityIsAUsageErrorWithCloseMatches() throws {
        let edition = try ReportFixture.edition()
        XCTAssertThrowsError(try BriefsJob.resolve(["Chengdoo"], in: edition)) { error in
            let failure = error as? CommandFailure
            XCTAssertEqual(failure?.exitCode, 2)
            XCTAssertTrue(failure?.message.contains("Chengdu") ?? false, failure?.message ?? "")
        }
        XCTAssertEqual(try BriefsJob.resolve(["Xi'an", "BEIJING"], in: edition), ["beijing", "xian"])
    }

    func testLongNoteIsDroppedToFitAndAnImpossibleBriefFailsNamingTheCity() throws {
        var edition = try ReportFixture.edition()
        let slug = "beijing"
        let long = String(repeating: "The analyst's note runs on and on about the city's prospects. ", count: 40)
        edition.cityNotes.append(CityNote(city: slug, text: long))
        let fitted = try job().render(edition: edition, slugs: [slug], observationPages: [:])
        XCTAssertEqual(fitted[0].condensed.map(\.step.name), ["drop note"])
        try PageSnapshot.assert(fitted[0].page, named: "brief-overflow-note-dropped")

        let index = edition.cities.firstIndex { $0.slug == slug }!
        edition.cities[index].name = String(repeating: "Extraordinarily Long Municipality Name ", count: 30)
        XCTAssertThrowsError(try job().render(edition: edition, slugs: [slug], observationPages: [:])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("Extraordinarily Long"), message)
            XCTAssertTrue(message.contains("does not fit on one page"), message)
            // The first block that cannot fit is named, at its line of the structure file.
            let lines = (try? String(contentsOfFile: TestResources.layoutPath("brief-structure.yaml"), encoding: .utf8))?
                .split(separator: "\n", omittingEmptySubsequences: false) ?? []
            let named = message.firstMatch(of: /the ([a-z-]+) block is the first that does not fit/)?.1
            XCTAssertNotNil(named, message)
            let line = (lines.firstIndex { $0.contains("kind: \(named ?? "?"),") || $0.contains("kind: \(named ?? "?") }") } ?? -2) + 1
            XCTAssertTrue(message.contains("brief-structure.yaml:\(line): "), message)
        }
    }

    /// A block too tall for any column is named, at its line, with how much too full the page is.
    func testABlockTooTallForThePageIsNamedAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-brief-tall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief-structure.yaml").path
        try "blocks:\n  - header\n  - summary\n  - { kind: radar, height: 800, compactHeight: 760 }\ncondense:\n  - compact: radar\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        var tall = job()
        tall.briefStructurePath = path
        XCTAssertThrowsError(try tall.render(edition: try ReportFixture.edition(), slugs: ["wuxi"], observationPages: [:])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("\(path):4: the brief for Wuxi does not fit on one page even condensed (compact radar)"), message)
            XCTAssertTrue(message.contains("the radar block is the first that does not fit"), message)
            XCTAssertNotNil(message.range(of: #"the page was \d+ pt too full"#, options: .regularExpression), message)
        }
    }

    /// A brief structure without the radar and with the distribution straight under the
    /// header: it renders on one page, with no radar, and its blocks in the declared order.
    func testAVariantStructureWithoutTheRadarAndTheDistributionFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-brief-variant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief-structure.yaml").path
        try """
        blocks:
          - header
          - { kind: distribution, title: "{{city}} among {{cities}} cities", height: 180 }
          - summary
          - { kind: strongest-variables, count: 4 }
          - weakest-variables
          - column-break
          - profile-bars
          - neighbours
          - observation
          - note
          - source
        condense:
          - drop: note
          - compact: neighbours
        """.write(toFile: path, atomically: true, encoding: .utf8)
        var variant = job()
        variant.briefStructurePath = path
        let edition = try ReportFixture.edition()
        let briefs = try variant.render(edition: edition, slugs: ["beijing", "guangzhou", "zhaoqing"], observationPages: [:])
        for b in briefs {
            let name = edition.city(b.city)!.name
            let lines = b.page.textLines
            func top(_ prefix: String) -> Double? { lines.first { $0.text.hasPrefix(prefix) }?.origin.y }
            XCTAssertNil(top("Profile across"), "\(name): the radar is left out")
            let order = [top(name), top("\(name) among 60 cities"), top("\(name) ranks"), top("Strongest variables"),
                         top("Weakest variables")]
            XCTAssertTrue(order.allSatisfy { $0 != nil }, "\(name): a block is missing: \(order)")
            XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "\(name): blocks out of order")
            // The right column starts level with the left one, below the summary.
            let right = try XCTUnwrap(top("Scores by dimension"))
            XCTAssertGreaterThan(right, try XCTUnwrap(top("\(name) ranks")))
            XCTAssertEqual(b.page.textLines.filter { $0.text.hasPrefix("Source:") }.count, 1)
        }
        try PageSnapshot.assert(briefs[0].page, named: "brief-variant-no-radar-distribution-first")
    }

    func testSnapshotsOfThreeProfiles() throws {
        let edition = try ReportFixture.edition()
        let rows = edition.overall.rows
        let picks = [rows.first!.city, rows[rows.count / 2].city, rows.last!.city]
        let briefs = try job().render(edition: edition, slugs: picks, observationPages: [:])
        for b in briefs { try PageSnapshot.assert(b.page, named: "brief-\(b.city)") }
    }
}

/// A brief's cost must not grow with the edition: above `maxDots` cities the distribution
/// chart draws quantiles, so every row has as many dots as at the default edition's size.
final class BriefScaleTests: XCTestCase {
    func testDistributionOfALargeEditionDrawsQuantilesAndTheCity() throws {
        let edition = SyntheticEdition.resample(try ReportFixture.edition(), to: 600)
        let structure = try BriefStructureLoader.load(path: TestResources.layoutPath("brief-structure.yaml"))
        let composer = BriefComposer(edition: edition, structure: structure, heat: HeatColors(stops: []), creationDate: nil)
        let slug = edition.cities[137].slug
        let document = try composer.compose(city: slug)
        let charts = document.sections.flatMap(\.blocks).compactMap { block -> StripChart? in
            if case .figure(let f) = block { return f.content as? StripChart }
            return nil
        }
        let chart = try XCTUnwrap(charts.first, "no distribution chart")
        XCTAssertEqual(chart.rows.count, edition.dimensions.count)
        for row in chart.rows {
            XCTAssertEqual(row.points.count, BriefComposer.maxDots + 1, "\(row.label): quantiles plus the city")
            XCTAssertTrue(row.points.contains { $0.item == edition.city(slug)!.name }, "\(row.label): the city is not highlighted")
        }
        XCTAssertTrue(chart.subtitle?.contains("quantiles of the 600 cities") ?? false, chart.subtitle ?? "")
    }
}
