//! Rasterises pages to PNG on several threads; the result is identical to a serial run.

import Dispatch
import FolioExport
import FolioPage
import Foundation

/// Renders pages to PNG bytes with `jobs` workers and writes `page-NNN.png` files in order.
public struct ParallelRasterizer: Sendable {
    public var dpi: Double
    public var jobs: Int
    public init(dpi: Double, jobs: Int) { self.dpi = dpi; self.jobs = max(1, jobs) }

    private final class Results: @unchecked Sendable {
        let lock = NSLock()
        var images: [Int: [UInt8]] = [:]
        var error: Error?
        func store(_ i: Int, _ r: Result<[UInt8], Error>) {
            lock.lock(); defer { lock.unlock() }
            switch r {
            case .success(let b): images[i] = b
            case .failure(let e): if error == nil { error = e }
            }
        }
    }

    public func render(_ pages: [Page]) throws -> [[UInt8]] {
        let results = Results()
        let exporter = PNGExporter(dpi: dpi)
        let workers = min(jobs, max(1, pages.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < pages.count {
                results.store(i, Result { try exporter.render(pages[i]) })
                i += workers
            }
        }
        if let e = results.error { throw e }
        return (0..<pages.count).map { results.images[$0]! }
    }

    public func write(_ pages: [Page], toDirectory directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var paths: [String] = []
        for (i, png) in try render(pages).enumerated() {
            let path = directory + "/" + PNGExporter.fileName(page: i + 1)
            try Data(png).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }
}
