//! --shard I/N: three shards together equal one whole build, byte for byte, and their
//! manifests merge into the whole build's manifest.

import FolioBuild
import Foundation
import XCTest

final class ShardTests: XCTestCase {
    func testThreeShardsTogetherEqualOneWholeBuild() throws {
        let f = try BuildFixture()
        let cities = ["beijing", "shanghai", "shenzhen", "suzhou"]
        try withSourceDateEpoch {
            let whole = try BuildJob(options: f.options(out: "whole", cities: cities, formats: [.pdf])).run().manifest
            var shardManifests: [BuildManifest] = []
            var combined: [String: Data] = [:]
            for i in 1...3 {
                let out = "shard-\(i)"
                let m = try BuildJob(options: f.options(out: out, cities: cities, formats: [.pdf], shard: Shard(index: i, count: 3))).run().manifest
                XCTAssertEqual(m.shard, "\(i)/3")
                XCTAssertEqual(m.reportPages != nil, i == 1, "the report is built in shard 1 only")
                shardManifests.append(m)
                for (path, bytes) in try BuildFixture.tree(f.root + "/" + out) where path != "manifest.json" {
                    XCTAssertNil(combined[path], "\(path) is built by two shards")
                    combined[path] = bytes
                }
            }
            XCTAssertEqual(shardManifests.map(\.briefs), [["beijing", "shenzhen"], ["shanghai"], ["suzhou"]])
            XCTAssertEqual(shardManifests.map { $0.outputs.first { $0.path == "briefs/all.pdf" }?.pages }, [4, nil, nil],
                           "shard 1 writes briefs/all.pdf with every brief")
            XCTAssertEqual(combined, try BuildFixture.tree(f.root + "/whole").filter { $0.key != "manifest.json" })

            let merged = try BuildManifest.merge(shardManifests.reversed())
            XCTAssertEqual(merged.mergedShards, 3)
            var expected = whole.deterministicPart
            expected.mergedShards = 3
            XCTAssertEqual(try merged.deterministicPart.encoded(), try expected.encoded())
            XCTAssertThrowsError(try BuildManifest.merge(Array(shardManifests.prefix(2)))) { error in
                XCTAssertTrue("\(error)".contains("missing 3/3"), "\(error)")
            }
        }
    }
}
