<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\OrderHold;
use Plugin\Mamori42\Screening\OrderSnapshot;
use Plugin\Mamori42\Screening\ScreeningArguments;
use Plugin\Mamori42\Screening\ScreeningWritePlan;
use Plugin\Mamori42\Screening\ShopMemo;

final class ScreeningWritePlanTest extends TestCase
{
    private const LIMIT = 3000;
    private const REASONS = "同じ住所に複数の名義で注文があります (NAYOSE_MANY_NAMES_ONE_ADDRESS)\n配送先がホテルです (ADDRESS_HOTEL)";

    private static function call(array $override = []): ScreeningArguments
    {
        return ScreeningArguments::fromGraphQL(array_merge([
            'id' => '301',
            'screening_id' => 'scr_a',
            'decision' => 'REVIEW',
            'score' => 64,
            'reasons' => self::REASONS,
            'hold' => true,
        ], $override));
    }

    private static function freshOrder(?string $note = null, int $status = OrderHold::STATUS_NEW): OrderSnapshot
    {
        return new OrderSnapshot(null, null, null, null, $note, $status, '新規受付');
    }

    private static function plan(ScreeningArguments $call, OrderSnapshot $order, bool $workflowAllows = true): ScreeningWritePlan
    {
        return ScreeningWritePlan::decide($call, $order, $workflowAllows, new \DateTimeImmutable('2025-06-01 12:00'), self::LIMIT);
    }

    /**
     * The order as it is after a plan was carried out, as the mutation would leave it.
     */
    private static function after(ScreeningWritePlan $plan, ScreeningArguments $call, OrderSnapshot $before): OrderSnapshot
    {
        if (!$plan->storesDecision()) {
            return $before;
        }

        return new OrderSnapshot(
            $call->screeningId(),
            $call->decision(),
            $call->score(),
            $call->reasons(),
            $plan->newNote() ?? $before->note(),
            $plan->appliesHold() ? OrderHold::STATUS_IN_PROGRESS : $before->statusId(),
            $plan->appliesHold() ? '対応中' : $before->statusName()
        );
    }

    public function testANewScreeningIsStoredNotedAndHeld(): void
    {
        $plan = self::plan(self::call(), self::freshOrder('電話確認済み'));

        self::assertSame(ScreeningWritePlan::APPLIED, $plan->outcome());
        self::assertTrue($plan->storesDecision());
        self::assertTrue($plan->touchesScreenedAt());
        self::assertTrue($plan->appendsMemo());
        self::assertStringStartsWith("電話確認済み\n\n[Mamori scr_a] 2025/06/01 12:00\n", (string) $plan->newNote());
        self::assertStringContainsString('・配送先がホテルです (ADDRESS_HOTEL)', (string) $plan->newNote());
        self::assertStringEndsWith('対応: 受注を「対応中」にしました。内容を確認してから発送してください。', (string) $plan->newNote());
        self::assertSame(OrderHold::HELD, $plan->hold());
        self::assertTrue($plan->appliesHold());
    }

    public function testAReplayOfTheSameScreeningChangesNothingMore(): void
    {
        $call = self::call();
        $before = self::freshOrder('電話確認済み');
        $first = self::plan($call, $before);
        $order = self::after($first, $call, $before);

        $replay = self::plan($call, $order);

        self::assertSame(ScreeningWritePlan::REPLAYED, $replay->outcome());
        self::assertFalse($replay->appendsMemo());
        self::assertNull($replay->newNote());
        self::assertFalse($replay->touchesScreenedAt(), 'equal values: the replay writes nothing');
        self::assertSame(OrderHold::ALREADY_HELD, $replay->hold());
        self::assertFalse($replay->appliesHold());
        self::assertSame(1, substr_count((string) self::after($replay, $call, $order)->note(), ShopMemo::marker('scr_a')));
    }

    public function testAReplayIsRecognisedEvenIfTheClerkDeletedTheEntry(): void
    {
        $order = new OrderSnapshot('scr_a', 'REVIEW', 64, self::REASONS, '確認済み、発送してよい', OrderHold::STATUS_IN_PROGRESS, '対応中');

        $plan = self::plan(self::call(), $order);

        self::assertSame(ScreeningWritePlan::REPLAYED, $plan->outcome());
        self::assertFalse($plan->appendsMemo());
    }

    public function testAReviewInMamoriUpdatesTheDecisionOfTheSameScreeningWithoutASecondEntry(): void
    {
        $order = new OrderSnapshot('scr_a', 'REVIEW', 64, self::REASONS, "[Mamori scr_a] 2025/06/01 12:00\n判定: 要確認（REVIEW）スコア 64", OrderHold::STATUS_NEW, '新規受付');

        $plan = self::plan(self::call(['decision' => 'NG', 'score' => 95, 'hold' => true]), $order);

        self::assertSame(ScreeningWritePlan::REPLAYED, $plan->outcome());
        self::assertTrue($plan->storesDecision());
        self::assertTrue($plan->touchesScreenedAt());
        self::assertFalse($plan->appendsMemo());
        self::assertSame(OrderHold::HELD, $plan->hold());
    }

