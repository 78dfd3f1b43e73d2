<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * The link from a badge to the screening in Mamori. The shop sets one URL in the plugin's settings;
 * `{screening_id}` in it is replaced by the screening's id, and a URL without it is linked as it is
 * (a review queue, say). Only http and https: the link is rendered into the admin screens.
 */
final class ScreeningLink
{
    public const PLACEHOLDER = '{screening_id}';
    public const MAX_LENGTH = 1024;

    private function __construct()
    {
    }

    public static function isAcceptable(?string $template): bool
    {
        if (null === $template || '' === $template || strlen($template) > self::MAX_LENGTH) {
            return false;
        }
        if (preg_match('/[\x00-\x20\x7F"<>\\\\^`{|}]/', str_replace(self::PLACEHOLDER, 'x', $template))) {
            return false;
        }
        $parts = parse_url(str_replace(self::PLACEHOLDER, 'x', $template));
        if (false === $parts || !isset($parts['scheme'], $parts['host'])) {
            return false;
        }

        return in_array(strtolower($parts['scheme']), ['http', 'https'], true) && '' !== $parts['host'];
    }

    /**
     * The link for `$screeningId`, or null when no (acceptable) URL is set.
     */
    public static function forScreening(?string $template, string $screeningId): ?string
    {
        $template = null === $template ? null : trim($template);
        if (!self::isAcceptable($template)) {
            return null;
        }

        return str_replace(self::PLACEHOLDER, rawurlencode($screeningId), $template);
    }
}
