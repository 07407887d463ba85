/// Where Newsdesk keeps articles and what its stages found in them, split by concern so that a
/// component asks only for what it uses. `SQLiteStore` is the embedded default; a PostgreSQL
/// store will conform to the same protocols for several workers on several machines, and every
/// store passes the same conformance suite (Tests/NewsdeskStoreTests/StoreConformanceTests.swift).
public typealias NewsdeskStore = ArticleStoring & AnnotationStoring & SearchStoring & SourceTemplateStoring & CopyStoring
    & EntityStoring & StoryStoring
