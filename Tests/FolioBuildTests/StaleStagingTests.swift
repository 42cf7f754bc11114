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

    /// Files published ahead of the commit replace their old selves; the others stay as they
    /// were until the commit, and for good when the build ends without one.
    func testPublishedFilesReplaceTheirOldSelvesAheadOfTheCommit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-publish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out + "/briefs", withIntermediateDirectories: true)
        for name in ["briefs/a.pdf", "briefs/all.pdf", "manifest.json"] { try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/" + name)) }
        func read(_ name: String) -> String? { FileManager.default.contents(atPath: out + "/" + name).map { String(decoding: $0, as: UTF8.self) } }

        var staging: OutputStaging? = try OutputStaging(outputDirectory: out)
        try FileManager.default.createDirectory(atPath: staging!.path("briefs"), withIntermediateDirectories: true)
        try Data("new".utf8).write(to: URL(fileURLWithPath: staging!.path("briefs/a.pdf")))
        try staging!.publish(["briefs/a.pdf"])
        XCTAssertEqual(read("briefs/a.pdf"), "new")
        XCTAssertEqual(read("briefs/all.pdf"), "old", "what is not published waits for the commit")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out + "/briefs").sorted(), ["a.pdf", "all.pdf"], "no temporary file is left")
        staging = nil  // the build failed before its commit
        XCTAssertEqual(read("briefs/a.pdf"), "new")
        XCTAssertEqual(read("briefs/all.pdf"), "old")
        XCTAssertEqual(read("manifest.json"), "old")

        let next = try OutputStaging(outputDirectory: out)
        try FileManager.default.createDirectory(atPath: next.path("briefs"), withIntermediateDirectories: true)
        for name in ["briefs/a.pdf", "briefs/all.pdf", "manifest.json"] { try Data("next".utf8).write(to: URL(fileURLWithPath: next.path(name))) }
        try next.publish(["briefs/a.pdf"])
        try next.commit()
        for name in ["briefs/a.pdf", "briefs/all.pdf", "manifest.json"] { XCTAssertEqual(read(name), "next") }
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
