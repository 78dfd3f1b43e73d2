package jp.mamori.engine.normalize;

/** How a name is written. */
public enum NameScript {
    /** Kanji, possibly mixed with kana (山田 花子, 山田 はな). */
    KANJI,
    /** Only kana (やまだ はなこ, ﾔﾏﾀﾞ ﾊﾅｺ). */
    KANA,
    /** Latin letters (Hanako Yamada, YAMADA HANAKO). */
    ROMAJI,
    /** Nothing usable. */
    EMPTY
}
