import WPCApp
import XCTest

/// `--max-input SIZE`: bytes or a count with K, M or G, from 1 byte to 2G.
final class InputSizeTests: XCTestCase {
    func testSizesInBytesAndUnits() throws {
        XCTAssertEqual(try InputSize(parsing: "1000").bytes, 1000)
        XCTAssertEqual(try InputSize(parsing: "64K").bytes, 65_536)
        XCTAssertEqual(try InputSize(parsing: "512m").bytes, 512 * 1024 * 1024)
        XCTAssertEqual(try InputSize(parsing: "2GB").bytes, 2 * 1024 * 1024 * 1024)
        XCTAssertEqual(InputSize.standard.bytes, 256 * 1024 * 1024)
    }

    func testSizesPrintInTheLargestUnitThatDividesThem() throws {
        XCTAssertEqual(InputSize.standard.description, "256M")
        XCTAssertEqual(try InputSize(parsing: "1024K").description, "1M")
        XCTAssertEqual(try InputSize(parsing: "1500").description, "1500")
    }

    func testWhatIsNoSizeOrTooLargeIsSaidInWords() {
        for text in ["", "0", "-5", "12x", "K", "1.5M", "١٠"] {
            XCTAssertThrowsError(try InputSize(parsing: text), text) { error in
                XCTAssertEqual("\(error)", "'\(text)' is no size: write bytes (1000000) or a count with K, M or G (512M)")
            }
        }
        for text in ["3G", "2049M", "99999999999999999999", "9223372036854775807K"] {
            XCTAssertThrowsError(try InputSize(parsing: text), text) { error in
                XCTAssertTrue("\(error)".contains("more than the largest limit, 2G") || "\(error)".contains("is no size"), "\(error)")
            }
        }
        XCTAssertThrowsError(try InputSize(parsing: "3G")) { XCTAssertEqual("\($0)", "3G is more than the largest limit, 2G") }
    }
}