    public function testALaterScreeningIsAppliedAndNotedBelowTheFirst(): void
    {
        $first = self::call();
        $order = self::after(self::plan($first, self::freshOrder()), $first, self::freshOrder());

        $second = self::call(['screening_id' => 'scr_b', 'decision' => 'OK', 'score' => 12, 'reasons' => '本人確認済みの顧客です', 'hold' => false]);
        $plan = self::plan($second, $order);

        self::assertSame(ScreeningWritePlan::APPLIED, $plan->outcome());
        self::assertStringStartsWith((string) $order->note()."\n\n[Mamori scr_b]", (string) $plan->newNote());
        self::assertSame(OrderHold::NOT_REQUESTED, $plan->hold());
    }

    public function testALateReplayOfASupersededScreeningIsIgnored(): void
    {
        $first = self::call();
        $order = self::after(self::plan($first, self::freshOrder()), $first, self::freshOrder());
        $second = self::call(['screening_id' => 'scr_b', 'decision' => 'OK', 'score' => 12, 'reasons' => null, 'hold' => false]);
        $order = self::after(self::plan($second, $order), $second, $order);

        $late = self::plan($first, $order);

        self::assertSame(ScreeningWritePlan::SUPERSEDED, $late->outcome());
        self::assertFalse($late->storesDecision());
        self::assertFalse($late->appendsMemo());
        self::assertSame(OrderHold::SKIPPED, $late->hold());
        self::assertFalse($late->appliesHold());
    }

    public function testAnEntryLeftFromAnEarlierInstallIsNotWrittenTwice(): void
    {
        // Uninstalling the plugin drops its columns; the memo keeps its entries.
        $order = self::freshOrder("[Mamori scr_a] 2025/05/30 08:00\n判定: 要確認（REVIEW）スコア 64");

        $plan = self::plan(self::call(), $order);

        self::assertSame(ScreeningWritePlan::APPLIED, $plan->outcome());
        self::assertTrue($plan->storesDecision());
        self::assertFalse($plan->appendsMemo());
        self::assertTrue($plan->appliesHold());
    }

    public function testAnOkWithoutReasonsLeavesTheMemoAlone(): void
    {
        $plan = self::plan(self::call(['decision' => 'OK', 'score' => 3, 'reasons' => null, 'hold' => false]), self::freshOrder('ギフト包装希望'));

        self::assertSame(ScreeningWritePlan::APPLIED, $plan->outcome());
        self::assertTrue($plan->storesDecision());
        self::assertFalse($plan->appendsMemo());
    }

    public function testAnOkWithReasonsIsNoted(): void
    {
        $plan = self::plan(self::call(['decision' => 'OK', 'score' => 18, 'reasons' => '初回購入です (FIRST_PURCHASE)', 'hold' => false]), self::freshOrder());

        self::assertTrue($plan->appendsMemo());
    }

    public function testAReviewWithoutReasonsIsStillNoted(): void
    {
        $plan = self::plan(self::call(['reasons' => null, 'hold' => false]), self::freshOrder());

        self::assertSame("[Mamori scr_a] 2025/06/01 12:00\n判定: 要確認（REVIEW）スコア 64", $plan->newNote());
    }

    public function testAShippedOrderIsNotHeldAndTheMemoSaysWhy(): void
    {
        $order = new OrderSnapshot(null, null, null, null, null, OrderHold::STATUS_DELIVERED, '発送済み');

        $plan = self::plan(self::call(), $order);

        self::assertSame(OrderHold::NOT_HOLDABLE, $plan->hold());
        self::assertFalse($plan->appliesHold());
        self::assertStringEndsWith('受注が「発送済み」のため変更していません。', (string) $plan->newNote());
    }

    public function testAHoldTheWorkflowRefusesIsNotApplied(): void
    {
        $plan = self::plan(self::call(), self::freshOrder(), false);

        self::assertSame(OrderHold::NOT_HOLDABLE, $plan->hold());
        self::assertFalse($plan->appliesHold());
    }

    public function testAPaidOrderIsHeld(): void
    {
        $plan = self::plan(self::call(), new OrderSnapshot(null, null, null, null, null, OrderHold::STATUS_PAID, '入金済み'));

        self::assertTrue($plan->appliesHold());
    }

    public function testAFullMemoStillGetsTheDecisionStoredAndTheOrderHeld(): void
    {
        $plan = self::plan(self::call(), self::freshOrder(str_repeat('メモ', self::LIMIT / 2)));

        self::assertSame(ScreeningWritePlan::APPLIED, $plan->outcome());
        self::assertTrue($plan->storesDecision());
        self::assertFalse($plan->appendsMemo());
        self::assertTrue($plan->appliesHold());
    }
}
