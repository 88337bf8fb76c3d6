import WPCModel

extension XMLProgrammeWriter {
    /// Writes `<topics>` when there are topics.
    func writeTopics(_ topics: [Topic], to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !topics.isEmpty else { return }
        try out.start("topics")
        for topic in topics {
            try out.start("topic")
            try out.element("number", topic.numberAsWritten.text)
            try out.element("title", topic.title.text)
            for task in topic.tasks { try writeTask(task, to: out) }
            try out.end()
        }
        try out.end()
    }

    private func writeTask(_ task: WorkTask, to out: XMLTextWriterSession) throws(XMLWriteError) {
        try out.start("task")
        try out.element("text", task.text.text)
        try out.element("plan", task.plan?.text)
        try out.element("type", task.type?.text)
        try out.element("bodies", task.bodies?.text)
        for indicator in task.indicators {
            try out.start("indicator")
            try out.element("text", indicator.text?.text)
            try out.element("timeline", indicator.timeline?.raw.text)
            try out.element("bodies", indicator.bodies?.text)
            try out.end()
        }
        try out.element("progress", task.progress?.text)
        try out.end()
    }
}
