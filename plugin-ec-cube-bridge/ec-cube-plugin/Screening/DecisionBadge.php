<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * What the admin order list and order edit pages show of Mamori's decision on an order: the
 * decision as a coloured badge, the score, the reasons and a link to the screening in Mamori.
 * Built from the order's Mamori fields; an order Mamori has not screened has no badge.
 */
final class DecisionBadge
{
    /** How many reasons the order list shows in the badge's tooltip; the edit page shows all. */
    public const SUMMARY_REASONS = 3;

    /** @var string */
    private $screeningId;
    /** @var string */
    private $decision;
    /** @var int|null */
    private $score;
    /** @var string[] */
    private $reasons;
    /** @var \DateTimeInterface|null */
    private $screenedAt;
    /** @var string|null */
    private $url;

    /**
     * @param string[] $reasons
     */
    private function __construct(string $screeningId, string $decision, ?int $score, array $reasons, ?\DateTimeInterface $screenedAt, ?string $url)
    {
        $this->screeningId = $screeningId;
        $this->decision = $decision;
        $this->score = $score;
        $this->reasons = $reasons;
        $this->screenedAt = $screenedAt;
        $this->url = $url;
    }

    /**
     * The badge of an order from its Mamori fields, or null when it has no (known) decision.
     *
     * @param string|null $linkTemplate the plugin setting, see ScreeningLink
     */
    public static function of(
        ?string $screeningId,
        ?string $decision,
        ?int $score,
        ?string $reasons,
        ?\DateTimeInterface $screenedAt,
        ?string $linkTemplate
    ): ?self {
        if (null === $screeningId || '' === $screeningId || !Decision::isKnown($decision)) {
            return null;
        }

        return new self(
            $screeningId,
            $decision,
            $score,
            ScreeningArguments::linesOf($reasons),
            $screenedAt,
            ScreeningLink::forScreening($linkTemplate, $screeningId)
        );
    }

    /**
     * The badge as Twig reads it.
     *
     * @return array{screening_id: string, decision: string, label: string, css_class: string,
     *               score: int|null, reasons: string[], summary: string,
     *               screened_at: \DateTimeInterface|null, url: string|null}
     *               (screened_at stays a date: the templates format it with EC-CUBE's date filters,
     *               in the shop's time zone)
     */
    public function toArray(): array
    {
        $summary = array_slice($this->reasons, 0, self::SUMMARY_REASONS);
        $more = count($this->reasons) - count($summary);
        if ($more > 0) {
            $summary[] = 'ほか '.$more.' 件';
        }

        return [
            'screening_id' => $this->screeningId,
            'decision' => $this->decision,
            'label' => Decision::labelOf($this->decision),
            'css_class' => Decision::badgeClassOf($this->decision),
            'score' => $this->score,
            'reasons' => $this->reasons,
            'summary' => implode("\n", $summary),
            'screened_at' => $this->screenedAt,
            'url' => $this->url,
        ];
    }
}
