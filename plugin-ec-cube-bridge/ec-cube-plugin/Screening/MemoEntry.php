<?php

/*
 * This file is part of Mamori42, the EC-CUBE companion plugin of Mamori.
 */

namespace Plugin\Mamori42\Screening;

/**
 * The block Mamori appends to an order's shop memo (`dtb_order.note`, ショップ用メモ欄) for one
 * screening. Its first line carries the marker `[Mamori <screening id>]`, the same marker the
 * WooCommerce write-back puts on its order notes: it is how a replay finds that the memo already
 * has this screening.
 */
final class MemoEntry
{
    /** @var string */
    private $screeningId;
    /** @var string */
    private $decision;
    /** @var int */
    private $score;
    /** @var string[] */
    private $reasonLines;
    /** @var \DateTimeInterface */
    private $screenedAt;
    /** @var string */
    private $hold;
    /** @var string */
    private $statusName;
    /** @var string */
    private $heldStatusName;

    /**
     * @param string[] $reasonLines one reason a line
     * @param string $hold an OrderHold outcome
     * @param string $statusName the order's status before any hold, as the shop names it
     * @param string $heldStatusName the name of status 4 in this shop (対応中 unless renamed)
     */
    public function __construct(
        string $screeningId,
        string $decision,
        int $score,
        array $reasonLines,
        \DateTimeInterface $screenedAt,
        string $hold,
        string $statusName,
        string $heldStatusName = '対応中'
    ) {
        $this->screeningId = $screeningId;
        $this->decision = $decision;
        $this->score = $score;
        $this->reasonLines = array_values($reasonLines);
        $this->screenedAt = $screenedAt;
        $this->hold = $hold;
        $this->statusName = $statusName;
        $this->heldStatusName = $heldStatusName;
    }

    /**
     * The block as text, its lines joined by `\n`, or null when not even its essential lines fit.
     * When the whole block does not fit, reasons are dropped from the end and counted in a last
     * reason line ("ほか N 件"): the complete reasons stay on the order's Mamori fields and badge.
     *
     * @param int $budget how many characters the block may take, counted as ShopMemo::formLength does
     */
    public function render(int $budget): ?string
    {
        $head = [
            ShopMemo::marker($this->screeningId).' '.$this->screenedAt->format('Y/m/d H:i'),
            '判定: '.Decision::labelOf($this->decision).'（'.$this->decision.'）スコア '.$this->score,
        ];
        $action = $this->actionLine();
        $tail = null === $action ? [] : [$action];
        $reasons = array_map(static function (string $line): string {
            return 0 === mb_strpos($line, '・', 0, 'UTF-8') ? $line : '・'.$line;
        }, $this->reasonLines);

        for ($kept = count($reasons); $kept >= 0; --$kept) {
            $lines = array_merge($head, array_slice($reasons, 0, $kept));
            $omitted = count($reasons) - $kept;
            if ($omitted > 0) {
                $lines[] = '・ほか '.$omitted.' 件（すべての理由は Mamori の判定欄にあります）';
            }
            $text = implode("\n", array_merge($lines, $tail));
            if (ShopMemo::formLength($text) <= $budget) {
                return $text;
            }
        }

        return null;
    }

    private function actionLine(): ?string
    {
        switch ($this->hold) {
            case OrderHold::HELD:
                return '対応: 受注を「'.$this->heldStatusName.'」にしました。内容を確認してから発送してください。';
            case OrderHold::ALREADY_HELD:
                return '対応: 受注はすでに「'.$this->heldStatusName.'」です。内容を確認してから発送してください。';
            case OrderHold::NOT_HOLDABLE:
                return '対応: 保留の指示がありましたが、受注が「'.$this->statusName.'」のため変更していません。';
            default:
                return null;
        }
    }
}
