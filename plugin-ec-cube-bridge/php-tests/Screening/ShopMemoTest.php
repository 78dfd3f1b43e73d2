<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\MemoEntry;
use Plugin\Mamori42\Screening\OrderHold;
use Plugin\Mamori42\Screening\ShopMemo;

final class ShopMemoTest extends TestCase
{
    private const LIMIT = 3000;

    private static function entry(array $reasons = ['使い捨てメールアドレスのドメインです (EMAIL_DISPOSABLE_DOMAIN)'], string $hold = OrderHold::NOT_REQUESTED, string $id = 'scr_0a1b'): MemoEntry
    {
        return new MemoEntry($id, 'REVIEW', 72, $reasons, new \DateTimeImmutable('2025-03-14 09:26:00'), $hold, '新規受付');
    }

    public function testTheMarkerIsTheOneTheWooCommerceNotesCarry(): void
    {
        self::assertSame('[Mamori scr_0a1b]', ShopMemo::marker('scr_0a1b'));
    }

    public function testFindsAnEntryByItsScreeningIdOnly(): void
    {
        $note = "電話で確認済み\n\n[Mamori scr_12] 2025/03/14 09:26\n判定: 要確認（REVIEW）スコア 72";

        self::assertTrue(ShopMemo::contains($note, 'scr_12'));
        self::assertFalse(ShopMemo::contains($note, 'scr_1'));
        self::assertFalse(ShopMemo::contains($note, 'scr_123'));
        self::assertFalse(ShopMemo::contains(null, 'scr_12'));
        self::assertFalse(ShopMemo::contains('', 'scr_12'));
    }

    public function testCountsLineBreaksAsTheBrowserWillSubmitThem(): void
    {
        self::assertSame(0, ShopMemo::formLength(''));
        self::assertSame(5, ShopMemo::formLength('あいうえお'));
        self::assertSame(4, ShopMemo::formLength("あ\nい"));
        self::assertSame(4, ShopMemo::formLength("あ\r\nい"));
        self::assertSame(4, ShopMemo::formLength("あ\rい"));
        self::assertSame(6, ShopMemo::formLength("\n\r\n\r"));
    }

    public function testAnEmptyMemoGetsTheEntryAlone(): void
    {
        $expected = "[Mamori scr_0a1b] 2025/03/14 09:26\n"
            ."判定: 要確認（REVIEW）スコア 72\n"
            .'・使い捨てメールアドレスのドメインです (EMAIL_DISPOSABLE_DOMAIN)';

        self::assertSame($expected, ShopMemo::append(null, self::entry(), self::LIMIT));
        self::assertSame($expected, ShopMemo::append('', self::entry(), self::LIMIT));
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public static function clerkMemos(): array
    {
        return [
            'no final line break' => ['代引き・電話確認済み', "代引き・電話確認済み\n\n"],
            'one final line break' => ["代引き・電話確認済み\n", "代引き・電話確認済み\n\n"],
            'one final CRLF' => ["代引き・電話確認済み\r\n", "代引き・電話確認済み\r\n\n"],
            'already a blank line' => ["代引き・電話確認済み\r\n\r\n", "代引き・電話確認済み\r\n\r\n"],
        ];
    }

    /**
     * @dataProvider clerkMemos
     */
    public function testKeepsTheClerksTextAndAddsABlankLineBeforeTheEntry(string $note, string $expectedPrefix): void
    {
        $memo = ShopMemo::append($note, self::entry(), self::LIMIT);

        self::assertNotNull($memo);
        self::assertStringStartsWith($expectedPrefix.'[Mamori scr_0a1b]', $memo);
    }

    public function testASecondScreeningFollowsTheFirst(): void
    {
        $first = ShopMemo::append('', self::entry(), self::LIMIT);
        $second = ShopMemo::append($first, self::entry(['再審査: 問題なし'], OrderHold::NOT_REQUESTED, 'scr_0a1c'), self::LIMIT);

        self::assertNotNull($second);
        self::assertStringStartsWith($first."\n\n[Mamori scr_0a1c]", $second);
        self::assertTrue(ShopMemo::contains($second, 'scr_0a1b'));
        self::assertTrue(ShopMemo::contains($second, 'scr_0a1c'));
    }

    public function testNeverExceedsTheAdminFormsLimitAndDropsReasonsFromTheEnd(): void
    {
        $clerk = str_repeat("顧客から住所変更の連絡あり。\n", 150);
        $reasons = [];
        for ($i = 1; $i <= 40; ++$i) {
            $reasons[] = '理由その'.$i.'：同じ住所に複数の名義で注文があります (NAYOSE_MANY_NAMES_ONE_ADDRESS)';
        }

        $memo = ShopMemo::append($clerk, self::entry($reasons), self::LIMIT);

        self::assertNotNull($memo);
        self::assertLessThanOrEqual(self::LIMIT, ShopMemo::formLength($memo));
        self::assertStringStartsWith($clerk, $memo);
        self::assertStringContainsString('・理由その1：', $memo);
        self::assertStringNotContainsString('・理由その40：', $memo);
        self::assertMatchesRegularExpression('/・ほか (\d+) 件（すべての理由は Mamori の判定欄にあります）$/u', $memo);
        preg_match('/・ほか (\d+) 件/u', $memo, $m);
        self::assertSame(40, substr_count($memo, '・理由その') + (int) $m[1]);
    }

    public function testLeavesAFullMemoAlone(): void
    {
        $full = str_repeat('あ', self::LIMIT - 10);

        self::assertNull(ShopMemo::append($full, self::entry(), self::LIMIT));
    }

    public function testUsesEveryCharacterItMay(): void
    {
        $entry = self::entry();
        $alone = (string) $entry->render(PHP_INT_MAX);
        $note = str_repeat('あ', self::LIMIT - ShopMemo::formLength("\n\n".$alone));

        $memo = ShopMemo::append($note, $entry, self::LIMIT);

        self::assertSame($note."\n\n".$alone, $memo);
        self::assertSame(self::LIMIT, ShopMemo::formLength((string) $memo));
    }
}
