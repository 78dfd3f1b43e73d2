<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * Mamori's three decisions and how a shop clerk reads them.
 *
 * Plain PHP on purpose (no EC-CUBE class): the rules of this folder run in PHPUnit without a shop.
 */
final class Decision
{
    public const OK = 'OK';
    public const REVIEW = 'REVIEW';
    public const NG = 'NG';

    private const LABELS = [
        self::OK => '問題なし',
        self::REVIEW => '要確認',
        self::NG => '不正の疑い',
    ];

    /** Bootstrap 5 classes of the admin screens (EC-CUBE 4.2 and 4.3 ship Bootstrap 5). */
    private const BADGE_CLASSES = [
        self::OK => 'bg-success',
        self::REVIEW => 'bg-warning text-dark',
        self::NG => 'bg-danger',
    ];

    private function __construct()
    {
    }

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return array_keys(self::LABELS);
    }

    public static function isKnown(?string $decision): bool
    {
        return null !== $decision && isset(self::LABELS[$decision]);
    }

    public static function labelOf(string $decision): string
    {
        return self::LABELS[$decision] ?? $decision;
    }

    public static function badgeClassOf(string $decision): string
    {
        return self::BADGE_CLASSES[$decision] ?? 'bg-secondary';
    }
}
