<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * What one `updateOrderScreening` call does to an order, decided before anything is written.
 *
 * Mamori delivers a write-back at least once: a call that timed out may have been applied, and its
 * retry must change nothing more. So:
 *
 * - APPLIED: a screening the order has not seen. Its decision, score and reasons are stored, the
 *   reasons are appended to the shop memo (unless the memo already has this screening's entry, or
 *   there is nothing a clerk needs to read: an OK without reasons), a requested hold is applied.
 * - REPLAYED: the order's current screening again. Decision, score and reasons are stored again
 *   (a clerk's review in Mamori may have changed them; equal values write nothing), a requested
 *   hold is applied, the memo is left alone: one entry per screening id.
 * - SUPERSEDED: a screening the order has had before another one replaced it (its memo entry is
 *   there, the stored id is a later one). A late replay of it must not bring back an older
 *   decision or hold an order a newer screening cleared, so nothing is written.
 */
final class ScreeningWritePlan
{
    public const APPLIED = 'APPLIED';
    public const REPLAYED = 'REPLAYED';
    public const SUPERSEDED = 'SUPERSEDED';

    /** @var string */
    private $outcome;
    /** @var bool */
    private $storesDecision;
    /** @var bool */
    private $touchesScreenedAt;
    /** @var string|null */
    private $newNote;
    /** @var string */
    private $hold;

    private function __construct(string $outcome, bool $storesDecision, bool $touchesScreenedAt, ?string $newNote, string $hold)
    {
        $this->outcome = $outcome;
        $this->storesDecision = $storesDecision;
        $this->touchesScreenedAt = $touchesScreenedAt;
        $this->newNote = $newNote;
        $this->hold = $hold;
    }

    /**
     * @param bool $workflowAllowsHold whether EC-CUBE's state machine can move the order to 対応中 now
     * @param int $memoLimit the admin form's limit on the memo (`eccube_ltext_len`)
     * @param string $heldStatusName the shop's name for status 4
     */
    public static function decide(
        ScreeningArguments $args,
        OrderSnapshot $order,
        bool $workflowAllowsHold,
        \DateTimeInterface $now,
        int $memoLimit,
        string $heldStatusName = '対応中'
    ): self {
        $stored = $order->screeningId();
        $incoming = $args->screeningId();

        if (null !== $stored && $stored !== $incoming && ShopMemo::contains($order->note(), $incoming)) {
            return new self(self::SUPERSEDED, false, false, null, OrderHold::SKIPPED);
        }

        $hold = OrderHold::decide($args->holdRequested(), $order->statusId(), $workflowAllowsHold);

        if ($stored === $incoming) {
            $changed = $order->decision() !== $args->decision()
                || $order->score() !== $args->score()
                || $order->reasons() !== $args->reasons();

            return new self(self::REPLAYED, true, $changed, null, $hold);
        }

        $newNote = null;
        $worthANote = [] !== $args->reasonLines() || Decision::OK !== $args->decision() || OrderHold::HELD === $hold;
        if ($worthANote && !ShopMemo::contains($order->note(), $incoming)) {
            $entry = new MemoEntry(
                $incoming,
                $args->decision(),
                $args->score(),
                $args->reasonLines(),
                $now,
                $hold,
                $order->statusName(),
                $heldStatusName
            );
            $newNote = ShopMemo::append($order->note(), $entry, $memoLimit);
        }

        return new self(self::APPLIED, true, true, $newNote, $hold);
    }

    /**
     * @return string APPLIED, REPLAYED or SUPERSEDED
     */
    public function outcome(): string
    {
        return $this->outcome;
    }

    /**
     * Whether screening id, decision, score and reasons are to be written on the order.
     */
    public function storesDecision(): bool
    {
        return $this->storesDecision;
    }

    /**
     * Whether `screened_at` becomes now: for a new screening and when a replay changed the
     * decision; a plain replay leaves it, so that it writes nothing at all.
     */
    public function touchesScreenedAt(): bool
    {
        return $this->touchesScreenedAt;
    }

    /**
     * The shop memo to write, or null to leave it as it is.
     */
    public function newNote(): ?string
    {
        return $this->newNote;
    }

    public function appendsMemo(): bool
    {
        return null !== $this->newNote;
    }

    /**
     * @return string an OrderHold outcome; HELD means the transition is to be applied
     */
    public function hold(): string
    {
        return $this->hold;
    }

    public function appliesHold(): bool
    {
        return OrderHold::HELD === $this->hold;
    }

    /**
     * @return string[]
     */
    public static function outcomes(): array
    {
        return [self::APPLIED, self::REPLAYED, self::SUPERSEDED];
    }
}
