import WPCModel
import XCTest

final class ArrayFittedTests: XCTestCase {
    func testAFittedArrayKeepsItsElementsInLessRoom() {
        var tasks: [WorkTask] = []
        for index in 0..<5 { tasks.append(WorkTask(text: WrittenText("task \(index)"))) }
        XCTAssertGreaterThan(tasks.capacity, tasks.count, "appending five leaves room for more")
        let fitted = tasks.fitted()
        XCTAssertEqual(fitted, tasks)
        XCTAssertLessThan(fitted.capacity, tasks.capacity)
    }

    func testAnArrayWithLittleRoomToGiveBackIsKeptNotCopied() {
        let exact = Array(repeating: 1, count: 1000)
        XCTAssertLessThanOrEqual(exact.capacity - exact.count, exact.count / 8)
        let fitted = exact.fitted()
        XCTAssertEqual(fitted, exact)
        XCTAssertEqual(fitted.withUnsafeBufferPointer { $0.baseAddress }, exact.withUnsafeBufferPointer { $0.baseAddress })
    }
}
