package jp.mamori.engine.normalize;

/** A {@link ReadingVerdict} with how sure it is, from 0 (a guess) to 1 (certain). UNKNOWN always has 0. */
public record FuriganaMatch(ReadingVerdict verdict, double confidence) {

    static final FuriganaMatch UNKNOWN = new FuriganaMatch(ReadingVerdict.UNKNOWN, 0);
}
