package jp.mamori.engine.normalize;

/** Whether the furigana a buyer typed can be a reading of the name. */
public enum ReadingVerdict {
    MATCH,
    /** The furigana cannot be read from the name: a made-up identity, or a name copied without knowing how to read it. */
    MISMATCH,
    /** Not enough to tell: no furigana, or a name the dictionary does not know. Never evidence either way. */
    UNKNOWN
}
