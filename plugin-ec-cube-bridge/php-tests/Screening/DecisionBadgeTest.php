<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\DecisionBadge;

final class DecisionBadgeTest extends TestCase
{
    public function testAnOrderMamoriHasNotScreenedHasNoBadge(): void
    {
        self::assertNull(DecisionBadge::of(null, null, null, null, null, 'https://mamori.example.jp/'));
        self::assertNull(DecisionBadge::of('', 'OK', 1, null, null, null));
        self::assertNull(DecisionBadge::of('scr_1', null, 1, null, null, null));
        self::assertNull(DecisionBadge::of('scr_1', 'HOLD', 1, null, null, null));
    }

    /**
     * @return array<string, array{0: string, 1: string, 2: string}>
     */
    public static function decisions(): array
    {
        return [
            'OK' => ['OK', '問題なし', 'bg-success'],
            'REVIEW' => ['REVIEW', '要確認', 'bg-warning text-dark'],
            'NG' => ['NG', '不正の疑い', 'bg-danger'],
        ];
    }

    /**
     * @dataProvider decisions
     */
    public function testShowsTheDecisionAsAClerkReadsIt(string $decision, string $label, string $cssClass): void
    {
        $badge = DecisionBadge::of('scr_1', $decision, 40, null, null, null);

        self::assertNotNull($badge);
        self::assertSame($decision, $badge->toArray()['decision']);
        self::assertSame($label, $badge->toArray()['label']);
        self::assertSame($cssClass, $badge->toArray()['css_class']);
    }

    public function testCarriesScoreReasonsDateAndLink(): void
    {
        $at = new \DateTimeImmutable('2025-06-01 12:00');
        $badge = DecisionBadge::of(
            'scr_9f',
            'NG',
            97,
            "共有ネガティブリストのメールアドレスと一致 (NEGATIVE_LIST_EMAIL)\n\n使い捨てメールアドレス (EMAIL_DISPOSABLE_DOMAIN)\n",
            $at,
            'https://mamori.example.jp/screenings/{screening_id}'
        );

        self::assertNotNull($badge);
        self::assertSame([
            'screening_id' => 'scr_9f',
            'decision' => 'NG',
            'label' => '不正の疑い',
            'css_class' => 'bg-danger',
            'score' => 97,
            'reasons' => ['共有ネガティブリストのメールアドレスと一致 (NEGATIVE_LIST_EMAIL)', '使い捨てメールアドレス (EMAIL_DISPOSABLE_DOMAIN)'],
            'summary' => "共有ネガティブリストのメールアドレスと一致 (NEGATIVE_LIST_EMAIL)\n使い捨てメールアドレス (EMAIL_DISPOSABLE_DOMAIN)",
            'screened_at' => $at,
            'url' => 'https://mamori.example.jp/screenings/scr_9f',
        ], $badge->toArray());
    }

    public function testTheListSummaryShowsTheFirstReasonsAndCountsTheRest(): void
    {
        $badge = DecisionBadge::of('scr_1', 'REVIEW', 70, "一\n二\n三\n四\n五", null, null);

        self::assertNotNull($badge);
        self::assertSame("一\n二\n三\nほか 2 件", $badge->toArray()['summary']);
        self::assertCount(5, $badge->toArray()['reasons']);
    }

    public function testNoLinkWithoutAUsableUrl(): void
    {
        self::assertNull(DecisionBadge::of('scr_1', 'OK', 5, null, null, null)->toArray()['url']);
        self::assertNull(DecisionBadge::of('scr_1', 'OK', 5, null, null, '')->toArray()['url']);
        self::assertNull(DecisionBadge::of('scr_1', 'OK', 5, null, null, 'javascript:alert(1)')->toArray()['url']);
    }
}
