/// The plain-text cleaner's learned models (`Resources/linemodel`): the line model's first
/// opinion of each line, the line trees' second one in context, and the title ranker.
package struct LineModels: Sendable {
    package let model: LineModel
    package let trees: LineTrees
    package let titles: TitleRanker

    /// The models of a directory laid out as `Resources/linemodel`.
    package init(directory: String) throws(LineModel.Corrupt) {
        model = try LineModel(path: directory + "/lines.bin")
        trees = try LineTrees(path: directory + "/context.bin")
        titles = try TitleRanker(path: directory + "/title.bin")
    }
}
