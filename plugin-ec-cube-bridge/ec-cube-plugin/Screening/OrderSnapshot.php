<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * What the write-back needs to know of an order as it is now: Mamori's fields on it, the shop
 * memo and the status.
 */
final class OrderSnapshot
{
    /** @var string|null */
    private $screeningId;
    /** @var string|null */
    private $decision;
    /** @var int|null */
    private $score;
    /** @var string|null */
    private $reasons;
    /** @var string|null */
    private $note;
    /** @var int */
    private $statusId;
    /** @var string */
    private $statusName;

    public function __construct(
        ?string $screeningId,
        ?string $decision,
        ?int $score,
        ?string $reasons,
        ?string $note,
        int $statusId,
        string $statusName
    ) {
        $this->screeningId = $screeningId;
        $this->decision = $decision;
        $this->score = $score;
        $this->reasons = $reasons;
        $this->note = $note;
        $this->statusId = $statusId;
        $this->statusName = $statusName;
    }

    public function screeningId(): ?string
    {
        return $this->screeningId;
    }

    public function decision(): ?string
    {
        return $this->decision;
    }

    public function score(): ?int
    {
        return $this->score;
    }

    public function reasons(): ?string
    {
        return $this->reasons;
    }

    public function note(): ?string
    {
        return $this->note;
    }

    public function statusId(): int
    {
        return $this->statusId;
    }

    public function statusName(): string
    {
        return $this->statusName;
    }
}
