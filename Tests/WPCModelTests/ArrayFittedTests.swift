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

    func testAnArrayWithNoRoomToGiveBackIsKept() {
        let exact = Array(repeating: 1, count: 1000).fitted()
        XCTAssertEqual(exact.fitted(), exact)
        XCTAssertEqual(exact.fitted().capacity, exact.capacity)
    }
}
