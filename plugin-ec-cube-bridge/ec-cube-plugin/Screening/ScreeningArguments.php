<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * The arguments of `updateOrderScreening`, checked. GraphQL has already enforced the types
 * (`ID!`, `String!`, `Int!`, `Boolean`); this enforces what the types cannot say.
 */
final class ScreeningArguments
{
    /** dtb_order.id is an unsigned INT in EC-CUBE's schema; the API never hands out more. */
    private const MAX_ORDER_ID = 2147483647;

    /** Mamori's ids are `scr_` and 32 hex digits; 64 leaves room and matches the column. */
    public const SCREENING_ID_MAX = 64;

    /** Reasons are stored whole and shown on the order; a few kilobytes of text is plenty. */
    public const REASONS_MAX = 4000;

    /** @var int */
    private $orderId;
    /** @var string */
    private $screeningId;
    /** @var string */
    private $decision;
    /** @var int */
    private $score;
    /** @var string|null */
    private $reasons;
    /** @var bool */
    private $hold;

    private function __construct(int $orderId, string $screeningId, string $decision, int $score, ?string $reasons, bool $hold)
    {
        $this->orderId = $orderId;
        $this->screeningId = $screeningId;
        $this->decision = $decision;
        $this->score = $score;
        $this->reasons = $reasons;
        $this->hold = $hold;
    }

    /**
     * @param array<string, mixed> $args the resolver's arguments, as webonyx/graphql-php passes them
     *
     * @throws InvalidScreeningArgument naming every wrong field
     */
    public static function fromGraphQL(array $args): self
    {
        $violations = [];

        $id = $args['id'] ?? null;
        $orderId = 0;
        if (is_int($id)) {
            $id = (string) $id;
        }
        if (!is_string($id) || !preg_match('/^[1-9][0-9]{0,9}$/', $id) || (int) $id > self::MAX_ORDER_ID) {
            $violations['id'] = 'must be the id of an order (a positive integer)';
        } else {
            $orderId = (int) $id;
        }

        $screeningId = $args['screening_id'] ?? null;
        if (!is_string($screeningId)
            || !preg_match('/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,'.(self::SCREENING_ID_MAX - 1).'}$/', $screeningId)) {
            $violations['screening_id'] = 'must be 1 to '.self::SCREENING_ID_MAX
                .' letters, digits or "_", "-", ".", ":", starting with a letter or digit';
        }

        $decision = $args['decision'] ?? null;
        if (!is_string($decision) || !Decision::isKnown($decision)) {
            $violations['decision'] = 'must be one of '.implode(', ', Decision::all());
        }

        $score = $args['score'] ?? null;
        if (!is_int($score) || $score < 0 || $score > 100) {
            $violations['score'] = 'must be an integer from 0 to 100';
        }

        $reasons = $args['reasons'] ?? null;
        if (null !== $reasons && !is_string($reasons)) {
            $violations['reasons'] = 'must be text';
            $reasons = null;
        } elseif (null !== $reasons) {
            $reasons = self::normalizeText($reasons);
            if (null !== $reasons && mb_strlen($reasons, 'UTF-8') > self::REASONS_MAX) {
                $violations['reasons'] = 'must be at most '.self::REASONS_MAX.' characters';
            }
        }

        $hold = $args['hold'] ?? false;
        if (!is_bool($hold)) {
            $violations['hold'] = 'must be true or false';
        }

        if ($violations) {
            throw new InvalidScreeningArgument($violations);
        }

        return new self($orderId, $screeningId, $decision, $score, $reasons, $hold);
    }

    /**
     * Line breaks to `\n`, tabs to spaces, other control characters and invalid UTF-8 dropped,
     * trailing blanks and blank lines at either end removed. Null when nothing is left.
     */
    private static function normalizeText(string $text): ?string
    {
        if (!mb_check_encoding($text, 'UTF-8')) {
            $text = mb_convert_encoding($text, 'UTF-8', 'UTF-8');
        }
        $text = str_replace(["\r\n", "\r", "\t"], ["\n", "\n", ' '], $text);
        $text = preg_replace('/[\x00-\x09\x0B-\x1F\x7F]/u', '', $text);
        $lines = array_map('rtrim', explode("\n", (string) $text));
        $text = trim(implode("\n", $lines), "\n");

        return '' === trim($text) ? null : $text;
    }

    public function orderId(): int
    {
        return $this->orderId;
    }

    public function screeningId(): string
    {
        return $this->screeningId;
    }

    public function decision(): string
    {
        return $this->decision;
    }

    public function score(): int
    {
        return $this->score;
    }

    /**
     * The reasons as Mamori wrote them, one per line, or null when there are none.
     */
    public function reasons(): ?string
    {
        return $this->reasons;
    }

    /**
     * @return string[] one reason a line, never empty strings
     */
    public function reasonLines(): array
    {
        return self::linesOf($this->reasons);
    }

    public function holdRequested(): bool
    {
        return $this->hold;
    }

    /**
     * @return string[]
     */
    public static function linesOf(?string $reasons): array
    {
        if (null === $reasons) {
            return [];
        }

        return array_values(array_filter(
            array_map('trim', explode("\n", str_replace(["\r\n", "\r"], "\n", $reasons))),
            static function (string $line): bool {
                return '' !== $line;
            }
        ));
    }
}
