<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * The shop memo (`dtb_order.note`): finding Mamori's entries in it and appending one without
 * making the order unsavable.
 *
 * The memo is the clerk's text. Mamori only ever appends to it, never rewrites what is there, and
 * keeps it within the length EC-CUBE's admin order form accepts (`eccube_ltext_len`, 3000 by
 * default, while the column holds 4000): a memo over that limit would make the clerk's next save of
 * the order fail validation.
 */
final class ShopMemo
{
    private function __construct()
    {
    }

    /**
     * The first-line marker of Mamori's entry for one screening.
     */
    public static function marker(string $screeningId): string
    {
        return '[Mamori '.$screeningId.']';
    }

    /**
     * Whether the memo already holds the entry of `$screeningId`. Screening ids cannot contain
     * `]`, so the marker of `scr_1` is never found inside the marker of `scr_12`.
     */
    public static function contains(?string $note, string $screeningId): bool
    {
        return null !== $note && false !== strpos($note, self::marker($screeningId));
    }

    /**
     * The length the admin form's validator will see: browsers submit a textarea's line breaks as
     * CRLF, so every line break counts two whatever the memo holds now.
     */
    public static function formLength(string $text): int
    {
        return mb_strlen((string) preg_replace('/\r\n|\r|\n/', "\r\n", $text), 'UTF-8');
    }

    /**
     * The memo with `$entry` appended after a blank line, or null when the entry does not fit
     * within `$limit` (then the memo is left as it is).
     */
    public static function append(?string $note, MemoEntry $entry, int $limit): ?string
    {
        $note = $note ?? '';
        $prefix = $note.self::separatorAfter($note);
        $block = $entry->render($limit - self::formLength($prefix));

        return null === $block ? null : $prefix.$block;
    }

    private static function separatorAfter(string $note): string
    {
        $unified = str_replace(["\r\n", "\r"], "\n", $note);
        if ('' === $unified || "\n\n" === substr($unified, -2)) {
            return '';
        }

        return "\n" === substr($unified, -1) ? "\n" : "\n\n";
    }
}
