<?php

declare(strict_types=1);

namespace Mamori42\Tests\Screening;

use PHPUnit\Framework\TestCase;
use Plugin\Mamori42\Screening\OrderHold;

final class OrderHoldTest extends TestCase
{
    /**
     * @return array<string, array{0: int, 1: string}>
     */
    public static function statuses(): array
    {
        return [
            '新規受付' => [1, OrderHold::HELD],
            '入金済み' => [6, OrderHold::HELD],
            '対応中' => [4, OrderHold::ALREADY_HELD],
            '発送済み' => [5, OrderHold::NOT_HOLDABLE],
            '注文取消し' => [3, OrderHold::NOT_HOLDABLE],
            '決済処理中' => [7, OrderHold::NOT_HOLDABLE],
            '購入処理中' => [8, OrderHold::NOT_HOLDABLE],
            '返品' => [9, OrderHold::NOT_HOLDABLE],
        ];
    }

    /**
     * @dataProvider statuses
     */
    public function testHoldsOnlyNewAndPaidOrders(int $statusId, string $expected): void
    {
        self::assertSame($expected, OrderHold::decide(true, $statusId, true));
    }

    /**
     * @dataProvider statuses
     */
    public function testDoesNothingWhenNotAsked(int $statusId): void
    {
        self::assertSame(OrderHold::NOT_REQUESTED, OrderHold::decide(false, $statusId, true));
    }

    public function testTheShopsWorkflowHasTheLastWord(): void
    {
        self::assertSame(OrderHold::NOT_HOLDABLE, OrderHold::decide(true, OrderHold::STATUS_NEW, false));
        self::assertSame(OrderHold::NOT_HOLDABLE, OrderHold::decide(true, OrderHold::STATUS_PAID, false));
    }

    public function testAnOrderAlreadyInProgressNeedsNoWorkflow(): void
    {
        self::assertSame(OrderHold::ALREADY_HELD, OrderHold::decide(true, OrderHold::STATUS_IN_PROGRESS, false));
    }

    public function testHoldableStatuses(): void
    {
        $holdable = array_values(array_filter(range(1, 9), [OrderHold::class, 'isHoldable']));

        self::assertSame([1, 6], $holdable);
    }
}
