import ArgumentParser

/// `--type`: the entity types of the JSON contract.
enum EntityTypeOption: String, ExpressibleByArgument, CaseIterable {
    case person, organization, place, other
}
