<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\MemoEntry;
use Plugin\Mamori42\Screening\OrderHold;

final class MemoEntryTest extends TestCase
{
    private static function render(string $decision, array $reasons, string $hold, string $status = '新規受付'): string
    {
        $entry = new MemoEntry('scr_77', $decision, 91, $reasons, new \DateTimeImmutable('2025-11-02 23:05:59'), $hold, $status);

        return (string) $entry->render(PHP_INT_MAX);
    }

    public function testAnNgWithAHold(): void
    {
        self::assertSame(
            "[Mamori scr_77] 2025/11/02 23:05\n"
            ."判定: 不正の疑い（NG）スコア 91\n"
            ."・共有ネガティブリストの電話番号と一致しました (NEGATIVE_LIST_PHONE)\n"
            ."・カード番号を変えて短時間に注文が繰り返されています (CARD_TESTING)\n"
            .'対応: 受注を「対応中」にしました。内容を確認してから発送してください。',
            self::render('NG', [
                '共有ネガティブリストの電話番号と一致しました (NEGATIVE_LIST_PHONE)',
                'カード番号を変えて短時間に注文が繰り返されています (CARD_TESTING)',
            ], OrderHold::HELD)
        );
    }

    public function testReasonsAlreadyBulletedKeepTheirBullet(): void
    {
        self::assertStringContainsString("\n・郵便番号と住所が一致しません\n", self::render('REVIEW', ['・郵便番号と住所が一致しません', 'x'], OrderHold::NOT_REQUESTED));
    }

    public function testSaysWhyAHoldWasNotApplied(): void
    {
        self::assertStringEndsWith(
            '対応: 保留の指示がありましたが、受注が「発送済み」のため変更していません。',
            self::render('NG', [], OrderHold::NOT_HOLDABLE, '発送済み')
        );
    }

    public function testSaysWhenTheOrderWasAlreadyHeld(): void
    {
        self::assertStringEndsWith('対応: 受注はすでに「対応中」です。内容を確認してから発送してください。', self::render('REVIEW', [], OrderHold::ALREADY_HELD, '対応中'));
    }

    public function testNoActionLineWithoutAHoldRequest(): void
    {
        self::assertSame("[Mamori scr_77] 2025/11/02 23:05\n判定: 問題なし（OK）スコア 91", self::render('OK', [], OrderHold::NOT_REQUESTED));
    }

    public function testUsesTheShopsNameForTheHeldStatus(): void
    {
        $entry = new MemoEntry('scr_77', 'REVIEW', 60, [], new \DateTimeImmutable('2025-11-02 23:05'), OrderHold::HELD, '新規受付', '確認待ち');

        self::assertStringEndsWith('対応: 受注を「確認待ち」にしました。内容を確認してから発送してください。', (string) $entry->render(PHP_INT_MAX));
    }

    public function testNothingWhenNotEvenTheHeadFits(): void
    {
        $entry = new MemoEntry('scr_77', 'REVIEW', 60, ['a', 'b'], new \DateTimeImmutable('2025-11-02 23:05'), OrderHold::NOT_REQUESTED, '新規受付');

        self::assertNull($entry->render(20));
    }
}
