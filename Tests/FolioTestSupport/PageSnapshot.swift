//! Page snapshot testing: render a page to PNG and compare it with a recorded reference.

import FolioExport
import FolioGraphics
import FolioPage
import Foundation
import XCTest

/// How close a rendering must be to its reference to pass.
public struct SnapshotTolerance: Sendable {
    /// A pixel differs when any channel differs by more than this (0…255).
    public var channelThreshold: Int
    /// The test fails when more than this share of pixels differ (0…1).
    public var maxDifferingShare: Double
    public init(channelThreshold: Int = 24, maxDifferingShare: Double = 0.002) {
        self.channelThreshold = channelThreshold; self.maxDifferingShare = maxDifferingShare
    }
    public static let standard = SnapshotTolerance()
}

/// The result of comparing two images.
public struct PixelComparison: Sendable {
    public var differing: Int
    public var total: Int
    public var sizeMatches: Bool
    public var share: Double { total == 0 ? 1 : Double(differing) / Double(total) }
    /// An image the size of the actual one: differing pixels red, the rest a faded copy.
    public var diffPNG: [UInt8]
}

public enum PageSnapshot {
    /// Recording is on when `FOLIO_RECORD_SNAPSHOTS=1`; missing references are recorded too
    /// (and the test fails, so a forgotten reference never passes silently).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["FOLIO_RECORD_SNAPSHOTS"] == "1" }

    /// Compares two PNG images pixel by pixel.
    public static func compare(actual: [UInt8], reference: [UInt8], tolerance: SnapshotTolerance) throws -> PixelComparison {
        let a = try CairoSurface.png(bytes: actual).pixels()
        let r = try CairoSurface.png(bytes: reference).pixels()
        let diff = try CairoSurface.image(width: a.width, height: a.height)
        let d = diff.pixels()
        var diffBytes = d.data
        guard a.width == r.width, a.height == r.height else {
            return PixelComparison(differing: a.width * a.height, total: a.width * a.height, sizeMatches: false, diffPNG: actual)
        }
        var differing = 0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let ia = y * a.stride + x * 4, ir = y * r.stride + x * 4, id = y * d.stride + x * 4
                var maxDelta = 0
                for c in 0..<4 { maxDelta = max(maxDelta, abs(Int(a.data[ia + c]) - Int(r.data[ir + c]))) }
                if maxDelta > tolerance.channelThreshold {
                    differing += 1
                    // ARGB32 little-endian: B, G, R, A.
                    diffBytes[id] = 0; diffBytes[id + 1] = 0; diffBytes[id + 2] = 255; diffBytes[id + 3] = 255
                } else {
                    let g = UInt8(255 - (255 - Int(a.data[ia + 1])) / 4)
                    diffBytes[id] = g; diffBytes[id + 1] = g; diffBytes[id + 2] = g; diffBytes[id + 3] = 255
                }
            }
        }
        let out = try CairoSurface.image(width: a.width, height: a.height)
        try writePixels(diffBytes, into: out)
        return PixelComparison(differing: differing, total: a.width * a.height, sizeMatches: true, diffPNG: try out.pngData())
    }

    private static func writePixels(_ bytes: [UInt8], into surface: CairoSurface) throws {
        try surface.replacePixels(bytes)
    }

    /// Asserts that `page` renders like the reference `__Snapshots__/<name>.png` beside the test file.
    public static func assert(_ page: Page, named name: String, dpi: Double = 72,
                              tolerance: SnapshotTolerance = .standard,
                              filePath: StaticString = #filePath, line: UInt = #line) throws {
        let png = try PNGExporter(dpi: dpi).render(page)
        try assert(png: png, named: name, tolerance: tolerance, filePath: filePath, line: line)
    }

    /// Asserts that PNG bytes match the reference `__Snapshots__/<name>.png` beside the test file.
    public static func assert(png: [UInt8], named name: String, tolerance: SnapshotTolerance = .standard,
                              filePath: StaticString = #filePath, line: UInt = #line) throws {
        let dir = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let reference = dir.appendingPathComponent(name + ".png")
        let actualURL = dir.appendingPathComponent(name + ".actual.png")
        let diffURL = dir.appendingPathComponent(name + ".diff.png")
        try? FileManager.default.removeItem(at: actualURL)
        try? FileManager.default.removeItem(at: diffURL)
        if isRecording || !FileManager.default.fileExists(atPath: reference.path) {
            let existed = FileManager.default.fileExists(atPath: reference.path)
            try Data(png).write(to: reference)
            if !isRecording || !existed {
                XCTFail("recorded new snapshot \(reference.path); check it and re-run", file: filePath, line: line)
            }
            return
        }
        let ref = [UInt8](try Data(contentsOf: reference))
        let result = try compare(actual: png, reference: ref, tolerance: tolerance)
        if !result.sizeMatches || result.share > tolerance.maxDifferingShare {
            try Data(png).write(to: actualURL)
            try Data(result.diffPNG).write(to: diffURL)
            let pct = String(format: "%.3f", result.share * 100)
            XCTFail("snapshot \(name) differs: \(result.sizeMatches ? "\(pct) % of pixels" : "image size changed"); "
                    + "actual: \(actualURL.path), diff: \(diffURL.path); "
                    + "re-record with FOLIO_RECORD_SNAPSHOTS=1 if the change is intended", file: filePath, line: line)
        }
    }
}
