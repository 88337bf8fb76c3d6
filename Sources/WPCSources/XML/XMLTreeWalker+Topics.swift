import CLibXML2
import WPCModel

extension XMLTreeWalker {
    /// Reads `<topics>`.
    /// - Throws: `SourceError` on structure the schema should have refused.
    mutating func topics(_ node: xmlNodePtr) throws(SourceError) -> [Topic] {
        var topics: [Topic] = []
        for child in elements(of: node) {
            guard name(of: child) == "topic" else { throw unexpected(child, in: "topics") }
            topics.append(try topic(child))
        }
        return topics
    }

    private mutating func topic(_ node: xmlNodePtr) throws(SourceError) -> Topic {
        var number: WrittenText?
        var title: WrittenText?
        var tasks: [WorkTask] = []
        for child in elements(of: node) {
            switch name(of: child) {
            case "number": number = written(child)
            case "title": title = written(child)
            case "task": tasks.append(try task(child))
            default: throw unexpected(child, in: "topic")
            }
        }
        guard let number, let title else {
            throw SourceError("<topic> needs a <number> and a <title>", at: location(of: node))
        }
        return Topic(numberAsWritten: number, title: title, tasks: tasks)
    }

    private mutating func task(_ node: xmlNodePtr) throws(SourceError) -> WorkTask {
        var text: WrittenText?
        var task = WorkTask(text: "")
        for child in elements(of: node) {
            switch name(of: child) {
            case "text": text = written(child)
            case "plan": task.plan = written(child)
            case "type": task.type = written(child)
            case "bodies": task.bodies = written(child)
            case "indicator": task.indicators.append(try indicator(child))
            case "progress": task.progress = written(child)
            default: throw unexpected(child, in: "task")
            }
        }
        guard let text else { throw SourceError("<task> needs a <text>", at: location(of: node)) }
        task.text = text
        return task
    }

    private mutating func indicator(_ node: xmlNodePtr) throws(SourceError) -> Indicator {
        var indicator = Indicator(text: nil)
        for child in elements(of: node) {
            switch name(of: child) {
            case "text": indicator.text = written(child)
            case "timeline": indicator.timeline = Timeline(written(child))
            case "bodies": indicator.bodies = written(child)
            default: throw unexpected(child, in: "indicator")
            }
        }
        return indicator
    }
}
