<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Entity;

use Doctrine\ORM\Mapping as ORM;
use Eccube\Annotation\EntityExtension;

/**
 * Mamori's decision on an order, as columns of dtb_order.
 *
 * EC-CUBE folds this trait into its Order proxy when the plugin is enabled, and its schema update
 * adds the columns at install (DoctrineMigrations keeps the same columns as a versioned record).
 * The property names are also the GraphQL field names: the plugin's allow list lets the Web API
 * read them on `order` / `orders`, and Api42 reads an entity through `get<Name>()`.
 *
 * @EntityExtension("Eccube\Entity\Order")
 */
trait OrderTrait
{
    /**
     * The Mamori screening the decision comes from (`scr_…`).
     *
     * @var string|null
     *
     * @ORM\Column(name="mamori_screening_id", type="string", length=64, nullable=true)
     */
    private $mamori_screening_id;

    /**
     * OK, REVIEW or NG.
     *
     * @var string|null
     *
     * @ORM\Column(name="mamori_decision", type="string", length=16, nullable=true)
     */
    private $mamori_decision;

    /**
     * 0 (no risk seen) to 100.
     *
     * @var int|null
     *
     * @ORM\Column(name="mamori_score", type="smallint", nullable=true)
     */
    private $mamori_score;

    /**
     * The reasons, one a line, as Mamori wrote them.
     *
     * @var string|null
     *
     * @ORM\Column(name="mamori_reasons", type="text", nullable=true)
     */
    private $mamori_reasons;

    /**
     * When the decision was written on the order.
     *
     * @var \DateTime|null
     *
     * @ORM\Column(name="mamori_screened_at", type="datetimetz", nullable=true)
     */
    private $mamori_screened_at;

    public function getMamoriScreeningId(): ?string
    {
        return $this->mamori_screening_id;
    }

    /**
     * @return $this
     */
    public function setMamoriScreeningId(?string $screeningId)
    {
        $this->mamori_screening_id = $screeningId;

        return $this;
    }

    public function getMamoriDecision(): ?string
    {
        return $this->mamori_decision;
    }

    /**
     * @return $this
     */
    public function setMamoriDecision(?string $decision)
    {
        $this->mamori_decision = $decision;

        return $this;
    }

    public function getMamoriScore(): ?int
    {
        return null === $this->mamori_score ? null : (int) $this->mamori_score;
    }

    /**
     * @return $this
     */
    public function setMamoriScore(?int $score)
    {
        $this->mamori_score = $score;

        return $this;
    }

    public function getMamoriReasons(): ?string
    {
        return $this->mamori_reasons;
    }

    /**
     * @return $this
     */
    public function setMamoriReasons(?string $reasons)
    {
        $this->mamori_reasons = $reasons;

        return $this;
    }

    /**
     * @return \DateTime|null
     */
    public function getMamoriScreenedAt()
    {
        return $this->mamori_screened_at;
    }

    /**
     * @return $this
     */
    public function setMamoriScreenedAt(?\DateTime $screenedAt)
    {
        $this->mamori_screened_at = $screenedAt;

        return $this;
    }
}
