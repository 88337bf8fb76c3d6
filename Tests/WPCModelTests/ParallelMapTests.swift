import Foundation
import WPCModel
import XCTest

/// Work split over the cores must come back exactly as if done in order.
final class ParallelMapTests: XCTestCase {
    /// How many results are alive.
    private final class Census: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var alive: Int { lock.withLock { count } }
        func change(by delta: Int) { lock.withLock { count += delta } }
    }

    /// A result that is counted while it lives, so one copied and left behind,
    /// or freed twice, shows in the census.
    private final class Tracked: @unchecked Sendable {
        let index: Int
        let census: Census
        init(_ index: Int, census: Census) {
            self.index = index
            self.census = census
            census.change(by: 1)
        }
        deinit { census.change(by: -1) }
    }

    func testRunsGiveEveryResultInIndexOrder() {
        for count in [0, 1, 7, 2048, 5001] {
            XCTAssertEqual(ParallelMap.map(count, chunk: 100) { $0 * 3 }, (0..<count).map { $0 * 3 }, "\(count)")
        }
    }

    func testProduceHandsEachResultOverOnceInOrderAndFreesIt() {
        let census = Census()
        for count in [0, 1, 99, 100, 101, 4097] {
            for batch in [1, 100, 250, 16_384] {
                var seen: [Int] = []
                ParallelMap.produce(count, chunk: 100, batch: batch, { Tracked($0, census: census) }) { index, result in
                    XCTAssertEqual(result.index, index)
                    seen.append(result.index)
                }
                XCTAssertEqual(seen, Array(0..<count), "\(count) in batches of \(batch)")
                XCTAssertEqual(census.alive, 0, "results of \(count) in batches of \(batch) left alive")
            }
        }
    }

    func testProduceKeepsAtMostTwoBatchesOfResultsAlive() {
        let census = Census()
        var mostAlive = 0
        // Batches of 300 in runs of 100: the batch being consumed and the next.
        ParallelMap.produce(3_000, chunk: 100, batch: 300, { Tracked($0, census: census) }) { _, result in
            mostAlive = max(mostAlive, census.alive)
            _ = result
        }
        XCTAssertLessThanOrEqual(mostAlive, 600)
        XCTAssertGreaterThan(mostAlive, 0)
        XCTAssertEqual(census.alive, 0)
    }
}
