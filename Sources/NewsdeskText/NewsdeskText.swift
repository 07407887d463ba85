/// Language identification, normalisation, sentences and tokens: the text foundation that
/// entities, quotes and time expressions build on.
public enum NewsdeskText {}
