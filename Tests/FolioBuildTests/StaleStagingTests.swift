//! A build removes the staging folders of builds whose process is gone, and only those.

import FolioBuild
import Foundation
import XCTest

final class StaleStagingTests: XCTestCase {
    func testOnlyStagingFoldersOfDeadProcessesOnThisHostAreRemoved() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-stale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let dead = try Self.pidOfFinishedProcess()
        let alive = ProcessInfo.processInfo.processIdentifier == 1 ? 2 : 1   // init (or the container's first process)
        func folder(_ name: String, owner: String? = nil) throws -> URL {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data("half-written".utf8).write(to: url.appendingPathComponent("report.pdf"))
            if let owner { try Data((owner + "\n").utf8).write(to: url.appendingPathComponent(".folio-staging-owner")) }
            return url
        }
        let abandoned = try folder(".out.staging-\(dead)-123")
        let running = try folder(".out.staging-\(alive)-456")
        let elsewhere = try folder(".out.staging-\(dead)-789", owner: "another-host-\(UUID().uuidString)")
        let otherOutput = try folder(".other.staging-\(dead)-321")
        let notOurs = try folder(".out.staging-notes")

        let staging = try OutputStaging(outputDirectory: root.appendingPathComponent("out").path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned.path), "a dead build's staging folder is removed")
        for kept in [running, elsewhere, otherOutput, notOurs, staging.stagingDirectory] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: kept.path), "\(kept.lastPathComponent) is kept")
        }
        // The owner file never reaches the output folder.
        try Data("pdf".utf8).write(to: URL(fileURLWithPath: staging.path("report.pdf")))
        try staging.commit()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path), ["report.pdf"])
    }

    /// The process ID of a child that has exited (and been reaped), so no process has it.
    static func pidOfFinishedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
